"""Homerota (chores): hash-routed filters, assignee select, mark-all toggle, clear done, empty states."""

import re

import pytest
from playwright.sync_api import Page, expect

from testgen import I

pytestmark = pytest.mark.browser


@pytest.fixture
def rota(page: Page, sites_url: str) -> Page:
    page.goto(f"{sites_url}/chores/")
    expect(page.locator("#left")).to_have_text("3 chores left")
    return page


def chores_list(page: Page):
    return page.locator("#chores").get_by_role("checkbox")


def test_title_default_route_and_seeded_chores(rota: Page) -> None:
    expect(rota).to_have_title("Household chores · Homerota")
    expect(rota).to_have_url(re.compile(r"/chores/#/all$"))
    expect(rota.get_by_role("heading", level=2, name="All chores")).to_be_visible()
    expect(chores_list(rota)).to_have_count(4)
    expect(rota.get_by_role("link", name="All", exact=True)).to_have_attribute("aria-current", "page")
    expect(rota.get_by_role("checkbox", name="Water the plants")).to_be_checked()
    expect(rota.get_by_text("Assigned to Sam")).to_be_visible()
    expect(rota.get_by_role("button", name="Mark all done")).to_have_attribute("aria-pressed", "false")


def test_filter_links_route_by_hash_and_back_button(rota: Page, sites_url: str) -> None:
    filters = rota.get_by_role("navigation", name="Filter chores")
    filters.get_by_role("link", name="Open").click()
    expect(rota).to_have_url(re.compile(r"#/open$"))
    expect(rota.get_by_role("heading", name="Open chores")).to_be_visible()
    expect(chores_list(rota)).to_have_count(3)
    expect(filters.get_by_role("link", name="Open")).to_have_attribute("aria-current", "page")
    expect(filters.get_by_role("link", name="All")).not_to_have_attribute("aria-current", "page")
    filters.get_by_role("link", name="Done").focus()
    rota.keyboard.press("Enter")
    expect(rota.get_by_role("heading", name="Done chores")).to_be_visible()
    expect(chores_list(rota)).to_have_count(1)
    rota.go_back()
    expect(rota.get_by_role("heading", name="Open chores")).to_be_visible()
    rota.goto(f"{sites_url}/chores/#/done")
    expect(rota.get_by_role("checkbox", name="Water the plants")).to_be_visible()
    rota.goto(f"{sites_url}/chores/#/nowhere")
    expect(rota.get_by_role("heading", name="All chores")).to_be_visible()


def test_add_a_chore_with_an_assignee(rota: Page) -> None:
    rota.get_by_label("Chore", exact=True).fill("Wipe the hob")
    rota.get_by_label("Assign to").select_option("Priya")
    rota.get_by_role("button", name="Add chore").click()
    expect(rota.get_by_role("status")).to_have_text("Added Wipe the hob for Priya.")
    row = rota.get_by_role("listitem").filter(has_text="Wipe the hob")
    expect(row).to_contain_text("Assigned to Priya")
    expect(rota.locator("#left")).to_have_text("4 chores left")
    expect(rota.get_by_label("Chore", exact=True)).to_be_focused()
    expect(rota.get_by_label("Chore", exact=True)).to_have_value("")
    rota.keyboard.type("Defrost the freezer")
    rota.keyboard.press("Enter")
    expect(rota.get_by_role("status")).to_have_text("Added Defrost the freezer for Priya.")


def test_empty_chore_shows_an_error_until_typing(rota: Page) -> None:
    box = rota.get_by_label("Chore", exact=True)
    rota.get_by_role("button", name="Add chore").click()
    expect(rota.locator("#chore-error")).to_have_text("Describe the chore first.")
    expect(box).to_have_attribute("aria-invalid", "true")
    expect(box).to_be_focused()
    expect(box).to_have_accessible_description("Describe the chore first.")
    rota.keyboard.type("M")
    expect(rota.locator("#chore-error")).to_have_text("")
    expect(chores_list(rota)).to_have_count(4)


def test_ticking_in_the_open_view_hides_the_row_and_moves_focus(rota: Page) -> None:
    rota.get_by_role("link", name="Open").click()
    recycling = rota.get_by_role("checkbox", name="Take out the recycling")
    recycling.focus()
    rota.keyboard.press("Space")
    expect(recycling).to_have_count(0)
    expect(rota.get_by_role("checkbox", name="Vacuum the stairs")).to_be_focused()
    expect(rota.locator("#left")).to_have_text("2 chores left")
    expect(rota.get_by_role("status")).to_have_text("Done: Take out the recycling.")
    rota.get_by_role("checkbox", name="Vacuum the stairs").click()
    expect(rota.locator("#left")).to_have_text("1 chore left")


def test_mark_all_done_toggles_and_empty_states(rota: Page) -> None:
    toggle = rota.get_by_role("button", name="Mark all done")
    toggle.click()
    expect(toggle).to_have_attribute("aria-pressed", "true")
    expect(toggle).to_be_focused()
    expect(rota.locator("#left")).to_have_text("No chores left")
    expect(rota.get_by_role("status")).to_have_text("Marked 4 chores done.")
    rota.get_by_role("link", name="Open").click()
    expect(rota.get_by_text("Nothing left to do. Nice work!")).to_be_visible()
    toggle.focus()
    rota.keyboard.press("Space")
    expect(toggle).to_have_attribute("aria-pressed", "false")
    expect(rota.get_by_role("status")).to_have_text("Reopened 4 chores.")
    rota.get_by_role("link", name="Done").click()
    expect(rota.get_by_text("Nothing done yet.")).to_be_visible()
    expect(rota.get_by_role("button", name="Clear done")).to_be_disabled()


def test_clear_done_and_delete_until_empty(rota: Page) -> None:
    rota.get_by_role("button", name="Clear done").click()
    expect(rota.get_by_role("status")).to_have_text("Cleared 1 done chore.")
    expect(rota.get_by_role("checkbox", name="Water the plants")).to_have_count(0)
    rota.get_by_role("button", name="Delete Take out the recycling").click()
    expect(rota.get_by_role("button", name="Delete Vacuum the stairs")).to_be_focused()
    rota.keyboard.press("Enter")
    expect(rota.get_by_role("button", name="Delete Descale the kettle")).to_be_focused()
    rota.keyboard.press("Enter")
    expect(rota.get_by_text("No chores on the rota. Add one above.")).to_be_visible()
    expect(rota.get_by_role("button", name="Mark all done")).to_be_disabled()
    expect(rota.get_by_label("Chore", exact=True)).to_be_focused()


def test_runtime_adds_filters_and_clears(rota: Page) -> None:
    I.fill("Chore", "Clean the windows")
    I.select("Assign to", "Alex")
    I.click("Add chore")
    I.see("Added Clean the windows for Alex.")
    I.see("4 chores left")
    I.check("Clean the windows")
    I.see("3 chores left")
    I.click("Done")
    I.see_url("#/done")
    I.see("Done chores")
    I.see("Clean the windows")
    I.dont_see("Vacuum the stairs")
    I.click("Clear done")
    I.see("Cleared 2 done chores.")
    I.see("Nothing done yet.")


def test_runtime_mark_all_and_open_filter(rota: Page) -> None:
    I.click("Mark all done")
    I.see("No chores left")
    I.click("Open")
    I.see("Nothing left to do. Nice work!")
    I.click("Mark all done")
    I.see("Reopened 4 chores.")
    I.see("Descale the kettle")
    I.see_value("Assign to", "Anyone")


def test_runtime_delete_by_visible_word_near_the_chore(rota: Page) -> None:
    I.click("Delete", near="Vacuum the stairs")
    I.see("Deleted Vacuum the stairs.")
    I.see("2 chores left")


def test_runtime_checks_a_chore_in_the_open_view(rota: Page) -> None:
    I.click("Open")
    I.check("Vacuum the stairs")
    I.see("Done: Vacuum the stairs.")


def test_runtime_clicks_a_chore_checkbox_in_the_open_view(rota: Page) -> None:
    I.click("Open")
    I.click("Vacuum the stairs")
    I.see("Done: Vacuum the stairs.")
    I.see("2 chores left")
    expect(rota.get_by_role("checkbox", name="Vacuum the stairs")).to_have_count(0)
