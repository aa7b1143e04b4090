"""packing: tasks written by w6."""

from testgen import I


def test_pack_rain_jacket():
    """So basically I'd open the Lisbon packing list and tick Rain jacket. It should say "Packed Rain jacket." and the overall bit goes up to 5 of 9 packed."""
    I.go_to("/packing/")
    I.check("Rain jacket")
    I.see("Packed Rain jacket.")
    I.see("5 of 9 packed")


def test_unpack_passport():
    """Untick Passport (it starts ticked). Documents should then read 0 of 2 packed, and there's an "Unpacked Passport." message."""
    I.go_to("/packing/")
    I.uncheck("Passport")
    I.see("Unpacked Passport.")
    I.see("0 of 2 packed")


def test_add_phone_charger_documents():
    """Add "Phone charger" under Documents (I know, not really a document, but whatever!) and you should get "Added Phone charger to Documents." and Documents becomes 1 of 3 packed."""
    I.go_to("/packing/")
    I.fill("Item name", "Phone charger")
    I.select("Category", "Documents")
    I.click("Add to list")
    I.see("Added Phone charger to Documents.")
    I.see("1 of 3 packed")


def test_add_without_name():
    """Clicking Add to list with an empty name should be refused with "Give the item a name."."""
    I.go_to("/packing/")
    I.click("Add to list")
    I.see("Give the item a name.")


def test_duplicate_item_refused():
    """Try adding Socks to Clothes again — they're already there, so it should say "Socks is already under Clothes." and the total stays at 9."""
    I.go_to("/packing/")
    I.fill("Item name", "Socks")
    I.select("Category", "Clothes")
    I.click("Add to list")
    I.see("Socks is already under Clothes.")
    I.see("4 of 9 packed")


def test_duplicate_check_ignores_case():
    """Same thing but shouting: "SHAMPOO" under Toiletries. Hopefully it still spots it's a duplicate, error mentions it's already under Toiletries."""
    I.go_to("/packing/")
    I.fill("Item name", "SHAMPOO")
    I.select("Category", "Toiletries")
    I.click("Add to list")
    I.see("SHAMPOO is already under Toiletries.")
    I.dont_see("Added SHAMPOO")


def test_same_name_other_category_ok():
    """But Socks under Toiletries is fine (weird, but allowed) — different category. I'd expect "Added Socks to Toiletries." here!"""
    I.go_to("/packing/")
    I.fill("Item name", "Socks")
    I.select("Category", "Toiletries")
    I.click("Add to list")
    I.see("Added Socks to Toiletries.")


def test_pack_everything_message():
    """Tick all the unpacked things — Rain jacket, Socks, Sun cream, Shampoo and Boarding pass — and it should give you "All 9 packed. Have a good trip!" at the top. Love that one."""
    I.go_to("/packing/")
    I.check("Rain jacket")
    I.check("Socks")
    I.check("Sun cream")
    I.check("Shampoo")
    I.check("Boarding pass")
    I.see("All 9 packed. Have a good trip!")


def test_rename_with_edit_button():
    """Use the Edit button next to Socks, change it to "Wool socks" and press Enter. Should say Renamed Socks to Wool socks."""
    I.go_to("/packing/")
    I.click("Edit", near="Socks")
    I.fill("Rename Socks", "Wool socks")
    I.press("Enter")
    I.see("Renamed Socks to Wool socks.")
    I.see("Wool socks")


def test_rename_double_click():
    """Double-clicking the item name works too. Double-click Shampoo, make it "Travel shampoo", Enter, and the list shows the new name."""
    I.go_to("/packing/")
    I.double_click("Shampoo")
    I.fill("Rename Shampoo", "Travel shampoo")
    I.press("Enter")
    I.see("Travel shampoo")
    I.see("Renamed Shampoo to Travel shampoo.")


def test_rename_escape_cancels():
    """Edit Sun cream, type "Aftersun" but hit Escape. Nothing should change — no "Aftersun" anywhere, and no Renamed message."""
    I.go_to("/packing/")
    I.click("Edit", near="Sun cream")
    I.fill("Rename Sun cream", "Aftersun")
    I.press("Escape")
    I.dont_see("Aftersun")
    I.see("Sun cream")


def test_rename_empty_removes():
    """If you clear the name while editing and save, the item comes off the list. I'd do it with Boarding pass — message should be "Removed Boarding pass from the list." and now 4 of 8 overall."""
    I.go_to("/packing/")
    I.click("Edit", near="Boarding pass")
    I.fill("Rename Boarding pass", "")
    I.press("Enter")
    I.see("Removed Boarding pass from the list.")
    I.see("4 of 8 packed")


def test_move_socks_up():
    """Press Move up on Socks and you get a "Moved Socks up." note."""
    I.go_to("/packing/")
    I.click("Move up", near="Socks")
    I.see("Moved Socks up.")


def test_move_tshirts_down():
    """Move T-shirts down one, it should confirm with "Moved T-shirts down."."""
    I.go_to("/packing/")
    I.click("Move down", near="T-shirts")
    I.see("Moved T-shirts down.")


def test_add_clears_input():
    """After you add something (say "Sunglasses", Clothes is the default) the Item name box should be empty again."""
    I.go_to("/packing/")
    I.fill("Item name", "Sunglasses")
    I.click("Add to list")
    I.see("Sunglasses")
    I.see_value("Item name", "")


def test_new_item_counts_unpacked():
    """A newly added thing shouldn't count as packed. Add "Plasters" to Toiletries and the toiletries count should read 1 of 4 packed."""
    I.go_to("/packing/")
    I.fill("Item name", "Plasters")
    I.select("Category", "Toiletries")
    I.click("Add to list")
    I.see("1 of 4 packed")


def test_error_goes_when_typing():
    """Get the "Give the item a name." error by clicking Add to list with nothing in it, then type "Hat" — the error should disappear."""
    I.go_to("/packing/")
    I.click("Add to list")
    I.see("Give the item a name.")
    I.fill("Item name", "Hat")
    I.dont_see("Give the item a name.")


def test_extra_spaces_collapsed():
    """Sneaky one: type "  Beach   towel  " with messy spaces. It should be tidied to "Beach towel" in the confirmation."""
    I.go_to("/packing/")
    I.fill("Item name", "  Beach   towel  ")
    I.click("Add to list")
    I.see("Added Beach towel to Clothes.")


def test_add_with_enter_key():
    """Enter in the item box should add it too — "Earplugs", Toiletries, Enter."""
    I.go_to("/packing/")
    I.fill("Item name", "Earplugs")
    I.select("Category", "Toiletries")
    I.press("Enter")
    I.see("Added Earplugs to Toiletries.")


def test_unpack_then_total_drops():
    """Untick T-shirts and Walking boots. Overall should fall to 2 of 9 packed."""
    I.go_to("/packing/")
    I.uncheck("T-shirts")
    I.uncheck("Walking boots")
    I.see("2 of 9 packed")


def test_rename_same_name_no_message():
    """If you open the editor on Toothbrush and just press Enter without changing it, there shouldn't be a "Renamed" message, since nothing changed."""
    I.go_to("/packing/")
    I.click("Edit", near="Toothbrush")
    I.press("Enter")
    I.dont_see("Renamed Toothbrush")
    I.see("Toothbrush")


def test_all_packed_message_goes_after_untick():
    """Pack the last five (Rain jacket, Socks, Sun cream, Shampoo, Boarding pass), then untick Socks again. The "Have a good trip!" bit should go and it's 8 of 9 packed."""
    I.go_to("/packing/")
    I.check("Rain jacket")
    I.check("Socks")
    I.check("Sun cream")
    I.check("Shampoo")
    I.check("Boarding pass")
    I.uncheck("Socks")
    I.dont_see("Have a good trip!")
    I.see("8 of 9 packed")


def test_duplicate_of_new_item():
    """Add "Sunhat" to Clothes, then try to add "sunhat" to Clothes again. Second time should be refused: "sunhat is already under Clothes."."""
    I.go_to("/packing/")
    I.fill("Item name", "Sunhat")
    I.click("Add to list")
    I.fill("Item name", "sunhat")
    I.click("Add to list")
    I.see("sunhat is already under Clothes.")


def test_remove_both_documents_empty():
    """Removing everything in a category: edit Passport and Boarding pass, empty the name and Enter each time. Documents should then say "Nothing in this category yet." (and 0 of 0 packed)."""
    I.go_to("/packing/")
    I.click("Edit", near="Passport")
    I.fill("Rename Passport", "")
    I.press("Enter")
    I.click("Edit", near="Boarding pass")
    I.fill("Rename Boarding pass", "")
    I.press("Enter")
    I.see("Nothing in this category yet.")
    I.see("0 of 0 packed")


def test_move_up_then_down():
    """Move Sun cream up and then straight back down — the last message should be "Moved Sun cream down."."""
    I.go_to("/packing/")
    I.click("Move up", near="Sun cream")
    I.click("Move down", near="Sun cream")
    I.see("Moved Sun cream down.")


def test_toiletries_all_packed_count():
    """Tick Sun cream and Shampoo — Toiletries should be 3 of 3 packed."""
    I.go_to("/packing/")
    I.check("Sun cream")
    I.check("Shampoo")
    I.see("3 of 3 packed")


def test_rename_collapses_spaces():
    """Renaming tidies spaces as well: edit Rain jacket to "Rain   jacket   (light)" and it should come out as Rain jacket (light)."""
    I.go_to("/packing/")
    I.click("Edit", near="Rain jacket")
    I.fill("Rename Rain jacket", "Rain   jacket   (light)")
    I.press("Enter")
    I.see("Renamed Rain jacket to Rain jacket (light).")
