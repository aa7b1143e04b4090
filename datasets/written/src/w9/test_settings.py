"""settings: tasks written by w9."""

from testgen import I


def test_change_display_name_and_save():
    """Change my display name to Robin P. and save. I should get a saved message and it remembers after reload."""
    I.go_to("/settings/")
    I.fill("Display name", "Robin P.")
    I.click("Save changes")
    I.see("Settings saved")
    I.go_to("/settings/")
    I.see_value("Display name", "Robin P.")


def test_empty_display_name_refused():
    """clear the display name and try to save - error under the name, nothing saved"""
    I.go_to("/settings/")
    I.fill("Display name", "")
    I.click("Save changes")
    I.see("Display name can't be empty.")
    I.see("Fix 1 error before saving.")
    I.dont_see("Settings saved")


def test_bad_profile_email():
    """An error appears under the sign-in email field if I type something that isn't an email"""
    I.go_to("/settings/")
    I.fill("Email", "robin-at-parcel", near="Profile")
    I.click("Save changes")
    I.see("Enter a valid email address.")


def test_bad_billing_email():
    """Billing email 'invoices@' should be rejected when saving."""
    I.go_to("/settings/")
    I.fill("Email", "invoices@", near="Invoices are sent here")
    I.click("Save changes")
    I.see("Enter a valid billing email address.")


def test_unsaved_changes_counter():
    """Edit two things (language + time zone) and the header should say there are 2 unsaved changes"""
    I.go_to("/settings/")
    I.select("Language", "Deutsch")
    I.select("Time zone", "Europe/Berlin")
    I.see("2 unsaved changes")


def test_unsaved_badge_goes_after_save():
    """change the bio, the unsaved badge shows 1, after saving it's gone"""
    I.go_to("/settings/")
    I.fill("Bio", "Parcel tracker fan")
    I.see("1 unsaved change")
    I.click("Save changes")
    I.dont_see("1 unsaved change")


def test_save_with_no_changes():
    """Saving without touching anything just tells you there's nothing to save."""
    I.go_to("/settings/")
    I.click("Save changes")
    I.see("No changes to save.")


def test_business_plan_cost():
    """Switch to the Business plan with 5 seats. Estimated monthly cost should update to $100.00"""
    I.go_to("/settings/")
    I.select("Plan", "Business")
    I.fill("Seats", "5")
    I.see("$100.00")


def test_free_plan_cost():
    """Free plan -> cost $0.00"""
    I.go_to("/settings/")
    I.select("Plan", "Free")
    I.see("$0.00")


def test_too_many_seats():
    """Seats over 50 are not accepted. Put 60 and save, you get the seats error."""
    I.go_to("/settings/")
    I.fill("Seats", "60")
    I.click("Save changes")
    I.see("Seats must be a whole number from 1 to 50.")


def test_quiet_hours_invalid():
    """quiet hours from 25 is nonsense, saving should complain that hours must be 0-23"""
    I.go_to("/settings/")
    I.fill("Quiet hours from", "25")
    I.click("Save changes")
    I.see("Quiet hours must be between 0 and 23.")


def test_two_errors_count():
    """Break both emails, then save. The toast says fix 2 errors."""
    I.go_to("/settings/")
    I.fill("Email", "nope", near="Used to sign in")
    I.fill("Email", "nope", near="Invoices are sent here")
    I.click("Save changes")
    I.see("Fix 2 errors before saving.")


def test_discard_changes():
    """Type a new display name, then Discard. The old name Robin Park comes back."""
    I.go_to("/settings/")
    I.fill("Display name", "Someone Else")
    I.click("Discard")
    I.see("Changes discarded")
    I.see_value("Display name", "Robin Park")


def test_reset_to_defaults():
    """Save a different language first, then Reset to defaults. Form goes back to English and it reminds me to save."""
    I.go_to("/settings/")
    I.select("Language", "Français")
    I.click("Save changes")
    I.click("Reset to defaults")
    I.see("Defaults restored. Save to keep them.")
    I.see_value("Language", "English")


def test_volume_slider_label():
    """Drag the notification volume to 30 - the percentage next to it should read 30%"""
    I.go_to("/settings/")
    I.fill("Notification volume", "30")
    I.see("30%")


def test_retention_days():
    """Set activity history to 180 and the label should say 180 days"""
    I.go_to("/settings/")
    I.fill("Keep activity history for", "180")
    I.see("180 days")


def test_digest_radio_remembered():
    """Pick Daily for the summary digest, save, reload. It remembers my choice."""
    I.go_to("/settings/")
    I.check("Daily")
    I.click("Save changes")
    I.see("Settings saved")
    I.go_to("/settings/")
    I.see_value("Daily", "on")


def test_sms_switch_unsaved():
    """Turning on SMS alerts marks the page as having an unsaved change"""
    I.go_to("/settings/")
    I.click("SMS")
    I.see("1 unsaved change")


def test_toggle_back_no_change():
    """If I flip push notifications on and then off again, there shouldn't be any unsaved change badge"""
    I.go_to("/settings/")
    I.click("Push notifications")
    I.click("Push notifications")
    I.dont_see("unsaved change")


def test_visibility_only_me():
    """set profile visibility to Only me, counter goes to 1 unsaved change, save works"""
    I.go_to("/settings/")
    I.check("Only me")
    I.see("1 unsaved change")
    I.click("Save changes")
    I.see("Settings saved")


def test_plus_plan_default_cost_after_business():
    """Go to business with 3 seats then back to Plus - the cost should be $8.00 again, not $60."""
    I.go_to("/settings/")
    I.select("Plan", "Business")
    I.fill("Seats", "3")
    I.see("$60.00")
    I.select("Plan", "Plus")
    I.see("$8.00")
    I.dont_see("$60.00")


def test_error_clears_after_fix():
    """Leave the display name empty, save, get the error. Then put a name back and save again - error gone and saved."""
    I.go_to("/settings/")
    I.fill("Display name", "")
    I.click("Save changes")
    I.see("Display name can't be empty.")
    I.fill("Display name", "Robin")
    I.click("Save changes")
    I.dont_see("Display name can't be empty.")
    I.see("Settings saved")


def test_currency_saved():
    """Change currency to EUR and save. After a reload it's still EUR."""
    I.go_to("/settings/")
    I.select("Currency", "EUR")
    I.click("Save changes")
    I.see("Settings saved")
    I.go_to("/settings/")
    I.see_value("Currency", "EUR")


def test_unsaved_lost_on_reload():
    """Unsaved edits don't survive a reload - change the bio, don't save, reload, bio is empty again"""
    I.go_to("/settings/")
    I.fill("Bio", "Hello there")
    I.go_to("/settings/")
    I.see_value("Bio", "")
    I.dont_see("1 unsaved change")


def test_seats_zero_refused():
    """0 seats is not a valid number of seats"""
    I.go_to("/settings/")
    I.fill("Seats", "0")
    I.click("Save changes")
    I.see("Seats must be a whole number from 1 to 50.")
    I.dont_see("Settings saved")


def test_timezone_remembered():
    """set my time zone to Asia/Tokyo, save and come back. it remembers my choice"""
    I.go_to("/settings/")
    I.select("Time zone", "Asia/Tokyo")
    I.click("Save changes")
    I.go_to("/settings/")
    I.see_value("Time zone", "Asia/Tokyo")


def test_discard_after_save_keeps_saved():
    """Save a new name (Robin K.), then type another and discard. It goes back to Robin K., not the original."""
    I.go_to("/settings/")
    I.fill("Display name", "Robin K.")
    I.click("Save changes")
    I.fill("Display name", "Temp name")
    I.click("Discard")
    I.see_value("Display name", "Robin K.")


def test_business_max_seats():
    """Business with the max 50 seats costs $1000.00 a month"""
    I.go_to("/settings/")
    I.select("Plan", "Business")
    I.fill("Seats", "50")
    I.see("$1000.00")


def test_turn_off_online_status():
    """Turn off 'show when I'm online'. That's one unsaved change; saving clears the badge."""
    I.go_to("/settings/")
    I.uncheck("Show when I'm online")
    I.see("1 unsaved change")
    I.click("Save changes")
    I.see("Settings saved")
    I.dont_see("1 unsaved change")


def test_language_japanese_saved():
    """Pick Japanese as the language, save, reload - still Japanese"""
    I.go_to("/settings/")
    I.select("Language", "日本語")
    I.click("Save changes")
    I.go_to("/settings/")
    I.see_value("Language", "日本語")


def test_quiet_hours_valid_save():
    """Quiet hours 23 to 6 are fine, it saves without errors"""
    I.go_to("/settings/")
    I.fill("Quiet hours from", "23")
    I.fill("Quiet hours to", "6")
    I.click("Save changes")
    I.see("Settings saved")
    I.dont_see("Quiet hours must be between 0 and 23.")


def test_three_unsaved():
    """Change plan, currency and bio - header says 3 unsaved changes"""
    I.go_to("/settings/")
    I.select("Plan", "Free")
    I.select("Currency", "GBP")
    I.fill("Bio", "Hi")
    I.see("3 unsaved changes")
