"""filebox: tasks written by w2."""

from testgen import I


def test_select_file_shows_details():
    """Select a file
1. Navigate to /filebox/
2. Click "Budget 2026.xlsx" in the Documents list
Expected result:
- "1 file selected" is displayed
- The Details panel shows Type: Spreadsheet"""
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.see("1 file selected")
    I.see("Spreadsheet")


def test_select_all_files():
    """Tick Select all in Documents. Expected: "5 files selected"."""
    I.go_to("/filebox/")
    I.click("Select all")
    I.see("5 files selected")


def test_select_all_twice_clears_selection():
    """Select all - toggle off
1. Navigate to /filebox/
2. Click Select all (5 files selected)
3. Click Select all again
Expected result: status returns to "No files selected · 5 files"."""
    I.go_to("/filebox/")
    I.click("Select all")
    I.see("5 files selected")
    I.click("Select all")
    I.see("No files selected · 5 files")


def test_rename_file():
    """Rename a file
Test data: Roadmap.pdf -> Roadmap 2026.pdf
1. Navigate to /filebox/
2. Select Roadmap.pdf and click Rename
3. Enter the new name in New name and click Save name
Expected result: 'Renamed “Roadmap.pdf” to “Roadmap 2026.pdf”.' is displayed."""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Rename")
    I.fill("New name", "Roadmap 2026.pdf")
    I.click("Save name")
    I.see("Renamed “Roadmap.pdf” to “Roadmap 2026.pdf”.")


def test_rename_empty_name():
    """Verify that the system does not accept an empty file name.
1. Navigate to /filebox/
2. Select Meeting notes.docx, click Rename
3. Clear New name and click Save name
Expected: "Enter a name." is displayed and the dialog stays open."""
    I.go_to("/filebox/")
    I.click("Meeting notes.docx")
    I.click("Rename")
    I.fill("New name", "")
    I.click("Save name")
    I.see("Enter a name.")


def test_rename_with_slash():
    """Rename - invalid character
Test data: Travel/policy.pdf
1. Navigate to /filebox/, select Travel policy.pdf, click Rename
2. Enter the test data and click Save name
ER: "Names can't contain a slash." """
    I.go_to("/filebox/")
    I.click("Travel policy.pdf")
    I.click("Rename")
    I.fill("New name", "Travel/policy.pdf")
    I.click("Save name")
    I.see("Names can't contain a slash.")


def test_rename_to_existing_name():
    """Rename clash
1. Navigate to /filebox/
2. Select Roadmap.pdf and click Rename
3. Enter "budget 2026.xlsx" and click Save name
Expected result: 'There is already a file named “Budget 2026.xlsx” in Documents.' """
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Rename")
    I.fill("New name", "budget 2026.xlsx")
    I.click("Save name")
    I.see("There is already a file named “Budget 2026.xlsx” in Documents.")


def test_rename_cancel():
    """Rename - Cancel
1. Navigate to /filebox/, select "Onboarding checklist.docx", click Rename
2. Type "Checklist.docx" and click Cancel
Expected: the file keeps its name; "Checklist.docx" rename message is not displayed."""
    I.go_to("/filebox/")
    I.click("Onboarding checklist.docx")
    I.click("Rename")
    I.fill("New name", "Checklist.docx")
    I.click("Cancel")
    I.dont_see("Renamed “Onboarding checklist.docx” to “Checklist.docx”.")
    I.see("Onboarding checklist.docx")


def test_delete_file_to_trash():
    """Delete a file
1. Navigate to /filebox/
2. Select Travel policy.pdf and click Delete
3. In the confirmation, click Move to Trash
Expected result:
1. Dialog title 'Delete “Travel policy.pdf”?' at step 2
2. "Moved 1 file to Trash." and the file is gone from Documents"""
    I.go_to("/filebox/")
    I.click("Travel policy.pdf")
    I.click("Delete")
    I.see("Delete “Travel policy.pdf”?")
    I.click("Move to Trash")
    I.see("Moved 1 file to Trash.")
    I.see("No files selected · 4 files")


def test_delete_cancel_keeps_file():
    """Verify that Cancel in the delete confirmation keeps the file.
1. Navigate to /filebox/
2. Select Roadmap.pdf, click Delete, then Cancel
Expected result: "Moved 1 file to Trash." is not displayed and Roadmap.pdf is still selected (1 file selected)."""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Delete")
    I.click("Cancel")
    I.dont_see("Moved 1 file to Trash.")
    I.see("1 file selected")


def test_deleted_file_in_trash():
    """Deleted file appears in Trash
1. Navigate to /filebox/
2. Select Budget 2026.xlsx, Delete, Move to Trash
3. Click Trash in the Folders tree
Expected: Budget 2026.xlsx is listed in Trash ("No files selected · 1 file")."""
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.click("Delete")
    I.click("Move to Trash")
    I.click("Trash")
    I.see("Budget 2026.xlsx")
    I.see("No files selected · 1 file")


def test_delete_forever_from_trash():
    """Delete forever
Preconditions: Roadmap.pdf moved to Trash.
1. Open Trash, select Roadmap.pdf, click Delete
2. Click Delete forever
Expected result: "Deleted 1 file forever." and "Trash is empty."."""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Delete")
    I.click("Move to Trash")
    I.click("Trash")
    I.click("Roadmap.pdf")
    I.click("Delete")
    I.click("Delete forever")
    I.see("Deleted 1 file forever.")
    I.see("Trash is empty.")


def test_empty_trash_message():
    """Open the Trash folder on a fresh session: "Trash is empty." should be shown."""
    I.go_to("/filebox/")
    I.click("Trash")
    I.see("Trash is empty.")


def test_open_photos_folder():
    """Folder tree navigation
1. Navigate to /filebox/
2. Click Photos in the Folders tree
Expected result: path "My files / Photos" and Beach.jpg is listed."""
    I.go_to("/filebox/")
    I.click("Photos")
    I.see("My files / Photos")
    I.see("Beach.jpg")


def test_expand_documents_subfolders():
    """Expand a folder with the keyboard
1. Navigate to /filebox/
2. Click Documents in the tree and press ArrowRight to expand it
3. Click Invoices
Expected: "Invoice 1043.pdf" is listed and the path reads My files / Documents / Invoices."""
    I.go_to("/filebox/")
    I.click("Documents", near="Photos")
    I.press("ArrowRight")
    I.click("Invoices")
    I.see("Invoice 1043.pdf")
    I.see("My files / Documents / Invoices")


def test_move_file_up():
    """Reorder files
1. Navigate to /filebox/
2. Select Meeting notes.docx
3. Click Move up
ER: 'Moved “Meeting notes.docx” up.' """
    I.go_to("/filebox/")
    I.click("Meeting notes.docx")
    I.click("Move up")
    I.see("Moved “Meeting notes.docx” up.")


def test_move_file_down():
    """Select Roadmap.pdf and click Move down - status: Moved “Roadmap.pdf” down."""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Move down")
    I.see("Moved “Roadmap.pdf” down.")


def test_keyboard_arrow_selects_next():
    """File list keyboard navigation
1. Navigate to /filebox/
2. Click Budget 2026.xlsx, then press ArrowDown
Expected result: Meeting notes.docx becomes the selected file (Details show Type: Word document)."""
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.press("ArrowDown")
    I.see("Word document")


def test_ctrl_a_selects_all():
    """Ctrl+A in the file list
1. Navigate to /filebox/
2. Click Roadmap.pdf, then press Ctrl+A
Expected: "5 files selected"."""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.press("Control+a")
    I.see("5 files selected")


def test_shift_arrow_range_delete_dialog():
    """Range selection with Shift+arrows
1. Navigate to /filebox/
2. Click Budget 2026.xlsx
3. Press Shift+ArrowDown twice
4. Click Delete
Expected result: "3 files selected" and the dialog asks "Delete 3 files?"."""
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.press("Shift+ArrowDown")
    I.press("Shift+ArrowDown")
    I.see("3 files selected")
    I.click("Delete")
    I.see("Delete 3 files?")


def test_details_hidden_for_multiple_files():
    """Verify that file details are not shown when more than one file is selected.
1. Navigate to /filebox/
2. Click Budget 2026.xlsx - Details show Spreadsheet
3. Click Select all
Expected result: "Spreadsheet" is no longer displayed in Details."""
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.see("Spreadsheet")
    I.click("Select all")
    I.dont_see("Spreadsheet")


def test_shared_design_team_folder():
    """Shared folders
1. Navigate to /filebox/
2. Click "Shared with me" and press ArrowRight to expand it
3. Click Design team
Expected: Logo final.svg is listed."""
    I.go_to("/filebox/")
    I.click("Shared with me")
    I.press("ArrowRight")
    I.click("Design team")
    I.see("Logo final.svg")


def test_empty_shared_folder():
    """Click "Shared with me" (it has only a subfolder, no files) - the list should say "This folder is empty."."""
    I.go_to("/filebox/")
    I.click("Shared with me")
    I.see("This folder is empty.")


def test_f2_opens_rename():
    """Rename with F2
1. Navigate to /filebox/
2. Select Roadmap.pdf and press F2
Expected result: the dialog 'Rename “Roadmap.pdf”' opens."""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.press("F2")
    I.see("Rename “Roadmap.pdf”")


def test_rename_dialog_escape():
    """Rename dialog - Escape
Select Meeting notes.docx, click Rename, press Escape.
Expected: the "Rename “Meeting notes.docx”" dialog is closed."""
    I.go_to("/filebox/")
    I.click("Meeting notes.docx")
    I.click("Rename")
    I.see("Rename “Meeting notes.docx”")
    I.press("Escape")
    I.dont_see("Rename “Meeting notes.docx”")


def test_music_folder_count():
    """Music folder
1. Navigate to /filebox/
2. Click Music in the tree
ER: "No files selected · 2 files" and Piano demo.mp3 is listed."""
    I.go_to("/filebox/")
    I.click("Music")
    I.see("No files selected · 2 files")
    I.see("Piano demo.mp3")


def test_delete_key_multiple_files():
    """Delete several files with the keyboard
1. Navigate to /filebox/
2. Click Budget 2026.xlsx, press Shift+ArrowDown, then press the Delete key
3. Confirm with Move to Trash
Expected result: "Moved 2 files to Trash." """
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.press("Shift+ArrowDown")
    I.press("Delete")
    I.click("Move to Trash")
    I.see("Moved 2 files to Trash.")
