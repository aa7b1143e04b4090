"""Tickoff (todo): the runtime drives the "Mark all as complete" checkbox, drawn by its label."""

import pytest
from playwright.sync_api import Page, expect

from testgen import I

pytestmark = pytest.mark.browser


@pytest.fixture
def todos(page: Page, sites_url: str) -> Page:
    page.goto(f"{sites_url}/todo/")
    box = page.get_by_placeholder("What needs to be done?")
    for title in ("Buy milk", "Walk the dog"):
        box.fill(title)
        box.press("Enter")
    expect(page.locator(".todo-count")).to_have_text("2 items left")
    return page


def test_runtime_checks_and_unchecks_mark_all_through_its_label(todos: Page) -> None:
    I.check("Mark all as complete")
    I.see("0 items left")
    I.see_value("Mark all as complete", "checked")
    expect(todos.locator("#toggle-all")).to_be_checked()
    I.check("Mark all as complete")  # already ticked: nothing changes
    I.see("0 items left")
    I.uncheck("Mark all as complete")
    I.see("2 items left")
    expect(todos.locator("#toggle-all")).not_to_be_checked()


def test_runtime_clicks_mark_all_by_its_label(todos: Page) -> None:
    I.click("Mark all as complete")
    I.see("0 items left")
    I.click("Mark all as complete")
    I.see("2 items left")
