"""inventory: tasks written by w8."""

from testgen import I


def test_search_by_name():
    """Type 'drill' in the search box at the top of the toolbar. Just one row: Cordless drill 18V, showing 1–1 of 1."""
    I.go_to("/inventory/")
    I.fill("Search stock", "drill")
    I.see("Cordless drill 18V")
    I.see("Showing 1–1 of 1")


def test_search_by_sku():
    """Search stock for the SKU el-1001 (lowercase is fine). LED bulb E27 9W should be the only hit; Extension lead 4-way is filtered out."""
    I.go_to("/inventory/")
    I.fill("Search stock", "el-1001")
    I.see("LED bulb E27 9W")
    I.dont_see("Extension lead 4-way")


def test_search_nothing_found():
    """search for 'unicorn' -> empty message No items match your filters, counter Showing 0 of 0"""
    I.go_to("/inventory/")
    I.fill("Search stock", "unicorn")
    I.see("No items match your filters.")
    I.see("Showing 0 of 0")


def test_category_dropdown_paint():
    """Pick Paint in the dropdown next to the search. Ten items: Showing 1–10 of 10, including Roller 230 mm."""
    I.go_to("/inventory/")
    I.select("Category", "Paint")
    I.see("Showing 1–10 of 10")
    I.see("Roller 230 mm")


def test_in_stock_only_hides_zero():
    """Tick In stock only. The total drops to 52 and Light switch single (the 5th row, out of stock) disappears."""
    I.go_to("/inventory/")
    I.check("In stock only")
    I.see("Showing 1–10 of 52")
    I.dont_see("Light switch single")


def test_clear_filters_resets():
    """Set category to Tools and search 'hammer', then press Clear filters. Back to 57 items in total and the search box is empty again."""
    I.go_to("/inventory/")
    I.select("Category", "Tools")
    I.fill("Search stock", "hammer")
    I.see("Showing 1–1 of 1")
    I.click("Clear filters")
    I.see("Showing 1–10 of 57")
    I.see_value("Search stock", "")


def test_edit_quantity_first_row():
    """In the first row click the small Edit next to the quantity, type 25 and press Enter. Note under the grid: Saved. LED bulb E27 9W now has 25 in stock."""
    I.go_to("/inventory/")
    I.click("Edit quantity of LED bulb E27 9W")
    I.fill("Quantity of LED bulb E27 9W", "25")
    I.press("Enter")
    I.see("Saved. LED bulb E27 9W now has 25 in stock.")


def test_edit_quantity_rejects_negative():
    """Edit the quantity on the second row (Extension lead 4-way) to -3 and hit Enter. Should be refused: Enter a whole number from 0 to 9999."""
    I.go_to("/inventory/")
    I.click("Edit quantity of Extension lead 4-way")
    I.fill("Quantity of Extension lead 4-way", "-3")
    I.press("Enter")
    I.see("Enter a whole number from 0 to 9999.")
    I.dont_see("Saved.")


def test_edit_quantity_rejects_text():
    """Quantity editor on Cable ties 200 mm: type 'lots', Enter. Error shows and nothing is saved."""
    I.go_to("/inventory/")
    I.click("Edit quantity of Cable ties 200 mm")
    I.fill("Quantity of Cable ties 200 mm", "lots")
    I.press("Enter")
    I.see("Enter a whole number from 0 to 9999.")


def test_edit_quantity_escape_cancels():
    """Open the quantity editor on the LED bulb row, type 999, then Escape. No Saved note, and the row still shows the small Edit button."""
    I.go_to("/inventory/")
    I.click("Edit quantity of LED bulb E27 9W")
    I.fill("Quantity of LED bulb E27 9W", "999")
    I.press("Escape")
    I.dont_see("Saved.")
    I.see("11", near="LED bulb E27 9W")


def test_edit_zero_makes_out_of_stock():
    """Set Motion sensor (last row on page 1) to 0 with the quantity editor. Its status pill should turn to Out of stock."""
    I.go_to("/inventory/")
    I.click("Edit quantity of Motion sensor")
    I.fill("Quantity of Motion sensor", "0")
    I.press("Enter")
    I.see("Saved. Motion sensor now has 0 in stock.")
    I.see("Out of stock", near="Motion sensor")


def test_select_rows_count():
    """Tick the checkboxes on the first and third rows. The counter next to Bulk actions says 2 selected."""
    I.go_to("/inventory/")
    I.check("Select LED bulb E27 9W")
    I.check("Select Cable ties 200 mm")
    I.see("2 selected")


def test_bulk_restock_one():
    """Select the first row, open Bulk actions, choose Restock +10. Note reads Restocked 1 item (+10 each). and the LED bulb now has 21."""
    I.go_to("/inventory/")
    I.check("Select LED bulb E27 9W")
    I.click("Bulk actions")
    I.click("Restock +10")
    I.see("Restocked 1 item (+10 each).")
    I.see("21", near="LED bulb E27 9W")


def test_bulk_remove_two():
    """Select Wire stripper and Fuse 13A (10), then Bulk actions -> Remove from list. Both rows go away and the total is 55."""
    I.go_to("/inventory/")
    I.check("Select Wire stripper")
    I.check("Select Fuse 13A (10)")
    I.click("Bulk actions")
    I.click("Remove from list")
    I.see("Removed 2 items from the list.")
    I.see("Showing 1–10 of 55")
    I.dont_see("Wire stripper")


def test_bulk_mark_out_of_stock_whole_page():
    """Use the checkbox in the header to select everything on page 1, then Bulk actions > Mark out of stock. Marked 10 items out of stock."""
    I.go_to("/inventory/")
    I.check("Select all on this page")
    I.see("10 selected")
    I.click("Bulk actions")
    I.click("Mark out of stock")
    I.see("Marked 10 items out of stock.")


def test_bulk_export_csv():
    """Pick the Safety category, select Hard hat white, and run Export as CSV from the bulk menu. Expect Exported 1 item to stock.csv."""
    I.go_to("/inventory/")
    I.select("Category", "Safety")
    I.check("Select Hard hat white")
    I.click("Bulk actions")
    I.click("Export as CSV")
    I.see("Exported 1 item to stock.csv.")


def test_sort_quantity_ascending():
    """Click the Quantity column header once. The top rows should all be Out of stock - Light switch single comes first."""
    I.go_to("/inventory/")
    I.click("Quantity")
    I.see("Light switch single")
    I.see("Drywall screws 3.5×35")
    I.dont_see("LED bulb E27 9W")


def test_sort_price_descending():
    """Sort by Unit price, then click it again for high to low. Washers M10 at $49.53 should be at the top of page 1."""
    I.go_to("/inventory/")
    I.click("Unit price")
    I.click("Unit price")
    I.see("$49.53")
    I.see("Washers M10")


def test_next_page():
    """Go to the next page with the button after the page numbers. Counter says 11–20 of 57 and the first fastener (Wood screws 4×40 mm) shows."""
    I.go_to("/inventory/")
    I.click("Next page")
    I.see("Showing 11–20 of 57")
    I.see("Wood screws 4×40 mm")


def test_last_page_number():
    """Click page 6 in the pager: Showing 51–57 of 57."""
    I.go_to("/inventory/")
    I.click("Page 6")
    I.see("Showing 51–57 of 57")


def test_category_and_in_stock_combined():
    """Category Plumbing plus In stock only. 8 items left; the flexible hose (out of stock) isn't listed."""
    I.go_to("/inventory/")
    I.select("Category", "Plumbing")
    I.check("In stock only")
    I.see("Showing 1–8 of 8")
    I.dont_see("Flexible hose 300 mm")


def test_bulk_disabled_until_selection_cleared():
    """Select the first row then untick it again; the counter goes back to 0 selected."""
    I.go_to("/inventory/")
    I.check("Select LED bulb E27 9W")
    I.see("1 selected")
    I.uncheck("Select LED bulb E27 9W")
    I.see("0 selected")


def test_low_stock_pill():
    """Search for 'defenders'. Ear defenders should come up with status Low stock (only 5 left)."""
    I.go_to("/inventory/")
    I.fill("Search stock", "defenders")
    I.see("Ear defenders")
    I.see("Low stock", near="Ear defenders")


def test_sort_product_name():
    """Click the Product column header. Sorted A-Z, the first row should be Adjustable spanner 250 mm and the LED bulb drops off page 1."""
    I.go_to("/inventory/")
    I.click("Product")
    I.see("Adjustable spanner 250 mm")
    I.dont_see("LED bulb E27 9W")


def test_previous_page_after_next():
    """Go to page 2 with Next page, then back with Previous page: Showing 1–10 of 57 again."""
    I.go_to("/inventory/")
    I.click("Next page")
    I.see("Showing 11–20 of 57")
    I.click("Previous page")
    I.see("Showing 1–10 of 57")
