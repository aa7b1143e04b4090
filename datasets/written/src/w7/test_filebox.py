"""filebox: tasks written by w7."""

from testgen import I


def test_select_one_file():
    """click on Roadmap.pdf in Documents. Expected: "1 file selected" and the Details show PDF document"""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.see("1 file selected")
    I.see("PDF document")


def test_select_all_files():
    """check Select all -> the status must say 5 files selected"""
    I.go_to("/filebox/")
    I.check("Select all")
    I.see("5 files selected")


def test_rename_file():
    """Rename Meeting notes.docx to "Notes March.docx", make click on Save name.
Result: Renamed “Meeting notes.docx” to “Notes March.docx”."""
    I.go_to("/filebox/")
    I.click("Meeting notes.docx")
    I.click("Rename")
    I.fill("New name", "Notes March.docx")
    I.click("Save name")
    I.see("Renamed “Meeting notes.docx” to “Notes March.docx”.")


def test_rename_empty_name():
    """select Roadmap.pdf, Rename, delete all the name and save. system not accept: Enter a name."""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Rename")
    I.fill("New name", "")
    I.click("Save name")
    I.see("Enter a name.")


def test_rename_with_slash():
    """1. select Budget 2026.xlsx 2. Rename 3. put name budget/2026.xlsx 4. Save name
Expected: Names can't contain a slash."""
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.click("Rename")
    I.fill("New name", "budget/2026.xlsx")
    I.click("Save name")
    I.see("Names can't contain a slash.")


def test_rename_cancel():
    """open rename for Roadmap.pdf, write other name "Plan.pdf" and Cancel. Plan.pdf must not appear in the list"""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Rename")
    I.fill("New name", "Plan.pdf")
    I.click("Cancel")
    I.dont_see("Plan.pdf")


def test_delete_to_trash():
    """select Roadmap.pdf and Delete, confirm with Move to Trash. Verify that appears Moved 1 file to Trash. and Roadmap is not in Documents"""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Delete")
    I.click("Move to Trash")
    I.see("Moved 1 file to Trash.")
    I.dont_see("Roadmap.pdf")


def test_delete_dialog_title():
    """click Meeting notes.docx then Delete buton; the dialog must ask Delete “Meeting notes.docx”?"""
    I.go_to("/filebox/")
    I.click("Meeting notes.docx")
    I.click("Delete")
    I.see("Delete “Meeting notes.docx”?")


def test_delete_cancel_keeps_file():
    """Select all, Delete, then Cancel in the dialog - the files must stay, "5 files selected" still"""
    I.go_to("/filebox/")
    I.check("Select all")
    I.click("Delete")
    I.see("Delete 5 files?")
    I.click("Cancel")
    I.see("5 files selected")


def test_trash_empty():
    """go to Trash folder in the tree. must be "Trash is empty.\""""
    I.go_to("/filebox/")
    I.click("Trash")
    I.see("Trash is empty.")


def test_deleted_file_in_trash():
    """move Budget 2026.xlsx to trash and after open Trash, the file must be there and Trash is empty. not shown"""
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.click("Delete")
    I.click("Move to Trash")
    I.click("Trash")
    I.see("Budget 2026.xlsx")
    I.dont_see("Trash is empty.")


def test_delete_forever():
    """delete Roadmap.pdf (Move to Trash), go in Trash, select it and Delete again -> button is Delete forever, click it. Result: Deleted 1 file forever."""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Delete")
    I.click("Move to Trash")
    I.click("Trash")
    I.click("Roadmap.pdf")
    I.click("Delete")
    I.click("Delete forever")
    I.see("Deleted 1 file forever.")


def test_move_down():
    """select Budget 2026.xlsx and click Move down. message Moved “Budget 2026.xlsx” down."""
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.click("Move down")
    I.see("Moved “Budget 2026.xlsx” down.")


def test_rename_clash():
    """rename Roadmap.pdf to "Meeting notes.docx" (name that already exist). must appear There is already a file named “Meeting notes.docx” in Documents."""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Rename")
    I.fill("New name", "Meeting notes.docx")
    I.click("Save name")
    I.see("There is already a file named “Meeting notes.docx” in Documents.")


def test_delete_two_files_title():
    """select all and Delete → the dialog text They will be moved to Trash. You can restore files from Trash."""
    I.go_to("/filebox/")
    I.check("Select all")
    I.click("Delete")
    I.see("They will be moved to Trash. You can restore files from Trash.")
