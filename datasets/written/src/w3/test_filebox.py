"""filebox: tasks written by w3."""

from testgen import I


def test_select_file_shows_details():
    """[Stowaway] click Roadmap.pdf in Documents → "1 file selected" and Details shows PDF document, 1.2 MB"""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.see("1 file selected")
    I.see("PDF document")
    I.see("1.2 MB", near="Details")


def test_select_all():
    """Select all in Documents → 5 files selected"""
    I.go_to("/filebox/")
    I.click("Select all")
    I.see("5 files selected")


def test_select_all_twice_clears():
    """Select all clicked twice = nothing selected again, status back to "No files selected · 5 files" """
    I.go_to("/filebox/")
    I.click("Select all")
    I.click("Select all")
    I.see("No files selected · 5 files")


def test_shift_arrow_extends():
    """Click Budget 2026.xlsx then Shift+ArrowDown → 2 files selected"""
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.press("Shift+ArrowDown")
    I.see("2 files selected")


def test_ctrl_a_selects_all():
    """keyboard: click a file then Ctrl+A → all 5 files selected"""
    I.go_to("/filebox/")
    I.click("Meeting notes.docx")
    I.press("Control+a")
    I.see("5 files selected")


def test_multi_select_hides_details():
    """with 2 files selected the Details panel should NOT show a single file's details — it says Select one file to see its details."""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.press("Shift+ArrowDown")
    I.see("Select one file to see its details.")
    I.dont_see("PDF document")


def test_rename_file():
    """Steps: select Budget 2026.xlsx, Rename, new name "Budget 2026 final.xlsx", Save name.
Expected: Renamed “Budget 2026.xlsx” to “Budget 2026 final.xlsx”."""
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.click("Rename")
    I.fill("New name", "Budget 2026 final.xlsx")
    I.click("Save name")
    I.see("Renamed “Budget 2026.xlsx” to “Budget 2026 final.xlsx”.")


def test_rename_empty_name():
    """Rename with the name cleared → "Enter a name." and the dialog stays"""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Rename")
    I.fill("New name", "")
    I.click("Save name")
    I.see("Enter a name.")


def test_rename_with_slash():
    """names with a slash are refused: Roadmap.pdf → "Q1/Roadmap.pdf" gives Names can't contain a slash."""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Rename")
    I.fill("New name", "Q1/Roadmap.pdf")
    I.click("Save name")
    I.see("Names can't contain a slash.")


def test_rename_clash_case_insensitive():
    """Renaming Roadmap.pdf to "travel policy.pdf" clashes with Travel policy.pdf (case doesn't matter). Expected: There is already a file named “Travel policy.pdf” in Documents."""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Rename")
    I.fill("New name", "travel policy.pdf")
    I.click("Save name")
    I.see("There is already a file named “Travel policy.pdf” in Documents.")


def test_rename_cancel():
    """Rename → type something → Cancel. File keeps its name, no "Renamed" message"""
    I.go_to("/filebox/")
    I.click("Meeting notes.docx")
    I.click("Rename")
    I.fill("New name", "Old notes.docx")
    I.click("Cancel")
    I.dont_see("Renamed")
    I.dont_see("Old notes.docx")


def test_f2_opens_rename():
    """F2 on a selected file opens the rename dialog. Documents → Roadmap.pdf, F2 → dialog title Rename “Roadmap.pdf”"""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.press("F2")
    I.see("Rename “Roadmap.pdf”")


def test_delete_to_trash():
    """Delete Roadmap.pdf: select, Delete, dialog "Delete “Roadmap.pdf”?" → Move to Trash. Status: Moved 1 file to Trash., file gone from Documents"""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Delete")
    I.see("Delete “Roadmap.pdf”?")
    I.click("Move to Trash")
    I.see("Moved 1 file to Trash.")
    I.dont_see("Roadmap.pdf")


def test_deleted_file_in_trash():
    """after moving Travel policy.pdf to Trash, the Trash folder should list it"""
    I.go_to("/filebox/")
    I.click("Travel policy.pdf")
    I.click("Delete")
    I.click("Move to Trash")
    I.click("Trash")
    I.see("Travel policy.pdf")
    I.see("No files selected · 1 file")


def test_delete_forever_from_trash():
    """Items in Trash get "Delete forever". Move Roadmap.pdf to Trash, open Trash, select it, Delete → Delete forever → Deleted 1 file forever. and Trash is empty."""
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


def test_trash_empty_initially():
    """Open Trash at start → Trash is empty."""
    I.go_to("/filebox/")
    I.click("Trash")
    I.see("Trash is empty.")


def test_delete_cancel():
    """Delete dialog → Cancel. Meeting notes.docx must still be in the list and no "Moved ... to Trash" message"""
    I.go_to("/filebox/")
    I.click("Meeting notes.docx")
    I.click("Delete")
    I.click("Cancel")
    I.dont_see("Moved 1 file to Trash.")
    I.see("Meeting notes.docx")


def test_delete_key_opens_dialog():
    """pressing the Delete key on a selected file opens the confirm: Delete “Onboarding checklist.docx”?"""
    I.go_to("/filebox/")
    I.click("Onboarding checklist.docx")
    I.press("Delete")
    I.see("Delete “Onboarding checklist.docx”?")
    I.see("It will be moved to Trash. You can restore files from Trash.")


def test_delete_two_files():
    """Music folder: Select all (2 files), Delete → "Delete 2 files?" → Move to Trash → Moved 2 files to Trash. / This folder is empty."""
    I.go_to("/filebox/")
    I.click("Music")
    I.click("Select all")
    I.click("Delete")
    I.see("Delete 2 files?")
    I.click("Move to Trash")
    I.see("Moved 2 files to Trash.")
    I.see("This folder is empty.")


def test_open_photos_folder():
    """click Photos in the folder tree → heading Photos, path My files / Photos, 4 files"""
    I.go_to("/filebox/")
    I.click("Photos")
    I.see("My files / Photos")
    I.see("No files selected · 4 files")
    I.see("Beach.jpg")


def test_expand_documents_open_invoices():
    """Folder tree keyboard: click Documents, ArrowRight expands it, then open Invoices → 3 invoices, path My files / Documents / Invoices"""
    I.go_to("/filebox/")
    I.click("Documents", near="Folders")
    I.press("ArrowRight")
    I.click("Invoices")
    I.see("My files / Documents / Invoices")
    I.see("Invoice 1043.pdf")


def test_shared_with_me_design_team():
    """Shared with me → expand (ArrowRight) → Design team: Logo final.svg listed, and selecting it shows Type SVG image"""
    I.go_to("/filebox/")
    I.click("Shared with me")
    I.press("ArrowRight")
    I.click("Design team")
    I.click("Logo final.svg")
    I.see("SVG image")


def test_move_down():
    """Reorder: select Budget 2026.xlsx and click Move down → “Moved “Budget 2026.xlsx” down.”"""
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.click("Move down")
    I.see("Moved “Budget 2026.xlsx” down.")


def test_move_up_two():
    """select the last two files (Onboarding checklist + Travel policy via Shift+ArrowDown) and Move up → Moved 2 files up."""
    I.go_to("/filebox/")
    I.click("Onboarding checklist.docx")
    I.press("Shift+ArrowDown")
    I.click("Move up")
    I.see("Moved 2 files up.")


def test_music_file_details():
    """Music → Piano demo.mp3: Details Type Audio, Size 6.4 MB, Folder Music"""
    I.go_to("/filebox/")
    I.click("Music")
    I.click("Piano demo.mp3")
    I.see("Audio")
    I.see("6.4 MB", near="Details")


def test_switch_folder_clears_selection():
    """Selection is cleared when switching folders: select all in Documents, then open Music → No files selected · 2 files"""
    I.go_to("/filebox/")
    I.click("Select all")
    I.click("Music")
    I.see("No files selected · 2 files")
    I.dont_see("5 files selected")


def test_photos_subfolder_2026():
    """Photos → ArrowRight to expand → 2026. Path My files / Photos / 2026 with Spring hike.jpg"""
    I.go_to("/filebox/")
    I.click("Photos")
    I.press("ArrowRight")
    I.click("2026")
    I.see("My files / Photos / 2026")
    I.see("Spring hike.jpg")


def test_trash_delete_warning():
    """Deleting from Trash warns it's permanent: move Roadmap.pdf to Trash, open Trash, select it, press Delete key → "This can't be undone." """
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Delete")
    I.click("Move to Trash")
    I.click("Trash")
    I.click("Roadmap.pdf")
    I.press("Delete")
    I.see("This can't be undone.")


def test_rename_updates_list():
    """rename Roadmap.pdf → Plan 2026.pdf; the Details panel should show the new name (PDF document still)"""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Rename")
    I.fill("New name", "Plan 2026.pdf")
    I.click("Save name")
    I.see("Plan 2026.pdf", near="Details")
    I.see("PDF document")
