"""packing: tasks written by w10."""

from testgen import I


def test_add_item_to_toiletries():
    """Verify that adding "Deodorant" under Toiletries shows it in the list and the toiletries count becomes 1 of 4 packed."""
    I.go_to("/packing/")
    I.fill("Item name", "Deodorant")
    I.select("Category", "Toiletries")
    I.click("Add to list")
    I.see("Deodorant")
    I.see("1 of 4 packed")


def test_add_item_status_message():
    """- [ ] type "Phone charger" in Item name (Category left on Clothes)
- [ ] Add to list
- [ ] message says `Added Phone charger to Clothes.`"""
    I.go_to("/packing/")
    I.fill("Item name", "Phone charger")
    I.click("Add to list")
    I.see("Added Phone charger to Clothes.")


def test_add_empty_name_refused():
    """Check that Add to list with an empty Item name is refused with "Give the item a name." """
    I.go_to("/packing/")
    I.click("Add to list")
    I.see("Give the item a name.")


def test_add_duplicate_refused():
    """Ensure duplicates in the same category are refused.
Data: "socks" in Clothes
Expected: 'socks is already under Clothes.' and overall progress stays 4 of 9 packed"""
    I.go_to("/packing/")
    I.fill("Item name", "socks")
    I.click("Add to list")
    I.see("socks is already under Clothes.")
    I.dont_see("4 of 10 packed")


def test_same_name_other_category_allowed():
    """Verify the same name can go in another category: add "Passport" under Clothes -> "Added Passport to Clothes." and no duplicate error."""
    I.go_to("/packing/")
    I.fill("Item name", "Passport")
    I.select("Category", "Clothes")
    I.click("Add to list")
    I.see("Added Passport to Clothes.")
    I.dont_see("Passport is already under Clothes.")


def test_error_clears_on_typing():
    """Check the name error disappears as soon as you start typing again."""
    I.go_to("/packing/")
    I.click("Add to list")
    I.see("Give the item a name.")
    I.fill("Item name", "Hat")
    I.dont_see("Give the item a name.")


def test_adding_updates_total():
    """Adding an item updates the overall progress: add Adapter to Documents -> "4 of 10 packed"."""
    I.go_to("/packing/")
    I.fill("Item name", "Adapter")
    I.select("Category", "Documents")
    I.click("Add to list")
    I.see("4 of 10 packed")


def test_tick_item_packed():
    """Tick Rain jacket -> status "Packed Rain jacket." and Clothes shows 3 of 4 packed."""
    I.go_to("/packing/")
    I.check("Rain jacket")
    I.see("Packed Rain jacket.")
    I.see("3 of 4 packed")


def test_untick_item():
    """Verify unticking Passport says "Unpacked Passport." and documents drop to 0 of 2 packed"""
    I.go_to("/packing/")
    I.uncheck("Passport")
    I.see("Unpacked Passport.")
    I.see("0 of 2 packed")


def test_all_packed_message():
    """Check the finish message: tick every unpacked item (Rain jacket, Socks, Sun cream, Shampoo, Boarding pass) -> `All 9 packed. Have a good trip!`"""
    I.go_to("/packing/")
    I.check("Rain jacket")
    I.check("Socks")
    I.check("Sun cream")
    I.check("Shampoo")
    I.check("Boarding pass")
    I.see("All 9 packed. Have a good trip!")


def test_progress_text_overall():
    """Ensure the progress line goes from 4 of 9 to 5 of 9 packed after ticking Shampoo."""
    I.go_to("/packing/")
    I.check("Shampoo")
    I.see("5 of 9 packed")


def test_rename_with_edit_button():
    """- [ ] click Edit next to Socks
- [ ] rename to "Wool socks", Enter
- [ ] item reads Wool socks, status "Renamed Socks to Wool socks." """
    I.go_to("/packing/")
    I.click("Edit", near="Socks")
    I.fill("Rename Socks", "Wool socks")
    I.press("Enter")
    I.see("Renamed Socks to Wool socks.")
    I.see("Wool socks")


def test_rename_by_double_click():
    """Verify double-clicking "Sun cream" lets me rename it to SPF 50 (Enter saves)."""
    I.go_to("/packing/")
    I.double_click("Sun cream")
    I.fill("Rename Sun cream", "SPF 50")
    I.press("Enter")
    I.see("SPF 50")
    I.see("Renamed Sun cream to SPF 50.")


def test_rename_escape_cancels():
    """Check Escape cancels a rename: Edit Shampoo, type "Conditioner", Escape -> still Shampoo, no "Conditioner"."""
    I.go_to("/packing/")
    I.click("Edit", near="Shampoo")
    I.fill("Rename Shampoo", "Conditioner")
    I.press("Escape")
    I.see("Shampoo")
    I.dont_see("Conditioner")


def test_rename_empty_removes():
    """Ensure saving an empty name takes the item off the list (T-shirts)."""
    I.go_to("/packing/")
    I.click("Edit", near="T-shirts")
    I.fill("Rename T-shirts", "")
    I.press("Enter")
    I.see("Removed T-shirts from the list.")
    I.see("1 of 3 packed")


def test_remove_updates_counts():
    """Removing Boarding pass (empty rename) -> Documents 1 of 1 packed, overall 4 of 8 packed"""
    I.go_to("/packing/")
    I.click("Edit", near="Boarding pass")
    I.fill("Rename Boarding pass", "")
    I.press("Enter")
    I.see("1 of 1 packed")
    I.see("4 of 8 packed")


def test_empty_category_message():
    """Verify that when the last documents go, the Documents section says "Nothing in this category yet."
Pre: empty-rename Passport and Boarding pass"""
    I.go_to("/packing/")
    I.click("Edit", near="Passport")
    I.fill("Rename Passport", "")
    I.press("Enter")
    I.click("Edit", near="Boarding pass")
    I.fill("Rename Boarding pass", "")
    I.press("Enter")
    I.see("Nothing in this category yet.")


def test_move_down_status():
    """Check Move down on T-shirts announces `Moved T-shirts down.`"""
    I.go_to("/packing/")
    I.click("Move down", near="T-shirts")
    I.see("Moved T-shirts down.")


def test_move_up_status():
    """Verify "Move up" for Shampoo -> "Moved Shampoo up." """
    I.go_to("/packing/")
    I.click("Move up", near="Shampoo")
    I.see("Moved Shampoo up.")


def test_rename_then_tick():
    """Rename Walking boots to "Trainers", then untick it -> status "Unpacked Trainers." """
    I.go_to("/packing/")
    I.click("Edit", near="Walking boots")
    I.fill("Rename Walking boots", "Trainers")
    I.press("Enter")
    I.uncheck("Trainers")
    I.see("Unpacked Trainers.")


def test_new_item_is_unpacked():
    """Ensure a newly added item starts unticked: add "Flip-flops", Clothes count becomes 2 of 5 packed."""
    I.go_to("/packing/")
    I.fill("Item name", "Flip-flops")
    I.click("Add to list")
    I.see("2 of 5 packed")
    I.see_value("Flip-flops", "unchecked")


def test_tick_new_item():
    """Add "Sunglasses" to Clothes and tick it -> "Packed Sunglasses." / 3 of 5 packed"""
    I.go_to("/packing/")
    I.fill("Item name", "Sunglasses")
    I.click("Add to list")
    I.check("Sunglasses")
    I.see("Packed Sunglasses.")
    I.see("3 of 5 packed")


def test_name_field_clears_after_add():
    """Check that Item name is emptied after a successful add (Data: Razor, Toiletries)."""
    I.go_to("/packing/")
    I.fill("Item name", "Razor")
    I.select("Category", "Toiletries")
    I.click("Add to list")
    I.see("Added Razor to Toiletries.")
    I.see_value("Item name", "")


def test_whitespace_name_refused():
    """Verify a name of only spaces isn't accepted - "Give the item a name." shown."""
    I.go_to("/packing/")
    I.fill("Item name", "   ")
    I.click("Add to list")
    I.see("Give the item a name.")


def test_rename_duplicate_spaces_collapsed():
    """Ensure extra spaces are tidied when adding: "Travel   pillow" is added as `Travel pillow`."""
    I.go_to("/packing/")
    I.fill("Item name", "Travel   pillow")
    I.click("Add to list")
    I.see("Added Travel pillow to Clothes.")


def test_untick_after_all_packed():
    """Check the "Have a good trip!" message goes away if something is unpacked again.
- [ ] tick Rain jacket, Socks, Sun cream, Shampoo, Boarding pass
- [ ] untick Socks
- [ ] progress reads 8 of 9 packed"""
    I.go_to("/packing/")
    I.check("Rain jacket")
    I.check("Socks")
    I.check("Sun cream")
    I.check("Shampoo")
    I.check("Boarding pass")
    I.uncheck("Socks")
    I.see("8 of 9 packed")
    I.dont_see("Have a good trip!")


def test_add_with_enter():
    """Verify pressing Enter in Item name adds the item too ("Umbrella")."""
    I.go_to("/packing/")
    I.fill("Item name", "Umbrella")
    I.press("Enter")
    I.see("Added Umbrella to Clothes.")


def test_duplicate_toiletries_case_insensitive():
    """Ensure "TOOTHBRUSH" under Toiletries is refused as already there."""
    I.go_to("/packing/")
    I.fill("Item name", "TOOTHBRUSH")
    I.select("Category", "Toiletries")
    I.click("Add to list")
    I.see("TOOTHBRUSH is already under Toiletries.")
