"""groceries: tasks written by w11."""

from testgen import I


def test_add_item_with_button():
    """should add 'Greek yoghurt' to the list when I click Add"""
    I.go_to("/groceries/")
    I.fill("Add an item", "Greek yoghurt")
    I.click("Add")
    I.see("Added Greek yoghurt.")
    I.see("Greek yoghurt")


def test_add_item_with_enter():
    """adding an item with Enter (Tomatoes) should bump the count to 5 items to buy"""
    I.go_to("/groceries/")
    I.fill("Add an item", "Tomatoes")
    I.press("Enter")
    I.see("5 items to buy")


def test_add_empty_rejected():
    """should show 'Type the name of an item first.' when Add is clicked with nothing typed"""
    I.go_to("/groceries/")
    I.click("Add")
    I.see("Type the name of an item first.")


def test_add_spaces_only_rejected():
    """add_item > only spaces ('    ') > must be rejected, count stays 4 items to buy and the error shows"""
    I.go_to("/groceries/")
    I.fill("Add an item", "    ")
    I.click("Add")
    I.see("Type the name of an item first.")
    I.dont_see("5 items to buy")


def test_duplicate_rejected_case_insensitive():
    """adding 'bananas' (lowercase) should be refused — That item is already on the list."""
    I.go_to("/groceries/")
    I.fill("Add an item", "bananas")
    I.click("Add")
    I.see("That item is already on the list.")


def test_error_clears_when_typing():
    """the duplicate error should disappear as soon as I start typing something else (Cheddar -> then 'Ch')"""
    I.go_to("/groceries/")
    I.fill("Add an item", "Cheddar")
    I.click("Add")
    I.see("That item is already on the list.")
    I.fill("Add an item", "Chives")
    I.dont_see("That item is already on the list.")


def test_inner_spaces_collapsed():
    """item names get their spaces tidied: 'Red   onions' should be added as 'Red onions'"""
    I.go_to("/groceries/")
    I.fill("Add an item", "Red   onions")
    I.click("Add")
    I.see("Added Red onions.")


def test_input_cleared_after_add():
    """after adding Butter the Add an item field should be empty (value '')"""
    I.go_to("/groceries/")
    I.fill("Add an item", "Butter")
    I.click("Add")
    I.see("Butter")
    I.see_value("Add an item", "")


def test_tick_item_bought():
    """ticking Oat milk should say 'Bought Oat milk.' and drop the count to 3 items to buy"""
    I.go_to("/groceries/")
    I.check("Oat milk")
    I.see("Bought Oat milk.")
    I.see("3 items to buy")


def test_untick_bought_item():
    """unticking Coffee beans (already bought) -> Back on the list: Coffee beans. and 5 items to buy"""
    I.go_to("/groceries/")
    I.uncheck("Coffee beans")
    I.see("Back on the list: Coffee beans.")
    I.see("5 items to buy")


def test_more_bananas():
    """qty: + on Bananas should go 6 -> 7 (status 'Bananas: 7 needed.')"""
    I.go_to("/groceries/")
    I.click("More Bananas")
    I.see("Bananas: 7 needed.")
    I.see("Qty 7")


def test_fewer_oat_milk():
    """the − button for Oat milk should take it down to 1 (Oat milk: 1 needed.)"""
    I.go_to("/groceries/")
    I.click("Fewer Oat milk")
    I.see("Oat milk: 1 needed.")


def test_tips_link():
    """Tips link in the header should jump to #tips"""
    I.go_to("/groceries/")
    I.click("Tips")
    I.see_url("#tips")


def test_increase_three_times():
    """pressing More Cheddar three times -> Cheddar: 4 needed."""
    I.go_to("/groceries/")
    I.click("More Cheddar")
    I.click("More Cheddar")
    I.click("More Cheddar")
    I.see("Cheddar: 4 needed.")
    I.see("Qty 4")


def test_remove_item():
    """remove > Sourdough bread > should say Removed Sourdough bread. and the count drops to 3 items to buy"""
    I.go_to("/groceries/")
    I.click("Remove Sourdough bread")
    I.see("Removed Sourdough bread.")
    I.see("3 items to buy")


def test_remove_with_near():
    """clicking Remove next to Cheddar should take Cheddar off (count 3 items to buy)"""
    I.go_to("/groceries/")
    I.click("Remove", near="Cheddar")
    I.see("Removed Cheddar.")
    I.see("3 items to buy")


def test_clear_bought():
    """Clear bought should remove the ticked Coffee beans -> 'Cleared 1 bought item.'"""
    I.go_to("/groceries/")
    I.click("Clear bought")
    I.see("Cleared 1 bought item.")
    I.dont_see("Coffee beans")


def test_clear_bought_two_items():
    """tick Bananas too, then Clear bought -> 'Cleared 2 bought items.' and coffee beans gone as well"""
    I.go_to("/groceries/")
    I.check("Bananas")
    I.click("Clear bought")
    I.see("Cleared 2 bought items.")
    I.dont_see("Coffee beans")


def test_everything_bought_nothing_to_buy():
    """when every item is ticked the footer should read 'Nothing to buy'"""
    I.go_to("/groceries/")
    I.check("Oat milk")
    I.check("Bananas")
    I.check("Sourdough bread")
    I.check("Cheddar")
    I.see("Nothing to buy")


def test_remove_all_shows_empty_state():
    """removing all 5 items should show 'Your list is empty. Add the first item above.'"""
    I.go_to("/groceries/")
    I.click("Remove Oat milk")
    I.click("Remove Bananas")
    I.click("Remove Sourdough bread")
    I.click("Remove Coffee beans")
    I.click("Remove Cheddar")
    I.see("Your list is empty. Add the first item above.")


def test_new_item_starts_at_qty_one():
    """a freshly added item (Lemons) should start at Qty 1 and + should make it 2"""
    I.go_to("/groceries/")
    I.fill("Add an item", "Lemons")
    I.click("Add")
    I.click("More Lemons")
    I.see("Lemons: 2 needed.")


def test_new_item_can_be_ticked():
    """add 'Rice' then tick it -> Bought Rice. (count stays at 4 items to buy)"""
    I.go_to("/groceries/")
    I.fill("Add an item", "Rice")
    I.click("Add")
    I.check("Rice")
    I.see("Bought Rice.")
    I.see("4 items to buy")


def test_removed_item_can_be_readded():
    """after removing Bananas, adding 'Bananas' again must NOT complain about a duplicate"""
    I.go_to("/groceries/")
    I.click("Remove Bananas")
    I.fill("Add an item", "Bananas")
    I.click("Add")
    I.see("Added Bananas.")
    I.dont_see("That item is already on the list.")


def test_plus_four_times():
    """bananas > hit + four times > should read 'Bananas: 10 needed.' (Qty 10)"""
    I.go_to("/groceries/")
    I.click("More Bananas")
    I.click("More Bananas")
    I.click("More Bananas")
    I.click("More Bananas")
    I.see("Bananas: 10 needed.")
    I.see("Qty 10")


def test_clear_bought_keeps_unbought():
    """clear bought must leave unticked stuff alone — Oat milk is still there afterwards"""
    I.go_to("/groceries/")
    I.click("Clear bought")
    I.see("Cleared 1 bought item.")
    I.see("Oat milk")
    I.see("4 items to buy")


def test_tick_then_untick_status():
    """tick and untick Cheddar: status should end with 'Back on the list: Cheddar.'"""
    I.go_to("/groceries/")
    I.check("Cheddar")
    I.see("Bought Cheddar.")
    I.uncheck("Cheddar")
    I.see("Back on the list: Cheddar.")


def test_uppercase_duplicate_rejected():
    """'OAT MILK' in caps is the same item -> should be rejected with the already-on-the-list error, not added"""
    I.go_to("/groceries/")
    I.fill("Add an item", "OAT MILK")
    I.press("Enter")
    I.see("That item is already on the list.")
    I.dont_see("Added OAT MILK.")


def test_plus_then_minus_back_to_start():
    """Bananas + then − should land back on 6 ('Bananas: 6 needed.')"""
    I.go_to("/groceries/")
    I.click("More Bananas")
    I.click("Fewer Bananas")
    I.see("Bananas: 6 needed.")


def test_remove_bought_item_keeps_count():
    """removing the already-bought Coffee beans shouldn't change '4 items to buy' (status: Removed Coffee beans.)"""
    I.go_to("/groceries/")
    I.click("Remove Coffee beans")
    I.see("Removed Coffee beans.")
    I.see("4 items to buy")


def test_leading_trailing_spaces_trimmed():
    """'  Kale  ' with spaces around it should be added as just Kale"""
    I.go_to("/groceries/")
    I.fill("Add an item", "  Kale  ")
    I.press("Enter")
    I.see("Added Kale.")
