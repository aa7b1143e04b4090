"""editor: tasks written by w7."""

from testgen import I


def test_find_tomato_count():
    """Edit > Find and replace, search "tomato". Expected: 5 matches"""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "tomato")
    I.see("5 matches")


def test_replace_all_tomato():
    """open find and replace, find tomato, replace with pepper, make click Replace all. Must to appear "Replaced 5 matches\""""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "tomato")
    I.fill("Replace with", "pepper")
    I.click("Replace all")
    I.see("Replaced 5 matches")


def test_find_no_matches():
    """find the word "potato" in the document -> No matches"""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "potato")
    I.see("No matches")


def test_empty_title_save():
    """delete the Document title and do File > Save. system not accept: Give the document a title before saving"""
    I.go_to("/editor/")
    I.fill("Document title", "")
    I.click("File")
    I.click("Save")
    I.see("Give the document a title before saving")


def test_save_document():
    """change title to "Garden plan 2026" and save from File menu. Result: Document saved"""
    I.go_to("/editor/")
    I.fill("Document title", "Garden plan 2026")
    I.click("File")
    I.click("Save")
    I.see("Document saved")


def test_unsaved_changes_status():
    """type some text in Document, status must change to Unsaved changes (not All changes saved)"""
    I.go_to("/editor/")
    I.fill("Document", "Shopping: seeds and soil")
    I.see("Unsaved changes")
    I.dont_see("All changes saved")


def test_word_count():
    """1. replace all the document text with "one two three" 2. verify the counter say 3 words · 13 characters"""
    I.go_to("/editor/")
    I.fill("Document", "one two three")
    I.see("3 words · 13 characters")


def test_open_recent_meeting():
    """File > Open recent > Meeting minutes. Expected: toast Opened Meeting minutes"""
    I.go_to("/editor/")
    I.click("File")
    I.click("Open recent")
    I.click("Meeting minutes")
    I.see("Opened Meeting minutes")


def test_new_document():
    """make click File then New document, verify that appears New document created"""
    I.go_to("/editor/")
    I.click("File")
    I.click("New document")
    I.see("New document created")


def test_align_center():
    """choose Center alignment in toolbar. the status bar shows Center aligned"""
    I.go_to("/editor/")
    I.check("Center")
    I.see("Center aligned")


def test_larger_text():
    """click Larger text buton two times -> 18 pt? check the status bar"""
    I.go_to("/editor/")
    I.click("Larger text")
    I.click("Larger text")
    I.see("18 pt")


def test_zoom_125():
    """View menu > Zoom 125%, the bottom must show Zoom 125% and not 100%"""
    I.go_to("/editor/")
    I.click("View")
    I.click("Zoom 125%")
    I.see("Zoom 125%")
    I.dont_see("Zoom 100%")


def test_hide_word_count():
    """in View uncheck Show word count. The words counter (69 words) must not appear"""
    I.go_to("/editor/")
    I.click("View")
    I.click("Show word count")
    I.dont_see("69 words")


def test_insert_date():
    """Insert > Today's date . Expected message Inserted today's date"""
    I.go_to("/editor/")
    I.click("Insert")
    I.click("Today's date")
    I.see("Inserted today's date")


def test_download_text():
    """File > Download as text, must recieve "Download started: Garden plan.txt\""""
    I.go_to("/editor/")
    I.click("File")
    I.click("Download as text")
    I.see("Download started: Garden plan.txt")


def test_find_match_case():
    """Find and replace with Match case checked, search "Tomato" with big T. Expected No matches (in text is only small tomato)"""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.check("Match case")
    I.fill("Find", "Tomato")
    I.see("No matches")


def test_insert_signature():
    """insert the Signature from Insert menu, verify that appears Inserted your signature"""
    I.go_to("/editor/")
    I.click("Insert")
    I.click("Signature")
    I.see("Inserted your signature")
