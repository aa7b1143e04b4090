"""todo: tasks written by w1."""

from testgen import I


def test_add_one():
    """add 'buy milk' + enter -> in list, 1 item left"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "buy milk")
    I.press("Enter")
    I.see("buy milk")
    I.see("1 item left")


def test_add_three_count():
    """add eggs, bread, coffee => counter says 3 items left"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "eggs")
    I.press("Enter")
    I.fill("What needs to be done?", "bread")
    I.press("Enter")
    I.fill("What needs to be done?", "coffee")
    I.press("Enter")
    I.see("3 items left")


def test_blank_not_added():
    """only spaces in the new todo box + Enter -> nothing added, no counter"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "    ")
    I.press("Enter")
    I.dont_see("1 item left")


def test_input_clears_after_add():
    """smoke: after adding 'call mum' the input box should be empty again"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "call mum")
    I.press("Enter")
    I.see("call mum")
    I.see_value("What needs to be done?", "")


def test_trim_title():
    """todo w/ leading/trailing spaces '   water plants   ' gets trimmed"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "   water plants   ")
    I.press("Enter")
    I.see("water plants")
    I.see("1 item left")


def test_complete_one_of_two():
    """2 todos (pay rent, fix bike), tick pay rent -> 1 item left"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "pay rent")
    I.press("Enter")
    I.fill("What needs to be done?", "fix bike")
    I.press("Enter")
    I.check("Mark as complete", near="pay rent")
    I.see("1 item left")


def test_completed_filter():
    """[filters] add 'book dentist' + 'renew passport', complete dentist, Completed filter -> only dentist"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "book dentist")
    I.press("Enter")
    I.fill("What needs to be done?", "renew passport")
    I.press("Enter")
    I.check("Mark as complete", near="book dentist")
    I.click("Completed")
    I.see("book dentist")
    I.dont_see("renew passport")


def test_active_filter_hides_done():
    """active filter shouldn't show done stuff: add a + b, complete a, Active -> a gone"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "email landlord")
    I.press("Enter")
    I.fill("What needs to be done?", "order pizza")
    I.press("Enter")
    I.check("Mark as complete", near="email landlord")
    I.click("Active")
    I.see("order pizza")
    I.dont_see("email landlord")


def test_filter_hash():
    """click Completed filter -> url ends #/completed"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "anything")
    I.press("Enter")
    I.click("Completed")
    I.see_url("#/completed")


def test_clear_completed():
    """complete 'recycle' then Clear completed -> gone, 'vacuum' still there"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "recycle")
    I.press("Enter")
    I.fill("What needs to be done?", "vacuum")
    I.press("Enter")
    I.check("Mark as complete", near="recycle")
    I.click("Clear completed")
    I.dont_see("recycle")
    I.see("vacuum")


def test_no_clear_btn_without_done():
    """nothing ticked -> no 'Clear completed' btn"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "stretch")
    I.press("Enter")
    I.see("1 item left")
    I.dont_see("Clear completed")


def test_clear_btn_appears():
    """tick the only todo -> Clear completed shows up, 0 items left"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "feed cat")
    I.press("Enter")
    I.check("Mark as complete")
    I.see("Clear completed")
    I.see("0 items left")


def test_mark_all():
    """click the mark-all arrow (Mark all as complete) w/ 2 todos => 0 items left"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "laundry")
    I.press("Enter")
    I.fill("What needs to be done?", "dishes")
    I.press("Enter")
    I.click("Mark all as complete")
    I.see("0 items left")


def test_unmark_all():
    """mark all as complete, click it again to undo -> back to 2 items left"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "laundry")
    I.press("Enter")
    I.fill("What needs to be done?", "dishes")
    I.press("Enter")
    I.click("Mark all as complete")
    I.click("Mark all as complete")
    I.see("2 items left")


def test_uncheck_item():
    """tick then untick 'gym' -> 1 item left again"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "gym")
    I.press("Enter")
    I.check("Mark as complete", near="gym")
    I.see("0 items left")
    I.uncheck("Mark as complete", near="gym")
    I.see("1 item left")


def test_edit_enter_saves():
    """dbl-click 'buy bred' -> fix to 'buy bread', enter; typo gone"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "buy bred")
    I.press("Enter")
    I.double_click("buy bred")
    I.fill("Edit todo", "buy bread")
    I.press("Enter")
    I.see("buy bread")
    I.dont_see("buy bred")


def test_edit_escape_cancels():
    """edit: change 'walk dog' to 'walk cat' but press Escape -> still walk dog"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "walk dog")
    I.press("Enter")
    I.double_click("walk dog")
    I.fill("Edit todo", "walk cat")
    I.press("Escape")
    I.see("walk dog")
    I.dont_see("walk cat")


def test_edit_empty_deletes():
    """clear the title while editing + Enter => todo deleted, list empty"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "temp item")
    I.press("Enter")
    I.double_click("temp item")
    I.fill("Edit todo", "")
    I.press("Enter")
    I.dont_see("temp item")
    I.dont_see("1 item left")


def test_edit_blur_saves():
    """dblclick to edit 'taxes', type 'do taxes', click away into the new todo box -> saved"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "taxes")
    I.press("Enter")
    I.double_click("taxes")
    I.fill("Edit todo", "do taxes")
    I.click("What needs to be done?")
    I.see("do taxes")


def test_delete_hover():
    """hover 'old task', hit the × (Delete) -> removed"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "old task")
    I.press("Enter")
    I.fill("What needs to be done?", "new task")
    I.press("Enter")
    I.hover("old task")
    I.click("Delete", near="old task")
    I.dont_see("old task")
    I.see("1 item left")


def test_delete_last_hides_footer():
    """delete the only todo -> footer/counter gone, filters gone"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "lonely")
    I.press("Enter")
    I.hover("lonely")
    I.click("Delete")
    I.dont_see("1 item left")
    I.dont_see("Completed")


def test_persist_reload():
    """todos survive reload: add 'pick up parcel', reload page -> still listed"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "pick up parcel")
    I.press("Enter")
    I.go_to("/todo/")
    I.see("pick up parcel")


def test_completed_persist_reload():
    """complete 'backup laptop', reload => still completed (0 items left)"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "backup laptop")
    I.press("Enter")
    I.check("Mark as complete")
    I.go_to("/todo/")
    I.see("0 items left")


def test_add_while_on_active():
    """on Active filter add 'new one' -> shows right away"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "first")
    I.press("Enter")
    I.click("Active")
    I.fill("What needs to be done?", "new one")
    I.press("Enter")
    I.see("new one")
    I.see("2 items left")


def test_complete_on_active_disappears():
    """Active view: tick 'sweep' -> drops out of the active list"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "sweep")
    I.press("Enter")
    I.fill("What needs to be done?", "mop")
    I.press("Enter")
    I.click("Active")
    I.click("Mark as complete", near="sweep")
    I.dont_see("sweep")
    I.see("mop")


def test_all_filter_back():
    """Completed filter then All => both done + not-done visible again"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "alpha")
    I.press("Enter")
    I.fill("What needs to be done?", "beta")
    I.press("Enter")
    I.check("Mark as complete", near="alpha")
    I.click("Completed")
    I.click("All")
    I.see("beta")
    I.see("alpha")


def test_completed_empty_when_none_done():
    """nothing done, Completed filter -> list empty, 'tidy desk' not shown"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "tidy desk")
    I.press("Enter")
    I.click("Completed")
    I.dont_see("tidy desk")


def test_mark_all_checkbox_auto():
    """tick each of 2 todos by hand -> 'Mark all as complete' ends up checked"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "one")
    I.press("Enter")
    I.fill("What needs to be done?", "two")
    I.press("Enter")
    I.check("Mark as complete", near="one")
    I.check("Mark as complete", near="two")
    I.see_value("Mark all as complete", "checked")


def test_singular_item_left():
    """2 todos, complete 'rake leaves' -> counter reads '1 item left' (singular, not items)"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "rake leaves")
    I.press("Enter")
    I.fill("What needs to be done?", "clean gutters")
    I.press("Enter")
    I.check("Mark as complete", near="rake leaves")
    I.see("1 item left")
    I.dont_see("1 items left")


def test_edit_completed_keeps_done():
    """finish 'return books', then dbl-click rename to 'return library books' -> still done, 0 items left"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "return books")
    I.press("Enter")
    I.check("Mark as complete")
    I.double_click("return books")
    I.fill("Edit todo", "return library books")
    I.press("Enter")
    I.see("return library books")
    I.see("0 items left")


def test_delete_middle_one():
    """3 todos a1/b2/c3, delete the middle one (b2) -> b2 gone from list"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "a1")
    I.press("Enter")
    I.fill("What needs to be done?", "b2")
    I.press("Enter")
    I.fill("What needs to be done?", "c3")
    I.press("Enter")
    I.hover("b2")
    I.click("Delete", near="b2")
    I.dont_see("b2")


def test_edit_spaces_only_deletes():
    """edit a todo to just spaces + enter -> gets removed"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "shred papers")
    I.press("Enter")
    I.double_click("shred papers")
    I.fill("Edit todo", "   ")
    I.press("Enter")
    I.dont_see("shred papers")


def test_mark_all_partial():
    """one of two already done, Mark all as complete -> both done, 0 left"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "iron shirts")
    I.press("Enter")
    I.fill("What needs to be done?", "polish shoes")
    I.press("Enter")
    I.check("Mark as complete", near="iron shirts")
    I.click("Mark all as complete")
    I.see("0 items left")


def test_active_filter_hash_reload():
    """open /todo/#/active directly after adding stuff -> completed one hidden"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "bake bread")
    I.press("Enter")
    I.fill("What needs to be done?", "buy flour")
    I.press("Enter")
    I.check("Mark as complete", near="buy flour")
    I.go_to("/todo/#/active")
    I.see("bake bread")
    I.dont_see("buy flour")
