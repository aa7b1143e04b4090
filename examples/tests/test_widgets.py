"""Pattern Lab widgets: dialog, tooltip, tabs, accordion, combobox, menu, frame, shadow DOM, delays, forms.

Run: testgen run examples/tests --base-url http://127.0.0.1:8765
"""

from testgen import I


def test_dialog_opens_and_closes():
    I.go_to("/widgets/")
    I.click("Open dialog")
    I.see("Edit profile")
    I.press("Escape")
    I.dont_see("Edit profile")
    I.click("Open dialog")
    I.click("Close")
    I.dont_see("Edit profile")
    I.click("Open dialog")
    with I.within("Edit profile"):
        I.fill("Display name", "Ada")
        I.click("Save profile")
    I.see("Profile saved for Ada.")


def test_tooltip_tabs_and_accordion():
    I.go_to("/widgets/")
    I.dont_see("Opens a short form in a dialog window.")
    I.hover("Help")
    I.see("Opens a short form in a dialog window.")
    I.click("Yearly")
    I.see("$120 per year")
    I.press("ArrowRight")
    I.see("$399 once")
    I.dont_see("$120 per year")
    I.click("Do you offer refunds?")
    I.see("Refunds are available within 30 days of purchase")
    I.click("Where is my data stored?")
    I.see("In data centres in Frankfurt and Dublin.")


def test_combobox_and_menu_button():
    I.go_to("/widgets/")
    I.click("Country")
    I.type("Swe")
    I.see("Sweden")
    I.press("ArrowDown")
    I.press("Enter")
    I.see("Shipping to Sweden.")
    I.select("Country", "Norway")
    I.see("Shipping to Norway.")
    I.click("Actions")
    I.click("Duplicate")
    I.see("Last action: Duplicate")


def test_frame_and_shadow_dom_forms():
    I.go_to("/widgets/")
    I.fill("Your name", "Ada")
    I.select("Rating", "Great")
    I.click("Send feedback")
    I.see("Thanks, Ada! You rated us great.")
    I.fill("Nickname", "Grace")
    I.click("Say hello")
    I.see("Hello, Grace!")


def test_delayed_content_and_disabled_buttons():
    I.go_to("/widgets/")
    I.wait_for("Version 2.4 is out", timeout=5)
    I.click("Load report")
    I.wait_for("Report ready: 42 new sign-ups this week.", timeout=5)
    with I.within("Billing"):
        I.fill("Email", "pay@example.com")
    with I.within("Shipping"):
        I.fill("Email", "ship@example.com")
        I.select("Delivery speed", "Express")
    I.see_value("Email", "ship@example.com", near="Shipping")
    I.check("I accept the delivery rules")
    I.click("Save addresses")
    I.see("Receipts go to pay@example.com; delivery updates go to ship@example.com (Express).")
