"""packing: tasks written by w2."""

from testgen import I


def test_add_item_to_documents():
    """Add an item to a category
Test data: Item name = Phone charger, Category = Documents
1. Navigate to /packing/
2. Enter the item name and select the category
3. Click Add to list
Expected result:
- Status message "Added Phone charger to Documents." is displayed
- Documents shows "1 of 3 packed\""""
    I.go_to("/packing/")
    I.fill("Item name", "Phone charger")
    I.select("Category", "Documents")
    I.click("Add to list")
    I.see("Added Phone charger to Documents.")
    I.see("1 of 3 packed")


def test_add_item_without_name():
    """Verify that the system does not accept an item without a name.
1. Navigate to /packing/
2. Leave Item name empty and click Add to list
Expected result: "Give the item a name." is displayed."""
    I.go_to("/packing/")
    I.click("Add to list")
    I.see("Give the item a name.")


def test_add_duplicate_item_same_category():
    """Duplicate item in the same category
Test data: socks (Clothes) - Socks is already on the list
1. Navigate to /packing/
2. Enter the test data in Item name, keep Category = Clothes
3. Click Add to list
Expected: "socks is already under Clothes." and nothing is added to the list."""
    I.go_to("/packing/")
    I.fill("Item name", "socks")
    I.click("Add to list")
    I.see("socks is already under Clothes.")
    I.dont_see("Added socks to Clothes.")


def test_same_name_other_category_allowed():
    """Same name in a different category is allowed
1. Navigate to /packing/
2. Enter "Socks" in Item name and choose Toiletries
3. Click Add to list
ER: "Added Socks to Toiletries." """
    I.go_to("/packing/")
    I.fill("Item name", "Socks")
    I.select("Category", "Toiletries")
    I.click("Add to list")
    I.see("Added Socks to Toiletries.")


def test_name_error_clears_when_typing():
    """Error message disappears when the user starts typing
1. Navigate to /packing/
2. Click Add to list with an empty name - "Give the item a name." is shown
3. Type "Hat" in Item name
Expected result: the error is no longer displayed."""
    I.go_to("/packing/")
    I.click("Add to list")
    I.see("Give the item a name.")
    I.fill("Item name", "Hat")
    I.dont_see("Give the item a name.")


def test_pack_rain_jacket():
    """Tick "Rain jacket" as packed. Expected: status "Packed Rain jacket." and Clothes changes to 3 of 4 packed."""
    I.go_to("/packing/")
    I.check("Rain jacket")
    I.see("Packed Rain jacket.")
    I.see("3 of 4 packed")


def test_unpack_passport():
    """Unpack an item
1. Navigate to /packing/
2. Untick Passport
Expected result: "Unpacked Passport." is displayed and Documents shows 0 of 2 packed."""
    I.go_to("/packing/")
    I.uncheck("Passport")
    I.see("Unpacked Passport.")
    I.see("0 of 2 packed")


def test_everything_packed_message():
    """All items packed

1. Navigate to /packing/
2. Tick every unpacked item: Rain jacket, Socks, Sun cream, Shampoo, Boarding pass

Expected result: progress text reads "All 9 packed. Have a good trip!"."""
    I.go_to("/packing/")
    I.check("Rain jacket")
    I.check("Socks")
    I.check("Sun cream")
    I.check("Shampoo")
    I.check("Boarding pass")
    I.see("All 9 packed. Have a good trip!")


def test_rename_with_edit_button():
    """Rename an item using Edit
Test data: new name "Waterproof jacket"
1. Navigate to /packing/
2. Click Edit next to Rain jacket
3. Replace the name with the test data and press Enter
Expected result: "Renamed Rain jacket to Waterproof jacket." and the list shows Waterproof jacket."""
    I.go_to("/packing/")
    I.click("Edit", near="Rain jacket")
    I.fill("Rename Rain jacket", "Waterproof jacket")
    I.press("Enter")
    I.see("Renamed Rain jacket to Waterproof jacket.")
    I.see("Waterproof jacket")


def test_rename_by_double_click():
    """Rename by double-click
1. Navigate to /packing/
2. Double-click "Sun cream"
3. Type "SPF 50 sun cream" and press Enter
Expected: status says "Renamed Sun cream to SPF 50 sun cream."."""
    I.go_to("/packing/")
    I.double_click("Sun cream")
    I.fill("Rename Sun cream", "SPF 50 sun cream")
    I.press("Enter")
    I.see("Renamed Sun cream to SPF 50 sun cream.")


def test_rename_escape_cancels():
    """Verify that Escape cancels the rename.
1. Navigate to /packing/
2. Click Edit next to Shampoo and type "Conditioner"
3. Press Escape
Expected result: the item is still called Shampoo; "Conditioner" is not displayed."""
    I.go_to("/packing/")
    I.click("Edit", near="Shampoo")
    I.fill("Rename Shampoo", "Conditioner")
    I.press("Escape")
    I.dont_see("Conditioner")
    I.see("Shampoo")


def test_rename_to_empty_removes_item():
    """Saving an empty name removes the item
1. Navigate to /packing/
2. Click Edit for Shampoo, clear the name, press Enter
Expected result: "Removed Shampoo from the list." and the overall progress is 4 of 8 packed."""
    I.go_to("/packing/")
    I.click("Edit", near="Shampoo")
    I.fill("Rename Shampoo", "")
    I.press("Enter")
    I.see("Removed Shampoo from the list.")
    I.see("4 of 8 packed")


def test_move_socks_up():
    """Move up
1. Navigate to /packing/
2. Click Move up for Socks
ER: status message "Moved Socks up." """
    I.go_to("/packing/")
    I.click("Move up", near="Socks")
    I.see("Moved Socks up.")


def test_move_tshirts_down():
    """Click Move down on T-shirts (first in Clothes) -> "Moved T-shirts down." should be displayed."""
    I.go_to("/packing/")
    I.click("Move down", near="T-shirts")
    I.see("Moved T-shirts down.")


def test_overall_count_after_adding():
    """Progress after adding a new item
1. Navigate to /packing/
2. Add "Sunglasses" under Clothes
Expected result: overall progress changes from 4 of 9 to "4 of 10 packed"."""
    I.go_to("/packing/")
    I.fill("Item name", "Sunglasses")
    I.click("Add to list")
    I.see("4 of 10 packed")


def test_item_name_spaces_collapsed():
    """Extra spaces in item name
Test data: "  Travel    adapter  "
1. Navigate to /packing/
2. Enter the test data, Category Documents, click Add to list
Expected: "Added Travel adapter to Documents." (spaces collapsed)."""
    I.go_to("/packing/")
    I.fill("Item name", "  Travel    adapter  ")
    I.select("Category", "Documents")
    I.click("Add to list")
    I.see("Added Travel adapter to Documents.")


def test_help_link_anchor():
    """Click Help in the header; URL should end with #help."""
    I.go_to("/packing/")
    I.click("Help")
    I.see_url("#help")


def test_rename_saved_on_blur():
    """Rename is saved when leaving the field
1. Navigate to /packing/
2. Click Edit for Boarding pass and enter "Boarding pass (printed)"
3. Click into the Item name field (leave the edit box)
Expected result: "Renamed Boarding pass to Boarding pass (printed)." is displayed."""
    I.go_to("/packing/")
    I.click("Edit", near="Boarding pass")
    I.fill("Rename Boarding pass", "Boarding pass (printed)")
    I.click("Item name")
    I.see("Renamed Boarding pass to Boarding pass (printed).")


def test_empty_category_message():
    """Empty category
1. Navigate to /packing/
2. Remove Passport (Edit, clear name, Enter)
3. Remove Boarding pass the same way
Expected result: Documents shows "Nothing in this category yet."."""
    I.go_to("/packing/")
    I.click("Edit", near="Passport")
    I.fill("Rename Passport", "")
    I.press("Enter")
    I.click("Edit", near="Boarding pass")
    I.fill("Rename Boarding pass", "")
    I.press("Enter")
    I.see("Nothing in this category yet.")


def test_add_then_pack_new_item():
    """New item can be packed
Test data: Sunglasses / Clothes
1. Navigate to /packing/ and add the item from the test data
2. Tick Sunglasses
Expected: "Packed Sunglasses." and Clothes shows 3 of 5 packed."""
    I.go_to("/packing/")
    I.fill("Item name", "Sunglasses")
    I.click("Add to list")
    I.check("Sunglasses")
    I.see("Packed Sunglasses.")
    I.see("3 of 5 packed")


def test_duplicate_check_ignores_case():
    """Verify that the duplicate check is not case-sensitive.
Test data: PASSPORT, category Documents
1. Navigate to /packing/
2. Enter the test data and click Add to list
Expected result: "PASSPORT is already under Documents." and the item is not added a second time."""
    I.go_to("/packing/")
    I.fill("Item name", "PASSPORT")
    I.select("Category", "Documents")
    I.click("Add to list")
    I.see("PASSPORT is already under Documents.")
    I.dont_see("Added PASSPORT to Documents.")


def test_unpack_then_all_not_packed_count():
    """Overall progress after unpacking
1. Navigate to /packing/
2. Untick T-shirts and Toothbrush
Expected result: overall progress shows "2 of 9 packed"."""
    I.go_to("/packing/")
    I.uncheck("T-shirts")
    I.uncheck("Toothbrush")
    I.see("2 of 9 packed")


def test_add_item_with_enter_key():
    """Add an item with the Enter key
1. Navigate to /packing/
2. Type "Toothpaste" in Item name, select Toiletries
3. Press Enter
ER: Added Toothpaste to Toiletries."""
    I.go_to("/packing/")
    I.fill("Item name", "Toothpaste")
    I.select("Category", "Toiletries")
    I.click("Item name")
    I.press("Enter")
    I.see("Added Toothpaste to Toiletries.")


def test_renamed_item_keeps_packed_state():
    """Rename does not change packed status
1. Navigate to /packing/
2. Rename "Walking boots" (packed) to "Hiking boots" via Edit + Enter
3. Untick Hiking boots
Expected result: "Unpacked Hiking boots." and Clothes shows 1 of 4 packed."""
    I.go_to("/packing/")
    I.click("Edit", near="Walking boots")
    I.fill("Rename Walking boots", "Hiking boots")
    I.press("Enter")
    I.uncheck("Hiking boots")
    I.see("Unpacked Hiking boots.")
    I.see("1 of 4 packed")


def test_toiletries_count_after_adding():
    """Category counter
1. Navigate to /packing/
2. Enter "Deodorant" in Item name and choose Toiletries
3. Click Add to list
Expected result: the Toiletries header shows "1 of 4 packed"."""
    I.go_to("/packing/")
    I.fill("Item name", "Deodorant")
    I.select("Category", "Toiletries")
    I.click("Add to list")
    with I.within("Toiletries"):
        I.see("1 of 4 packed")


def test_move_boarding_pass_up():
    """Move Boarding pass above Passport with Move up. ER: "Moved Boarding pass up." in the status line."""
    I.go_to("/packing/")
    I.click("Move up", near="Boarding pass")
    I.see("Moved Boarding pass up.")
