"""inventory: tasks written by w5."""

from testgen import I


def test_search_drill():
    """Scenario: search stock by name
Given I am on the warehouse stock page
When I type "drill" into "Search stock"
Then I should see "Cordless drill 18V"
And "Showing 1–1 of 1\""""
    I.go_to("/inventory/")
    I.fill("Search stock", "drill")
    I.see("Cordless drill 18V")
    I.see("Showing 1–1 of 1")


def test_search_by_sku():
    """When I search for the SKU "PL-1025"
Then the only row is "Basin tap chrome\""""
    I.go_to("/inventory/")
    I.fill("Search stock", "PL-1025")
    I.see("Basin tap chrome")
    I.see("Showing 1–1 of 1")


def test_category_plumbing():
    """Scenario: filter by category
When I choose "Plumbing" in Category
Then I see "Showing 1–9 of 9"
And "LED bulb E27 9W" should not be shown"""
    I.go_to("/inventory/")
    I.select("Category", "Plumbing")
    I.see("Showing 1–9 of 9")
    I.dont_see("LED bulb E27 9W")


def test_in_stock_only():
    """given I'm on Binwise
when I tick "In stock only"
then it says Showing 1–10 of 52
and "Light switch single" is not listed"""
    I.go_to("/inventory/")
    I.check("In stock only")
    I.see("Showing 1–10 of 52")
    I.dont_see("Light switch single")


def test_plumbing_in_stock():
    """Scenario: category plus in stock
Given I pick the Plumbing category
When I also tick In stock only
Then I should see "Showing 1–8 of 8"
But not "Flexible hose 300 mm\""""
    I.go_to("/inventory/")
    I.select("Category", "Plumbing")
    I.check("In stock only")
    I.see("Showing 1–8 of 8")
    I.dont_see("Flexible hose 300 mm")


def test_no_results():
    """When I search for "chainsaw"
Then I see "No items match your filters." and "Showing 0 of 0\""""
    I.go_to("/inventory/")
    I.fill("Search stock", "chainsaw")
    I.see("No items match your filters.")
    I.see("Showing 0 of 0")


def test_clear_filters():
    """Scenario: Clear filters
Given I searched "tape" and picked the "Paint" category
When I click "Clear filters"
Then I see "Showing 1–10 of 57" again
And the search box is empty"""
    I.go_to("/inventory/")
    I.fill("Search stock", "tape")
    I.select("Category", "Paint")
    I.see("Showing 1–1 of 1")
    I.click("Clear filters")
    I.see("Showing 1–10 of 57")
    I.see_value("Search stock", "")


def test_next_page():
    """When I click "Next page"
Then I should see "Showing 11–20 of 57" and "Wood screws 4×40 mm\""""
    I.go_to("/inventory/")
    I.click("Next page")
    I.see("Showing 11–20 of 57")
    I.see("Wood screws 4×40 mm")


def test_last_page():
    """Scenario: last page
Given I am on the stock page
When I click "Page 6"
Then it shows "Showing 51–57 of 57"
And "Pliers combination" is on it"""
    I.go_to("/inventory/")
    I.click("Page 6")
    I.see("Showing 51–57 of 57")
    I.see("Pliers combination")


def test_previous_page():
    """given I went to page 3
when I click Previous page
then I see Showing 11–20 of 57"""
    I.go_to("/inventory/")
    I.click("Page 3")
    I.click("Previous page")
    I.see("Showing 11–20 of 57")


def test_select_one_row():
    """Scenario: selecting a row
When I check "Select Motion sensor"
Then the counter says "1 selected\""""
    I.go_to("/inventory/")
    I.check("Select Motion sensor")
    I.see("1 selected")


def test_select_all_on_page():
    """When I tick "Select all on this page"
Then I should see "10 selected\""""
    I.go_to("/inventory/")
    I.check("Select all on this page")
    I.see("10 selected")


def test_bulk_restock():
    """Scenario: restock
Given I select "Wall socket double"
When I open "Bulk actions" and click "Restock +10"
Then I see "Restocked 1 item (+10 each)."
and its quantity shows 12"""
    I.go_to("/inventory/")
    I.check("Select Wall socket double")
    I.click("Bulk actions")
    I.click("Restock +10")
    I.see("Restocked 1 item (+10 each).")
    I.see("12", near="Wall socket double")


def test_bulk_mark_out():
    """Given I search "LED" and select "LED bulb E27 9W"
When I choose Bulk actions > "Mark out of stock"
Then I should see "Marked 1 item out of stock."
And the row's status is "Out of stock\""""
    I.go_to("/inventory/")
    I.fill("Search stock", "LED")
    I.check("Select LED bulb E27 9W")
    I.click("Bulk actions")
    I.click("Mark out of stock")
    I.see("Marked 1 item out of stock.")
    I.see("Out of stock")


def test_bulk_export_two():
    """Scenario: export
When I select "Cable ties 200 mm" and "Fuse 13A (10)"
And I pick "Export as CSV" from Bulk actions
Then the note says "Exported 2 items to stock.csv.\""""
    I.go_to("/inventory/")
    I.check("Select Cable ties 200 mm")
    I.check("Select Fuse 13A (10)")
    I.click("Bulk actions")
    I.click("Export as CSV")
    I.see("Exported 2 items to stock.csv.")


def test_bulk_remove():
    """Given I select "Junction box IP65"
When I do Bulk actions then "Remove from list"
Then I should see "Removed 1 item from the list."
And "Junction box IP65" should not be in the table
and the count is now "of 56\""""
    I.go_to("/inventory/")
    I.check("Select Junction box IP65")
    I.click("Bulk actions")
    I.click("Remove from list")
    I.see("Removed 1 item from the list.")
    I.dont_see("Junction box IP65")
    I.see("Showing 1–10 of 56")


def test_edit_quantity():
    """Scenario: edit a quantity
When I click "Edit quantity of Wire stripper", type "120" And press Enter
Then I should see "Saved. Wire stripper now has 120 in stock.\""""
    I.go_to("/inventory/")
    I.click("Edit quantity of Wire stripper")
    I.fill("Quantity of Wire stripper", "120")
    I.press("Enter")
    I.see("Saved. Wire stripper now has 120 in stock.")


def test_edit_quantity_invalid():
    """When I edit the quantity of "Motion sensor" to "lots" and press Enter
Then the error "Enter a whole number from 0 to 9999." appears"""
    I.go_to("/inventory/")
    I.click("Edit quantity of Motion sensor")
    I.fill("Quantity of Motion sensor", "lots")
    I.press("Enter")
    I.see("Enter a whole number from 0 to 9999.")


def test_edit_quantity_too_big():
    """Scenario: five digits
Given I edit the quantity of Extension lead 4-way
When I enter "10000" and press Enter
Then I see "Enter a whole number from 0 to 9999."
and no "Saved." message"""
    I.go_to("/inventory/")
    I.click("Edit quantity of Extension lead 4-way")
    I.fill("Quantity of Extension lead 4-way", "10000")
    I.press("Enter")
    I.see("Enter a whole number from 0 to 9999.")
    I.dont_see("Saved. Extension lead 4-way")


def test_edit_to_zero_out_of_stock():
    """Given I search for "Motion sensor"
When I set its quantity to 0 (Edit, type 0, Enter)
Then its status becomes "Out of stock\""""
    I.go_to("/inventory/")
    I.fill("Search stock", "Motion sensor")
    I.click("Edit quantity of Motion sensor")
    I.fill("Quantity of Motion sensor", "0")
    I.press("Enter")
    I.see("Saved. Motion sensor now has 0 in stock.")
    I.see("Out of stock")


def test_edit_low_stock():
    """Scenario: low stock after edit
Given I search "Nuts M6"
When I change its quantity to "7"
Then it shows "Low stock\""""
    I.go_to("/inventory/")
    I.fill("Search stock", "Nuts M6")
    I.click("Edit quantity of Nuts M6")
    I.fill("Quantity of Nuts M6", "7")
    I.press("Enter")
    I.see("Low stock")


def test_sort_by_product():
    """When I click the "Product" column header
Then the first page starts with "Adjustable spanner 250 mm"
and "LED bulb E27 9W" is no longer on page 1"""
    I.go_to("/inventory/")
    I.click("Product")
    I.see("Adjustable spanner 250 mm")
    I.dont_see("LED bulb E27 9W")


def test_sort_quantity_descending():
    """Scenario: biggest quantities first
When I click "Quantity" twice
Then I should see "Pliers combination" with 117 at the top"""
    I.go_to("/inventory/")
    I.click("Quantity")
    I.click("Quantity")
    I.see("Pliers combination")
    I.see("117")


def test_sort_unit_price():
    """given the stock grid
when I sort by "Unit price"
then the cheap "First aid kit" at $2.76 shows on the first page"""
    I.go_to("/inventory/")
    I.click("Unit price")
    I.see("First aid kit")
    I.see("$2.76")


def test_restock_out_of_stock_item():
    """Scenario: restock an empty bin
Given I search "Filler" and select "Filler 600 g"
When I use Bulk actions "Restock +10"
Then the row shows 10
And "Out of stock" should not be shown anymore"""
    I.go_to("/inventory/")
    I.fill("Search stock", "Filler")
    I.check("Select Filler 600 g")
    I.click("Bulk actions")
    I.click("Restock +10")
    I.see("Restocked 1 item (+10 each).")
    I.dont_see("Out of stock")


def test_safety_glasses_search_category():
    """When I set Category to "Safety" and search "glasses"
Then only "Safety glasses" shows, Aisle 1, Bay 1"""
    I.go_to("/inventory/")
    I.select("Category", "Safety")
    I.fill("Search stock", "glasses")
    I.see("Safety glasses")
    I.see("Aisle 1, Bay 1")
    I.see("Showing 1–1 of 1")


def test_tools_category_count():
    """Scenario: tools only
When I pick "Tools" as Category
Then I see "Showing 1–9 of 9" and "Claw hammer 16 oz\""""
    I.go_to("/inventory/")
    I.select("Category", "Tools")
    I.see("Showing 1–9 of 9")
    I.see("Claw hammer 16 oz")


def test_deselect_row():
    """Given I ticked "Select Motion sensor"
When I untick it again
Then the counter goes back to "0 selected"
And "1 selected" should not be shown"""
    I.go_to("/inventory/")
    I.check("Select Motion sensor")
    I.see("1 selected")
    I.uncheck("Select Motion sensor")
    I.see("0 selected")
    I.dont_see("1 selected")


def test_escape_cancels_quantity_edit():
    """Scenario: Escape on quantity edit
When I click "Edit quantity of Cable ties 200 mm", type "5" and press Escape
Then the quantity still shows 85
and no "Saved." message appears"""
    I.go_to("/inventory/")
    I.click("Edit quantity of Cable ties 200 mm")
    I.fill("Quantity of Cable ties 200 mm", "5")
    I.press("Escape")
    I.see("85")
    I.dont_see("Saved. Cable ties 200 mm now has 5 in stock.")


def test_page_two_in_stock_only():
    """Scenario: paging with a filter
Given In stock only is ticked
When I go to "Page 6"
Then I see "Showing 51–52 of 52\""""
    I.go_to("/inventory/")
    I.check("In stock only")
    I.click("Page 6")
    I.see("Showing 51–52 of 52")


def test_select_all_then_export():
    """When I tick "Select all on this page" and choose Bulk actions > Export as CSV
then it says "Exported 10 items to stock.csv.\""""
    I.go_to("/inventory/")
    I.check("Select all on this page")
    I.click("Bulk actions")
    I.click("Export as CSV")
    I.see("Exported 10 items to stock.csv.")
