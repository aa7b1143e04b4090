"""The widget gallery in a real browser: dialog, tabs, accordion, combobox, menu, frame, shadow DOM."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


@pytest.fixture()
def widgets(page: Page, sites_url: str) -> Page:
    page.goto(f"{sites_url}/widgets/")
    return page


def test_dialog_opens_focuses_and_closes_with_escape_and_close_button(widgets: Page) -> None:
    opener = widgets.get_by_role("button", name="Open dialog")
    dialog = widgets.get_by_role("dialog", name="Edit profile")
    expect(dialog).to_be_hidden()
    opener.click()
    expect(dialog).to_be_visible()
    expect(widgets.get_by_label("Display name")).to_be_focused()
    widgets.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(opener).to_be_focused()
    opener.click()
    dialog.get_by_role("button", name="Close").click()
    expect(dialog).to_be_hidden()
    opener.click()
    widgets.get_by_label("Display name").fill("Ada")
    widgets.get_by_role("button", name="Save profile").click()
    expect(dialog).to_be_hidden()
    expect(widgets.locator("#dialog-result")).to_have_text("Profile saved for Ada.")


def test_tooltip_appears_on_hover(widgets: Page) -> None:
    tip = widgets.get_by_role("tooltip")
    expect(tip).to_be_hidden()
    widgets.get_by_role("button", name="Help").hover()
    expect(tip).to_be_visible()


def test_tabs_switch_by_click_and_arrow_keys(widgets: Page) -> None:
    yearly = widgets.get_by_role("tab", name="Yearly")
    yearly.click()
    expect(yearly).to_have_attribute("aria-selected", "true")
    expect(widgets.get_by_role("tabpanel", name="Yearly")).to_contain_text("$120 per year")
    widgets.keyboard.press("ArrowRight")
    expect(widgets.get_by_role("tab", name="Lifetime")).to_be_focused()
    expect(widgets.get_by_role("tabpanel", name="Lifetime")).to_be_visible()
    widgets.keyboard.press("ArrowRight")
    expect(widgets.get_by_role("tabpanel", name="Monthly")).to_be_visible()
    expect(widgets.get_by_role("tabpanel", name="Lifetime")).to_be_hidden()


def test_accordion_buttons_and_the_legacy_div_toggle(widgets: Page) -> None:
    trigger = widgets.get_by_role("button", name="Do you offer refunds?")
    trigger.click()
    expect(trigger).to_have_attribute("aria-expanded", "true")
    expect(widgets.get_by_text("Refunds are available within 30 days")).to_be_visible()
    trigger.click()
    expect(widgets.get_by_text("Refunds are available within 30 days")).to_be_hidden()
    widgets.get_by_text("Where is my data stored?").click()
    expect(widgets.get_by_text("In data centres in Frankfurt and Dublin.")).to_be_visible()


def test_combobox_suggests_and_arrow_down_enter_chooses(widgets: Page) -> None:
    combo = widgets.get_by_role("combobox", name="Country")
    combo.press_sequentially("sw")
    expect(widgets.get_by_role("listbox", name="Country").get_by_role("option")).to_have_text(
        ["Sweden", "Switzerland"])
    expect(combo).to_have_attribute("aria-expanded", "true")
    combo.press("ArrowDown")
    combo.press("ArrowDown")
    combo.press("Enter")
    expect(combo).to_have_value("Switzerland")
    expect(widgets.get_by_role("listbox")).to_be_hidden()
    expect(widgets.locator("#country-result")).to_have_text("Shipping to Switzerland.")


def test_menu_button_opens_menu_and_runs_an_item(widgets: Page) -> None:
    button = widgets.get_by_role("button", name="Actions")
    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    widgets.get_by_role("menuitem", name="Archive").click()
    expect(widgets.get_by_role("menu")).to_be_hidden()
    expect(widgets.locator("#menu-result")).to_have_text("Last action: Archive")
    button.press("ArrowDown")
    expect(widgets.get_by_role("menuitem", name="Rename")).to_be_focused()
    widgets.keyboard.press("ArrowUp")
    widgets.keyboard.press("Enter")
    expect(widgets.locator("#menu-result")).to_have_text("Last action: Delete")


def test_iframe_holds_a_working_form(widgets: Page) -> None:
    frame = widgets.frame_locator("iframe[title='Feedback form']")
    frame.get_by_label("Your name").fill("Ada")
    frame.get_by_label("Rating").select_option("Great")
    frame.get_by_role("button", name="Send feedback").click()
    expect(frame.get_by_role("status")).to_have_text("Thanks, Ada! You rated us great.")
    expect(widgets.get_by_label("Your name")).to_have_count(0)


def test_shadow_root_holds_a_labelled_input_and_button(widgets: Page) -> None:
    assert widgets.evaluate("document.querySelector('greeting-card').shadowRoot.mode") == "open"
    assert widgets.evaluate("document.querySelector('greeting-card').querySelector('input')") is None
    widgets.get_by_label("Nickname").fill("Grace")
    widgets.get_by_role("button", name="Say hello").click()
    expect(widgets.locator("greeting-card").get_by_role("status")).to_have_text("Hello, Grace!")


def test_news_and_report_appear_after_a_delay(widgets: Page) -> None:
    expect(widgets.get_by_text("Checking for news…")).to_be_visible()
    expect(widgets.get_by_text("Version 2.4 is out")).to_be_visible(timeout=4000)
    widgets.get_by_role("button", name="Load report").click()
    expect(widgets.get_by_text("Loading…")).to_be_visible()
    expect(widgets.get_by_role("button", name="Load report")).to_be_disabled()
    expect(widgets.get_by_text("Report ready: 42 new sign-ups this week.")).to_be_visible(timeout=4000)
    expect(widgets.get_by_text("Loading…")).to_be_hidden()


def test_same_label_in_two_sections_and_disabled_buttons(widgets: Page) -> None:
    emails = widgets.get_by_role("textbox", name="Email")
    expect(emails).to_have_count(2)
    widgets.get_by_role("region", name="Billing").get_by_label("Email").fill("pay@example.com")
    widgets.get_by_role("region", name="Shipping").get_by_label("Email").fill("ship@example.com")
    save = widgets.get_by_role("button", name="Save addresses")
    expect(save).to_be_disabled()
    expect(widgets.get_by_role("button", name="Delete addresses")).to_be_disabled()
    widgets.get_by_label("I accept the delivery rules").check()
    expect(save).to_be_enabled()
    widgets.get_by_label("Delivery speed").select_option("Express")
    save.click()
    expect(widgets.locator("#address-result")).to_have_text(
        "Saved. Receipts go to pay@example.com; delivery updates go to ship@example.com (Express).")
