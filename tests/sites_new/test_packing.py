"""Tripkit (packing): categories with counts, tick to pack, double-click editing, Move up / Move down."""

import pytest
from playwright.sync_api import Page, expect

from testgen import I

pytestmark = pytest.mark.browser


@pytest.fixture
def trip(page: Page, sites_url: str) -> Page:
    page.goto(f"{sites_url}/packing/")
    expect(page.locator("#progress-text")).to_have_text("4 of 9 packed")
    return page


def section(page: Page, category: str):
    return page.get_by_role("region", name=category)


def names(page: Page, category: str) -> list[str]:
    return section(page, category).locator(".thing__name").all_inner_texts()


def row(page: Page, name: str):
    return page.get_by_role("listitem").filter(has=page.get_by_role("checkbox", name=name, exact=True))


def test_sections_counts_and_progress(trip: Page) -> None:
    expect(trip).to_have_title("Packing list · Tripkit")
    expect(trip.get_by_role("heading", level=2)).to_have_text(["Clothes", "Toiletries", "Documents", "Help"])
    expect(section(trip, "Clothes")).to_contain_text("2 of 4 packed")
    expect(section(trip, "Toiletries")).to_contain_text("1 of 3 packed")
    expect(section(trip, "Documents")).to_contain_text("1 of 2 packed")
    expect(trip.get_by_role("progressbar", name="Packing progress")).to_have_attribute("value", "4")
    assert names(trip, "Clothes") == ["T-shirts", "Rain jacket", "Walking boots", "Socks"]


def test_packing_everything_by_mouse_and_space(trip: Page) -> None:
    trip.get_by_role("checkbox", name="Rain jacket").click()
    expect(section(trip, "Clothes")).to_contain_text("3 of 4 packed")
    expect(trip.locator("#progress-text")).to_have_text("5 of 9 packed")
    expect(trip.get_by_role("status")).to_have_text("Packed Rain jacket.")
    socks = trip.get_by_role("checkbox", name="Socks")
    socks.focus()
    trip.keyboard.press("Space")
    expect(socks).to_be_checked()
    for name in ("Sun cream", "Shampoo", "Boarding pass"):
        trip.get_by_role("checkbox", name=name).check()
    expect(trip.locator("#progress-text")).to_have_text("All 9 packed. Have a good trip!")
    trip.get_by_role("checkbox", name="Passport").uncheck()
    expect(trip.get_by_role("status")).to_have_text("Unpacked Passport.")
    expect(trip.locator("#progress-text")).to_have_text("8 of 9 packed")


def test_double_click_edit_enter_saves(trip: Page) -> None:
    trip.get_by_text("Sun cream", exact=True).dblclick()
    field = trip.get_by_role("textbox", name="Rename Sun cream")
    expect(field).to_be_focused()
    expect(field).to_have_value("Sun cream")
    trip.keyboard.type("Sun cream SPF 50")
    trip.keyboard.press("Enter")
    expect(field).to_be_hidden()
    expect(trip.get_by_role("checkbox", name="Sun cream SPF 50")).not_to_be_checked()
    expect(trip.get_by_role("status")).to_have_text("Renamed Sun cream to Sun cream SPF 50.")
    expect(row(trip, "Sun cream SPF 50").get_by_role("button", name="Edit")).to_be_focused()
    expect(trip.get_by_role("checkbox", name="Sun cream", exact=True)).to_have_count(0)


def test_escape_cancels_and_blur_saves(trip: Page) -> None:
    row(trip, "Passport").get_by_role("button", name="Edit").click()
    field = trip.get_by_role("textbox", name="Rename Passport")
    field.fill("ID card")
    trip.keyboard.press("Escape")
    expect(trip.get_by_role("checkbox", name="Passport")).to_be_checked()
    expect(row(trip, "Passport").get_by_role("button", name="Edit")).to_be_focused()
    trip.keyboard.press("Enter")
    trip.keyboard.type("Passport and visa")
    trip.get_by_role("heading", level=1).click()
    expect(trip.get_by_role("checkbox", name="Passport and visa")).to_be_checked()


def test_saving_an_empty_name_removes_the_item(trip: Page) -> None:
    trip.get_by_text("Rain jacket", exact=True).dblclick()
    trip.get_by_role("textbox", name="Rename Rain jacket").fill("   ")
    trip.keyboard.press("Enter")
    expect(trip.get_by_role("checkbox", name="Rain jacket")).to_have_count(0)
    expect(trip.get_by_role("status")).to_have_text("Removed Rain jacket from the list.")
    expect(section(trip, "Clothes")).to_contain_text("2 of 3 packed")
    expect(trip.locator("#progress-text")).to_have_text("4 of 8 packed")
    expect(trip.get_by_role("checkbox", name="Walking boots")).to_be_focused()


def test_move_up_and_down_keep_focus_and_disable_at_the_ends(trip: Page) -> None:
    rain = row(trip, "Rain jacket")
    rain.get_by_role("button", name="Move up").click()
    assert names(trip, "Clothes") == ["Rain jacket", "T-shirts", "Walking boots", "Socks"]
    expect(rain.get_by_role("button", name="Move up")).to_be_disabled()
    expect(rain.get_by_role("button", name="Move down")).to_be_focused()
    expect(trip.get_by_role("status")).to_have_text("Moved Rain jacket up.")
    for _ in range(3):
        trip.keyboard.press("Enter")
    assert names(trip, "Clothes") == ["T-shirts", "Walking boots", "Socks", "Rain jacket"]
    expect(rain.get_by_role("button", name="Move down")).to_be_disabled()
    expect(rain.get_by_role("button", name="Move up")).to_be_focused()
    expect(rain.get_by_role("button", name="Move up")).to_have_accessible_description("Rain jacket")


def test_add_items_and_their_errors(trip: Page) -> None:
    trip.get_by_label("Item name").fill("Phone charger")
    trip.get_by_label("Category").select_option("Documents")
    trip.get_by_role("button", name="Add to list").click()
    expect(trip.get_by_role("status")).to_have_text("Added Phone charger to Documents.")
    assert names(trip, "Documents") == ["Passport", "Boarding pass", "Phone charger"]
    expect(section(trip, "Documents")).to_contain_text("1 of 3 packed")
    expect(row(trip, "Boarding pass").get_by_role("button", name="Move down")).to_be_enabled()
    trip.get_by_label("Item name").press("Enter")
    expect(trip.locator("#item-error")).to_have_text("Give the item a name.")
    trip.get_by_label("Item name").fill("passport")
    trip.get_by_label("Item name").press("Enter")
    expect(trip.locator("#item-error")).to_have_text("passport is already under Documents.")
    expect(trip.get_by_label("Item name")).to_have_attribute("aria-invalid", "true")


def test_runtime_packs_edits_and_moves(trip: Page) -> None:
    I.check("Shampoo")
    I.see("5 of 9 packed")
    I.see("2 of 3 packed")
    I.double_click("Toothbrush")
    I.fill("Rename Toothbrush", "Electric toothbrush")
    I.press("Enter")
    I.see("Renamed Toothbrush to Electric toothbrush.")
    I.click("Move down", near="Sun cream")
    I.see("Moved Sun cream down.")
    I.click("Move up", near="Boarding pass")
    I.see("Moved Boarding pass up.")


def test_runtime_adds_to_a_category(trip: Page) -> None:
    I.fill("Item name", "Swimsuit")
    I.select("Category", "Clothes")
    I.click("Add to list")
    I.see("Added Swimsuit to Clothes.")
    I.see("2 of 5 packed")
    I.see("4 of 10 packed")
    I.click("Edit", near="Swimsuit")
    I.fill("Rename Swimsuit", "")
    I.press("Enter")
    I.see("Removed Swimsuit from the list.")


def test_runtime_within_a_category_section(trip: Page) -> None:
    with I.within("Documents"):
        I.see("1 of 2 packed")
        I.click("Move down")
        I.check("Boarding pass")
    I.see("Packed Boarding pass.")
    assert names(trip, "Documents") == ["Boarding pass", "Passport"]
    expect(section(trip, "Documents")).to_contain_text("2 of 2 packed")
