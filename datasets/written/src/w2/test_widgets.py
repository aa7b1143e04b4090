"""widgets: tasks written by w2."""

from testgen import I


def test_dialog_save_profile_with_name():
    """Edit profile dialog - save
Test data: Display name = Priya
1. Navigate to /widgets/
2. Click Open dialog
3. Enter the test data in Display name
4. Click Save profile
Expected result: the dialog closes and "Profile saved for Priya." is displayed."""
    I.go_to("/widgets/")
    I.click("Open dialog")
    I.fill("Display name", "Priya")
    I.click("Save profile")
    I.see("Profile saved for Priya.")
    I.dont_see("Edit profile")


def test_dialog_save_without_name():
    """Open the Edit profile dialog and click Save profile with the Display name left blank. Expected: "Profile saved." (no name in the message)."""
    I.go_to("/widgets/")
    I.click("Open dialog")
    I.click("Save profile")
    I.see("Profile saved.")


def test_dialog_cancel_does_not_save():
    """Verify that Cancel does not save the profile.
1. Navigate to /widgets/
2. Click Open dialog and enter "Temp User" in Display name
3. Click Cancel
Expected result:
- The Edit profile dialog is closed
- "Profile saved for Temp User." is not displayed"""
    I.go_to("/widgets/")
    I.click("Open dialog")
    I.fill("Display name", "Temp User")
    I.click("Cancel")
    I.dont_see("Edit profile")
    I.dont_see("Profile saved for Temp User.")


def test_dialog_escape_closes():
    """Dialog closes with the Escape key
1. Navigate to /widgets/
2. Click Open dialog - "Edit profile" is displayed
3. Press Escape
ER: the dialog is no longer displayed."""
    I.go_to("/widgets/")
    I.click("Open dialog")
    I.see("Edit profile")
    I.press("Escape")
    I.dont_see("Edit profile")


def test_dialog_close_icon():
    """Close the Edit profile dialog with the X (Close) button in its header. Expected: dialog disappears."""
    I.go_to("/widgets/")
    I.click("Open dialog")
    I.see("Changes are saved to this page only.")
    I.click("Close")
    I.dont_see("Changes are saved to this page only.")


def test_help_tooltip():
    """Help tooltip
1. Navigate to /widgets/
2. Hover over the Help button
Expected result: tooltip "Opens a short form in a dialog window." is displayed."""
    I.go_to("/widgets/")
    I.hover("Help")
    I.see("Opens a short form in a dialog window.")


def test_yearly_pricing_tab():
    """Pricing plans - Yearly tab

1. Navigate to /widgets/
2. Click the Yearly tab

Expected result: "$120 per year" and "Two months free." are displayed."""
    I.go_to("/widgets/")
    I.click("Yearly")
    I.see("$120 per year")
    I.see("Two months free.")


def test_lifetime_tab_hides_monthly():
    """Verify that the Monthly price is hidden when Lifetime is selected.
1. Navigate to /widgets/
2. Click Lifetime
Expected: "$399 once" is shown, "$12 per month" is not displayed."""
    I.go_to("/widgets/")
    I.click("Lifetime")
    I.see("$399 once")
    I.dont_see("$12 per month")


def test_tabs_arrow_left_wraps():
    """Tabs keyboard navigation - wrap around
1. Navigate to /widgets/
2. Click the Monthly tab, then press the Left arrow key
Expected result: focus wraps to the Lifetime tab and "Every future update included." is displayed."""
    I.go_to("/widgets/")
    I.click("Monthly")
    I.press("ArrowLeft")
    I.see("Every future update included.")


def test_faq_change_plans_answer():
    """FAQ: expand "Can I change plans later?" and check the answer about switching between monthly and yearly billing is shown."""
    I.go_to("/widgets/")
    I.click("Can I change plans later?")
    I.see("Yes. Switch between monthly and yearly billing from your account page at any time.")


def test_faq_refunds_collapse():
    """FAQ item collapses on second click
1. Navigate to /widgets/
2. Click "Do you offer refunds?" - answer is displayed
3. Click "Do you offer refunds?" again
Expected result: the text "Refunds are available within 30 days of purchase" is no longer displayed."""
    I.go_to("/widgets/")
    I.click("Do you offer refunds?")
    I.see("Refunds are available within 30 days of purchase")
    I.click("Do you offer refunds?")
    I.dont_see("Refunds are available within 30 days of purchase")


def test_faq_data_storage():
    """FAQ - Where is my data stored?
Steps:
1. Navigate to /widgets/
2. Click the question "Where is my data stored?"
Expected: answer mentions Frankfurt and Dublin."""
    I.go_to("/widgets/")
    I.click("Where is my data stored?")
    I.see("In data centres in Frankfurt and Dublin.")


def test_country_combobox_keyboard():
    """Country picker - keyboard selection
Test data: "Ger"
1. Navigate to /widgets/
2. Click the Country field and type the test data
3. Press Down arrow, then Enter
Expected result: "Shipping to Germany." is displayed."""
    I.go_to("/widgets/")
    I.click("Country")
    I.type("Ger")
    I.press("ArrowDown")
    I.press("Enter")
    I.see("Shipping to Germany.")


def test_country_combobox_click_option():
    """Country picker - mouse
1. Navigate to /widgets/
2. Type "New" in Country
3. Click "New Zealand" in the suggestion list
Expected: Shipping to New Zealand. / Country field value = New Zealand"""
    I.go_to("/widgets/")
    I.fill("Country", "New")
    I.click("New Zealand")
    I.see("Shipping to New Zealand.")
    I.see_value("Country", "New Zealand")


def test_country_list_closes_on_escape():
    """Verify that the country suggestions close on Escape.
1. Navigate to /widgets/
2. Type "Swe" in the Country field - Sweden is suggested
3. Press Escape
Expected result: the suggestion list is closed (Sweden no longer displayed) and no shipping message appears."""
    I.go_to("/widgets/")
    I.fill("Country", "Swe")
    I.see("Sweden")
    I.press("Escape")
    I.dont_see("Sweden")
    I.dont_see("Shipping to Sweden.")


def test_country_second_suggestion():
    """Country - pick the second suggestion with the keyboard
Type "S" in Country, press ArrowDown twice and Enter.
Expected: Shipping to Sweden. (list is Spain, Sweden, Switzerland)"""
    I.go_to("/widgets/")
    I.fill("Country", "S")
    I.press("ArrowDown")
    I.press("ArrowDown")
    I.press("Enter")
    I.see("Shipping to Sweden.")


def test_country_arrow_up_moves_back():
    """Country combobox - ArrowUp moves the highlight back
1. Navigate to /widgets/
2. Enter "United" in Country
3. Press ArrowDown twice, then ArrowUp, then Enter
Expected result: "Shipping to United Kingdom." is displayed."""
    I.go_to("/widgets/")
    I.fill("Country", "United")
    I.press("ArrowDown")
    I.press("ArrowDown")
    I.press("ArrowUp")
    I.press("Enter")
    I.see("Shipping to United Kingdom.")


def test_actions_menu_rename():
    """Actions menu - Rename
1. Navigate to /widgets/
2. Click Actions
3. Click Rename
Expected result: "Last action: Rename" is displayed."""
    I.go_to("/widgets/")
    I.click("Actions")
    I.click("Rename")
    I.see("Last action: Rename")


def test_actions_menu_delete_closes_menu():
    """Actions > Delete
Expected: status shows "Last action: Delete" and the menu is closed (Archive is not visible any more)."""
    I.go_to("/widgets/")
    I.click("Actions")
    I.click("Delete")
    I.see("Last action: Delete")
    I.dont_see("Archive")


def test_actions_menu_keyboard():
    """Actions menu via keyboard
1. Navigate to /widgets/
2. Click Actions (first item gets focus)
3. Press ArrowDown twice and then Enter
ER: Last action: Archive"""
    I.go_to("/widgets/")
    I.click("Actions")
    I.press("ArrowDown")
    I.press("ArrowDown")
    I.press("Enter")
    I.see("Last action: Archive")


def test_actions_menu_closes_on_outside_click():
    """Verify that the Actions menu closes when clicking elsewhere on the page.
1. Navigate to /widgets/
2. Click Actions - Duplicate is visible
3. Click on the "Pricing plans" heading
Expected result: Duplicate is no longer displayed."""
    I.go_to("/widgets/")
    I.click("Actions")
    I.see("Duplicate")
    I.click("Pricing plans")
    I.dont_see("Duplicate")


def test_feedback_without_rating():
    """Feedback form (embedded frame) - rating required
Test data: Your name = Priya
1. Navigate to /widgets/
2. Enter the name, leave Rating as "Pick one"
3. Click Send feedback
Expected result: "Please pick a rating." is displayed."""
    I.go_to("/widgets/")
    I.fill("Your name", "Priya")
    I.click("Send feedback")
    I.see("Please pick a rating.")


def test_feedback_anonymous_poor_rating():
    """Feedback without a name
1. Navigate to /widgets/
2. Select Poor in Rating (leave Your name empty)
3. Click Send feedback
Expected: "Thanks, friend! You rated us poor."."""
    I.go_to("/widgets/")
    I.select("Rating", "Poor")
    I.click("Send feedback")
    I.see("Thanks, friend! You rated us poor.")


def test_feedback_fine_rating():
    """Send feedback as "Priya N." with rating Fine -> thank-you text "Thanks, Priya N.! You rated us fine." should appear in the frame."""
    I.go_to("/widgets/")
    I.fill("Your name", "Priya N.")
    I.select("Rating", "Fine")
    I.click("Send feedback")
    I.see("Thanks, Priya N.! You rated us fine.")


def test_greeting_card_default():
    """Greeting card - empty nickname
1. Navigate to /widgets/
2. Click Say hello without entering a Nickname
Expected result: "Hello, stranger!" is shown."""
    I.go_to("/widgets/")
    I.click("Say hello")
    I.see("Hello, stranger!")


def test_greeting_card_with_nickname():
    """Greeting card
Test data: Nickname = Pri
Steps: enter the nickname, click Say hello.
Expected: Hello, Pri!"""
    I.go_to("/widgets/")
    I.fill("Nickname", "Pri")
    I.click("Say hello")
    I.see("Hello, Pri!")


def test_latest_news_loads():
    """Live updates - news
1. Navigate to /widgets/
2. Wait a couple of seconds
Expected result: "Checking for news…" is replaced with "Version 2.4 is out: dark mode and faster search."."""
    I.go_to("/widgets/")
    I.wait_for("Version 2.4 is out: dark mode and faster search.")
    I.dont_see("Checking for news…")


def test_load_report():
    """Load report
1. Navigate to /widgets/
2. Click Load report
Expected result:
1. "Loading…" is displayed while the report loads.
2. After ~1.5 s the Weekly report shows "Report ready: 42 new sign-ups this week."."""
    I.go_to("/widgets/")
    I.click("Load report")
    I.see("Loading…")
    I.wait_for("Report ready: 42 new sign-ups this week.")


def test_save_addresses_empty():
    """Save addresses with empty emails
Preconditions: none
1. Navigate to /widgets/
2. Tick "I accept the delivery rules"
3. Click Save addresses
Expected: "Saved. Receipts go to nobody; delivery updates go to nobody (Standard)." """
    I.go_to("/widgets/")
    I.check("I accept the delivery rules")
    I.click("Save addresses")
    I.see("Saved. Receipts go to nobody; delivery updates go to nobody (Standard).")


def test_save_addresses_billing_same_day():
    """Addresses - billing email with same day delivery

Test data: Billing Email priya@harbor.test, Delivery speed Same day

1. Navigate to /widgets/
2. Enter the billing email in the Billing section
3. Select Same day in Delivery speed
4. Accept the delivery rules and click Save addresses

Expected result: the confirmation says receipts go to priya@harbor.test, delivery updates go to nobody (Same day)."""
    I.go_to("/widgets/")
    with I.within("Billing"):
        I.fill("Email", "priya@harbor.test")
    I.select("Delivery speed", "Same day")
    I.check("I accept the delivery rules")
    I.click("Save addresses")
    I.see("Saved. Receipts go to priya@harbor.test; delivery updates go to nobody (Same day).")


def test_shipping_email_only():
    """Fill only the Shipping email (ship@harbor.test), accept the rules and save.
ER: Receipts go to nobody; delivery updates go to ship@harbor.test (Standard)."""
    I.go_to("/widgets/")
    I.fill("Email", "ship@harbor.test", near="Shipping")
    I.check("I accept the delivery rules")
    I.click("Save addresses")
    I.see("Saved. Receipts go to nobody; delivery updates go to ship@harbor.test (Standard).")


def test_faq_nav_link():
    """Header navigation: clicking FAQ should jump to the FAQ section (#faq in the URL)."""
    I.go_to("/widgets/")
    I.click("FAQ")
    I.see_url("#faq")


def test_dialog_reopen_after_save_keeps_result():
    """Dialog can be reopened after saving
1. Navigate to /widgets/
2. Open dialog, enter "Ada" in Display name and click Save profile
3. Click Open dialog again
Expected result: "Profile saved for Ada." is displayed and the Edit profile dialog is open again."""
    I.go_to("/widgets/")
    I.click("Open dialog")
    I.fill("Display name", "Ada")
    I.click("Save profile")
    I.see("Profile saved for Ada.")
    I.click("Open dialog")
    I.see("Edit profile")


def test_dialog_name_trimmed():
    """Display name is trimmed
Test data: "   Ada   " (leading and trailing spaces)
1. Navigate to /widgets/
2. Open dialog and enter the test data in Display name
3. Click Save profile
Expected result: "Profile saved for Ada." (no extra spaces)."""
    I.go_to("/widgets/")
    I.click("Open dialog")
    I.fill("Display name", "   Ada   ")
    I.click("Save profile")
    I.see("Profile saved for Ada.")


def test_tabs_end_key():
    """Tabs - End key
1. Navigate to /widgets/
2. Click the Monthly tab and press End
Expected: Lifetime plan is shown ("$399 once")."""
    I.go_to("/widgets/")
    I.click("Monthly")
    I.press("End")
    I.see("$399 once")


def test_greeting_blank_nickname_spaces():
    """Greeting card with a nickname of only spaces - Say hello should fall back to "Hello, stranger!"."""
    I.go_to("/widgets/")
    I.fill("Nickname", "    ")
    I.click("Say hello")
    I.see("Hello, stranger!")
