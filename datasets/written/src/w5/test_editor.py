"""editor: tasks written by w5."""

from testgen import I


def test_find_tomato_count():
    """Scenario: find
Given I am on the editor page
When I open Edit > "Find and replace" and type "tomato" in Find
Then I should see "5 matches\""""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "tomato")
    I.see("5 matches")


def test_find_match_case_none():
    """Given the Find and replace box is open with "Tomato" in Find
When I tick "Match case"
Then it says "No matches\""""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "Tomato")
    I.check("Match case")
    I.see("No matches")


def test_find_next_position():
    """Scenario: stepping through matches
When I search for "beans" and click "Next"
Then I see "1 of 1 match\""""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "beans")
    I.click("Next")
    I.see("1 of 1 match")


def test_replace_all_tomato():
    """Given the Garden plan document
When I find "tomato", set "Replace with" to "pepper" and click "Replace all"
Then I should see "Replaced 5 matches"
and the title state shows "Unsaved changes\""""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "tomato")
    I.fill("Replace with", "pepper")
    I.click("Replace all")
    I.see("Replaced 5 matches")
    I.see("Unsaved changes")


def test_find_nothing():
    """when I look for "zucchini" in Find and replace
then "No matches" shows"""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "zucchini")
    I.see("No matches")


def test_close_find_dialog():
    """Scenario: close find
Given find and replace is open and I searched "carrots"
When I click Close
Then "1 match" should not be visible"""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "carrots")
    I.see("1 match")
    I.click("Close")
    I.dont_see("1 match")


def test_word_count_after_typing():
    """Given I am on the Inkwell editor
When I replace the Document text with "one two three"
Then the status bar reads "3 words · 13 characters\""""
    I.go_to("/editor/")
    I.fill("Document", "one two three")
    I.see("3 words · 13 characters")


def test_single_word_count():
    """When I fill the document with just "Hello"
Then I see "1 word · 5 characters\""""
    I.go_to("/editor/")
    I.fill("Document", "Hello")
    I.see("1 word · 5 characters")


def test_bold_button():
    """Scenario: bold
When I click the "Bold" button
Then the status bar shows "Bold · Left aligned · 16 pt\""""
    I.go_to("/editor/")
    I.click("Bold")
    I.see("Bold · Left aligned · 16 pt")


def test_italic_and_underline():
    """Given I'm in the editor
When I click Italic and Underline
Then the summary says "Italic · Underline · Left aligned · 16 pt\""""
    I.go_to("/editor/")
    I.click("Italic")
    I.click("Underline")
    I.see("Italic · Underline · Left aligned · 16 pt")


def test_center_align():
    """Scenario: centre alignment
When I choose "Center" in the toolbar
Then I should see "Center aligned · 16 pt"
And "Left aligned" should not be shown anymore"""
    I.go_to("/editor/")
    I.click("Center")
    I.see("Center aligned · 16 pt")
    I.dont_see("Left aligned")


def test_justify():
    """When I click Justify
Then the status says "Justified · 16 pt\""""
    I.go_to("/editor/")
    I.click("Justify")
    I.see("Justified · 16 pt")


def test_larger_text():
    """Scenario: font size up
When I click "Larger text" twice
Then the font size shows "18 pt\""""
    I.go_to("/editor/")
    I.click("Larger text")
    I.click("Larger text")
    I.see("Left aligned · 18 pt")


def test_smaller_text():
    """given the editor at 16 pt
when I press "Smaller text" once
then I see Left aligned · 15 pt"""
    I.go_to("/editor/")
    I.click("Smaller text")
    I.see("Left aligned · 15 pt")


def test_zoom_125():
    """Scenario: zoom
When I open View and pick "Zoom 125%"
Then the status bar shows "Zoom 125%"
But not "Zoom 100%\""""
    I.go_to("/editor/")
    I.click("View")
    I.click("Zoom 125%")
    I.see("Zoom 125%")
    I.dont_see("Zoom 100%")


def test_hide_word_count():
    """When I untick "Show word count" in the View menu
Then the word count should not be visible"""
    I.go_to("/editor/")
    I.click("View")
    I.click("Show word count")
    I.dont_see("characters")


def test_rename_unsaved():
    """Scenario: rename marks unsaved
Given I am on the editor
When I change the Document title to "Veg patch 2026"
Then I see "Unsaved changes\""""
    I.go_to("/editor/")
    I.fill("Document title", "Veg patch 2026")
    I.see("Unsaved changes")


def test_save_document():
    """Given I typed "Hello garden" into the document
When I click File then Save
Then I should see "Document saved" and "All changes saved\""""
    I.go_to("/editor/")
    I.fill("Document", "Hello garden")
    I.see("Unsaved changes")
    I.click("File")
    I.click("Save")
    I.see("Document saved")
    I.see("All changes saved")


def test_save_without_title():
    """Scenario: no title
When I clear the Document title and choose File > Save
Then the toast says "Give the document a title before saving"
And "Document saved" should not appear"""
    I.go_to("/editor/")
    I.fill("Document title", "")
    I.click("File")
    I.click("Save")
    I.see("Give the document a title before saving")
    I.dont_see("Document saved")


def test_new_document():
    """When I click File and "New document"
Then I see "New document created"
and the title is "Untitled" with "0 words · 0 characters\""""
    I.go_to("/editor/")
    I.click("File")
    I.click("New document")
    I.see("New document created")
    I.see_value("Document title", "Untitled")
    I.see("0 words · 0 characters")


def test_open_recent_trip_notes():
    """Scenario: open recent
Given I'm on the editor
When I go File > Open recent > "Trip notes"
Then I should see "Opened Trip notes"
And the title field says "Trip notes\""""
    I.go_to("/editor/")
    I.click("File")
    I.click("Open recent")
    I.click("Trip notes")
    I.see("Opened Trip notes")
    I.see_value("Document title", "Trip notes")


def test_download_as_text():
    """When I pick "Download as text" from the File menu
then I see Download started: Garden plan.txt"""
    I.go_to("/editor/")
    I.click("File")
    I.click("Download as text")
    I.see("Download started: Garden plan.txt")


def test_download_renamed():
    """Given I rename the document to "Seeds"
When I File > Download as text
Then the toast reads "Download started: Seeds.txt\""""
    I.go_to("/editor/")
    I.fill("Document title", "Seeds")
    I.click("File")
    I.click("Download as text")
    I.see("Download started: Seeds.txt")


def test_about():
    """Scenario: About
When I click Help then "About Inkwell"
Then I see "Inkwell 3.2: notes that stay on this page\""""
    I.go_to("/editor/")
    I.click("Help")
    I.click("About Inkwell")
    I.see("Inkwell 3.2: notes that stay on this page")


def test_shortcuts_panel():
    """When I open Help > Keyboard shortcuts
Then I should see "Save the document"
When I click "Hide shortcuts"
Then "Save the document" is gone"""
    I.go_to("/editor/")
    I.click("Help")
    I.click("Keyboard shortcuts")
    I.see("Save the document")
    I.click("Hide shortcuts")
    I.dont_see("Save the document")


def test_insert_date():
    """Scenario: Insert today's date
When I click "Insert" and choose "Today's date"
Then a toast says "Inserted today's date\""""
    I.go_to("/editor/")
    I.click("Insert")
    I.click("Today's date")
    I.see("Inserted today's date")


def test_insert_signature():
    """Given a new empty document (File > New document)
When I Insert a "Signature"
Then the word count shows "4 words\""""
    I.go_to("/editor/")
    I.click("File")
    I.click("New document")
    I.click("Insert")
    I.click("Signature")
    I.see("Inserted your signature")
    I.see("4 words")


def test_clear_formatting():
    """Scenario: clear formatting
Given I made the text Bold and Right aligned
When I choose Edit > "Clear formatting"
Then I should see "Formatting cleared"
And the status bar is back to "Left aligned · 16 pt\""""
    I.go_to("/editor/")
    I.click("Bold")
    I.click("Right")
    I.click("Edit")
    I.click("Clear formatting")
    I.see("Formatting cleared")
    I.see("Left aligned · 16 pt")
    I.dont_see("Bold · Right aligned")


def test_open_reading_list_word_count():
    """Scenario: open the reading list
When I choose File > Open recent > "Reading list"
Then I see "Opened Reading list"
And the text has "11 words\""""
    I.go_to("/editor/")
    I.click("File")
    I.click("Open recent")
    I.click("Reading list")
    I.see("Opened Reading list")
    I.see("11 words")


def test_zoom_75():
    """given the editor
when I pick View → Zoom 75%
then the status bar says Zoom 75%"""
    I.go_to("/editor/")
    I.click("View")
    I.click("Zoom 75%")
    I.see("Zoom 75%")
    I.dont_see("Zoom 100%")


def test_replace_with_match_case():
    """Scenario: replace only the capitalised word
Given Find and replace is open with Find "Water", Replace with "Hose" and Match case ticked
When I click "Replace all"
Then I should see "Replaced 1 match\""""
    I.go_to("/editor/")
    I.click("Edit")
    I.click("Find and replace")
    I.fill("Find", "Water")
    I.fill("Replace with", "Hose")
    I.check("Match case")
    I.click("Replace all")
    I.see("Replaced 1 match")


def test_undo_typing():
    """Scenario: undo
Given I replace the document text with "scratch that"
When I choose Edit > Undo
Then the old text comes back and the count should not say "2 words · 12 characters" anymore"""
    I.go_to("/editor/")
    I.fill("Document", "scratch that")
    I.see("2 words · 12 characters")
    I.click("Edit")
    I.click("Undo")
    I.dont_see("2 words · 12 characters")


def test_insert_checklist_toast():
    """When I click Insert and then "Checklist item"
Then I see "Inserted a checklist item"
and the document shows "Unsaved changes\""""
    I.go_to("/editor/")
    I.click("Insert")
    I.click("Checklist item")
    I.see("Inserted a checklist item")
    I.see("Unsaved changes")
