"""groceries: tasks written by w9."""

from testgen import I


def test_add_yoghurt():
    """Add greek yoghurt to the weekly shop. It should show up in the list and the count goes up to 5 items to buy."""
    I.go_to("/groceries/")
    I.fill("Add an item", "Greek yoghurt")
    I.click("Add")
    I.see("Added Greek yoghurt.")
    I.see("5 items to buy")


def test_add_with_enter():
    """type apples and press enter, apples is on the list"""
    I.go_to("/groceries/")
    I.fill("Add an item", "Apples")
    I.press("Enter")
    I.see("Apples")
    I.see_value("Add an item", "")


def test_duplicate_refused():
    """Adding bananas again (lowercase) shouldn't work - it's already on the list"""
    I.go_to("/groceries/")
    I.fill("Add an item", "bananas")
    I.click("Add")
    I.see("That item is already on the list.")
    I.see("4 items to buy")


def test_blank_item_refused():
    """Click Add with nothing typed. error under the field telling me to type a name"""
    I.go_to("/groceries/")
    I.click("Add")
    I.see("Type the name of an item first.")


def test_error_clears_on_typing():
    """after the empty-name error, starting to type makes the error go away"""
    I.go_to("/groceries/")
    I.click("Add")
    I.see("Type the name of an item first.")
    I.fill("Add an item", "Eggs")
    I.dont_see("Type the name of an item first.")


def test_remove_cheddar():
    """Remove the cheddar. You get a little removed message and the counter drops to 3."""
    I.go_to("/groceries/")
    I.click("Remove Cheddar")
    I.see("Removed Cheddar.")
    I.see("3 items to buy")


def test_tick_off_bananas():
    """Tick off bananas as bought, the count should go down to 3 items"""
    I.go_to("/groceries/")
    I.check("Bananas")
    I.see("Bought Bananas.")
    I.see("3 items to buy")


def test_untick_coffee():
    """Coffee beans is already ticked. Untick it and it's back on the list - 5 to buy."""
    I.go_to("/groceries/")
    I.uncheck("Coffee beans")
    I.see("Back on the list: Coffee beans.")
    I.see("5 items to buy")


def test_more_oat_milk():
    """bump oat milk up by one, should be 3 needed"""
    I.go_to("/groceries/")
    I.click("More Oat milk")
    I.see("Oat milk: 3 needed.")
    I.see("Qty 3")


def test_fewer_bananas():
    """Take the bananas down twice. We only need 4."""
    I.go_to("/groceries/")
    I.click("Fewer Bananas")
    I.click("Fewer Bananas")
    I.see("Bananas: 4 needed.")


def test_cant_go_below_one():
    """The minus button for Cheddar is disabled at 1 so the quantity can't drop to zero. Pressing plus then minus brings it back to 1."""
    I.go_to("/groceries/")
    I.click("More Cheddar")
    I.see("Cheddar: 2 needed.")
    I.click("Fewer Cheddar")
    I.see("Cheddar: 1 needed.")
    I.dont_see("Qty 0")


def test_clear_bought():
    """Clear bought removes the coffee beans (already ticked). Message says 1 bought item cleared."""
    I.go_to("/groceries/")
    I.click("Clear bought")
    I.see("Cleared 1 bought item.")
    I.dont_see("Coffee beans")


def test_clear_two_bought():
    """tick off Sourdough bread too and then clear bought - both it and coffee beans disappear"""
    I.go_to("/groceries/")
    I.check("Sourdough bread")
    I.click("Clear bought")
    I.see("Cleared 2 bought items.")
    I.dont_see("Sourdough bread")
    I.dont_see("Coffee beans")


def test_everything_bought():
    """When everything is ticked off the counter should say there's nothing to buy"""
    I.go_to("/groceries/")
    I.check("Oat milk")
    I.check("Bananas")
    I.check("Sourdough bread")
    I.check("Cheddar")
    I.see("Nothing to buy")


def test_empty_list_message():
    """Remove all five items. The list is empty and it says so."""
    I.go_to("/groceries/")
    I.click("Remove Oat milk")
    I.click("Remove Bananas")
    I.click("Remove Sourdough bread")
    I.click("Remove Coffee beans")
    I.click("Remove Cheddar")
    I.see("Your list is empty. Add the first item above.")


def test_extra_spaces_collapsed():
    """Item names with double spaces get tidied: 'peanut    butter' shows as peanut butter"""
    I.go_to("/groceries/")
    I.fill("Add an item", "  peanut    butter ")
    I.press("Enter")
    I.see("Added peanut butter.")


def test_new_item_quantity_up():
    """Add limes, then press plus on them twice. Limes: 3 needed."""
    I.go_to("/groceries/")
    I.fill("Add an item", "Limes")
    I.press("Enter")
    I.click("More Limes")
    I.click("More Limes")
    I.see("Limes: 3 needed.")


def test_removed_item_can_be_readded():
    """Remove cheddar then add it back - it's accepted, not flagged as a duplicate."""
    I.go_to("/groceries/")
    I.click("Remove Cheddar")
    I.fill("Add an item", "Cheddar")
    I.click("Add")
    I.see("Added Cheddar.")
    I.dont_see("That item is already on the list.")


def test_clear_bought_disabled_after():
    """Once the bought stuff is cleared the counter still shows 4 to buy and the remaining items are all there"""
    I.go_to("/groceries/")
    I.click("Clear bought")
    I.see("4 items to buy")
    I.see("Oat milk")
    I.see("Cheddar")
    I.dont_see("Coffee beans")


def test_readd_ticked_duplicate():
    """Coffee beans is ticked already but still on the list, so adding 'Coffee Beans' again is refused"""
    I.go_to("/groceries/")
    I.fill("Add an item", "Coffee Beans")
    I.click("Add")
    I.see("That item is already on the list.")


def test_quantity_max():
    """Bananas start at 6. Hit the plus eight times, we should need 14."""
    I.go_to("/groceries/")
    I.click("More Bananas")
    I.click("More Bananas")
    I.click("More Bananas")
    I.click("More Bananas")
    I.click("More Bananas")
    I.click("More Bananas")
    I.click("More Bananas")
    I.click("More Bananas")
    I.see("Bananas: 14 needed.")


def test_tick_then_clear_counter():
    """Tick off oat milk, clear bought. Oat milk is gone from the list and 3 items are left to buy"""
    I.go_to("/groceries/")
    I.check("Oat milk")
    I.click("Clear bought")
    I.see("Cleared 2 bought items.")
    I.see("3 items to buy")
    I.dont_see("Qty 2")


def test_unticking_back_on_list():
    """tick the cheddar then untick it, the message says it's back on the list"""
    I.go_to("/groceries/")
    I.check("Cheddar")
    I.see("3 items to buy")
    I.uncheck("Cheddar")
    I.see("Back on the list: Cheddar.")
    I.see("4 items to buy")


def test_add_then_remove_new_item():
    """Add 'Tomatoes', change my mind and remove it. Count back to 4."""
    I.go_to("/groceries/")
    I.fill("Add an item", "Tomatoes")
    I.click("Add")
    I.see("5 items to buy")
    I.click("Remove Tomatoes")
    I.see("Removed Tomatoes.")
    I.see("4 items to buy")


def test_one_item_left_singular():
    """Tick off all but the bananas. Counter should say 1 item to buy."""
    I.go_to("/groceries/")
    I.check("Oat milk")
    I.check("Sourdough bread")
    I.check("Cheddar")
    I.see("1 item to buy")
