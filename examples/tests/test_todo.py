"""Tickoff todo list: add, complete, edit in place, filter, delete, clear completed.

Run: testgen run examples/tests --base-url http://127.0.0.1:8765
"""

from testgen import I


def add(title):
    I.fill("What needs to be done?", title)
    I.press("Enter")


def test_add_and_complete_todos():
    I.go_to("/todo/")
    add("Buy milk")
    add("Walk the dog")
    I.see("2 items left")
    I.check("Mark as complete", near="Buy milk")
    I.see("1 item left")
    I.see_value("Mark as complete", "checked", near="Buy milk")
    I.uncheck("Mark as complete", near="Buy milk")
    I.see("2 items left")


def test_edit_a_todo_by_double_clicking():
    I.go_to("/todo/")
    add("Buy milk")
    I.double_click("Buy milk")
    I.fill("Edit todo", "Buy oat milk")
    I.press("Enter")
    I.see("Buy oat milk")
    I.double_click("Buy oat milk")
    I.press("End")
    I.type(" and bread")
    I.press("Escape")
    I.see("Buy oat milk")
    I.dont_see("Buy oat milk and bread")


def test_filter_delete_and_clear_completed():
    I.go_to("/todo/")
    add("Buy milk")
    add("Walk the dog")
    add("Pay rent")
    I.check("Mark as complete", near="Walk the dog")
    I.click("Active")
    I.see_url("#/active")
    I.dont_see("Walk the dog")
    I.click("Completed")
    I.see("Walk the dog")
    I.dont_see("Pay rent")
    I.click("All")
    I.hover("Pay rent")
    I.click("Delete", near="Pay rent")
    I.dont_see("Pay rent")
    I.click("Clear completed")
    I.dont_see("Walk the dog")
    I.see("1 item left")
