"""Shelfmark (reading): web components in open shadow roots — add form, tabs, read switch, star radios."""

import pytest
from playwright.sync_api import Page, expect

from testgen import I

pytestmark = pytest.mark.browser


@pytest.fixture
def shelf(page: Page, sites_url: str) -> Page:
    page.goto(f"{sites_url}/reading/")
    expect(page.locator("book-list .count")).to_have_text("2 books to read")
    return page


def titles(page: Page) -> list[str]:
    return page.locator("book-item .title").all_inner_texts()


def test_components_use_open_shadow_roots(shelf: Page) -> None:
    expect(shelf).to_have_title("Reading list · Shelfmark")
    modes = shelf.evaluate("""() => {
        const list = document.querySelector('book-list');
        const item = list.shadowRoot.querySelector('book-item');
        return [list.shadowRoot.mode, item.shadowRoot.mode,
                item.shadowRoot.querySelector('rating-stars').shadowRoot.mode];
    }""")
    assert modes == ["open", "open", "open"]
    assert titles(shelf) == ["Piranesi", "The Left Hand of Darkness"]


def test_tabs_by_mouse_and_arrow_keys(shelf: Page) -> None:
    to_read = shelf.get_by_role("tab", name="To read")
    finished = shelf.get_by_role("tab", name="Finished")
    expect(to_read).to_have_attribute("aria-selected", "true")
    expect(finished).to_have_attribute("tabindex", "-1")
    finished.click()
    expect(finished).to_have_attribute("aria-selected", "true")
    expect(shelf.get_by_role("tabpanel", name="Finished")).to_be_visible()
    assert titles(shelf) == ["Braiding Sweetgrass", "Klara and the Sun"]
    shelf.keyboard.press("ArrowRight")
    expect(to_read).to_be_focused()
    expect(to_read).to_have_attribute("aria-selected", "true")
    shelf.keyboard.press("End")
    expect(finished).to_be_focused()
    shelf.keyboard.press("Home")
    expect(to_read).to_be_focused()
    shelf.keyboard.press("ArrowLeft")
    expect(finished).to_have_attribute("aria-selected", "true")


def test_read_switch_moves_the_book_and_focus(shelf: Page) -> None:
    switch = shelf.get_by_role("switch", name="Read Piranesi")
    expect(switch).to_have_attribute("aria-checked", "false")
    switch.focus()
    shelf.keyboard.press("Space")
    expect(shelf.get_by_role("status")).to_have_text("Marked Piranesi as read.")
    expect(shelf.locator("book-list .count")).to_have_text("1 book to read")
    expect(shelf.get_by_role("switch", name="Read The Left Hand of Darkness")).to_be_focused()
    shelf.keyboard.press("Enter")
    expect(shelf.locator("book-list .count")).to_have_text("No books to read")
    expect(shelf.get_by_text("Nothing on your to-read pile.")).to_be_visible()
    expect(shelf.get_by_role("tab", name="To read")).to_be_focused()
    shelf.get_by_role("tab", name="Finished").click()
    back = shelf.get_by_role("switch", name="Read Piranesi")
    expect(back).to_have_attribute("aria-checked", "true")
    back.click()
    expect(shelf.get_by_role("status")).to_have_text("Moved Piranesi back to To read.")
    expect(shelf.locator("book-list .count")).to_have_text("1 book to read")


def test_star_rating_radio_group_by_mouse_and_keys(shelf: Page) -> None:
    group = shelf.get_by_role("radiogroup", name="Rating for Piranesi")
    stars = group.get_by_role("radio")
    expect(stars).to_have_count(5)
    expect(group.get_by_role("radio", name="1 star")).to_have_attribute("tabindex", "0")
    group.get_by_role("radio", name="4 stars").click()
    expect(group.get_by_role("radio", name="4 stars")).to_have_attribute("aria-checked", "true")
    expect(group.get_by_role("radio", name="4 stars")).to_be_focused()
    expect(shelf.get_by_role("status")).to_have_text("Rated Piranesi 4 stars.")
    expect(shelf.locator("book-item").first).to_contain_text("Rated 4 of 5")
    shelf.keyboard.press("ArrowRight")
    expect(group.get_by_role("radio", name="5 stars")).to_be_focused()
    expect(group.get_by_role("radio", name="5 stars")).to_have_attribute("aria-checked", "true")
    expect(group.get_by_role("radio", name="4 stars")).to_have_attribute("aria-checked", "false")
    shelf.keyboard.press("ArrowRight")
    expect(group.get_by_role("radio", name="1 star")).to_have_attribute("aria-checked", "true")
    shelf.keyboard.press("ArrowLeft")
    shelf.keyboard.press("ArrowUp")
    expect(group.get_by_role("radio", name="4 stars")).to_have_attribute("aria-checked", "true")
    shelf.keyboard.press("Home")
    expect(shelf.get_by_role("status")).to_have_text("Rated Piranesi 1 star.")
    expect(group.get_by_role("radio", name="1 star")).to_have_attribute("tabindex", "0")
    expect(group.get_by_role("radio", name="4 stars")).to_have_attribute("tabindex", "-1")


def test_add_book_validation_and_duplicates(shelf: Page) -> None:
    shelf.get_by_role("button", name="Add book").click()
    expect(shelf.get_by_text("Enter the book's title.")).to_be_visible()
    expect(shelf.get_by_text("Enter the author's name.")).to_be_visible()
    expect(shelf.get_by_role("textbox", name="Title")).to_be_focused()
    expect(shelf.get_by_role("textbox", name="Title")).to_have_attribute("aria-invalid", "true")
    shelf.keyboard.type("piranesi")
    expect(shelf.get_by_text("Enter the book's title.")).to_be_hidden()
    shelf.get_by_role("textbox", name="Author").fill("S. Clarke")
    shelf.keyboard.press("Enter")
    expect(shelf.get_by_text("That book is already on your list.")).to_be_visible()
    shelf.get_by_role("textbox", name="Title").fill("Middlemarch")
    shelf.get_by_role("textbox", name="Author").fill("George Eliot")
    shelf.get_by_role("textbox", name="Author").press("Enter")
    expect(shelf.get_by_role("status")).to_have_text("Added Middlemarch by George Eliot.")
    expect(shelf.get_by_role("textbox", name="Title")).to_have_value("")
    expect(shelf.locator("book-list .count")).to_have_text("3 books to read")
    assert titles(shelf)[-1] == "Middlemarch"


def test_remove_moves_focus_and_empties_the_tab(shelf: Page) -> None:
    shelf.get_by_role("tab", name="Finished").click()
    shelf.get_by_role("button", name="Remove Braiding Sweetgrass").click()
    expect(shelf.get_by_role("status")).to_have_text("Removed Braiding Sweetgrass.")
    expect(shelf.get_by_role("button", name="Remove Klara and the Sun")).to_be_focused()
    shelf.keyboard.press("Enter")
    expect(shelf.get_by_text("You haven't finished any books yet.")).to_be_visible()
    expect(shelf.get_by_role("tab", name="Finished")).to_be_focused()


def test_runtime_adds_and_filters(shelf: Page) -> None:
    I.fill("Title", "Middlemarch")
    I.fill("Author", "George Eliot")
    I.click("Add book")
    I.see("Added Middlemarch by George Eliot.")
    I.see("3 books to read")
    I.click("Finished")
    I.click("4 stars", near="Klara and the Sun")
    I.see("Rated Klara and the Sun 4 stars.")
    I.dont_see("Middlemarch")
    I.click("To read")
    I.see("Middlemarch")


def test_runtime_rates_with_check_on_a_star(shelf: Page) -> None:
    I.check("3 stars", near="The Left Hand of Darkness")
    I.see("Rated The Left Hand of Darkness 3 stars.")
    I.click("5 stars", near="Piranesi")
    I.see("Rated Piranesi 5 stars.")


def test_runtime_removes_a_book(shelf: Page) -> None:
    I.click("Remove", near="Piranesi")
    I.see("Removed Piranesi.")
    I.see("1 book to read")


def test_runtime_clicks_the_read_switch(shelf: Page) -> None:
    I.click("Read Piranesi")
    I.see("Marked Piranesi as read.")
    I.click("Finished")
    I.see_value("Read Piranesi", "checked")
    I.click("Read Klara and the Sun")
    I.see("Moved Klara and the Sun back to To read.")


def test_runtime_clicks_the_switch_by_its_visible_word_near_the_book(shelf: Page) -> None:
    I.click("Finished")
    I.click("Read", near="Klara and the Sun")
    I.see("Moved Klara and the Sun back to To read.")



def test_runtime_checks_the_read_switch(shelf: Page) -> None:
    I.check("Read Piranesi")
    I.see("Marked Piranesi as read.")
    I.see("1 book to read")


def test_runtime_unchecks_the_read_switch(shelf: Page) -> None:
    I.click("Finished")
    I.uncheck("Read Klara and the Sun")
    I.see("Moved Klara and the Sun back to To read.")


def test_runtime_reads_the_star_state(shelf: Page) -> None:
    I.click("Finished")
    I.see_value("5 stars", "checked", near="Braiding Sweetgrass")
    I.see_value("3 stars", "checked", near="Klara and the Sun")
    I.see("Rated 3 of 5")
