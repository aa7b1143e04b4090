"""groceries: tasks written by w1."""

from testgen import I


def test_add_item():
    """add 'Greek yoghurt' -> Added Greek yoghurt., 5 items to buy"""
    I.go_to("/groceries/")
    I.fill("Add an item", "Greek yoghurt")
    I.click("Add")
    I.see("Added Greek yoghurt.")
    I.see("5 items to buy")


def test_add_item_enter():
    """type Lemons + Enter => lemons on the list"""
    I.go_to("/groceries/")
    I.fill("Add an item", "Lemons")
    I.press("Enter")
    I.see("Lemons")
    I.see("Added Lemons.")


def test_add_empty():
    """Add w/ empty box -> 'Type the name of an item first.'"""
    I.go_to("/groceries/")
    I.click("Add")
    I.see("Type the name of an item first.")


def test_add_duplicate():
    """bananas already there; adding 'bananas' again shouldn't work -> already on the list"""
    I.go_to("/groceries/")
    I.fill("Add an item", "bananas")
    I.click("Add")
    I.see("That item is already on the list.")
    I.dont_see("Added bananas.")


def test_add_duplicate_caps():
    """[list] 'OAT MILK' in caps counts as dup too"""
    I.go_to("/groceries/")
    I.fill("Add an item", "OAT MILK")
    I.press("Enter")
    I.see("That item is already on the list.")


def test_add_squash_spaces():
    """add '  red    onions  ' -> spaces tidied, msg Added red onions."""
    I.go_to("/groceries/")
    I.fill("Add an item", "  red    onions  ")
    I.click("Add")
    I.see("Added red onions.")


def test_error_clears_on_typing():
    """empty add -> err; then start typing 'ap' -> err gone"""
    I.go_to("/groceries/")
    I.click("Add")
    I.see("Type the name of an item first.")
    I.fill("Add an item", "ap")
    I.dont_see("Type the name of an item first.")


def test_input_cleared_after_add():
    """after adding Rice the add box is empty again"""
    I.go_to("/groceries/")
    I.fill("Add an item", "Rice")
    I.click("Add")
    I.see("Added Rice.")
    I.see_value("Add an item", "")


def test_tick_bananas():
    """tick Bananas -> 'Bought Bananas.', count 3 items to buy"""
    I.go_to("/groceries/")
    I.check("Bananas")
    I.see("Bought Bananas.")
    I.see("3 items to buy")


def test_untick_coffee():
    """coffee beans is ticked already; untick -> Back on the list: Coffee beans. / 5 to buy"""
    I.go_to("/groceries/")
    I.uncheck("Coffee beans")
    I.see("Back on the list: Coffee beans.")
    I.see("5 items to buy")


def test_more_oat_milk():
    """+ on oat milk => 'Oat milk: 3 needed.', Qty 3"""
    I.go_to("/groceries/")
    I.click("More Oat milk")
    I.see("Oat milk: 3 needed.")
    I.see("Qty 3")


def test_fewer_bananas():
    """bananas minus once -> 5 needed"""
    I.go_to("/groceries/")
    I.click("Fewer Bananas")
    I.see("Bananas: 5 needed.")


def test_sourdough_plus_twice():
    """sourdough + twice -> qty 3"""
    I.go_to("/groceries/")
    I.click("More Sourdough bread")
    I.click("More Sourdough bread")
    I.see("Sourdough bread: 3 needed.")


def test_new_item_qty():
    """add Limes, hit + on it -> Limes: 2 needed."""
    I.go_to("/groceries/")
    I.fill("Add an item", "Limes")
    I.press("Enter")
    I.click("More Limes")
    I.see("Limes: 2 needed.")


def test_remove_cheddar():
    """Remove cheddar -> 'Removed Cheddar.' and it's off the list"""
    I.go_to("/groceries/")
    I.click("Remove Cheddar")
    I.see("Removed Cheddar.")
    with I.within("Shopping list"):
        I.dont_see("Cheddar")
    I.see("3 items to buy")


def test_clear_bought():
    """Clear bought (only coffee ticked) => Cleared 1 bought item., coffee beans gone"""
    I.go_to("/groceries/")
    I.click("Clear bought")
    I.see("Cleared 1 bought item.")
    I.dont_see("Coffee beans")


def test_clear_bought_two():
    """tick bananas then clear bought -> 'Cleared 2 bought items.' bananas gone"""
    I.go_to("/groceries/")
    I.check("Bananas")
    I.click("Clear bought")
    I.see("Cleared 2 bought items.")
    with I.within("Shopping list"):
        I.dont_see("Bananas")


def test_nothing_to_buy():
    """tick oat milk, bananas, sourdough, cheddar -> 'Nothing to buy'"""
    I.go_to("/groceries/")
    I.check("Oat milk")
    I.check("Bananas")
    I.check("Sourdough bread")
    I.check("Cheddar")
    I.see("Nothing to buy")


def test_remove_everything():
    """remove all 5 -> empty msg 'Your list is empty. Add the first item above.'"""
    I.go_to("/groceries/")
    I.click("Remove Oat milk")
    I.click("Remove Bananas")
    I.click("Remove Sourdough bread")
    I.click("Remove Coffee beans")
    I.click("Remove Cheddar")
    I.see("Your list is empty. Add the first item above.")


def test_tick_new_item():
    """add 'Basil', tick it => Bought Basil."""
    I.go_to("/groceries/")
    I.fill("Add an item", "Basil")
    I.click("Add")
    I.check("Basil")
    I.see("Bought Basil.")


def test_removed_can_be_readded():
    """remove Bananas then add 'Bananas' again -> allowed, no dup err"""
    I.go_to("/groceries/")
    I.click("Remove Bananas")
    I.fill("Add an item", "Bananas")
    I.click("Add")
    I.see("Added Bananas.")
    I.dont_see("That item is already on the list.")


def test_tips_link():
    """header Tips -> #tips"""
    I.go_to("/groceries/")
    I.click("Tips")
    I.see_url("#tips")


def test_untick_then_clear_none():
    """untick coffee beans -> nothing bought, so clear bought can't be used (disabled), coffee stays"""
    I.go_to("/groceries/")
    I.uncheck("Coffee beans")
    I.see("5 items to buy")
    I.see_value("Coffee beans", "unchecked")


def test_more_then_fewer():
    """cheddar: + then − -> back to 1 needed"""
    I.go_to("/groceries/")
    I.click("More Cheddar")
    I.see("Cheddar: 2 needed.")
    I.click("Fewer Cheddar")
    I.see("Cheddar: 1 needed.")


def test_add_then_remove():
    """add 'Kale' then remove it => Removed Kale., count back to 4 items to buy"""
    I.go_to("/groceries/")
    I.fill("Add an item", "Kale")
    I.click("Add")
    I.see("5 items to buy")
    I.click("Remove Kale")
    I.see("Removed Kale.")
    I.see("4 items to buy")


def test_bought_item_clear_after_add():
    """[list] add Tofu, tick it, Clear bought -> 2 bought items cleared, tofu gone"""
    I.go_to("/groceries/")
    I.fill("Add an item", "Tofu")
    I.press("Enter")
    I.check("Tofu")
    I.click("Clear bought")
    I.see("Cleared 2 bought items.")
    with I.within("Shopping list"):
        I.dont_see("Tofu")


def test_one_item_to_buy():
    """tick 3 of the 4 open ones (oat milk, bananas, cheddar) -> '1 item to buy'"""
    I.go_to("/groceries/")
    I.check("Oat milk")
    I.check("Bananas")
    I.check("Cheddar")
    I.see("1 item to buy")


def test_more_bananas():
    """bananas + once -> 7 needed, row reads Qty 7"""
    I.go_to("/groceries/")
    I.click("More Bananas")
    I.see("Bananas: 7 needed.")
    I.see("Qty 7")


def test_fewer_oat_milk_to_one():
    """oat milk 2 -> minus -> 'Oat milk: 1 needed.' and minus btn disabled now"""
    I.go_to("/groceries/")
    I.click("Fewer Oat milk")
    I.see("Oat milk: 1 needed.")
    I.dont_see("Qty 2")


def test_dup_with_spaces():
    """'  Cheddar  ' w/ spaces still counts as already on the list"""
    I.go_to("/groceries/")
    I.fill("Add an item", "  Cheddar  ")
    I.click("Add")
    I.see("That item is already on the list.")
