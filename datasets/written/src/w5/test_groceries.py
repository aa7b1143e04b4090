"""groceries: tasks written by w5."""

from testgen import I


def test_add_item_with_button():
    """Scenario: add an item
Given I am on the shopping list page
When I fill "Add an item" with "Greek yoghurt" and click Add
Then I should see "Added Greek yoghurt."
And the count shows "5 items to buy\""""
    I.go_to("/groceries/")
    I.fill("Add an item", "Greek yoghurt")
    I.click("Add")
    I.see("Added Greek yoghurt.")
    I.see("5 items to buy")


def test_add_item_with_enter():
    """given I'm on the groceries page
when I type "Rice" into the add field and press Enter
then "Rice" is on the list"""
    I.go_to("/groceries/")
    I.fill("Add an item", "Rice")
    I.press("Enter")
    I.see("Added Rice.")
    I.see("Rice")


def test_empty_name_error():
    """Scenario: empty item
When I click "Add" without typing anything
Then I should see "Type the name of an item first.\""""
    I.go_to("/groceries/")
    I.click("Add")
    I.see("Type the name of an item first.")


def test_duplicate_case_insensitive():
    """Given I am on the groceries page
When I add "bananas"
Then I should see "That item is already on the list."
And "5 items to buy" should not be shown"""
    I.go_to("/groceries/")
    I.fill("Add an item", "bananas")
    I.click("Add")
    I.see("That item is already on the list.")
    I.dont_see("5 items to buy")


def test_error_clears_on_typing():
    """Scenario: error goes away once I type
Given I clicked Add with an empty field and got the error
When I start typing "Eggs" in "Add an item"
Then "Type the name of an item first." should not be visible anymore"""
    I.go_to("/groceries/")
    I.click("Add")
    I.see("Type the name of an item first.")
    I.fill("Add an item", "Eggs")
    I.dont_see("Type the name of an item first.")


def test_increase_bananas():
    """When I click "More Bananas"
Then the Bananas quantity shows "Qty 7"
and the status says "Bananas: 7 needed.\""""
    I.go_to("/groceries/")
    I.click("More Bananas")
    I.see("Qty 7")
    I.see("Bananas: 7 needed.")


def test_decrease_oat_milk():
    """Scenario: fewer oat milk
Given I am on the groceries page
When I press the "Fewer Oat milk" button
Then I should see "Oat milk: 1 needed.\""""
    I.go_to("/groceries/")
    I.click("Fewer Oat milk")
    I.see("Oat milk: 1 needed.")


def test_tick_off_item():
    """Given I'm on the weekly shop
When I tick "Cheddar"
Then I see "Bought Cheddar."
And it says "3 items to buy\""""
    I.go_to("/groceries/")
    I.check("Cheddar")
    I.see("Bought Cheddar.")
    I.see("3 items to buy")


def test_untick_coffee():
    """scenario: put coffee back
When I untick "Coffee beans"
Then I should see "Back on the list: Coffee beans."
And "5 items to buy\""""
    I.go_to("/groceries/")
    I.uncheck("Coffee beans")
    I.see("Back on the list: Coffee beans.")
    I.see("5 items to buy")


def test_remove_cheddar():
    """Given I am on the groceries page
When I click "Remove" next to "Cheddar"
Then I see "Removed Cheddar."
And the count is down to "3 items to buy"""""
    I.go_to("/groceries/")
    I.click("Remove", near="Cheddar")
    I.see("Removed Cheddar.")
    I.see("3 items to buy")


def test_clear_bought():
    """Scenario: Clear bought
When I click "Clear bought"
Then I should see "Cleared 1 bought item."
and Coffee beans should not be shown"""
    I.go_to("/groceries/")
    I.click("Clear bought")
    I.see("Cleared 1 bought item.")
    I.dont_see("Coffee beans")


def test_clear_two_bought():
    """Given I tick "Bananas" and "Oat milk"
When I click Clear bought
Then the status reads "Cleared 3 bought items.\""""
    I.go_to("/groceries/")
    I.check("Bananas")
    I.check("Oat milk")
    I.click("Clear bought")
    I.see("Cleared 3 bought items.")


def test_nothing_to_buy():
    """Scenario: everything bought
When I tick Oat milk, Bananas, Sourdough bread and Cheddar
Then the counter says "Nothing to buy\""""
    I.go_to("/groceries/")
    I.check("Oat milk")
    I.check("Bananas")
    I.check("Sourdough bread")
    I.check("Cheddar")
    I.see("Nothing to buy")


def test_empty_list_message():
    """Given the list
When I remove Oat milk, Bananas, Sourdough bread, Coffee beans And Cheddar
Then I should see "Your list is empty. Add the first item above.\""""
    I.go_to("/groceries/")
    I.click("Remove Oat milk")
    I.click("Remove Bananas")
    I.click("Remove Sourdough bread")
    I.click("Remove Coffee beans")
    I.click("Remove Cheddar")
    I.see("Your list is empty. Add the first item above.")


def test_spaces_collapsed():
    """When I add "  Peanut    butter  "
Then the list should show "Peanut butter" with single spaces"""
    I.go_to("/groceries/")
    I.fill("Add an item", "  Peanut    butter  ")
    I.click("Add")
    I.see("Added Peanut butter.")


def test_new_item_qty_one():
    """Scenario: new items start at one
Given I add "Lemons"
When I click "More Lemons" twice
Then I should see "Lemons: 3 needed.\""""
    I.go_to("/groceries/")
    I.fill("Add an item", "Lemons")
    I.click("Add")
    I.click("More Lemons")
    I.click("More Lemons")
    I.see("Lemons: 3 needed.")


def test_field_empty_after_add():
    """Given I'm on Basketful
When I add "Tomatoes"
Then the "Add an item" box is empty again"""
    I.go_to("/groceries/")
    I.fill("Add an item", "Tomatoes")
    I.press("Enter")
    I.see("Added Tomatoes.")
    I.see_value("Add an item", "")


def test_duplicate_keeps_text():
    """When I try to add "Cheddar" again
then the error "That item is already on the list." shows
and the text stays in the box"""
    I.go_to("/groceries/")
    I.fill("Add an item", "Cheddar")
    I.press("Enter")
    I.see("That item is already on the list.")
    I.see_value("Add an item", "Cheddar")


def test_whitespace_only_rejected():
    """Scenario: just spaces
When I enter "     " and click Add
Then I see "Type the name of an item first.\""""
    I.go_to("/groceries/")
    I.fill("Add an item", "     ")
    I.click("Add")
    I.see("Type the name of an item first.")


def test_remove_then_readd():
    """Given I removed "Bananas"
When I add "Bananas" again
Then it should be accepted: "Added Bananas." shows
and there is no duplicate error"""
    I.go_to("/groceries/")
    I.click("Remove Bananas")
    I.fill("Add an item", "Bananas")
    I.click("Add")
    I.see("Added Bananas.")
    I.dont_see("That item is already on the list.")


def test_sourdough_up_then_down():
    """When I click "More Sourdough bread" and then "Fewer Sourdough bread"
Then I see "Sourdough bread: 1 needed.\""""
    I.go_to("/groceries/")
    I.click("More Sourdough bread")
    I.click("Fewer Sourdough bread")
    I.see("Sourdough bread: 1 needed.")


def test_remove_bought_item_counter_unchanged():
    """Scenario: removing a bought item
When I remove "Coffee beans"
Then I see "Removed Coffee beans."
but the count still shows "4 items to buy" since it was already bought"""
    I.go_to("/groceries/")
    I.click("Remove Coffee beans")
    I.see("Removed Coffee beans.")
    I.see("4 items to buy")


def test_tick_new_item():
    """Given I add "Basil" to the list
When I tick "Basil"
Then I should see "Bought Basil.\""""
    I.go_to("/groceries/")
    I.fill("Add an item", "Basil")
    I.click("Add")
    I.check("Basil")
    I.see("Bought Basil.")


def test_add_then_remove_new_item():
    """Scenario: change my mind
Given I add "Anchovies"
When I click "Remove Anchovies"
Then I see "Removed Anchovies."
and the count is back to "4 items to buy\""""
    I.go_to("/groceries/")
    I.fill("Add an item", "Anchovies")
    I.click("Add")
    I.see("5 items to buy")
    I.click("Remove Anchovies")
    I.see("Removed Anchovies.")
    I.see("4 items to buy")


def test_bananas_many_clicks():
    """When I click "More Bananas" three times and "Fewer Bananas" once
Then it reads "Bananas: 8 needed.\""""
    I.go_to("/groceries/")
    I.click("More Bananas")
    I.click("More Bananas")
    I.click("More Bananas")
    I.click("Fewer Bananas")
    I.see("Bananas: 8 needed.")


def test_untick_after_tick():
    """Scenario: oops, not bought
Given I tick "Oat milk"
When I untick "Oat milk" again
Then I see "Back on the list: Oat milk."
and "4 items to buy\""""
    I.go_to("/groceries/")
    I.check("Oat milk")
    I.uncheck("Oat milk")
    I.see("Back on the list: Oat milk.")
    I.see("4 items to buy")


def test_duplicate_with_spaces():
    """When I try to add " Sourdough   Bread " (odd spacing and caps)
Then it's still caught: "That item is already on the list.\""""
    I.go_to("/groceries/")
    I.fill("Add an item", " Sourdough   Bread ")
    I.click("Add")
    I.see("That item is already on the list.")
