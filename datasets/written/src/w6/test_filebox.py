"""filebox: tasks written by w6."""

from testgen import I


def test_select_one_file_details():
    """So I'd open Stowaway (it lands in Documents) and click Roadmap.pdf. It should say 1 file selected, and the Details panel fills in with the type, PDF document."""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.see("1 file selected")
    I.see("PDF document")


def test_details_placeholder_goes():
    """Once you pick a file the "Select one file to see its details." line should disappear. Try it with Budget 2026.xlsx — Type should say Spreadsheet."""
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.see("Spreadsheet")
    I.dont_see("Select one file to see its details.")


def test_open_photos_folder():
    """Click Photos in the folder tree. The heading becomes Photos, the path says My files / Photos, and Beach.jpg is listed."""
    I.go_to("/filebox/")
    I.click("Photos")
    I.see("My files / Photos")
    I.see("Beach.jpg")
    I.see("No files selected · 4 files")


def test_select_all():
    """Tick Select all in Documents — should say 5 files selected."""
    I.go_to("/filebox/")
    I.click("Select all")
    I.see("5 files selected")


def test_select_all_twice_clears():
    """Clicking Select all a second time should deselect everything again, back to No files selected · 5 files."""
    I.go_to("/filebox/")
    I.click("Select all")
    I.click("Select all")
    I.see("No files selected · 5 files")


def test_rename_file():
    """Rename: click Meeting notes.docx, hit Rename, change the name to "Kickoff notes.docx" and Save name. It should say Renamed “Meeting notes.docx” to “Kickoff notes.docx”. and the new name shows in the list."""
    I.go_to("/filebox/")
    I.click("Meeting notes.docx")
    I.click("Rename")
    I.fill("New name", "Kickoff notes.docx")
    I.click("Save name")
    I.see("Renamed “Meeting notes.docx” to “Kickoff notes.docx”.")
    I.see("Kickoff notes.docx")


def test_rename_empty_refused():
    """Pick Travel policy.pdf, Rename, wipe the name and Save name. Should be refused with "Enter a name."."""
    I.go_to("/filebox/")
    I.click("Travel policy.pdf")
    I.click("Rename")
    I.fill("New name", "")
    I.click("Save name")
    I.see("Enter a name.")


def test_rename_slash_refused():
    """People try to make folders by typing slashes... pick Roadmap.pdf, Rename to "2026/Roadmap.pdf", Save name — it should say "Names can't contain a slash." instead of renaming."""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Rename")
    I.fill("New name", "2026/Roadmap.pdf")
    I.click("Save name")
    I.see("Names can't contain a slash.")


def test_rename_clash_refused():
    """Rename Budget 2026.xlsx to "roadmap.pdf" (lower case, on purpose). It clashes with Roadmap.pdf, so the error should mention there's already a file named Roadmap.pdf in Documents."""
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.click("Rename")
    I.fill("New name", "roadmap.pdf")
    I.click("Save name")
    I.see("There is already a file named “Roadmap.pdf” in Documents.")


def test_rename_cancel():
    """Open Rename on Onboarding checklist.docx, type "Old stuff.docx" but press Cancel. Nothing gets renamed, so no Old stuff.docx in the list."""
    I.go_to("/filebox/")
    I.click("Onboarding checklist.docx")
    I.click("Rename")
    I.fill("New name", "Old stuff.docx")
    I.click("Cancel")
    I.dont_see("Old stuff.docx")
    I.see("Onboarding checklist.docx")


def test_rename_escape_closes():
    """Escape should close the rename dialog too — Readme... no wait, in Documents: Roadmap.pdf, Rename, then Escape. The dialog title "Rename “Roadmap.pdf”" should be gone."""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Rename")
    I.see("Rename “Roadmap.pdf”")
    I.press("Escape")
    I.dont_see("Rename “Roadmap.pdf”")


def test_delete_to_trash():
    """Delete Travel policy.pdf: select it, Delete, then Move to Trash in the confirm box. Should say Moved 1 file to Trash. and it drops off the list (4 files left)."""
    I.go_to("/filebox/")
    I.click("Travel policy.pdf")
    I.click("Delete")
    I.click("Move to Trash")
    I.see("Moved 1 file to Trash.")
    I.see("No files selected · 4 files")
    I.dont_see("Travel policy.pdf")


def test_deleted_file_in_trash():
    """After moving Roadmap.pdf to Trash (Delete, Move to Trash), open the Trash folder and it should be sitting in there."""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Delete")
    I.click("Move to Trash")
    I.click("Trash")
    I.see("Roadmap.pdf")
    I.see("No files selected · 1 file")


def test_delete_cancel_keeps_file():
    """Select Budget 2026.xlsx, press Delete but then Cancel on the "Delete “Budget 2026.xlsx”?" dialog. File stays, 5 files still."""
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.click("Delete")
    I.see("Delete “Budget 2026.xlsx”?")
    I.click("Cancel")
    I.dont_see("Delete “Budget 2026.xlsx”?")
    I.see("Budget 2026.xlsx")


def test_empty_trash_message():
    """Trash starts empty, so clicking Trash should say "Trash is empty."."""
    I.go_to("/filebox/")
    I.click("Trash")
    I.see("Trash is empty.")


def test_delete_forever_from_trash():
    """Move Roadmap.pdf to Trash, go into Trash, select it and Delete again — this time the button says Delete forever and the message is Deleted 1 file forever. Then Trash is empty."""
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


def test_move_file_up():
    """Select Roadmap.pdf and click Move up, should show Moved “Roadmap.pdf” up."""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.click("Move up")
    I.see("Moved “Roadmap.pdf” up.")


def test_move_file_down():
    """Budget 2026.xlsx is first; Move down should give Moved “Budget 2026.xlsx” down."""
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.click("Move down")
    I.see("Moved “Budget 2026.xlsx” down.")


def test_shared_design_team():
    """Shared stuff: open Shared with me (press the right arrow to expand it, I think?) and then Design team; Icons.zip should be there, details say Zip archive when you click it."""
    I.go_to("/filebox/")
    I.click("Shared with me")
    I.press("ArrowRight")
    I.click("Design team")
    I.click("Icons.zip")
    I.see("Zip archive")


def test_invoices_subfolder():
    """Invoices lives under Documents. Click Documents in the tree, ArrowRight to expand, click Invoices — path should read My files / Documents / Invoices with 3 files."""
    I.go_to("/filebox/")
    I.click("Documents", near="Photos")
    I.press("ArrowRight")
    I.click("Invoices")
    I.see("My files / Documents / Invoices")
    I.see("No files selected · 3 files")


def test_music_files_not_in_documents():
    """Switching folders should swap the list: go to Music and you'd see Piano demo.mp3 but none of the Documents stuff like Budget 2026.xlsx."""
    I.go_to("/filebox/")
    I.click("Music")
    I.see("Piano demo.mp3")
    I.dont_see("Budget 2026.xlsx")


def test_keyboard_extend_selection():
    """Click Budget 2026.xlsx then Shift+ArrowDown twice — that should stretch the selection to 3 files selected."""
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.press("Shift+ArrowDown")
    I.press("Shift+ArrowDown")
    I.see("3 files selected")


def test_delete_several():
    """Select all in Documents then Delete; the dialog should ask "Delete 5 files?" and after Move to Trash it's "This folder is empty."."""
    I.go_to("/filebox/")
    I.click("Select all")
    I.click("Delete")
    I.see("Delete 5 files?")
    I.click("Move to Trash")
    I.see("Moved 5 files to Trash.")
    I.see("This folder is empty.")


def test_details_hidden_for_two():
    """Details only for one file. Pick Roadmap.pdf, then Shift+ArrowDown to add the next one — the PDF document details should go and it's back to "Select one file to see its details."."""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.see("PDF document")
    I.press("Shift+ArrowDown")
    I.see("2 files selected")
    I.see("Select one file to see its details.")
    I.dont_see("PDF document")


def test_select_all_keyboard():
    """Keyboard fans: click Meeting notes.docx then press Ctrl+A, should select all 5 files."""
    I.go_to("/filebox/")
    I.click("Meeting notes.docx")
    I.press("Control+a")
    I.see("5 files selected")


def test_two_files_no_type_in_details():
    """Select two files (Budget 2026.xlsx then Shift+ArrowDown) and the details panel should empty out — it's "2 files selected" and the Spreadsheet type isn't shown any more."""
    I.go_to("/filebox/")
    I.click("Budget 2026.xlsx")
    I.see("Spreadsheet")
    I.press("Shift+ArrowDown")
    I.see("2 files selected")
    I.dont_see("Spreadsheet")


def test_details_folder_name():
    """In Photos, click Mountains.jpg — Details should say it's a JPEG image."""
    I.go_to("/filebox/")
    I.click("Photos")
    I.click("Mountains.jpg")
    I.see("JPEG image")


def test_f2_opens_rename():
    """Select Roadmap.pdf and press F2 — the rename dialog should open with Rename “Roadmap.pdf” at the top."""
    I.go_to("/filebox/")
    I.click("Roadmap.pdf")
    I.press("F2")
    I.see("Rename “Roadmap.pdf”")


def test_delete_key_opens_confirm():
    """Pressing the Delete key with Meeting notes.docx selected should bring up the confirm box: It will be moved to Trash. You can restore files from Trash."""
    I.go_to("/filebox/")
    I.click("Meeting notes.docx")
    I.press("Delete")
    I.see("It will be moved to Trash. You can restore files from Trash.")


def test_rename_keeps_selection_details():
    """Rename Readme.txt, which lives in the top-level My files folder — I got there with the keyboard: click Documents in the tree, Left arrow to jump up to My files, Enter to open it. Then rename Readme.txt to "Read me first.txt" and it should confirm, with Text file still in the details."""
    I.go_to("/filebox/")
    I.click("Documents", near="Photos")
    I.press("ArrowLeft")
    I.press("Enter")
    I.click("Readme.txt")
    I.click("Rename")
    I.fill("New name", "Read me first.txt")
    I.click("Save name")
    I.see("Renamed “Readme.txt” to “Read me first.txt”.")
    I.see("Text file")
