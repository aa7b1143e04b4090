"""packing: tasks written by w9."""

from testgen import I


def test_pack_rain_jacket():
    """Tick off the rain jacket. Overall progress goes up to 5 of 9 and clothes shows 3 of 4."""
    I.go_to("/packing/")
    I.check("Rain jacket")
    I.see("5 of 9 packed")
    I.see("3 of 4 packed")


def test_unpack_passport():
    """untick the passport - documents should go to 0 of 2 packed"""
    I.go_to("/packing/")
    I.uncheck("Passport")
    I.see("Unpacked Passport.")
    I.see("0 of 2 packed")


def test_add_charger():
    """Add a phone charger under Documents (closest thing there is). It shows up there and the total is now 10."""
    I.go_to("/packing/")
    I.fill("Item name", "Phone charger")
    I.select("Category", "Documents")
    I.click("Add to list")
    I.see("Added Phone charger to Documents.")
    I.see("4 of 10 packed")


def test_add_defaults_to_clothes():
    """If I don't pick a category the new item lands in clothes"""
    I.go_to("/packing/")
    I.fill("Item name", "Swimsuit")
    I.click("Add to list")
    I.see("Added Swimsuit to Clothes.")
    I.see("2 of 5 packed")


def test_add_empty_refused():
    """Add to list with an empty name -> error, nothing added"""
    I.go_to("/packing/")
    I.click("Add to list")
    I.see("Give the item a name.")
    I.see("4 of 9 packed")


def test_duplicate_in_category():
    """Socks are already under clothes. Adding 'socks' again should be refused."""
    I.go_to("/packing/")
    I.fill("Item name", "socks")
    I.click("Add to list")
    I.see("socks is already under Clothes.")


def test_same_name_other_category_ok():
    """Same name is fine in a different category though - shampoo under Clothes is accepted"""
    I.go_to("/packing/")
    I.fill("Item name", "Shampoo")
    I.select("Category", "Clothes")
    I.click("Add to list")
    I.see("Added Shampoo to Clothes.")
    I.dont_see("Shampoo is already under Clothes.")


def test_rename_with_edit_button():
    """Use Edit on sun cream to rename it SPF 50. The new name should be there and a renamed message shown."""
    I.go_to("/packing/")
    I.click("Edit", near="Sun cream")
    I.fill("Rename Sun cream", "SPF 50")
    I.press("Enter")
    I.see("Renamed Sun cream to SPF 50.")
    I.see("SPF 50")


def test_rename_double_click():
    """double click Socks and rename to Wool socks"""
    I.go_to("/packing/")
    I.double_click("Socks")
    I.fill("Rename Socks", "Wool socks")
    I.press("Enter")
    I.see("Wool socks")


def test_rename_escape():
    """Start renaming the toothbrush but hit escape - the name shouldn't change."""
    I.go_to("/packing/")
    I.click("Edit", near="Toothbrush")
    I.fill("Rename Toothbrush", "Electric toothbrush")
    I.press("Escape")
    I.dont_see("Renamed Toothbrush")
    I.see("Toothbrush")


def test_empty_name_removes():
    """Renaming the boarding pass to nothing takes it off the list"""
    I.go_to("/packing/")
    I.click("Edit", near="Boarding pass")
    I.fill("Rename Boarding pass", "")
    I.press("Enter")
    I.see("Removed Boarding pass from the list.")
    I.see("4 of 8 packed")


def test_move_up():
    """Move shampoo up one - it should say it moved up"""
    I.go_to("/packing/")
    I.click("Move up", near="Shampoo")
    I.see("Moved Shampoo up.")


def test_move_down():
    """T-shirts down one spot in clothes"""
    I.go_to("/packing/")
    I.click("Move down", near="T-shirts")
    I.see("Moved T-shirts down.")


def test_all_packed():
    """Pack everything that's left. You get the have a good trip message."""
    I.go_to("/packing/")
    I.check("Rain jacket")
    I.check("Socks")
    I.check("Sun cream")
    I.check("Shampoo")
    I.check("Boarding pass")
    I.see("All 9 packed. Have a good trip!")


def test_error_clears_when_typing():
    """After the empty name error shows, typing something clears it"""
    I.go_to("/packing/")
    I.click("Add to list")
    I.see("Give the item a name.")
    I.fill("Item name", "Hat")
    I.dont_see("Give the item a name.")


def test_empty_category_message():
    """Remove both documents by renaming them to empty - documents section says nothing in this category yet"""
    I.go_to("/packing/")
    I.click("Edit", near="Passport")
    I.fill("Rename Passport", "")
    I.press("Enter")
    I.click("Edit", near="Boarding pass")
    I.fill("Rename Boarding pass", "")
    I.press("Enter")
    I.see("Nothing in this category yet.")
    I.see("0 of 0 packed")


def test_new_item_unpacked():
    """New stuff starts unpacked: add Sunglasses to Toiletries, toiletries now 1 of 4."""
    I.go_to("/packing/")
    I.fill("Item name", "Sunglasses")
    I.select("Category", "Toiletries")
    I.press("Enter")
    I.see("1 of 4 packed")


def test_pack_new_item():
    """add a guidebook under documents and tick it off straight away. Docs: 2 of 3"""
    I.go_to("/packing/")
    I.fill("Item name", "Guidebook")
    I.select("Category", "Documents")
    I.click("Add to list")
    I.check("Guidebook")
    I.see("Packed Guidebook.")
    I.see("2 of 3 packed")


def test_move_down_then_up():
    """Move socks up and then back down again; last message says moved down"""
    I.go_to("/packing/")
    I.click("Move up", near="Socks")
    I.see("Moved Socks up.")
    I.click("Move down", near="Socks")
    I.see("Moved Socks down.")


def test_rename_keeps_packed():
    """Rename the passport to 'Passport + visa'. It's still packed so documents stays at 1 of 2."""
    I.go_to("/packing/")
    I.click("Edit", near="Passport")
    I.fill("Rename Passport", "Passport + visa")
    I.press("Enter")
    I.see("Renamed Passport to Passport + visa.")
    I.see("1 of 2 packed")


def test_unpack_everything_toiletries():
    """untick the toothbrush - toiletries is 0 of 3 and overall 3 of 9"""
    I.go_to("/packing/")
    I.uncheck("Toothbrush")
    I.see("0 of 3 packed")
    I.see("3 of 9 packed")


def test_all_packed_then_unpack():
    """Pack everything, then take the socks out again - the have a good trip message goes away"""
    I.go_to("/packing/")
    I.check("Rain jacket")
    I.check("Socks")
    I.check("Sun cream")
    I.check("Shampoo")
    I.check("Boarding pass")
    I.see("All 9 packed. Have a good trip!")
    I.uncheck("Socks")
    I.dont_see("Have a good trip!")
    I.see("8 of 9 packed")


def test_rename_to_same_category_duplicate_allowed():
    """Adding 'Toothpaste' to Toiletries via Enter works and the field empties"""
    I.go_to("/packing/")
    I.fill("Item name", "Toothpaste")
    I.select("Category", "Toiletries")
    I.press("Enter")
    I.see("Added Toothpaste to Toiletries.")
    I.see_value("Item name", "")


def test_duplicate_case_insensitive():
    """'PASSPORT' under documents is refused since passport is already there"""
    I.go_to("/packing/")
    I.fill("Item name", "PASSPORT")
    I.select("Category", "Documents")
    I.click("Add to list")
    I.see("PASSPORT is already under Documents.")
    I.see("4 of 9 packed")


def test_rename_boots():
    """Rename Walking boots to Trainers using the Edit button, clothes count stays 2 of 4 since they were packed"""
    I.go_to("/packing/")
    I.click("Edit", near="Walking boots")
    I.fill("Rename Walking boots", "Trainers")
    I.press("Enter")
    I.see("Renamed Walking boots to Trainers.")
    I.see("2 of 4 packed")


def test_add_whitespace_only_refused():
    """An item name of just spaces isn't accepted"""
    I.go_to("/packing/")
    I.fill("Item name", "     ")
    I.click("Add to list")
    I.see("Give the item a name.")


def test_remove_and_readd():
    """Take sun cream off the list (rename to empty), then add it back under Toiletries - allowed again, 1 of 3 packed"""
    I.go_to("/packing/")
    I.click("Edit", near="Sun cream")
    I.fill("Rename Sun cream", "")
    I.press("Enter")
    I.see("1 of 2 packed")
    I.fill("Item name", "Sun cream")
    I.select("Category", "Toiletries")
    I.click("Add to list")
    I.see("Added Sun cream to Toiletries.")
    I.see("1 of 3 packed")


def test_pack_all_clothes():
    """Tick the rain jacket and socks and clothes is fully packed, 4 of 4"""
    I.go_to("/packing/")
    I.check("Rain jacket")
    I.check("Socks")
    I.see("4 of 4 packed")
    I.see("6 of 9 packed")
