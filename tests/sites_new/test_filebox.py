"""Stowaway files: folder tree, multi-select file list with reordering, tri-state Select all, dialogs."""

import pytest
from playwright.sync_api import Page, expect

from testgen import I

pytestmark = pytest.mark.browser


@pytest.fixture
def files(page: Page, sites_url: str) -> Page:
    page.goto(f"{sites_url}/filebox/")
    return page


def folder(page: Page, name: str):
    return page.get_by_role("treeitem", name=name, exact=True)


def names(page: Page) -> list[str]:
    return page.get_by_role("option").evaluate_all("els => els.map(e => e.getAttribute('aria-label'))")


def chosen(page: Page) -> list[str]:
    return page.locator('[role="option"][aria-selected="true"]').evaluate_all(
        "els => els.map(e => e.getAttribute('aria-label'))")


def test_tree_by_keyboard(files: Page) -> None:
    documents = folder(files, "Documents")
    expect(documents).to_have_attribute("aria-selected", "true")
    expect(documents).to_have_attribute("tabindex", "0")
    documents.focus()
    files.keyboard.press("ArrowRight")
    expect(documents).to_have_attribute("aria-expanded", "true")
    files.keyboard.press("ArrowRight")
    expect(folder(files, "Invoices")).to_be_focused()
    files.keyboard.press("ArrowLeft")
    expect(documents).to_be_focused()
    files.keyboard.press("ArrowLeft")
    expect(documents).to_have_attribute("aria-expanded", "false")
    expect(folder(files, "Invoices")).to_be_hidden()
    files.keyboard.press("ArrowDown")
    expect(folder(files, "Photos")).to_be_focused()
    expect(folder(files, "Photos")).to_have_attribute("aria-selected", "false")
    files.keyboard.press("Enter")
    expect(folder(files, "Photos")).to_have_attribute("aria-selected", "true")
    expect(files.get_by_role("heading", level=1)).to_have_text("Photos")
    expect(files.get_by_role("listbox", name="Files in Photos")).to_be_visible()
    files.keyboard.press("ArrowLeft")  # to the parent
    expect(folder(files, "My files")).to_be_focused()
    files.keyboard.press("End")
    expect(folder(files, "Trash")).to_be_focused()
    files.keyboard.press("s")  # type-ahead
    expect(folder(files, "Shared with me")).to_be_focused()
    files.keyboard.press("Home")
    files.keyboard.press("*")  # expands every folder on this level
    expect(folder(files, "Shared with me")).to_have_attribute("aria-expanded", "true")
    expect(folder(files, "Design team")).to_be_visible()
    files.keyboard.press("m")
    expect(folder(files, "Music")).to_be_focused()
    files.keyboard.press("Space")
    expect(files.get_by_text("My files / Music")).to_be_visible()


def test_tree_by_mouse(files: Page) -> None:
    photos = folder(files, "Photos")
    photos.locator(".twisty").first.click()
    expect(photos).to_have_attribute("aria-expanded", "true")
    expect(files.get_by_role("heading", level=1)).to_have_text("Documents")  # the twisty only expands
    folder(files, "2026").click()
    expect(files.get_by_text("My files / Photos / 2026")).to_be_visible()
    assert names(files) == ["Spring hike.jpg", "Birthday cake.jpg"]
    folder(files, "Trash").click()
    expect(files.get_by_text("Trash is empty.")).to_be_visible()
    expect(files.get_by_text("No files selected · 0 files")).to_be_visible()
    folder(files, "Shared with me").click()
    expect(files.get_by_text("This folder is empty.")).to_be_visible()


def test_file_list_keyboard_selection(files: Page) -> None:
    listbox = files.get_by_role("listbox", name="Files in Documents")
    expect(listbox).to_have_attribute("aria-multiselectable", "true")
    listbox.focus()
    files.keyboard.press("ArrowDown")
    assert chosen(files) == ["Meeting notes.docx"]
    expect(listbox).to_have_attribute("aria-activedescendant", "file-1")
    files.keyboard.press("Shift+ArrowDown")
    files.keyboard.press("Shift+ArrowDown")
    assert chosen(files) == ["Meeting notes.docx", "Roadmap.pdf", "Onboarding checklist.docx"]
    status = files.locator("#selection-status")
    expect(status).to_have_text("3 files selected")
    files.keyboard.press("Control+ArrowUp")  # moves focus only
    expect(listbox).to_have_attribute("aria-activedescendant", "file-2")
    expect(status).to_have_text("3 files selected")
    files.keyboard.press("Space")
    assert chosen(files) == ["Meeting notes.docx", "Onboarding checklist.docx"]
    files.keyboard.press("Home")
    assert chosen(files) == ["Budget 2026.xlsx"]
    files.keyboard.press("Shift+End")
    expect(status).to_have_text("5 files selected")
    files.keyboard.press("ArrowUp")
    expect(status).to_have_text("1 file selected")
    files.keyboard.press("Control+a")
    expect(status).to_have_text("5 files selected")


def test_file_list_mouse_selection_and_details(files: Page) -> None:
    option = lambda name: files.get_by_role("option", name=name)  # noqa: E731
    option("Meeting notes.docx").click()
    expect(files.get_by_role("complementary", name="Details")).to_contain_text("TypeWord document")
    option("Travel policy.pdf").click(modifiers=["Shift"])
    assert chosen(files) == names(files)[1:]
    expect(files.get_by_text("Select one file to see its details.")).to_be_visible()
    option("Roadmap.pdf").click(modifiers=["Control"])
    expect(files.get_by_text("3 files selected")).to_be_visible()
    option("Budget 2026.xlsx").click()
    assert chosen(files) == ["Budget 2026.xlsx"]
    expect(files.get_by_role("complementary", name="Details")).to_contain_text("Size48 KB")


def test_select_all_is_tri_state(files: Page) -> None:
    select_all = files.get_by_role("checkbox", name="Select all")
    expect(select_all).to_have_attribute("aria-checked", "false")
    files.get_by_role("option", name="Roadmap.pdf").click()
    expect(select_all).to_have_attribute("aria-checked", "mixed")
    select_all.click()
    expect(select_all).to_have_attribute("aria-checked", "true")
    expect(files.get_by_text("5 files selected")).to_be_visible()
    select_all.focus()
    files.keyboard.press("Space")
    expect(select_all).to_have_attribute("aria-checked", "false")
    expect(files.get_by_text("No files selected · 5 files")).to_be_visible()


def test_move_up_and_down_reorders(files: Page) -> None:
    move_up = files.get_by_role("button", name="Move up")
    move_down = files.get_by_role("button", name="Move down")
    expect(move_up).to_be_disabled()
    files.get_by_role("option", name="Roadmap.pdf").click()
    move_up.click()
    assert names(files)[:3] == ["Budget 2026.xlsx", "Roadmap.pdf", "Meeting notes.docx"]
    expect(files.get_by_text("Moved “Roadmap.pdf” up.")).to_be_visible()
    move_up.click()
    assert names(files)[0] == "Roadmap.pdf"
    expect(move_up).to_be_disabled()
    files.get_by_role("option", name="Onboarding checklist.docx").click(modifiers=["Control"])
    move_down.click()
    assert names(files) == ["Budget 2026.xlsx", "Roadmap.pdf", "Meeting notes.docx", "Travel policy.pdf",
                            "Onboarding checklist.docx"]
    expect(files.get_by_text("Moved 2 files down.")).to_be_visible()
    move_down.click()  # Onboarding is already last; only Roadmap moves
    move_down.click()
    assert names(files) == ["Budget 2026.xlsx", "Meeting notes.docx", "Travel policy.pdf", "Roadmap.pdf",
                            "Onboarding checklist.docx"]
    expect(files.get_by_text("Moved 1 file down.")).to_be_visible()
    expect(move_down).to_be_disabled()
    expect(move_up).to_be_enabled()


def test_rename_dialog_validates(files: Page) -> None:
    files.get_by_role("option", name="Roadmap.pdf").click()
    files.keyboard.press("F2")
    dialog = files.get_by_role("dialog", name="Rename “Roadmap.pdf”")
    field = dialog.get_by_label("New name")
    expect(field).to_be_focused()
    assert field.evaluate("n => n.value.slice(n.selectionStart, n.selectionEnd)") == "Roadmap"
    field.fill("")
    files.keyboard.press("Enter")
    expect(dialog.get_by_text("Enter a name.")).to_be_visible()
    field.fill("budget 2026.xlsx")
    dialog.get_by_role("button", name="Save name").click()
    clash = "There is already a file named “Budget 2026.xlsx” in Documents."
    expect(dialog.get_by_text(clash)).to_be_visible()
    field.fill("Plans/2026.pdf")
    dialog.get_by_role("button", name="Save name").click()
    expect(dialog.get_by_text("Names can't contain a slash.")).to_be_visible()
    files.keyboard.press("Tab")
    files.keyboard.press("Tab")
    files.keyboard.press("Tab")  # wraps back to the field
    expect(field).to_be_focused()
    field.fill("Roadmap 2026.pdf")
    files.keyboard.press("Enter")
    expect(dialog).to_be_hidden()
    expect(files.get_by_text("Renamed “Roadmap.pdf” to “Roadmap 2026.pdf”.")).to_be_visible()
    expect(files.get_by_role("listbox")).to_be_focused()
    files.get_by_role("button", name="Rename").click()
    files.keyboard.press("Escape")
    expect(files.get_by_role("dialog")).to_be_hidden()
    assert "Roadmap 2026.pdf" in names(files)


def test_delete_asks_first_and_moves_to_trash(files: Page) -> None:
    files.get_by_role("option", name="Budget 2026.xlsx").click()
    files.get_by_role("option", name="Roadmap.pdf").click(modifiers=["Control"])
    files.get_by_role("button", name="Delete").click()
    alert = files.get_by_role("alertdialog", name="Delete 2 files?")
    expect(alert).to_have_attribute("aria-modal", "true")
    expect(alert).to_contain_text("They will be moved to Trash.")
    expect(alert.get_by_role("button", name="Cancel")).to_be_focused()
    files.keyboard.press("Escape")
    expect(alert).to_be_hidden()
    assert len(names(files)) == 5
    files.keyboard.press("Delete")
    alert.get_by_role("button", name="Move to Trash").click()
    expect(files.get_by_text("Moved 2 files to Trash.")).to_be_visible()
    assert names(files) == ["Meeting notes.docx", "Onboarding checklist.docx", "Travel policy.pdf"]
    folder(files, "Trash").click()
    assert names(files) == ["Budget 2026.xlsx", "Roadmap.pdf"]
    files.get_by_role("option", name="Roadmap.pdf").click()
    files.get_by_role("button", name="Delete").click()
    alert = files.get_by_role("alertdialog", name="Delete “Roadmap.pdf”?")
    expect(alert).to_contain_text("This can't be undone.")
    alert.get_by_role("button", name="Delete forever").click()
    expect(files.get_by_text("Deleted 1 file forever.")).to_be_visible()
    assert names(files) == ["Budget 2026.xlsx"]


# ---- the same widgets driven by testgen's runtime ---------------------------------------------------------

def test_i_manages_files(files: Page) -> None:
    I.click("Roadmap.pdf")
    I.see("1 file selected")
    I.click("Move up")
    I.see("Moved “Roadmap.pdf” up.")
    I.click("Rename")
    I.fill("New name", "Roadmap v2.pdf")
    I.click("Save name")
    I.see("Renamed “Roadmap.pdf” to “Roadmap v2.pdf”.")
    I.click("Select all")
    I.see("5 files selected")
    I.click("Delete")
    I.see("Delete 5 files?")
    I.click("Cancel")
    I.dont_see("Delete 5 files?")
    I.click("Trash")
    I.see("Trash is empty.")


def test_i_selects_files_in_the_listbox(files: Page) -> None:
    I.select("Files in Documents", "Travel policy.pdf")
    I.see("1 file selected")
    I.see("PDF document")


def test_i_checks_select_all(files: Page) -> None:
    I.check("Select all")
    I.see("5 files selected")
    I.uncheck("Select all")
    I.see("No files selected")


def test_i_opens_a_nested_folder(files: Page) -> None:
    I.click("Photos")
    I.see("My files / Photos")
    I.see("Family dinner.jpg")


def test_i_selects_a_folder_in_the_tree(files: Page) -> None:
    I.select("Folders", "Music")
    I.see("My files / Music")
