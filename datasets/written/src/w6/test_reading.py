"""reading: tasks written by w6."""

from testgen import I


def test_add_a_book():
    """So I'd go to Shelfmark, put "Circe" as the title and "Madeline Miller" as the author, click Add book. It should say "Added Circe by Madeline Miller." and the counter goes to 3 books to read."""
    I.go_to("/reading/")
    I.fill("Title", "Circe")
    I.fill("Author", "Madeline Miller")
    I.click("Add book")
    I.see("Added Circe by Madeline Miller.")
    I.see("3 books to read")


def test_add_book_no_title():
    """Only fill in the author (say "Ali Smith") and hit Add book — it should complain "Enter the book's title." and not add anything."""
    I.go_to("/reading/")
    I.fill("Author", "Ali Smith")
    I.click("Add book")
    I.see("Enter the book's title.")
    I.see("2 books to read")


def test_add_book_no_author():
    """Title but no author: "Autumn", then Add book. Expect "Enter the author's name."."""
    I.go_to("/reading/")
    I.fill("Title", "Autumn")
    I.click("Add book")
    I.see("Enter the author's name.")


def test_add_book_both_empty():
    """Click Add book with both boxes empty and you should get both errors at once, the title one and the author one."""
    I.go_to("/reading/")
    I.click("Add book")
    I.see("Enter the book's title.")
    I.see("Enter the author's name.")


def test_duplicate_book_refused():
    """Try adding Piranesi again (any author, I used "S. Clarke"). It's already there so you should get "That book is already on your list."."""
    I.go_to("/reading/")
    I.fill("Title", "Piranesi")
    I.fill("Author", "S. Clarke")
    I.click("Add book")
    I.see("That book is already on your list.")
    I.dont_see("Added Piranesi")


def test_duplicate_lowercase():
    """Duplicate check shouldn't care about capitals — "klara and the sun" by Kazuo Ishiguro should be refused as well, even though it's on the Finished side."""
    I.go_to("/reading/")
    I.fill("Title", "klara and the sun")
    I.fill("Author", "Kazuo Ishiguro")
    I.click("Add book")
    I.see("That book is already on your list.")


def test_mark_piranesi_read():
    """Flip the Read switch on Piranesi. Message: "Marked Piranesi as read." and the to-read count drops to 1 book to read."""
    I.go_to("/reading/")
    I.click("Read Piranesi")
    I.see("Marked Piranesi as read.")
    I.see("1 book to read")


def test_read_book_leaves_to_read_tab():
    """Once you mark The Left Hand of Darkness as read it should disappear from the To read tab (Piranesi's still there)."""
    I.go_to("/reading/")
    I.click("Read The Left Hand of Darkness")
    I.see("Marked The Left Hand of Darkness as read.")
    I.see("Piranesi")
    I.dont_see("by Ursula K. Le Guin")


def test_finished_tab_lists():
    """Click the Finished tab and you'd see Braiding Sweetgrass and Klara and the Sun, but not Piranesi."""
    I.go_to("/reading/")
    I.click("Finished")
    I.see("Braiding Sweetgrass")
    I.see("Klara and the Sun")
    I.dont_see("Piranesi")


def test_finished_tab_ratings_shown():
    """On Finished, Klara should show "Rated 3 of 5" under it."""
    I.go_to("/reading/")
    I.click("Finished")
    I.see("Rated 3 of 5")


def test_rate_klara_four():
    """Go to Finished and give Klara and the Sun 4 stars instead of 3. It should say "Rated Klara and the Sun 4 stars." and Rated 4 of 5."""
    I.go_to("/reading/")
    I.click("Finished")
    I.click("4 stars", near="Klara and the Sun")
    I.see("Rated Klara and the Sun 4 stars.")
    I.see("Rated 4 of 5")


def test_rate_unread_book():
    """You can rate a book you haven't finished too (odd, but ok). Give Piranesi 2 stars on the To read tab; Not rated should change to "Rated 2 of 5"."""
    I.go_to("/reading/")
    I.click("2 stars", near="Piranesi")
    I.see("Rated Piranesi 2 stars.")
    I.see("Rated 2 of 5")


def test_one_star_singular():
    """1 star should be singular in the message! Rate The Left Hand of Darkness 1 star and it should read "Rated The Left Hand of Darkness 1 star."."""
    I.go_to("/reading/")
    I.click("1 star", near="The Left Hand of Darkness")
    I.see("Rated The Left Hand of Darkness 1 star.")


def test_remove_piranesi():
    """Remove Piranesi with its Remove button; "Removed Piranesi." shows and you're down to 1 book to read."""
    I.go_to("/reading/")
    I.click("Remove Piranesi")
    I.see("Removed Piranesi.")
    I.see("1 book to read")


def test_remove_all_to_read():
    """Remove both to-read books (Piranesi and The Left Hand of Darkness). The tab should then say "Nothing on your to-read pile." and the counter "No books to read"."""
    I.go_to("/reading/")
    I.click("Remove Piranesi")
    I.click("Remove The Left Hand of Darkness")
    I.see("Nothing on your to-read pile.")
    I.see("No books to read")


def test_move_back_to_to_read():
    """On Finished, switch off Read for Braiding Sweetgrass. It should say "Moved Braiding Sweetgrass back to To read." and we're up to 3 books to read."""
    I.go_to("/reading/")
    I.click("Finished")
    I.click("Read Braiding Sweetgrass")
    I.see("Moved Braiding Sweetgrass back to To read.")
    I.see("3 books to read")


def test_finished_empty_message():
    """If you un-read both finished books, the Finished tab should show "You haven't finished any books yet."."""
    I.go_to("/reading/")
    I.click("Finished")
    I.click("Read Braiding Sweetgrass")
    I.click("Read Klara and the Sun")
    I.see("You haven't finished any books yet.")


def test_add_then_remove_new_book():
    """Add "Small Things Like These" by Claire Keegan and then change your mind and hit its Remove button straight away. The card should be gone (nothing saying by Claire Keegan left) and we're back to 2 books to read."""
    I.go_to("/reading/")
    I.fill("Title", "Small Things Like These")
    I.fill("Author", "Claire Keegan")
    I.click("Add book")
    I.click("Remove Small Things Like These")
    I.dont_see("by Claire Keegan")
    I.see("2 books to read")


def test_form_clears_after_add():
    """After adding "Tomorrow, and Tomorrow, and Tomorrow" by Gabrielle Zevin both boxes should be empty again."""
    I.go_to("/reading/")
    I.fill("Title", "Tomorrow, and Tomorrow, and Tomorrow")
    I.fill("Author", "Gabrielle Zevin")
    I.click("Add book")
    I.see("Added Tomorrow, and Tomorrow, and Tomorrow by Gabrielle Zevin.")
    I.see_value("Title", "")
    I.see_value("Author", "")


def test_error_clears_on_typing():
    """Get the title error by submitting empty, then type something in Title — that error should vanish."""
    I.go_to("/reading/")
    I.click("Add book")
    I.see("Enter the book's title.")
    I.fill("Title", "Dune")
    I.dont_see("Enter the book's title.")


def test_added_book_shows_author():
    """Add "Stoner" by "John Williams" and the new card should say "by John Williams" under the title."""
    I.go_to("/reading/")
    I.fill("Title", "Stoner")
    I.fill("Author", "John Williams")
    I.click("Add book")
    I.see("Stoner")
    I.see("by John Williams")


def test_read_then_finished_has_it():
    """Mark Piranesi read, go to Finished and it should be there now, still Not rated."""
    I.go_to("/reading/")
    I.click("Read Piranesi")
    I.click("Finished")
    I.see("Piranesi")
    I.see("Not rated", near="Piranesi")


def test_trimmed_title():
    """Spaces around the title should be trimmed — "  Lessons  " by Ian McEwan should be added as Lessons."""
    I.go_to("/reading/")
    I.fill("Title", "  Lessons  ")
    I.fill("Author", "Ian McEwan")
    I.click("Add book")
    I.see("Added Lessons by Ian McEwan.")


def test_add_with_enter():
    """Press Enter in the Author box instead of clicking — "Beloved" by Toni Morrison. Should get added just the same."""
    I.go_to("/reading/")
    I.fill("Title", "Beloved")
    I.fill("Author", "Toni Morrison")
    I.press("Enter")
    I.see("Added Beloved by Toni Morrison.")


def test_rate_then_finished_tab_rating_kept():
    """Give Piranesi 2 stars, then mark it read and go to Finished — it should still be "Rated 2 of 5" over there."""
    I.go_to("/reading/")
    I.click("2 stars", near="Piranesi")
    I.click("Read Piranesi")
    I.click("Finished")
    I.see("Rated 2 of 5")


def test_remove_finished_book():
    """On the Finished tab remove Klara and the Sun. "Removed Klara and the Sun." and only Braiding Sweetgrass is left there — no "by Kazuo Ishiguro" anywhere."""
    I.go_to("/reading/")
    I.click("Finished")
    I.click("Remove Klara and the Sun")
    I.see("Removed Klara and the Sun.")
    I.dont_see("by Kazuo Ishiguro")


def test_duplicate_of_new_book():
    """Add "Middlemarch" by George Eliot, then try adding "middlemarch" again (same author) — second go should say That book is already on your list. and the count stays at 3 books to read."""
    I.go_to("/reading/")
    I.fill("Title", "Middlemarch")
    I.fill("Author", "George Eliot")
    I.click("Add book")
    I.fill("Title", "middlemarch")
    I.fill("Author", "George Eliot")
    I.click("Add book")
    I.see("That book is already on your list.")
    I.see("3 books to read")


def test_finished_tab_keyboard():
    """Tabs should work with arrow keys too: click To read, press the right arrow, and you're on Finished — Braiding Sweetgrass shows, Piranesi doesn't."""
    I.go_to("/reading/")
    I.click("To read")
    I.press("ArrowRight")
    I.see("Braiding Sweetgrass")
    I.dont_see("Piranesi")
