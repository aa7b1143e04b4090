"""chores: tasks written by w5."""

from testgen import I


def test_add_chore_for_sam():
    """Scenario: new chore for Sam
Given I am on the chores page
When I fill "Chore" with "Clean the fridge" and select "Sam" under "Assign to"
And I click "Add chore"
Then I should see "Added Clean the fridge for Sam.\""""
    I.go_to("/chores/")
    I.fill("Chore", "Clean the fridge")
    I.select("Assign to", "Sam")
    I.click("Add chore")
    I.see("Added Clean the fridge for Sam.")


def test_add_chore_anyone():
    """given I'm on Homerota
when I add the chore "Defrost freezer" without picking anyone
then the status says "Added Defrost freezer for anyone."
and the counter goes to "4 chores left\""""
    I.go_to("/chores/")
    I.fill("Chore", "Defrost freezer")
    I.click("Add chore")
    I.see("Added Defrost freezer for anyone.")
    I.see("4 chores left")


def test_empty_chore_error():
    """Scenario: no description
When I click "Add chore" with an empty Chore field
Then I should see "Describe the chore first.\""""
    I.go_to("/chores/")
    I.click("Add chore")
    I.see("Describe the chore first.")


def test_error_gone_after_typing():
    """Given I got "Describe the chore first." from an empty submit
When I type "Dust shelves" into Chore
Then the error should not be shown any more"""
    I.go_to("/chores/")
    I.click("Add chore")
    I.see("Describe the chore first.")
    I.fill("Chore", "Dust shelves")
    I.dont_see("Describe the chore first.")


def test_tick_chore_done():
    """When I tick "Vacuum the stairs"
Then I see "Done: Vacuum the stairs."
And "2 chores left\""""
    I.go_to("/chores/")
    I.check("Vacuum the stairs")
    I.see("Done: Vacuum the stairs.")
    I.see("2 chores left")


def test_reopen_watering():
    """Scenario: reopen a done chore
Given "Water the plants" is done
When I untick it
Then the status shows "Reopened: Water the plants.\""""
    I.go_to("/chores/")
    I.uncheck("Water the plants")
    I.see("Reopened: Water the plants.")
    I.see("4 chores left")


def test_delete_kettle():
    """Given I am on the chores page
When I click "Delete Descale the kettle"
Then I should see "Deleted Descale the kettle."
and the footer drops to "2 chores left"
But "3 chores left" should not be shown"""
    I.go_to("/chores/")
    I.click("Delete Descale the kettle")
    I.see("Deleted Descale the kettle.")
    I.see("2 chores left")
    I.dont_see("3 chores left")


def test_open_filter():
    """Scenario: Open view
When I click "Open"
Then the heading changes to "Open chores"
and "Water the plants" should not show"""
    I.go_to("/chores/")
    I.click("Open")
    I.see("Open chores")
    I.dont_see("Water the plants")


def test_done_filter():
    """When I go to the Done filter
Then I see "Done chores" with "Water the plants" in it"""
    I.go_to("/chores/")
    I.click("Done")
    I.see("Done chores")
    I.see("Water the plants")
    I.dont_see("Vacuum the stairs")


def test_mark_all_done():
    """Scenario: Mark all done
Given I am on the chores page
When I click "Mark all done"
Then I should see "Marked 4 chores done."
And "No chores left\""""
    I.go_to("/chores/")
    I.click("Mark all done")
    I.see("Marked 4 chores done.")
    I.see("No chores left")


def test_mark_all_twice_reopens():
    """When I press "Mark all done" twice
then it says "Reopened 4 chores." and "4 chores left\""""
    I.go_to("/chores/")
    I.click("Mark all done")
    I.click("Mark all done")
    I.see("Reopened 4 chores.")
    I.see("4 chores left")


def test_clear_done():
    """Scenario: clear done chores
When I click "Clear done"
Then I should see "Cleared 1 done chore."
And Water the plants is gone"""
    I.go_to("/chores/")
    I.click("Clear done")
    I.see("Cleared 1 done chore.")
    I.dont_see("Water the plants")


def test_open_view_empty_message():
    """Given all chores are marked done with "Mark all done"
When I switch to Open
Then I should see "Nothing left to do. Nice work!\""""
    I.go_to("/chores/")
    I.click("Mark all done")
    I.click("Open")
    I.see("Nothing left to do. Nice work!")


def test_done_view_nothing_done():
    """Scenario: nothing done yet
Given I untick "Water the plants"
When I click Done
Then "Nothing done yet." shows"""
    I.go_to("/chores/")
    I.uncheck("Water the plants")
    I.click("Done")
    I.see("Nothing done yet.")


def test_new_chore_assigned_label():
    """When I add "Iron shirts" for Alex
Then the new row shows "Iron shirts" and "Assigned to Alex\""""
    I.go_to("/chores/")
    I.fill("Chore", "Iron shirts")
    I.select("Assign to", "Alex")
    I.click("Add chore")
    I.see("Iron shirts")
    I.see("Assigned to Alex", near="Iron shirts")


def test_done_url():
    """Given I am on the chores page
When I click the "Done" filter
Then the URL contains "#/done\""""
    I.go_to("/chores/")
    I.click("Done")
    I.see_url("#/done")


def test_all_empty_after_deleting_everything():
    """When I delete all four chores
Then I see "No chores on the rota. Add one above.\""""
    I.go_to("/chores/")
    I.click("Delete Take out the recycling")
    I.click("Delete Water the plants")
    I.click("Delete Vacuum the stairs")
    I.click("Delete Descale the kettle")
    I.see("No chores on the rota. Add one above.")


def test_chore_field_cleared():
    """Scenario: form resets
When I add the chore "Change bedsheets" for Priya
Then the Chore field is empty again"""
    I.go_to("/chores/")
    I.fill("Chore", "Change bedsheets")
    I.select("Assign to", "Priya")
    I.click("Add chore")
    I.see("Added Change bedsheets for Priya.")
    I.see_value("Chore", "")


def test_enter_submits_chore():
    """When I type "Bleach the sink" in Chore and hit Enter
Then "Added Bleach the sink for anyone." should appear"""
    I.go_to("/chores/")
    I.fill("Chore", "Bleach the sink")
    I.press("Enter")
    I.see("Added Bleach the sink for anyone.")


def test_whitespace_chore_rejected():
    """Scenario: spaces only
When I fill Chore with "    " and click Add chore
Then I see "Describe the chore first."
And the counter still says "3 chores left\""""
    I.go_to("/chores/")
    I.fill("Chore", "    ")
    I.click("Add chore")
    I.see("Describe the chore first.")
    I.see("3 chores left")


def test_one_chore_left_singular():
    """Given I tick "Take out the recycling" and "Vacuum the stairs"
Then the footer reads "1 chore left\""""
    I.go_to("/chores/")
    I.check("Take out the recycling")
    I.check("Vacuum the stairs")
    I.see("1 chore left")


def test_clear_done_after_mark_all():
    """Scenario: wipe everything
Given I clicked "Mark all done"
When I click "Clear done"
Then I should see "Cleared 4 done chores."
and "No chores on the rota. Add one above.\""""
    I.go_to("/chores/")
    I.click("Mark all done")
    I.click("Clear done")
    I.see("Cleared 4 done chores.")
    I.see("No chores on the rota. Add one above.")


def test_new_chore_shows_in_open():
    """When I add "Descale shower head" and then open the Open filter
Then "Descale shower head" is listed there"""
    I.go_to("/chores/")
    I.fill("Chore", "Descale shower head")
    I.click("Add chore")
    I.click("Open")
    I.see("Descale shower head")


def test_add_for_priya_then_done():
    """Scenario: add and finish
Given I add the chore "Clean windows" for Priya
When I tick "Clean windows"
Then I should see "Done: Clean windows."
and the counter stays at "3 chores left\""""
    I.go_to("/chores/")
    I.fill("Chore", "Clean windows")
    I.select("Assign to", "Priya")
    I.click("Add chore")
    I.see("4 chores left")
    I.check("Clean windows")
    I.see("Done: Clean windows.")
    I.see("3 chores left")


def test_clear_two_done():
    """Scenario: clear after finishing the kettle
Given I tick "Descale the kettle"
When I press "Clear done"
Then the status reads "Cleared 2 done chores."
and "2 chores left\""""
    I.go_to("/chores/")
    I.check("Descale the kettle")
    I.click("Clear done")
    I.see("Cleared 2 done chores.")
    I.see("2 chores left")
