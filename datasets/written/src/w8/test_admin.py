"""admin: tasks written by w8."""

from testgen import I


def test_add_user_creates_row():
    """Click the purple button at the top right of Users, create Noor Haddad, noor.haddad@acme.test, role Editor. The toast should say Invited Noor Haddad and the total goes to 37."""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.fill("Name", "Noor Haddad")
    I.fill("Email address", "noor.haddad@acme.test")
    I.select("Role", "Editor")
    I.click("Create user")
    I.see("Invited Noor Haddad")
    I.see("Showing 1–10 of 37")


def test_add_user_blank_name_refused():
    """Open Add user and submit with only an email (x@acme.test). It must refuse: error under the first field says the name can't be blank."""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.fill("Email address", "x@acme.test")
    I.click("Create user")
    I.see("Name can't be blank")


def test_add_user_bad_email():
    """Add user dialog -> name Tom Ek, email 'tom-at-acme' -> Create. Expect 'Enter a valid email' under the second field and no Invited toast."""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.fill("Name", "Tom Ek")
    I.fill("Email address", "tom-at-acme")
    I.click("Create user")
    I.see("Enter a valid email")
    I.dont_see("Invited Tom Ek")


def test_add_user_duplicate_email():
    """Try to add a user with the same email as the person in the first row (ava.abbott@acme.test), name Ava Two. Should be refused as already in use."""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.fill("Name", "Ava Two")
    I.fill("Email address", "ava.abbott@acme.test")
    I.click("Create user")
    I.see("That email is already in use")


def test_add_user_cancel():
    """Open the add-user dialog, type Zed Zulu in the name, then press the grey Cancel at the bottom. Zed Zulu shouldn't appear anywhere and the total stays 36."""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.fill("Name", "Zed Zulu")
    I.click("Cancel")
    I.dont_see("Zed Zulu")
    I.see("Showing 1–10 of 36")


def test_delete_first_row_user():
    """Hit the trash icon in the first row (Ava Abbott) and confirm with the red Delete in the popup. Ava Abbott must disappear from the table and a toast confirms the delete."""
    I.go_to("/admin/")
    I.click("Delete", near="Ava Abbott")
    I.see("Delete Ava Abbott?")
    I.click("Delete", near="This cannot be undone.")
    I.see("Deleted Ava Abbott")
    I.dont_see("ava.abbott@acme.test")


def test_delete_cancel_keeps_user():
    """Click the bin icon on the second row, then Cancel in the confirmation. Ben Brennan should still be listed."""
    I.go_to("/admin/")
    I.click("Delete", near="Ben Brennan")
    I.click("Cancel")
    I.dont_see("Delete Ben Brennan?")
    I.see("ben.brennan@acme.test")


def test_edit_user_role():
    """Pencil icon on the third row (Chloe Costa): change her role to Admin and save. Toast says Saved Chloe Costa, and her row now shows Admin."""
    I.go_to("/admin/")
    I.click("Edit", near="Chloe Costa")
    I.select("Role", "Admin")
    I.click("Save changes")
    I.see("Saved Chloe Costa")
    I.see("Admin", near="chloe.costa@acme.test")


def test_edit_user_rename():
    """Edit Dev Dube (4th row) and rename him to Devon Dube. The table should show Devon Dube."""
    I.go_to("/admin/")
    I.click("Edit", near="Dev Dube")
    I.fill("Name", "Devon Dube")
    I.click("Save changes")
    I.see("Devon Dube")


def test_filter_search_box():
    """Type 'garcia' into the search box above the table. Grace Garcia should be listed and Ava Abbott filtered out."""
    I.go_to("/admin/")
    I.fill("Filter users", "garcia")
    I.see("Grace Garcia")
    I.dont_see("Ava Abbott")


def test_filter_no_results():
    """search for zzqx in the filter field -> table says No results. Try a different filter."""
    I.go_to("/admin/")
    I.fill("Filter users", "zzqx")
    I.see("No results. Try a different filter.")


def test_status_dropdown_suspended():
    """Set the Status dropdown next to the search to Suspended. Showing should say 1–5 of 5 and Dev Dube is in the list."""
    I.go_to("/admin/")
    I.select("Status", "Suspended")
    I.see("Showing 1–5 of 5")
    I.see("Dev Dube")


def test_status_invited_hides_active():
    """Filter by Invited. Elena Eriksen (invited) stays, Ava Abbott (active) is gone."""
    I.go_to("/admin/")
    I.select("Status", "Invited")
    I.see("Elena Eriksen")
    I.dont_see("Ava Abbott")


def test_sort_name_descending():
    """Click the Name column header twice to sort Z-A. Liam Laine should be on top of the first page and Ava Abbott no longer visible."""
    I.go_to("/admin/")
    I.click("Name")
    I.click("Name")
    I.see("Liam Laine")
    I.dont_see("Ava Abbott")


def test_rows_per_page_25():
    """Change the rows-per-page dropdown (the last one in the toolbar) to 25. Counter reads Showing 1–25 of 36."""
    I.go_to("/admin/")
    I.select("Rows per page", "25")
    I.see("Showing 1–25 of 36")


def test_pagination_next():
    """Press Next under the table. Should show 11–20 of 36."""
    I.go_to("/admin/")
    I.click("Next")
    I.see("Showing 11–20 of 36")


def test_pagination_last_page():
    """Jump to the last page button (4). Rows 31–36 show."""
    I.go_to("/admin/")
    I.click("Page 4")
    I.see("Showing 31–36 of 36")


def test_bulk_select_two_suspend():
    """Tick the checkboxes in the first two rows, you should see 2 selected; then Suspend them. Toast: 2 users suspended."""
    I.go_to("/admin/")
    I.check("Select Ava Abbott")
    I.check("Select Ben Brennan")
    I.see("2 selected")
    I.click("Suspend")
    I.see("2 users suspended")


def test_bulk_select_all_delete():
    """Use the checkbox in the table header to select the whole page, then Delete selected and confirm. Deleted 10 users, and the counter drops to 26."""
    I.go_to("/admin/")
    I.check("Select all rows on this page")
    I.see("10 selected")
    I.click("Delete selected")
    I.click("Delete", near="This cannot be undone.")
    I.see("Deleted 10 users")
    I.see("Showing 1–10 of 26")


def test_bulk_clear_selection():
    """Select the row for Farid Fischer, then hit Clear selection in the bar that appears. The '1 selected' text should go away."""
    I.go_to("/admin/")
    I.check("Select Farid Fischer")
    I.see("1 selected")
    I.click("Clear selection")
    I.dont_see("1 selected")


def test_bulk_activate_suspended():
    """Filter to Suspended, select everything on the page with the header box and click Activate. 5 users activated; the suspended filter then shows no results."""
    I.go_to("/admin/")
    I.select("Status", "Suspended")
    I.check("Select all rows on this page")
    I.click("Activate")
    I.see("5 users activated")
    I.see("No results. Try a different filter.")


def test_sidebar_reports_coming_soon():
    """Click the third link in the left sidebar. A toast should say reports are coming soon."""
    I.go_to("/admin/")
    I.click("Reports")
    I.see("Reports are coming soon")


def test_sidebar_api_keys_toast():
    """The last link in the sidebar (under System) - clicking it shows a message that keys are managed by the platform team."""
    I.go_to("/admin/")
    I.click("API keys")
    I.see("API keys are managed by the platform team")


def test_orders_view_first_order():
    """Go to Orders, wait for the table, and View the first order. The popup says Northwind Traders ordered 1 item on 2024-02-01, total $15.00, Pending."""
    I.go_to("/admin/")
    I.click("Orders")
    I.click("View", near="#10001")
    I.see("Northwind Traders ordered 1 item on 2024-02-01.")
    I.see("Total $15.00 · Pending")


def test_orders_refund_second():
    """On the orders page, refund the second order (#10002): confirm with the red button. Toast 'Order #10002 refunded' should pop up."""
    I.go_to("/admin/orders.html")
    I.click("Refund", near="#10002")
    I.see("$52.61 will be returned to Tailspin Toys.")
    I.click("Refund $52.61")
    I.see("Order #10002 refunded")


def test_orders_refund_keep_order():
    """Start a refund on #10003 but back out with Keep order. No refunded toast for it."""
    I.go_to("/admin/orders.html")
    I.click("Refund", near="#10003")
    I.click("Keep order")
    I.dont_see("Order #10003 refunded")


def test_orders_mark_shipped():
    """Orders: filter status to Pending, tick the header checkbox, then Mark as shipped. 5 orders marked as shipped."""
    I.go_to("/admin/orders.html")
    I.select("Status", "Pending")
    I.check("Select all rows on this page")
    I.click("Mark as shipped")
    I.see("5 orders marked as shipped")


def test_orders_search_customer():
    """Type Coho into the orders search box. Only Coho Winery orders remain - Northwind Traders isn't shown."""
    I.go_to("/admin/orders.html")
    I.fill("Filter orders", "Coho")
    I.see("Coho Winery")
    I.dont_see("Northwind Traders")


def test_orders_order_link_dialog_close():
    """Click the order number link in the first row, then close the popup with its Close button; the details text goes away."""
    I.go_to("/admin/orders.html")
    I.click("#10001")
    I.see("Northwind Traders ordered 1 item")
    I.click("Close")
    I.dont_see("Northwind Traders ordered 1 item")
