"""groceries: tasks written by w4."""

from testgen import I


def test_add_item():
    """As a household shopper, I want to add items to the weekly list so that nobody forgets them.
AC1: type "Greek yoghurt" in Add an item and click Add
AC2: it shows up on the list and the count says 5 items to buy"""
    I.go_to("/groceries/")
    I.fill("Add an item", "Greek yoghurt")
    I.click("Add")
    I.see("Greek yoghurt")
    I.see("5 items to buy")


def test_add_item_with_enter():
    """AC: pressing Enter after typing "Tomatoes" adds it and the status says "Added Tomatoes.\""""
    I.go_to("/groceries/")
    I.fill("Add an item", "Tomatoes")
    I.press("Enter")
    I.see("Added Tomatoes.")


def test_add_empty_item():
    """The list must not accept an empty item. Clicking Add with nothing typed shows "Type the name of an item first."."""
    I.go_to("/groceries/")
    I.click("Add")
    I.see("Type the name of an item first.")


def test_duplicate_item_rejected():
    """As a shopper I don't want the same thing on the list twice.
- adding "bananas" (lower case) is refused
- "That item is already on the list." appears
- the count stays at 4 items to buy"""
    I.go_to("/groceries/")
    I.fill("Add an item", "bananas")
    I.click("Add")
    I.see("That item is already on the list.")
    I.see("4 items to buy")


def test_error_clears_on_typing():
    """AC1: an empty Add shows the "Type the name of an item first." error
AC2: starting to type "Eggs" makes the error go away"""
    I.go_to("/groceries/")
    I.click("Add")
    I.see("Type the name of an item first.")
    I.fill("Add an item", "Eggs")
    I.dont_see("Type the name of an item first.")


def test_tick_item_bought():
    """As a shopper in the store, I want to tick things off as they go in the trolley.
AC1: tick Oat milk
AC2: "Bought Oat milk." is announced and the count drops to 3 items to buy"""
    I.go_to("/groceries/")
    I.check("Oat milk")
    I.see("Bought Oat milk.")
    I.see("3 items to buy")


def test_untick_item():
    """AC: unticking Coffee beans puts it back: "Back on the list: Coffee beans." and 5 items to buy"""
    I.go_to("/groceries/")
    I.uncheck("Coffee beans")
    I.see("Back on the list: Coffee beans.")
    I.see("5 items to buy")


def test_increase_quantity():
    """As a shopper buying for the whole family I need more bananas.
AC: clicking More Bananas twice shows Qty 8 and "Bananas: 8 needed.\""""
    I.go_to("/groceries/")
    I.click("More Bananas")
    I.click("More Bananas")
    I.see("Bananas: 8 needed.")
    I.see("Qty 8")


def test_decrease_quantity():
    """AC: Fewer Oat milk brings it from 2 down to 1 — "Oat milk: 1 needed.\""""
    I.go_to("/groceries/")
    I.click("Fewer Oat milk")
    I.see("Oat milk: 1 needed.")


def test_remove_item():
    """As a shopper, I want to take things off the list I no longer need.
AC1: Remove Cheddar
AC2: "Removed Cheddar." is shown and the count goes down to 3 items to buy"""
    I.go_to("/groceries/")
    I.click("Remove Cheddar")
    I.see("Removed Cheddar.")
    I.see("3 items to buy")


def test_clear_bought():
    """AC1: Clear bought removes the already ticked Coffee beans
AC2: the status reads "Cleared 1 bought item.\""""
    I.go_to("/groceries/")
    I.click("Clear bought")
    I.see("Cleared 1 bought item.")


def test_clear_two_bought():
    """As a shopper at the checkout I want to clear everything I've got in one go: tick Bananas and Sourdough bread, then Clear bought — "Cleared 3 bought items." and the bread is gone from the list."""
    I.go_to("/groceries/")
    I.check("Bananas")
    I.check("Sourdough bread")
    I.click("Clear bought")
    I.see("Cleared 3 bought items.")
    I.dont_see("Sourdough bread")


def test_everything_bought():
    """AC: when every item is ticked off the footer says "Nothing to buy\""""
    I.go_to("/groceries/")
    I.check("Oat milk")
    I.check("Bananas")
    I.check("Sourdough bread")
    I.check("Cheddar")
    I.see("Nothing to buy")


def test_empty_list_message():
    """As a shopper who bought everything, I want a clear empty state.
AC1: remove all five items
AC2: "Your list is empty. Add the first item above." is shown"""
    I.go_to("/groceries/")
    I.click("Remove Oat milk")
    I.click("Remove Bananas")
    I.click("Remove Sourdough bread")
    I.click("Remove Coffee beans")
    I.click("Remove Cheddar")
    I.see("Your list is empty. Add the first item above.")


def test_new_item_quantity_one():
    """AC1: add "Lemons"
AC2: it starts at Qty 1, and More Lemons makes it 2 ("Lemons: 2 needed.")"""
    I.go_to("/groceries/")
    I.fill("Add an item", "Lemons")
    I.press("Enter")
    I.click("More Lemons")
    I.see("Lemons: 2 needed.")


def test_item_name_spaces_tidied():
    """Extra spaces in a new item name should be tidied: "  Peanut    butter " ends up as "Added Peanut butter."."""
    I.go_to("/groceries/")
    I.fill("Add an item", "  Peanut    butter ")
    I.click("Add")
    I.see("Added Peanut butter.")


def test_fewer_bananas():
    """As a shopper who overestimated, I want to lower a quantity.
AC1: one click on Fewer Bananas
AC2: it shows Qty 5 and the old Qty 6 is no longer shown"""
    I.go_to("/groceries/")
    I.click("Fewer Bananas")
    I.see("Qty 5")
    I.dont_see("Qty 6")


def test_removed_item_can_be_added_again():
    """AC1: remove Sourdough bread
AC2: add "Sourdough bread" again — accepted with "Added Sourdough bread." (no duplicate error)"""
    I.go_to("/groceries/")
    I.click("Remove Sourdough bread")
    I.fill("Add an item", "Sourdough bread")
    I.click("Add")
    I.see("Added Sourdough bread.")
    I.dont_see("That item is already on the list.")


def test_added_item_can_be_bought():
    """As a shopper, a new item should behave like the others: add "Butter", tick it, status says "Bought Butter." and still 4 items to buy."""
    I.go_to("/groceries/")
    I.fill("Add an item", "Butter")
    I.click("Add")
    I.check("Butter")
    I.see("Bought Butter.")
    I.see("4 items to buy")


def test_bought_item_can_be_removed():
    """AC1: Remove Coffee beans (already ticked)
AC2: "Removed Coffee beans." is shown, and the count stays at 4 items to buy since it was already bought"""
    I.go_to("/groceries/")
    I.click("Remove Coffee beans")
    I.see("Removed Coffee beans.")
    I.see("4 items to buy")


def test_add_then_remove():
    """As a shopper who added something by mistake, I want to remove it straight away: add "Chocolate", remove it, the status says "Removed Chocolate." and the count is back to 4 items to buy."""
    I.go_to("/groceries/")
    I.fill("Add an item", "Chocolate")
    I.click("Add")
    I.click("Remove Chocolate")
    I.see("Removed Chocolate.")
    I.see("4 items to buy")


def test_input_cleared_after_add():
    """AC: after adding "Rice" the Add an item box is empty again, ready for the next one"""
    I.go_to("/groceries/")
    I.fill("Add an item", "Rice")
    I.press("Enter")
    I.see("Added Rice.")
    I.see_value("Add an item", "")


def test_duplicate_ignores_case_and_spaces():
    """The list must not accept "  OAT MILK " as a new item — it's already there ("That item is already on the list.")."""
    I.go_to("/groceries/")
    I.fill("Add an item", "  OAT MILK ")
    I.click("Add")
    I.see("That item is already on the list.")


def test_one_item_left():
    """As a shopper nearly done, I want the count to read naturally.
AC1: tick Oat milk, Bananas and Sourdough bread
AC2: the footer says "1 item to buy\""""
    I.go_to("/groceries/")
    I.check("Oat milk")
    I.check("Bananas")
    I.check("Sourdough bread")
    I.see("1 item to buy")


def test_more_then_fewer():
    """AC: More Cheddar followed by Fewer Cheddar leaves it at "Cheddar: 1 needed.\""""
    I.go_to("/groceries/")
    I.click("More Cheddar")
    I.see("Qty 2")
    I.click("Fewer Cheddar")
    I.see("Cheddar: 1 needed.")


def test_clear_bought_includes_new_item():
    """As a shopper I want my newly added and ticked items cleared too: add "Apples", tick it, Clear bought — "Cleared 2 bought items." and Apples is off the list."""
    I.go_to("/groceries/")
    I.fill("Add an item", "Apples")
    I.click("Add")
    I.check("Apples")
    I.click("Clear bought")
    I.see("Cleared 2 bought items.")
    I.dont_see("Apples")


def test_similar_name_allowed():
    """AC1: "Bread" is not the same as "Sourdough bread", so adding it works
AC2: "Added Bread." is shown without a duplicate error"""
    I.go_to("/groceries/")
    I.fill("Add an item", "Bread")
    I.click("Add")
    I.see("Added Bread.")
    I.dont_see("That item is already on the list.")


def test_clear_bought_keeps_unbought():
    """As a shopper, Clear bought must only remove ticked items.
AC: after Clear bought, Oat milk, Bananas and Cheddar are still listed and the count is still 4 items to buy"""
    I.go_to("/groceries/")
    I.click("Clear bought")
    I.see("Cleared 1 bought item.")
    I.see("Oat milk")
    I.see("4 items to buy")


def test_tick_then_untick_count():
    """As a shopper who ticked the wrong thing, unticking should put the count back: tick Cheddar (3 items to buy), untick it (4 items to buy)."""
    I.go_to("/groceries/")
    I.check("Cheddar")
    I.see("3 items to buy")
    I.uncheck("Cheddar")
    I.see("4 items to buy")
    I.see("Back on the list: Cheddar.")


def test_two_new_items():
    """AC: adding "Pasta" and then "Olive oil" leaves both on the list and the count at 6 items to buy"""
    I.go_to("/groceries/")
    I.fill("Add an item", "Pasta")
    I.press("Enter")
    I.fill("Add an item", "Olive oil")
    I.press("Enter")
    I.see("Pasta")
    I.see("6 items to buy")


def test_remove_first_item():
    """AC: removing Oat milk announces "Removed Oat milk." and leaves 3 items to buy"""
    I.go_to("/groceries/")
    I.click("Remove Oat milk")
    I.see("Removed Oat milk.")
    I.see("3 items to buy")


def test_add_after_empty_list():
    """As a shopper starting a fresh list: remove Oat milk, Bananas, Sourdough bread, Coffee beans and Cheddar, then add "Flour" — the empty message disappears and it says 1 item to buy."""
    I.go_to("/groceries/")
    I.click("Remove Oat milk")
    I.click("Remove Bananas")
    I.click("Remove Sourdough bread")
    I.click("Remove Coffee beans")
    I.click("Remove Cheddar")
    I.fill("Add an item", "Flour")
    I.press("Enter")
    I.see("1 item to buy")
    I.dont_see("Your list is empty.")
