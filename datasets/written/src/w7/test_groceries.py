"""groceries: tasks written by w7."""

from testgen import I


def test_add_item_apples():
    """Add an item "Apples" with the Add buton. Expected: Apples is in the shopping list and "5 items to buy\""""
    I.go_to("/groceries/")
    I.fill("Add an item", "Apples")
    I.click("Add")
    I.see("Apples")
    I.see("5 items to buy")


def test_add_with_enter():
    """type Tomatoes in Add an item and press Enter, must to appear Added Tomatoes."""
    I.go_to("/groceries/")
    I.fill("Add an item", "Tomatoes")
    I.press("Enter")
    I.see("Added Tomatoes.")


def test_duplicate_item_case():
    """add "bananas" with small b — system not accept, message That item is already on the list."""
    I.go_to("/groceries/")
    I.fill("Add an item", "bananas")
    I.click("Add")
    I.see("That item is already on the list.")


def test_empty_item():
    """click Add without write anything -> error "Type the name of an item first.\""""
    I.go_to("/groceries/")
    I.click("Add")
    I.see("Type the name of an item first.")


def test_remove_cheddar():
    """remove Cheddar from list. Result: message Removed Cheddar. and the counter is 3 items to buy"""
    I.go_to("/groceries/")
    I.click("Remove Cheddar")
    I.see("Removed Cheddar.")
    I.see("3 items to buy")


def test_more_bananas():
    """make click on + for Bananas, the qty go from 6 to 7"""
    I.go_to("/groceries/")
    I.click("More Bananas")
    I.see("Qty 7")
    I.see("Bananas: 7 needed.")


def test_fewer_oat_milk():
    """1 click − (Fewer) for Oat milk 2 verify message "Oat milk: 1 needed.\""""
    I.go_to("/groceries/")
    I.click("Fewer Oat milk")
    I.see("Oat milk: 1 needed.")


def test_tick_bread_bought():
    """tick Sourdough bread as bought. Expected: Bought Sourdough bread. and count change to 3 items to buy"""
    I.go_to("/groceries/")
    I.check("Sourdough bread")
    I.see("Bought Sourdough bread.")
    I.see("3 items to buy")


def test_untick_coffee():
    """Coffee beans is already ticked, untick it. message Back on the list: Coffee beans. must appear and 5 items to buy"""
    I.go_to("/groceries/")
    I.uncheck("Coffee beans")
    I.see("Back on the list: Coffee beans.")
    I.see("5 items to buy")


def test_clear_bought():
    """click Clear bought. The coffee beans (bought) must be gone, verify that appears Cleared 1 bought item."""
    I.go_to("/groceries/")
    I.click("Clear bought")
    I.see("Cleared 1 bought item.")
    I.dont_see("Coffee beans")


def test_nothing_to_buy():
    """tick Oat milk, Bananas, Sourdough bread and Cheddar -> counter says Nothing to buy"""
    I.go_to("/groceries/")
    I.check("Oat milk")
    I.check("Bananas")
    I.check("Sourdough bread")
    I.check("Cheddar")
    I.see("Nothing to buy")


def test_empty_list_message():
    """Remove all 5 items. Expected the text "Your list is empty. Add the first item above.\""""
    I.go_to("/groceries/")
    I.click("Remove Oat milk")
    I.click("Remove Bananas")
    I.click("Remove Sourdough bread")
    I.click("Remove Coffee beans")
    I.click("Remove Cheddar")
    I.see("Your list is empty. Add the first item above.")


def test_add_then_increase():
    """add Eggs, then press More Eggs two times -> Qty 3 for the eggs"""
    I.go_to("/groceries/")
    I.fill("Add an item", "Eggs")
    I.click("Add")
    I.click("More Eggs")
    I.click("More Eggs")
    I.see("Eggs: 3 needed.")


def test_error_gone_when_typing():
    """make the empty error (click Add with nothing) and after start to type "Rice": the error Type the name of an item first. must disappear"""
    I.go_to("/groceries/")
    I.click("Add")
    I.see("Type the name of an item first.")
    I.fill("Add an item", "Rice")
    I.dont_see("Type the name of an item first.")


def test_spaces_trimmed():
    """add item with extra spaces "  Greek   yogurt " - it should be added like "Greek yogurt\""""
    I.go_to("/groceries/")
    I.fill("Add an item", "  Greek   yogurt ")
    I.press("Enter")
    I.see("Added Greek yogurt.")


def test_duplicate_with_spaces():
    """Try add " cheddar " again (with spaces around), it must not be added two times: That item is already on the list."""
    I.go_to("/groceries/")
    I.fill("Add an item", " cheddar ")
    I.press("Enter")
    I.see("That item is already on the list.")
    I.see("4 items to buy")


def test_clear_bought_two():
    """tick Bananas as bought (coffee is bought already) and Clear bought. Result: Cleared 2 bought items. and 3 items to buy"""
    I.go_to("/groceries/")
    I.check("Bananas")
    I.click("Clear bought")
    I.see("Cleared 2 bought items.")
    I.see("3 items to buy")
