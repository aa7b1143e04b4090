"""admin: tasks written by w7."""

from testgen import I


def test_add_user_invited():
    """+ Add user, name Ana Lopez, email ana.lopez@acme.test, Create user. Expected: toast Invited Ana Lopez"""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.fill("Name", "Ana Lopez")
    I.fill("Email address", "ana.lopez@acme.test")
    I.click("Create user")
    I.see("Invited Ana Lopez")


def test_add_user_blank_name():
    """Add user without name and click Create user -> "Name can't be blank\""""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.fill("Email address", "new@acme.test")
    I.click("Create user")
    I.see("Name can't be blank")


def test_add_user_email_taken():
    """try to add user with email of Ava (ava.abbott@acme.test). system not accept: That email is already in use"""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.fill("Name", "Ava Two")
    I.fill("Email address", "ava.abbott@acme.test")
    I.click("Create user")
    I.see("That email is already in use")


def test_add_user_bad_email():
    """1. Add user 2. name Tom 3. email "tom at acme" 4. Create user
Result: Enter a valid email"""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.fill("Name", "Tom")
    I.fill("Email address", "tom at acme")
    I.click("Create user")
    I.see("Enter a valid email")


def test_filter_users():
    """write "Ben" in Filter users, Ben Brennan must appear and Ava Abbott not"""
    I.go_to("/admin/")
    I.fill("Filter users", "Ben")
    I.see("Ben Brennan")
    I.dont_see("Ava Abbott")


def test_filter_no_results():
    """filter users by "xyz123", must to appear No results. Try a different filter."""
    I.go_to("/admin/")
    I.fill("Filter users", "xyz123")
    I.see("No results. Try a different filter.")


def test_delete_user():
    """delete the user Ava Abbott (Delete buton in her row), confirm Delete. Expected: Deleted Ava Abbott and she is not in table"""
    I.go_to("/admin/")
    I.click("Delete", near="Ava Abbott")
    I.see("Delete Ava Abbott?")
    I.click("Delete", near="This cannot be undone.")
    I.see("Deleted Ava Abbott")
    I.see("Showing 1–10 of 35")


def test_delete_cancel():
    """click Delete for Ben Brennan but after Cancel - Ben must stay, Deleted Ben Brennan must not appear"""
    I.go_to("/admin/")
    I.click("Delete", near="ben.brennan@acme.test")
    I.click("Cancel")
    I.see("Ben Brennan")
    I.dont_see("Deleted Ben Brennan")


def test_edit_user_save():
    """Edit Ava Abbott, change Role to Admin and Save changes -> toast "Saved Ava Abbott\""""
    I.go_to("/admin/")
    I.click("Edit", near="Ava Abbott")
    I.select("Role", "Admin")
    I.click("Save changes")
    I.see("Saved Ava Abbott")


def test_select_two_rows():
    """select Ava Abbott and Ben Brennan with checkboxes, bulk bar should say 2 selected"""
    I.go_to("/admin/")
    I.check("Select Ava Abbott")
    I.check("Select Ben Brennan")
    I.see("2 selected")


def test_bulk_suspend():
    """check Select Chloe Costa and make click on Suspend. Expected: 1 user suspended"""
    I.go_to("/admin/")
    I.check("Select Chloe Costa")
    I.click("Suspend")
    I.see("1 user suspended")


def test_rows_per_page():
    """Rows per page 25 -> Showing 1–25 of 36"""
    I.go_to("/admin/")
    I.select("Rows per page", "25")
    I.see("Showing 1–25 of 36")


def test_next_page_users():
    """go to Next page in users, verify Showing 11–20 of 36"""
    I.go_to("/admin/")
    I.click("Next")
    I.see("Showing 11–20 of 36")


def test_reports_link():
    """make click on Reports in the sidebar: message "Reports are coming soon\""""
    I.go_to("/admin/")
    I.click("Reports")
    I.see("Reports are coming soon")


def test_status_filter_suspended():
    """Status filter = Suspended. Expected showing 1–5 of 5"""
    I.go_to("/admin/")
    I.select("Status", "Suspended")
    I.see("Showing 1–5 of 5")


def test_clear_selection():
    """select Dev Dube, then Clear selection, the text 1 selected must be gone"""
    I.go_to("/admin/")
    I.check("Select Dev Dube")
    I.see("1 selected")
    I.click("Clear selection")
    I.dont_see("1 selected")


def test_new_user_in_table():
    """add user Zoe Zimmer zoe@acme.test with role Editor, after create the total Showing must be of 37"""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.fill("Name", "Zoe Zimmer")
    I.fill("Email address", "zoe@acme.test")
    I.select("Role", "Editor")
    I.click("Create user")
    I.see("Showing 1–10 of 37")
