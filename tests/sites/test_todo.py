"""The todo list in a real browser: add, edit, complete, filter, clear, counter, persistence."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def add_todos(page: Page, *titles: str) -> None:
    box = page.get_by_placeholder("What needs to be done?")
    for title in titles:
        box.fill(title)
        box.press("Enter")


def item(page: Page, title: str):
    return page.locator(".todo-list li").filter(has_text=title)


def test_add_complete_and_count(page: Page, sites_url: str) -> None:
    page.goto(f"{sites_url}/todo/")
    expect(page.locator(".footer")).to_be_hidden()
    add_todos(page, "Buy milk", "Walk the dog", "   ")
    expect(page.locator(".todo-list li")).to_have_count(2)
    expect(page.get_by_placeholder("What needs to be done?")).to_have_value("   ")
    expect(page.locator(".todo-count")).to_have_text("2 items left")
    item(page, "Buy milk").get_by_role("checkbox", name="Mark as complete").check()
    expect(page.locator(".todo-count")).to_have_text("1 item left")
    expect(item(page, "Buy milk")).to_have_class("completed")


def test_filters_and_clear_completed(page: Page, sites_url: str) -> None:
    page.goto(f"{sites_url}/todo/")
    add_todos(page, "Buy milk", "Walk the dog", "Pay rent")
    item(page, "Walk the dog").get_by_role("checkbox").check()
    page.get_by_role("link", name="Active").click()
    expect(page.locator(".todo-list li")).to_have_text(["Buy milk", "Pay rent"])
    page.get_by_role("link", name="Completed").click()
    expect(page.locator(".todo-list li")).to_have_text(["Walk the dog"])
    page.get_by_role("link", name="All", exact=True).click()
    expect(page.locator(".todo-list li")).to_have_count(3)
    page.get_by_role("button", name="Clear completed").click()
    expect(page.locator(".todo-list li")).to_have_text(["Buy milk", "Pay rent"])
    expect(page.get_by_role("button", name="Clear completed")).to_be_hidden()


def test_edit_by_double_click_enter_saves_escape_cancels(page: Page, sites_url: str) -> None:
    page.goto(f"{sites_url}/todo/")
    add_todos(page, "Buy milk")
    page.get_by_text("Buy milk").dblclick()
    edit = page.get_by_role("textbox", name="Edit todo")
    expect(edit).to_be_focused()
    edit.fill("Buy oat milk")
    edit.press("Enter")
    expect(page.locator(".todo-list li")).to_have_text(["Buy oat milk"])
    page.get_by_text("Buy oat milk").dblclick()
    page.get_by_role("textbox", name="Edit todo").fill("Something else")
    page.get_by_role("textbox", name="Edit todo").press("Escape")
    expect(page.locator(".todo-list li")).to_have_text(["Buy oat milk"])


def test_delete_and_persistence_across_reload(page: Page, sites_url: str) -> None:
    page.goto(f"{sites_url}/todo/")
    add_todos(page, "Buy milk", "Walk the dog")
    item(page, "Walk the dog").get_by_role("checkbox").check()
    item(page, "Buy milk").hover()
    item(page, "Buy milk").get_by_role("button", name="Delete").click()
    page.reload()
    expect(page.locator(".todo-list li")).to_have_text(["Walk the dog"])
    expect(page.locator(".todo-count")).to_have_text("0 items left")
    expect(item(page, "Walk the dog").get_by_role("checkbox")).to_be_checked()
