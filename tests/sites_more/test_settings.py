"""Settings: switches, radios, sliders and numbers mark unsaved changes; save persists; reset restores."""

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def test_change_save_reload_reset(page: Page, sites_url: str) -> None:
    page.goto(f"{sites_url}/settings/")
    dirty = page.locator("#dirty")
    toast = page.locator("#toast")
    expect(dirty).to_be_hidden()

    profile = page.locator("#profile")
    notifications = page.locator("#notifications")
    billing = page.locator("#billing")
    email_switch = notifications.get_by_role("switch", name="Email")
    expect(email_switch).to_have_attribute("aria-checked", "true")
    email_switch.click()
    expect(email_switch).to_have_attribute("aria-checked", "false")
    expect(dirty).to_have_text("1 unsaved change")

    notifications.get_by_label("Daily").check()
    page.get_by_label("Notification volume").fill("30")
    expect(page.locator("#volume-out")).to_have_text("30%")
    page.get_by_label("Only me").check()
    page.get_by_role("switch", name="Show when I'm online").uncheck()
    expect(dirty).to_have_text("5 unsaved changes")

    billing.get_by_label("Plan").select_option(label="Business – $20/seat/month")
    billing.get_by_label("Seats").fill("3")
    expect(page.locator("#cost")).to_have_text("$60.00")
    billing.get_by_label("Seats").fill("0")
    profile.get_by_label("Email").fill("robin-at-parcel")
    page.get_by_role("button", name="Save changes").click()
    expect(toast).to_have_text("Fix 2 errors before saving.")
    expect(page.get_by_text("Seats must be a whole number from 1 to 50.")).to_be_visible()
    expect(page.get_by_text("Enter a valid email address.")).to_be_visible()

    billing.get_by_label("Seats").fill("3")
    profile.get_by_label("Email").fill("robin@parcel.example")
    page.get_by_role("button", name="Save changes").click()
    expect(toast).to_have_text("Settings saved")
    expect(dirty).to_be_hidden()

    page.reload()
    expect(profile.get_by_label("Email")).to_have_value("robin@parcel.example")
    expect(billing.get_by_label("Email")).to_have_value("billing@parcel.test")
    expect(page.get_by_label("Only me")).to_be_checked()
    expect(email_switch).to_have_attribute("aria-checked", "false")
    expect(page.locator("#cost")).to_have_text("$60.00")

    page.get_by_role("button", name="Reset to defaults").click()
    expect(email_switch).to_have_attribute("aria-checked", "true")
    expect(page.get_by_label("Contacts only")).to_be_checked()
    expect(dirty).to_have_text("8 unsaved changes")
    page.get_by_role("button", name="Discard").click()
    expect(dirty).to_be_hidden()
    expect(page.get_by_label("Only me")).to_be_checked()
