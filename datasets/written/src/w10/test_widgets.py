"""widgets: tasks written by w10."""

from testgen import I


def test_dialog_save_profile():
    """Verify the Edit profile dialog saves a display name: Open dialog, Display name "Kim", Save profile -> "Profile saved for Kim." """
    I.go_to("/widgets/")
    I.click("Open dialog")
    I.fill("Display name", "Kim")
    I.click("Save profile")
    I.see("Profile saved for Kim.")


def test_dialog_save_empty_name():
    """Check Save profile with no name just says `Profile saved.`"""
    I.go_to("/widgets/")
    I.click("Open dialog")
    I.click("Save profile")
    I.see("Profile saved.")


def test_dialog_escape_closes():
    """- [ ] Open dialog
- [ ] press Escape
- [ ] Edit profile dialog gone"""
    I.go_to("/widgets/")
    I.click("Open dialog")
    I.see("Edit profile")
    I.press("Escape")
    I.dont_see("Edit profile")


def test_dialog_close_button():
    """Ensure the × (Close) button closes the profile dialog."""
    I.go_to("/widgets/")
    I.click("Open dialog")
    I.click("Close")
    I.dont_see("Changes are saved to this page only.")


def test_dialog_cancel_discards():
    """Verify Cancel doesn't save: type "Lee" as display name, Cancel -> no "Profile saved for Lee." message."""
    I.go_to("/widgets/")
    I.click("Open dialog")
    I.fill("Display name", "Lee")
    I.click("Cancel")
    I.dont_see("Edit profile")
    I.dont_see("Profile saved for Lee.")


def test_help_tooltip():
    """Check hovering Help shows the tooltip 'Opens a short form in a dialog window.'"""
    I.go_to("/widgets/")
    I.hover("Help")
    I.see("Opens a short form in a dialog window.")


def test_yearly_tab():
    """Pricing: Yearly tab shows $120 per year and "Two months free." """
    I.go_to("/widgets/")
    I.click("Yearly")
    I.see("$120 per year")
    I.see("Two months free.")


def test_lifetime_tab_hides_monthly():
    """Ensure switching to Lifetime hides the monthly price ($12 per month) and shows $399 once."""
    I.go_to("/widgets/")
    I.click("Lifetime")
    I.see("$399 once")
    I.dont_see("$12 per month")


def test_tabs_arrow_keys():
    """Verify arrow keys on the tabs: focus Monthly, ArrowLeft wraps to Lifetime ("Every future update included.")."""
    I.go_to("/widgets/")
    I.click("Monthly")
    I.press("ArrowLeft")
    I.see("Every future update included.")


def test_faq_refunds_open():
    """Check FAQ "Do you offer refunds?" expands to the 30 days answer."""
    I.go_to("/widgets/")
    I.click("Do you offer refunds?")
    I.see("Refunds are available within 30 days of purchase, no questions asked.")


def test_faq_collapse_again():
    """- [ ] open "Can I change plans later?"
- [ ] click it again
- [ ] answer about switching billing is hidden"""
    I.go_to("/widgets/")
    I.click("Can I change plans later?")
    I.see("Switch between monthly and yearly billing")
    I.click("Can I change plans later?")
    I.dont_see("Switch between monthly and yearly billing")


def test_faq_legacy_item():
    """Verify the "Where is my data stored?" FAQ item opens too (answer mentions Frankfurt and Dublin)."""
    I.go_to("/widgets/")
    I.click("Where is my data stored?")
    I.see("In data centres in Frankfurt and Dublin.")


def test_country_keyboard_pick():
    """Ensure the Country combobox works by keyboard. Data: type Ger, ArrowDown, Enter. Expected: "Shipping to Germany." """
    I.go_to("/widgets/")
    I.fill("Country", "Ger")
    I.press("ArrowDown")
    I.press("Enter")
    I.see("Shipping to Germany.")


def test_country_third_option():
    """Check that typing "N" and going down three times picks Norway (Netherlands, New Zealand, Norway)."""
    I.go_to("/widgets/")
    I.fill("Country", "N")
    I.press("ArrowDown")
    I.press("ArrowDown")
    I.press("ArrowDown")
    I.press("Enter")
    I.see("Shipping to Norway.")
    I.see_value("Country", "Norway")


def test_country_click_option():
    """Verify a suggestion can be clicked: type "Ice", click Iceland -> Shipping to Iceland."""
    I.go_to("/widgets/")
    I.fill("Country", "Ice")
    I.click("Iceland")
    I.see("Shipping to Iceland.")


def test_country_suggestions_filtered():
    """Country suggestions for "Sw" should offer Sweden and Switzerland but not Spain."""
    I.go_to("/widgets/")
    I.fill("Country", "Sw")
    I.see("Sweden")
    I.see("Switzerland")
    I.dont_see("Spain")


def test_actions_duplicate():
    """Check Actions > Duplicate reports "Last action: Duplicate"."""
    I.go_to("/widgets/")
    I.click("Actions")
    I.click("Duplicate")
    I.see("Last action: Duplicate")


def test_actions_keyboard():
    """Verify the Actions menu by keyboard - open it, ArrowDown twice, Enter -> `Last action: Archive`"""
    I.go_to("/widgets/")
    I.click("Actions")
    I.press("ArrowDown")
    I.press("ArrowDown")
    I.press("Enter")
    I.see("Last action: Archive")


def test_actions_escape():
    """Ensure Escape closes the Actions menu without doing anything (Rename/Duplicate no longer shown)."""
    I.go_to("/widgets/")
    I.click("Actions")
    I.see("Duplicate")
    I.press("Escape")
    I.dont_see("Duplicate")
    I.dont_see("Last action")


def test_actions_delete():
    """- [ ] Actions
- [ ] Delete
- [ ] status "Last action: Delete" """
    I.go_to("/widgets/")
    I.click("Actions")
    I.click("Delete")
    I.see("Last action: Delete")


def test_feedback_frame_send():
    """Verify the feedback form in the frame: name Ana, rating Great -> "Thanks, Ana! You rated us great." """
    I.go_to("/widgets/")
    I.fill("Your name", "Ana")
    I.select("Rating", "Great")
    I.click("Send feedback")
    I.see("Thanks, Ana! You rated us great.")


def test_feedback_needs_rating():
    """Check Send feedback without a rating is refused with `Please pick a rating.`"""
    I.go_to("/widgets/")
    I.fill("Your name", "Ana")
    I.click("Send feedback")
    I.see("Please pick a rating.")


def test_feedback_anonymous():
    """Ensure feedback without a name thanks "friend" (rating Poor)."""
    I.go_to("/widgets/")
    I.select("Rating", "Poor")
    I.click("Send feedback")
    I.see("Thanks, friend! You rated us poor.")


def test_greeting_card_nickname():
    """Verify the greeting card says hello with the nickname: Nickname "Zed" + Say hello -> Hello, Zed!"""
    I.go_to("/widgets/")
    I.fill("Nickname", "Zed")
    I.click("Say hello")
    I.see("Hello, Zed!")


def test_greeting_card_no_nickname():
    """Check Say hello with an empty Nickname greets 'stranger'."""
    I.go_to("/widgets/")
    I.click("Say hello")
    I.see("Hello, stranger!")


def test_news_loads():
    """Ensure the news box replaces "Checking for news…" with the Version 2.4 announcement after a moment."""
    I.go_to("/widgets/")
    I.wait_for("Version 2.4 is out: dark mode and faster search.")
    I.dont_see("Checking for news…")


def test_load_report():
    """Verify Load report eventually shows "Report ready: 42 new sign-ups this week." """
    I.go_to("/widgets/")
    I.click("Load report")
    I.wait_for("Report ready: 42 new sign-ups this week.")


def test_save_addresses_both_emails():
    """Check Save addresses with both emails and Express delivery.
Data: billing ana@example.com, shipping dock@example.com, Delivery speed Express, accept delivery rules
Expected: "Saved. Receipts go to ana@example.com; delivery updates go to dock@example.com (Express)." """
    I.go_to("/widgets/")
    I.fill("Email", "ana@example.com", near="Billing")
    I.fill("Email", "dock@example.com", near="Shipping")
    I.select("Delivery speed", "Express")
    I.check("I accept the delivery rules")
    I.click("Save addresses")
    I.see("Saved. Receipts go to ana@example.com; delivery updates go to dock@example.com (Express).")


def test_save_addresses_empty():
    """Ensure saving with no emails reports nobody for both (Standard)."""
    I.go_to("/widgets/")
    I.check("I accept the delivery rules")
    I.click("Save addresses")
    I.see("Saved. Receipts go to nobody; delivery updates go to nobody (Standard).")


def test_shipping_email_only():
    """Verify the shipping Email field is the one used for delivery updates - only shipping filled (ship@example.com), Same day."""
    I.go_to("/widgets/")
    I.fill("Email", "ship@example.com", near="Shipping")
    I.select("Delivery speed", "Same day")
    I.check("I accept the delivery rules")
    I.click("Save addresses")
    I.see("Receipts go to nobody; delivery updates go to ship@example.com (Same day).")
