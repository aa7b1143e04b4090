"""reading: tasks written by w9."""

from testgen import I


def test_add_book():
    """Add Dune by Frank Herbert. It should land on the to-read pile and the count goes up to 3 books to read."""
    I.go_to("/reading/")
    I.fill("Title", "Dune")
    I.fill("Author", "Frank Herbert")
    I.click("Add book")
    I.see("Added Dune by Frank Herbert.")
    I.see("3 books to read")


def test_add_without_author():
    """Adding a book with just a title should complain about the missing author"""
    I.go_to("/reading/")
    I.fill("Title", "Middlemarch")
    I.click("Add book")
    I.see("Enter the author's name.")
    I.dont_see("Added Middlemarch")


def test_add_nothing():
    """click Add book with both fields blank. errors for title and author"""
    I.go_to("/reading/")
    I.click("Add book")
    I.see("Enter the book's title.")
    I.see("Enter the author's name.")


def test_duplicate_book():
    """Piranesi is already on my list. adding it again (lower case) gets refused"""
    I.go_to("/reading/")
    I.fill("Title", "piranesi")
    I.fill("Author", "Susanna Clarke")
    I.click("Add book")
    I.see("That book is already on your list.")
    I.see("2 books to read")


def test_mark_read():
    """Mark Piranesi as read. It leaves the To read tab and the count drops to 1 book."""
    I.go_to("/reading/")
    I.click("Read Piranesi")
    I.see("Marked Piranesi as read.")
    I.see("1 book to read")


def test_finished_tab():
    """The Finished tab should show the books I've read, not the unread ones"""
    I.go_to("/reading/")
    I.click("Finished")
    I.see("Braiding Sweetgrass")
    I.see("Klara and the Sun")
    I.dont_see("Piranesi")


def test_move_back_to_read():
    """On Finished, flip Klara and the Sun back to unread. 3 books to read now and it's gone from Finished."""
    I.go_to("/reading/")
    I.click("Finished")
    I.click("Read Klara and the Sun")
    I.see("Moved Klara and the Sun back to To read.")
    I.see("3 books to read")
    I.dont_see("by Kazuo Ishiguro")


def test_rate_book():
    """Give The Left Hand of Darkness 4 stars"""
    I.go_to("/reading/")
    I.click("4 stars", near="The Left Hand of Darkness")
    I.see("Rated The Left Hand of Darkness 4 stars.")
    I.see("Rated 4 of 5")


def test_change_rating():
    """Klara was rated 3. Change it to 1 star on the finished tab."""
    I.go_to("/reading/")
    I.click("Finished")
    I.click("1 star", near="Klara and the Sun")
    I.see("Rated Klara and the Sun 1 star.")
    I.dont_see("Rated 3 of 5")


def test_remove_book():
    """Remove Piranesi. Gone, count down to one."""
    I.go_to("/reading/")
    I.click("Remove Piranesi")
    I.see("Removed Piranesi.")
    I.dont_see("by Susanna Clarke")
    I.see("1 book to read")


def test_empty_to_read():
    """Mark both unread books as read - the to-read pile is empty and says so, and the counter says no books to read"""
    I.go_to("/reading/")
    I.click("Read Piranesi")
    I.click("Read The Left Hand of Darkness")
    I.see("Nothing on your to-read pile.")
    I.see("No books to read")


def test_finished_empty():
    """Remove both finished books; the Finished tab says you haven't finished anything"""
    I.go_to("/reading/")
    I.click("Finished")
    I.click("Remove Braiding Sweetgrass")
    I.click("Remove Klara and the Sun")
    I.see("You haven't finished any books yet.")


def test_new_book_shows_in_list():
    """Add 'Station Eleven' by Emily St. John Mandel, it shows up under To read as not rated"""
    I.go_to("/reading/")
    I.fill("Title", "Station Eleven")
    I.fill("Author", "Emily St. John Mandel")
    I.press("Enter")
    I.see("by Emily St. John Mandel")


def test_error_clears_when_typing():
    """Get the missing title error, then start typing a title - the error should disappear"""
    I.go_to("/reading/")
    I.click("Add book")
    I.see("Enter the book's title.")
    I.fill("Title", "Beloved")
    I.dont_see("Enter the book's title.")


def test_read_then_rate_in_finished():
    """Finish Piranesi, go to Finished and rate it 5 stars. It should say rated 5."""
    I.go_to("/reading/")
    I.click("Read Piranesi")
    I.click("Finished")
    I.click("5 stars", near="Piranesi")
    I.see("Rated Piranesi 5 stars.")


def test_list_resets_on_reload():
    """This one doesn't save: add a book, reload, and it's gone again"""
    I.go_to("/reading/")
    I.fill("Title", "Emma")
    I.fill("Author", "Jane Austen")
    I.click("Add book")
    I.see("by Jane Austen")
    I.go_to("/reading/")
    I.dont_see("by Jane Austen")


def test_rate_new_book():
    """Add 'Circe' by Madeline Miller and give it 2 stars right away"""
    I.go_to("/reading/")
    I.fill("Title", "Circe")
    I.fill("Author", "Madeline Miller")
    I.click("Add book")
    I.click("2 stars", near="Circe")
    I.see("Rated Circe 2 stars.")


def test_finish_new_book():
    """I add a book and immediately mark it read. Counter stays at 2 to read, and it's on the Finished tab."""
    I.go_to("/reading/")
    I.fill("Title", "Small Things Like These")
    I.fill("Author", "Claire Keegan")
    I.click("Add book")
    I.see("3 books to read")
    I.click("Read Small Things Like These")
    I.see("2 books to read")
    I.click("Finished")
    I.see("by Claire Keegan")


def test_remove_finished_keeps_count():
    """Removing a finished book doesn't touch the to-read counter, it's still 2"""
    I.go_to("/reading/")
    I.click("Finished")
    I.click("Remove Braiding Sweetgrass")
    I.see("Removed Braiding Sweetgrass.")
    I.see("2 books to read")
    I.dont_see("by Robin Wall Kimmerer")


def test_unrated_book_says_not_rated():
    """A freshly added book shows as not rated until you pick stars; after 3 stars it says Rated 3 of 5"""
    I.go_to("/reading/")
    I.fill("Title", "Pachinko")
    I.fill("Author", "Min Jin Lee")
    I.click("Add book")
    I.click("3 stars", near="Pachinko")
    I.see("Rated Pachinko 3 stars.")


def test_tab_back_to_to_read():
    """Go to Finished and back to To read - the unread ones are shown again"""
    I.go_to("/reading/")
    I.click("Finished")
    I.dont_see("by Susanna Clarke")
    I.click("To read")
    I.see("by Susanna Clarke")
    I.see("by Ursula K. Le Guin")


def test_form_clears_after_add():
    """after adding a book the title and author boxes should be empty again"""
    I.go_to("/reading/")
    I.fill("Title", "Normal People")
    I.fill("Author", "Sally Rooney")
    I.click("Add book")
    I.see_value("Title", "")
    I.see_value("Author", "")


def test_count_one_book():
    """When only one book is left to read the counter says '1 book to read' (not books)"""
    I.go_to("/reading/")
    I.click("Remove The Left Hand of Darkness")
    I.see("1 book to read")
    I.dont_see("1 books to read")


def test_add_missing_title_only():
    """Author filled but no title. The title error shows, nothing's added."""
    I.go_to("/reading/")
    I.fill("Author", "Toni Morrison")
    I.click("Add book")
    I.see("Enter the book's title.")
    I.see("2 books to read")


def test_duplicate_of_finished_book():
    """Can't re-add a book I already finished either (Klara and the Sun)"""
    I.go_to("/reading/")
    I.fill("Title", "Klara and the Sun")
    I.fill("Author", "Kazuo Ishiguro")
    I.click("Add book")
    I.see("That book is already on your list.")


def test_remove_new_book():
    """add a book then remove it; count back to 2"""
    I.go_to("/reading/")
    I.fill("Title", "Tomorrow, and Tomorrow, and Tomorrow")
    I.fill("Author", "Gabrielle Zevin")
    I.click("Add book")
    I.see("3 books to read")
    I.click("Remove Tomorrow, and Tomorrow, and Tomorrow")
    I.see("2 books to read")
    I.dont_see("by Gabrielle Zevin")


def test_rating_stays_when_moved():
    """Rate Piranesi 4 stars, then mark it read. Over on Finished it's still rated 4."""
    I.go_to("/reading/")
    I.click("4 stars", near="Piranesi")
    I.click("Read Piranesi")
    I.click("Finished")
    I.see("Rated 4 of 5")
