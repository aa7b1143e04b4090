"""packing: tasks written by w4."""

from testgen import I


def test_pack_item_updates_progress():
    """As a traveller, I want to tick items as they go in the bag so that I know how much is left.
AC1: tick Rain jacket
AC2: the overall progress says "5 of 9 packed"
AC3: the Clothes section says "3 of 4 packed\""""
    I.go_to("/packing/")
    I.check("Rain jacket")
    I.see("5 of 9 packed")
    I.see("3 of 4 packed")


def test_unpack_item():
    """AC: unticking Passport shows "Unpacked Passport." and Documents drops to 0 of 2 packed"""
    I.go_to("/packing/")
    I.uncheck("Passport")
    I.see("Unpacked Passport.")
    I.see("0 of 2 packed")


def test_all_packed_message():
    """As a traveller I want a little cheer when I'm done.
AC: after ticking Rain jacket, Socks, Sun cream, Shampoo and Boarding pass, the progress says "All 9 packed. Have a good trip!\""""
    I.go_to("/packing/")
    I.check("Rain jacket")
    I.check("Socks")
    I.check("Sun cream")
    I.check("Shampoo")
    I.check("Boarding pass")
    I.see("All 9 packed. Have a good trip!")


def test_add_item_to_category():
    """As a traveller, I want to add things I forgot.
AC1: Item name "Phone charger", Category Documents, Add to list
AC2: "Added Phone charger to Documents." is shown
AC3: Documents now reads 1 of 3 packed"""
    I.go_to("/packing/")
    I.fill("Item name", "Phone charger")
    I.select("Category", "Documents")
    I.click("Add to list")
    I.see("Added Phone charger to Documents.")
    I.see("1 of 3 packed")


def test_add_item_default_category():
    """AC: adding "Swimsuit" without changing the category puts it under Clothes and the total becomes 4 of 10 packed"""
    I.go_to("/packing/")
    I.fill("Item name", "Swimsuit")
    I.click("Add to list")
    I.see("Added Swimsuit to Clothes.")
    I.see("4 of 10 packed")


def test_add_without_name():
    """The add form must not accept an item without a name — "Give the item a name." shows up."""
    I.go_to("/packing/")
    I.click("Add to list")
    I.see("Give the item a name.")


def test_duplicate_in_category():
    """As a traveller I don't want socks twice.
AC: adding "socks" to Clothes says "socks is already under Clothes." and the Clothes count stays at 2 of 4 packed"""
    I.go_to("/packing/")
    I.fill("Item name", "socks")
    I.click("Add to list")
    I.see("socks is already under Clothes.")
    I.see("2 of 4 packed")


def test_same_name_other_category_ok():
    """AC: "Passport" can be added under Clothes (it's only taken in Documents) — "Added Passport to Clothes.\""""
    I.go_to("/packing/")
    I.fill("Item name", "Passport")
    I.select("Category", "Clothes")
    I.click("Add to list")
    I.see("Added Passport to Clothes.")


def test_error_clears_on_typing():
    """AC1: Add to list with an empty name shows the name error
AC2: typing "Hat" clears it"""
    I.go_to("/packing/")
    I.click("Add to list")
    I.see("Give the item a name.")
    I.fill("Item name", "Hat")
    I.dont_see("Give the item a name.")


def test_rename_with_edit_button():
    """As a traveller I want to rename an item.
AC1: Edit on Socks, type "Wool socks", press Enter
AC2: "Renamed Socks to Wool socks." is shown"""
    I.go_to("/packing/")
    I.click("Edit", near="Socks")
    I.fill("Rename Socks", "Wool socks")
    I.press("Enter")
    I.see("Renamed Socks to Wool socks.")


def test_rename_double_click():
    """AC: double-clicking Shampoo lets me rename it to "Travel shampoo" (Enter saves) and the list shows the new name"""
    I.go_to("/packing/")
    I.double_click("Shampoo")
    I.fill("Rename Shampoo", "Travel shampoo")
    I.press("Enter")
    I.see("Travel shampoo")


def test_rename_escape_cancels():
    """As a traveller who changed my mind, Escape should cancel a rename.
- start editing Sun cream, type "SPF 50"
- Escape
- the item is still called Sun cream and "SPF 50" is not shown"""
    I.go_to("/packing/")
    I.click("Edit", near="Sun cream")
    I.fill("Rename Sun cream", "SPF 50")
    I.press("Escape")
    I.see("Sun cream")
    I.dont_see("SPF 50")


def test_empty_rename_removes():
    """AC1: edit Boarding pass and clear the name, then Enter
AC2: "Removed Boarding pass from the list." and the total is 4 of 8 packed"""
    I.go_to("/packing/")
    I.click("Edit", near="Boarding pass")
    I.fill("Rename Boarding pass", "")
    I.press("Enter")
    I.see("Removed Boarding pass from the list.")
    I.see("4 of 8 packed")


def test_move_item_down():
    """As a traveller I want to order items the way I pack them. Move T-shirts down: the status says "Moved T-shirts down."."""
    I.go_to("/packing/")
    I.click("Move down", near="T-shirts")
    I.see("Moved T-shirts down.")


def test_move_item_up():
    """AC: Move up on Shampoo announces "Moved Shampoo up.\""""
    I.go_to("/packing/")
    I.click("Move up", near="Shampoo")
    I.see("Moved Shampoo up.")


def test_rename_then_pack():
    """AC1: rename Toothbrush to "Electric toothbrush" via Edit
AC2: untick it — status "Unpacked Electric toothbrush.\""""
    I.go_to("/packing/")
    I.click("Edit", near="Toothbrush")
    I.fill("Rename Toothbrush", "Electric toothbrush")
    I.press("Enter")
    I.uncheck("Electric toothbrush")
    I.see("Unpacked Electric toothbrush.")


def test_new_item_can_be_packed():
    """As a traveller I expect items I add to be tickable right away: add "Sunglasses" to Toiletries, tick it, Toiletries shows 2 of 4 packed."""
    I.go_to("/packing/")
    I.fill("Item name", "Sunglasses")
    I.select("Category", "Toiletries")
    I.click("Add to list")
    I.check("Sunglasses")
    I.see("2 of 4 packed")


def test_empty_category_message():
    """AC1: remove both documents (Passport and Boarding pass) by saving empty names
AC2: Documents says "Nothing in this category yet.\""""
    I.go_to("/packing/")
    I.double_click("Passport")
    I.fill("Rename Passport", "")
    I.press("Enter")
    I.double_click("Boarding pass")
    I.fill("Rename Boarding pass", "")
    I.press("Enter")
    I.see("Nothing in this category yet.")


def test_documents_complete():
    """AC: ticking Boarding pass makes Documents read "2 of 2 packed" and the overall "5 of 9 packed\""""
    I.go_to("/packing/")
    I.check("Boarding pass")
    I.see("2 of 2 packed")
    I.see("5 of 9 packed")


def test_rename_saved_on_tab():
    """As a traveller I expect a rename to stick even if I just tab away instead of pressing Enter: edit Rain jacket, type "Rain poncho", Tab — "Renamed Rain jacket to Rain poncho."."""
    I.go_to("/packing/")
    I.click("Edit", near="Rain jacket")
    I.fill("Rename Rain jacket", "Rain poncho")
    I.press("Tab")
    I.see("Renamed Rain jacket to Rain poncho.")


def test_unpack_everything():
    """As a traveller unpacking after the trip, I want to reset my ticks.
AC1: untick T-shirts, Walking boots, Toothbrush and Passport
AC2: the progress shows "0 of 9 packed\""""
    I.go_to("/packing/")
    I.uncheck("T-shirts")
    I.uncheck("Walking boots")
    I.uncheck("Toothbrush")
    I.uncheck("Passport")
    I.see("0 of 9 packed")


def test_add_toiletry():
    """AC1: add "Razor" under Toiletries
AC2: Toiletries shows 1 of 4 packed and the duplicate error is not shown"""
    I.go_to("/packing/")
    I.fill("Item name", "Razor")
    I.select("Category", "Toiletries")
    I.click("Add to list")
    I.see("1 of 4 packed")
    I.dont_see("is already under Toiletries")


def test_item_name_cleared_after_add():
    """After adding "Earplugs" the Item name field should be empty again."""
    I.go_to("/packing/")
    I.fill("Item name", "Earplugs")
    I.click("Add to list")
    I.see("Added Earplugs to Clothes.")
    I.see_value("Item name", "")


def test_move_down_then_up():
    """AC: moving Socks up and then down again ends with the message "Moved Socks down.\""""
    I.go_to("/packing/")
    I.click("Move up", near="Socks")
    I.see("Moved Socks up.")
    I.click("Move down", near="Socks")
    I.see("Moved Socks down.")


def test_rename_keeps_packed_state():
    """As a traveller, renaming a packed item shouldn't unpack it: rename Passport to "Passport (EU)" and the overall progress still says 4 of 9 packed."""
    I.go_to("/packing/")
    I.double_click("Passport")
    I.fill("Rename Passport", "Passport (EU)")
    I.press("Enter")
    I.see("Renamed Passport to Passport (EU).")
    I.see("4 of 9 packed")


def test_duplicate_after_rename():
    """AC1: rename Socks to "Hiking socks"
AC2: adding "Socks" to Clothes is now accepted ("Added Socks to Clothes.")"""
    I.go_to("/packing/")
    I.click("Edit", near="Socks")
    I.fill("Rename Socks", "Hiking socks")
    I.press("Enter")
    I.fill("Item name", "Socks")
    I.click("Add to list")
    I.see("Added Socks to Clothes.")


def test_duplicate_ignores_case():
    """The list must not accept "PASSPORT" under Documents — it should say "PASSPORT is already under Documents."."""
    I.go_to("/packing/")
    I.fill("Item name", "PASSPORT")
    I.select("Category", "Documents")
    I.click("Add to list")
    I.see("PASSPORT is already under Documents.")


def test_new_item_rename():
    """AC1: add "Travel adapter" to Documents
AC2: rename it with its Edit button to "Plug adapter"
AC3: "Renamed Travel adapter to Plug adapter." is shown"""
    I.go_to("/packing/")
    I.fill("Item name", "Travel adapter")
    I.select("Category", "Documents")
    I.click("Add to list")
    I.click("Edit", near="Travel adapter")
    I.fill("Rename Travel adapter", "Plug adapter")
    I.press("Enter")
    I.see("Renamed Travel adapter to Plug adapter.")


def test_two_items_added_progress():
    """As a traveller adding last-minute things, the total should keep up: add "Book" and "Snacks", progress says 4 of 11 packed."""
    I.go_to("/packing/")
    I.fill("Item name", "Book")
    I.click("Add to list")
    I.fill("Item name", "Snacks")
    I.click("Add to list")
    I.see("4 of 11 packed")


def test_pack_new_clothes_item():
    """AC: after adding "Fleece" under Clothes and ticking it, Clothes shows 3 of 5 packed"""
    I.go_to("/packing/")
    I.fill("Item name", "Fleece")
    I.click("Add to list")
    I.check("Fleece")
    I.see("3 of 5 packed")


def test_escape_keeps_name_after_double_click():
    """As a traveller who double-clicked by accident, Escape must not change anything: double-click Toothbrush, type "Floss", Escape — Toothbrush is still there and "Renamed" does not appear."""
    I.go_to("/packing/")
    I.double_click("Toothbrush")
    I.fill("Rename Toothbrush", "Floss")
    I.press("Escape")
    I.see("Toothbrush")
    I.dont_see("Renamed Toothbrush")


def test_move_new_item_up():
    """AC: a newly added "Sandals" (Clothes) can be moved up — "Moved Sandals up.\""""
    I.go_to("/packing/")
    I.fill("Item name", "Sandals")
    I.click("Add to list")
    I.click("Move up", near="Sandals")
    I.see("Moved Sandals up.")
