"""admin: tasks written by w12."""

from testgen import I


def test_add_user_announces_invite():
    """Activate the "+ Add user" button. In the Add user dialog tab to the Name textbox and type Mara Quinn, then the Email address textbox: mara.quinn@acme.test. Activate Create user — the status region should announce "Invited Mara Quinn"."""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.fill("Name", "Mara Quinn")
    I.fill("Email address", "mara.quinn@acme.test")
    I.click("Create user")
    I.see("Invited Mara Quinn")


def test_add_user_blank_name_refused():
    """open the Add user dialog, leave Name empty, put ok@acme.test in Email address and press Create user. It must refuse: "Name can't be blank" under the name field"""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.fill("Email address", "ok@acme.test")
    I.click("Create user")
    I.see("Name can't be blank")


def test_add_user_bad_email():
    """Add user dialog: Name = Tomas Berg, Email address = tomas.acme.test (no @). Activate Create user and check the email error "Enter a valid email" is announced."""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.fill("Name", "Tomas Berg")
    I.fill("Email address", "tomas.acme.test")
    I.click("Create user")
    I.see("Enter a valid email")


def test_add_user_duplicate_email():
    """Try to add a second user with ava.abbott@acme.test as the email (name Ava Two). Create user button should be refused with That email is already in use."""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.fill("Name", "Ava Two")
    I.fill("Email address", "ava.abbott@acme.test")
    I.click("Create user")
    I.see("That email is already in use")


def test_add_user_total_card_goes_up():
    """After creating a user (Noor Hale, noor.hale@acme.test) the Total users card should read 37 and the pager text should say of 37."""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.fill("Name", "Noor Hale")
    I.fill("Email address", "noor.hale@acme.test")
    I.click("Create user")
    I.see("37")
    I.see("Showing 1–10 of 37")


def test_add_user_with_admin_role_and_active():
    """In the Add user dialog fill Name Priya Shah and Email address priya.shah@acme.test, pick Admin in the Role combobox and Active in the Status combobox, activate Create user. Then type priya in the Filter users searchbox: her row should show Admin and Active."""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.fill("Name", "Priya Shah")
    I.fill("Email address", "priya.shah@acme.test")
    I.select("Role", "Admin")
    I.select("Status", "Active", near="Role")
    I.click("Create user")
    I.fill("Filter users", "priya")
    I.see("Admin", near="priya.shah@acme.test")
    I.see("Active", near="priya.shah@acme.test")


def test_escape_closes_add_user_dialog():
    """Open the Add user dialog, press Escape. The dialog should go away - the Email address field is not shown anymore."""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.see("Email address")
    I.press("Escape")
    I.dont_see("Email address")


def test_filter_users_by_surname():
    """Tab to the Filter users searchbox and type kowalski. Keiko Kowalski and Ava Kowalski should be listed, Ava Abbott should not."""
    I.go_to("/admin/")
    I.fill("Filter users", "kowalski")
    I.see("Keiko Kowalski")
    I.see("Ava Kowalski")
    I.dont_see("Ava Abbott")


def test_filter_users_no_results():
    """type zzzz into the Filter users search box -> table shows "No results. Try a different filter." and Showing 0 of 0"""
    I.go_to("/admin/")
    I.fill("Filter users", "zzzz")
    I.see("No results. Try a different filter.")
    I.see("Showing 0 of 0")


def test_status_filter_suspended():
    """In the Status combobox pick Suspended. The live count should announce Showing 1–5 of 5, and Dev Dube (suspended) is in the list."""
    I.go_to("/admin/")
    I.select("Status", "Suspended")
    I.see("Showing 1–5 of 5")
    I.see("Dev Dube")


def test_rows_per_page_25():
    """Change the Rows per page combobox to 25.
    - the pager should read Showing 1–25 of 36
    - Ava Kowalski (row 25) is now visible on the first page"""
    I.go_to("/admin/")
    I.select("Rows per page", "25")
    I.see("Showing 1–25 of 36")
    I.see("Ava Kowalski")


def test_page_two_button():
    """Activate the Page 2 button under the users table; Keiko Kowalski and Liam Laine should be listed and the status text says Showing 11–20 of 36."""
    I.go_to("/admin/")
    I.click("Page 2")
    I.see("Keiko Kowalski")
    I.see("Liam Laine")
    I.see("Showing 11–20 of 36")


def test_next_to_last_page():
    """Press the Next button three times to reach the last page. It should show Showing 31–36 of 36 with Liam Jensen on it, and Next should no longer be usable (Ava Abbott gone from view)."""
    I.go_to("/admin/")
    I.click("Next")
    I.click("Next")
    I.click("Next")
    I.see("Showing 31–36 of 36")
    I.see("Liam Jensen")
    I.dont_see("Ava Abbott")


def test_previous_button_goes_back():
    """go to Page 3 then activate Previous - we should land on page 2 (Showing 11–20 of 36)"""
    I.go_to("/admin/")
    I.click("Page 3")
    I.click("Previous")
    I.see("Showing 11–20 of 36")


def test_sort_by_name_ascending():
    """Activate the Name column header button once to sort A→Z. The first page should now have all three Avas, including Ava Kowalski."""
    I.go_to("/admin/")
    I.click("Name")
    I.see("Ava Fischer")
    I.see("Ava Kowalski")


def test_sort_by_name_descending():
    """Activate the Name sort button twice (descending). Liam Eriksen should now appear on page 1 and Ava Abbott should not be on it."""
    I.go_to("/admin/")
    I.click("Name")
    I.click("Name")
    I.see("Liam Eriksen")
    I.dont_see("Ava Abbott")


def test_sort_by_joined():
    """Sort the users table by the Joined column button; the oldest joins (2023-01-01) come first so Ava Kowalski shows up on page one."""
    I.go_to("/admin/")
    I.click("Joined")
    I.see("Ava Kowalski")


def test_delete_single_user():
    """Activate the Delete button in the Ben Brennan row. A dialog asks "Delete Ben Brennan?" - activate Delete in it. Status should announce Deleted Ben Brennan and his email should be gone from the table."""
    I.go_to("/admin/")
    I.click("Delete", near="Ben Brennan")
    I.see("Delete Ben Brennan?")
    I.click("Delete", near="This cannot be undone.")
    I.see("Deleted Ben Brennan")
    I.dont_see("ben.brennan@acme.test")


def test_cancel_delete_keeps_user():
    """Delete button in the Chloe Costa row, then Cancel in the confirm dialog. The dialog closes and Chloe Costa is still in the table."""
    I.go_to("/admin/")
    I.click("Delete", near="Chloe Costa")
    I.click("Cancel")
    I.dont_see("Delete Chloe Costa?")
    I.see("chloe.costa@acme.test")


def test_edit_user_role():
    """Activate Edit in the Hugo Holm row. In the Edit user dialog set the Role combobox to Admin and activate Save changes. Expect the toast Saved Hugo Holm and Admin in his row."""
    I.go_to("/admin/")
    I.click("Edit", near="Hugo Holm")
    I.select("Role", "Admin")
    I.click("Save changes")
    I.see("Saved Hugo Holm")
    I.see("Admin", near="hugo.holm@acme.test")


def test_edit_user_rename():
    """Edit Grace Garcia: clear the Name textbox and type Grace Garcia-Lind, Save changes. The table should show Grace Garcia-Lind."""
    I.go_to("/admin/")
    I.click("Edit", near="Grace Garcia")
    I.fill("Name", "Grace Garcia-Lind")
    I.click("Save changes")
    I.see("Grace Garcia-Lind")


def test_select_two_rows_shows_count():
    """Check the Select Ava Abbott checkbox and the Select Ben Brennan checkbox; the bulk bar should appear saying 2 selected."""
    I.go_to("/admin/")
    I.check("Select Ava Abbott")
    I.check("Select Ben Brennan")
    I.see("2 selected")


def test_bulk_suspend_one_user():
    """Select Farid Fischer with his row checkbox and activate Suspend in the bulk bar.
    Status region: "1 user suspended". """
    I.go_to("/admin/")
    I.check("Select Farid Fischer")
    I.click("Suspend")
    I.see("1 user suspended")


def test_bulk_delete_whole_page():
    """Check "Select all rows on this page", activate Delete selected, confirm with Delete in the dialog (Delete 10 users?). We should hear Deleted 10 users and the pager says Showing 1–10 of 26."""
    I.go_to("/admin/")
    I.check("Select all rows on this page")
    I.click("Delete selected")
    I.see("Delete 10 users?")
    I.click("Delete", near="This cannot be undone.")
    I.see("Deleted 10 users")
    I.see("Showing 1–10 of 26")


def test_clear_selection_hides_bulk_bar():
    """tick Select Imani Ito, then Clear selection button. the "1 selected" bar must disappear"""
    I.go_to("/admin/")
    I.check("Select Imani Ito")
    I.see("1 selected")
    I.click("Clear selection")
    I.dont_see("1 selected")


def test_bulk_activate_invited():
    """Pick Invited in the Status combobox, check Select all rows on this page, then activate the Activate button. It should announce 6 users activated and the list then says No results."""
    I.go_to("/admin/")
    I.select("Status", "Invited")
    I.check("Select all rows on this page")
    I.click("Activate")
    I.see("6 users activated")
    I.see("No results. Try a different filter.")


def test_reports_link_toast():
    """In the sidebar activate the Reports link. The status region should say Reports are coming soon."""
    I.go_to("/admin/")
    I.click("Reports")
    I.see("Reports are coming soon")


def test_api_keys_link_toast():
    """Sidebar -> API keys link; a status message 'API keys are managed by the platform team' is announced."""
    I.go_to("/admin/")
    I.click("API keys")
    I.see("API keys are managed by the platform team")


def test_orders_link_loads_orders():
    """From Users, activate the Orders link in the sidebar. URL should have orders.html and once loading finishes order #10001 from Northwind Traders is in the table."""
    I.go_to("/admin/")
    I.click("Orders")
    I.see_url("orders.html")
    I.see("#10001")
    I.see("Northwind Traders")


def test_view_order_details_dialog():
    """On the Orders page activate the View button in the #10003 row. The dialog should say Blue Yonder Air ordered 6 items on 2024-02-03, total $90.22."""
    I.go_to("/admin/orders.html")
    I.click("View", near="#10003")
    I.see("Blue Yonder Air ordered 6 items on 2024-02-03.")
    I.see("Total $90.22")


def test_refund_order():
    """Orders: Refund button in the #10001 row, then in the Refund order #10001? dialog activate "Refund $15.00". Toast: Order #10001 refunded."""
    I.go_to("/admin/orders.html")
    I.click("Refund", near="#10001")
    I.see("Refund order #10001?")
    I.click("Refund $15.00")
    I.see("Order #10001 refunded")


def test_keep_order_closes_refund_dialog():
    """Open the refund dialog for order #10002 and pick Keep order. Dialog closes, nothing refunded (no "refunded" message)."""
    I.go_to("/admin/orders.html")
    I.click("Refund", near="#10002")
    I.click("Keep order")
    I.dont_see("Refund order #10002?")
    I.dont_see("Order #10002 refunded")


def test_orders_status_pending():
    """On orders, pick Pending in the Status combobox: Showing 1–5 of 5, and Tailspin Toys' #10022 is listed."""
    I.go_to("/admin/orders.html")
    I.select("Status", "Pending")
    I.see("Showing 1–5 of 5")
    I.see("#10022")


def test_mark_order_as_shipped():
    """Check the Select order #10008 checkbox, activate Mark as shipped — status region announces 1 order marked as shipped."""
    I.go_to("/admin/orders.html")
    I.check("Select order #10008")
    I.click("Mark as shipped")
    I.see("1 order marked as shipped")


def test_filter_orders_by_customer():
    """Type Coho in the Filter orders searchbox. Coho Winery's orders (#10010) stay, #10001 should disappear."""
    I.go_to("/admin/orders.html")
    I.fill("Filter orders", "Coho")
    I.see("#10010")
    I.dont_see("#10001")
