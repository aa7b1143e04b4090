"""todo: tasks written by w6."""

from testgen import I


def test_add_first_todo():
    """So basically I'd open Tickoff, type "Call the plumber" into the box and hit Enter, and it should pop up in the list with "1 item left" underneath. Easy one!"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Call the plumber")
    I.press("Enter")
    I.see("Call the plumber")
    I.see("1 item left")


def test_counter_with_three_items():
    """I'd add three things, say milk, eggs and bread (Enter after each one), and hopefully the footer says 3 items left."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Milk")
    I.press("Enter")
    I.fill("What needs to be done?", "Eggs")
    I.press("Enter")
    I.fill("What needs to be done?", "Bread")
    I.press("Enter")
    I.see("3 items left")


def test_tick_one_off_counter_drops():
    """Add "Water the plants" and "Pay rent", then tick the plants one as done. The counter should drop to 1 item left (singular, I always check that bit!)."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Water the plants")
    I.press("Enter")
    I.fill("What needs to be done?", "Pay rent")
    I.press("Enter")
    I.check("Mark as complete", near="Water the plants")
    I.see("1 item left")


def test_blank_todo_not_added():
    """Something people ask about a lot: if you just press Enter with nothing typed (or only spaces), nothing should get added. I'd type a few spaces, hit Enter, and make sure no "item left" counter appears at all."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "   ")
    I.press("Enter")
    I.dont_see("item left")


def test_delete_a_todo():
    """I'd add "Book dentist" and "Renew passport", hover over the dentist one and hit its delete button. Dentist should vanish, passport stays."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Book dentist")
    I.press("Enter")
    I.fill("What needs to be done?", "Renew passport")
    I.press("Enter")
    I.hover("Book dentist")
    I.click("Delete", near="Book dentist")
    I.dont_see("Book dentist")
    I.see("Renew passport")


def test_edit_title_with_double_click():
    """Double-click a todo to rename it. I'd add "Buy flour", double-click it, change it to "Buy rye flour" and press Enter, and the new name should show."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Buy flour")
    I.press("Enter")
    I.double_click("Buy flour")
    I.fill("Edit todo", "Buy rye flour")
    I.press("Enter")
    I.see("Buy rye flour")


def test_escape_cancels_edit():
    """Okay this one's sneaky. Add "Fix bike", double-click to edit, type something else like "Sell bike" but press Escape instead of Enter. It should still say Fix bike, and "Sell bike" shouldn't be anywhere."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Fix bike")
    I.press("Enter")
    I.double_click("Fix bike")
    I.fill("Edit todo", "Sell bike")
    I.press("Escape")
    I.see("Fix bike")
    I.dont_see("Sell bike")


def test_clearing_title_deletes_item():
    """If you edit a todo and wipe out the whole title then press Enter, it gets deleted — I'd try that with "Old reminder" and check it's gone and the footer goes away too."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Old reminder")
    I.press("Enter")
    I.double_click("Old reminder")
    I.fill("Edit todo", "")
    I.press("Enter")
    I.dont_see("Old reminder")
    I.dont_see("1 item left")


def test_active_filter_hides_done():
    """Add two todos, "Email Sam" and "Email Priya", tick Sam off, then click Active. Only Priya should be listed there, Sam shouldn't."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Email Sam")
    I.press("Enter")
    I.fill("What needs to be done?", "Email Priya")
    I.press("Enter")
    I.check("Mark as complete", near="Email Sam")
    I.click("Active")
    I.see("Email Priya")
    I.dont_see("Email Sam")


def test_completed_filter_shows_done_only():
    """Completed filter: I'd add "Mow lawn" and "Wash car", complete the lawn one, hit Completed and I'd expect to see just Mow lawn (no Wash car)."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Mow lawn")
    I.press("Enter")
    I.fill("What needs to be done?", "Wash car")
    I.press("Enter")
    I.check("Mark as complete", near="Mow lawn")
    I.click("Completed")
    I.see("Mow lawn")
    I.dont_see("Wash car")


def test_completed_filter_url():
    """Quick one — clicking the Completed filter should change the address to #/completed. Need at least one todo first so the footer shows, so add "Anything" before."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Anything")
    I.press("Enter")
    I.click("Completed")
    I.see_url("#/completed")


def test_clear_completed_removes_done():
    """Add "Recycle boxes" and "Defrost freezer", mark the boxes done and then press Clear completed. The boxes one should disappear for good, freezer still there, hopefully."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Recycle boxes")
    I.press("Enter")
    I.fill("What needs to be done?", "Defrost freezer")
    I.press("Enter")
    I.check("Mark as complete", near="Recycle boxes")
    I.click("Clear completed")
    I.dont_see("Recycle boxes")
    I.see("Defrost freezer")


def test_clear_completed_button_appears():
    """The Clear completed button only turns up once something is ticked. I'd add "Hoover stairs", tick it, and the button should appear."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Hoover stairs")
    I.press("Enter")
    I.check("Mark as complete", near="Hoover stairs")
    I.see("Clear completed")


def test_mark_all_complete():
    """Add a couple ("Sweep", "Dust"), then use Mark all as complete — I do it from the keyboard, Tab from the input box lands on it and Space ticks it. Should read 0 items left."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Sweep")
    I.press("Enter")
    I.fill("What needs to be done?", "Dust")
    I.press("Enter")
    I.press("Tab")
    I.press("Space")
    I.see("0 items left")


def test_untick_brings_count_back():
    """Tick "Pick up parcel" then untick it again — the count should go back up to 1 item left."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Pick up parcel")
    I.press("Enter")
    I.check("Mark as complete", near="Pick up parcel")
    I.uncheck("Mark as complete", near="Pick up parcel")
    I.see("1 item left")


def test_title_trimmed():
    """I'd type "   Feed the cat   " with loads of spaces either side and press Enter; it should save as just Feed the cat (trimmed)."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "   Feed the cat   ")
    I.press("Enter")
    I.see("Feed the cat")
    I.see("1 item left")


def test_input_clears_after_adding():
    """After you press Enter the box should empty itself, so I'd add "Buy stamps" and then check the input is blank again."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Buy stamps")
    I.press("Enter")
    I.see_value("What needs to be done?", "")


def test_all_filter_after_active():
    """Hmm, I'd check going back to All works: add "Read chapter 3", tick it, go to Active (it vanishes), then click All and it should be back."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Read chapter 3")
    I.press("Enter")
    I.check("Mark as complete", near="Read chapter 3")
    I.click("Active")
    I.dont_see("Read chapter 3")
    I.click("All")
    I.see("Read chapter 3")


def test_new_todo_while_active_filter():
    """If I'm on the Active view and add a new todo it should show straight away there. So add "First", click Active, then add "Second" and Second should be visible."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "First")
    I.press("Enter")
    I.click("Active")
    I.fill("What needs to be done?", "Second")
    I.press("Enter")
    I.see("Second")
    I.see("2 items left")


def test_delete_last_hides_footer():
    """When you delete the only todo the whole footer (filters and all) should go. Add "Temporary", delete it, and there shouldn't be any "items left" text."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Temporary")
    I.press("Enter")
    I.hover("Temporary")
    I.click("Delete", near="Temporary")
    I.dont_see("item left")
    I.dont_see("Temporary")


def test_edit_keeps_counter():
    """Renaming shouldn't mess with the count! Add "Plan trip", double-click, rename to "Plan trip to Rome", Enter, and it should still be 1 item left."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Plan trip")
    I.press("Enter")
    I.double_click("Plan trip")
    I.fill("Edit todo", "Plan trip to Rome")
    I.press("Enter")
    I.see("Plan trip to Rome")
    I.see("1 item left")


def test_todo_survives_reload():
    """The list is supposed to stick around in the browser, so add "Call grandma", reload the page (just go to it again) and it should still be there."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Call grandma")
    I.press("Enter")
    I.go_to("/todo/")
    I.see("Call grandma")


def test_completed_state_survives_reload():
    """Same idea but for ticks — complete "Change bedsheets", reload, and it should still be done, so 0 items left."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Change bedsheets")
    I.press("Enter")
    I.check("Mark as complete", near="Change bedsheets")
    I.go_to("/todo/")
    I.see("0 items left")


def test_unmark_all():
    """Tick Mark all as complete and then untick it again, with two todos in ("Iron shirts", "Fold towels"). Keyboard again: Tab from the box, Space twice. Should be back to 2 items left."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Iron shirts")
    I.press("Enter")
    I.fill("What needs to be done?", "Fold towels")
    I.press("Enter")
    I.press("Tab")
    I.press("Space")
    I.press("Space")
    I.see("2 items left")


def test_clear_completed_gone_when_nothing_done():
    """Once you've cleared the finished ones, the Clear completed button itself should disappear. I'd add "Tidy desk", tick it, clear, and then no Clear completed button."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Tidy desk")
    I.press("Enter")
    I.check("Mark as complete", near="Tidy desk")
    I.click("Clear completed")
    I.dont_see("Clear completed")


def test_item_left_singular_vs_plural():
    """Tiny grammar check I always do: with one todo ("Book flights") it's "1 item left", and it definitely shouldn't say "1 items left"."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Book flights")
    I.press("Enter")
    I.see("1 item left")
    I.dont_see("1 items left")


def test_delete_completed_item():
    """You can delete a ticked one too: add "Return library books", tick it, hover and Delete. Gone, and the Clear completed button goes with it."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Return library books")
    I.press("Enter")
    I.check("Mark as complete", near="Return library books")
    I.hover("Return library books")
    I.click("Delete", near="Return library books")
    I.dont_see("Return library books")
    I.dont_see("Clear completed")


def test_active_url():
    """Clicking Active should set the address to #/active (add "Walk the dog" first so the filters appear) — and the dog walk is listed there."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Walk the dog")
    I.press("Enter")
    I.click("Active")
    I.see_url("#/active")
    I.see("Walk the dog")
