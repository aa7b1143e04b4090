"""admin: tasks written by w3."""

from testgen import I


def test_filter_users_by_surname():
    """[Users] type "kowalski" into the Filter users box → 3 rows, footer "Showing 1–3 of 3" """
    I.go_to("/admin/")
    I.fill("Filter users", "kowalski")
    I.see("Keiko Kowalski")
    I.see("Ava Kowalski")
    I.see("Showing 1–3 of 3")


def test_filter_users_no_match():
    """Filter users with "zzz" - table should say No results. Try a different filter."""
    I.go_to("/admin/")
    I.fill("Filter users", "zzz")
    I.see("No results. Try a different filter.")
    I.see("Showing 0 of 0")


def test_filter_by_email_fragment():
    """search by email works too: "grace.laine@" → Grace Laine only, Grace Garcia should not be in the list"""
    I.go_to("/admin/")
    I.fill("Filter users", "grace.laine@")
    I.see("Grace Laine")
    I.dont_see("Grace Garcia")


def test_status_filter_suspended():
    """Status dropdown → Suspended. Expected 5 users, Showing 1–5 of 5, and Dev Dube in there"""
    I.go_to("/admin/")
    I.select("Status", "Suspended")
    I.see("Dev Dube")
    I.see("Showing 1–5 of 5")


def test_status_filter_invited_hides_active():
    """Filter status = Invited; active users like Ava Abbott must not show"""
    I.go_to("/admin/")
    I.select("Status", "Invited")
    I.see("Elena Eriksen")
    I.dont_see("Ava Abbott")


def test_rows_per_page_25():
    """Rows per page 25 → Showing 1–25 of 36"""
    I.go_to("/admin/")
    I.select("Rows per page", "25")
    I.see("Showing 1–25 of 36")


def test_last_page():
    """[Pager] click Page 4 → Showing 31–36 of 36, Liam Jensen (last user) visible"""
    I.go_to("/admin/")
    I.click("Page 4")
    I.see("Showing 31–36 of 36")
    I.see("Liam Jensen")


def test_next_page():
    """Users table: Next button goes to page 2 (11–20), Keiko Kowalski (#11) is the first one there"""
    I.go_to("/admin/")
    I.click("Next")
    I.see("Showing 11–20 of 36")
    I.see("Keiko Kowalski")


def test_sort_by_name():
    """Click the Name column header to sort A→Z. Page 1 should now have Ava Fischer and Ava Kowalski; Jonas Jensen drops off page 1."""
    I.go_to("/admin/")
    I.click("Name")
    I.see("Ava Fischer")
    I.see("Ava Kowalski")
    I.dont_see("Jonas Jensen")


def test_sort_name_descending():
    """Name header clicked twice = Z→A. Liam Laine should be on top page, Ava Abbott gone from it"""
    I.go_to("/admin/")
    I.click("Name")
    I.click("Name")
    I.see("Liam Laine")
    I.dont_see("Ava Abbott")


def test_add_user_happy_path():
    """Steps to reproduce:
1. Users → + Add user
2. Name: Tomasz Nowak, Email address: tomasz.nowak@acme.test, Role: Editor
3. Create user
Expected: toast "Invited Tomasz Nowak", and the Total users card says 37"""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.fill("Name", "Tomasz Nowak")
    I.fill("Email address", "tomasz.nowak@acme.test")
    I.select("Role", "Editor")
    I.click("Create user")
    I.see("Invited Tomasz Nowak")
    I.see("37", near="Total users")


def test_add_user_shows_in_table():
    """after adding user "Zoe Quinn" (zoe@acme.test) filter by zoe and the row should be there with status Invited"""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.fill("Name", "Zoe Quinn")
    I.fill("Email address", "zoe@acme.test")
    I.click("Create user")
    I.fill("Filter users", "zoe")
    I.see("zoe@acme.test")
    I.see("Showing 1–1 of 1")


def test_add_user_duplicate_email():
    """Add user with an email that already exists (ava.abbott@acme.test). Expected: "That email is already in use", modal stays open"""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.fill("Name", "Ava Clone")
    I.fill("Email address", "ava.abbott@acme.test")
    I.click("Create user")
    I.see("That email is already in use")
    I.dont_see("Invited Ava Clone")


def test_add_user_blank_name():
    """[Add user] leave Name empty, valid email, Create user → Name can't be blank"""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.fill("Email address", "nobody@acme.test")
    I.click("Create user")
    I.see("Name can't be blank")


def test_add_user_invalid_email():
    """email "jan@acme" has no dot after the @, should be rejected: Enter a valid email"""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.fill("Name", "Jan Kos")
    I.fill("Email address", "jan@acme")
    I.click("Create user")
    I.see("Enter a valid email")


def test_add_user_cancel():
    """Open + Add user, type a name, hit Cancel. Modal closes and nobody is created (no "Invited ..." toast)."""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.fill("Name", "Ghost User")
    I.click("Cancel")
    I.dont_see("Create user")
    I.dont_see("Invited Ghost User")


def test_add_user_escape_closes():
    """Escape key should close the Add user dialog"""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.press("Escape")
    I.dont_see("Create user")


def test_edit_user_role():
    """Filter users to "ben.brennan", Edit him (pencil icon), change Role to Admin, Save changes. Expected toast "Saved Ben Brennan" and his row says Admin."""
    I.go_to("/admin/")
    I.fill("Filter users", "ben.brennan")
    I.click("Edit")
    I.select("Role", "Admin")
    I.click("Save changes")
    I.see("Saved Ben Brennan")
    I.see("Admin")


def test_edit_user_prefilled():
    """Editing an existing user opens the form pre-filled. Search Chloe Costa, click Edit, her email has to be in the Email address field"""
    I.go_to("/admin/")
    I.fill("Filter users", "Chloe Costa")
    I.click("Edit")
    I.see("Edit user")
    I.see_value("Email address", "chloe.costa@acme.test")


def test_edit_user_rename():
    """filter for imani.ito, rename her to Imani Ito-Park via Edit → Save changes, table shows the new name"""
    I.go_to("/admin/")
    I.fill("Filter users", "imani.ito")
    I.click("Edit")
    I.fill("Name", "Imani Ito-Park")
    I.click("Save changes")
    I.see("Imani Ito-Park")


def test_delete_single_user():
    """[Users] trash icon on Ava Abbott → confirm dialog "Delete Ava Abbott?" → Delete. She must be gone, toast Deleted Ava Abbott"""
    I.go_to("/admin/")
    I.click("Delete", near="Ava Abbott")
    I.see("Delete Ava Abbott?")
    I.click("Delete", near="This cannot be undone.")
    I.see("Deleted Ava Abbott")
    I.dont_see("ava.abbott@acme.test")


def test_delete_user_cancel():
    """Delete dialog → Cancel should keep the user. Tried with Farid Fischer (filtered the list to him first)."""
    I.go_to("/admin/")
    I.fill("Filter users", "farid.fischer")
    I.click("Delete")
    I.click("Cancel")
    I.dont_see("This cannot be undone.")
    I.see("farid.fischer@acme.test")


def test_select_two_rows_bulkbar():
    """tick Select Ava Abbott and Select Ben Brennan → bulk bar appears with "2 selected" """
    I.go_to("/admin/")
    I.check("Select Ava Abbott")
    I.check("Select Ben Brennan")
    I.see("2 selected")
    I.see("Delete selected")


def test_bulk_suspend():
    """Bulk suspend: select Chloe Costa + Grace Garcia, click Suspend. Expected toast "2 users suspended" """
    I.go_to("/admin/")
    I.check("Select Chloe Costa")
    I.check("Select Grace Garcia")
    I.click("Suspend")
    I.see("2 users suspended")


def test_bulk_activate_single():
    """Select Dev Dube (suspended) alone, Activate → toast reads "1 user activated" (singular!)"""
    I.go_to("/admin/")
    I.check("Select Dev Dube")
    I.click("Activate")
    I.see("1 user activated")


def test_select_all_on_page():
    """header checkbox "Select all rows on this page" → 10 selected"""
    I.go_to("/admin/")
    I.check("Select all rows on this page")
    I.see("10 selected")


def test_clear_selection():
    """Select a row then Clear selection. The bulk bar (Delete selected etc.) should disappear"""
    I.go_to("/admin/")
    I.check("Select Hugo Holm")
    I.click("Clear selection")
    I.dont_see("1 selected")
    I.dont_see("Delete selected")


def test_bulk_delete_two():
    """bulk delete: select Hugo Holm and Imani Ito, Delete selected, confirm "Delete 2 users?" → Deleted 2 users, total 34"""
    I.go_to("/admin/")
    I.check("Select Hugo Holm")
    I.check("Select Imani Ito")
    I.click("Delete selected")
    I.see("Delete 2 users?")
    I.click("Delete", near="This cannot be undone.")
    I.see("Deleted 2 users")
    I.see("Showing 1–10 of 34")


def test_reports_coming_soon():
    """sidebar Reports link → toast "Reports are coming soon" """
    I.go_to("/admin/")
    I.click("Reports")
    I.see("Reports are coming soon")


def test_api_keys_toast():
    """Click API keys in the sidebar. Expected message: API keys are managed by the platform team"""
    I.go_to("/admin/")
    I.click("API keys")
    I.see("API keys are managed by the platform team")


def test_orders_load():
    """[Orders] open the Orders page, table loads after a moment (Loading orders… then rows). #10001 Northwind Traders should be listed"""
    I.go_to("/admin/")
    I.click("Orders")
    I.wait_for("Showing 1–10 of 34")
    I.see("Northwind Traders")


def test_orders_search_customer():
    """Orders: filter "coho" → the 3 Coho Winery orders, Showing 1–3 of 3"""
    I.go_to("/admin/orders.html")
    I.wait_for("Showing 1–10 of 34")
    I.fill("Filter orders", "coho")
    I.see("#10010")
    I.see("Showing 1–3 of 3")


def test_orders_view_details():
    """Filter orders by 10003 and click View, modal should say "Blue Yonder Air ordered 6 items on 2024-02-03." """
    I.go_to("/admin/orders.html")
    I.wait_for("Showing 1–10 of 34")
    I.fill("Filter orders", "10003")
    I.click("View")
    I.see("Order #10003")
    I.see("Blue Yonder Air ordered 6 items on 2024-02-03.")


def test_orders_order_number_link():
    """order number is a link too — clicking #10010 opens the details: 1 item (singular), Total $353.49 · Delivered"""
    I.go_to("/admin/orders.html")
    I.click("#10010")
    I.see("Coho Winery ordered 1 item on 2024-02-10.")
    I.see("Total $353.49 · Delivered")


def test_orders_refund():
    """Refund order #10001: click Refund, dialog says "$15.00 will be returned to Northwind Traders.", confirm with Refund $15.00. Expected toast Order #10001 refunded"""
    I.go_to("/admin/orders.html")
    I.click("Refund", near="#10001")
    I.see("$15.00 will be returned to Northwind Traders.")
    I.click("Refund $15.00")
    I.see("Order #10001 refunded")


def test_orders_refund_keep_order():
    """Refund dialog → Keep order. Searched for order 10008 first, Refund, Keep order. Order should stay Pending, no refunded toast"""
    I.go_to("/admin/orders.html")
    I.wait_for("Showing 1–10 of 34")
    I.fill("Filter orders", "10008")
    I.click("Refund")
    I.click("Keep order")
    I.dont_see("Order #10008 refunded")
    I.dont_see("Refund order #10008?")


def test_orders_pending_filter():
    """Status = Pending on orders → 5 orders"""
    I.go_to("/admin/orders.html")
    I.wait_for("Showing 1–10 of 34")
    I.select("Status", "Pending")
    I.see("Showing 1–5 of 5")
    I.see("#10022")


def test_orders_mark_shipped():
    """Select order #10001 (Pending) and click Mark as shipped. Toast: 1 order marked as shipped, and the bulk bar goes away"""
    I.go_to("/admin/orders.html")
    I.check("Select order #10001")
    I.click("Mark as shipped")
    I.see("1 order marked as shipped")
    I.dont_see("Mark as shipped")


def test_orders_mark_shipped_ignores_delivered():
    """Mark as shipped on a Delivered order (#10003) should do nothing: "0 orders marked as shipped" """
    I.go_to("/admin/orders.html")
    I.check("Select order #10003")
    I.click("Mark as shipped")
    I.see("0 orders marked as shipped")


def test_orders_sort_by_total():
    """Sort orders by Total (click header once) → cheapest first, $15.00 #10001 and $17.64 on page one; #10024 ($880.03) not"""
    I.go_to("/admin/orders.html")
    I.click("Total")
    I.see("$17.64")
    I.dont_see("$880.03")


def test_filter_resets_to_first_page():
    """[Users] go to Page 3, then type "ito" in Filter users → back on page 1, Showing 1–3 of 3 (Imani Ito, Dev Ito, Keiko Ito)"""
    I.go_to("/admin/")
    I.click("Page 3")
    I.fill("Filter users", "ito")
    I.see("Showing 1–3 of 3")
    I.see("Keiko Ito")


def test_audit_log_toast():
    """Audit log in the sidebar → "Audit log is read-only in this demo" """
    I.go_to("/admin/")
    I.click("Audit log")
    I.see("Audit log is read-only in this demo")


def test_orders_refund_shows_in_refunded_filter():
    """After refunding #10001 the order shows Refunded; filter Status Refunded then shows 6 orders instead of 5"""
    I.go_to("/admin/orders.html")
    I.click("Refund", near="#10001")
    I.click("Refund $15.00")
    I.select("Status", "Refunded")
    I.see("Showing 1–6 of 6")


def test_orders_rows_per_page():
    """Orders, Rows per page 50 → all 34 orders on one page: Showing 1–34 of 34"""
    I.go_to("/admin/orders.html")
    I.wait_for("Showing 1–10 of 34")
    I.select("Rows per page", "50")
    I.see("Showing 1–34 of 34")
