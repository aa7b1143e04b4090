"""inventory: tasks written by w1."""

from testgen import I


def test_search_screws():
    """search stock 'screws' -> 3 rows (wood, drywall, coach)"""
    I.go_to("/inventory/")
    I.fill("Search stock", "screws")
    I.see("Showing 1–3 of 3")
    I.see("Coach screws 8×100")


def test_search_sku():
    """search by sku TL-1041 => cordless drill only"""
    I.go_to("/inventory/")
    I.fill("Search stock", "TL-1041")
    I.see("Cordless drill 18V")
    I.see("Showing 1–1 of 1")
    I.dont_see("LED bulb E27 9W")


def test_search_no_match():
    """search 'banana' -> No items match your filters."""
    I.go_to("/inventory/")
    I.fill("Search stock", "banana")
    I.see("No items match your filters.")
    I.see("Showing 0 of 0")


def test_category_safety():
    """category Safety -> 9 items"""
    I.go_to("/inventory/")
    I.select("Category", "Safety")
    I.see("Showing 1–9 of 9")
    I.see("Hard hat white")


def test_in_stock_only():
    """tick In stock only -> 52 of 57 left (5 are at 0)"""
    I.go_to("/inventory/")
    I.check("In stock only")
    I.see("Showing 1–10 of 52")
    I.dont_see("Light switch single")


def test_plumbing_in_stock():
    """[filters] plumbing + in stock only -> flexible hose (0) hidden, 8 items"""
    I.go_to("/inventory/")
    I.select("Category", "Plumbing")
    I.check("In stock only")
    I.see("Showing 1–8 of 8")
    I.dont_see("Flexible hose 300 mm")


def test_clear_filters():
    """category Paint + search 'tape', then Clear filters -> all 57 back, search empty"""
    I.go_to("/inventory/")
    I.select("Category", "Paint")
    I.fill("Search stock", "tape")
    I.see("Showing 1–1 of 1")
    I.click("Clear filters")
    I.see("Showing 1–10 of 57")
    I.see_value("Search stock", "")


def test_next_page():
    """Next page -> 11–20 of 57, fasteners showing"""
    I.go_to("/inventory/")
    I.click("Next page")
    I.see("Showing 11–20 of 57")
    I.see("Wood screws 4×40 mm")


def test_last_page():
    """page 6 -> 51–57, pliers there"""
    I.go_to("/inventory/")
    I.click("Page 6")
    I.see("Showing 51–57 of 57")
    I.see("Pliers combination")


def test_sort_quantity():
    """sort by Quantity (low first) -> filler 600 g (0 left) comes up on pg 1"""
    I.go_to("/inventory/")
    I.click("Quantity")
    I.see("Filler 600 g")


def test_sort_price_desc():
    """Unit price header twice -> priciest first, Washers M10 $49.53"""
    I.go_to("/inventory/")
    I.click("Unit price")
    I.click("Unit price")
    I.see("Washers M10")
    I.see("$49.53")


def test_sort_product_name():
    """sort Product A-Z -> adjustable spanner on top page, LED bulb not"""
    I.go_to("/inventory/")
    I.click("Product")
    I.see("Adjustable spanner 250 mm")
    I.dont_see("LED bulb E27 9W")


def test_edit_qty():
    """edit qty of LED bulb -> 25 + enter => 'Saved. LED bulb E27 9W now has 25 in stock.'"""
    I.go_to("/inventory/")
    I.click("Edit quantity of LED bulb E27 9W")
    I.fill("Quantity of LED bulb E27 9W", "25")
    I.press("Enter")
    I.see("Saved. LED bulb E27 9W now has 25 in stock.")


def test_edit_qty_letters():
    """qty 'lots' for wire stripper shouldn't save -> whole number 0–9999 err"""
    I.go_to("/inventory/")
    I.click("Edit quantity of Wire stripper")
    I.fill("Quantity of Wire stripper", "lots")
    I.press("Enter")
    I.see("Enter a whole number from 0 to 9999.")
    I.dont_see("Saved.")


def test_edit_qty_too_big():
    """qty 10000 -> err, 4 digits max"""
    I.go_to("/inventory/")
    I.click("Edit quantity of Motion sensor")
    I.fill("Quantity of Motion sensor", "10000")
    I.press("Enter")
    I.see("Enter a whole number from 0 to 9999.")


def test_edit_qty_escape():
    """edit fuse qty to 99 but Esc -> nothing saved, still 30"""
    I.go_to("/inventory/")
    I.click("Edit quantity of Fuse 13A (10)")
    I.fill("Quantity of Fuse 13A (10)", "99")
    I.press("Escape")
    I.dont_see("Saved.")
    I.see("30", near="Fuse 13A (10)")


def test_edit_qty_zero_out_of_stock():
    """set extension lead qty 0 -> then In stock only filter hides it"""
    I.go_to("/inventory/")
    I.click("Edit quantity of Extension lead 4-way")
    I.fill("Quantity of Extension lead 4-way", "0")
    I.press("Enter")
    I.see("Saved. Extension lead 4-way now has 0 in stock.")
    I.check("In stock only")
    with I.within("Stock"):
        I.dont_see("Extension lead 4-way")


def test_select_two():
    """tick LED bulb + motion sensor -> '2 selected'"""
    I.go_to("/inventory/")
    I.check("Select LED bulb E27 9W")
    I.check("Select Motion sensor")
    I.see("2 selected")


def test_bulk_restock():
    """select cable ties + wall socket, Bulk actions -> Restock +10 => 'Restocked 2 items (+10 each).'"""
    I.go_to("/inventory/")
    I.check("Select Cable ties 200 mm")
    I.check("Select Wall socket double")
    I.click("Bulk actions")
    I.click("Restock +10")
    I.see("Restocked 2 items (+10 each).")


def test_bulk_out_of_stock():
    """bulk: junction box -> Mark out of stock => 'Marked 1 item out of stock.'"""
    I.go_to("/inventory/")
    I.check("Select Junction box IP65")
    I.click("Bulk actions")
    I.click("Mark out of stock")
    I.see("Marked 1 item out of stock.")


def test_bulk_export():
    """select 3 and Export as CSV -> Exported 3 items to stock.csv."""
    I.go_to("/inventory/")
    I.check("Select LED bulb E27 9W")
    I.check("Select Extension lead 4-way")
    I.check("Select Cable ties 200 mm")
    I.click("Bulk actions")
    I.click("Export as CSV")
    I.see("Exported 3 items to stock.csv.")


def test_bulk_remove():
    """remove twin cable via bulk 'Remove from list' -> gone, 56 items total"""
    I.go_to("/inventory/")
    I.check("Select Twin cable 2.5 mm 50 m")
    I.click("Bulk actions")
    I.click("Remove from list")
    I.see("Removed 1 item from the list.")
    I.see("Showing 1–10 of 56")
    I.dont_see("Twin cable 2.5 mm 50 m")


def test_select_all_page():
    """header checkbox 'Select all on this page' -> 10 selected"""
    I.go_to("/inventory/")
    I.check("Select all on this page")
    I.see("10 selected")


def test_selection_across_pages():
    """select LED bulb on pg 1, go to page 2, select washers -> 2 selected total"""
    I.go_to("/inventory/")
    I.check("Select LED bulb E27 9W")
    I.click("Page 2")
    I.check("Select Washers M10")
    I.see("2 selected")


def test_bulk_menu_escape():
    """pick a row (LED bulb) so bulk actions is enabled, open the menu, Esc -> menu closes"""
    I.go_to("/inventory/")
    I.check("Select LED bulb E27 9W")
    I.click("Bulk actions")
    I.see("Restock +10")
    I.press("Escape")
    I.dont_see("Restock +10")


def test_restock_out_of_stock_item():
    """light switch is at 0; select it, restock +10, then In stock only -> light switch shows"""
    I.go_to("/inventory/")
    I.check("Select Light switch single")
    I.click("Bulk actions")
    I.click("Restock +10")
    I.check("In stock only")
    I.see("Light switch single")


def test_uncheck_selection():
    """select then unselect wire stripper -> 0 selected"""
    I.go_to("/inventory/")
    I.check("Select Wire stripper")
    I.see("1 selected")
    I.uncheck("Select Wire stripper")
    I.see("0 selected")
