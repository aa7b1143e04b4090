"""inventory: tasks written by w12."""

from testgen import I


def test_search_by_name():
    """Tab to the Search stock searchbox and type hammer. Only Claw hammer 16 oz should be left, and the status reads Showing 1–1 of 1."""
    I.go_to("/inventory/")
    I.fill("Search stock", "hammer")
    I.see("Claw hammer 16 oz")
    I.see("Showing 1–1 of 1")


def test_search_by_sku():
    """Search stock for the SKU PL-1025 - the Basin tap chrome row should come up."""
    I.go_to("/inventory/")
    I.fill("Search stock", "PL-1025")
    I.see("Basin tap chrome")
    I.dont_see("LED bulb E27 9W")


def test_search_no_match():
    """type "unobtainium" in Search stock; the grid should be empty with the message No items match your filters. and Showing 0 of 0"""
    I.go_to("/inventory/")
    I.fill("Search stock", "unobtainium")
    I.see("No items match your filters.")
    I.see("Showing 0 of 0")


def test_search_screws_count():
    """Searching for screws should list the three kinds (wood, drywall, coach): Showing 1–3 of 3."""
    I.go_to("/inventory/")
    I.fill("Search stock", "screws")
    I.see("Drywall screws 3.5×35")
    I.see("Coach screws 8×100")
    I.see("Showing 1–3 of 3")


def test_category_safety():
    """In the Category combobox pick Safety. There are 9 safety items (Showing 1–9 of 9), e.g. Hard hat white."""
    I.go_to("/inventory/")
    I.select("Category", "Safety")
    I.see("Showing 1–9 of 9")
    I.see("Hard hat white")


def test_in_stock_only_hides_empty():
    """Check the In stock only checkbox. The count goes to Showing 1–10 of 52 and Light switch single (0 in stock) is not shown any more."""
    I.go_to("/inventory/")
    I.check("In stock only")
    I.see("Showing 1–10 of 52")
    I.dont_see("Light switch single")


def test_plumbing_in_stock():
    """Category = Plumbing and tick In stock only → 8 items; Flexible hose 300 mm (out of stock) must not be listed."""
    I.go_to("/inventory/")
    I.select("Category", "Plumbing")
    I.check("In stock only")
    I.see("Showing 1–8 of 8")
    I.dont_see("Flexible hose 300 mm")


def test_clear_filters_restores_all():
    """Pick Tools in the Category combobox, then activate Clear filters. All 57 items come back (Showing 1–10 of 57) and the LED bulb E27 9W row is there again."""
    I.go_to("/inventory/")
    I.select("Category", "Tools")
    I.see("Showing 1–9 of 9")
    I.click("Clear filters")
    I.see("Showing 1–10 of 57")
    I.see("LED bulb E27 9W")


def test_page_two():
    """Activate the Page 2 button in the Pages navigation: the fasteners start here (Wood screws 4×40 mm, FS-1002), Showing 11–20 of 57."""
    I.go_to("/inventory/")
    I.click("Page 2")
    I.see("Wood screws 4×40 mm")
    I.see("Showing 11–20 of 57")


def test_last_page_via_page_6():
    """Go to Page 6, the last one. It should read Showing 51–57 of 57 and list Pliers combination."""
    I.go_to("/inventory/")
    I.click("Page 6")
    I.see("Showing 51–57 of 57")
    I.see("Pliers combination")


def test_previous_page_button():
    """Open Page 3 and then activate Previous page; we should be on page 2 again: Showing 11–20 of 57."""
    I.go_to("/inventory/")
    I.click("Page 3")
    I.click("Previous page")
    I.see("Showing 11–20 of 57")


def test_sort_by_quantity():
    """Activate the Quantity column header button. Lowest stock first, so the out of stock items like Safety boots 43 and Filler 600 g should be on page one."""
    I.go_to("/inventory/")
    I.click("Quantity")
    I.see("Safety boots 43")
    I.see("Filler 600 g")


def test_sort_by_price_descending():
    """Activate the Unit price sort button twice. Most expensive first: Washers M10 at $49.53 should be on the first page."""
    I.go_to("/inventory/")
    I.click("Unit price")
    I.click("Unit price")
    I.see("Washers M10")
    I.see("$49.53")


def test_sort_by_product_name():
    """sort by Product (button in the column header). Adjustable spanner 250 mm should now be first, and Motion sensor no longer on page 1"""
    I.go_to("/inventory/")
    I.click("Product")
    I.see("Adjustable spanner 250 mm")
    I.dont_see("Motion sensor")


def test_edit_quantity_saves():
    """Activate the Edit quantity of LED bulb E27 9W button, type 25 in the Quantity of LED bulb E27 9W textbox and press Enter. The status should announce Saved. LED bulb E27 9W now has 25 in stock."""
    I.go_to("/inventory/")
    I.click("Edit quantity of LED bulb E27 9W")
    I.fill("Quantity of LED bulb E27 9W", "25")
    I.press("Enter")
    I.see("Saved. LED bulb E27 9W now has 25 in stock.")


def test_edit_quantity_rejects_text():
    """Edit the quantity of Extension lead 4-way, enter "lots" and press Enter. It must be refused with Enter a whole number from 0 to 9999."""
    I.go_to("/inventory/")
    I.click("Edit quantity of Extension lead 4-way")
    I.fill("Quantity of Extension lead 4-way", "lots")
    I.press("Enter")
    I.see("Enter a whole number from 0 to 9999.")


def test_edit_quantity_rejects_five_digits():
    """Quantity editor for Cable ties 200 mm: 12000 is too many digits and should give the error Enter a whole number from 0 to 9999. No Saved message."""
    I.go_to("/inventory/")
    I.click("Edit quantity of Cable ties 200 mm")
    I.fill("Quantity of Cable ties 200 mm", "12000")
    I.press("Enter")
    I.see("Enter a whole number from 0 to 9999.")
    I.dont_see("Saved.")


def test_edit_quantity_to_zero_marks_out_of_stock():
    """Set Motion sensor's quantity to 0 (Edit quantity button, type 0, Enter). Its status pill should change to Out of stock."""
    I.go_to("/inventory/")
    I.click("Edit quantity of Motion sensor")
    I.fill("Quantity of Motion sensor", "0")
    I.press("Enter")
    I.see("Motion sensor now has 0 in stock.")
    I.see("Out of stock", near="Motion sensor")


def test_edit_quantity_low_stock():
    """Change Junction box IP65 from 76 to 4 using its Edit quantity button: row status should become Low stock."""
    I.go_to("/inventory/")
    I.click("Edit quantity of Junction box IP65")
    I.fill("Quantity of Junction box IP65", "4")
    I.press("Enter")
    I.see("Low stock", near="Junction box IP65")


def test_edit_quantity_by_keyboard():
    """Keyboard only in the grid: check Select LED bulb E27 9W, press End, ArrowLeft twice to land on the quantity cell, Enter to edit, type 40 and Enter. Expect Saved. LED bulb E27 9W now has 40 in stock."""
    I.go_to("/inventory/")
    I.check("Select LED bulb E27 9W")
    I.press("End")
    I.press("ArrowLeft")
    I.press("ArrowLeft")
    I.press("Enter")
    I.type("40")
    I.press("Enter")
    I.see("Saved. LED bulb E27 9W now has 40 in stock.")


def test_select_rows_with_arrow_and_space():
    """Check the Select Wire stripper checkbox, then press ArrowDown and Space to select the next row too. The toolbar should say 2 selected."""
    I.go_to("/inventory/")
    I.check("Select Wire stripper")
    I.press("ArrowDown")
    I.press(" ")
    I.see("2 selected")


def test_select_all_on_page():
    """check "Select all on this page" -> 10 selected"""
    I.go_to("/inventory/")
    I.check("Select all on this page")
    I.see("10 selected")


def test_bulk_restock():
    """Select Wall socket double (only 2 left), open the Bulk actions menu button and choose Restock +10. Status says Restocked 1 item (+10 each). and the row is In stock now."""
    I.go_to("/inventory/")
    I.check("Select Wall socket double")
    I.click("Bulk actions")
    I.click("Restock +10")
    I.see("Restocked 1 item (+10 each).")
    I.see("In stock", near="Wall socket double")


def test_bulk_mark_out_of_stock():
    """Select Cable ties 200 mm and Fuse 13A (10), then Bulk actions → Mark out of stock. Message: Marked 2 items out of stock."""
    I.go_to("/inventory/")
    I.check("Select Cable ties 200 mm")
    I.check("Select Fuse 13A (10)")
    I.click("Bulk actions")
    I.click("Mark out of stock")
    I.see("Marked 2 items out of stock.")


def test_bulk_export_csv():
    """Select all on this page, then in the Bulk actions menu activate the Export as CSV menuitem. The status region should announce Exported 10 items to stock.csv."""
    I.go_to("/inventory/")
    I.check("Select all on this page")
    I.click("Bulk actions")
    I.click("Export as CSV")
    I.see("Exported 10 items to stock.csv.")


def test_bulk_remove_from_list():
    """Tick Select Motion sensor, Bulk actions, Remove from list. It should say Removed 1 item from the list. and Motion sensor is gone from the grid; total is 56."""
    I.go_to("/inventory/")
    I.check("Select Motion sensor")
    I.click("Bulk actions")
    I.click("Remove from list")
    I.see("Removed 1 item from the list.")
    I.dont_see("Motion sensor")
    I.see("Showing 1–10 of 56")


def test_bulk_menu_escape_closes():
    """With one row selected (Wire stripper), open Bulk actions and press Escape: the menu closes, Restock +10 is no longer shown."""
    I.go_to("/inventory/")
    I.check("Select Wire stripper")
    I.click("Bulk actions")
    I.see("Restock +10")
    I.press("Escape")
    I.dont_see("Restock +10")


def test_bulk_menu_arrow_keys():
    """On page 2 select Nuts M6. Open Bulk actions and Escape out of it so focus is back on the button, then press ArrowUp - the menu should open on its last item - and Enter to run it (Remove from list). Expect Removed 1 item from the list. and no Nuts M6 row."""
    I.go_to("/inventory/")
    I.click("Page 2")
    I.check("Select Nuts M6")
    I.click("Bulk actions")
    I.press("Escape")
    I.press("ArrowUp")
    I.press("Enter")
    I.see("Removed 1 item from the list.")
    I.dont_see("Nuts M6")


def test_sort_by_sku_descending():
    """Activate the SKU header button (already sorted A→Z, so this flips it). TL-1062 Pliers combination should be first and LED bulb E27 9W no longer on page 1."""
    I.go_to("/inventory/")
    I.click("SKU")
    I.see("Pliers combination")
    I.dont_see("LED bulb E27 9W")


def test_sort_by_location():
    """Sort by the Location column button; Aisle 1 items come first, e.g. Hacksaw 300 mm and Safety boots 43."""
    I.go_to("/inventory/")
    I.click("Location")
    I.see("Hacksaw 300 mm")
    I.see("Safety boots 43")
