"""chores: tasks written by b1."""

from testgen import I


def test_add_chore_for_priya():
    """Add a chore "Clean the bathroom mirror" assigned to Priya. It should show up in the list with "Assigned to Priya" and the counter should go to 4 chores left."""
    I.go_to("/chores/")
    I.fill("Chore", "Clean the bathroom mirror")
    I.select("Assign to", "Priya")
    I.click("Add chore")
    I.see("Clean the bathroom mirror")
    I.see("Added Clean the bathroom mirror for Priya.")
    I.see("4 chores left")


def test_add_chore_without_title_refused():
    """Add chore with the chore box left empty -> refused, message "Describe the chore first." and the count stays at 3 left"""
    I.go_to("/chores/")
    I.click("Add chore")
    I.see("Describe the chore first.")
    I.see("3 chores left")


def test_add_chore_for_anyone_with_enter():
    """Type Defrost the freezer in the chore field and just hit Enter (leave Assign to on Anyone). Expected: confirmation "Added Defrost the freezer for anyone.\""""
    I.go_to("/chores/")
    I.fill("Chore", "Defrost the freezer")
    I.press("Enter")
    I.see("Added Defrost the freezer for anyone.")
    I.see("Defrost the freezer")


def test_tick_off_recycling():
    """Given the rota with 3 chores left
When I tick "Take out the recycling"
Then the footer says 2 chores left
And the status line says Done: Take out the recycling."""
    I.go_to("/chores/")
    I.check("Take out the recycling")
    I.see("2 chores left")
    I.see("Done: Take out the recycling.")


def test_untick_watered_plants():
    """can you check that unticking Water the plants (already done) reopens it - should read "Reopened: Water the plants." and 4 chores left"""
    I.go_to("/chores/")
    I.uncheck("Water the plants")
    I.see("Reopened: Water the plants.")
    I.see("4 chores left")


def test_open_filter_hides_done_chores():
    """Open filter in the footer: heading becomes Open chores and Water the plants (which is done) must not be in the list."""
    I.go_to("/chores/")
    I.click("Open")
    I.see("Open chores")
    I.see("Vacuum the stairs")
    I.dont_see("Water the plants")


def test_done_filter():
    """1. Go to the chores page
2. Click Done at the bottom
Expected: heading "Done chores", only Water the plants listed, Descale the kettle not shown"""
    I.go_to("/chores/")
    I.click("Done")
    I.see("Done chores")
    I.see("Water the plants")
    I.dont_see("Descale the kettle")


def test_delete_vacuum_chore():
    """Delete the stairs vacuuming chore (delete button on its row) - it's gone from the list, status says Deleted Vacuum the stairs., 2 chores left"""
    I.go_to("/chores/")
    I.click("Delete", near="Vacuum the stairs")
    I.see("Deleted Vacuum the stairs.")
    I.see("2 chores left")
    I.dont_see("Assigned to Alex")


def test_mark_all_done():
    """Mark all done -> every chore ticked, footer reads "No chores left", status "Marked 4 chores done.\""""
    I.go_to("/chores/")
    I.click("Mark all done")
    I.see("No chores left")
    I.see("Marked 4 chores done.")


def test_mark_all_done_twice_reopens():
    """Press Mark all done twice in a row. The second press should reopen everything: "Reopened 4 chores." and 4 chores left in the footer."""
    I.go_to("/chores/")
    I.click("Mark all done")
    I.click("Mark all done")
    I.see("Reopened 4 chores.")
    I.see("4 chores left")


def test_clear_done_removes_finished():
    """Clear done should throw away the finished chore.
Expected: "Cleared 1 done chore." and Water the plants no longer on the rota (not even under the Done filter)."""
    I.go_to("/chores/")
    I.click("Clear done")
    I.see("Cleared 1 done chore.")
    I.click("Done")
    I.see("Nothing done yet.")
    I.dont_see("Water the plants")


def test_empty_rota_message():
    """Given all chores are marked done and then cleared
Then the list is replaced by "No chores on the rota. Add one above.\""""
    I.go_to("/chores/")
    I.click("Mark all done")
    I.click("Clear done")
    I.see("No chores on the rota. Add one above.")


def test_open_view_empty_after_mark_all():
    """On the Open view, mark all done - list should empty out with the "Nothing left to do. Nice work!" message"""
    I.go_to("/chores/")
    I.click("Open")
    I.click("Mark all done")
    I.see("Nothing left to do. Nice work!")
    I.dont_see("Take out the recycling")


def test_error_goes_away_when_typing():
    """Click Add chore with nothing typed so the red "Describe the chore first." error shows, then start typing "Mop" in the chore field. The error must disappear as soon as you type."""
    I.go_to("/chores/")
    I.click("Add chore")
    I.see("Describe the chore first.")
    I.fill("Chore", "Mop")
    I.dont_see("Describe the chore first.")


def test_ticking_in_open_view_removes_row():
    """In the Open view tick off Vacuum the stairs.
Expected: Alex's chore drops out of the Open list straight away and the status line confirms "Done: Vacuum the stairs.\""""
    I.go_to("/chores/")
    I.click("Open")
    I.check("Vacuum the stairs")
    I.see("Done: Vacuum the stairs.")
    I.dont_see("Assigned to Alex")
