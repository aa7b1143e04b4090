"""groceries: tasks written by w8."""

from testgen import I


def test_add_item_with_button():
    """Type Tomatoes into the box at the top and press the Add button next to it. Tomatoes shows up at the bottom of the list and the count says 5 items to buy."""
    I.go_to("/groceries/")
    I.fill("Add an item", "Tomatoes")
    I.click("Add")
    I.see("Added Tomatoes.")
    I.see("5 items to buy")


def test_add_item_with_enter():
    """Add 'Greek yoghurt' by pressing Enter in the add field. It appears with Qty 1."""
    I.go_to("/groceries/")
    I.fill("Add an item", "Greek yoghurt")
    I.press("Enter")
    I.see("Greek yoghurt")
    I.see("Qty 1", near="Greek yoghurt")


def test_add_empty_refused():
    """Click Add with the field empty. Error: Type the name of an item first. Count stays at 4 items to buy."""
    I.go_to("/groceries/")
    I.click("Add")
    I.see("Type the name of an item first.")
    I.see("4 items to buy")


def test_add_duplicate_refused():
    """Try adding 'bananas' in lowercase. It's already there, so it must be refused with 'That item is already on the list.'"""
    I.go_to("/groceries/")
    I.fill("Add an item", "bananas")
    I.press("Enter")
    I.see("That item is already on the list.")
    I.dont_see("Added bananas.")


def test_add_trims_spaces():
    """Enter '   Red   onions  ' (extra spaces everywhere) and add. It should be saved as Red onions."""
    I.go_to("/groceries/")
    I.fill("Add an item", "   Red   onions  ")
    I.click("Add")
    I.see("Added Red onions.")


def test_tick_first_item():
    """Tick the checkbox on the first row (Oat milk). Status says Bought Oat milk. and the count drops to 3 items to buy."""
    I.go_to("/groceries/")
    I.check("Oat milk")
    I.see("Bought Oat milk.")
    I.see("3 items to buy")


def test_untick_coffee():
    """The fourth row (Coffee beans) is already ticked - untick it. Message: Back on the list: Coffee beans. 5 items to buy."""
    I.go_to("/groceries/")
    I.uncheck("Coffee beans")
    I.see("Back on the list: Coffee beans.")
    I.see("5 items to buy")


def test_increase_bananas():
    """Press + in the bananas row. Qty goes from 6 to 7, status Bananas: 7 needed."""
    I.go_to("/groceries/")
    I.click("More Bananas")
    I.see("Bananas: 7 needed.")
    I.see("Qty 7")


def test_decrease_oat_milk():
    """Hit the − button on the first row once. Oat milk should be down to Qty 1."""
    I.go_to("/groceries/")
    I.click("Fewer Oat milk")
    I.see("Oat milk: 1 needed.")
    I.dont_see("Qty 2")


def test_increase_then_decrease_cheddar():
    """Cheddar (last row): plus twice then minus once. Ends on 2 needed."""
    I.go_to("/groceries/")
    I.click("More Cheddar")
    I.click("More Cheddar")
    I.click("Fewer Cheddar")
    I.see("Cheddar: 2 needed.")


def test_remove_item():
    """Remove the sourdough bread using the Remove button at the end of its row. Expect "Removed Sourdough bread." and one fewer to buy (3)."""
    I.go_to("/groceries/")
    I.click("Remove Sourdough bread")
    I.see("Removed Sourdough bread.")
    I.see("3 items to buy")


def test_clear_bought():
    """Click Clear bought under the list. Coffee beans (the only ticked one) disappears: Cleared 1 bought item."""
    I.go_to("/groceries/")
    I.click("Clear bought")
    I.see("Cleared 1 bought item.")
    I.dont_see("Coffee beans")


def test_clear_two_bought():
    """Tick Bananas and Cheddar, then Clear bought. Three items cleared (counting the coffee) and only Oat milk and Sourdough bread remain."""
    I.go_to("/groceries/")
    I.check("Bananas")
    I.check("Cheddar")
    I.click("Clear bought")
    I.see("Cleared 3 bought items.")
    I.dont_see("Cheddar")
    I.see("2 items to buy")


def test_tick_everything_nothing_to_buy():
    """Tick all four unticked rows. The counter under the list should say Nothing to buy."""
    I.go_to("/groceries/")
    I.check("Oat milk")
    I.check("Bananas")
    I.check("Sourdough bread")
    I.check("Cheddar")
    I.see("Nothing to buy")


def test_remove_all_empty_message():
    """Remove every row one by one (all five). The list is replaced by 'Your list is empty. Add the first item above.'"""
    I.go_to("/groceries/")
    I.click("Remove Oat milk")
    I.click("Remove Bananas")
    I.click("Remove Sourdough bread")
    I.click("Remove Coffee beans")
    I.click("Remove Cheddar")
    I.see("Your list is empty. Add the first item above.")


def test_new_item_then_tick():
    """Add Lemons, then tick it. Status: Bought Lemons."""
    I.go_to("/groceries/")
    I.fill("Add an item", "Lemons")
    I.press("Enter")
    I.check("Lemons")
    I.see("Bought Lemons.")


def test_error_clears_when_typing():
    """Submit the empty field to get the 'Type the name...' error, then start typing Pears in the box. The error message should go away."""
    I.go_to("/groceries/")
    I.click("Add")
    I.see("Type the name of an item first.")
    I.fill("Add an item", "Pears")
    I.dont_see("Type the name of an item first.")


def test_new_item_quantity_up():
    """Add Eggs and bump its quantity with the + in its row three times. Eggs: 4 needed."""
    I.go_to("/groceries/")
    I.fill("Add an item", "Eggs")
    I.click("Add")
    I.click("More Eggs")
    I.click("More Eggs")
    I.click("More Eggs")
    I.see("Eggs: 4 needed.")


def test_max_quantity_twenty():
    """Bananas start at 6. Click the plus in that row nine times; the status should read Bananas: 15 needed."""
    I.go_to("/groceries/")
    I.click("More Bananas")
    I.click("More Bananas")
    I.click("More Bananas")
    I.click("More Bananas")
    I.click("More Bananas")
    I.click("More Bananas")
    I.click("More Bananas")
    I.click("More Bananas")
    I.click("More Bananas")
    I.see("Bananas: 15 needed.")


def test_add_with_different_case_of_existing():
    """Add 'CHEDDAR' in capitals. Refused, already on the list; the box still holds what I typed."""
    I.go_to("/groceries/")
    I.fill("Add an item", "CHEDDAR")
    I.click("Add")
    I.see("That item is already on the list.")
    I.see_value("Add an item", "CHEDDAR")


def test_add_field_cleared_after_add():
    """After adding Rice with Enter the add box should be empty again and Rice is in the list."""
    I.go_to("/groceries/")
    I.fill("Add an item", "Rice")
    I.press("Enter")
    I.see("Added Rice.")
    I.see_value("Add an item", "")


def test_remove_then_readd():
    """Remove Cheddar (last row), then add it back by typing Cheddar in the field. This time it should be accepted: Added Cheddar."""
    I.go_to("/groceries/")
    I.click("Remove Cheddar")
    I.see("Removed Cheddar.")
    I.fill("Add an item", "Cheddar")
    I.click("Add")
    I.see("Added Cheddar.")


def test_untick_after_tick():
    """Tick Sourdough bread, then untick it again. Status should end with Back on the list: Sourdough bread."""
    I.go_to("/groceries/")
    I.check("Sourdough bread")
    I.uncheck("Sourdough bread")
    I.see("Back on the list: Sourdough bread.")
    I.see("4 items to buy")


def test_clear_bought_after_untick_disabled():
    """Untick Coffee beans - then there's nothing ticked, so Clear bought greys out; check that Coffee beans is still on the list and counts as to buy (5 items)."""
    I.go_to("/groceries/")
    I.uncheck("Coffee beans")
    I.see("5 items to buy")
    I.see("Coffee beans")


def test_remove_bought_item():
    """Remove the ticked coffee row with its Remove button. Removed Coffee beans; the to-buy count doesn't change (4)."""
    I.go_to("/groceries/")
    I.click("Remove Coffee beans")
    I.see("Removed Coffee beans.")
    I.see("4 items to buy")
