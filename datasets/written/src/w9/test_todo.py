"""todo: tasks written by w9."""

from testgen import I


def test_add_one_item():
    """add "buy milk" to the list, it should show up and the counter says 1 item left"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "buy milk")
    I.press("Enter")
    I.see("buy milk")
    I.see("1 item left")


def test_counter_goes_up():
    """Add three todos - call mom, pay rent, water plants. Counter should go up to 3."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "call mom")
    I.press("Enter")
    I.fill("What needs to be done?", "pay rent")
    I.press("Enter")
    I.fill("What needs to be done?", "water plants")
    I.press("Enter")
    I.see("3 items left")


def test_complete_item_counter_down():
    """Two items, tick one off. Counter goes down to 1 and Clear completed appears."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "fix bike")
    I.press("Enter")
    I.fill("What needs to be done?", "book dentist")
    I.press("Enter")
    I.check("Mark as complete", near="fix bike")
    I.see("1 item left")
    I.see("Clear completed")


def test_delete_item():
    """add 'renew passport' then delete it with the x. should be gone"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "renew passport")
    I.press("Enter")
    I.hover("renew passport")
    I.click("Delete", near="renew passport")
    I.dont_see("renew passport")


def test_empty_todo_refused():
    """Hitting enter on a blank input shouldn't add anything - no counter shows up"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "   ")
    I.press("Enter")
    I.dont_see("0 items left")
    I.dont_see("Clear completed")


def test_edit_title():
    """Double click a todo to rename it. 'email bob' -> 'email bob about the offsite'. New name should stick after Enter."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "email bob")
    I.press("Enter")
    I.double_click("email bob")
    I.fill("Edit todo", "email bob about the offsite")
    I.press("Enter")
    I.see("email bob about the offsite")


def test_escape_cancels_edit():
    """Start editing an item, type something else, press escape. original title stays, the new text is not saved."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "clean garage")
    I.press("Enter")
    I.double_click("clean garage")
    I.fill("Edit todo", "sell garage")
    I.press("Escape")
    I.see("clean garage")
    I.dont_see("sell garage")


def test_edit_to_empty_deletes():
    """If I edit a todo and wipe out the text, it should just disappear."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "old idea")
    I.press("Enter")
    I.double_click("old idea")
    I.fill("Edit todo", "")
    I.press("Enter")
    I.dont_see("old idea")


def test_active_filter():
    """Active filter hides the done ones. Add 'wash car' and 'file taxes', finish taxes, switch to Active - only wash car left in view"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "wash car")
    I.press("Enter")
    I.fill("What needs to be done?", "file taxes")
    I.press("Enter")
    I.check("Mark as complete", near="file taxes")
    I.click("Active")
    I.see("wash car")
    I.dont_see("file taxes")


def test_completed_filter():
    """completed view should only list what's been ticked off"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "walk dog")
    I.press("Enter")
    I.fill("What needs to be done?", "order pizza")
    I.press("Enter")
    I.check("Mark as complete", near="order pizza")
    I.click("Completed")
    I.see("order pizza")
    I.dont_see("walk dog")
    I.see_url("#/completed")


def test_clear_completed():
    """Mark an item done and hit Clear completed. It's gone, the other one stays."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "recycle bottles")
    I.press("Enter")
    I.fill("What needs to be done?", "call plumber")
    I.press("Enter")
    I.check("Mark as complete", near="recycle bottles")
    I.click("Clear completed")
    I.dont_see("recycle bottles")
    I.see("call plumber")



def test_uncheck_item_again():
    """Tick an item then untick it. Counter should come back to 1 item left and the Clear completed button goes away."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "read chapter 4")
    I.press("Enter")
    I.check("Mark as complete", near="read chapter 4")
    I.see("0 items left")
    I.uncheck("Mark as complete", near="read chapter 4")
    I.see("1 item left")
    I.dont_see("Clear completed")


def test_remembers_after_reload():
    """it remembers my list. add 'get stamps', reload the page, still there"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "get stamps")
    I.press("Enter")
    I.go_to("/todo/")
    I.see("get stamps")


def test_trims_spaces():
    """Spaces around the title get trimmed when you add it"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "   buy bread   ")
    I.press("Enter")
    I.see("buy bread")
    I.see("1 item left")


def test_input_clears_after_add():
    """After adding a todo the box should be empty again, ready for the next one."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "tidy desk")
    I.press("Enter")
    I.see_value("What needs to be done?", "")
    I.see("tidy desk")


def test_delete_one_of_two():
    """With two todos, delete the first. Counter drops to 1 and the second one is untouched."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "mow lawn")
    I.press("Enter")
    I.fill("What needs to be done?", "trim hedge")
    I.press("Enter")
    I.hover("mow lawn")
    I.click("Delete", near="mow lawn")
    I.see("1 item left")
    I.see("trim hedge")
    I.dont_see("mow lawn")


def test_all_filter_back():
    """Go to Completed then back to All; everything is visible again"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "sweep porch")
    I.press("Enter")
    I.fill("What needs to be done?", "buy light bulbs")
    I.press("Enter")
    I.check("Mark as complete", near="sweep porch")
    I.click("Completed")
    I.dont_see("buy light bulbs")
    I.click("All")
    I.see("buy light bulbs")
    I.see("sweep porch")



def test_clear_completed_hides_footer():
    """finish the only todo and clear completed. list is empty so the counter disappears too"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "send invoice")
    I.press("Enter")
    I.check("Mark as complete", near="send invoice")
    I.click("Clear completed")
    I.dont_see("send invoice")
    I.dont_see("items left")


def test_edit_then_complete():
    """Rename 'wrap present' to 'wrap present for Sam' and then tick it off; shows under Completed with the new name"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "wrap present")
    I.press("Enter")
    I.double_click("wrap present")
    I.fill("Edit todo", "wrap present for Sam")
    I.press("Enter")
    I.check("Mark as complete", near="wrap present for Sam")
    I.click("Completed")
    I.see("wrap present for Sam")


def test_active_filter_after_adding():
    """Sitting on the Active filter, a new todo I add shows up right away"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "first thing")
    I.press("Enter")
    I.click("Active")
    I.fill("What needs to be done?", "second thing")
    I.press("Enter")
    I.see("second thing")
    I.see("2 items left")


def test_completed_state_remembered():
    """Tick a todo and reload. It should still be done - 0 items left."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "backup laptop")
    I.press("Enter")
    I.check("Mark as complete", near="backup laptop")
    I.go_to("/todo/")
    I.see("0 items left")
    I.see("Clear completed")


def test_deleted_stays_deleted():
    """Delete a todo and reload, it doesn't come back"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "cancel gym")
    I.press("Enter")
    I.fill("What needs to be done?", "call bank")
    I.press("Enter")
    I.hover("cancel gym")
    I.click("Delete", near="cancel gym")
    I.go_to("/todo/")
    I.dont_see("cancel gym")
    I.see("call bank")


def test_completed_view_empty_after_clear():
    """On the Completed view, clearing completed empties it out, but the active one is still counted"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "defrost freezer")
    I.press("Enter")
    I.fill("What needs to be done?", "buy ice")
    I.press("Enter")
    I.check("Mark as complete", near="defrost freezer")
    I.click("Completed")
    I.click("Clear completed")
    I.dont_see("defrost freezer")
    I.see("1 item left")


def test_blur_saves_edit():
    """Editing also saves when you just click away (tab out) instead of pressing enter"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "pick up kids")
    I.press("Enter")
    I.double_click("pick up kids")
    I.fill("Edit todo", "pick up kids at 3")
    I.press("Tab")
    I.see("pick up kids at 3")


def test_same_title_twice():
    """Two todos with the same name are both kept. counter says 2."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "drink water")
    I.press("Enter")
    I.fill("What needs to be done?", "drink water")
    I.press("Enter")
    I.see("2 items left")


def test_delete_in_active_view():
    """delete a todo while on the Active filter; it disappears and the counter updates"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "fold laundry")
    I.press("Enter")
    I.fill("What needs to be done?", "buy detergent")
    I.press("Enter")
    I.click("Active")
    I.hover("fold laundry")
    I.click("Delete", near="fold laundry")
    I.dont_see("fold laundry")
    I.see("1 item left")


def test_active_url():
    """Clicking Active changes the address to the active route"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "stretch")
    I.press("Enter")
    I.click("Active")
    I.see_url("#/active")
    I.see("stretch")
