"""todo: tasks written by w12."""

from testgen import I


def test_add_one_todo():
    """Focus the "What needs to be done?" textbox, type Buy milk and press Enter. Buy milk should be in the list and the counter say 1 item left."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Buy milk")
    I.press("Enter")
    I.see("Buy milk")
    I.see("1 item left")


def test_add_three_todos():
    """Add three todos with the keyboard (Enter after each): Water plants, Pay rent, Book dentist. Counter: 3 items left."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Water plants")
    I.press("Enter")
    I.fill("What needs to be done?", "Pay rent")
    I.press("Enter")
    I.fill("What needs to be done?", "Book dentist")
    I.press("Enter")
    I.see("Book dentist")
    I.see("3 items left")


def test_blank_todo_not_added():
    """Type only spaces in What needs to be done? and press Enter - nothing should be added, so no "item left" counter appears."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "   ")
    I.press("Enter")
    I.dont_see("item left")


def test_complete_only_todo():
    """Add Buy milk, then check its Mark as complete checkbox. Counter goes to 0 items left."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Buy milk")
    I.press("Enter")
    I.check("Mark as complete", near="Buy milk")
    I.see("0 items left")


def test_complete_one_of_two_shows_clear_button():
    """Add Pay rent and Call plumber. Check Mark as complete in the Pay rent row:
    - 1 item left
    - the Clear completed button shows up"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Pay rent")
    I.press("Enter")
    I.fill("What needs to be done?", "Call plumber")
    I.press("Enter")
    I.check("Mark as complete", near="Pay rent")
    I.see("1 item left")
    I.see("Clear completed")


def test_uncheck_completed_todo():
    """Add Stretch, mark it complete, then uncheck the Mark as complete checkbox again. Back to 1 item left."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Stretch")
    I.press("Enter")
    I.check("Mark as complete", near="Stretch")
    I.see("0 items left")
    I.uncheck("Mark as complete", near="Stretch")
    I.see("1 item left")


def test_clear_completed_removes_done():
    """Add Recycle bottles and Fix bike. Complete Recycle bottles and activate Clear completed. Recycle bottles is gone, Fix bike stays."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Recycle bottles")
    I.press("Enter")
    I.fill("What needs to be done?", "Fix bike")
    I.press("Enter")
    I.check("Mark as complete", near="Recycle bottles")
    I.click("Clear completed")
    I.dont_see("Recycle bottles")
    I.see("Fix bike")


def test_clear_completed_button_hides():
    """After clearing the only completed todo (Return library book), the Clear completed button itself should not be shown anymore."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Return library book")
    I.press("Enter")
    I.check("Mark as complete", near="Return library book")
    I.click("Clear completed")
    I.dont_see("Clear completed")


def test_active_filter():
    """Add Iron shirts and Email Tom, complete Email Tom, then activate the Active link. Only Iron shirts should be listed, Email Tom hidden."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Iron shirts")
    I.press("Enter")
    I.fill("What needs to be done?", "Email Tom")
    I.press("Enter")
    I.check("Mark as complete", near="Email Tom")
    I.click("Active")
    I.see("Iron shirts")
    I.dont_see("Email Tom")


def test_completed_filter():
    """With todos Sweep porch (done) and Order pizza (not done), the Completed link should show only Sweep porch, and the URL ends in #/completed."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Sweep porch")
    I.press("Enter")
    I.fill("What needs to be done?", "Order pizza")
    I.press("Enter")
    I.check("Mark as complete", near="Sweep porch")
    I.click("Completed")
    I.see_url("#/completed")
    I.see("Sweep porch")
    I.dont_see("Order pizza")


def test_all_filter_after_active():
    """add Feed cat + Wash car, complete Feed cat, go to Active, then back to All — both todos are listed again"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Feed cat")
    I.press("Enter")
    I.fill("What needs to be done?", "Wash car")
    I.press("Enter")
    I.check("Mark as complete", near="Feed cat")
    I.click("Active")
    I.click("All")
    I.see("Feed cat")
    I.see("Wash car")


def test_uncheck_in_completed_view():
    """On the Completed filter, uncheck Mark as complete for Plan trip (which I completed before). It should drop out of the Completed view."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Plan trip")
    I.press("Enter")
    I.check("Mark as complete", near="Plan trip")
    I.click("Completed")
    I.click("Mark as complete", near="Plan trip")
    I.dont_see("Plan trip")


def test_add_while_on_completed_filter():
    """Add Seed todo so the filters show up, switch to the Completed filter and add Buy stamps from there. Buy stamps is active, so it must not appear in the Completed view, but the counter goes to 2 items left."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Seed todo")
    I.press("Enter")
    I.click("Completed")
    I.fill("What needs to be done?", "Buy stamps")
    I.press("Enter")
    I.see("2 items left")
    I.dont_see("Buy stamps")


def test_delete_todo_on_hover():
    """Add Walk the dog and Take out trash. Hover the Walk the dog row and activate its Delete button; Walk the dog should be gone, 1 item left."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Walk the dog")
    I.press("Enter")
    I.fill("What needs to be done?", "Take out trash")
    I.press("Enter")
    I.hover("Walk the dog")
    I.click("Delete", near="Walk the dog")
    I.dont_see("Walk the dog")
    I.see("1 item left")


def test_delete_last_todo_hides_footer():
    """Add a single todo Call mom and delete it with its Delete button (hover first). The list is empty: the items left counter and the All/Active/Completed filters disappear."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Call mom")
    I.press("Enter")
    I.hover("Call mom")
    I.click("Delete", near="Call mom")
    I.dont_see("item left")
    I.dont_see("Completed")


def test_edit_todo_title():
    """Add Buy milk. Double-click its title, replace the text in the Edit todo textbox with Buy oat milk and press Enter. The list shows Buy oat milk."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Buy milk")
    I.press("Enter")
    I.double_click("Buy milk")
    I.fill("Edit todo", "Buy oat milk")
    I.press("Enter")
    I.see("Buy oat milk")


def test_edit_escape_cancels():
    """Double-click Buy bread to edit, type Buy cake instead, then press Escape. The edit is cancelled: Buy bread is still there and Buy cake is not."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Buy bread")
    I.press("Enter")
    I.double_click("Buy bread")
    I.fill("Edit todo", "Buy cake")
    I.press("Escape")
    I.see("Buy bread")
    I.dont_see("Buy cake")


def test_edit_to_empty_deletes():
    """Editing a todo down to nothing should delete it: add Renew passport, double-click it, clear the Edit todo field, Enter. It's gone from the list."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Renew passport")
    I.press("Enter")
    I.double_click("Renew passport")
    I.fill("Edit todo", "")
    I.press("Enter")
    I.dont_see("Renew passport")


def test_edit_saved_on_tab_away():
    """Double-click Read chapter 3, change it to Read chapter 4 and press Tab to leave the field — leaving saves it, so Read chapter 4 is listed."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Read chapter 3")
    I.press("Enter")
    I.double_click("Read chapter 3")
    I.fill("Edit todo", "Read chapter 4")
    I.press("Tab")
    I.see("Read chapter 4")
    I.dont_see("Read chapter 3")


def test_todos_survive_reload():
    """Add Pick up parcel, then reload the page. Pick up parcel should still be in the list (kept in this browser)."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Pick up parcel")
    I.press("Enter")
    I.go_to("/todo/")
    I.see("Pick up parcel")
    I.see("1 item left")


def test_completed_state_survives_reload():
    """Complete Send invoice and reload: it should still count as done, 0 items left."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Send invoice")
    I.press("Enter")
    I.check("Mark as complete", near="Send invoice")
    I.go_to("/todo/")
    I.see("Send invoice")
    I.see("0 items left")


def test_active_route_after_reload():
    """Add Oil hinges and Buy bulbs, tick Buy bulbs, open the Active link and reload the page at #/active. The Active view should still hide Buy bulbs."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Oil hinges")
    I.press("Enter")
    I.fill("What needs to be done?", "Buy bulbs")
    I.press("Enter")
    I.check("Mark as complete", near="Buy bulbs")
    I.click("Active")
    I.go_to("/todo/#/active")
    I.see("Oil hinges")
    I.dont_see("Buy bulbs")


def test_delete_completed_item_keeps_count():
    """Add Pack lunch and Charge phone, complete Pack lunch, then hover it and activate Delete. Pack lunch is removed and, with nothing completed left, the Clear completed button goes away."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Pack lunch")
    I.press("Enter")
    I.fill("What needs to be done?", "Charge phone")
    I.press("Enter")
    I.check("Mark as complete", near="Pack lunch")
    I.hover("Pack lunch")
    I.click("Delete", near="Pack lunch")
    I.dont_see("Pack lunch")
    I.dont_see("Clear completed")


def test_clear_all_done_empties_list():
    """Add Mop floor and Dust shelves, tick Mark as complete on both, then activate Clear completed. The list is empty again: no items left counter, no Mop floor."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Mop floor")
    I.press("Enter")
    I.fill("What needs to be done?", "Dust shelves")
    I.press("Enter")
    I.check("Mark as complete", near="Mop floor")
    I.check("Mark as complete", near="Dust shelves")
    I.click("Clear completed")
    I.dont_see("items left")
    I.dont_see("Mop floor")


def test_add_on_active_filter():
    """Add Seed todo, switch to the Active link (URL #/active) and add Buy stamps from there. It shows up right away in the Active view, 2 items left."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Seed todo")
    I.press("Enter")
    I.click("Active")
    I.see_url("#/active")
    I.fill("What needs to be done?", "Buy stamps")
    I.press("Enter")
    I.see("Buy stamps")
    I.see("2 items left")


def test_edit_completed_todo_stays_completed():
    """Complete Sweep porch, then double-click it and rename it to Sweep deck (Enter). In the Completed view Sweep deck should be listed."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Sweep porch")
    I.press("Enter")
    I.check("Mark as complete", near="Sweep porch")
    I.double_click("Sweep porch")
    I.fill("Edit todo", "Sweep deck")
    I.press("Enter")
    I.click("Completed")
    I.see("Sweep deck")


def test_edited_title_survives_reload():
    """Rename Call bank to Call the bank (double-click, type, Enter) and reload the page. The new title Call the bank is still there, the old one isn't."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Call bank")
    I.press("Enter")
    I.double_click("Call bank")
    I.fill("Edit todo", "Call the bank")
    I.press("Enter")
    I.go_to("/todo/")
    I.see("Call the bank")
    I.dont_see("Call bank")


def test_delete_in_completed_view():
    """In the Completed view, hover the finished todo Defrost freezer and activate its Delete button. It should disappear from the view."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Defrost freezer")
    I.press("Enter")
    I.fill("What needs to be done?", "Buy ice")
    I.press("Enter")
    I.check("Mark as complete", near="Defrost freezer")
    I.click("Completed")
    I.hover("Defrost freezer")
    I.click("Delete", near="Defrost freezer")
    I.dont_see("Defrost freezer")


def test_my_list_link_shows_all():
    """From the Completed filter, activate the My list link in the top navigation: the full list comes back, including the unfinished Buy ice."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Buy ice")
    I.press("Enter")
    I.click("Completed")
    I.dont_see("Buy ice")
    I.click("My list")
    I.see("Buy ice")
