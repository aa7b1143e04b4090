"""filebox: tasks written by w8."""

from testgen import I


def test_select_file_shows_details():
    """Click the third file in the list (Roadmap.pdf). The Details panel on the right shows Type PDF document and Size 1.2 MB."""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.see("PDF document")
    I.see("1.2 MB")
    I.see("1 file selected")


def test_select_all_files():
    """Tick Select all at the top of the file list: status says 5 files selected and the details panel goes back to the hint."""
    I.go_to("/filebox/")
    I.check("Select all")
    I.see("5 files selected")
    I.see("Select one file to see its details.")


def test_select_all_toggle_off():
    """Click Select all twice. Nothing should be selected anymore - 'No files selected · 5 files'."""
    I.go_to("/filebox/")
    I.click("Select all")
    I.see("5 files selected")
    I.click("Select all")
    I.see("No files selected · 5 files")


def test_rename_file():
    """Select Meeting notes.docx (2nd row), press Rename in the toolbar, call it Standup notes.docx and save. Status line: Renamed “Meeting notes.docx” to “Standup notes.docx”."""
    I.go_to("/filebox/")
    I.click("Meeting notes.docx")
    I.click("Rename")
    I.fill("New name", "Standup notes.docx")
    I.click("Save name")
    I.see("Renamed “Meeting notes.docx” to “Standup notes.docx”.")
    I.see("Standup notes.docx")


def test_rename_to_existing_name_refused():
    """Rename Travel policy.pdf (last file) to roadmap.pdf. It has to be refused since Roadmap.pdf already exists in Documents."""
    I.go_to("/filebox/")
    I.click("Travel policy.pdf")
    I.click("Rename")
    I.fill("New name", "roadmap.pdf")
    I.click("Save name")
    I.see("There is already a file named “Roadmap.pdf” in Documents.")


def test_rename_with_slash_refused():
    """Try renaming the first file to 'a/b.xlsx' - error: Names can't contain a slash."""
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.click("Rename")
    I.fill("New name", "a/b.xlsx")
    I.click("Save name")
    I.see("Names can't contain a slash.")


def test_rename_empty_refused():
    """Select Roadmap.pdf, open Rename, clear the box and save. You should get 'Enter a name.'"""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Rename")
    I.fill("New name", "")
    I.click("Save name")
    I.see("Enter a name.")


def test_rename_cancel_keeps_name():
    """Open the rename dialog for Budget 2026.xlsx, type Budget old.xlsx, then Cancel. The file keeps its name and no Budget old.xlsx appears."""
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.click("Rename")
    I.fill("New name", "Budget old.xlsx")
    I.click("Cancel")
    I.dont_see("Budget old.xlsx")
    I.dont_see("Renamed")


def test_delete_moves_to_trash():
    """Select the Onboarding checklist (4th file), click the Delete button in the toolbar and confirm with Move to Trash. It leaves the list: 'Moved 1 file to Trash.'"""
    I.go_to("/filebox/")
    I.click("Onboarding checklist.docx")
    I.click("Delete")
    I.click("Move to Trash")
    I.see("Moved 1 file to Trash.")
    I.dont_see("Onboarding checklist.docx")


def test_deleted_file_in_trash_folder():
    """Delete Roadmap.pdf, then open the Trash folder at the bottom of the tree. Roadmap.pdf should be sitting there."""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Delete")
    I.click("Move to Trash")
    I.click("Trash")
    I.see("Roadmap.pdf")
    I.see("No files selected · 1 file")


def test_delete_forever_from_trash():
    """Move Budget 2026.xlsx to Trash, go to Trash, select it and delete it again. This time the button says Delete forever; afterwards Trash is empty."""
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.click("Delete")
    I.click("Move to Trash")
    I.click("Trash")
    I.click("Budget 2026.xlsx")
    I.click("Delete")
    I.click("Delete forever")
    I.see("Deleted 1 file forever.")
    I.see("Trash is empty.")


def test_delete_cancel():
    """Pick Travel policy.pdf, hit Delete, then the Cancel button in the confirm box. Travel policy.pdf stays and nothing was moved."""
    I.go_to("/filebox/")
    I.click("Travel policy.pdf")
    I.click("Delete")
    I.see("It will be moved to Trash.", near="Delete “Travel policy.pdf”?")
    I.click("Cancel")
    I.dont_see("Moved 1 file to Trash.")
    I.see("Travel policy.pdf")


def test_delete_all_selected():
    """Select all files and delete them. The confirm title should say Delete 5 files?; after Move to Trash the folder is empty."""
    I.go_to("/filebox/")
    I.check("Select all")
    I.click("Delete")
    I.see("Delete 5 files?")
    I.click("Move to Trash")
    I.see("Moved 5 files to Trash.")
    I.see("This folder is empty.")


def test_move_file_down():
    """Select the first file and push it down one with Move down. The status says Moved “Budget 2026.xlsx” down."""
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.click("Move down")
    I.see("Moved “Budget 2026.xlsx” down.")


def test_move_file_up():
    """Click the last file and use Move up. Expect Moved “Travel policy.pdf” up."""
    I.go_to("/filebox/")
    I.click("Travel policy.pdf")
    I.click("Move up")
    I.see("Moved “Travel policy.pdf” up.")


def test_open_photos_folder():
    """In the folder tree on the left click Photos. Heading changes to Photos, breadcrumb My files / Photos, and Beach.jpg is listed."""
    I.go_to("/filebox/")
    I.click("Photos")
    I.see("My files / Photos")
    I.see("Beach.jpg")
    I.dont_see("Roadmap.pdf")


def test_photo_details_jpeg():
    """Go to Photos and select Mountains.jpg (second one). Details: JPEG image, 4.1 MB, modified 2025-09-20."""
    I.go_to("/filebox/")
    I.click("Photos")
    I.click("Mountains.jpg")
    I.see("JPEG image")
    I.see("2025-09-20")


def test_music_folder_two_files():
    """Open the Music folder. Should list 2 files, Piano demo.mp3 among them."""
    I.go_to("/filebox/")
    I.click("Music")
    I.see("No files selected · 2 files")
    I.see("Piano demo.mp3")


def test_trash_empty_initially():
    """Click Trash in the tree right away. It says Trash is empty."""
    I.go_to("/filebox/")
    I.click("Trash")
    I.see("Trash is empty.")


def test_expand_documents_subfolder():
    """Select Documents in the tree and press the right arrow to expand it, then open the Invoices subfolder. Invoice 1042.pdf should be there and the path reads My files / Documents / Invoices."""
    I.go_to("/filebox/")
    I.click("Documents", near="My files")
    I.press("ArrowRight")
    I.click("Invoices")
    I.see("My files / Documents / Invoices")
    I.see("Invoice 1042.pdf")


def test_shift_arrow_extends_selection():
    """Click Budget 2026.xlsx and press Shift+ArrowDown twice. Three files should be selected."""
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.press("Shift+ArrowDown")
    I.press("Shift+ArrowDown")
    I.see("3 files selected")


def test_keyboard_f2_rename():
    """With Roadmap.pdf selected, press F2. The rename dialog should open titled Rename “Roadmap.pdf”."""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.press("F2")
    I.see("Rename “Roadmap.pdf”")


def test_shared_design_team():
    """Expand Shared with me in the tree (select it, right arrow) and open Design team. Brand guide.pdf shows; selecting Icons.zip shows Type Zip archive."""
    I.go_to("/filebox/")
    I.click("Shared with me")
    I.press("ArrowRight")
    I.click("Design team")
    I.see("Brand guide.pdf")
    I.click("Icons.zip")
    I.see("Zip archive")


def test_rename_changes_details_panel():
    """Rename Roadmap.pdf to Roadmap v2.pdf and check the Details panel on the right now shows Roadmap v2.pdf."""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Rename")
    I.fill("New name", "Roadmap v2.pdf")
    I.click("Save name")
    I.see("Renamed “Roadmap.pdf” to “Roadmap v2.pdf”.")
    I.see("Roadmap v2.pdf", near="Details")


def test_switching_folder_clears_selection():
    """Select Budget 2026.xlsx, then click Music in the tree. The selection is dropped: No files selected · 2 files, and the details hint is back."""
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.see("1 file selected")
    I.click("Music")
    I.see("No files selected · 2 files")
    I.see("Select one file to see its details.")
