"""Binwise stock grid: sorting, paging, filters, row selection, quantity editing, bulk actions, grid keys."""

import pytest
from playwright.sync_api import Page, expect

from testgen import I

pytestmark = pytest.mark.browser


@pytest.fixture
def stock(page: Page, sites_url: str) -> Page:
    page.goto(f"{sites_url}/inventory/")
    return page


def column(page: Page, index: int) -> list[str]:
    return page.locator(f"#rows tr td:nth-child({index})").all_inner_texts()


def header(page: Page, name: str):
    return page.get_by_role("columnheader", name=name, exact=True)


def test_sortable_columns_set_aria_sort(stock: Page) -> None:
    expect(header(stock, "SKU")).to_have_attribute("aria-sort", "ascending")
    stock.get_by_role("button", name="Product", exact=True).click()
    expect(header(stock, "Product")).to_have_attribute("aria-sort", "ascending")
    expect(header(stock, "SKU")).not_to_have_attribute("aria-sort", "ascending")
    names = column(stock, 3)
    assert names == sorted(names, key=str.lower) and names[0] == "Adjustable spanner 250 mm"
    stock.get_by_role("button", name="Product", exact=True).click()
    expect(header(stock, "Product")).to_have_attribute("aria-sort", "descending")
    assert column(stock, 3)[0] == "Work gloves L"
    stock.get_by_role("button", name="Quantity", exact=True).click()
    quantities = [int(q.replace("Edit", "").strip()) for q in column(stock, 6)]
    assert quantities == sorted(quantities) and quantities[0] == 0


def test_paging_ten_per_page(stock: Page) -> None:
    showing = stock.get_by_text("Showing 1–10 of 57")
    expect(showing).to_be_visible()
    expect(stock.get_by_role("button", name="Previous page")).to_be_disabled()
    stock.get_by_role("button", name="Next page").click()
    expect(stock.get_by_text("Showing 11–20 of 57")).to_be_visible()
    expect(stock.get_by_role("button", name="Page 2")).to_have_attribute("aria-current", "page")
    stock.get_by_role("button", name="Page 6").click()
    expect(stock.get_by_text("Showing 51–57 of 57")).to_be_visible()
    expect(stock.locator("#rows tr")).to_have_count(7)
    expect(stock.get_by_role("button", name="Next page")).to_be_disabled()
    expect(stock.locator("#rows tr").first).to_have_attribute("aria-rowindex", "52")


def test_filters_narrow_and_clear(stock: Page) -> None:
    stock.get_by_label("Search stock").fill("screw")
    assert column(stock, 3) == ["Wood screws 4×40 mm", "Drywall screws 3.5×35", "Coach screws 8×100",
                                "Screwdriver set 6 pc"]
    expect(stock.get_by_text("Showing 1–4 of 4")).to_be_visible()
    stock.get_by_label("Search stock").fill("")
    stock.get_by_label("Category").select_option("Safety")
    expect(stock.get_by_text("Showing 1–9 of 9")).to_be_visible()
    stock.get_by_label("In stock only").check()
    assert "Out of stock" not in column(stock, 8)
    expect(stock.get_by_text("Showing 1–8 of 8")).to_be_visible()
    stock.get_by_label("Search stock").fill("zebra")
    expect(stock.get_by_text("No items match your filters.")).to_be_visible()
    expect(stock.get_by_text("Showing 0 of 0")).to_be_visible()
    stock.get_by_role("button", name="Clear filters").click()
    expect(stock.get_by_text("Showing 1–10 of 57")).to_be_visible()
    expect(stock.get_by_label("In stock only")).not_to_be_checked()


def test_row_selection_and_page_checkbox(stock: Page) -> None:
    stock.get_by_role("checkbox", name="Select Cable ties 200 mm").check()
    stock.get_by_role("checkbox", name="Select Wire stripper").check()
    expect(stock.get_by_text("2 selected")).to_be_visible()
    expect(stock.locator("#rows tr").nth(2)).to_have_attribute("aria-selected", "true")
    page_all = stock.get_by_role("checkbox", name="Select all on this page")
    assert page_all.evaluate("n => n.indeterminate")
    page_all.check()
    expect(stock.get_by_text("10 selected")).to_be_visible()
    stock.get_by_role("button", name="Next page").click()
    expect(page_all).not_to_be_checked()
    stock.get_by_role("checkbox", name="Select Wood screws 4×40 mm").check()
    expect(stock.get_by_text("11 selected")).to_be_visible()
    stock.get_by_role("button", name="Previous page").click()
    page_all.uncheck()
    expect(stock.get_by_text("1 selected")).to_be_visible()


def test_bulk_actions_menu_button(stock: Page) -> None:
    bulk = stock.get_by_role("button", name="Bulk actions")
    expect(bulk).to_be_disabled()
    stock.get_by_role("checkbox", name="Select LED bulb E27 9W").check()
    stock.get_by_role("checkbox", name="Select Motion sensor").check()
    bulk.focus()
    stock.keyboard.press("ArrowDown")
    expect(bulk).to_have_attribute("aria-expanded", "true")
    expect(stock.get_by_role("menuitem", name="Restock +10")).to_be_focused()
    stock.keyboard.press("Escape")
    expect(bulk).to_have_attribute("aria-expanded", "false")
    expect(bulk).to_be_focused()
    stock.keyboard.press("Enter")
    stock.keyboard.press("ArrowDown")
    expect(stock.get_by_role("menuitem", name="Mark out of stock")).to_be_focused()
    stock.keyboard.press("Enter")
    expect(stock.get_by_text("Marked 2 items out of stock.")).to_be_visible()
    row = stock.get_by_role("row").filter(has_text="Motion sensor")
    expect(row).to_contain_text("Out of stock")
    bulk.click()
    stock.get_by_role("menuitem", name="Restock +10").click()
    expect(row.locator("td").nth(5)).to_contain_text("10")
    expect(row).to_contain_text("In stock")
    bulk.click()
    stock.get_by_role("menuitem", name="Remove from list").click()
    expect(stock.get_by_text("Removed 2 items from the list.")).to_be_visible()
    expect(stock.get_by_text("Showing 1–10 of 55")).to_be_visible()
    expect(bulk).to_be_disabled()


def test_editing_a_quantity(stock: Page) -> None:
    row = stock.get_by_role("row").filter(has_text="Wire stripper")
    row.get_by_role("button", name="Edit quantity of Wire stripper").click()
    field = stock.get_by_label("Quantity of Wire stripper", exact=True)
    expect(field).to_be_focused()
    field.fill("lots")
    stock.keyboard.press("Enter")
    expect(stock.get_by_text("Enter a whole number from 0 to 9999.")).to_be_visible()
    expect(field).to_have_attribute("aria-invalid", "true")
    stock.keyboard.press("Escape")
    expect(field).to_be_hidden()
    expect(row.get_by_role("button", name="Edit quantity of Wire stripper")).to_be_focused()
    stock.keyboard.press("Enter")
    field.fill("0")
    stock.keyboard.press("Enter")
    expect(stock.get_by_text("Saved. Wire stripper now has 0 in stock.")).to_be_visible()
    expect(row).to_contain_text("Out of stock")
    expect(row.get_by_role("button", name="Edit quantity of Wire stripper")).to_be_focused()


def test_grid_keyboard_navigation(stock: Page) -> None:
    stock.get_by_role("button", name="Clear filters").focus()
    stock.keyboard.press("Tab")  # Bulk actions is disabled: next stop is the grid's one tab stop
    page_all = stock.get_by_role("checkbox", name="Select all on this page")
    expect(page_all).to_be_focused()
    stock.keyboard.press("ArrowRight")
    expect(stock.get_by_role("button", name="SKU")).to_be_focused()
    stock.keyboard.press("ArrowDown")
    first_sku = stock.get_by_role("gridcell", name="EL-1001")
    expect(first_sku).to_be_focused()
    stock.keyboard.press("End")
    expect(stock.locator("#rows tr").first.locator("td").last).to_be_focused()
    stock.keyboard.press("Home")
    expect(stock.get_by_role("checkbox", name="Select LED bulb E27 9W")).to_be_focused()
    stock.keyboard.press("Space")
    expect(stock.get_by_text("1 selected")).to_be_visible()
    stock.keyboard.press("PageDown")
    expect(stock.get_by_role("checkbox", name="Select Junction box IP65")).to_be_focused()
    stock.keyboard.press("Control+End")
    expect(stock.locator("#rows tr").last.locator("td").last).to_be_focused()
    stock.keyboard.press("ArrowLeft")
    stock.keyboard.press("ArrowLeft")
    expect(stock.get_by_role("button", name="Edit quantity of Motion sensor")).to_be_focused()
    stock.keyboard.press("F2")
    editor = stock.get_by_label("Quantity of Motion sensor", exact=True)
    expect(editor).to_be_focused()
    stock.keyboard.press("ArrowLeft")  # the editor keeps its arrow keys
    expect(editor).to_be_focused()
    stock.keyboard.press("Escape")
    stock.keyboard.press("Control+Home")
    expect(page_all).to_be_focused()
    stock.keyboard.press("ArrowRight")
    stock.keyboard.press("ArrowRight")
    stock.keyboard.press("Enter")
    expect(header(stock, "Product")).to_have_attribute("aria-sort", "ascending")


# ---- the same widgets driven by testgen's runtime ---------------------------------------------------------

def test_i_filters_sorts_and_pages(stock: Page) -> None:
    I.select("Category", "Tools")
    I.see("Showing 1–9 of 9")
    I.click("Unit price")
    I.check("In stock only")
    I.fill("Search stock", "drill")
    I.see("Cordless drill 18V")
    I.see("Showing 1–1 of 1")
    I.click("Clear filters")
    I.click("Next page")
    I.see("Showing 11–20 of 57")
    I.click("Page 6")
    I.see("Showing 51–57 of 57")


def test_i_selects_rows_and_runs_a_bulk_action(stock: Page) -> None:
    I.check("Select Cable ties 200 mm")
    I.check("Select Fuse 13A (10)")
    I.see("2 selected")
    I.click("Bulk actions")
    I.click("Export as CSV")
    I.see("Exported 2 items to stock.csv.")


def test_i_edits_a_quantity(stock: Page) -> None:
    I.click("Edit quantity of Wall socket double")
    I.fill("Quantity of Wall socket double", "75")
    I.press("Enter")
    I.see("Saved. Wall socket double now has 75 in stock.")


def test_i_clicks_the_visible_edit_text_near_a_product(stock: Page) -> None:
    I.click("Edit", near="Wall socket double")
    I.fill("Quantity of Wall socket double", "12")
    I.press("Enter")
    I.see("Saved. Wall socket double now has 12 in stock.")
