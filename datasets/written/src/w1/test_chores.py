"""chores: tasks written by w1."""

from testgen import I


def test_add_for_sam():
    """new chore 'Wipe the hob', assign to Sam -> Added Wipe the hob for Sam., 4 chores left"""
    I.go_to("/chores/")
    I.fill("Chore", "Wipe the hob")
    I.select("Assign to", "Sam")
    I.click("Add chore")
    I.see("Added Wipe the hob for Sam.")
    I.see("4 chores left")


def test_add_for_anyone():
    """add 'Defrost freezer' leaving assignee on Anyone => msg says 'for anyone.'"""
    I.go_to("/chores/")
    I.fill("Chore", "Defrost freezer")
    I.click("Add chore")
    I.see("Added Defrost freezer for anyone.")


def test_add_blank():
    """Add chore w/ empty title -> 'Describe the chore first.'"""
    I.go_to("/chores/")
    I.select("Assign to", "Alex")
    I.click("Add chore")
    I.see("Describe the chore first.")
    I.see("3 chores left")


def test_error_goes_when_typing():
    """blank add -> err, then type 'Mop' => err gone"""
    I.go_to("/chores/")
    I.click("Add chore")
    I.see("Describe the chore first.")
    I.fill("Chore", "Mop")
    I.dont_see("Describe the chore first.")


def test_tick_vacuum():
    """tick 'Vacuum the stairs' -> Done: Vacuum the stairs. / 2 chores left"""
    I.go_to("/chores/")
    I.check("Vacuum the stairs")
    I.see("Done: Vacuum the stairs.")
    I.see("2 chores left")


def test_reopen_plants():
    """water the plants is done; untick -> 'Reopened: Water the plants.', 4 left"""
    I.go_to("/chores/")
    I.uncheck("Water the plants")
    I.see("Reopened: Water the plants.")
    I.see("4 chores left")


def test_one_chore_left():
    """[rota] tick recycling + vacuum -> '1 chore left' (singular)"""
    I.go_to("/chores/")
    I.check("Take out the recycling")
    I.check("Vacuum the stairs")
    I.see("1 chore left")


def test_open_filter():
    """Open filter -> 'Open chores', water the plants (done) not in it"""
    I.go_to("/chores/")
    I.click("Open")
    I.see("Open chores")
    I.dont_see("Water the plants")


def test_done_filter():
    """Done filter => only Water the plants; no recycling"""
    I.go_to("/chores/")
    I.click("Done")
    I.see("Done chores")
    I.see("Water the plants")
    I.dont_see("Take out the recycling")


def test_done_filter_url():
    """filter Done -> hash #/done"""
    I.go_to("/chores/")
    I.click("Done")
    I.see_url("#/done")


def test_mark_all_done():
    """Mark all done btn -> 'Marked 4 chores done.', No chores left"""
    I.go_to("/chores/")
    I.click("Mark all done")
    I.see("Marked 4 chores done.")
    I.see("No chores left")


def test_mark_all_toggle_back():
    """press mark all done twice -> reopened 4 chores, 4 chores left"""
    I.go_to("/chores/")
    I.click("Mark all done")
    I.click("Mark all done")
    I.see("Reopened 4 chores.")
    I.see("4 chores left")


def test_clear_done():
    """Clear done -> Cleared 1 done chore.; plants gone from list"""
    I.go_to("/chores/")
    I.click("Clear done")
    I.see("Cleared 1 done chore.")
    I.dont_see("Water the plants")


def test_clear_all_done():
    """mark all done then Clear done => 4 cleared, rota empty msg"""
    I.go_to("/chores/")
    I.click("Mark all done")
    I.click("Clear done")
    I.see("Cleared 4 done chores.")
    I.see("No chores on the rota. Add one above.")


def test_delete_kettle():
    """delete 'Descale the kettle' -> Deleted Descale the kettle., row gone"""
    I.go_to("/chores/")
    I.click("Delete Descale the kettle")
    I.see("Deleted Descale the kettle.")
    with I.within("All chores"):
        I.dont_see("Descale the kettle")


def test_open_view_all_done():
    """open view, mark all done -> 'Nothing left to do. Nice work!'"""
    I.go_to("/chores/")
    I.click("Open")
    I.click("Mark all done")
    I.see("Nothing left to do. Nice work!")


def test_done_view_empty():
    """reopen plants, then Done filter -> Nothing done yet."""
    I.go_to("/chores/")
    I.uncheck("Water the plants")
    I.click("Done")
    I.see("Nothing done yet.")


def test_tick_in_open_view():
    """in Open view tick recycling -> drops out of the view"""
    I.go_to("/chores/")
    I.click("Open")
    I.click("Take out the recycling")
    I.see("Done: Take out the recycling.")
    with I.within("Open chores"):
        I.dont_see("Take out the recycling")


def test_new_chore_in_open():
    """add 'Clean oven' for Priya while on Open filter -> shows in Open list w/ 'Assigned to Priya'"""
    I.go_to("/chores/")
    I.click("Open")
    I.fill("Chore", "Clean oven")
    I.select("Assign to", "Priya")
    I.click("Add chore")
    I.see("Clean oven")
    I.see("Assigned to Priya", near="Clean oven")


def test_delete_all():
    """delete all four chores -> 'No chores on the rota. Add one above.' + 'No chores left'"""
    I.go_to("/chores/")
    I.click("Delete Take out the recycling")
    I.click("Delete Water the plants")
    I.click("Delete Vacuum the stairs")
    I.click("Delete Descale the kettle")
    I.see("No chores on the rota. Add one above.")
    I.see("No chores left")


def test_title_box_cleared():
    """after adding a chore the Chore box goes blank"""
    I.go_to("/chores/")
    I.fill("Chore", "Bleach the grout")
    I.press("Enter")
    I.see("Added Bleach the grout for anyone.")
    I.see_value("Chore", "")


def test_add_for_alex_row():
    """add 'Fix the tap' for Alex -> confirm msg names Alex, 4 chores left"""
    I.go_to("/chores/")
    I.fill("Chore", "Fix the tap")
    I.select("Assign to", "Alex")
    I.click("Add chore")
    I.see("Added Fix the tap for Alex.")
    I.see("4 chores left")


def test_added_chore_not_in_done():
    """add 'Dust shelves', switch to Done filter -> not there"""
    I.go_to("/chores/")
    I.fill("Chore", "Dust shelves")
    I.click("Add chore")
    I.click("Done")
    with I.within("Done chores"):
        I.dont_see("Dust shelves")


def test_all_filter_after_done():
    """Done view then All -> heading 'All chores', recycling back in view"""
    I.go_to("/chores/")
    I.click("Done")
    I.click("All")
    I.see("Take out the recycling")
    I.see("All chores")


def test_delete_done_chore():
    """delete the done one (water the plants) -> still 3 chores left, 'Deleted Water the plants.'"""
    I.go_to("/chores/")
    I.click("Delete Water the plants")
    I.see("Deleted Water the plants.")
    I.see("3 chores left")


def test_reopen_in_done_view():
    """[done] in Done view untick water the plants -> drops out, 'Nothing done yet.'"""
    I.go_to("/chores/")
    I.click("Done")
    I.click("Water the plants")
    I.see("Reopened: Water the plants.")
    I.see("Nothing done yet.")


def test_mark_all_then_one_reopen():
    """mark all done, then untick Vacuum the stairs -> 1 chore left"""
    I.go_to("/chores/")
    I.click("Mark all done")
    I.uncheck("Vacuum the stairs")
    I.see("1 chore left")


def test_title_trimmed():
    """chore '   Empty the bins   ' -> msg shows trimmed 'Added Empty the bins for anyone.'"""
    I.go_to("/chores/")
    I.fill("Chore", "   Empty the bins   ")
    I.click("Add chore")
    I.see("Added Empty the bins for anyone.")


def test_spaces_only_chore():
    """chore = just spaces -> not added, 'Describe the chore first.'"""
    I.go_to("/chores/")
    I.fill("Chore", "     ")
    I.click("Add chore")
    I.see("Describe the chore first.")
    I.dont_see("Added")


def test_about_link():
    """top nav About -> #about"""
    I.go_to("/chores/")
    I.click("About")
    I.see_url("#about")
