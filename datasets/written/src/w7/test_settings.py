"""settings: tasks written by w7."""

from testgen import I


def test_change_display_name_and_save():
    """go to settings, change Display name to Ana Lopez and make click on Save changes. Expected: appears "Settings saved\""""
    I.go_to("/settings/")
    I.fill("Display name", "Ana Lopez")
    I.click("Save changes")
    I.see("Settings saved")


def test_empty_display_name_error():
    """1. open settings 2. delete the display name (leave empty) 3. click Save changes
Result: error "Display name can't be empty." must to appear"""
    I.go_to("/settings/")
    I.fill("Display name", "")
    I.click("Save changes")
    I.see("Display name can't be empty.")


def test_invalid_profile_email():
    """put email robin.parcel.test (without @) in Profile section, save. system not accept the value, verify that appears the message Enter a valid email address."""
    I.go_to("/settings/")
    I.fill("Email", "robin.parcel.test", near="Used to sign in")
    I.click("Save changes")
    I.see("Enter a valid email address.")
    I.see("Fix 1 error before saving.")


def test_save_without_changes():
    """Open settings page and click Save changes without change nothing -> the toast says "No changes to save.\""""
    I.go_to("/settings/")
    I.click("Save changes")
    I.see("No changes to save.")


def test_unsaved_changes_counter():
    """change Language to Deutsch and Time zone to Europe/Berlin, dont save. Expected: the badge show "2 unsaved changes\""""
    I.go_to("/settings/")
    I.select("Language", "Deutsch")
    I.select("Time zone", "Europe/Berlin")
    I.see("2 unsaved changes")


def test_one_unsaved_change():
    """turn on the Push notifications switch, then must appear 1 unsaved change"""
    I.go_to("/settings/")
    I.check("Push notifications")
    I.see("1 unsaved change")


def test_discard_changes():
    """Steps: change display name to "Test User", click Discard.
Expected: message Changes discarded, and the name is back Robin Park"""
    I.go_to("/settings/")
    I.fill("Display name", "Test User")
    I.click("Discard")
    I.see("Changes discarded")
    I.see_value("Display name", "Robin Park")


def test_unsaved_badge_gone_after_discard():
    """select Never in summary digest, then Discard. the text "1 unsaved change" must not appear anymore"""
    I.go_to("/settings/")
    I.check("Never")
    I.see("1 unsaved change")
    I.click("Discard")
    I.dont_see("1 unsaved change")


def test_volume_slider_percent():
    """move Notification volume to 30, verify the label show 30%"""
    I.go_to("/settings/")
    I.fill("Notification volume", "30")
    I.see("30%")


def test_quiet_hours_out_of_range():
    """Quiet hours from = 25 , save changes
Expected: "Quiet hours must be between 0 and 23.\""""
    I.go_to("/settings/")
    I.fill("Quiet hours from", "25")
    I.click("Save changes")
    I.see("Quiet hours must be between 0 and 23.")


def test_quiet_hours_valid_save():
    """set quiet hours from 23 to 6 and save it, should recieve Settings saved (no error for quiet hours)"""
    I.go_to("/settings/")
    I.fill("Quiet hours from", "23")
    I.fill("Quiet hours to", "6")
    I.click("Save changes")
    I.see("Settings saved")
    I.dont_see("Quiet hours must be between 0 and 23.")


def test_business_plan_cost():
    """In Billing choose plan Business and put 3 seats. Estimated monthly cost must be $60.00"""
    I.go_to("/settings/")
    I.select("Plan", "Business")
    I.fill("Seats", "3")
    I.see("$60.00")


def test_free_plan_cost():
    """change plan to Free -> estimated monthly cost $0.00"""
    I.go_to("/settings/")
    I.select("Plan", "Free")
    I.see("$0.00")


def test_business_plan_one_seat():
    """select the Business – $20/seat/month plan, seats stay 1, check the cost is $20.00 and not $8.00 anymore"""
    I.go_to("/settings/")
    I.select("Plan", "Business – $20/seat/month")
    I.see("$20.00")
    I.dont_see("$8.00")


def test_seats_too_many():
    """Seats 51 is not allowed. Put 51 in seats, click Save changes, the error "Seats must be a whole number from 1 to 50." should appear"""
    I.go_to("/settings/")
    I.fill("Seats", "51")
    I.click("Save changes")
    I.see("Seats must be a whole number from 1 to 50.")


def test_seats_zero():
    """seats = 0 and save -> system not accept, toast Fix 1 error before saving."""
    I.go_to("/settings/")
    I.fill("Seats", "0")
    I.click("Save changes")
    I.see("Fix 1 error before saving.")


def test_invalid_billing_email():
    """billing email: write "invoices@parcel" (no domain end) and save. Expected: Enter a valid billing email address."""
    I.go_to("/settings/")
    I.fill("Email", "invoices@parcel", near="Invoices are sent here")
    I.click("Save changes")
    I.see("Enter a valid billing email address.")


def test_two_errors_toast():
    """clear Display name, also put Seats 100, make click on save. verify that appears message "Fix 2 errors before saving.\""""
    I.go_to("/settings/")
    I.fill("Display name", "")
    I.fill("Seats", "100")
    I.click("Save changes")
    I.see("Fix 2 errors before saving.")


def test_retention_slider_days():
    """change the activity history slider to 30, the text must be 30 days"""
    I.go_to("/settings/")
    I.fill("Keep activity history", "30")
    I.see("30 days")


def test_reset_to_defaults():
    """1 change Display name to Bob
2 in Danger zone click Reset to defaults
Expected: toast "Defaults restored. Save to keep them." and name is Robin Park again"""
    I.go_to("/settings/")
    I.fill("Display name", "Bob")
    I.click("Reset to defaults")
    I.see("Defaults restored. Save to keep them.")
    I.see_value("Display name", "Robin Park")


def test_badge_gone_after_save():
    """turn off Auto-renew, save changes. After save the unsaved changes badge must not be visible"""
    I.go_to("/settings/")
    I.uncheck("Auto-renew")
    I.see("1 unsaved change")
    I.click("Save changes")
    I.see("Settings saved")
    I.dont_see("1 unsaved change")


def test_privacy_only_me():
    """Privacy: choose Only me, and switch on "Let search engines find my profile", then Save. Result: Settings saved"""
    I.go_to("/settings/")
    I.check("Only me")
    I.check("Let search engines find my profile")
    I.click("Save changes")
    I.see("Settings saved")


def test_currency_and_bio_save():
    """Currency EUR, write a bio "Hello from Madrid", save -> Settings saved message appear"""
    I.go_to("/settings/")
    I.select("Currency", "EUR")
    I.fill("Bio", "Hello from Madrid")
    I.click("Save changes")
    I.see("Settings saved")


def test_changed_back_no_unsaved():
    """switch SMS on and after off again. there must be no unsaved change message"""
    I.go_to("/settings/")
    I.check("SMS")
    I.see("1 unsaved change")
    I.uncheck("SMS")
    I.dont_see("unsaved change")


def test_three_changes_counter():
    """turn off Email shipment updates, turn off Show when I'm online, and select Daily digest -> 3 unsaved changes"""
    I.go_to("/settings/")
    I.uncheck("Email Shipment updates by email")
    I.uncheck("Show when I'm online")
    I.check("Daily")
    I.see("3 unsaved changes")
