"""Tallyboard (metrics): cards follow the filters; sortable, searchable, paged orders; side panel; toast."""

import re
from datetime import datetime

import pytest
from playwright.sync_api import Page, expect

from testgen import I

pytestmark = pytest.mark.browser


@pytest.fixture
def board(page: Page, sites_url: str) -> Page:
    page.goto(f"{sites_url}/metrics/")
    expect(page.locator("#page-label")).to_have_text("Page 1 of 5")
    return page


def column(page: Page, index: int) -> list[str]:
    return page.locator(f"#rows tr td:nth-child({index})").all_inner_texts()


def dollars(text: str) -> float:
    return float(text.replace("$", "").replace(",", ""))


def all_rows(page: Page) -> list[list[str]]:
    """Every row on every page, walking the pager from page 1."""
    rows: list[list[str]] = []
    page.get_by_role("button", name="Page 1", exact=True).click()
    while True:
        rows += [r.split("\t") for r in page.locator("#rows tr").all_inner_texts()]
        if page.get_by_role("button", name="Next").is_disabled():
            return rows
        label = page.locator("#page-label").inner_text()
        page.get_by_role("button", name="Next").click()
        expect(page.locator("#page-label")).not_to_have_text(label)


def test_cards_agree_with_the_orders_table(board: Page) -> None:
    expect(board).to_have_title("Sales dashboard · Tallyboard")
    expect(board.locator("#showing")).to_have_text("Showing 1–10 of 45 orders")
    expect(board.locator("#card-orders")).to_have_text("45")
    rows = all_rows(board)
    assert len(rows) == 45
    paid = [dollars(r[5]) for r in rows if r[4].strip() == "Paid"]
    refunded = [dollars(r[5]) for r in rows if r[4].strip() == "Refunded"]
    assert dollars(board.locator("#card-revenue").inner_text()) == pytest.approx(sum(paid))
    assert dollars(board.locator("#card-refunds").inner_text()) == pytest.approx(sum(refunded))
    expect(board.locator("#card-revenue-note")).to_have_text(
        f"From {len(paid)} paid orders · Last 30 days · All regions")


def test_date_range_and_region_update_cards_and_reset_the_page(board: Page) -> None:
    board.get_by_role("button", name="Page 3").click()
    board.get_by_label("Region").select_option("North")
    expect(board.locator("#page-label")).to_have_text(re.compile(r"^Page 1 of \d$"))
    expect(board.locator("#card-refunds-note")).to_contain_text("Last 30 days · North")
    north = int(board.locator("#card-orders").inner_text())
    assert 0 < north < 45
    expect(board.locator("#showing")).to_contain_text(f"of {north} orders")
    assert set(column(board, 4)) == {"North"}
    board.get_by_label("Date range").select_option("Last 7 days")
    expect(board.locator("#card-orders-note")).to_contain_text("Last 7 days · North")
    week = [datetime.strptime(d, "%d %b %Y") for d in column(board, 2)]
    assert all(d >= datetime(2026, 3, 8) for d in week)
    board.get_by_label("Date range").select_option("All time")
    board.get_by_label("Region").select_option("")
    expect(board.locator("#card-orders")).to_have_text("60")
    expect(board.locator("#page-label")).to_have_text("Page 1 of 6")


def test_sorting_by_header_buttons(board: Page) -> None:
    date_header = board.get_by_role("columnheader", name="Date")
    expect(date_header).to_have_attribute("aria-sort", "descending")
    board.get_by_role("button", name="Total").click()
    total_header = board.get_by_role("columnheader", name="Total")
    expect(total_header).to_have_attribute("aria-sort", "ascending")
    expect(date_header).not_to_have_attribute("aria-sort", re.compile("."))
    totals = [dollars(t) for t in column(board, 6)]
    assert totals == sorted(totals)
    board.get_by_role("button", name="Total").focus()
    board.keyboard.press("Enter")
    expect(total_header).to_have_attribute("aria-sort", "descending")
    totals = [dollars(t) for t in column(board, 6)]
    assert totals == sorted(totals, reverse=True)
    board.get_by_role("button", name="Customer").click()
    names = column(board, 3)
    assert names == sorted(names)


def test_pagination_buttons_and_keyboard(board: Page) -> None:
    prev, nxt = board.get_by_role("button", name="Previous"), board.get_by_role("button", name="Next")
    expect(prev).to_be_disabled()
    expect(board.get_by_role("button", name="Page 1")).to_have_attribute("aria-current", "page")
    first_page = column(board, 1)
    nxt.click()
    expect(board.locator("#page-label")).to_have_text("Page 2 of 5")
    expect(board.locator("#showing")).to_have_text("Showing 11–20 of 45 orders")
    assert not set(column(board, 1)) & set(first_page)
    board.get_by_role("button", name="Page 4").focus()
    board.keyboard.press("Enter")
    expect(board.get_by_role("button", name="Page 4")).to_be_focused()
    expect(board.get_by_role("button", name="Page 4")).to_have_attribute("aria-current", "page")
    nxt.focus()
    board.keyboard.press("Enter")
    expect(board.locator("#showing")).to_have_text("Showing 41–45 of 45 orders")
    expect(nxt).to_be_disabled()
    expect(prev).to_be_focused()


def test_search_and_the_empty_state(board: Page) -> None:
    search = board.get_by_role("searchbox", name="Search orders")
    search.fill("hana")
    names = column(board, 3)
    assert names and set(names) == {"Hana Sato"}
    expect(board.locator("#showing")).to_have_text(f"Showing 1–{len(names)} of {len(names)} orders")
    expect(board.locator("#card-orders")).to_have_text("45")  # cards follow range and region, not search
    search.fill("#1001")
    expect(board.locator("#rows tr")).to_have_count(1)
    search.fill("zebra")
    expect(board.get_by_text("No orders match your filters.")).to_be_visible()
    expect(board.get_by_role("table")).to_be_hidden()
    expect(board.get_by_role("navigation", name="Pagination")).to_be_hidden()
    board.get_by_role("button", name="Clear filters").click()
    expect(search).to_have_value("")
    expect(search).to_be_focused()
    expect(board.locator("#showing")).to_have_text("Showing 1–10 of 45 orders")


def test_side_panel_opens_closes_and_returns_focus(board: Page) -> None:
    trigger = board.get_by_role("button", name="#1001")
    trigger.click()
    panel = board.get_by_role("dialog", name="Order #1001")
    expect(panel).to_be_visible()
    expect(panel).to_be_focused()
    expect(trigger).to_have_attribute("aria-expanded", "true")
    expect(panel).to_contain_text("Ada Okafor")
    expect(panel).to_contain_text("ada@example.com")
    expect(panel).to_contain_text("$40.00")
    board.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    expect(trigger).to_be_focused()
    expect(trigger).to_have_attribute("aria-expanded", "false")
    board.keyboard.press("Enter")
    expect(panel).to_be_visible()
    board.get_by_role("button", name="Close").click()
    expect(panel).to_be_hidden()
    expect(trigger).to_be_focused()


def test_export_toast_stays_then_goes(board: Page) -> None:
    board.get_by_role("button", name="Export CSV").click()
    toast = board.locator("#toast")
    expect(toast).to_have_text("Exported 45 orders to orders-2026-03-14.csv.")
    board.wait_for_timeout(4000)
    expect(toast).to_have_text("Exported 45 orders to orders-2026-03-14.csv.")
    expect(toast).to_be_hidden(timeout=3000)
    board.get_by_role("searchbox", name="Search orders").fill("nobody")
    board.get_by_role("button", name="Export CSV").click()
    expect(toast).to_have_text("There are no orders to export.")


def test_runtime_filters_and_pages(board: Page) -> None:
    I.select("Date range", "All time")
    I.see("Page 1 of 6")
    I.see_value("Date range", "All time")
    I.click("Next")
    I.see("Page 2 of 6")
    I.see("Showing 11–20 of 60 orders")
    I.click("Page 6")
    I.see("Showing 51–60 of 60 orders")
    I.select("Region", "West")
    I.see("All time · West")
    I.fill("Search orders", "zebra")
    I.see("No orders match your filters.")
    I.click("Clear filters")
    I.see("Showing 1–10 of 45 orders")


def test_runtime_side_panel_and_export(board: Page) -> None:
    I.fill("Search orders", "1001")
    I.click("#1001")
    I.see("Order #1001")
    I.see("ada@example.com")
    I.press("Escape")
    I.dont_see("ada@example.com")
    I.click("Export CSV")
    I.see("Exported 1 order to orders-2026-03-14.csv.")
    I.fill("Search orders", "")
    I.click("Total")
    I.see("$40.00")
    totals = [dollars(t) for t in column(board, 6)]
    assert totals == sorted(totals)
