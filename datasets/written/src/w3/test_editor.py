"""editor: tasks written by w3."""

from testgen import I


def test_bold_status():
    """[Inkwell] click Bold on the toolbar, status bar should read "Bold · Left aligned · 16 pt" """
    I.go_to("/editor/")
    I.click("Bold")
    I.see("Bold · Left aligned · 16 pt")


def test_bold_and_italic():
    """Bold + Italic together → status bar Bold · Italic · Left aligned · 16 pt"""
    I.go_to("/editor/")
    I.click("Bold")
    I.click("Italic")
    I.see("Bold · Italic · Left aligned · 16 pt")


def test_bold_toggle_off():
    """Bold pressed twice = off again. The status bar must not say Bold anymore"""
    I.go_to("/editor/")
    I.click("Bold")
    I.click("Bold")
    I.dont_see("Bold · Left aligned")


def test_center_alignment():
    """Alignment Center → "Center aligned · 16 pt" in the footer"""
    I.go_to("/editor/")
    I.click("Center")
    I.see("Center aligned · 16 pt")


def test_justify_wording():
    """Justify should be shown as "Justified", not "Justify aligned" """
    I.go_to("/editor/")
    I.click("Justify")
    I.see("Justified · 16 pt")
    I.dont_see("Justify aligned")


def test_font_size_up():
    """Larger text (+) twice → Font size 18 pt"""
    I.go_to("/editor/")
    I.click("Larger text")
    I.click("Larger text")
    I.see("Left aligned · 18 pt")


def test_font_size_down():
    """click Smaller text once, 16 → 15 pt"""
    I.go_to("/editor/")
    I.click("Smaller text")
    I.see("15 pt")


def test_font_size_keyboard():
    """Font size spinbutton with arrow keys: click it, ArrowUp 3 times → 19 pt"""
    I.go_to("/editor/")
    I.click("Font size")
    I.press("ArrowUp")
    I.press("ArrowUp")
    I.press("ArrowUp")
    I.see("Left aligned · 19 pt")


def test_font_size_max_40():
    """Font size is capped at 40. Focus the spinbutton, press End → 40 pt; then Larger text must not go past 40"""
    I.go_to("/editor/")
    I.click("Font size")
    I.press("End")
    I.click("Larger text")
    I.see("40 pt")
    I.dont_see("41 pt")


def test_title_edit_unsaved():
    """Rename the document title to "Garden plan 2026" → the indicator switches to Unsaved changes"""
    I.go_to("/editor/")
    I.fill("Document title", "Garden plan 2026")
    I.see("Unsaved changes")


def test_file_save():
    """Steps: change title, File > Save.
Expected: toast "Document saved" and indicator back to "All changes saved" """
    I.go_to("/editor/")
    I.fill("Document title", "Veg patch")
    I.click("File")
    I.click("Save")
    I.see("Document saved")
    I.see("All changes saved")


def test_save_without_title():
    """Blank title + File → Save must be refused: "Give the document a title before saving" """
    I.go_to("/editor/")
    I.fill("Document title", "")
    I.click("File")
    I.click("Save")
    I.see("Give the document a title before saving")
    I.dont_see("Document saved")


def test_ctrl_s_saves():
    """Ctrl+S shortcut saves too (typed in the document first)"""
    I.go_to("/editor/")
    I.fill("Document", "Buy seeds")
    I.press("Control+s")
    I.see("Document saved")


def test_new_document():
    """File > New document: toast New document created, counter 0 words · 0 characters, title Untitled"""
    I.go_to("/editor/")
    I.click("File")
    I.click("New document")
    I.see("New document created")
    I.see("0 words · 0 characters")
    I.see_value("Document title", "Untitled")


def test_open_recent_meeting_minutes():
    """[File menu] Open recent ▸ Meeting minutes. Expected toast "Opened Meeting minutes" and the word count 22 words · 130 characters"""
    I.go_to("/editor/")
    I.click("File")
    I.click("Open recent")
    I.click("Meeting minutes")
    I.see("Opened Meeting minutes")
    I.see("22 words · 130 characters")


def test_open_recent_trip_notes_title():
    """open File → Open recent → Trip notes; the title box has to change to Trip notes"""
    I.go_to("/editor/")
    I.click("File")
    I.click("Open recent")
    I.click("Trip notes")
    I.see_value("Document title", "Trip notes")


def test_download_as_text():
    """File > Download as text → "Download started: Garden plan.txt" """
    I.go_to("/editor/")
    I.click("File")
    I.click("Download as text")
    I.see("Download started: Garden plan.txt")


def test_typing_updates_word_count():
    """Replace the document text with "Hello there world" → 3 words · 17 characters"""
    I.go_to("/editor/")
    I.fill("Document", "Hello there world")
    I.see("3 words · 17 characters")
    I.see("Unsaved changes")


def test_single_word_count():
    """one word should say "1 word" not "1 words". Document = Tomatoes"""
    I.go_to("/editor/")
    I.fill("Document", "Tomatoes")
    I.see("1 word · 8 characters")


def test_find_counts_matches():
    """Edit > Find and replace, search "tomato" → 5 matches"""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "tomato")
    I.see("5 matches")


def test_find_next():
    """In find, type tomato and hit Next → "1 of 5 matches"; Next again → 2 of 5 matches"""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "tomato")
    I.click("Next")
    I.see("1 of 5 matches")
    I.click("Next")
    I.see("2 of 5 matches")


def test_find_previous_wraps():
    """Find → Previous from the start jumps to the last match: 5 of 5 matches"""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "tomato")
    I.click("Previous")
    I.see("5 of 5 matches")


def test_find_no_matches():
    """search for "zucchini" → No matches"""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "zucchini")
    I.see("No matches")


def test_find_match_case():
    """Match case: "spring" lowercase finds 1 without match case; with Match case ticked it's No matches (the doc has "Spring")"""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "spring")
    I.see("1 match")
    I.check("Match case")
    I.see("No matches")


def test_replace_all():
    """Find tomato, Replace with pepper, Replace all. Expected "Replaced 5 matches" and a new search for tomato finds nothing"""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "tomato")
    I.fill("Replace with", "pepper")
    I.click("Replace all")
    I.see("Replaced 5 matches")
    I.fill("Find", "tomato")
    I.see("No matches")


def test_replace_one():
    """Replace (single) with "bed" → "plot": 2 matches, after one Replace click → Find status 1 of 1 match"""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "bed")
    I.fill("Replace with", "plot")
    I.click("Next")
    I.click("Replace")
    I.see("1 of 1 match")


def test_find_dialog_close():
    """Find and replace → Close hides the dialog (Replace all button no longer there)"""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.click("Close")
    I.dont_see("Replace all")


def test_find_escape_closes():
    """Escape inside the find box closes the Find and replace dialog"""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "row")
    I.press("Escape")
    I.dont_see("Replace with")


def test_hide_word_count():
    """View → untick Show word count: the "69 words · 369 characters" bit disappears from the status bar"""
    I.go_to("/editor/")
    I.click("View")
    I.click("Show word count")
    I.dont_see("69 words · 369 characters")


def test_zoom_125():
    """View menu, Zoom 125% → status bar Zoom 125%"""
    I.go_to("/editor/")
    I.click("View")
    I.click("Zoom 125%")
    I.see("Zoom 125%")
    I.dont_see("Zoom 100%")


def test_keyboard_shortcuts_panel():
    """Help > Keyboard shortcuts shows the list (e.g. "Save the document"), Hide shortcuts hides it again"""
    I.go_to("/editor/")
    I.click("Help")
    I.click("Keyboard shortcuts")
    I.see("Save the document")
    I.click("Hide shortcuts")
    I.dont_see("Save the document")


def test_about_inkwell():
    """Help → About Inkwell. toast: Inkwell 3.2: notes that stay on this page"""
    I.go_to("/editor/")
    I.click("Help")
    I.click("About Inkwell")
    I.see("Inkwell 3.2: notes that stay on this page")


def test_insert_date():
    """Insert ▾ → Today's date. Toast "Inserted today's date" and the counter moves to 71 words · 382 characters (it lands at the very start, glued to "Spring")"""
    I.go_to("/editor/")
    I.click("Insert")
    I.click("Today's date")
    I.see("Inserted today's date")
    I.see("71 words · 382 characters")


def test_insert_signature_then_undo_redo():
    """Insert → Signature, then Edit → Undo, then Edit → Redo. Signature back in → 72 words"""
    I.go_to("/editor/")
    I.click("Insert")
    I.click("Signature")
    I.click("Edit")
    I.click("Undo")
    I.click("Edit")
    I.click("Redo")
    I.see("72 words")


def test_undo_insert():
    """Undo after inserting a horizontal rule: word count should go from 70 back to 69 words. Actual once: Undo was greyed out"""
    I.go_to("/editor/")
    I.click("Insert")
    I.click("Horizontal rule")
    I.see("70 words")
    I.click("Edit")
    I.click("Undo")
    I.see("69 words")


def test_clear_formatting():
    """Make it bold, centered and 17pt, then Edit > Clear formatting. Toast Formatting cleared; status back to Left aligned · 16 pt"""
    I.go_to("/editor/")
    I.click("Bold")
    I.click("Center")
    I.click("Larger text")
    I.click("Edit")
    I.click("Clear formatting")
    I.see("Formatting cleared")
    I.see("Left aligned · 16 pt")


def test_dismiss_toast():
    """toasts have a Dismiss button — Download as text, then Dismiss, the toast text is gone"""
    I.go_to("/editor/")
    I.click("File")
    I.click("Download as text")
    I.click("Dismiss")
    I.dont_see("Download started: Garden plan.txt")



def test_ctrl_i_in_document():
    """Ctrl+I while typing in the document turns italic on → footer "Italic · Left aligned · 16 pt" """
    I.go_to("/editor/")
    I.click("Document")
    I.press("Control+i")
    I.see("Italic · Left aligned · 16 pt")


def test_find_enter_key():
    """In the Find box, Enter jumps to the first match like Next does: "row" → 1 of 2 matches"""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "row")
    I.press("Enter")
    I.see("1 of 2 matches")


def test_file_menu_escape():
    """Open File menu, press Escape → menu closes (New document item no longer visible)"""
    I.go_to("/editor/")
    I.click("File")
    I.see("New document")
    I.press("Escape")
    I.dont_see("New document")


def test_underline_and_right():
    """Underline + Right alignment → status bar: Underline · Right aligned · 16 pt"""
    I.go_to("/editor/")
    I.click("Underline")
    I.click("Right")
    I.see("Underline · Right aligned · 16 pt")


def test_zoom_75():
    """View → Zoom 75% ; status bar should show Zoom 75%"""
    I.go_to("/editor/")
    I.click("View")
    I.click("Zoom 75%")
    I.see("Zoom 75%")
