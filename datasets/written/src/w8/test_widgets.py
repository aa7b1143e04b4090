"""widgets: tasks written by w8."""

from testgen import I


def test_dialog_save_profile_name():
    """Open the dialog with the first button at the top, type Priya Nair in the only field inside it and hit the blue save button. The status line under the buttons should say the profile was saved for Priya Nair."""
    I.go_to("/widgets/")
    I.click("Open dialog")
    I.fill("Display name", "Priya Nair")
    I.click("Save profile")
    I.see("Profile saved for Priya Nair.")


def test_dialog_close_icon_discards():
    """open the dialog, type Marco in it, then close it with the X icon in the dialog's corner. nothing should get saved - no 'Profile saved' message."""
    I.go_to("/widgets/")
    I.click("Open dialog")
    I.fill("Display name", "Marco")
    I.click("Close")
    I.dont_see("Profile saved")
    I.dont_see("Edit profile")


def test_dialog_escape_closes():
    """Dialog: open it and press Escape. The Edit profile heading must go away."""
    I.go_to("/widgets/")
    I.click("Open dialog")
    I.see("Edit profile")
    I.press("Escape")
    I.dont_see("Edit profile")


def test_dialog_cancel_button():
    """Open the dialog, fill in Helga, then hit the left button at the bottom of the dialog (Cancel). Dialog closes and there's no saved message for Helga."""
    I.go_to("/widgets/")
    I.click("Open dialog")
    I.fill("Display name", "Helga")
    I.click("Cancel")
    I.dont_see("Profile saved for Helga.")


def test_dialog_save_empty_name():
    """Open the dialog and save it straight away with the field left blank. Expect just 'Profile saved.' with no name."""
    I.go_to("/widgets/")
    I.click("Open dialog")
    I.click("Save profile")
    I.see("Profile saved.")


def test_help_tooltip_on_hover():
    """Hover the question-mark button next to Open dialog -> the tooltip should explain it opens a short form in a dialog window"""
    I.go_to("/widgets/")
    I.hover("Help")
    I.see("Opens a short form in a dialog window.")


def test_pricing_second_tab_yearly():
    """Click the second tab in the pricing box and check the price changes to $120 per year with two months free."""
    I.go_to("/widgets/")
    I.click("Yearly")
    I.see("$120 per year")
    I.see("Two months free.")
    I.dont_see("$12 per month")


def test_pricing_last_tab():
    """In pricing plans, pick the last tab. Should read $399 once."""
    I.go_to("/widgets/")
    I.click("Lifetime")
    I.see("$399 once")


def test_pricing_arrow_keys_wrap():
    """Click the first pricing tab and press the left arrow key once. Focus should wrap round to the last tab, so the panel shows the lifetime price ($399 once) and says every future update is included."""
    I.go_to("/widgets/")
    I.click("Monthly")
    I.press("ArrowLeft")
    I.see("$399 once")
    I.see("Every future update included.")


def test_pricing_back_to_monthly():
    """Go to the middle tab, then back to the first one. Monthly price $12 per month shows again, and the yearly one is gone."""
    I.go_to("/widgets/")
    I.click("Yearly")
    I.click("Monthly")
    I.see("$12 per month")
    I.dont_see("$120 per year")


def test_faq_first_question_expands():
    """Expand the first FAQ question. Answer should mention switching between monthly and yearly billing from the account page."""
    I.go_to("/widgets/")
    I.click("Can I change plans later?")
    I.see("Switch between monthly and yearly billing from your account page at any time.")


def test_faq_second_question_toggle_closed():
    """Open the second question in the FAQ, check the 30-day refund answer is there, then click the same question again - the answer should collapse and disappear."""
    I.go_to("/widgets/")
    I.click("Do you offer refunds?")
    I.see("Refunds are available within 30 days of purchase")
    I.click("Do you offer refunds?")
    I.dont_see("Refunds are available within 30 days of purchase")


def test_faq_last_legacy_item():
    """The last FAQ entry (the odd one that isn't a real button) - click it and make sure it reveals Frankfurt and Dublin."""
    I.go_to("/widgets/")
    I.click("Where is my data stored?")
    I.see("In data centres in Frankfurt and Dublin.")


def test_country_combobox_keyboard():
    """In the box under Country, type 'Nor', arrow down once, Enter. Expect 'Shipping to Norway.'"""
    I.go_to("/widgets/")
    I.fill("Country", "Nor")
    I.press("ArrowDown")
    I.press("Enter")
    I.see("Shipping to Norway.")


def test_country_combobox_click_option():
    """Type Swi into the country picker and click the suggestion that pops up below it.
    - the field should then hold Switzerland
    - status says shipping to Switzerland"""
    I.go_to("/widgets/")
    I.fill("Country", "Swi")
    I.click("Switzerland")
    I.see_value("Country", "Switzerland")
    I.see("Shipping to Switzerland.")


def test_country_combobox_second_suggestion():
    """Country field: type just 'I' and use the down arrow twice to land on the second suggestion, then Enter. It should ship to India."""
    I.go_to("/widgets/")
    I.fill("Country", "I")
    I.press("ArrowDown")
    I.press("ArrowDown")
    I.press("Enter")
    I.see("Shipping to India.")


def test_country_combobox_escape_hides_list():
    """type 'Ger' in the Country dropdown, then hit Escape. The suggestion list should close so Germany is no longer offered, and nothing is chosen."""
    I.go_to("/widgets/")
    I.fill("Country", "Ger")
    I.see("Germany")
    I.press("Escape")
    I.dont_see("Germany")
    I.dont_see("Shipping to")


def test_actions_menu_duplicate():
    """Open the Actions button to the right of the country picker and choose the second item. The line below should read Last action: Duplicate."""
    I.go_to("/widgets/")
    I.click("Actions")
    I.click("Duplicate")
    I.see("Last action: Duplicate")


def test_actions_menu_keyboard_last_item():
    """Click the Actions button twice (opens, then shuts, focus stays on it), press ArrowUp so it opens on the bottom item (the red Delete), then Enter. Status should say Last action: Delete."""
    I.go_to("/widgets/")
    I.click("Actions")
    I.click("Actions")
    I.press("ArrowUp")
    I.press("Enter")
    I.see("Last action: Delete")


def test_actions_menu_escape():
    """Open the actions menu and press Escape: the items (Rename, Archive...) should disappear and no action is recorded."""
    I.go_to("/widgets/")
    I.click("Actions")
    I.see("Archive")
    I.press("Escape")
    I.dont_see("Archive")
    I.dont_see("Last action")


def test_feedback_frame_rating():
    """In the embedded feedback frame on the left: name Jonas, rating Fine, send. Expect thanks to Jonas with 'you rated us fine'."""
    I.go_to("/widgets/")
    I.fill("Your name", "Jonas")
    I.select("Rating", "Fine")
    I.click("Send feedback")
    I.see("Thanks, Jonas! You rated us fine.")


def test_feedback_frame_no_rating():
    """Send the feedback form in the frame without choosing anything in the dropdown. It should refuse and ask to pick a rating."""
    I.go_to("/widgets/")
    I.fill("Your name", "Ola")
    I.click("Send feedback")
    I.see("Please pick a rating.")
    I.dont_see("Thanks, Ola")


def test_greeting_card_nickname():
    """Greeting card on the right of the embeds: nickname Bex, click the round button under it -> Hello, Bex!"""
    I.go_to("/widgets/")
    I.fill("Nickname", "Bex")
    I.click("Say hello")
    I.see("Hello, Bex!")


def test_greeting_card_empty():
    """Click Say hello on the card with nothing in the box. Should greet a stranger."""
    I.go_to("/widgets/")
    I.click("Say hello")
    I.see("Hello, stranger!")


def test_live_news_arrives():
    """Load the page and wait for the news box at the top of Live updates to fill in; it should announce version 2.4 with dark mode."""
    I.go_to("/widgets/")
    I.wait_for("Version 2.4 is out: dark mode and faster search.")
    I.dont_see("Checking for news")


def test_load_report():
    """Hit the button under the news and wait for the weekly report - 42 new sign-ups this week."""
    I.go_to("/widgets/")
    I.click("Load report")
    I.wait_for("Report ready: 42 new sign-ups this week.")


def test_save_addresses_both_emails():
    """Addresses form:
    1. first Email box (billing): ap@firm.io
    2. second Email box (shipping): dock@firm.io
    3. dropdown at the bottom of Shipping -> Express
    4. tick the checkbox, then Save addresses
    Result line should list both addresses and (Express)."""
    I.go_to("/widgets/")
    I.fill("Email", "ap@firm.io", near="Billing")
    I.fill("Email", "dock@firm.io", near="Shipping")
    I.select("Delivery speed", "Express")
    I.check("I accept the delivery rules")
    I.click("Save addresses")
    I.see("Saved. Receipts go to ap@firm.io; delivery updates go to dock@firm.io (Express).")


def test_save_addresses_only_shipping():
    """Only fill the shipping email with parcels@home.net, accept the rules and save. Receipts should go to nobody, standard delivery."""
    I.go_to("/widgets/")
    I.fill("Email", "parcels@home.net", near="Shipping")
    I.check("I accept the delivery rules")
    I.click("Save addresses")
    I.see("Receipts go to nobody; delivery updates go to parcels@home.net (Standard).")


def test_save_addresses_same_day():
    """Put billing@acme.test in the box at the top of Billing, set delivery to Same day, tick the rules box and save. Check it says Same day in brackets."""
    I.go_to("/widgets/")
    I.fill("Email", "billing@acme.test", near="Billing")
    I.select("Delivery speed", "Same day")
    I.check("I accept the delivery rules")
    I.click("Save addresses")
    I.see("Receipts go to billing@acme.test; delivery updates go to nobody (Same day).")
