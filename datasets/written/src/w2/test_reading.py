"""reading: tasks written by w2."""

from testgen import I


def test_add_book():
    """Add a book to the reading list
Test data: Title = Middlemarch, Author = George Eliot
1. Navigate to /reading/
2. Enter the title and author from the test data
3. Click Add book
Expected result:
- "Added Middlemarch by George Eliot." is displayed
- The counter changes to "3 books to read\""""
    I.go_to("/reading/")
    I.fill("Title", "Middlemarch")
    I.fill("Author", "George Eliot")
    I.click("Add book")
    I.see("Added Middlemarch by George Eliot.")
    I.see("3 books to read")


def test_add_book_without_title():
    """Verify that the system does not accept a book without a title.
1. Navigate to /reading/
2. Enter "Toni Morrison" in Author, leave Title empty
3. Click Add book
Expected result: "Enter the book's title." is displayed."""
    I.go_to("/reading/")
    I.fill("Author", "Toni Morrison")
    I.click("Add book")
    I.see("Enter the book's title.")


def test_add_book_without_author():
    """Add book - author missing
Test data: Title "Beloved"
Steps: enter the title only and click Add book.
Expected: "Enter the author's name." and the book is not added."""
    I.go_to("/reading/")
    I.fill("Title", "Beloved")
    I.click("Add book")
    I.see("Enter the author's name.")
    I.dont_see("Added Beloved")


def test_add_book_empty_form():
    """Click Add book with both fields empty - both errors should show ("Enter the book's title." and "Enter the author's name.")."""
    I.go_to("/reading/")
    I.click("Add book")
    I.see("Enter the book's title.")
    I.see("Enter the author's name.")


def test_duplicate_title_rejected():
    """Duplicate title
Test data: piranesi / Susanna Clarke
1. Navigate to /reading/
2. Enter the test data in Title and Author
3. Click Add book
Expected result: "That book is already on your list." and the counter still shows 2 books to read."""
    I.go_to("/reading/")
    I.fill("Title", "piranesi")
    I.fill("Author", "Susanna Clarke")
    I.click("Add book")
    I.see("That book is already on your list.")
    I.dont_see("3 books to read")


def test_title_error_clears_on_typing():
    """Title error disappears while typing
1. Navigate to /reading/
2. Click Add book (errors shown)
3. Type "Dune" in Title
ER: "Enter the book's title." is no longer displayed."""
    I.go_to("/reading/")
    I.click("Add book")
    I.see("Enter the book's title.")
    I.fill("Title", "Dune")
    I.dont_see("Enter the book's title.")


def test_mark_book_as_read():
    """Mark a book as read

1. Navigate to /reading/
2. Switch on "Read" for Piranesi

Expected result: status "Marked Piranesi as read.", counter shows "1 book to read" and Piranesi (by Susanna Clarke) disappears from the To read tab."""
    I.go_to("/reading/")
    I.click("Read Piranesi")
    I.see("Marked Piranesi as read.")
    I.see("1 book to read")
    I.dont_see("by Susanna Clarke")


def test_finished_tab():
    """Finished tab
1. Navigate to /reading/
2. Click the Finished tab
Expected: Braiding Sweetgrass and Klara and the Sun are listed; The Left Hand of Darkness is not."""
    I.go_to("/reading/")
    I.click("Finished")
    I.see("Braiding Sweetgrass")
    I.see("Klara and the Sun")
    I.dont_see("The Left Hand of Darkness")


def test_move_book_back_to_to_read():
    """Move a finished book back
1. Navigate to /reading/ and open Finished
2. Switch off Read for "Klara and the Sun"
Expected result: "Moved Klara and the Sun back to To read." and 3 books to read."""
    I.go_to("/reading/")
    I.click("Finished")
    I.click("Read Klara and the Sun")
    I.see("Moved Klara and the Sun back to To read.")
    I.see("3 books to read")


def test_rate_book_four_stars():
    """Rate a book
1. Navigate to /reading/
2. In the rating for Piranesi, click the 4th star
Expected result: "Rated Piranesi 4 stars." and the label next to the stars reads "Rated 4 of 5"."""
    I.go_to("/reading/")
    with I.within("Rating for Piranesi"):
        I.click("4 stars")
    I.see("Rated Piranesi 4 stars.")
    I.see("Rated 4 of 5")


def test_rate_one_star_singular():
    """Give The Left Hand of Darkness one star. Message should be "Rated The Left Hand of Darkness 1 star." (singular)."""
    I.go_to("/reading/")
    with I.within("Rating for The Left Hand of Darkness"):
        I.click("1 star")
    I.see("Rated The Left Hand of Darkness 1 star.")


def test_rating_with_arrow_key():
    """Rating via keyboard
1. Navigate to /reading/
2. Click 2 stars for Piranesi
3. Press the Right arrow key
Expected: rating goes up to 3 - "Rated Piranesi 3 stars."."""
    I.go_to("/reading/")
    with I.within("Rating for Piranesi"):
        I.click("2 stars")
    I.press("ArrowRight")
    I.see("Rated Piranesi 3 stars.")


def test_remove_book():
    """Remove a book
1. Navigate to /reading/
2. Click Remove for The Left Hand of Darkness
Expected result: "Removed The Left Hand of Darkness." and the counter shows 1 book to read."""
    I.go_to("/reading/")
    I.click("Remove The Left Hand of Darkness")
    I.see("Removed The Left Hand of Darkness.")
    I.see("1 book to read")


def test_to_read_empty_state():
    """Empty To read list
1. Navigate to /reading/
2. Remove Piranesi and The Left Hand of Darkness
Expected result: "Nothing on your to-read pile." and "No books to read" are displayed."""
    I.go_to("/reading/")
    I.click("Remove Piranesi")
    I.click("Remove The Left Hand of Darkness")
    I.see("Nothing on your to-read pile.")
    I.see("No books to read")


def test_finished_empty_state():
    """Finished tab - no books
1. Navigate to /reading/, click Finished
2. Remove Braiding Sweetgrass and Klara and the Sun
ER: "You haven't finished any books yet." """
    I.go_to("/reading/")
    I.click("Finished")
    I.click("Remove Braiding Sweetgrass")
    I.click("Remove Klara and the Sun")
    I.see("You haven't finished any books yet.")


def test_tabs_arrow_key():
    """Filter tabs with the keyboard - click To read, press ArrowRight; the Finished books (e.g. Braiding Sweetgrass) should be shown."""
    I.go_to("/reading/")
    I.click("To read")
    I.press("ArrowRight")
    I.see("Braiding Sweetgrass")


def test_new_book_marked_read_shows_in_finished():
    """Added book can be finished
Test data: Title "Circe", Author "Madeline Miller"
1. Navigate to /reading/ and add the book
2. Switch on Read for Circe
3. Open the Finished tab
Expected result: Circe by Madeline Miller is listed under Finished."""
    I.go_to("/reading/")
    I.fill("Title", "Circe")
    I.fill("Author", "Madeline Miller")
    I.click("Add book")
    I.click("Read Circe")
    I.click("Finished")
    I.see("by Madeline Miller")


def test_whitespace_title_rejected():
    """Verify that a title made only of spaces is not accepted.
Test data: Title = "   ", Author = Anonymous
Expected: "Enter the book's title." after clicking Add book."""
    I.go_to("/reading/")
    I.fill("Title", "   ")
    I.fill("Author", "Anonymous")
    I.click("Add book")
    I.see("Enter the book's title.")


def test_change_rating_of_finished_book():
    """Change rating
1. Navigate to /reading/
2. Open Finished
3. Set the rating for Klara and the Sun to 5 stars
Expected result: "Rated Klara and the Sun 5 stars."."""
    I.go_to("/reading/")
    I.click("Finished")
    with I.within("Rating for Klara and the Sun"):
        I.click("5 stars")
    I.see("Rated Klara and the Sun 5 stars.")


def test_about_link():
    """Header link About -> page scrolls to the About footer (URL ends in #about)."""
    I.go_to("/reading/")
    I.click("About")
    I.see_url("#about")


def test_add_then_remove_new_book():
    """Remove a newly added book
1. Navigate to /reading/
2. Add "Gilead" by Marilynne Robinson
3. Click Remove Gilead
Expected result: "Removed Gilead." and "by Marilynne Robinson" is no longer on the list."""
    I.go_to("/reading/")
    I.fill("Title", "Gilead")
    I.fill("Author", "Marilynne Robinson")
    I.click("Add book")
    I.click("Remove Gilead")
    I.see("Removed Gilead.")
    I.dont_see("by Marilynne Robinson")


def test_list_resets_after_reload():
    """Reading list is not kept after reload
1. Navigate to /reading/
2. Add "Station Eleven" by Emily St. John Mandel
3. Reload the page
Expected: Station Eleven is no longer on the list."""
    I.go_to("/reading/")
    I.fill("Title", "Station Eleven")
    I.fill("Author", "Emily St. John Mandel")
    I.click("Add book")
    I.see("by Emily St. John Mandel")
    I.go_to("/reading/")
    I.dont_see("by Emily St. John Mandel")


def test_same_rating_click_does_nothing():
    """Verify that clicking the current rating again does not re-rate the book.
1. Navigate to /reading/, open Finished
2. Click 5 stars on Braiding Sweetgrass (already rated 5)
Expected result: no status message "Rated Braiding Sweetgrass 5 stars." appears."""
    I.go_to("/reading/")
    I.click("Finished")
    with I.within("Rating for Braiding Sweetgrass"):
        I.click("5 stars")
    I.dont_see("Rated Braiding Sweetgrass 5 stars.")


def test_new_book_not_rated():
    """New book starts unrated
Add "Hamnet" by Maggie O'Farrell, then rate it 2 stars.
Expected: "Rated Hamnet 2 stars." and the label shows Rated 2 of 5."""
    I.go_to("/reading/")
    I.fill("Title", "Hamnet")
    I.fill("Author", "Maggie O'Farrell")
    I.click("Add book")
    with I.within("Rating for Hamnet"):
        I.click("2 stars")
    I.see("Rated Hamnet 2 stars.")
    I.see("Rated 2 of 5")


def test_rating_wraps_with_arrow_right():
    """Rating keyboard wrap-around
1. Navigate to /reading/, open Finished
2. Focus the 5 stars of Braiding Sweetgrass by clicking it and press ArrowRight
Expected result: the rating wraps to 1 - "Rated Braiding Sweetgrass 1 star."."""
    I.go_to("/reading/")
    I.click("Finished")
    with I.within("Rating for Braiding Sweetgrass"):
        I.click("5 stars")
    I.press("ArrowRight")
    I.see("Rated Braiding Sweetgrass 1 star.")
