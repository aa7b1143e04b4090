"""todo: tasks written by w11."""

from testgen import I


def test_add_first_todo_shows_in_list():
    """should add a todo when I type 'Buy milk' and hit Enter, and it shows up in the list"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Buy milk")
    I.press("Enter")
    I.see("Buy milk")


def test_counter_goes_to_two():
    """adding a todo should bump the counter to 2 (add 'Walk dog' then 'Pay rent')"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Walk dog")
    I.press("Enter")
    I.fill("What needs to be done?", "Pay rent")
    I.press("Enter")
    I.see("2 items left")


def test_single_item_counter_singular():
    """counter > one todo > should say '1 item left' (singular, not items)"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Call mom")
    I.press("Enter")
    I.see("1 item left")


def test_empty_title_not_added():
    """should NOT add anything when I press Enter on an empty input — no footer/counter appears"""
    I.go_to("/todo/")
    I.click("What needs to be done?")
    I.press("Enter")
    I.dont_see("0 items left")
    I.dont_see("1 item left")


def test_whitespace_only_not_added():
    """todo input: just spaces ('   ') + Enter must be rejected, the counter should never show up"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "   ")
    I.press("Enter")
    I.dont_see("1 item left")


def test_input_cleared_after_adding():
    """after adding 'Water plants' the new-todo box should be empty again"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Water plants")
    I.press("Enter")
    I.see_value("What needs to be done?", "")
    I.see("Water plants")


def test_complete_one_decrements_counter():
    """completing a todo should drop the count: add Buy eggs + Buy bread, tick Buy eggs -> '1 item left'"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Buy eggs")
    I.press("Enter")
    I.fill("What needs to be done?", "Buy bread")
    I.press("Enter")
    I.check("Mark as complete", near="Buy eggs")
    I.see("1 item left")


def test_clear_completed_appears():
    """todo list > mark an item done > 'Clear completed' button should show up"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Book dentist")
    I.press("Enter")
    I.check("Mark as complete", near="Book dentist")
    I.see("Clear completed")


def test_clear_completed_removes_done_items():
    """clear_completed should remove only finished todos.
    add 'Fix bike' and 'Read book', complete Fix bike, click Clear completed -> Fix bike gone, Read book still there"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Fix bike")
    I.press("Enter")
    I.fill("What needs to be done?", "Read book")
    I.press("Enter")
    I.check("Mark as complete", near="Fix bike")
    I.click("Clear completed")
    I.dont_see("Fix bike")
    I.see("Read book")


def test_active_filter_hides_completed():
    """filters > Active > should hide the completed one (Take out trash done, Wash car not)"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Take out trash")
    I.press("Enter")
    I.fill("What needs to be done?", "Wash car")
    I.press("Enter")
    I.check("Mark as complete", near="Take out trash")
    I.click("Active")
    I.dont_see("Take out trash")
    I.see("Wash car")


def test_completed_filter_shows_only_done():
    """Completed filter should only list done todos — finish 'Send invoice', keep 'Email Sam' open, click Completed"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Send invoice")
    I.press("Enter")
    I.fill("What needs to be done?", "Email Sam")
    I.press("Enter")
    I.check("Mark as complete", near="Send invoice")
    I.click("Completed")
    I.see("Send invoice")
    I.dont_see("Email Sam")


def test_completed_filter_url():
    """clicking Completed should change the url to #/completed"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Groceries")
    I.press("Enter")
    I.click("Completed")
    I.see_url("#/completed")


def test_all_filter_brings_everything_back():
    """All filter after Active should show the completed todo again (Mow lawn, ticked)"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Mow lawn")
    I.press("Enter")
    I.check("Mark as complete", near="Mow lawn")
    I.click("Active")
    I.dont_see("Mow lawn")
    I.click("All")
    I.see("Mow lawn")


def test_delete_todo():
    """should remove a todo with the × (Delete) button — 'Old task' disappears"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Old task")
    I.press("Enter")
    I.hover("Old task")
    I.click("Delete", near="Old task")
    I.dont_see("Old task")


def test_delete_last_hides_footer():
    """deleting the only todo should hide the footer, i.e. no '0 items left' and no filters"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Temp")
    I.press("Enter")
    I.hover("Temp")
    I.click("Delete", near="Temp")
    I.dont_see("items left")
    I.dont_see("Completed")


def test_delete_one_of_two_keeps_other():
    """delete > with two todos (Alpha, Beta) deleting Beta should leave Alpha and say 1 item left"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Alpha")
    I.press("Enter")
    I.fill("What needs to be done?", "Beta")
    I.press("Enter")
    I.hover("Beta")
    I.click("Delete", near="Beta")
    I.dont_see("Beta")
    I.see("1 item left")


def test_edit_todo_with_double_click():
    """double-click 'Buy mlik' to edit, fix the typo to 'Buy milk', Enter -> list should show Buy milk"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Buy mlik")
    I.press("Enter")
    I.double_click("Buy mlik")
    I.fill("Edit todo", "Buy milk")
    I.press("Enter")
    I.see("Buy milk")
    I.dont_see("Buy mlik")


def test_escape_cancels_edit():
    """editing > Escape should cancel: rename 'Plan trip' to 'Cancel trip' but press Escape, original title stays"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Plan trip")
    I.press("Enter")
    I.double_click("Plan trip")
    I.fill("Edit todo", "Cancel trip")
    I.press("Escape")
    I.see("Plan trip")
    I.dont_see("Cancel trip")


def test_edit_to_empty_deletes():
    """clearing the title while editing + Enter should delete the todo ('Dust shelves' gone)"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Dust shelves")
    I.press("Enter")
    I.double_click("Dust shelves")
    I.fill("Edit todo", "")
    I.press("Enter")
    I.dont_see("Dust shelves")



def test_untick_brings_count_back():
    """unchecking a completed todo should put it back to active -> '1 item left' again"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Pick up parcel")
    I.press("Enter")
    I.check("Mark as complete", near="Pick up parcel")
    I.see("0 items left")
    I.uncheck("Mark as complete", near="Pick up parcel")
    I.see("1 item left")


def test_clear_completed_hidden_after_untick():
    """Clear completed shouldn't be there once nothing is done anymore (tick then untick 'Renew passport')"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Renew passport")
    I.press("Enter")
    I.check("Mark as complete", near="Renew passport")
    I.uncheck("Mark as complete", near="Renew passport")
    I.dont_see("Clear completed")


def test_title_trimmed():
    """should trim spaces around the title: '   Feed cat   ' is saved as 'Feed cat'"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "   Feed cat   ")
    I.press("Enter")
    I.see("Feed cat")
    I.see("1 item left")


def test_new_todo_lands_in_active_view():
    """on the Active filter, adding 'Clean gutters' should show it right away"""
    I.go_to("/todo/#/active")
    I.fill("What needs to be done?", "Clean gutters")
    I.press("Enter")
    I.see("Clean gutters")


def test_completed_view_skips_new_todo():
    """on #/completed a freshly added todo ('Buy paint') must not be listed (it's active) but the count shows 1 item left"""
    I.go_to("/todo/#/completed")
    I.fill("What needs to be done?", "Buy paint")
    I.press("Enter")
    I.see("1 item left")
    I.dont_see("Buy paint")


def test_todos_survive_reload():
    """persistence > add 'Cancel gym' then reload the page > it should still be in the list"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Cancel gym")
    I.press("Enter")
    I.go_to("/todo/")
    I.see("Cancel gym")
    I.see("1 item left")


def test_three_todos_counter():
    """counter should read 3 items left after adding Milk, Bread and Jam"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Milk")
    I.press("Enter")
    I.fill("What needs to be done?", "Bread")
    I.press("Enter")
    I.fill("What needs to be done?", "Jam")
    I.press("Enter")
    I.see("3 items left")



def test_edit_saves_on_blur():
    """edit should also save on blur, not only Enter: change 'Draft email' to 'Send email', click elsewhere"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Draft email")
    I.press("Enter")
    I.double_click("Draft email")
    I.fill("Edit todo", "Send email")
    I.click("todos")
    I.see("Send email")


def test_active_filter_url():
    """Active link should route to #/active"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Buy flowers")
    I.press("Enter")
    I.click("Active")
    I.see_url("#/active")


def test_completing_only_todo_zero_left():
    """ticking the only todo -> '0 items left' (plural)"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Return library books")
    I.press("Enter")
    I.check("Mark as complete", near="Return library books")
    I.see("0 items left")


def test_duplicate_titles_allowed():
    """same title twice is fine: add 'Stretch' two times, counter should say 2 items left"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Stretch")
    I.press("Enter")
    I.fill("What needs to be done?", "Stretch")
    I.press("Enter")
    I.see("2 items left")
