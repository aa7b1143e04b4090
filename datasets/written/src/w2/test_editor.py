"""editor: tasks written by w2."""

from testgen import I


def test_rename_and_save_document():
    """Save a renamed document
Test data: Document title = Vegetable garden plan
1. Navigate to /editor/
2. Enter the test data in the Document title field ("Unsaved changes" is shown)
3. Open the File menu and click Save
Expected result: toast "Document saved" and the indicator changes back to "All changes saved"."""
    I.go_to("/editor/")
    I.fill("Document title", "Vegetable garden plan")
    I.see("Unsaved changes")
    I.click("File")
    I.click("Save")
    I.see("Document saved")
    I.see("All changes saved")


def test_save_without_title():
    """Verify that a document cannot be saved without a title.
1. Navigate to /editor/
2. Clear the Document title
3. Click File > Save
Expected result: "Give the document a title before saving" is displayed; "Document saved" is not."""
    I.go_to("/editor/")
    I.fill("Document title", "")
    I.click("File")
    I.click("Save")
    I.see("Give the document a title before saving")
    I.dont_see("Document saved")


def test_ctrl_s_saves():
    """Keyboard shortcut Ctrl+S
1. Navigate to /editor/
2. Change the title to "Garden plan v2"
3. Press Ctrl+S
ER: "Document saved" toast."""
    I.go_to("/editor/")
    I.fill("Document title", "Garden plan v2")
    I.press("Control+s")
    I.see("Document saved")


def test_word_count_updates():
    """Word count
1. Navigate to /editor/
2. Replace the document text with "Plant garlic in October"
Expected: status bar shows "4 words · 23 characters"."""
    I.go_to("/editor/")
    I.fill("Document", "Plant garlic in October")
    I.see("4 words · 23 characters")


def test_bold_button():
    """Click Bold in the toolbar -> status bar should read "Bold · Left aligned · 16 pt"."""
    I.go_to("/editor/")
    I.click("Bold")
    I.see("Bold · Left aligned · 16 pt")


def test_bold_and_italic():
    """Bold and italic together
1. Navigate to /editor/
2. Click Bold, then Italic
Expected result: format summary "Bold · Italic · Left aligned · 16 pt"."""
    I.go_to("/editor/")
    I.click("Bold")
    I.click("Italic")
    I.see("Bold · Italic · Left aligned · 16 pt")


def test_center_alignment():
    """Text alignment - Center
1. Navigate to /editor/
2. Click Center in the toolbar
Expected: "Center aligned · 16 pt"."""
    I.go_to("/editor/")
    I.click("Center")
    I.see("Center aligned · 16 pt")


def test_justify_alignment():
    """Justify
Steps: navigate to /editor/, click Justify.
ER: status bar says "Justified · 16 pt"."""
    I.go_to("/editor/")
    I.click("Justify")
    I.see("Justified · 16 pt")


def test_larger_text_twice():
    """Font size - increase
1. Navigate to /editor/
2. Click Larger text (+) two times
Expected result: Font size shows 18 pt."""
    I.go_to("/editor/")
    I.click("Larger text")
    I.click("Larger text")
    I.see("18 pt")


def test_font_size_home_key():
    """Font size minimum via keyboard
1. Navigate to /editor/
2. Click Smaller text once (focus goes to Font size), then press Home
Expected: font size jumps to the minimum, "Left aligned · 8 pt"."""
    I.go_to("/editor/")
    I.click("Smaller text")
    I.press("Home")
    I.see("Left aligned · 8 pt")


def test_insert_todays_date():
    """Insert > Today's date
1. Navigate to /editor/
2. Click Insert, then Today's date
Expected result: toast "Inserted today's date" is displayed."""
    I.go_to("/editor/")
    I.click("Insert")
    I.click("Today's date")
    I.see("Inserted today's date")


def test_insert_signature_changes_word_count():
    """Insert signature
1. Navigate to /editor/
2. Click Insert > Signature
Expected: "Inserted your signature" and the word count goes from 69 to 72 words."""
    I.go_to("/editor/")
    I.click("Insert")
    I.click("Signature")
    I.see("Inserted your signature")
    I.see("72 words")


def test_new_document():
    """File > New document
1. Navigate to /editor/
2. Open File and click New document
Expected result:
- "New document created" toast
- Document title is "Untitled"
- Word count shows "0 words · 0 characters\""""
    I.go_to("/editor/")
    I.click("File")
    I.click("New document")
    I.see("New document created")
    I.see_value("Document title", "Untitled")
    I.see("0 words · 0 characters")


def test_open_recent_trip_notes():
    """Open a recent document
1. Navigate to /editor/
2. File > Open recent > Trip notes
ER: "Opened Trip notes" and the title field shows Trip notes."""
    I.go_to("/editor/")
    I.click("File")
    I.click("Open recent")
    I.click("Trip notes")
    I.see("Opened Trip notes")
    I.see_value("Document title", "Trip notes")


def test_download_as_text():
    """File > Download as text. Expected toast: "Download started: Garden plan.txt"."""
    I.go_to("/editor/")
    I.click("File")
    I.click("Download as text")
    I.see("Download started: Garden plan.txt")


def test_find_counts_matches():
    """Find and replace - count matches
Test data: Find = tomato
1. Navigate to /editor/
2. Edit > Find and replace
3. Enter the test data in Find
Expected result: "5 matches" is displayed."""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "tomato")
    I.see("5 matches")


def test_find_next_position():
    """Find next
1. Navigate to /editor/ and press Ctrl+F
2. Type "plants" in Find and click Next
Expected: "1 of 2 matches"."""
    I.go_to("/editor/")
    I.press("Control+f")
    I.fill("Find", "plants")
    I.click("Next")
    I.see("1 of 2 matches")


def test_replace_all():
    """Replace all
Test data: Find "tomato", Replace with "pepper"
1. Navigate to /editor/
2. Open Find and replace (Ctrl+F), enter the test data
3. Click Replace all
Expected result: "Replaced 5 matches" and the document is marked "Unsaved changes"."""
    I.go_to("/editor/")
    I.press("Control+f")
    I.fill("Find", "tomato")
    I.fill("Replace with", "pepper")
    I.click("Replace all")
    I.see("Replaced 5 matches")
    I.see("Unsaved changes")


def test_match_case_no_results():
    """Verify that Match case excludes differently-cased text.
Test data: Find = Tomato
1. Navigate to /editor/, Edit > Find and replace
2. Enter the test data and tick Match case
Expected result: "No matches"."""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "Tomato")
    I.check("Match case")
    I.see("No matches")


def test_find_word_not_in_document():
    """Search for "zucchini" in Find and replace - result should be "No matches"."""
    I.go_to("/editor/")
    I.press("Control+f")
    I.fill("Find", "zucchini")
    I.see("No matches")


def test_close_find_dialog():
    """Close Find and replace
1. Navigate to /editor/
2. Press Ctrl+F, type "beans" in Find ("1 match" shown)
3. Click Close
Expected: the dialog is closed and "1 match" is no longer displayed."""
    I.go_to("/editor/")
    I.press("Control+f")
    I.fill("Find", "beans")
    I.see("1 match")
    I.click("Close")
    I.dont_see("1 match")


def test_undo_replace_all():
    """Undo after Replace all

1. Navigate to /editor/
2. Ctrl+F, Find "tomato", Replace with "big red tomato", click Replace all - word count becomes 79 words
3. Close the dialog and choose Edit > Undo

Expected result: word count returns to 69 words."""
    I.go_to("/editor/")
    I.press("Control+f")
    I.fill("Find", "tomato")
    I.fill("Replace with", "big red tomato")
    I.click("Replace all")
    I.see("79 words")
    I.click("Close")
    I.click("Edit")
    I.click("Undo")
    I.see("69 words")


def test_hide_word_count():
    """View > Show word count (untick)
Expected: the word count ("69 words") disappears from the status bar."""
    I.go_to("/editor/")
    I.click("View")
    I.click("Show word count")
    I.dont_see("69 words")


def test_zoom_125():
    """Zoom
1. Navigate to /editor/
2. View > Zoom 125%
ER: status bar shows Zoom 125%."""
    I.go_to("/editor/")
    I.click("View")
    I.click("Zoom 125%")
    I.see("Zoom 125%")


def test_about_inkwell():
    """Help > About Inkwell
Expected result: toast "Inkwell 3.2: notes that stay on this page"."""
    I.go_to("/editor/")
    I.click("Help")
    I.click("About Inkwell")
    I.see("Inkwell 3.2: notes that stay on this page")


def test_keyboard_shortcuts_panel():
    """Keyboard shortcuts panel
1. Navigate to /editor/
2. Help > Keyboard shortcuts - the list is shown ("Save the document")
3. Click Hide shortcuts
Expected result: the shortcuts list is no longer displayed."""
    I.go_to("/editor/")
    I.click("Help")
    I.click("Keyboard shortcuts")
    I.see("Save the document")
    I.click("Hide shortcuts")
    I.dont_see("Save the document")


def test_clear_formatting():
    """Clear formatting
1. Navigate to /editor/
2. Click Bold and Right
3. Edit > Clear formatting
Expected: toast "Formatting cleared" and the summary is back to "Left aligned · 16 pt" (no Bold)."""
    I.go_to("/editor/")
    I.click("Bold")
    I.click("Right")
    I.see("Bold · Right aligned · 16 pt")
    I.click("Edit")
    I.click("Clear formatting")
    I.see("Formatting cleared")
    I.see("Left aligned · 16 pt")
    I.dont_see("Bold · Right aligned")


def test_dismiss_toast():
    """Dismiss a toast
1. Navigate to /editor/
2. Press Ctrl+S ("Document saved" toast appears)
3. Click Dismiss on the toast
Expected result: the toast is removed."""
    I.go_to("/editor/")
    I.press("Control+s")
    I.see("Document saved")
    I.click("Dismiss")
    I.dont_see("Document saved")


def test_ctrl_b_in_document():
    """Ctrl+B while typing
1. Navigate to /editor/
2. Click into the Document text and press Ctrl+B
Expected: "Bold · Left aligned · 16 pt"."""
    I.go_to("/editor/")
    I.click("Document")
    I.press("Control+b")
    I.see("Bold · Left aligned · 16 pt")


def test_open_recent_then_unsaved_state():
    """Open recent resets the saved state
1. Navigate to /editor/ and type "Notes" in the Document title (Unsaved changes)
2. File > Open recent > Meeting minutes
Expected result: "All changes saved" and the word count of the minutes (22 words)."""
    I.go_to("/editor/")
    I.fill("Document title", "Notes")
    I.see("Unsaved changes")
    I.click("File")
    I.click("Open recent")
    I.click("Meeting minutes")
    I.see("All changes saved")
    I.see("22 words")
