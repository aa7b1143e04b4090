"""admin: tasks written by w1."""

from testgen import I


def test_add_user():
    """[users] + Add user: Mia Novak / mia.novak@acme.test, Create user -> toast 'Invited Mia Novak', total 37"""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.fill("Name", "Mia Novak")
    I.fill("Email address", "mia.novak@acme.test")
    I.click("Create user")
    I.see("Invited Mia Novak")
    I.see("37")


def test_add_user_blank_name():
    """add user dlg, only email filled -> Name can't be blank"""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.fill("Email address", "noname@acme.test")
    I.click("Create user")
    I.see("Name can't be blank")


def test_add_user_bad_email():
    """new user 'Tom Reed' w/ email 'tom@acme' -> 'Enter a valid email', not created"""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.fill("Name", "Tom Reed")
    I.fill("Email address", "tom@acme")
    I.click("Create user")
    I.see("Enter a valid email")
    I.dont_see("Invited Tom Reed")


def test_add_user_dup_email():
    """email already taken (ava.abbott@acme.test) shouldn't be accepted -> 'That email is already in use'"""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.fill("Name", "Ava Clone")
    I.fill("Email address", "ava.abbott@acme.test")
    I.click("Create user")
    I.see("That email is already in use")


def test_add_user_cancel():
    """open add user, type a name, Cancel -> dialog closed, nobody invited"""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.fill("Name", "Ghost User")
    I.click("Cancel")
    I.dont_see("Create user")
    I.dont_see("Invited Ghost User")


def test_add_user_escape():
    """Esc closes the add user modal"""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.press("Escape")
    I.dont_see("Create user")


def test_new_user_findable():
    """add 'Zed Quill' zed@acme.test then search 'quill' => 1 result, Zed Quill listed"""
    I.go_to("/admin/")
    I.click("+ Add user")
    I.fill("Name", "Zed Quill")
    I.fill("Email address", "zed@acme.test")
    I.click("Create user")
    I.fill("Filter users", "quill")
    I.see("Showing 1–1 of 1")
    I.see("zed@acme.test")


def test_edit_user_role():
    """edit Ben Brennan (pencil), role -> Admin, save changes -> 'Saved Ben Brennan'"""
    I.go_to("/admin/")
    with I.within("Ben Brennan"):
        I.click("Edit")
    I.select("Role", "Admin")
    I.click("Save changes")
    I.see("Saved Ben Brennan")


def test_edit_user_name():
    """rename Chloe Costa to Chloe Costa-Lind via edit; old name gone from table"""
    I.go_to("/admin/")
    I.click("Edit", near="Chloe Costa")
    I.fill("Name", "Chloe Costa-Lind")
    I.click("Save changes")
    I.see("Chloe Costa-Lind")
    I.dont_see("Select Chloe Costa")


def test_edit_clear_name():
    """edit grace garcia, blank out name, save => err, dlg stays"""
    I.go_to("/admin/")
    with I.within("Grace Garcia"):
        I.click("Edit")
    I.fill("Name", "")
    I.click("Save changes")
    I.see("Name can't be blank")


def test_delete_user():
    """trash icon on Ava Abbott -> 'Delete Ava Abbott?' -> Delete => toast Deleted Ava Abbott, row gone"""
    I.go_to("/admin/")
    I.click("Delete", near="ava.abbott@acme.test")
    I.see("Delete Ava Abbott?")
    I.click("Delete", near="This cannot be undone.")
    I.see("Deleted Ava Abbott")
    I.dont_see("ava.abbott@acme.test")


def test_delete_user_cancel():
    """delete hugo holm but Cancel in confirm -> still in list, nothing deleted"""
    I.go_to("/admin/")
    with I.within("Hugo Holm"):
        I.click("Delete")
    I.see("Delete Hugo Holm?")
    I.click("Cancel")
    I.dont_see("Deleted Hugo Holm")
    I.see("hugo.holm@acme.test")


def test_filter_garcia():
    """search 'garcia' -> 3 users (grace, ben, imani), ava abbott not shown"""
    I.go_to("/admin/")
    I.fill("Filter users", "garcia")
    I.see("Showing 1–3 of 3")
    I.see("Imani Garcia")
    I.dont_see("Ava Abbott")


def test_filter_no_match():
    """filter users 'zzzz' -> No results. Try a different filter."""
    I.go_to("/admin/")
    I.fill("Filter users", "zzzz")
    I.see("No results. Try a different filter.")
    I.see("Showing 0 of 0")


def test_filter_by_email_part():
    """search by email bit 'keiko.ito' -> just Keiko Ito"""
    I.go_to("/admin/")
    I.fill("Filter users", "keiko.ito")
    I.see("Keiko Ito")
    I.see("Showing 1–1 of 1")


def test_status_suspended():
    """Status dropdown = Suspended -> 5 rows"""
    I.go_to("/admin/")
    I.select("Status", "Suspended")
    I.see("Showing 1–5 of 5")


def test_status_invited():
    """status invited: elena eriksen yes, ava abbott (active) no"""
    I.go_to("/admin/")
    I.select("Status", "Invited")
    I.see("Elena Eriksen")
    I.dont_see("Ava Abbott")


def test_rows_per_page_25():
    """rows per page 25 => 'Showing 1–25 of 36'"""
    I.go_to("/admin/")
    I.select("Rows per page", "25")
    I.see("Showing 1–25 of 36")


def test_last_page():
    """page 4 of users -> 31–36 of 36, Liam Jensen there"""
    I.go_to("/admin/")
    I.click("Page 4")
    I.see("Showing 31–36 of 36")
    I.see("Liam Jensen")


def test_next_page():
    """users table Next -> 11–20"""
    I.go_to("/admin/")
    I.click("Next")
    I.see("Showing 11–20 of 36")


def test_sort_name_asc():
    """sort by Name column -> Ava Kowalski shows up on pg 1"""
    I.go_to("/admin/")
    I.click("Name")
    I.see("Ava Kowalski")


def test_sort_name_desc():
    """click Name header twice (desc) -> Liam Eriksen on first page, Ava Abbott not"""
    I.go_to("/admin/")
    I.click("Name")
    I.click("Name")
    I.see("Liam Eriksen")
    I.dont_see("Ava Abbott")


def test_bulk_suspend():
    """tick Ava Abbott + Ben Brennan -> '2 selected', Suspend => '2 users suspended'"""
    I.go_to("/admin/")
    I.check("Select Ava Abbott")
    I.check("Select Ben Brennan")
    I.see("2 selected")
    I.click("Suspend")
    I.see("2 users suspended")


def test_bulk_activate_one():
    """select dev dube (suspended), Activate -> 1 user activated"""
    I.go_to("/admin/")
    I.check("Select Dev Dube")
    I.click("Activate")
    I.see("1 user activated")


def test_bulk_delete():
    """bulk: pick farid fischer & grace garcia, Delete selected -> confirm 'Delete 2 users?' -> Delete; both gone"""
    I.go_to("/admin/")
    I.check("Select Farid Fischer")
    I.check("Select Grace Garcia")
    I.click("Delete selected")
    I.see("Delete 2 users?")
    I.click("Delete", near="This cannot be undone.")
    I.see("Deleted 2 users")
    I.dont_see("farid.fischer@acme.test")


def test_clear_selection():
    """select a row then Clear selection -> bulk bar gone (no 'selected')"""
    I.go_to("/admin/")
    I.check("Select Imani Ito")
    I.click("Clear selection")
    I.dont_see("1 selected")


def test_select_all_page():
    """select-all checkbox in header -> 10 selected"""
    I.go_to("/admin/")
    I.check("Select all rows on this page")
    I.see("10 selected")


def test_reports_coming_soon():
    """sidebar Reports -> toast 'Reports are coming soon'"""
    I.go_to("/admin/")
    I.click("Reports")
    I.see("Reports are coming soon")


def test_api_keys_toast():
    """API keys link just toasts: managed by the platform team"""
    I.go_to("/admin/")
    I.click("API keys")
    I.see("API keys are managed by the platform team")


def test_orders_view():
    """[orders] View on #10001 -> Northwind Traders ordered 1 item on 2024-02-01."""
    I.go_to("/admin/orders.html")
    I.click("View", near="#10001")
    I.see("Northwind Traders ordered 1 item on 2024-02-01.")


def test_orders_click_number():
    """click order number #10004 link => details modal, Total $127.83 · Delivered"""
    I.go_to("/admin/orders.html")
    I.click("#10004")
    I.see("Total $127.83 · Delivered")


def test_orders_details_close():
    """order details Close btn closes it"""
    I.go_to("/admin/orders.html")
    with I.within("#10003"):
        I.click("View")
    I.see("Blue Yonder Air ordered 6 items")
    I.click("Close")
    I.dont_see("Blue Yonder Air ordered 6 items")


def test_orders_refund():
    """refund #10002 -> '$52.61 will be returned to Tailspin Toys.', Refund $52.61 => 'Order #10002 refunded'"""
    I.go_to("/admin/orders.html")
    with I.within("#10002"):
        I.click("Refund")
    I.see("$52.61 will be returned to Tailspin Toys.")
    I.click("Refund $52.61")
    I.see("Order #10002 refunded")


def test_orders_keep_order():
    """refund dlg on #10005 -> 'Keep order' => no refund happens"""
    I.go_to("/admin/orders.html")
    with I.within("#10005"):
        I.click("Refund")
    I.see("$165.44 will be returned to Fabrikam Inc.")
    I.click("Keep order")
    I.dont_see("Order #10005 refunded")
    I.dont_see("will be returned to Fabrikam Inc")


def test_orders_filter_contoso():
    """filter orders 'contoso' -> 3 orders"""
    I.go_to("/admin/orders.html")
    I.wait_for("Showing 1–10 of 34")
    I.fill("Filter orders", "contoso")
    I.see("Showing 1–3 of 3")
    I.dont_see("Northwind Traders")


def test_orders_filter_number():
    """search '#10033' -> blue yonder air row only"""
    I.go_to("/admin/orders.html")
    I.wait_for("Showing 1–10 of 34")
    I.fill("Filter orders", "#10033")
    I.see("Blue Yonder Air")
    I.see("Showing 1–1 of 1")


def test_orders_status_pending():
    """status = Pending -> 5 orders"""
    I.go_to("/admin/orders.html")
    I.wait_for("Showing 1–10 of 34")
    I.select("Status", "Pending")
    I.see("Showing 1–5 of 5")


def test_orders_mark_shipped():
    """select #10001 (pending) + #10002 (already shipped), Mark as shipped -> only '1 order marked as shipped'"""
    I.go_to("/admin/orders.html")
    I.check("Select order #10001")
    I.check("Select order #10002")
    I.click("Mark as shipped")
    I.see("1 order marked as shipped")


def test_orders_sort_total_desc():
    """sort Total twice (high first) -> $880.03 on top page"""
    I.go_to("/admin/orders.html")
    I.click("Total")
    I.click("Total")
    I.see("$880.03")


def test_orders_refunded_filter_after_refund():
    """refund #10001 then filter Status Refunded -> #10001 in the list, 6 refunded"""
    I.go_to("/admin/orders.html")
    I.click("Refund", near="#10001")
    I.click("Refund $15.00")
    I.select("Status", "Refunded")
    I.see("Showing 1–6 of 6")
    I.see("Northwind Traders")


def test_edit_status_suspended_card():
    """edit Ava Abbott -> status Suspended, save; then status filter Suspended should list 6 now"""
    I.go_to("/admin/")
    with I.within("Ava Abbott"):
        I.click("Edit")
    I.select("Status", "Suspended", near="Role")
    I.click("Save changes")
    I.see("Saved Ava Abbott")
    I.select("Status", "Suspended")
    I.see("Showing 1–6 of 6")


def test_audit_log_toast():
    """Audit log in sidebar -> 'Audit log is read-only in this demo'"""
    I.go_to("/admin/")
    I.click("Audit log")
    I.see("Audit log is read-only in this demo")


def test_filter_then_clear_box():
    """search 'jonas' (3 hits) then empty the box -> all 36 back"""
    I.go_to("/admin/")
    I.fill("Filter users", "jonas")
    I.see("Showing 1–3 of 3")
    I.fill("Filter users", "")
    I.see("Showing 1–10 of 36")


def test_orders_next_page():
    """[orders] Next -> 11–20 of 34"""
    I.go_to("/admin/orders.html")
    I.click("Next")
    I.see("Showing 11–20 of 34")


def test_orders_rows_50():
    """orders rows per page 50 -> all 34 on one page"""
    I.go_to("/admin/orders.html")
    I.wait_for("Showing 1–10 of 34")
    I.select("Rows per page", "50")
    I.see("Showing 1–34 of 34")
    I.dont_see("Page 2")
