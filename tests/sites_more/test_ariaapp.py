"""ARIA div-soup app: every control is a div with a role; mouse and keyboard both drive it."""

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def test_tasks_tabs_and_settings_by_keyboard(page: Page, sites_url: str) -> None:
    page.goto(f"{sites_url}/ariaapp/")
    expect(page.get_by_role("heading", name="Apollo launch", level=1)).to_be_visible()
    progress = page.locator("#done-count")
    expect(progress).to_have_text("1 of 4 done")

    venue = page.get_by_role("checkbox", name="Book the venue")
    venue.click()
    expect(venue).to_have_attribute("aria-checked", "true")
    expect(progress).to_have_text("2 of 4 done")
    page.get_by_role("checkbox", name="Send invitations").press("Space")
    expect(progress).to_have_text("3 of 4 done")

    new_task = page.get_by_role("textbox", name="Add a task")
    new_task.click()
    new_task.press("Enter")
    expect(page.get_by_text("Type a task first, then press Enter")).to_be_visible()
    new_task.type("Print badges")
    new_task.press("Enter")
    expect(page.get_by_role("checkbox", name="Print badges")).to_have_attribute("aria-checked", "false")
    expect(progress).to_have_text("3 of 5 done")

    page.get_by_role("checkbox", name="Show completed tasks").click()
    expect(page.get_by_role("group", name="Tasks").get_by_role("checkbox")).to_have_count(2)

    tasks_tab = page.get_by_role("tab", name="Tasks")
    tasks_tab.press("ArrowRight")
    expect(page.get_by_role("tab", name="Activity")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("log", name="Activity")).to_contain_text("Added “Print badges”")
    page.get_by_role("tab", name="Activity").press("ArrowRight")
    settings = page.get_by_role("tabpanel", name="Settings")
    expect(settings).to_be_visible()
    expect(page.get_by_role("tabpanel", name="Tasks")).to_be_hidden()

    share = page.get_by_role("switch", name="Public link")
    share.press("Enter")
    expect(share).to_have_attribute("aria-checked", "true")
    expect(page.get_by_text("Anyone with this link can view: https://orbit.example/p/apollo")).to_be_visible()
    priority = page.get_by_role("listbox", name="Priority")
    priority.press("ArrowDown")
    expect(page.get_by_role("option", name="Urgent")).to_have_attribute("aria-selected", "true")
    page.get_by_role("option", name="Low").click()
    slider = page.get_by_role("slider", name="Budget alert at")
    slider.press("ArrowRight")
    slider.press("ArrowRight")
    expect(slider).to_have_attribute("aria-valuenow", "60")
    expect(page.locator("#settings-summary")).to_have_text(
        "Priority: Low · Budget alert at 60% · Public link on · Email off")


def test_dialog_menu_and_project_listbox(page: Page, sites_url: str) -> None:
    page.goto(f"{sites_url}/ariaapp/")
    page.get_by_role("button", name="New project").press("Enter")
    dialog = page.get_by_role("dialog", name="Create project")
    expect(dialog).to_be_visible()
    dialog.get_by_role("button", name="Create").click()
    expect(dialog.get_by_role("alert")).to_have_text("Give the project a name.")
    dialog.get_by_role("textbox", name="Project name").type("Apollo launch")
    dialog.get_by_role("button", name="Create").click()
    expect(dialog.get_by_role("alert")).to_have_text("A project called “Apollo launch” already exists.")
    dialog.get_by_role("textbox", name="Project name").fill("Delta survey")
    dialog.get_by_role("checkbox", name="Private project").press("Space")
    dialog.get_by_role("button", name="Create").click()
    expect(dialog).to_be_hidden()
    expect(page.get_by_role("heading", name="Delta survey", level=1)).to_be_visible()
    expect(page.get_by_text("Private", exact=True)).to_be_visible()
    expect(page.get_by_role("option", name="Delta survey")).to_have_attribute("aria-selected", "true")

    projects = page.get_by_role("listbox", name="Projects")
    projects.press("Home")
    expect(page.get_by_role("heading", level=1)).to_have_text("Apollo launch")
    projects.press("ArrowDown")
    expect(page.get_by_role("heading", level=1)).to_have_text("Borealis redesign")

    menu_button = page.get_by_role("button", name="Project actions")
    menu_button.click()
    expect(menu_button).to_have_attribute("aria-expanded", "true")
    menu = page.get_by_role("menu", name="Project actions")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Borealis redesign (copy)")
    expect(menu).to_be_hidden()

    menu_button.press("Enter")
    menu.get_by_role("menuitemcheckbox", name="Pin to top").click()
    expect(projects.get_by_role("option").first).to_contain_text("Borealis redesign (copy)")

    menu_button.click()
    menu.get_by_role("menuitem", name="Archive").click()
    expect(page.locator("#toast")).to_have_text("Archived Borealis redesign (copy)")
    expect(page.get_by_role("option", name="Borealis redesign (copy)")).to_have_count(0)

    menu_button.click()
    page.keyboard.press("Escape")
    expect(menu).to_be_hidden()
    expect(menu_button).to_be_focused()

    menu_button.click()
    menu.get_by_role("menuitem", name="Rename").click()
    rename = page.get_by_role("dialog", name="Rename project")
    rename.get_by_role("textbox", name="Project name").fill("Apollo relaunch")
    rename.get_by_role("textbox", name="Project name").press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Apollo relaunch")
