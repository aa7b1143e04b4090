"""settings: tasks written by w2."""

from testgen import I


def test_update_display_name_and_save():
    """Update display name on the Settings page

1. Navigate to /settings/
2. Enter "Priya Nair" in the Display name field
3. Click Save changes

Expected result: the confirmation "Settings saved" is displayed."""
    I.go_to("/settings/")
    I.fill("Display name", "Priya Nair")
    I.click("Save changes")
    I.see("Settings saved")


def test_empty_display_name_rejected():
    """Verify that the system does not accept an empty Display name.
1. Navigate to /settings/
2. Clear the Display name field.
3. Click Save changes.
Expected result:
- The error "Display name can't be empty." is shown under the field.
- A toast says "Fix 1 error before saving."
"""
    I.go_to("/settings/")
    I.fill("Display name", "")
    I.click("Save changes")
    I.see("Display name can't be empty.")
    I.see("Fix 1 error before saving.")


def test_invalid_profile_email():
    """Profile email - invalid format

Test data: robin.parcel.test (no @ sign)

1. Navigate to /settings/
2. In the Profile section, replace the Email value with the test data
3. Click Save changes

Expected: validation message "Enter a valid email address." appears next to the Profile email."""
    I.go_to("/settings/")
    with I.within("Profile"):
        I.fill("Email", "robin.parcel.test")
    I.click("Save changes")
    I.see("Enter a valid email address.")


def test_invalid_billing_email():
    """Billing email validation
Preconditions: user is on /settings/
1. Scroll to the Billing section and enter "invoices@parcel" in the Email field (the one for invoices).
2. Click Save changes.
ER: "Enter a valid billing email address." is displayed and the settings are not saved."""
    I.go_to("/settings/")
    I.fill("Email", "invoices@parcel", near="Invoices are sent here")
    I.click("Save changes")
    I.see("Enter a valid billing email address.")
    I.dont_see("Settings saved")


def test_seats_zero_not_accepted():
    """Verify that the system does not accept 0 seats.
Test data: Seats = 0
1. Navigate to /settings/
2. Enter the test data in the Seats field
3. Click Save changes
Expected result: "Seats must be a whole number from 1 to 50." is displayed."""
    I.go_to("/settings/")
    I.fill("Seats", "0")
    I.click("Save changes")
    I.see("Seats must be a whole number from 1 to 50.")


def test_seats_above_maximum():
    """Seats upper limit (51)

1. Navigate to /settings/
2. Select "Business" in the Plan dropdown and enter 51 in Seats
3. Click Save changes

Expected result: the seats error message is shown and the toast reads "Fix 1 error before saving."."""
    I.go_to("/settings/")
    I.select("Plan", "Business – $20/seat/month")
    I.fill("Seats", "51")
    I.click("Save changes")
    I.see("Seats must be a whole number from 1 to 50.")
    I.see("Fix 1 error before saving.")


def test_business_plan_cost_for_three_seats():
    """Estimated monthly cost - Business plan

Test data: Plan = Business, Seats = 3

1. Navigate to /settings/
2. Select the plan from the test data
3. Enter 3 in the Seats field

Expected result: Estimated monthly cost shows $60.00."""
    I.go_to("/settings/")
    I.select("Plan", "Business")
    I.fill("Seats", "3")
    I.see("$60.00")


def test_free_plan_cost():
    """Switch the plan to Free and check that Estimated monthly cost changes to $0.00."""
    I.go_to("/settings/")
    I.select("Plan", "Free")
    I.see("$0.00")


def test_quiet_hours_out_of_range():
    """Quiet hours - value out of range
1. Navigate to /settings/
2. Enter 25 in "Quiet hours from".
3. Click Save changes.
Expected result: the error "Quiet hours must be between 0 and 23." is displayed."""
    I.go_to("/settings/")
    I.fill("Quiet hours from", "25")
    I.click("Save changes")
    I.see("Quiet hours must be between 0 and 23.")


def test_save_without_changes():
    """Save with no changes
Preconditions: fresh session, nothing edited.
1. Navigate to /settings/
2. Click Save changes without editing anything
Expected: toast message "No changes to save." is displayed."""
    I.go_to("/settings/")
    I.click("Save changes")
    I.see("No changes to save.")


def test_toggle_push_shows_unsaved_badge():
    """Unsaved changes indicator
1. Navigate to /settings/
2. Turn on the Push notifications switch
Expected result: the header shows "1 unsaved change"."""
    I.go_to("/settings/")
    I.click("Push notifications")
    I.see("1 unsaved change")


def test_two_unsaved_changes_counted():
    """Unsaved changes counter - two edits

1. Navigate to /settings/
2. Select Deutsch in the Language dropdown
3. Select Asia/Tokyo in the Time zone dropdown

Expected result: header indicator reads "2 unsaved changes"."""
    I.go_to("/settings/")
    I.select("Language", "Deutsch")
    I.select("Time zone", "Asia/Tokyo")
    I.see("2 unsaved changes")


def test_discard_restores_display_name():
    """Discard changes

Test data: Display name = Temporary Name

1. Navigate to /settings/
2. Enter the test data in the Display name field
3. Click Discard

Expected result:
1. Toast "Changes discarded" is shown.
2. The Display name field is back to "Robin Park"."""
    I.go_to("/settings/")
    I.fill("Display name", "Temporary Name")
    I.click("Discard")
    I.see("Changes discarded")
    I.see_value("Display name", "Robin Park")


def test_reset_to_defaults_restores_language():
    """Reset to defaults
1. Navigate to /settings/ and change Language to Français.
2. In the Danger zone, click Reset to defaults.
Expected result: message "Defaults restored. Save to keep them." appears and Language is set back to English."""
    I.go_to("/settings/")
    I.select("Language", "Français")
    I.click("Reset to defaults")
    I.see("Defaults restored. Save to keep them.")
    I.see_value("Language", "English")


def test_notification_volume_slider_label():
    """Set the Notification volume slider to 40 - the value next to it should read 40%."""
    I.go_to("/settings/")
    I.fill("Notification volume", "40")
    I.see("40%")


def test_activity_history_retention():
    """Privacy - activity history retention

1. Navigate to /settings/
2. Move the "Keep activity history for" slider to 180

Expected: the label under the setting shows "180 days"."""
    I.go_to("/settings/")
    I.fill("Keep activity history for", "180")
    I.see("180 days")


def test_two_errors_reported_together():
    """Multiple validation errors on save

Test data: Display name = (blank), Seats = 0

1. Navigate to /settings/
2. Clear Display name
3. Enter 0 in Seats
4. Click Save changes

ER: toast says "Fix 2 errors before saving." and both field errors are displayed."""
    I.go_to("/settings/")
    I.fill("Display name", "")
    I.fill("Seats", "0")
    I.click("Save changes")
    I.see("Fix 2 errors before saving.")
    I.see("Display name can't be empty.")
    I.see("Seats must be a whole number from 1 to 50.")


def test_display_name_persists_after_reload():
    """Verify that a saved Display name is kept after the page is reloaded.
Test data: Display name "Alex Morgan"
1. Navigate to /settings/
2. Enter the test data in Display name and click Save changes.
3. Reload the Settings page.
Expected result: Display name still shows "Alex Morgan"."""
    I.go_to("/settings/")
    I.fill("Display name", "Alex Morgan")
    I.click("Save changes")
    I.see("Settings saved")
    I.go_to("/settings/")
    I.see_value("Display name", "Alex Morgan")


def test_language_saved_and_kept():
    """Change language and save
1. Navigate to /settings/
2. Select "Deutsch" in Language, then click Save changes.
3. Open /settings/ again.
Expected: "Settings saved" is shown after step 2 and Language is still Deutsch after step 3."""
    I.go_to("/settings/")
    I.select("Language", "Deutsch")
    I.click("Save changes")
    I.see("Settings saved")
    I.go_to("/settings/")
    I.see_value("Language", "Deutsch")


def test_discard_clears_unsaved_badge():
    """Verify that the unsaved changes indicator disappears after Discard.
1. Navigate to /settings/
2. Switch on "Let search engines find my profile"
3. Click Discard
Expected result: "1 unsaved change" is no longer displayed in the header."""
    I.go_to("/settings/")
    I.click("Let search engines find my profile")
    I.see("1 unsaved change")
    I.click("Discard")
    I.dont_see("1 unsaved change")


def test_badge_gone_after_save():
    """After saving, the unsaved change indicator should go away. Change Currency to GBP, check "1 unsaved change" is shown, click Save changes - the indicator must not be displayed anymore."""
    I.go_to("/settings/")
    I.select("Currency", "GBP")
    I.see("1 unsaved change")
    I.click("Save changes")
    I.dont_see("1 unsaved change")


def test_toggle_switch_back_and_forth():
    """Toggling a switch twice is not a change
1. Navigate to /settings/
2. Click the Auto-renew switch (off)
3. Click the Auto-renew switch again (on)
Expected result: after step 2 the header shows "1 unsaved change"; after step 3 it is not displayed."""
    I.go_to("/settings/")
    I.click("Auto-renew")
    I.see("1 unsaved change")
    I.click("Auto-renew")
    I.dont_see("1 unsaved change")


def test_daily_digest_and_save():
    """Summary digest - Daily
1. Navigate to /settings/
2. Under Notifications, select the Daily option for Summary digest.
3. Click Save changes.
Expected result: Settings saved."""
    I.go_to("/settings/")
    I.check("Daily")
    I.click("Save changes")
    I.see("Settings saved")


def test_profile_visibility_only_me_persists():
    """Profile visibility: Only me
Steps:
1. Navigate to /settings/
2. Select "Only me" under Profile visibility and click Save changes
3. Reload the page
Expected result: "Only me" remains selected."""
    I.go_to("/settings/")
    I.check("Only me")
    I.click("Save changes")
    I.see("Settings saved")
    I.go_to("/settings/")
    I.see_value("Only me", "checked")


def test_seats_error_clears_when_fixed():
    """Seats error disappears after correction

1. Navigate to /settings/
2. Enter 0 in Seats and click Save changes
3. Change Seats to 5 and click Save changes again

Expected result:
- Step 2: seats error is displayed.
- Step 3: the error is no longer shown and "Settings saved" appears."""
    I.go_to("/settings/")
    I.fill("Seats", "0")
    I.click("Save changes")
    I.see("Seats must be a whole number from 1 to 50.")
    I.fill("Seats", "5")
    I.click("Save changes")
    I.dont_see("Seats must be a whole number from 1 to 50.")
    I.see("Settings saved")


def test_seats_decimal_rejected():
    """Verify that the system does not accept a decimal number of seats (Test data: 2.5). Expected: the whole number error is displayed after Save changes."""
    I.go_to("/settings/")
    I.fill("Seats", "2.5")
    I.click("Save changes")
    I.see("Seats must be a whole number from 1 to 50.")


def test_currency_saved_after_reload():
    """Billing currency
1. Navigate to /settings/
2. Select EUR in Currency
3. Click Save changes and reload the page
Expected result: Currency field shows EUR."""
    I.go_to("/settings/")
    I.select("Currency", "EUR")
    I.click("Save changes")
    I.see("Settings saved")
    I.go_to("/settings/")
    I.see_value("Currency", "EUR")


def test_sms_alerts_switch_counts_as_change():
    """SMS alerts
1. Navigate to /settings/
2. Turn on SMS alerts.
Expected: the unsaved change indicator shows 1 unsaved change."""
    I.go_to("/settings/")
    I.click("SMS")
    I.see("1 unsaved change")


def test_quiet_hours_negative_value():
    """Quiet hours "to" field - negative number

Test data: Quiet hours to = -1

1. Navigate to /settings/
2. Enter the test data in the second Quiet hours field
3. Click Save changes

Expected result: "Quiet hours must be between 0 and 23." and the save is blocked ("Fix 1 error before saving.")."""
    I.go_to("/settings/")
    I.fill("Quiet hours to", "-1")
    I.click("Save changes")
    I.see("Quiet hours must be between 0 and 23.")
    I.see("Fix 1 error before saving.")


def test_business_cost_then_back_to_plus():
    """Cost recalculation when plan changes

1. Navigate to /settings/
2. Select Business and enter 10 seats - cost should be $200.00
3. Select Plus – $8/month again

Expected result: Estimated monthly cost goes back to $8.00."""
    I.go_to("/settings/")
    I.select("Plan", "Business")
    I.fill("Seats", "10")
    I.see("$200.00")
    I.select("Plan", "Plus")
    I.see("$8.00")


def test_reset_after_save_counts_changes():
    """Reset to defaults after saved changes
Preconditions: none.
1. Navigate to /settings/
2. Select Europe/Berlin as Time zone, enter "Sam" as Display name, click Save changes.
3. Click Reset to defaults.
Expected result: header shows "2 unsaved changes" (defaults are applied but not saved yet)."""
    I.go_to("/settings/")
    I.select("Time zone", "Europe/Berlin")
    I.fill("Display name", "Sam")
    I.click("Save changes")
    I.see("Settings saved")
    I.click("Reset to defaults")
    I.see("2 unsaved changes")


def test_timezone_tokyo_saved():
    """Time zone - Asia/Tokyo
Navigate to /settings/, pick Asia/Tokyo in Time zone and click Save changes. Open the page again.
Expected: Time zone = Asia/Tokyo."""
    I.go_to("/settings/")
    I.select("Time zone", "Asia/Tokyo")
    I.click("Save changes")
    I.see("Settings saved")
    I.go_to("/settings/")
    I.see_value("Time zone", "Asia/Tokyo")


def test_billing_sidebar_link():
    """Click Billing in the left-hand menu; the URL should end with #billing."""
    I.go_to("/settings/")
    I.click("Billing")
    I.see_url("#billing")


def test_billing_email_change_saved():
    """Update billing email
Test data: accounts@parcel.test
1. Navigate to /settings/
2. Enter the test data in the Billing Email field
3. Click Save changes
4. Reload the page
Expected result: Settings saved; after reload the Billing Email field contains accounts@parcel.test and the Profile Email is unchanged (robin@parcel.test)."""
    I.go_to("/settings/")
    with I.within("Billing"):
        I.fill("Email", "accounts@parcel.test")
    I.click("Save changes")
    I.see("Settings saved")
    I.go_to("/settings/")
    with I.within("Billing"):
        I.see_value("Email", "accounts@parcel.test")
    with I.within("Profile"):
        I.see_value("Email", "robin@parcel.test")


def test_bio_saved():
    """Bio field
1. Navigate to /settings/
2. Enter "Logistics fan. Coffee first." in Bio.
3. Click Save changes.
4. Reload.
ER: Bio shows the entered text."""
    I.go_to("/settings/")
    I.fill("Bio", "Logistics fan. Coffee first.")
    I.click("Save changes")
    I.see("Settings saved")
    I.go_to("/settings/")
    I.see_value("Bio", "Logistics fan. Coffee first.")


def test_online_status_off_and_discard():
    """Verify that Discard reverts the "Show when I'm online" switch.
1. Navigate to /settings/
2. Turn off "Show when I'm online"; "1 unsaved change" is displayed.
3. Click Discard.
Expected result: "Changes discarded" is displayed and the unsaved change indicator is gone."""
    I.go_to("/settings/")
    I.click("Show when I'm online")
    I.see("1 unsaved change")
    I.click("Discard")
    I.see("Changes discarded")
    I.dont_see("1 unsaved change")
