"""todo: tasks written by w3."""

from testgen import I


def test_add_single_todo():
    """Add a todo "Call the plumber" with Enter. Expected it shows in the list and the footer says 1 item left"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Call the plumber")
    I.press("Enter")
    I.see("Call the plumber")
    I.see("1 item left")


def test_counter_two_items():
    """[Tickoff] add two todos (buy milk, pay rent) -> counter reads "2 items left", plural"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "buy milk")
    I.press("Enter")
    I.fill("What needs to be done?", "pay rent")
    I.press("Enter")
    I.see("2 items left")


def test_blank_todo_not_added():
    """Steps: type only spaces in the new todo box, press Enter.
Expected: nothing gets added, no "0 items left"/"1 item left" footer appears."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "   ")
    I.press("Enter")
    I.dont_see("1 item left")


def test_complete_todo_decrements_counter():
    """Add "water the plants", tick its Mark as complete box. Counter should go down to 0 items left"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "water the plants")
    I.press("Enter")
    I.check("Mark as complete", near="water the plants")
    I.see("0 items left")


def test_complete_one_of_three():
    """three todos: A report, B invoice, C email Jan. Mark B invoice complete → 2 items left"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "A report")
    I.press("Enter")
    I.fill("What needs to be done?", "B invoice")
    I.press("Enter")
    I.fill("What needs to be done?", "C email Jan")
    I.press("Enter")
    I.check("Mark as complete", near="B invoice")
    I.see("2 items left")


def test_uncheck_brings_counter_back():
    """Complete a todo then untick it again, the counter has to go back to 1 item left. Actual once: stuck at 0."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "renew passport")
    I.press("Enter")
    I.check("Mark as complete", near="renew passport")
    I.uncheck("Mark as complete", near="renew passport")
    I.see("1 item left")


def test_delete_todo():
    """[Todo] hover over "feed the cat" and click the × (Delete) — item should disappear from the list"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "feed the cat")
    I.press("Enter")
    I.fill("What needs to be done?", "clean litter box")
    I.press("Enter")
    I.hover("feed the cat")
    I.click("Delete", near="feed the cat")
    I.dont_see("feed the cat")
    I.see("clean litter box")


def test_delete_last_todo_hides_footer():
    """delete the only todo → footer with "items left" should be gone completely"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "temporary")
    I.press("Enter")
    I.hover("temporary")
    I.click("Delete")
    I.dont_see("1 item left")
    I.dont_see("temporary")


def test_edit_todo_with_enter():
    """Double-click "buy bred" to edit, fix the typo to "buy bread", hit Enter. The list should read buy bread."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "buy bred")
    I.press("Enter")
    I.double_click("buy bred")
    I.fill("Edit todo", "buy bread")
    I.press("Enter")
    I.see("buy bread")
    I.dont_see("buy bred")


def test_edit_escape_cancels():
    """Edit then Escape should throw away the change. Steps: add "dentist 3pm", double click it, change to "dentist 4pm", press Escape. Expected: still "dentist 3pm", no 4pm."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "dentist 3pm")
    I.press("Enter")
    I.double_click("dentist 3pm")
    I.fill("Edit todo", "dentist 4pm")
    I.press("Escape")
    I.see("dentist 3pm")
    I.dont_see("dentist 4pm")


def test_edit_to_empty_deletes():
    """[Edit] clearing the title while editing and pressing Enter deletes the todo"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "old idea")
    I.press("Enter")
    I.double_click("old idea")
    I.fill("Edit todo", "")
    I.press("Enter")
    I.dont_see("old idea")


def test_active_filter_hides_completed():
    """Add "groceries" and "laundry", complete laundry, click Active. Expected: only groceries listed."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "groceries")
    I.press("Enter")
    I.fill("What needs to be done?", "laundry")
    I.press("Enter")
    I.check("Mark as complete", near="laundry")
    I.click("Active")
    I.see("groceries")
    I.dont_see("laundry")


def test_completed_filter():
    """Completed filter should only show the done ones: add book flights + pack bags, complete book flights, click Completed"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "book flights")
    I.press("Enter")
    I.fill("What needs to be done?", "pack bags")
    I.press("Enter")
    I.check("Mark as complete", near="book flights")
    I.click("Completed")
    I.see_url("#/completed")
    I.see("book flights")
    I.dont_see("pack bags")


def test_all_filter_restores_list():
    """Go to Active, then back to All — completed items come back into view"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "send invoice")
    I.press("Enter")
    I.check("Mark as complete", near="send invoice")
    I.click("Active")
    I.click("All")
    I.see("send invoice")


def test_clear_completed_removes_done():
    """Clear completed: two items, one done ("take out trash"), press Clear completed → trash item gone, the other ("mow lawn") stays."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "take out trash")
    I.press("Enter")
    I.fill("What needs to be done?", "mow lawn")
    I.press("Enter")
    I.check("Mark as complete", near="take out trash")
    I.click("Clear completed")
    I.dont_see("take out trash")
    I.see("mow lawn")


def test_clear_completed_hidden_without_done():
    """Clear completed button should NOT show while nothing is completed. Just add one active todo and check."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "nothing done yet")
    I.press("Enter")
    I.see("1 item left")
    I.dont_see("Clear completed")


def test_clear_completed_appears():
    """tick a todo → "Clear completed" button shows up in the footer"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "stretch")
    I.press("Enter")
    I.check("Mark as complete")
    I.see("Clear completed")


def test_todos_survive_reload():
    """Todos are kept in localStorage. Add "call mum", reload the page (go to /todo/ again) — it must still be there"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "call mum")
    I.press("Enter")
    I.go_to("/todo/")
    I.see("call mum")
    I.see("1 item left")


def test_mark_all_complete():
    """[Bulk] Mark all as complete toggle with 2 todos in the list → 0 items left"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "one")
    I.press("Enter")
    I.fill("What needs to be done?", "two")
    I.press("Enter")
    I.click("Mark all as complete")
    I.see("0 items left")


def test_title_trimmed():
    """leading/trailing whitespace should be trimmed: "   tidy desk   " shows as "tidy desk" and counts as 1 item"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "   tidy desk   ")
    I.press("Enter")
    I.see("tidy desk")
    I.see("1 item left")


def test_input_cleared_after_add():
    """after pressing Enter the new-todo box should be emptied so I can type the next one"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "write report")
    I.press("Enter")
    I.see_value("What needs to be done?", "")
    I.see("write report")


def test_active_hash_route_direct():
    """One active todo, then click the Completed filter → the active item should not be listed there (footer still 1 item left)"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "still active")
    I.press("Enter")
    I.click("Completed")
    I.dont_see("still active")
    I.see("1 item left")


def test_complete_then_active_filter_counter():
    """Counter doesn't depend on filter: add red + green, finish green, switch to Completed filter, the footer still says 1 item left"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "red")
    I.press("Enter")
    I.fill("What needs to be done?", "green")
    I.press("Enter")
    I.check("Mark as complete", near="green")
    I.click("Completed")
    I.see("green")
    I.see("1 item left")


def test_edit_blur_saves():
    """Editing and clicking away (blur) should save the change, same as Enter. Changed "draft email" → "send email" then tabbed out"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "draft email")
    I.press("Enter")
    I.double_click("draft email")
    I.fill("Edit todo", "send email")
    I.press("Tab")
    I.see("send email")


def test_delete_completed_item_counter():
    """Deleting a completed todo must not change items left. 2 todos, complete "x-ray", delete it → still 1 item left and x-ray gone"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "x-ray")
    I.press("Enter")
    I.fill("What needs to be done?", "yoga")
    I.press("Enter")
    I.check("Mark as complete", near="x-ray")
    I.hover("x-ray")
    I.click("Delete", near="x-ray")
    I.dont_see("x-ray")
    I.see("1 item left")


def test_add_via_enter_long_title():
    """Long titles should be accepted as typed. Entered: Ring the insurance company about the claim number 55-1023 before Friday"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Ring the insurance company about the claim number 55-1023 before Friday")
    I.press("Enter")
    I.see("Ring the insurance company about the claim number 55-1023 before Friday")


def test_mark_all_then_unmark():
    """Toggle-all twice: check Mark all as complete, uncheck it again. Everything active again, "3 items left"."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "a")
    I.press("Enter")
    I.fill("What needs to be done?", "b")
    I.press("Enter")
    I.fill("What needs to be done?", "c")
    I.press("Enter")
    I.click("Mark all as complete")
    I.click("Mark all as complete")
    I.see("3 items left")


def test_completed_todo_kept_after_reload():
    """Completed state is persisted: finish "pay bills", reload. Clear completed still visible and 0 items left."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "pay bills")
    I.press("Enter")
    I.check("Mark as complete", near="pay bills")
    I.go_to("/todo/")
    I.see("0 items left")
    I.see("Clear completed")


def test_clear_completed_in_completed_view():
    """In the Completed view, hit Clear completed. The view should end up empty (no "archive photos")"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "archive photos")
    I.press("Enter")
    I.check("Mark as complete", near="archive photos")
    I.click("Completed")
    I.click("Clear completed")
    I.dont_see("archive photos")


def test_delete_middle_of_three():
    """3 todos (milk, eggs, flour), delete eggs via the × on hover. Counter should drop to 2 items left"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "milk")
    I.press("Enter")
    I.fill("What needs to be done?", "eggs")
    I.press("Enter")
    I.fill("What needs to be done?", "flour")
    I.press("Enter")
    I.hover("eggs")
    I.click("Delete", near="eggs")
    I.see("2 items left")


def test_edit_box_prefilled():
    """Double-click a todo: the edit box should already contain the current title ("fix bike")"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "fix bike")
    I.press("Enter")
    I.double_click("fix bike")
    I.see_value("Edit todo", "fix bike")


def test_uncheck_in_completed_view():
    """In the Completed view, untick an item → it leaves the Completed list. Used "return library books"."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "return library books")
    I.press("Enter")
    I.check("Mark as complete", near="return library books")
    I.click("Completed")
    I.click("Mark as complete", near="return library books")
    I.dont_see("return library books")
    I.see("1 item left")


def test_add_while_on_active_filter():
    """adding a todo while the Active filter is on — new item shows up straight away"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "first")
    I.press("Enter")
    I.click("Active")
    I.fill("What needs to be done?", "second")
    I.press("Enter")
    I.see("second")
    I.see("2 items left")


def test_active_route_after_reload():
    """Filter survives reload: complete "old task", open /todo/#/active directly → old task not listed"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "old task")
    I.press("Enter")
    I.fill("What needs to be done?", "new task")
    I.press("Enter")
    I.check("Mark as complete", near="old task")
    I.go_to("/todo/#/active")
    I.see("new task")
    I.dont_see("old task")


def test_edit_completed_stays_completed():
    """Rename a completed todo (double-click, "gym" -> "gym 7am", Enter). It must still be completed: 0 items left"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "gym")
    I.press("Enter")
    I.check("Mark as complete", near="gym")
    I.double_click("gym")
    I.fill("Edit todo", "gym 7am")
    I.press("Enter")
    I.see("gym 7am")
    I.see("0 items left")

