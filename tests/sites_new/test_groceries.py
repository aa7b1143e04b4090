"""Basketful (groceries): add with Enter, validation, tick, quantity, remove, clear; by mouse, keys, `I`."""

import pytest
from playwright.sync_api import Page, expect

from testgen import I

pytestmark = pytest.mark.browser


@pytest.fixture
def shop(page: Page, sites_url: str) -> Page:
    page.goto(f"{sites_url}/groceries/")
    expect(page.locator("#count")).to_have_text("4 items to buy")
    return page


def row(page: Page, name: str):
    return page.get_by_role("listitem").filter(has=page.get_by_role("checkbox", name=name, exact=True))


def test_title_and_seeded_list(shop: Page) -> None:
    expect(shop).to_have_title("Shopping list · Basketful")
    expect(shop.get_by_role("link", name="All examples")).to_have_attribute("href", "/")
    names = shop.get_by_role("list", name="Shopping list").get_by_role("checkbox")
    expect(names).to_have_count(5)
    expect(shop.get_by_role("checkbox", name="Coffee beans")).to_be_checked()
    expect(shop.get_by_role("button", name="Clear bought")).to_be_enabled()


def test_enter_adds_an_item_and_clears_the_box(shop: Page) -> None:
    box = shop.get_by_role("textbox", name="Add an item")
    expect(box).to_be_focused()
    shop.keyboard.type("Greek yoghurt")
    shop.keyboard.press("Enter")
    expect(shop.get_by_role("checkbox", name="Greek yoghurt")).not_to_be_checked()
    expect(box).to_have_value("")
    expect(shop.locator("#count")).to_have_text("5 items to buy")
    expect(shop.get_by_role("status")).to_have_text("Added Greek yoghurt.")
    expect(row(shop, "Greek yoghurt")).to_contain_text("Qty 1")


def test_empty_and_duplicate_items_show_an_inline_error(shop: Page) -> None:
    box = shop.get_by_role("textbox", name="Add an item")
    box.press("Enter")
    expect(shop.get_by_role("alert")).to_have_text("Type the name of an item first.")
    expect(box).to_have_attribute("aria-invalid", "true")
    box.fill("  bananas ")
    expect(shop.get_by_role("alert")).to_have_text("")
    expect(box).not_to_have_attribute("aria-invalid", "true")
    box.press("Enter")
    expect(shop.get_by_role("alert")).to_have_text("That item is already on the list.")
    expect(box).to_have_accessible_description(
        "Press Enter to add it to the list. That item is already on the list.")
    expect(shop.get_by_role("checkbox", name="Bananas")).to_have_count(1)
    expect(shop.locator("#count")).to_have_text("4 items to buy")


def test_ticking_by_mouse_and_space_updates_the_counter(shop: Page) -> None:
    shop.get_by_role("checkbox", name="Oat milk").click()
    expect(shop.locator("#count")).to_have_text("3 items to buy")
    expect(shop.get_by_role("status")).to_have_text("Bought Oat milk.")
    bananas = shop.get_by_role("checkbox", name="Bananas")
    bananas.focus()
    shop.keyboard.press("Space")
    expect(bananas).to_be_checked()
    expect(bananas).to_be_focused()
    shop.keyboard.press("Space")
    expect(bananas).not_to_be_checked()
    expect(shop.get_by_role("status")).to_have_text("Back on the list: Bananas.")
    for name in ("Bananas", "Sourdough bread"):
        shop.get_by_role("checkbox", name=name).check()
    expect(shop.locator("#count")).to_have_text("1 item to buy")
    shop.get_by_role("checkbox", name="Cheddar").check()
    expect(shop.locator("#count")).to_have_text("Nothing to buy")


def test_quantity_buttons_step_and_stop_at_the_limits(shop: Page) -> None:
    more = shop.get_by_role("button", name="More Oat milk")
    fewer = shop.get_by_role("button", name="Fewer Oat milk")
    more.click()
    expect(row(shop, "Oat milk")).to_contain_text("Qty 3")
    expect(shop.get_by_role("status")).to_have_text("Oat milk: 3 needed.")
    fewer.click()
    fewer.click()
    expect(row(shop, "Oat milk")).to_contain_text("Qty 1")
    expect(fewer).to_be_disabled()
    expect(shop.get_by_role("button", name="More Oat milk")).to_be_focused()
    more.focus()
    for _ in range(19):
        shop.keyboard.press("Enter")
    expect(row(shop, "Oat milk")).to_contain_text("Qty 20")
    expect(more).to_be_disabled()
    expect(fewer).to_be_focused()


def test_remove_moves_focus_to_the_next_row(shop: Page) -> None:
    shop.get_by_role("button", name="Remove Bananas").click()
    expect(shop.get_by_role("checkbox", name="Bananas")).to_have_count(0)
    expect(shop.get_by_role("status")).to_have_text("Removed Bananas.")
    expect(shop.get_by_role("button", name="Remove Sourdough bread")).to_be_focused()
    shop.keyboard.press("Enter")
    expect(shop.get_by_role("button", name="Remove Coffee beans")).to_be_focused()
    expect(shop.locator("#count")).to_have_text("2 items to buy")


def test_clear_bought_and_the_empty_list(shop: Page) -> None:
    shop.get_by_role("button", name="Clear bought").click()
    expect(shop.get_by_role("checkbox", name="Coffee beans")).to_have_count(0)
    expect(shop.get_by_role("status")).to_have_text("Cleared 1 bought item.")
    expect(shop.get_by_role("button", name="Clear bought")).to_be_disabled()
    for name in ("Oat milk", "Bananas", "Sourdough bread", "Cheddar"):
        shop.get_by_role("button", name=f"Remove {name}").click()
    expect(shop.get_by_text("Your list is empty. Add the first item above.")).to_be_visible()
    expect(shop.locator("#count")).to_have_text("Nothing to buy")
    expect(shop.get_by_role("textbox", name="Add an item")).to_be_focused()


def test_tab_order_through_a_row(shop: Page) -> None:
    shop.get_by_role("button", name="Add").focus()
    shop.keyboard.press("Tab")
    expect(shop.get_by_role("checkbox", name="Oat milk")).to_be_focused()
    shop.keyboard.press("Tab")
    expect(shop.get_by_role("button", name="Fewer Oat milk")).to_be_focused()
    shop.keyboard.press("Tab")
    shop.keyboard.press("Tab")
    expect(shop.get_by_role("button", name="Remove Oat milk")).to_be_focused()


def test_runtime_adds_ticks_and_clears(shop: Page) -> None:
    I.fill("Add an item", "Lemons")
    I.press("Enter")
    I.see("Added Lemons.")
    I.see("5 items to buy")
    I.check("Lemons")
    I.see("4 items to buy")
    I.see_value("Lemons", "checked")
    I.uncheck("Coffee beans")
    I.see("5 items to buy")
    I.check("Coffee beans")
    I.click("Clear bought")
    I.see("Cleared 2 bought items.")
    I.dont_see("Lemons")


def test_runtime_shows_the_duplicate_error(shop: Page) -> None:
    I.fill("Add an item", "Cheddar")
    I.click("Add")
    I.see("That item is already on the list.")
    I.fill("Add an item", "")
    I.dont_see("That item is already on the list.")


def test_runtime_quantity_and_remove_buttons(shop: Page) -> None:
    I.click("More Bananas")
    I.see("Qty 7")
    I.click("Fewer Bananas")
    I.see("Bananas: 6 needed.")
    I.see("Remove Cheddar")
    I.click("Remove Cheddar")
    I.see("Removed Cheddar.")
    I.dont_see("Remove Cheddar")
    I.see("3 items to buy")


def test_runtime_remove_named_by_its_visible_word_near_the_row(shop: Page) -> None:
    I.click("Remove", near="Sourdough bread")
    I.see("Removed Sourdough bread.")
    I.see("Oat milk")


def test_runtime_quantity_buttons_by_their_glyphs(shop: Page) -> None:
    I.click("+", near="Oat milk")
    I.see("Oat milk: 3 needed.")
    I.click("−", near="Bananas")
    I.see("Bananas: 5 needed.")
    expect(row(shop, "Bananas")).to_contain_text("Qty 5")
