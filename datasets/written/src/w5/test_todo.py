"""todo: tasks written by w5."""

from testgen import I


def test_add_single_todo():
    """Scenario: adding a todo
Given I am on the todo page
When I type "Buy milk" into "What needs to be done?" and press Enter
Then I should see "Buy milk" in the list
And the counter shows "1 item left\""""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Buy milk")
    I.press("Enter")
    I.see("Buy milk")
    I.see("1 item left")


def test_three_items_counter():
    """given I'm on the todos page
when I add "Wash car", "Call mum" and "Pay rent"
then the counter should say "3 items left\""""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Wash car")
    I.press("Enter")
    I.fill("What needs to be done?", "Call mum")
    I.press("Enter")
    I.fill("What needs to be done?", "Pay rent")
    I.press("Enter")
    I.see("3 items left")


def test_complete_decrements_counter():
    """Scenario: completing an item
Given I have added "Water plants" and "Feed cat"
When I mark "Feed cat" as complete
Then I should see "1 item left\""""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Water plants")
    I.press("Enter")
    I.fill("What needs to be done?", "Feed cat")
    I.press("Enter")
    I.check("Mark as complete", near="Feed cat")
    I.see("1 item left")


def test_delete_item():
    """Given a todo "Return library books"
When I hover it and click Delete
Then "Return library books" should not be in the list anymore"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Return library books")
    I.press("Enter")
    I.hover("Return library books")
    I.click("Delete", near="Return library books")
    I.dont_see("Return library books")


def test_blank_todo_not_added():
    """Scenario: whitespace only
When I enter "   " in the new todo box and press Enter
Then no counter should appear - "0 items left" should not be shown"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "   ")
    I.press("Enter")
    I.dont_see("items left")


def test_edit_title_with_enter():
    """Given I am on the todo page
And I added "Bake bread"
When I double-click "Bake bread", change it to "Bake sourdough bread" and press Enter
Then I should see "Bake sourdough bread\""""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Bake bread")
    I.press("Enter")
    I.double_click("Bake bread")
    I.fill("Edit todo", "Bake sourdough bread")
    I.press("Enter")
    I.see("Bake sourdough bread")


def test_escape_cancels_edit():
    """Scenario: Escape throws the edit away
Given a todo "Mow lawn"
When I double click it, type "Mow the whole garden" And press Escape
Then the title is still "Mow lawn"
But I should not see "Mow the whole garden\""""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Mow lawn")
    I.press("Enter")
    I.double_click("Mow lawn")
    I.fill("Edit todo", "Mow the whole garden")
    I.press("Escape")
    I.see("Mow lawn")
    I.dont_see("Mow the whole garden")


def test_empty_edit_deletes():
    """When I add "Temp task", double-click it, clear the text and hit Enter
Then "Temp task" should be gone"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Temp task")
    I.press("Enter")
    I.double_click("Temp task")
    I.fill("Edit todo", "")
    I.press("Enter")
    I.dont_see("Temp task")


def test_active_filter_hides_done():
    """Scenario: Active filter
Given todos "Read chapter 4" and "Email landlord"
And "Email landlord" is completed
When I click "Active"
Then I should see "Read chapter 4"
and I should not see "Email landlord\""""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Read chapter 4")
    I.press("Enter")
    I.fill("What needs to be done?", "Email landlord")
    I.press("Enter")
    I.check("Mark as complete", near="Email landlord")
    I.click("Active")
    I.see("Read chapter 4")
    I.dont_see("Email landlord")


def test_completed_filter():
    """Given I have "Buy stamps" done and "Post letter" not done
When I go to the Completed filter
Then only "Buy stamps" shows"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Buy stamps")
    I.press("Enter")
    I.fill("What needs to be done?", "Post letter")
    I.press("Enter")
    I.check("Mark as complete", near="Buy stamps")
    I.click("Completed")
    I.see("Buy stamps")
    I.dont_see("Post letter")


def test_completed_filter_url():
    """Scenario: filter route
Given a todo "Dentist"
When I click "Completed"
Then the URL should contain "#/completed\""""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Dentist")
    I.press("Enter")
    I.click("Completed")
    I.see_url("#/completed")


def test_clear_completed_removes_done():
    """Given todos "Old receipt" and "New receipt"
When I tick "Old receipt" and click "Clear completed"
Then "Old receipt" should not be shown
And "New receipt" is still there"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Old receipt")
    I.press("Enter")
    I.fill("What needs to be done?", "New receipt")
    I.press("Enter")
    I.check("Mark as complete", near="Old receipt")
    I.click("Clear completed")
    I.dont_see("Old receipt")
    I.see("New receipt")


def test_clear_completed_appears():
    """scenario: Clear completed button shows up
given a todo "Sweep floor"
when I mark it complete
then I should see the "Clear completed" button"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Sweep floor")
    I.press("Enter")
    I.check("Mark as complete", near="Sweep floor")
    I.see("Clear completed")


def test_uncheck_item_again():
    """Given I completed "Fix bike"
When I uncheck it again
Then I should see "1 item left\""""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Fix bike")
    I.press("Enter")
    I.check("Mark as complete", near="Fix bike")
    I.uncheck("Mark as complete", near="Fix bike")
    I.see("1 item left")


def test_input_cleared_after_add():
    """When I add "Book flights" with Enter
Then the new todo field should be empty again"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Book flights")
    I.press("Enter")
    I.see_value("What needs to be done?", "")


def test_trims_whitespace():
    """Scenario: leading and trailing spaces are trimmed
When I add "   Call plumber   "
Then I see "Call plumber" in the list"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "   Call plumber   ")
    I.press("Enter")
    I.see("Call plumber")
    I.see("1 item left")


def test_delete_one_of_two():
    """Given "Apples" and "Pears" on the list
When I delete "Apples"
Then I should not see "Apples"
And the count is "1 item left\""""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Apples")
    I.press("Enter")
    I.fill("What needs to be done?", "Pears")
    I.press("Enter")
    I.hover("Apples")
    I.click("Delete", near="Apples")
    I.dont_see("Apples")
    I.see("1 item left")


def test_delete_last_hides_footer():
    """When I add "Only one", then delete it
Then the footer with "All" "Active" "Completed" goes away, so "item left" is not shown"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Only one")
    I.press("Enter")
    I.hover("Only one")
    I.click("Delete", near="Only one")
    I.dont_see("item left")


def test_all_filter_back():
    """Given a done item "Ship parcel" and I'm on the Active filter
When I click All
Then "Ship parcel" is visible again"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Ship parcel")
    I.press("Enter")
    I.check("Mark as complete", near="Ship parcel")
    I.click("Active")
    I.click("All")
    I.see("Ship parcel")


def test_add_on_active_filter():
    """Scenario: adding while filtered
Given I am on the Active filter
When I add "Renew passport"
Then it shows up in the list straight away"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Seed")
    I.press("Enter")
    I.click("Active")
    I.fill("What needs to be done?", "Renew passport")
    I.press("Enter")
    I.see("Renew passport")
    I.see("2 items left")


def test_persist_after_reload():
    """Given I added "Write thank-you card"
When I reload the page
Then "Write thank-you card" should still be there"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Write thank-you card")
    I.press("Enter")
    I.go_to("/todo/")
    I.see("Write thank-you card")


def test_edit_changes_only_that_item():
    """Given "Tea" and "Latte"
When I double click "Latte" and rename it to "Flat white" (Enter)
Then I should see "Flat white"
But not "Latte\""""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Tea")
    I.press("Enter")
    I.fill("What needs to be done?", "Latte")
    I.press("Enter")
    I.double_click("Latte")
    I.fill("Edit todo", "Flat white")
    I.press("Enter")
    I.see("Flat white")
    I.dont_see("Latte")


def test_completed_filter_empty_after_clear():
    """Scenario: clear while on Completed
Given "Hang washing" completed
When I open Completed and click "Clear completed"
Then "Hang washing" should not be visible"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Hang washing")
    I.press("Enter")
    I.check("Mark as complete", near="Hang washing")
    I.click("Completed")
    I.click("Clear completed")
    I.dont_see("Hang washing")


def test_active_filter_url():
    """given I'm on the todo page with one todo "x-ray appointment"
when I choose Active
then the address should end with #/active"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "x-ray appointment")
    I.press("Enter")
    I.click("Active")
    I.see_url("#/active")


def test_blur_saves_edit():
    """When I double-click "Book hotel", change it to "Book hotel in Rome" and click somewhere else (the heading)
Then the new title "Book hotel in Rome" is saved"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Book hotel")
    I.press("Enter")
    I.double_click("Book hotel")
    I.fill("Edit todo", "Book hotel in Rome")
    I.click("todos")
    I.see("Book hotel in Rome")


def test_two_items_singular_plural():
    """Scenario: singular counter
Given todos "Oil hinges" and "Sand door"
When I tick "Sand door"
Then it should read "1 item left" and not "2 items left\""""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Oil hinges")
    I.press("Enter")
    I.fill("What needs to be done?", "Sand door")
    I.press("Enter")
    I.check("Mark as complete", near="Sand door")
    I.see("1 item left")
    I.dont_see("2 items left")


def test_edit_completed_item():
    """Given I completed "Pay gas bill"
When I double-click it and rename it to "Pay gas and water bill"
Then the new title shows and the counter still says "0 items left\""""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Pay gas bill")
    I.press("Enter")
    I.check("Mark as complete", near="Pay gas bill")
    I.double_click("Pay gas bill")
    I.fill("Edit todo", "Pay gas and water bill")
    I.press("Enter")
    I.see("Pay gas and water bill")
    I.see("0 items left")


def test_clear_completed_hidden_again():
    """Scenario: Clear completed disappears after clearing
Given "Buy bulbs" is completed
When I click "Clear completed"
Then the "Clear completed" button should not be shown anymore"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Buy bulbs")
    I.press("Enter")
    I.check("Mark as complete", near="Buy bulbs")
    I.click("Clear completed")
    I.dont_see("Clear completed")
