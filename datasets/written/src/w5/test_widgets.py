"""widgets: tasks written by w5."""

from testgen import I


def test_save_profile_name():
    """Scenario: edit profile in the dialog
Given I am on the widget gallery
When I click "Open dialog", fill "Display name" with "Lars" and click "Save profile"
Then I should see "Profile saved for Lars.\""""
    I.go_to("/widgets/")
    I.click("Open dialog")
    I.fill("Display name", "Lars")
    I.click("Save profile")
    I.see("Profile saved for Lars.")


def test_save_profile_empty():
    """When I open the dialog and save it without a name
Then the page says "Profile saved.\""""
    I.go_to("/widgets/")
    I.click("Open dialog")
    I.click("Save profile")
    I.see("Profile saved.")


def test_escape_closes_dialog():
    """Scenario: Escape closes the dialog
Given the Edit profile dialog is open
When I press Escape
Then "Edit profile" should not be visible"""
    I.go_to("/widgets/")
    I.click("Open dialog")
    I.see("Edit profile")
    I.press("Escape")
    I.dont_see("Edit profile")


def test_cancel_does_not_save():
    """Given I opened the dialog and typed "Nobody" as Display name
When I click Cancel
Then the dialog closes and I should not see "Profile saved for Nobody.\""""
    I.go_to("/widgets/")
    I.click("Open dialog")
    I.fill("Display name", "Nobody")
    I.click("Cancel")
    I.dont_see("Changes are saved to this page only.")
    I.dont_see("Profile saved for Nobody.")


def test_close_button():
    """when I open the dialog and hit the Close (X) button
then the dialog text "Changes are saved to this page only." is gone"""
    I.go_to("/widgets/")
    I.click("Open dialog")
    I.click("Close")
    I.dont_see("Changes are saved to this page only.")


def test_help_tooltip():
    """Scenario: tooltip
When I hover over "Help"
Then I should see "Opens a short form in a dialog window.\""""
    I.go_to("/widgets/")
    I.hover("Help")
    I.see("Opens a short form in a dialog window.")


def test_yearly_tab():
    """Given I'm on the Pattern Lab page
When I click the "Yearly" tab
Then the price shows "$120 per year"
And "$12 per month" should not be shown"""
    I.go_to("/widgets/")
    I.click("Yearly")
    I.see("$120 per year")
    I.dont_see("$12 per month")


def test_lifetime_tab():
    """Scenario: Lifetime plan
When I select the Lifetime tab
Then I see "$399 once" and "Every future update included.\""""
    I.go_to("/widgets/")
    I.click("Lifetime")
    I.see("$399 once")
    I.see("Every future update included.")


def test_arrow_key_tabs():
    """When I click "Monthly" and press ArrowRight
Then the Yearly panel shows: "Two months free.\""""
    I.go_to("/widgets/")
    I.click("Monthly")
    I.press("ArrowRight")
    I.see("Two months free.")


def test_faq_change_plans():
    """Scenario: open first FAQ
When I click "Can I change plans later?"
Then the answer "Switch between monthly and yearly billing" shows"""
    I.go_to("/widgets/")
    I.click("Can I change plans later?")
    I.see("Switch between monthly and yearly billing from your account page at any time.")


def test_faq_refunds_toggle_closed():
    """Given I opened "Do you offer refunds?"
When I click it again
Then "Refunds are available within 30 days" should not be visible"""
    I.go_to("/widgets/")
    I.click("Do you offer refunds?")
    I.see("Refunds are available within 30 days of purchase, no questions asked.")
    I.click("Do you offer refunds?")
    I.dont_see("Refunds are available within 30 days of purchase, no questions asked.")


def test_faq_data_stored():
    """When I click "Where is my data stored?"
then I should see "In data centres in Frankfurt and Dublin.\""""
    I.go_to("/widgets/")
    I.click("Where is my data stored?")
    I.see("In data centres in Frankfurt and Dublin.")


def test_country_combobox_keyboard():
    """Scenario: pick a country with the keyboard
Given I am on the widgets page
When I type "Swe" into Country, press ArrowDown and Enter
Then I should see "Shipping to Sweden.\""""
    I.go_to("/widgets/")
    I.fill("Country", "Swe")
    I.press("ArrowDown")
    I.press("Enter")
    I.see("Shipping to Sweden.")


def test_country_click_option():
    """When I type "Ice" in the Country box and click "Iceland" in the list
Then it shows "Shipping to Iceland." and the field has "Iceland\""""
    I.go_to("/widgets/")
    I.fill("Country", "Ice")
    I.click("Iceland")
    I.see("Shipping to Iceland.")
    I.see_value("Country", "Iceland")


def test_actions_menu_duplicate():
    """Scenario: Actions menu
When I open "Actions" and choose "Duplicate"
Then I see "Last action: Duplicate\""""
    I.go_to("/widgets/")
    I.click("Actions")
    I.click("Duplicate")
    I.see("Last action: Duplicate")


def test_actions_menu_archive():
    """given the widget page
when I click Actions then Archive
then the status says Last action: Archive
and the Rename item should not be showing anymore"""
    I.go_to("/widgets/")
    I.click("Actions")
    I.click("Archive")
    I.see("Last action: Archive")
    I.dont_see("Rename")


def test_feedback_frame_great():
    """Scenario: feedback in the iframe
When I fill "Your name" with "Lars", select "Great" as Rating and click "Send feedback"
Then I should see "Thanks, Lars! You rated us great.\""""
    I.go_to("/widgets/")
    I.fill("Your name", "Lars")
    I.select("Rating", "Great")
    I.click("Send feedback")
    I.see("Thanks, Lars! You rated us great.")


def test_feedback_no_rating():
    """When I click "Send feedback" without picking a rating
Then "Please pick a rating." should appear"""
    I.go_to("/widgets/")
    I.fill("Your name", "Lars")
    I.click("Send feedback")
    I.see("Please pick a rating.")


def test_feedback_anonymous():
    """Given I leave my name empty
When I choose "Poor" and send the feedback
Then I see "Thanks, friend! You rated us poor.\""""
    I.go_to("/widgets/")
    I.select("Rating", "Poor")
    I.click("Send feedback")
    I.see("Thanks, friend! You rated us poor.")


def test_greeting_card():
    """Scenario: greeting card
When I fill "Nickname" with "Viking" and click "Say hello"
Then I should see "Hello, Viking!\""""
    I.go_to("/widgets/")
    I.fill("Nickname", "Viking")
    I.click("Say hello")
    I.see("Hello, Viking!")


def test_greeting_stranger():
    """When I click "Say hello" with no nickname
Then it greets me with "Hello, stranger!\""""
    I.go_to("/widgets/")
    I.click("Say hello")
    I.see("Hello, stranger!")


def test_news_appears():
    """Scenario: news loads by itself
Given I am on the widgets page
Then after a moment I should see "Version 2.4 is out: dark mode and faster search."
And "Checking for news…" should not be shown anymore"""
    I.go_to("/widgets/")
    I.wait_for("Version 2.4 is out: dark mode and faster search.")
    I.dont_see("Checking for news…")


def test_load_report():
    """When I click "Load report"
Then I wait for "Report ready: 42 new sign-ups this week.\""""
    I.go_to("/widgets/")
    I.click("Load report")
    I.wait_for("Report ready: 42 new sign-ups this week.")


def test_save_addresses():
    """Scenario: saving both addresses
Given I fill the Billing Email with "bill@example.com"
And the Shipping Email with "ship@example.com"
And I choose "Express" delivery speed
When I tick "I accept the delivery rules" and click "Save addresses"
Then I should see "Saved. Receipts go to bill@example.com; delivery updates go to ship@example.com (Express).\""""
    I.go_to("/widgets/")
    I.fill("Email", "bill@example.com", near="Billing")
    I.fill("Email", "ship@example.com", near="Shipping")
    I.select("Delivery speed", "Express")
    I.check("I accept the delivery rules")
    I.click("Save addresses")
    I.see("Saved. Receipts go to bill@example.com; delivery updates go to ship@example.com (Express).")


def test_save_addresses_nobody():
    """Given I only accept the delivery rules
When I click Save addresses
Then I see "Saved. Receipts go to nobody; delivery updates go to nobody (Standard).\""""
    I.go_to("/widgets/")
    I.check("I accept the delivery rules")
    I.click("Save addresses")
    I.see("Saved. Receipts go to nobody; delivery updates go to nobody (Standard).")


def test_shipping_only_email():
    """Scenario: only shipping email, same day
When I enter "me@home.net" in the Shipping email, pick "Same day" and accept the rules
and save
Then the message says receipts go to nobody and delivery updates go to me@home.net (Same day)"""
    I.go_to("/widgets/")
    I.fill("Email", "me@home.net", near="Shipping")
    I.select("Delivery speed", "Same day")
    I.check("I accept the delivery rules")
    I.click("Save addresses")
    I.see("Saved. Receipts go to nobody; delivery updates go to me@home.net (Same day).")


def test_menu_delete_item():
    """Scenario: the danger item
When I open the Actions menu and click "Delete"
Then the status says "Last action: Delete\""""
    I.go_to("/widgets/")
    I.click("Actions")
    I.click("Delete", near="Archive")
    I.see("Last action: Delete")


def test_save_addresses_billing_only():
    """Given I fill only the Billing Email with "a@b.se"
When I tick "I accept the delivery rules" and click Save addresses
Then I see "Saved. Receipts go to a@b.se; delivery updates go to nobody (Standard).\""""
    I.go_to("/widgets/")
    I.fill("Email", "a@b.se", near="Billing")
    I.check("I accept the delivery rules")
    I.click("Save addresses")
    I.see("Saved. Receipts go to a@b.se; delivery updates go to nobody (Standard).")


def test_tabs_back_to_monthly():
    """Scenario: back to monthly
Given I'm on the Lifetime tab
When I click "Monthly"
Then I see "Cancel any time."
But "$399 once" should not be visible"""
    I.go_to("/widgets/")
    I.click("Lifetime")
    I.click("Monthly")
    I.see("Cancel any time.")
    I.dont_see("$399 once")


def test_country_escape_closes_list():
    """When I type "Nor" into Country and press Escape
Then the suggestion "Norway" should not be visible"""
    I.go_to("/widgets/")
    I.fill("Country", "Nor")
    I.see("Norway")
    I.press("Escape")
    I.dont_see("Norway")
