"""inventory: tasks written by w3."""

from testgen import I


def test_search_by_name():
    """[Binwise] Search stock "screws" → 3 rows (wood, drywall, coach screws), Showing 1–3 of 3"""
    I.go_to("/inventory/")
    I.fill("Search stock", "screws")
    I.see("Showing 1–3 of 3")
    I.see("Coach screws 8×100")


def test_search_by_sku():
    """search by SKU: TL-1027 should bring up the Utility knife only"""
    I.go_to("/inventory/")
    I.fill("Search stock", "TL-1027")
    I.see("Utility knife")
    I.see("Showing 1–1 of 1")


def test_search_no_results():
    """Search "xyz" → No items match your filters. / Showing 0 of 0"""
    I.go_to("/inventory/")
    I.fill("Search stock", "xyz")
    I.see("No items match your filters.")
    I.see("Showing 0 of 0")


def test_category_safety():
    """Category = Safety → 9 items, Hard hat white in the list, no electrical stuff like LED bulb E27 9W"""
    I.go_to("/inventory/")
    I.select("Category", "Safety")
    I.see("Showing 1–9 of 9")
    I.see("Hard hat white")
    I.dont_see("LED bulb E27 9W")


def test_in_stock_only():
    """tick In stock only: 52 of 57 remain, and Light switch single (qty 0) disappears from page 1"""
    I.go_to("/inventory/")
    I.check("In stock only")
    I.see("Showing 1–10 of 52")
    I.dont_see("Light switch single")


def test_category_plus_in_stock():
    """Electrical + In stock only → 9 (the light switch is out of stock)"""
    I.go_to("/inventory/")
    I.select("Category", "Electrical")
    I.check("In stock only")
    I.see("Showing 1–9 of 9")


def test_clear_filters():
    """Set search "tape" and category Paint, then Clear filters. Expected the full list again: Showing 1–10 of 57"""
    I.go_to("/inventory/")
    I.fill("Search stock", "tape")
    I.select("Category", "Paint")
    I.see("Showing 1–1 of 1")
    I.click("Clear filters")
    I.see("Showing 1–10 of 57")


def test_search_and_category_no_overlap():
    """"bolts" in Plumbing: nothing (bolts are fasteners) → No items match your filters."""
    I.go_to("/inventory/")
    I.fill("Search stock", "bolts")
    I.select("Category", "Plumbing")
    I.see("No items match your filters.")


def test_sort_by_product():
    """Click the Product header → A to Z. Adjustable spanner 250 mm first page, Wire stripper no longer on page 1"""
    I.go_to("/inventory/")
    I.click("Product")
    I.see("Adjustable spanner 250 mm")
    I.dont_see("Wire stripper")


def test_sort_by_quantity():
    """Sort by Quantity ascending: out-of-stock items come first, e.g. Filler 600 g (0)"""
    I.go_to("/inventory/")
    I.click("Quantity")
    I.see("Filler 600 g")
    I.see("Out of stock")


def test_sort_price_descending():
    """Unit price clicked twice → highest first, Washers M10 at $49.53"""
    I.go_to("/inventory/")
    I.click("Unit price")
    I.click("Unit price")
    I.see("Washers M10")
    I.see("$49.53")


def test_edit_quantity():
    """Edit quantity of LED bulb E27 9W to 25 and press Enter → note "Saved. LED bulb E27 9W now has 25 in stock." """
    I.go_to("/inventory/")
    I.click("Edit quantity of LED bulb E27 9W")
    I.fill("Quantity of LED bulb E27 9W", "25")
    I.press("Enter")
    I.see("Saved. LED bulb E27 9W now has 25 in stock.")


def test_edit_quantity_not_a_number():
    """Quantity "abc" must be refused: Enter a whole number from 0 to 9999."""
    I.go_to("/inventory/")
    I.click("Edit quantity of Motion sensor")
    I.fill("Quantity of Motion sensor", "abc")
    I.press("Enter")
    I.see("Enter a whole number from 0 to 9999.")
    I.dont_see("Saved.")


def test_edit_quantity_negative():
    """negative quantity (-5) is not allowed → same error, Enter a whole number from 0 to 9999."""
    I.go_to("/inventory/")
    I.click("Edit quantity of Fuse 13A (10)")
    I.fill("Quantity of Fuse 13A (10)", "-5")
    I.press("Enter")
    I.see("Enter a whole number from 0 to 9999.")


def test_edit_quantity_escape():
    """Start editing Wire stripper's quantity, type 1, press Escape. Nothing saved (no "Saved." note)"""
    I.go_to("/inventory/")
    I.click("Edit quantity of Wire stripper")
    I.fill("Quantity of Wire stripper", "1")
    I.press("Escape")
    I.dont_see("Saved. Wire stripper now has 1 in stock.")


def test_edit_quantity_to_zero_status():
    """Setting Wall socket double to 0 should flip its status from Low stock to Out of stock"""
    I.go_to("/inventory/")
    I.click("Edit quantity of Wall socket double")
    I.fill("Quantity of Wall socket double", "0")
    I.press("Enter")
    I.see("Saved. Wall socket double now has 0 in stock.")
    I.dont_see("Low stock")


def test_select_rows_count():
    """tick two rows (Select LED bulb E27 9W, Select Motion sensor) → "2 selected" """
    I.go_to("/inventory/")
    I.check("Select LED bulb E27 9W")
    I.check("Select Motion sensor")
    I.see("2 selected")


def test_bulk_restock():
    """Select Wall socket double + Fuse 13A (10), Bulk actions ▾ → Restock +10. Expected "Restocked 2 items (+10 each)." """
    I.go_to("/inventory/")
    I.check("Select Wall socket double")
    I.check("Select Fuse 13A (10)")
    I.click("Bulk actions")
    I.click("Restock +10")
    I.see("Restocked 2 items (+10 each).")


def test_bulk_mark_out_of_stock_single():
    """Bulk on one item: Select Motion sensor, Bulk actions → Mark out of stock → "Marked 1 item out of stock." (singular)"""
    I.go_to("/inventory/")
    I.check("Select Motion sensor")
    I.click("Bulk actions")
    I.click("Mark out of stock")
    I.see("Marked 1 item out of stock.")


def test_bulk_export():
    """Export as CSV from Bulk actions with 3 rows picked → Exported 3 items to stock.csv."""
    I.go_to("/inventory/")
    I.check("Select LED bulb E27 9W")
    I.check("Select Extension lead 4-way")
    I.check("Select Cable ties 200 mm")
    I.click("Bulk actions")
    I.click("Export as CSV")
    I.see("Exported 3 items to stock.csv.")


def test_bulk_remove():
    """Remove from list via Bulk actions (Wire stripper). Gone from the grid, total now 56"""
    I.go_to("/inventory/")
    I.check("Select Wire stripper")
    I.click("Bulk actions")
    I.click("Remove from list")
    I.see("Removed 1 item from the list.")
    I.see("Showing 1–10 of 56")
    I.dont_see("Wire stripper")


def test_select_all_on_page():
    """header checkbox Select all on this page → 10 selected"""
    I.go_to("/inventory/")
    I.check("Select all on this page")
    I.see("10 selected")


def test_next_page():
    """Next page → Showing 11–20 of 57, fasteners (Hex bolts M8×60) appear"""
    I.go_to("/inventory/")
    I.click("Next page")
    I.see("Showing 11–20 of 57")
    I.see("Hex bolts M8×60")


def test_last_page():
    """Page 6 is the last: Showing 51–57 of 57 and Pliers combination is there"""
    I.go_to("/inventory/")
    I.click("Page 6")
    I.see("Showing 51–57 of 57")
    I.see("Pliers combination")


def test_selection_kept_across_pages():
    """select a row on page 1, go to page 2 — counter must still say 1 selected (selection not lost). Actual once: reset to 0"""
    I.go_to("/inventory/")
    I.check("Select Motion sensor")
    I.click("Next page")
    I.see("1 selected")


def test_filter_resets_to_page_one():
    """Go to page 3, then type "tape" in search → back on page 1 with 3 results (PTFE tape, Masking tape, Tape measure)"""
    I.go_to("/inventory/")
    I.click("Page 3")
    I.fill("Search stock", "tape")
    I.see("Showing 1–3 of 3")
    I.see("Tape measure 8 m")


def test_sort_sku_descending():
    """Grid is sorted by SKU ascending by default; click SKU once → descending, TL-1062 Pliers combination on top, LED bulb gone from page 1"""
    I.go_to("/inventory/")
    I.click("SKU")
    I.see("Pliers combination")
    I.dont_see("LED bulb E27 9W")


def test_restock_out_of_stock_item():
    """Light switch single is at 0. Select it, Bulk actions → Restock +10 → "Restocked 1 item (+10 each)." and no Out of stock pill left on page 1"""
    I.go_to("/inventory/")
    I.check("Select Light switch single")
    I.click("Bulk actions")
    I.click("Restock +10")
    I.see("Restocked 1 item (+10 each).")
    I.dont_see("Out of stock")


def test_edit_to_zero_with_in_stock_filter():
    """In stock only ON, set Motion sensor quantity to 0 → saved, and the row drops out of the filtered grid (51 left)"""
    I.go_to("/inventory/")
    I.check("In stock only")
    I.click("Edit quantity of Motion sensor")
    I.fill("Quantity of Motion sensor", "0")
    I.press("Enter")
    I.see("Saved. Motion sensor now has 0 in stock.")
    I.see("Showing 1–10 of 51")


def test_unselect_all_on_page():
    """Select all on this page, then untick it again → the "10 selected" count has to go away (back to 0)"""
    I.go_to("/inventory/")
    I.check("Select all on this page")
    I.see("10 selected")
    I.uncheck("Select all on this page")
    I.dont_see("10 selected")


def test_edit_quantity_too_big():
    """5-digit quantity 10000 is over the limit → Enter a whole number from 0 to 9999."""
    I.go_to("/inventory/")
    I.click("Edit quantity of Cable ties 200 mm")
    I.fill("Quantity of Cable ties 200 mm", "10000")
    I.press("Enter")
    I.see("Enter a whole number from 0 to 9999.")
