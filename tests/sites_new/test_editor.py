"""Inkwell editor: menubar and submenus, formatting toolbar, Insert menu button, find dialog and toasts."""

import re

import pytest
from playwright.sync_api import Page, expect

from testgen import I

pytestmark = pytest.mark.browser


@pytest.fixture
def editor(page: Page, sites_url: str) -> Page:
    page.goto(f"{sites_url}/editor/")
    return page


def item(page: Page, name: str, role: str = "menuitem"):
    return page.get_by_role(role, name=name, exact=True)


def test_menubar_by_keyboard(editor: Page) -> None:
    file, edit = item(editor, "File"), item(editor, "Edit")
    expect(file).to_have_attribute("tabindex", "0")
    file.focus()
    editor.keyboard.press("ArrowRight")
    expect(edit).to_be_focused()
    expect(edit).to_have_attribute("tabindex", "0")
    expect(file).to_have_attribute("tabindex", "-1")
    editor.keyboard.press("ArrowDown")
    expect(edit).to_have_attribute("aria-expanded", "true")
    expect(item(editor, "Undo")).to_be_focused()
    expect(item(editor, "Undo")).to_have_attribute("aria-disabled", "true")
    editor.keyboard.press("ArrowUp")
    expect(item(editor, "Clear formatting")).to_be_focused()
    editor.keyboard.press("Escape")
    expect(edit).to_have_attribute("aria-expanded", "false")
    expect(edit).to_be_focused()
    editor.keyboard.press("ArrowLeft")
    editor.keyboard.press("Enter")
    expect(item(editor, "New document")).to_be_focused()
    editor.keyboard.press("ArrowDown")
    recent = item(editor, "Open recent")
    expect(recent).to_be_focused()
    editor.keyboard.press("ArrowRight")
    expect(recent).to_have_attribute("aria-expanded", "true")
    expect(item(editor, "Meeting minutes")).to_be_focused()
    editor.keyboard.press("ArrowLeft")
    expect(recent).to_have_attribute("aria-expanded", "false")
    expect(recent).to_be_focused()
    editor.keyboard.press("s")  # type-ahead
    expect(item(editor, "Save")).to_be_focused()
    editor.keyboard.press("ArrowRight")  # next menubar menu, opened
    expect(file).to_have_attribute("aria-expanded", "false")
    expect(edit).to_have_attribute("aria-expanded", "true")
    expect(item(editor, "Undo")).to_be_focused()
    editor.keyboard.press("ArrowLeft")
    editor.keyboard.press("End")
    expect(item(editor, "Print (not available)")).to_be_focused()
    editor.keyboard.press("Enter")  # disabled: nothing happens, the menu stays
    expect(file).to_have_attribute("aria-expanded", "true")
    editor.keyboard.press("Tab")
    expect(file).to_have_attribute("aria-expanded", "false")


def test_menubar_by_mouse_opens_a_recent_document(editor: Page) -> None:
    file = item(editor, "File")
    file.click()
    expect(file).to_have_attribute("aria-expanded", "true")
    item(editor, "Help").hover()
    expect(file).to_have_attribute("aria-expanded", "false")
    expect(item(editor, "Help")).to_have_attribute("aria-expanded", "true")
    item(editor, "File").click()
    item(editor, "Open recent").click()
    item(editor, "Reading list").click()
    expect(editor.get_by_label("Document title")).to_have_value("Reading list")
    document = editor.get_by_role("textbox", name="Document", exact=True)
    expect(document).to_have_value(re.compile("Braiding Sweetgrass"))
    expect(editor.get_by_text("Opened Reading list")).to_be_visible()
    expect(item(editor, "Reading list")).to_be_hidden()
    file.click()
    editor.locator("#word-count").click()
    expect(file).to_have_attribute("aria-expanded", "false")


def test_view_menu_checkbox_and_radio_items(editor: Page) -> None:
    item(editor, "View").click()
    word_count = item(editor, "Show word count", "menuitemcheckbox")
    expect(word_count).to_have_attribute("aria-checked", "true")
    word_count.click()
    expect(editor.get_by_text("69 words · 369 characters")).to_be_hidden()
    item(editor, "View").focus()
    editor.keyboard.press("ArrowDown")
    expect(word_count).to_be_focused()
    expect(word_count).to_have_attribute("aria-checked", "false")
    editor.keyboard.press(" ")
    expect(editor.get_by_text("69 words · 369 characters")).to_be_visible()
    editor.keyboard.press("ArrowUp")
    editor.keyboard.press("z")
    expect(item(editor, "Zoom 75%", "menuitemradio")).to_be_focused()
    editor.keyboard.press("Enter")
    expect(editor.locator("#zoom-level")).to_have_text("Zoom 75%")
    item(editor, "View").click()
    expect(item(editor, "Zoom 75%", "menuitemradio")).to_have_attribute("aria-checked", "true")
    expect(item(editor, "Zoom 100%", "menuitemradio")).to_have_attribute("aria-checked", "false")
    item(editor, "Full width", "menuitemcheckbox").click()
    expect(editor.get_by_role("textbox", name="Document", exact=True)).to_have_class("doc full")


def test_toolbar_roving_focus_toggles_radios_and_spin_button(editor: Page) -> None:
    bold = editor.get_by_role("button", name="Bold")
    summary = editor.locator("#format-summary")
    editor.get_by_label("Document title").focus()
    editor.keyboard.press("Tab")
    editor.keyboard.press("Tab")
    expect(bold).to_be_focused()
    editor.keyboard.press("Space")
    expect(bold).to_have_attribute("aria-pressed", "true")
    expect(summary).to_have_text("Bold · Left aligned · 16 pt")
    editor.keyboard.press("ArrowRight")
    expect(editor.get_by_role("button", name="Italic")).to_be_focused()
    expect(bold).to_have_attribute("tabindex", "-1")
    editor.keyboard.press("ArrowRight")
    editor.keyboard.press("ArrowRight")
    editor.keyboard.press("ArrowRight")
    center = editor.get_by_role("radio", name="Center")
    expect(center).to_be_focused()
    editor.keyboard.press("Enter")
    expect(center).to_have_attribute("aria-checked", "true")
    expect(editor.get_by_role("radio", name="Left")).to_have_attribute("aria-checked", "false")
    expect(summary).to_have_text("Bold · Center aligned · 16 pt")
    editor.keyboard.press("End")
    expect(editor.get_by_role("button", name="Insert")).to_be_focused()
    editor.keyboard.press("ArrowLeft")
    size = editor.get_by_role("spinbutton", name="Font size")
    expect(size).to_be_focused()
    editor.keyboard.press("ArrowUp")
    editor.keyboard.press("PageUp")
    expect(size).to_have_attribute("aria-valuenow", "21")
    expect(size).to_have_text("21 pt")
    editor.keyboard.press("End")
    expect(size).to_have_attribute("aria-valuetext", "40 point")
    editor.keyboard.press("Home")
    expect(size).to_have_text("8 pt")
    editor.keyboard.press("ArrowDown")
    expect(size).to_have_text("8 pt")
    editor.get_by_role("button", name="Larger text").click()
    expect(size).to_have_text("9 pt")
    editor.get_by_role("button", name="Italic").click()
    editor.get_by_role("radio", name="Justify").click()
    expect(summary).to_have_text("Bold · Italic · Justified · 9 pt")
    expect(editor.get_by_role("radio", name="Justify")).to_have_attribute("tabindex", "0")
    editor.get_by_role("textbox", name="Document", exact=True).focus()
    editor.keyboard.press("Control+u")
    expect(editor.get_by_role("button", name="Underline")).to_have_attribute("aria-pressed", "true")
    item(editor, "Edit").click()
    item(editor, "Clear formatting").click()
    expect(summary).to_have_text("Left aligned · 16 pt")


def test_insert_menu_button(editor: Page) -> None:
    button = editor.get_by_role("button", name="Insert")
    document = editor.get_by_role("textbox", name="Document", exact=True)
    button.focus()
    editor.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(item(editor, "Today's date")).to_be_focused()
    editor.keyboard.press("Escape")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(button).to_be_focused()
    editor.keyboard.press("ArrowUp")
    expect(item(editor, "Signature")).to_be_focused()
    editor.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(editor.get_by_text("Inserted your signature")).to_be_visible()
    assert document.input_value().startswith("\n-- Written in Inkwell")
    expect(document).to_be_focused()
    editor.keyboard.press("Control+End")
    button.click()
    item(editor, "Today's date").click()
    assert document.input_value().endswith("deep red.14 March 2026")
    expect(editor.locator("#save-state")).to_have_text("Unsaved changes")


def test_find_dialog_counts_steps_and_replaces(editor: Page) -> None:
    document = editor.get_by_role("textbox", name="Document", exact=True)
    document.focus()
    editor.keyboard.press("Control+f")
    dialog = editor.get_by_role("dialog", name="Find and replace")
    expect(dialog).to_be_visible()
    expect(dialog).not_to_have_attribute("aria-modal", "true")
    expect(dialog.get_by_label("Find")).to_be_focused()
    editor.keyboard.type("tomato")
    status = dialog.get_by_role("status")
    expect(status).to_have_text("5 matches")
    editor.keyboard.press("Enter")
    expect(status).to_have_text("1 of 5 matches")
    dialog.get_by_role("button", name="Next").click()
    expect(status).to_have_text("2 of 5 matches")
    dialog.get_by_role("button", name="Previous").click()
    dialog.get_by_role("button", name="Previous").click()
    expect(status).to_have_text("5 of 5 matches")
    dialog.get_by_label("Match case").check()
    expect(status).to_have_text("5 matches")
    dialog.get_by_label("Find").fill("Tomato")
    expect(status).to_have_text("No matches")
    dialog.get_by_label("Find").fill("tomato")
    dialog.get_by_label("Replace with").fill("pepper")
    dialog.get_by_role("button", name="Replace", exact=True).click()
    expect(status).to_have_text("1 of 5 matches")
    dialog.get_by_role("button", name="Replace", exact=True).click()
    expect(status).to_have_text("1 of 4 matches")
    assert document.input_value().count("pepper") == 1
    document.click()  # non-modal: the document stays usable and the dialog stays open
    expect(dialog).to_be_visible()
    dialog.get_by_role("button", name="Replace all").click()
    expect(status).to_have_text("Replaced 4 matches")
    assert document.input_value().count("pepper") == 5 and "tomato" not in document.input_value()
    dialog.get_by_label("Find").focus()
    editor.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(document).to_be_focused()
    item(editor, "Edit").click()
    item(editor, "Undo").click()
    assert document.input_value().count("pepper") == 1
    item(editor, "Edit").click()
    item(editor, "Redo").click()
    assert document.input_value().count("pepper") == 5


def test_save_toasts_word_count_and_new_document(editor: Page) -> None:
    document = editor.get_by_role("textbox", name="Document", exact=True)
    expect(editor.locator("#word-count")).to_have_text("69 words · 369 characters")
    document.fill("Three little words")
    expect(editor.locator("#word-count")).to_have_text("3 words · 18 characters")
    expect(editor.locator("#save-state")).to_have_text("Unsaved changes")
    editor.keyboard.press("Control+s")
    toast = editor.locator(".toast").filter(has_text="Document saved")
    expect(toast).to_be_visible()
    expect(editor.locator("#save-state")).to_have_text("All changes saved")
    editor.wait_for_timeout(4000)
    expect(toast).to_be_visible()  # toasts stay at least 4 seconds
    toast.get_by_role("button", name="Dismiss").click()
    expect(toast).to_have_count(0)
    editor.get_by_label("Document title").fill("")
    item(editor, "File").click()
    item(editor, "Save").click()
    expect(editor.get_by_text("Give the document a title before saving")).to_be_visible()
    expect(editor.get_by_label("Document title")).to_be_focused()
    item(editor, "File").click()
    item(editor, "New document").click()
    expect(editor.get_by_label("Document title")).to_have_value("Untitled")
    expect(editor.locator("#word-count")).to_have_text("0 words · 0 characters")
    expect(editor.get_by_text("New document created")).to_be_visible()
    item(editor, "Help").click()
    item(editor, "Keyboard shortcuts").click()
    expect(editor.get_by_role("region", name="Keyboard shortcuts")).to_be_visible()
    editor.get_by_role("button", name="Hide shortcuts").click()
    expect(editor.get_by_role("region", name="Keyboard shortcuts")).to_be_hidden()


# ---- the same widgets driven by testgen's runtime ---------------------------------------------------------

def test_i_uses_menus_and_toolbar(editor: Page) -> None:
    I.click("File")
    I.click("Open recent")
    I.click("Meeting minutes")
    I.see("Opened Meeting minutes")
    I.see_value("Document title", "Meeting minutes")
    I.click("Bold")
    I.click("Center")
    I.click("Larger text")
    I.see("Bold · Center aligned · 17 pt")
    I.click("Insert")
    I.click("Today's date")
    I.see("Inserted today's date")
    I.click("File")
    I.click("Save")
    I.see("Document saved")
    I.see("All changes saved")


def test_i_finds_and_replaces(editor: Page) -> None:
    I.click("Edit")
    I.click("Find and replace")
    with I.within("Find and replace"):
        I.fill("Find", "tomato")
        I.see("5 matches")
        I.click("Next")
        I.click("Next")
        I.see("2 of 5 matches")
        I.fill("Replace with", "pepper")
        I.click("Replace all")
        I.see("Replaced 5 matches")
        I.click("Close")
    I.dont_see("Replaced 5 matches")
    I.see("Unsaved changes")


def test_i_toggles_view_options(editor: Page) -> None:
    I.click("View")
    I.uncheck("Show word count")
    I.dont_see("69 words")
    I.click("View")
    I.click("Zoom 125%")
    I.see("Zoom 125%")


def test_i_fills_the_font_size_spin_button(editor: Page) -> None:
    I.fill("Font size", "20")
    I.see("Left aligned · 20 pt")


def test_i_selects_an_alignment_in_the_radio_group(editor: Page) -> None:
    I.select("Text alignment", "Right")
    I.see("Right aligned · 16 pt")


def test_i_reads_the_font_size_as_shown(editor: Page) -> None:
    I.see("16 pt")
    I.see_value("Font size", "16 pt")
