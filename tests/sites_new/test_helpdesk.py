"""Harbor support desk: view tabs (automatic), detail tabs (manual), accordion, disclosures, modal dialog."""

import pytest
from playwright.sync_api import Page, expect

from testgen import I

pytestmark = pytest.mark.browser


@pytest.fixture
def desk(page: Page, sites_url: str) -> Page:
    page.goto(f"{sites_url}/helpdesk/")
    return page


def subjects(page: Page) -> list[str]:
    return page.locator("#ticket-rows td:nth-child(2)").all_inner_texts()


def test_view_tabs_activate_on_focus(desk: Page) -> None:
    open_tab = desk.get_by_role("tab", name="Open")
    expect(open_tab).to_have_attribute("aria-selected", "true")
    expect(desk.get_by_text("4 tickets open")).to_be_visible()
    open_tab.focus()
    desk.keyboard.press("ArrowRight")
    pending = desk.get_by_role("tab", name="Pending")
    expect(pending).to_be_focused()
    expect(pending).to_have_attribute("aria-selected", "true")
    expect(pending).to_have_attribute("tabindex", "0")
    expect(open_tab).to_have_attribute("tabindex", "-1")
    assert subjects(desk) == ["How do I export my data?", "Refund for duplicate charge"]
    desk.keyboard.press("End")
    expect(desk.get_by_text("9 tickets in total")).to_be_visible()
    desk.keyboard.press("ArrowRight")  # wraps
    expect(open_tab).to_have_attribute("aria-selected", "true")
    desk.keyboard.press("ArrowLeft")
    expect(desk.get_by_role("tab", name="All tickets")).to_be_focused()
    desk.keyboard.press("Home")
    expect(open_tab).to_be_focused()
    desk.get_by_role("tab", name="Solved").click()
    expect(desk.get_by_role("tabpanel")).to_have_attribute("aria-labelledby", "tab-solved")
    assert subjects(desk) == ["Change the billing email", "Dark mode request", "Can't invite a teammate"]


def test_search_filters_the_current_view(desk: Page) -> None:
    desk.get_by_role("tab", name="All tickets").click()
    desk.get_by_role("searchbox", name="Search tickets").fill("invoice")
    assert subjects(desk) == ["Invoice shows the wrong VAT number"]
    desk.get_by_role("searchbox", name="Search tickets").fill("Rossi")
    assert subjects(desk) == ["Refund for duplicate charge"]
    desk.get_by_role("tab", name="Open").click()
    expect(desk.get_by_text("No tickets match “Rossi”.")).to_be_visible()


def test_detail_tabs_need_enter_or_space_to_activate(desk: Page) -> None:
    desk.get_by_role("button", name="Can't reset my password").click()
    expect(desk.get_by_role("heading", name="#1042 · Can't reset my password")).to_be_focused()
    conversation = desk.get_by_role("tab", name="Conversation")
    details = desk.get_by_role("tab", name="Details")
    conversation.focus()
    desk.keyboard.press("ArrowRight")
    expect(details).to_be_focused()
    expect(details).to_have_attribute("aria-selected", "false")
    expect(desk.get_by_role("tabpanel", name="Conversation")).to_be_visible()
    desk.keyboard.press("Enter")
    expect(details).to_have_attribute("aria-selected", "true")
    expect(desk.get_by_role("tabpanel", name="Details")).to_contain_text("maya.chen@example.com")
    expect(desk.get_by_role("tabpanel", name="Conversation")).to_be_hidden()
    desk.keyboard.press("ArrowRight")
    desk.keyboard.press("Space")
    expect(desk.get_by_role("tabpanel", name="History")).to_have_text("Ticket created by Maya Chen")
    desk.keyboard.press("ArrowRight")  # wraps to Conversation, not activated
    expect(conversation).to_be_focused()
    expect(desk.get_by_role("tabpanel", name="History")).to_be_visible()
    conversation.click()
    expect(desk.get_by_role("tabpanel", name="Conversation")).to_be_visible()


def test_breadcrumb_follows_the_ticket(desk: Page) -> None:
    crumbs = desk.get_by_role("navigation", name="Breadcrumb")
    expect(crumbs.get_by_role("link")).to_have_text(["Home", "Support", "Tickets"])
    expect(crumbs.get_by_role("link", name="Tickets")).to_have_attribute("aria-current", "page")
    desk.get_by_role("tab", name="Solved").click()
    desk.get_by_role("button", name="Dark mode request").click()
    expect(crumbs.get_by_role("link")).to_have_text(["Home", "Support", "Tickets", "#1049"])
    expect(crumbs.get_by_role("link", name="#1049")).to_have_attribute("aria-current", "page")
    expect(crumbs.get_by_role("link", name="Tickets")).not_to_have_attribute("aria-current", "page")
    crumbs.get_by_role("link", name="Tickets").click()
    expect(desk.get_by_role("heading", name="Tickets", level=1)).to_be_visible()
    expect(crumbs.get_by_role("link")).to_have_count(3)
    expect(desk.get_by_role("tab", name="Solved")).to_have_attribute("aria-selected", "true")


def test_status_changes_move_the_ticket_between_views(desk: Page) -> None:
    desk.get_by_role("button", name="App crashes when uploading a photo").click()
    expect(desk.get_by_text("Status: Open · Priority: Urgent · Assignee: Unassigned")).to_be_visible()
    desk.get_by_role("button", name="Mark as solved").click()
    expect(desk.get_by_text("Status: Solved · Priority: Urgent")).to_be_visible()
    expect(desk.get_by_role("button", name="Reopen ticket")).to_be_focused()
    expect(desk.get_by_role("button", name="Mark as pending")).to_have_count(0)
    desk.get_by_role("tab", name="History").click()
    expect(desk.get_by_role("tabpanel", name="History").get_by_role("listitem")).to_have_text(
        ["Ticket created by Priya Nair", "Status changed to Solved"])
    desk.get_by_role("button", name="Back to tickets").click()
    expect(desk.get_by_text("Ticket #1044 marked as solved.")).to_be_visible()
    expect(desk.get_by_text("3 tickets open")).to_be_visible()
    desk.get_by_role("tab", name="Solved").click()
    expect(desk.get_by_text("4 tickets solved")).to_be_visible()
    expect(desk.locator("#ticket-rows tr").filter(has_text="#1044")).to_contain_text("Solved")


def test_reply_assignee_and_show_more(desk: Page) -> None:
    desk.get_by_role("button", name="Can't reset my password").click()
    more = desk.get_by_role("button", name="Show more")
    expect(more).to_have_attribute("aria-expanded", "false")
    expect(desk.get_by_text("Could you reset it for me")).to_be_hidden()
    more.click()
    expect(desk.get_by_text("Could you reset it for me", exact=False)).to_be_visible()
    less = desk.get_by_role("button", name="Show less")
    expect(less).to_have_attribute("aria-expanded", "true")
    less.press("Enter")
    expect(desk.get_by_text("Could you reset it for me")).to_be_hidden()
    desk.get_by_role("button", name="Send reply").click()
    expect(desk.get_by_text("Write a reply before sending.")).to_be_visible()
    expect(desk.get_by_label("Reply")).to_be_focused()
    desk.get_by_label("Reply").fill("I've sent a fresh link that lasts 24 hours.")
    desk.get_by_role("button", name="Send reply").click()
    expect(desk.locator(".message").last).to_contain_text("YouI've sent a fresh link that lasts 24 hours.")
    expect(desk.get_by_text("Write a reply before sending.")).to_be_hidden()
    expect(desk.get_by_text("Status: Pending · Priority: High")).to_be_visible()
    desk.get_by_role("tab", name="Details").click()
    desk.get_by_label("Assignee").select_option("Rosa Lind")
    expect(desk.get_by_text("Assignee: Rosa Lind")).to_be_visible()
    desk.get_by_role("tab", name="History").click()
    expect(desk.get_by_role("tabpanel", name="History")).to_contain_text("Assigned to Rosa Lind")


def test_faq_accordion_and_announcement_disclosure(desk: Page) -> None:
    first = desk.get_by_role("button", name="When is a ticket urgent?")
    first.click()
    expect(first).to_have_attribute("aria-expanded", "true")
    expect(desk.get_by_role("region", name="When is a ticket urgent?")).to_contain_text("within one hour")
    desk.keyboard.press("ArrowDown")
    second = desk.get_by_role("button", name="What does Pending mean?")
    expect(second).to_be_focused()
    desk.keyboard.press("Enter")
    expect(desk.get_by_text("close by themselves after 7 days")).to_be_visible()
    expect(first).to_have_attribute("aria-expanded", "true")  # several may be open
    desk.keyboard.press("End")
    expect(desk.get_by_role("button", name="Can I reopen a solved ticket?")).to_be_focused()
    desk.keyboard.press("ArrowDown")
    expect(first).to_be_focused()
    desk.keyboard.press("Space")
    expect(first).to_have_attribute("aria-expanded", "false")
    expect(desk.get_by_text("within one hour")).to_be_hidden()
    toggle = desk.get_by_role("button", name="Show more")
    toggle.click()
    expect(desk.get_by_text("Everything else waits until Monday 9:00.")).to_be_visible()
    expect(desk.get_by_role("button", name="Show less")).to_have_attribute("aria-expanded", "true")


def test_new_ticket_dialog_traps_focus_and_validates(desk: Page) -> None:
    opener = desk.get_by_role("button", name="New ticket")
    opener.click()
    dialog = desk.get_by_role("dialog", name="New ticket")
    expect(dialog).to_have_attribute("aria-modal", "true")
    expect(dialog.get_by_label("Subject")).to_be_focused()
    desk.keyboard.press("Shift+Tab")
    expect(dialog.get_by_role("button", name="Close")).to_be_focused()
    desk.keyboard.press("Shift+Tab")  # wraps to the last control
    expect(dialog.get_by_role("button", name="Create ticket")).to_be_focused()
    desk.keyboard.press("Tab")
    expect(dialog.get_by_role("button", name="Close")).to_be_focused()
    desk.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(opener).to_be_focused()

    desk.keyboard.press("Enter")
    dialog.get_by_role("button", name="Create ticket").click()
    for message in ["Enter a subject.", "Enter the requester's email.", "Describe the problem."]:
        expect(dialog.get_by_text(message)).to_be_visible()
    expect(dialog.get_by_label("Subject")).to_be_focused()
    dialog.get_by_label("Subject").fill("Hi")
    dialog.get_by_label("Requester email").fill("noah@")
    dialog.get_by_label("Description").fill("Too short")
    dialog.get_by_label("Description").blur()
    expect(dialog.get_by_text("Subject must be at least 5 characters.")).to_be_visible()
    expect(dialog.get_by_text("Enter an email like name@example.com.")).to_be_visible()
    expect(dialog.get_by_text("Add a few more details (at least 20 characters).")).to_be_visible()
    dialog.get_by_label("Subject").fill("Export fails for large workspaces")
    expect(dialog.get_by_text("Subject must be at least 5 characters.")).to_be_hidden()
    dialog.get_by_label("Requester email").fill("noah@example.com")
    dialog.get_by_label("Priority").select_option("Urgent")
    dialog.get_by_label("Description").fill("The export spins forever for workspaces over 2 GB.")
    dialog.get_by_role("button", name="Create ticket").click()
    expect(dialog).to_be_hidden()
    expect(desk.get_by_text("Ticket #1051 created.")).to_be_visible()
    expect(desk.get_by_text("5 tickets open")).to_be_visible()
    row = desk.locator("#ticket-rows tr").filter(has_text="#1051")
    expect(row).to_contain_text("Export fails for large workspacesnoahUrgentOpen")
    opener.click()
    expect(dialog.get_by_label("Subject")).to_have_value("")
    dialog.get_by_role("button", name="Cancel").click()
    expect(dialog).to_be_hidden()


# ---- the same widgets driven by testgen's runtime ---------------------------------------------------------

def test_i_creates_a_ticket(desk: Page) -> None:
    I.click("New ticket")
    with I.within("New ticket"):
        I.click("Create ticket")
        I.see("Enter a subject.")
        I.fill("Subject", "Cannot change my avatar")
        I.fill("Requester email", "lea@example.com")
        I.select("Priority", "High")
        I.fill("Description", "The upload button does nothing in Safari 17.")
        I.click("Create ticket")
    I.see("Ticket #1051 created.")
    I.see("5 tickets open")
    I.click("Cannot change my avatar")
    I.see("Status: Open · Priority: High")


def test_i_works_a_ticket(desk: Page) -> None:
    I.click("Pending")
    I.see("2 tickets pending")
    I.click("Refund for duplicate charge")
    I.click("Mark as solved")
    I.see("Status: Solved")
    I.click("History")
    I.see("Status changed to Solved")
    I.click("Details")
    I.select("Assignee", "Eli Moreno")
    I.see("Assignee: Eli Moreno")
    I.click("Tickets", near="Support")
    I.see("1 ticket pending")


def test_i_reads_faq_and_disclosures(desk: Page) -> None:
    I.click("How do refunds work?")
    I.see("Refunds under $200 need no approval.")
    I.click("Show more")
    I.see("Everything else waits until Monday 9:00.")
    I.fill("Search tickets", "VAT")
    I.see("Invoice shows the wrong VAT number")
    I.dont_see("Can't reset my password")
