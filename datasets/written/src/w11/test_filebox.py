"""filebox: tasks written by w11."""

from testgen import I


def test_select_file_shows_details():
    """clicking Roadmap.pdf should fill the Details panel (Type: PDF document, Size 1.2 MB)"""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.see("PDF document")
    I.see("1.2 MB")


def test_select_file_status():
    """selecting one file -> status should say '1 file selected'"""
    I.go_to("/filebox/")
    I.click("Meeting notes.docx")
    I.see("1 file selected")


def test_select_file_enables_rename_details_placeholder_gone():
    """details > once a file is picked the 'Select one file to see its details.' hint should go away"""
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.dont_see("Select one file to see its details.")
    I.see("Spreadsheet")


def test_select_all_count():
    """Select all in Documents should select all 5 files ('5 files selected')"""
    I.go_to("/filebox/")
    I.click("Select all")
    I.see("5 files selected")


def test_select_all_twice_clears():
    """clicking Select all twice should deselect everything again -> No files selected · 5 files"""
    I.go_to("/filebox/")
    I.click("Select all")
    I.see("5 files selected")
    I.click("Select all")
    I.see("No files selected · 5 files")


def test_multi_select_hides_details():
    """selecting several files (Select all) must NOT show single-file details — the 'Select one file' hint is shown, no Type row"""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.see("PDF document")
    I.click("Select all")
    I.dont_see("PDF document")


def test_shift_arrow_extends_selection():
    """keyboard: click Budget 2026.xlsx then Shift+ArrowDown twice -> 3 files selected"""
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.press("Shift+ArrowDown")
    I.press("Shift+ArrowDown")
    I.see("3 files selected")


def test_arrow_down_moves_selection():
    """file list: ArrowDown after selecting Budget 2026.xlsx should select Meeting notes.docx instead (Word document in details)"""
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.press("ArrowDown")
    I.see("Word document")
    I.see("1 file selected")


def test_ctrl_a_selects_all():
    """Ctrl+A inside the file list should select everything (5 files selected)"""
    I.go_to("/filebox/")
    I.click("Travel policy.pdf")
    I.press("Control+a")
    I.see("5 files selected")


def test_open_invoices_folder():
    """tree: expand Documents and open Invoices -> heading Invoices, 3 invoice files, path My files / Documents / Invoices"""
    I.go_to("/filebox/")
    I.click("Documents", near="Folders")
    I.press("ArrowRight")
    I.click("Invoices")
    I.see("Invoice 1042.pdf")
    I.see("My files / Documents / Invoices")


def test_open_music_folder():
    """clicking the Music folder should list Piano demo.mp3 and not the Documents files"""
    I.go_to("/filebox/")
    I.click("Music")
    I.see("Piano demo.mp3")
    I.dont_see("Roadmap.pdf")


def test_trash_empty_state():
    """Trash folder should say 'Trash is empty.' at the start"""
    I.go_to("/filebox/")
    I.click("Trash")
    I.see("Trash is empty.")


def test_shared_design_team():
    """shared_with_me > Design team should show Logo final.svg (expand with ArrowRight)"""
    I.go_to("/filebox/")
    I.click("Shared with me")
    I.press("ArrowRight")
    I.click("Design team")
    I.see("Logo final.svg")
    I.see("Shared with me / Design team")


def test_shared_root_folder_empty():
    """'Shared with me' itself has no files -> This folder is empty."""
    I.go_to("/filebox/")
    I.click("Shared with me")
    I.see("This folder is empty.")


def test_delete_opens_confirm():
    """delete > one file > the dialog should ask Delete “Roadmap.pdf”? and say it'll go to Trash"""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Delete")
    I.see("Delete “Roadmap.pdf”?")
    I.see("It will be moved to Trash. You can restore files from Trash.")


def test_delete_moves_to_trash():
    """should move Travel policy.pdf to Trash: Delete -> Move to Trash -> 'Moved 1 file to Trash.' and it's gone from Documents"""
    I.go_to("/filebox/")
    I.click("Travel policy.pdf")
    I.click("Delete")
    I.click("Move to Trash")
    I.see("Moved 1 file to Trash.")
    I.dont_see("Travel policy.pdf")


def test_deleted_file_lands_in_trash():
    """after trashing Meeting notes.docx, opening Trash should list it"""
    I.go_to("/filebox/")
    I.click("Meeting notes.docx")
    I.click("Delete")
    I.click("Move to Trash")
    I.click("Trash")
    I.see("Meeting notes.docx")
    I.dont_see("Trash is empty.")


def test_delete_cancel_keeps_file():
    """Cancel in the delete dialog must not delete anything — Roadmap.pdf still there, no 'Moved 1 file to Trash.'"""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Delete")
    I.click("Cancel")
    I.dont_see("Moved 1 file to Trash.")
    I.see("1 file selected")


def test_delete_forever_from_trash():
    """trash > delete forever: trash Budget 2026.xlsx, open Trash, delete it again -> 'This can't be undone.' then Delete forever -> Deleted 1 file forever."""
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.click("Delete")
    I.click("Move to Trash")
    I.click("Trash")
    I.click("Budget 2026.xlsx")
    I.click("Delete")
    I.see("This can't be undone.")
    I.click("Delete forever")
    I.see("Deleted 1 file forever.")


def test_delete_all_empties_folder():
    """Select all + Delete + Move to Trash in Documents should leave 'This folder is empty.' (5 files moved)"""
    I.go_to("/filebox/")
    I.click("Select all")
    I.click("Delete")
    I.see("Delete 5 files?")
    I.click("Move to Trash")
    I.see("Moved 5 files to Trash.")
    I.see("This folder is empty.")


def test_rename_file():
    """rename Roadmap.pdf -> 'Roadmap 2026.pdf' via Rename + Save name; status says Renamed “Roadmap.pdf” to “Roadmap 2026.pdf”."""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Rename")
    I.fill("New name", "Roadmap 2026.pdf")
    I.click("Save name")
    I.see("Renamed “Roadmap.pdf” to “Roadmap 2026.pdf”.")


def test_rename_empty_rejected():
    """rename dialog should reject an empty name with 'Enter a name.'"""
    I.go_to("/filebox/")
    I.click("Meeting notes.docx")
    I.click("Rename")
    I.fill("New name", "")
    I.click("Save name")
    I.see("Enter a name.")


def test_rename_slash_rejected():
    """should show "Names can't contain a slash." when renaming to 'a/b.pdf'"""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Rename")
    I.fill("New name", "a/b.pdf")
    I.click("Save name")
    I.see("Names can't contain a slash.")


def test_rename_duplicate_rejected():
    """renaming Roadmap.pdf to an existing name (budget 2026.xlsx, any case) must be refused: There is already a file named “Budget 2026.xlsx” in Documents."""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Rename")
    I.fill("New name", "budget 2026.xlsx")
    I.click("Save name")
    I.see("There is already a file named “Budget 2026.xlsx” in Documents.")


def test_rename_cancel():
    """rename > Cancel shouldn't change the name: type 'Plan.pdf' then Cancel, Roadmap.pdf still listed, no Plan.pdf"""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Rename")
    I.fill("New name", "Plan.pdf")
    I.click("Cancel")
    I.dont_see("Plan.pdf")
    I.see("Roadmap.pdf")


def test_f2_opens_rename():
    """F2 on a selected file should open the rename dialog with its name prefilled (Piano demo.mp3 in Music)"""
    I.go_to("/filebox/")
    I.click("Music")
    I.click("Piano demo.mp3")
    I.press("F2")
    I.see("Rename “Piano demo.mp3”")
    I.see_value("New name", "Piano demo.mp3")


def test_move_file_up():
    """Move up on Roadmap.pdf -> status: Moved “Roadmap.pdf” up."""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Move up")
    I.see("Moved “Roadmap.pdf” up.")


def test_move_file_down():
    """select Budget 2026.xlsx and Move down, should say Moved “Budget 2026.xlsx” down."""
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.click("Move down")
    I.see("Moved “Budget 2026.xlsx” down.")


def test_move_two_files_down():
    """moving 2 selected files (Budget + Meeting notes via Shift+ArrowDown) down -> 'Moved 2 files down.'"""
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.press("Shift+ArrowDown")
    I.click("Move down")
    I.see("Moved 2 files down.")


def test_escape_closes_rename_dialog():
    """Escape in the rename dialog should close it (the 'Rename “Roadmap.pdf”' title disappears)"""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Rename")
    I.see("Rename “Roadmap.pdf”")
    I.press("Escape")
    I.dont_see("Rename “Roadmap.pdf”")
