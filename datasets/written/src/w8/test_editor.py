"""editor: tasks written by w8."""

from testgen import I


def test_bold_button_summary():
    """Press the first button in the formatting toolbar (B). The status bar at the bottom should start with Bold."""
    I.go_to("/editor/")
    I.click("Bold")
    I.see("Bold · Left aligned · 16 pt")


def test_bold_and_italic_together():
    """Turn on bold and italic with the two leftmost toolbar buttons - status bar shows Bold · Italic."""
    I.go_to("/editor/")
    I.click("Bold")
    I.click("Italic")
    I.see("Bold · Italic · Left aligned")


def test_underline_toggle_off():
    """Click U twice. Underline should not be in the status bar afterwards."""
    I.go_to("/editor/")
    I.click("Underline")
    I.see("Underline · Left aligned")
    I.click("Underline")
    I.dont_see("Underline · Left aligned")


def test_align_center():
    """Pick the second alignment option (Center). Bottom bar: Center aligned."""
    I.go_to("/editor/")
    I.click("Center")
    I.see("Center aligned · 16 pt")


def test_align_justify():
    """Choose Justify, the last of the alignment buttons -> status says Justified."""
    I.go_to("/editor/")
    I.click("Justify")
    I.see("Justified · 16 pt")
    I.dont_see("Left aligned")


def test_font_size_plus_twice():
    """Click the + next to the font size twice. The size should read 18 pt."""
    I.go_to("/editor/")
    I.click("Larger text")
    I.click("Larger text")
    I.see("Left aligned · 18 pt")


def test_font_size_minus():
    """Hit the minus button left of the size box three times: 13 pt."""
    I.go_to("/editor/")
    I.click("Smaller text")
    I.click("Smaller text")
    I.click("Smaller text")
    I.see("13 pt")


def test_typing_updates_word_count():
    """Replace everything in the big text area with 'Buy milk and eggs'. Word count at the bottom: 4 words · 17 characters, and the title row says Unsaved changes."""
    I.go_to("/editor/")
    I.fill("Document", "Buy milk and eggs")
    I.see("4 words · 17 characters")
    I.see("Unsaved changes")


def test_save_via_file_menu():
    """Change the title box at the top to Veg garden, then File > Save. Toast says Document saved and the indicator goes back to All changes saved."""
    I.go_to("/editor/")
    I.fill("Document title", "Veg garden")
    I.see("Unsaved changes")
    I.click("File")
    I.click("Save")
    I.see("Document saved")
    I.see("All changes saved")


def test_save_without_title_refused():
    """Clear the document title and save with Ctrl+S. It refuses: Give the document a title before saving."""
    I.go_to("/editor/")
    I.fill("Document title", "")
    I.press("Control+s")
    I.see("Give the document a title before saving")
    I.dont_see("Document saved")


def test_new_document():
    """File menu, first item: New document. The title box becomes Untitled and the word count 0 words."""
    I.go_to("/editor/")
    I.click("File")
    I.click("New document")
    I.see("New document created")
    I.see_value("Document title", "Untitled")
    I.see("0 words · 0 characters")


def test_open_recent_trip_notes():
    """File > Open recent > Trip notes (last in the submenu). Toast Opened Trip notes, and the title box says Trip notes."""
    I.go_to("/editor/")
    I.click("File")
    I.click("Open recent")
    I.click("Trip notes")
    I.see("Opened Trip notes")
    I.see_value("Document title", "Trip notes")


def test_download_as_text():
    """Use Download as text from the File menu - the toast should mention Garden plan.txt"""
    I.go_to("/editor/")
    I.click("File")
    I.click("Download as text")
    I.see("Download started: Garden plan.txt")


def test_find_tomato_count():
    """Open Edit > Find and replace, search for tomato. The status under the fields: 5 matches."""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "tomato")
    I.see("5 matches")


def test_find_next_position():
    """Find 'tomato' and click Next twice. Status reads 2 of 5 matches."""
    I.go_to("/editor/")
    I.press("Control+f")
    I.fill("Find", "tomato")
    I.click("Next")
    I.click("Next")
    I.see("2 of 5 matches")


def test_find_match_case_no_hits():
    """In find, type Tomato with a capital T and tick Match case. Should say No matches."""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "Tomato")
    I.check("Match case")
    I.see("No matches")


def test_replace_all_tomato():
    """Find tomato, replace with pepper, Replace all. Should report Replaced 5 matches, and searching again for tomato gives nothing."""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "tomato")
    I.fill("Replace with", "pepper")
    I.click("Replace all")
    I.see("Replaced 5 matches")
    I.fill("Find", "tomato")
    I.see("No matches")


def test_find_dialog_close():
    """Open find and replace then close it with the Close button at the end of its row. The Replace all button should be gone."""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.see("Replace all")
    I.click("Close")
    I.dont_see("Replace all")


def test_insert_date():
    """Insert menu at the end of the toolbar -> Today's date. Check the toast says Inserted today's date."""
    I.go_to("/editor/")
    I.click("Insert")
    I.click("Today's date")
    I.see("Inserted today's date")


def test_insert_signature():
    """Insert > Signature (last item). Expect toast Inserted your signature and the status flips to Unsaved changes."""
    I.go_to("/editor/")
    I.click("Insert")
    I.click("Signature")
    I.see("Inserted your signature")
    I.see("Unsaved changes")


def test_undo_after_insert():
    """Insert a horizontal rule, then Edit > Undo. The word count goes back to 69 words · 369 characters."""
    I.go_to("/editor/")
    I.click("Insert")
    I.click("Horizontal rule")
    I.see("70 words")
    I.click("Edit")
    I.click("Undo")
    I.see("69 words · 369 characters")


def test_clear_formatting():
    """Make it bold, center it, bump size up once. Then Edit > Clear formatting. Toast Formatting cleared and the bar is back to Left aligned · 16 pt with no Bold."""
    I.go_to("/editor/")
    I.click("Bold")
    I.click("Center")
    I.click("Larger text")
    I.click("Edit")
    I.click("Clear formatting")
    I.see("Formatting cleared")
    I.dont_see("Bold · Center aligned")


def test_view_hide_word_count():
    """View menu: untick Show word count (the first entry). The word count at the bottom must disappear."""
    I.go_to("/editor/")
    I.click("View")
    I.click("Show word count")
    I.dont_see("69 words")


def test_view_zoom_125():
    """View > Zoom 125% - the bottom right corner should say Zoom 125%."""
    I.go_to("/editor/")
    I.click("View")
    I.click("Zoom 125%")
    I.see("Zoom 125%")


def test_help_keyboard_shortcuts():
    """Help > Keyboard shortcuts. A panel appears listing Ctrl+S as Save the document; Hide shortcuts closes it again."""
    I.go_to("/editor/")
    I.click("Help")
    I.click("Keyboard shortcuts")
    I.see("Save the document")
    I.click("Hide shortcuts")
    I.dont_see("Save the document")


def test_help_about():
    """About Inkwell from the Help menu (second item) -> toast mentions Inkwell 3.2"""
    I.go_to("/editor/")
    I.click("Help")
    I.click("About Inkwell")
    I.see("Inkwell 3.2: notes that stay on this page")


def test_toast_dismiss():
    """Trigger About Inkwell, then click Dismiss on the toast; it should disappear."""
    I.go_to("/editor/")
    I.click("Help")
    I.click("About Inkwell")
    I.click("Dismiss")
    I.dont_see("Inkwell 3.2")
