"""chores: tasks written by w6."""

from testgen import I


def test_add_chore_for_sam():
    """So I'd open Homerota, type "Clean the bathroom" as the chore, assign it to Sam and hit Add chore. It should say something like "Added Clean the bathroom for Sam" and the count goes up to 4 chores left."""
    I.go_to("/chores/")
    I.fill("Chore", "Clean the bathroom")
    I.select("Assign to", "Sam")
    I.click("Add chore")
    I.see("Added Clean the bathroom for Sam.")
    I.see("4 chores left")


def test_add_chore_without_title():
    """Empty chore shouldn't be allowed! Just click Add chore without typing anything and you should get "Describe the chore first."."""
    I.go_to("/chores/")
    I.click("Add chore")
    I.see("Describe the chore first.")


def test_add_chore_for_anyone():
    """If you leave Assign to on Anyone, the little message should say it's for anyone. I'd add "Defrost the fridge" and look for "for anyone"."""
    I.go_to("/chores/")
    I.fill("Chore", "Defrost the fridge")
    I.click("Add chore")
    I.see("Added Defrost the fridge for anyone.")


def test_tick_off_recycling():
    """Tick off Take out the recycling — status should read "Done: Take out the recycling." and there'd be 2 chores left then."""
    I.go_to("/chores/")
    I.check("Take out the recycling")
    I.see("Done: Take out the recycling.")
    I.see("2 chores left")


def test_reopen_watered_plants():
    """Water the plants starts off done (Priya's one). Untick it and it should say Reopened, and 4 chores left."""
    I.go_to("/chores/")
    I.uncheck("Water the plants")
    I.see("Reopened: Water the plants.")
    I.see("4 chores left")


def test_delete_kettle_chore():
    """Delete the "Descale the kettle" chore with its Delete button. It should vanish from the list, with a Deleted message. Hopefully."""
    I.go_to("/chores/")
    I.click("Delete Descale the kettle")
    I.see("Deleted Descale the kettle.")
    I.see("2 chores left")


def test_open_filter():
    """Click the Open filter; the heading should change to Open chores and Water the plants (which is done) shouldn't be in the list."""
    I.go_to("/chores/")
    I.click("Open")
    I.see("Open chores")
    I.dont_see("Water the plants")


def test_done_filter():
    """Done view! Click Done and you should only get Water the plants, not the recycling."""
    I.go_to("/chores/")
    I.click("Done")
    I.see("Done chores")
    I.see("Water the plants")
    I.dont_see("Take out the recycling")


def test_mark_all_done():
    """Hit Mark all done and the footer should say "No chores left", plus a message that it marked 4 chores done."""
    I.go_to("/chores/")
    I.click("Mark all done")
    I.see("No chores left")
    I.see("Marked 4 chores done.")


def test_mark_all_twice_reopens():
    """Pressing Mark all done a second time reopens everything, apparently. So click it twice and it should say Reopened 4 chores, 4 chores left."""
    I.go_to("/chores/")
    I.click("Mark all done")
    I.click("Mark all done")
    I.see("Reopened 4 chores.")
    I.see("4 chores left")


def test_clear_done():
    """Clear done should get rid of the finished ones — so Water the plants goes, and it tells you "Cleared 1 done chore."."""
    I.go_to("/chores/")
    I.click("Clear done")
    I.see("Cleared 1 done chore.")
    I.dont_see("Water the plants")


def test_done_view_empty_message():
    """I'd untick Water the plants and then go to Done — there's nothing done so it should say "Nothing done yet."."""
    I.go_to("/chores/")
    I.uncheck("Water the plants")
    I.click("Done")
    I.see("Nothing done yet.")


def test_open_view_all_done_message():
    """Mark everything done, then flip to Open. Should get the nice "Nothing left to do. Nice work!" message :)"""
    I.go_to("/chores/")
    I.click("Mark all done")
    I.click("Open")
    I.see("Nothing left to do. Nice work!")


def test_new_chore_shows_assignee():
    """Add "Mop the kitchen" for Alex and the row should say Assigned to Alex next to it."""
    I.go_to("/chores/")
    I.fill("Chore", "Mop the kitchen")
    I.select("Assign to", "Alex")
    I.click("Add chore")
    I.see("Mop the kitchen")
    I.see("Assigned to Alex", near="Mop the kitchen")


def test_error_clears_when_typing():
    """Click Add chore empty to get the error, then start typing in the Chore box ("Dust") — the error text should go away straight away."""
    I.go_to("/chores/")
    I.click("Add chore")
    I.see("Describe the chore first.")
    I.fill("Chore", "Dust")
    I.dont_see("Describe the chore first.")


def test_spaces_only_chore_refused():
    """Someone told me you can sneak in a chore that's just spaces. I'd type a few spaces in Chore, press Add chore, and it should still complain "Describe the chore first." rather than adding it."""
    I.go_to("/chores/")
    I.fill("Chore", "    ")
    I.click("Add chore")
    I.see("Describe the chore first.")
    I.see("3 chores left")


def test_chore_input_clears():
    """After adding "Buy bin bags" the Chore box should be empty again, ready for the next."""
    I.go_to("/chores/")
    I.fill("Chore", "Buy bin bags")
    I.click("Add chore")
    I.see_value("Chore", "")


def test_add_with_enter():
    """You don't have to click the button, Enter in the chore box submits too. Type "Sort the post", Enter, and it's in the list."""
    I.go_to("/chores/")
    I.fill("Chore", "Sort the post")
    I.press("Enter")
    I.see("Added Sort the post for anyone.")
    I.see("Sort the post")


def test_delete_everything_empty_message():
    """Bit of a long one: delete all four chores (recycling, plants, stairs, kettle) one by one. At the end you'd expect "No chores on the rota. Add one above."."""
    I.go_to("/chores/")
    I.click("Delete Take out the recycling")
    I.click("Delete Water the plants")
    I.click("Delete Vacuum the stairs")
    I.click("Delete Descale the kettle")
    I.see("No chores on the rota. Add one above.")


def test_open_view_after_ticking():
    """On the Open view, tick off the three open ones one after another (recycling, stairs, kettle) — each one should drop out as you go, and you end up with "Nothing left to do. Nice work!"."""
    I.go_to("/chores/")
    I.click("Open")
    I.click("Take out the recycling")
    I.click("Vacuum the stairs")
    I.click("Descale the kettle")
    I.see("Nothing left to do. Nice work!")


def test_done_url():
    """Clicking Done should put #/done in the address bar."""
    I.go_to("/chores/")
    I.click("Done")
    I.see_url("#/done")


def test_added_chore_in_open_view():
    """New chores start open, so add "Fix the shelf" for Priya, go to Open and it should be listed there."""
    I.go_to("/chores/")
    I.fill("Chore", "Fix the shelf")
    I.select("Assign to", "Priya")
    I.click("Add chore")
    I.click("Open")
    I.see("Fix the shelf")


def test_mark_all_then_clear_done():
    """Mark all done, then Clear done. Everything goes, so it should say "Cleared 4 done chores." and the empty rota message."""
    I.go_to("/chores/")
    I.click("Mark all done")
    I.click("Clear done")
    I.see("Cleared 4 done chores.")
    I.see("No chores on the rota. Add one above.")


def test_one_chore_left_singular():
    """Tick the recycling and the stairs, and the footer should say "1 chore left" — singular, not chores."""
    I.go_to("/chores/")
    I.check("Take out the recycling")
    I.check("Vacuum the stairs")
    I.see("1 chore left")
    I.dont_see("1 chores left")


def test_deleted_chore_not_in_done_view():
    """Delete Water the plants then look at the Done view, it really shouldn't be hiding in there — should just say Nothing done yet."""
    I.go_to("/chores/")
    I.click("Delete Water the plants")
    I.click("Done")
    I.see("Nothing done yet.")


def test_add_then_delete_new_chore():
    """Add "Restock loo roll" and then delete it again with its own Delete button — "Deleted Restock loo roll." and we're back to 3 chores left."""
    I.go_to("/chores/")
    I.fill("Chore", "Restock loo roll")
    I.click("Add chore")
    I.click("Delete Restock loo roll")
    I.see("Deleted Restock loo roll.")
    I.see("3 chores left")


def test_tick_new_chore_done_view():
    """Add "Clean windows" for Priya, tick it straight away and look in Done — it should be there alongside Water the plants."""
    I.go_to("/chores/")
    I.fill("Chore", "Clean windows")
    I.select("Assign to", "Priya")
    I.click("Add chore")
    I.check("Clean windows")
    I.click("Done")
    I.see("Clean windows")
    I.see("Water the plants")


def test_clear_done_from_done_view():
    """Go to the Done view and press Clear done from there — "Cleared 1 done chore." and the view's empty: Nothing done yet."""
    I.go_to("/chores/")
    I.click("Done")
    I.click("Clear done")
    I.see("Cleared 1 done chore.")
    I.see("Nothing done yet.")
