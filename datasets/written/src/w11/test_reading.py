"""reading: tasks written by w11."""

from testgen import I


def test_add_book():
    """add book > Title 'Dune', Author 'Frank Herbert' > should say Added Dune by Frank Herbert. and count goes to 3 books to read"""
    I.go_to("/reading/")
    I.fill("Title", "Dune")
    I.fill("Author", "Frank Herbert")
    I.click("Add book")
    I.see("Added Dune by Frank Herbert.")
    I.see("3 books to read")


def test_added_book_listed():
    """a newly added book should show in the To read list with 'by <author>' (Circe, Madeline Miller)"""
    I.go_to("/reading/")
    I.fill("Title", "Circe")
    I.fill("Author", "Madeline Miller")
    I.click("Add book")
    I.see("Circe")
    I.see("by Madeline Miller")


def test_add_without_title():
    """should show "Enter the book's title." when I only fill the author (Ann Patchett)"""
    I.go_to("/reading/")
    I.fill("Author", "Ann Patchett")
    I.click("Add book")
    I.see("Enter the book's title.")


def test_add_without_author():
    """Title 'Matilda' but no author -> error "Enter the author's name." and the book is NOT added"""
    I.go_to("/reading/")
    I.fill("Title", "Matilda")
    I.click("Add book")
    I.see("Enter the author's name.")
    I.dont_see("Added Matilda")


def test_add_both_empty():
    """empty form + Add book should complain about both title and author"""
    I.go_to("/reading/")
    I.click("Add book")
    I.see("Enter the book's title.")
    I.see("Enter the author's name.")


def test_duplicate_title_rejected():
    """adding 'piranesi' again (other case) must be rejected: That book is already on your list."""
    I.go_to("/reading/")
    I.fill("Title", "piranesi")
    I.fill("Author", "Susanna Clarke")
    I.click("Add book")
    I.see("That book is already on your list.")
    I.dont_see("3 books to read")


def test_error_clears_on_input():
    """the title error should go away once I type into the Title field"""
    I.go_to("/reading/")
    I.click("Add book")
    I.see("Enter the book's title.")
    I.fill("Title", "Beloved")
    I.dont_see("Enter the book's title.")


def test_form_resets_after_add():
    """after Add book the Title and Author fields should be cleared"""
    I.go_to("/reading/")
    I.fill("Title", "Emma")
    I.fill("Author", "Jane Austen")
    I.click("Add book")
    I.see("Added Emma by Jane Austen.")
    I.see_value("Title", "")
    I.see_value("Author", "")


def test_mark_as_read():
    """toggling Read on Piranesi -> 'Marked Piranesi as read.' and 1 book to read"""
    I.go_to("/reading/")
    I.click("Read Piranesi")
    I.see("Marked Piranesi as read.")
    I.see("1 book to read")


def test_marked_read_leaves_to_read_tab():
    """to_read tab > switching Read on for Piranesi should take it off this tab (its 'by Susanna Clarke' line disappears)"""
    I.go_to("/reading/")
    I.click("Read Piranesi")
    I.see("Marked Piranesi as read.")
    I.dont_see("by Susanna Clarke")


def test_finished_tab_lists_read_books():
    """Finished tab should show Braiding Sweetgrass and Klara and the Sun, not Piranesi"""
    I.go_to("/reading/")
    I.click("Finished")
    I.see("Braiding Sweetgrass")
    I.see("Klara and the Sun")
    I.dont_see("Piranesi")


def test_finished_ratings_shown():
    """finished books show their rating: Braiding Sweetgrass -> Rated 5 of 5"""
    I.go_to("/reading/")
    I.click("Finished")
    I.see("Rated 5 of 5")
    I.see("Rated 3 of 5")


def test_marked_book_shows_in_finished():
    """mark Piranesi as read then open Finished -> Piranesi should be there"""
    I.go_to("/reading/")
    I.click("Read Piranesi")
    I.click("Finished")
    I.see("Piranesi")
    I.see("by Susanna Clarke")


def test_move_back_to_to_read():
    """Finished > switch Read off for Braiding Sweetgrass > 'Moved Braiding Sweetgrass back to To read.' + 3 books to read"""
    I.go_to("/reading/")
    I.click("Finished")
    I.click("Read Braiding Sweetgrass")
    I.see("Moved Braiding Sweetgrass back to To read.")
    I.see("3 books to read")


def test_rate_book():
    """rating > click 4 stars on Piranesi > 'Rated 4 of 5' next to it and status 'Rated Piranesi 4 stars.'"""
    I.go_to("/reading/")
    I.click("4 stars", near="Piranesi")
    I.see("Rated Piranesi 4 stars.")
    I.see("Rated 4 of 5")


def test_rate_one_star_singular():
    """1 star should read singular: 'Rated The Left Hand of Darkness 1 star.'"""
    I.go_to("/reading/")
    I.click("1 star", near="The Left Hand of Darkness")
    I.see("Rated The Left Hand of Darkness 1 star.")


def test_change_rating_finished():
    """re-rate Klara and the Sun from 3 to 5 stars in Finished -> Rated Klara and the Sun 5 stars."""
    I.go_to("/reading/")
    I.click("Finished")
    I.click("5 stars", near="Klara and the Sun")
    I.see("Rated Klara and the Sun 5 stars.")
    I.dont_see("Rated 3 of 5")


def test_rating_keyboard_arrow():
    """keyboard on stars: click 2 stars on Piranesi then ArrowRight -> should become 3 stars (Rated 3 of 5)"""
    I.go_to("/reading/")
    I.click("2 stars", near="Piranesi")
    I.press("ArrowRight")
    I.see("Rated Piranesi 3 stars.")
    I.see("Rated 3 of 5")


def test_remove_book():
    """Remove Piranesi -> status Removed Piranesi. and '1 book to read'"""
    I.go_to("/reading/")
    I.click("Remove Piranesi")
    I.see("Removed Piranesi.")
    I.see("1 book to read")


def test_remove_all_to_read_empty_state():
    """removing both to-read books should show "Nothing on your to-read pile." and No books to read"""
    I.go_to("/reading/")
    I.click("Remove Piranesi")
    I.click("Remove The Left Hand of Darkness")
    I.see("Nothing on your to-read pile.")
    I.see("No books to read")


def test_finished_empty_state():
    """Finished tab empty state: remove both finished books -> "You haven't finished any books yet." """
    I.go_to("/reading/")
    I.click("Finished")
    I.click("Remove Braiding Sweetgrass")
    I.click("Remove Klara and the Sun")
    I.see("You haven't finished any books yet.")


def test_removed_finished_book_gone():
    """removing Braiding Sweetgrass from Finished should not touch the to-read count (still 2 books to read), book gone"""
    I.go_to("/reading/")
    I.click("Finished")
    I.click("Remove Braiding Sweetgrass")
    I.see("Removed Braiding Sweetgrass.")
    I.dont_see("by Robin Wall Kimmerer")
    I.see("2 books to read")


def test_tab_arrow_key():
    """tabs: ArrowRight from 'To read' should switch to Finished (Klara and the Sun visible)"""
    I.go_to("/reading/")
    I.click("To read")
    I.press("ArrowRight")
    I.see("Klara and the Sun")
    I.dont_see("by Susanna Clarke")


def test_readd_removed_book_allowed():
    """after removing Piranesi, adding Piranesi again should work (no duplicate error)"""
    I.go_to("/reading/")
    I.click("Remove Piranesi")
    I.fill("Title", "Piranesi")
    I.fill("Author", "Susanna Clarke")
    I.click("Add book")
    I.see("Added Piranesi by Susanna Clarke.")
    I.dont_see("That book is already on your list.")


def test_new_book_not_rated():
    """new book (Dracula, Bram Stoker) then rate it 2 stars -> Rated Dracula 2 stars."""
    I.go_to("/reading/")
    I.fill("Title", "Dracula")
    I.fill("Author", "Bram Stoker")
    I.click("Add book")
    I.click("2 stars", near="Dracula")
    I.see("Rated Dracula 2 stars.")


def test_add_with_enter():
    """pressing Enter in the Author field should submit the form too (Ulysses / James Joyce)"""
    I.go_to("/reading/")
    I.fill("Title", "Ulysses")
    I.fill("Author", "James Joyce")
    I.press("Enter")
    I.see("Added Ulysses by James Joyce.")


def test_reload_resets_shelf():
    """list is page-only: add 'Emma' by Jane Austen, reload -> Emma should be gone and count back to 2 books to read"""
    I.go_to("/reading/")
    I.fill("Title", "Emma")
    I.fill("Author", "Jane Austen")
    I.click("Add book")
    I.see("3 books to read")
    I.go_to("/reading/")
    I.dont_see("Emma")
    I.see("2 books to read")


def test_spaces_only_title_rejected():
    """title of just spaces should count as empty -> "Enter the book's title." """
    I.go_to("/reading/")
    I.fill("Title", "   ")
    I.fill("Author", "Anon")
    I.click("Add book")
    I.see("Enter the book's title.")


def test_rate_after_finishing():
    """finish Piranesi, then on the Finished tab give it 4 stars -> Rated Piranesi 4 stars."""
    I.go_to("/reading/")
    I.click("Read Piranesi")
    I.click("Finished")
    I.click("4 stars", near="Piranesi")
    I.see("Rated Piranesi 4 stars.")


def test_rating_end_key():
    """stars keyboard: End should jump to 5 (click 1 star on Piranesi, press End -> Rated 5 of 5)"""
    I.go_to("/reading/")
    I.click("1 star", near="Piranesi")
    I.press("End")
    I.see("Rated Piranesi 5 stars.")
    I.see("Rated 5 of 5")
