"""editor: tasks written by w10."""

from testgen import I


def test_bold_in_status_bar():
    """Verify the Bold toolbar button shows up in the status bar as "Bold · Left aligned · 16 pt"."""
    I.go_to("/editor/")
    I.click("Bold")
    I.see("Bold · Left aligned · 16 pt")


def test_italic_and_underline():
    """- [ ] click Italic
- [ ] click Underline
- [ ] status bar: `Italic · Underline · Left aligned · 16 pt`"""
    I.go_to("/editor/")
    I.click("Italic")
    I.click("Underline")
    I.see("Italic · Underline · Left aligned · 16 pt")


def test_bold_toggle_off():
    """Check that clicking Bold twice turns it off again (no "Bold ·" in the status bar)."""
    I.go_to("/editor/")
    I.click("Bold")
    I.see("Bold · Left aligned")
    I.click("Bold")
    I.dont_see("Bold · Left aligned")


def test_center_alignment():
    """Ensure Center alignment is reflected as 'Center aligned' at the bottom."""
    I.go_to("/editor/")
    I.click("Center")
    I.see("Center aligned · 16 pt")


def test_justify_alignment():
    """Verify Justify -> status bar reads "Justified · 16 pt"."""
    I.go_to("/editor/")
    I.click("Justify")
    I.see("Justified · 16 pt")


def test_font_size_larger():
    """Check Larger text twice takes the font size from 16 to 18 pt."""
    I.go_to("/editor/")
    I.click("Larger text")
    I.click("Larger text")
    I.see("Left aligned · 18 pt")


def test_font_size_smaller():
    """Font size: one click on "Smaller text" -> 15 pt"""
    I.go_to("/editor/")
    I.click("Smaller text")
    I.see("15 pt")


def test_clear_formatting():
    """Verify Edit > Clear formatting resets bold and Right alignment back to "Left aligned · 16 pt" and shows 'Formatting cleared'."""
    I.go_to("/editor/")
    I.click("Bold")
    I.click("Right")
    I.see("Bold · Right aligned · 16 pt")
    I.click("Edit")
    I.click("Clear formatting")
    I.see("Formatting cleared")
    I.dont_see("Right aligned")


def test_rename_marks_unsaved():
    """Ensure editing the document title flips "All changes saved" to `Unsaved changes`."""
    I.go_to("/editor/")
    I.fill("Document title", "Garden plan 2026")
    I.see("Unsaved changes")


def test_file_save():
    """- [ ] change title to "Allotment"
- [ ] File > Save
- [ ] toast "Document saved", header back to All changes saved"""
    I.go_to("/editor/")
    I.fill("Document title", "Allotment")
    I.click("File")
    I.click("Save")
    I.see("Document saved")
    I.see("All changes saved")


def test_save_without_title():
    """Check that saving with an empty title is refused: "Give the document a title before saving", still Unsaved changes."""
    I.go_to("/editor/")
    I.fill("Document title", "")
    I.click("File")
    I.click("Save")
    I.see("Give the document a title before saving")
    I.see("Unsaved changes")


def test_ctrl_s_saves():
    """Verify Ctrl+S saves the document (Pre: type a new title "Herbs")."""
    I.go_to("/editor/")
    I.fill("Document title", "Herbs")
    I.press("Control+s")
    I.see("Document saved")


def test_open_recent():
    """Ensure File > Open recent > Meeting minutes loads it: toast "Opened Meeting minutes", 22 words · 130 characters"""
    I.go_to("/editor/")
    I.click("File")
    I.click("Open recent")
    I.click("Meeting minutes")
    I.see("Opened Meeting minutes")
    I.see("22 words · 130 characters")
    I.see_value("Document title", "Meeting minutes")


def test_new_document():
    """Verify File > New document gives an empty "Untitled" doc with 0 words."""
    I.go_to("/editor/")
    I.click("File")
    I.click("New document")
    I.see("New document created")
    I.see("0 words · 0 characters")
    I.see_value("Document title", "Untitled")


def test_download_uses_title():
    """Check "Download as text" names the file after the title. Data: title = Veg beds -> `Download started: Veg beds.txt`"""
    I.go_to("/editor/")
    I.fill("Document title", "Veg beds")
    I.click("File")
    I.click("Download as text")
    I.see("Download started: Veg beds.txt")


def test_word_count_updates():
    """Verify the word count follows typing: replace the whole text with "Buy compost today" -> 3 words · 17 characters."""
    I.go_to("/editor/")
    I.fill("Document", "Buy compost today")
    I.see("3 words · 17 characters")


def test_single_word_count():
    """Word count uses singular for one word ("Mulch" -> 1 word)."""
    I.go_to("/editor/")
    I.fill("Document", "Mulch")
    I.see("1 word · 5 characters")


def test_hide_word_count():
    """Ensure View > Show word count (unticking it) hides the "69 words" counter."""
    I.go_to("/editor/")
    I.click("View")
    I.click("Show word count")
    I.dont_see("69 words")


def test_zoom_125():
    """Check View > Zoom 125% updates the zoom readout in the status bar."""
    I.go_to("/editor/")
    I.click("View")
    I.click("Zoom 125%")
    I.see("Zoom 125%")
    I.dont_see("Zoom 100%")


def test_find_count():
    """Verify Edit > Find and replace, Find "tomato" reports 5 matches."""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "tomato")
    I.see("5 matches")


def test_find_next_steps():
    """- [ ] open Find and replace
- [ ] Find: tomato
- [ ] Next, Next
- [ ] status `2 of 5 matches`"""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "tomato")
    I.click("Next")
    I.click("Next")
    I.see("2 of 5 matches")


def test_find_previous_wraps():
    """Check that Previous from the start jumps to the last match (5 of 5 matches for "tomato")."""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "tomato")
    I.click("Previous")
    I.see("5 of 5 matches")


def test_find_match_case():
    """Ensure Match case is respected: "Tomato" with Match case ticked -> No matches"""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "Tomato")
    I.check("Match case")
    I.see("No matches")
    I.dont_see("5 matches")


def test_replace_all():
    """Verify Replace all: tomato -> pepper gives "Replaced 5 matches" and the doc is marked Unsaved changes."""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "tomato")
    I.fill("Replace with", "pepper")
    I.click("Replace all")
    I.see("Replaced 5 matches")
    I.see("Unsaved changes")


def test_replace_one():
    """Check single Replace: find tomato, replace with pepper, Next then Replace -> 1 of 4 matches left."""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "tomato")
    I.fill("Replace with", "pepper")
    I.click("Next")
    I.click("Replace")
    I.see("1 of 4 matches")


def test_undo_replace_all():
    """Ensure Edit > Undo reverts a Replace all.
Pre: replace all "tomato" with "big red tomato" (79 words)
Expected after Undo: 69 words · 369 characters"""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "tomato")
    I.fill("Replace with", "big red tomato")
    I.click("Replace all")
    I.see("79 words")
    I.click("Edit")
    I.click("Undo")
    I.see("69 words · 369 characters")


def test_redo_after_undo():
    """Verify Redo puts typed text back: type "Plant garlic" over the doc, Undo, Redo -> 2 words again"""
    I.go_to("/editor/")
    I.fill("Document", "Plant garlic")
    I.click("Edit")
    I.click("Undo")
    I.see("69 words")
    I.click("Edit")
    I.click("Redo")
    I.see("2 words · 12 characters")


def test_close_find_with_escape():
    """Check the find dialog closes on Escape (Pre: open it via Ctrl+F)."""
    I.go_to("/editor/")
    I.press("Control+f")
    I.see("Match case")
    I.press("Escape")
    I.dont_see("Match case")


def test_keyboard_shortcuts_panel():
    """Help > Keyboard shortcuts should list the shortcuts, e.g. "Save the document"; Hide shortcuts closes it again."""
    I.go_to("/editor/")
    I.click("Help")
    I.click("Keyboard shortcuts")
    I.see("Save the document")
    I.click("Hide shortcuts")
    I.dont_see("Save the document")


def test_about_toast():
    """Verify Help > About Inkwell shows the version toast (Inkwell 3.2)."""
    I.go_to("/editor/")
    I.click("Help")
    I.click("About Inkwell")
    I.see("Inkwell 3.2: notes that stay on this page")


def test_dismiss_toast():
    """Ensure a toast can be dismissed: About Inkwell, then Dismiss -> the Inkwell 3.2 message is gone."""
    I.go_to("/editor/")
    I.click("Help")
    I.click("About Inkwell")
    I.click("Dismiss")
    I.dont_see("Inkwell 3.2")


def test_insert_date():
    """Check Insert > Today's date adds text (toast `Inserted today's date`, 382 characters)."""
    I.go_to("/editor/")
    I.click("Insert")
    I.click("Today's date")
    I.see("Inserted today's date")
    I.see("382 characters")


def test_insert_signature():
    """Verify Insert > Signature -> toast "Inserted your signature" and the doc shows Unsaved changes."""
    I.go_to("/editor/")
    I.click("Insert")
    I.click("Signature")
    I.see("Inserted your signature")
    I.see("Unsaved changes")
