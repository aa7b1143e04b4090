"""Admin dashboard: filter, status filter, sort, pages, edit, delete, bulk actions and live summary cards."""

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def column(page: Page, index: int) -> list[str]:
    return page.locator(f"#tbl tbody tr td:nth-child({index})").all_inner_texts()


def card(page: Page, card_id: str) -> int:
    return int(page.locator(card_id).inner_text())


def test_filter_sort_and_pages_change_the_rows(page: Page, sites_url: str) -> None:
    page.goto(f"{sites_url}/admin/")
    showing = page.locator(".showing")
    expect(showing).to_have_text("Showing 1–10 of 36")
    page.get_by_role("button", name="Next").click()
    expect(showing).to_have_text("Showing 11–20 of 36")
    expect(page.get_by_role("button", name="Page 2")).to_have_attribute("aria-current", "page")

    page.get_by_label("Rows per page").select_option("50")
    unsorted = column(page, 2)
    assert len(unsorted) == 36 and unsorted != sorted(unsorted)
    page.get_by_role("button", name="Name").click()
    expect(page.get_by_role("columnheader", name="Name")).to_have_attribute("aria-sort", "ascending")
    assert column(page, 2) == sorted(unsorted)
    page.get_by_role("button", name="Name").click()
    assert column(page, 2) == sorted(unsorted, reverse=True)

    page.get_by_label("Filter users").fill("garcia")
    names = column(page, 2)
    assert names and all(name.endswith("Garcia") for name in names)
    expect(showing).to_have_text(f"Showing 1–{len(names)} of {len(names)}")
    page.get_by_label("Filter users").fill("")

    page.get_by_label("Status").select_option("Suspended")
    statuses = column(page, 5)
    assert statuses and set(statuses) == {"Suspended"}
    assert len(statuses) == card(page, "#c-suspended")
    page.get_by_label("Filter users").fill("zzz")
    expect(page.get_by_text("No results. Try a different filter.")).to_be_visible()


def test_edit_delete_and_bulk_update_the_cards(page: Page, sites_url: str) -> None:
    page.goto(f"{sites_url}/admin/")
    first_row = page.locator("#tbl tbody tr").first
    old_name = first_row.locator("td").nth(1).inner_text()
    first_row.get_by_role("button", name="Edit").click()
    dialog = page.get_by_role("dialog", name="Edit user")
    dialog.get_by_label("Name").fill("")
    dialog.get_by_role("button", name="Save changes").click()
    expect(dialog.get_by_text("Name can't be blank")).to_be_visible()
    dialog.get_by_label("Name").fill("Renamed Person")
    dialog.get_by_role("button", name="Save changes").click()
    expect(dialog).to_have_count(0)
    expect(first_row.locator("td").nth(1)).to_have_text("Renamed Person")
    expect(page.get_by_role("status")).to_have_text("Saved Renamed Person")
    expect(page.get_by_role("cell", name=old_name, exact=True)).to_have_count(0)

    first_row.get_by_role("button", name="Delete").click()
    page.get_by_role("dialog", name="Delete Renamed Person?").get_by_role("button", name="Delete").click()
    expect(page.locator("#c-total")).to_have_text("35")
    expect(page.locator(".showing")).to_have_text("Showing 1–10 of 35")

    active_before, suspended_before = card(page, "#c-active"), card(page, "#c-suspended")
    page.get_by_label("Status").select_option("Active")
    active_names = column(page, 2)[:2]
    for name in active_names:
        page.get_by_label(f"Select {name}").check()
    expect(page.locator(".sel-count")).to_have_text("2 selected")
    page.get_by_role("button", name="Suspend").click()
    expect(page.locator("#c-active")).to_have_text(str(active_before - 2))
    expect(page.locator("#c-suspended")).to_have_text(str(suspended_before + 2))
    expect(page.locator(".bulkbar")).to_be_hidden()


def test_orders_refund_moves_revenue(page: Page, sites_url: str) -> None:
    page.goto(f"{sites_url}/admin/")
    page.get_by_role("link", name="Orders").click()
    expect(page.locator(".showing")).to_have_text("Showing 1–10 of 34")
    refunded = card(page, "#o-refunded")
    revenue = page.locator("#o-revenue").inner_text()
    page.get_by_label("Status").select_option("Pending")
    row = page.locator("#tbl tbody tr").first
    number = row.locator("td").nth(1).inner_text()
    row.get_by_role("button", name="Refund").click()
    page.get_by_role("dialog", name=f"Refund order {number}?").get_by_role("button", name="Refund $").click()
    expect(page.get_by_role("status")).to_have_text(f"Order {number} refunded")
    expect(page.locator("#o-refunded")).to_have_text(str(refunded + 1))
    expect(page.locator("#o-revenue")).not_to_have_text(revenue)
