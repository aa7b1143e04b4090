"""The runtime through `from testgen import I` (bound by the pytest plugin) on the example widget gallery."""

from __future__ import annotations

import pytest

from testgen import I
from testgen.runtime import StepTimeout

pytestmark = pytest.mark.browser


@pytest.fixture
def widgets(sites_url):
    I.go_to(f"{sites_url}/widgets/")


def test_dialog_form_inside_within(widgets):
    I.click("Open dialog")
    with I.within("Edit profile"):
        I.fill("Display name", "Ann")
        I.click("Save profile")
    I.see("Profile saved for Ann.")
    I.dont_see("Changes are saved to this page only.")


def test_tabs_and_legacy_div_button(widgets):
    I.click("Yearly")
    I.see("$120 per year")
    I.dont_see("$12 per month")
    I.click("Where is my data stored?")
    I.see("Frankfurt and Dublin")


def test_autocomplete_combobox_and_menu(widgets):
    I.select("Country", "Austria")
    I.see("Shipping to Austria.")
    I.click("Actions")
    I.click("Archive")
    I.see("Last action: Archive")


def test_iframe_form_and_shadow_dom_card(widgets):
    I.fill("Your name", "Ann")
    I.select("Rating", "Great")
    I.click("Send feedback")
    I.see("Thanks, Ann! You rated us great.")
    assert I.trace[-2].resolved["frame"] == "Feedback form"
    I.fill("Nickname", "Bo")
    I.click("Say hello")
    I.see("Hello, Bo!")


def test_live_updates_are_waited_for(widgets):
    I.wait_for("Version 2.4 is out")
    I.click("Load report")
    I.see("42 new sign-ups this week")


def test_same_labels_told_apart_by_within_and_near(widgets):
    I.fill("Email", "bill@example.com", near="Billing")
    with I.within("Shipping"):
        I.fill("Email", "ship@example.com")
        I.select("Delivery speed", "Express")
    with pytest.raises(StepTimeout, match="stayed disabled"):
        I.click("Save addresses", timeout=0.5)
    I.check("I accept the delivery rules")
    I.click("Save addresses")
    I.see("Receipts go to bill@example.com; delivery updates go to ship@example.com (Express).")
