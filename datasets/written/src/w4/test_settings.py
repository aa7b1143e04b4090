"""settings: tasks written by w4."""

from testgen import I


def test_change_display_name_and_save():
    """As a user, I want to change my display name so that my teammates see the right name.
AC1: change Display name to "Robin Park-Lee"
AC2: Save changes shows "Settings saved"
AC3: the field still says Robin Park-Lee afterwards"""
    I.go_to("/settings/")
    I.fill("Display name", "Robin Park-Lee")
    I.click("Save changes")
    I.see("Settings saved")
    I.see_value("Display name", "Robin Park-Lee")


def test_empty_display_name_not_accepted():
    """The settings form must not accept an empty display name.
- clear Display name, click Save changes
- "Display name can't be empty." appears next to it
- toast says "Fix 1 error before saving.\""""
    I.go_to("/settings/")
    I.fill("Display name", "")
    I.click("Save changes")
    I.see("Display name can't be empty.")
    I.see("Fix 1 error before saving.")


def test_invalid_profile_email():
    """As a user I want to be warned when I mistype my sign-in email.
AC: profile Email "robin.parcel.test" -> Save -> "Enter a valid email address.\""""
    I.go_to("/settings/")
    I.fill("Email", "robin.parcel.test", near="Used to sign in")
    I.click("Save changes")
    I.see("Enter a valid email address.")


def test_invalid_billing_email():
    """AC1: set the billing Email (the one where invoices are sent) to "billing@parcel"
AC2: on save, "Enter a valid billing email address." is shown and the settings are not saved"""
    I.go_to("/settings/")
    I.fill("Email", "billing@parcel", near="Invoices are sent here")
    I.click("Save changes")
    I.see("Enter a valid billing email address.")
    I.dont_see("Settings saved")


def test_unsaved_changes_badge():
    """As a user I want to know I have unsaved edits before I leave.
AC1: change the Time zone to Europe/Berlin
AC2: the header shows "1 unsaved change\""""
    I.go_to("/settings/")
    I.select("Time zone", "Europe/Berlin")
    I.see("1 unsaved change")


def test_two_unsaved_changes():
    """Changing Language to Deutsch and Currency to EUR should show "2 unsaved changes" at the top."""
    I.go_to("/settings/")
    I.select("Language", "Deutsch")
    I.select("Currency", "EUR")
    I.see("2 unsaved changes")


def test_save_clears_unsaved_badge():
    """AC1: after editing the bio to "Collector of postcards" the badge says 1 unsaved change
AC2: after Save changes the unsaved badge is gone"""
    I.go_to("/settings/")
    I.fill("Bio", "Collector of postcards")
    I.see("1 unsaved change")
    I.click("Save changes")
    I.dont_see("1 unsaved change")


def test_save_without_changes():
    """As a user clicking Save out of habit, I want to be told nothing changed.
AC: Save changes on an untouched page shows "No changes to save.\""""
    I.go_to("/settings/")
    I.click("Save changes")
    I.see("No changes to save.")


def test_discard_restores_name():
    """As a user who made a mistake I want to throw away my edits.
AC1: type "Bobby" into Display name
AC2: Discard -> toast "Changes discarded"
AC3: Display name is back to Robin Park"""
    I.go_to("/settings/")
    I.fill("Display name", "Bobby")
    I.click("Discard")
    I.see("Changes discarded")
    I.see_value("Display name", "Robin Park")


def test_business_plan_cost():
    """As an admin I want to see what the Business plan costs for my team.
AC1: Plan = Business, Seats = 5
AC2: Estimated monthly cost shows $100.00"""
    I.go_to("/settings/")
    I.select("Plan", "Business")
    I.fill("Seats", "5")
    I.see("$100.00")


def test_free_plan_cost():
    """AC: switching the plan to Free makes the estimated monthly cost $0.00 (it was $8.00 on Plus)"""
    I.go_to("/settings/")
    I.select("Plan", "Free")
    I.see("$0.00")
    I.dont_see("$8.00")


def test_seats_over_limit():
    """As a billing admin, I want the seat count limited.
- Seats 51 is not accepted: saving shows "Seats must be a whole number from 1 to 50.\""""
    I.go_to("/settings/")
    I.fill("Seats", "51")
    I.click("Save changes")
    I.see("Seats must be a whole number from 1 to 50.")


def test_quiet_hours_out_of_range():
    """AC1: Quiet hours from 25 to 7
AC2: saving is refused with "Quiet hours must be between 0 and 23.\""""
    I.go_to("/settings/")
    I.fill("Quiet hours from", "25")
    I.click("Save changes")
    I.see("Quiet hours must be between 0 and 23.")


def test_two_errors_toast():
    """When both the display name is blank and seats is 0, the save toast should read "Fix 2 errors before saving.\""""
    I.go_to("/settings/")
    I.fill("Display name", "")
    I.fill("Seats", "0")
    I.click("Save changes")
    I.see("Fix 2 errors before saving.")


def test_volume_slider_output():
    """As a user I want to see the notification volume as a percentage while I set it.
AC: setting Notification volume to 30 shows 30%"""
    I.go_to("/settings/")
    I.fill("Notification volume", "30")
    I.see("30%")


def test_retention_days():
    """AC: moving "Keep activity history for" to 180 shows "180 days\""""
    I.go_to("/settings/")
    I.fill("Keep activity history for", "180")
    I.see("180 days")


def test_toggle_push_counts_as_change():
    """As a user I want to turn on push notifications.
AC1: flip the Push notifications switch
AC2: "1 unsaved change" shows up
AC3: after saving, "Settings saved" is shown"""
    I.go_to("/settings/")
    I.click("Push notifications")
    I.see("1 unsaved change")
    I.click("Save changes")
    I.see("Settings saved")


def test_toggle_switch_twice_no_change():
    """Turning SMS alerts on and then off again should leave nothing unsaved (no "1 unsaved change")."""
    I.go_to("/settings/")
    I.click("SMS")
    I.see("1 unsaved change")
    I.click("SMS")
    I.dont_see("1 unsaved change")


def test_privacy_visibility_only_me():
    """As a private person I want my profile visible only to me.
AC: choose "Only me" under Profile visibility, save -> "Settings saved\""""
    I.go_to("/settings/")
    I.check("Only me")
    I.click("Save changes")
    I.see("Settings saved")


def test_digest_daily_and_online_off():
    """AC1: Summary digest set to Daily
AC2: "Show when I'm online" turned off
AC3: header shows 2 unsaved changes"""
    I.go_to("/settings/")
    I.check("Daily")
    I.uncheck("Show when I'm online")
    I.see("2 unsaved changes")


def test_reset_to_defaults():
    """As a user who made a mess of my settings, I want one button to put everything back.
AC1: change Display name to "Tester" and save
AC2: click Reset to defaults -> "Defaults restored. Save to keep them."
AC3: Display name shows Robin Park again"""
    I.go_to("/settings/")
    I.fill("Display name", "Tester")
    I.click("Save changes")
    I.click("Reset to defaults")
    I.see("Defaults restored. Save to keep them.")
    I.see_value("Display name", "Robin Park")


def test_saved_settings_survive_reload():
    """As a user I expect my saved choices to still be there next time.
AC1: set Time zone to Asia/Tokyo, save
AC2: reload the settings page
AC3: Time zone is still Asia/Tokyo"""
    I.go_to("/settings/")
    I.select("Time zone", "Asia/Tokyo")
    I.click("Save changes")
    I.see("Settings saved")
    I.go_to("/settings/")
    I.see_value("Time zone", "Asia/Tokyo")


def test_unsaved_changes_lost_on_reload():
    """A change that was not saved should not come back after reloading: set Language to Français, reload, Language is English."""
    I.go_to("/settings/")
    I.select("Language", "Français")
    I.go_to("/settings/")
    I.see_value("Language", "English")


def test_discard_after_save_keeps_saved():
    """AC1: save the billing Email as finance@parcel.test
AC2: then type another address, ops@parcel.test, and press Discard
AC3: the billing email goes back to finance@parcel.test (the saved one), not the default"""
    I.go_to("/settings/")
    I.fill("Email", "finance@parcel.test", near="Invoices are sent here")
    I.click("Save changes")
    I.fill("Email", "ops@parcel.test", near="Invoices are sent here")
    I.click("Discard")
    I.see_value("Email", "finance@parcel.test", near="Invoices are sent here")


def test_business_plan_seats_change_cost():
    """As an admin I want the cost to follow the number of seats.
AC: on Business with 12 seats the estimate is $240.00"""
    I.go_to("/settings/")
    I.select("Plan", "Business")
    I.fill("Seats", "12")
    I.see("$240.00")


def test_error_clears_after_fix():
    """AC1: saving with Seats set to 0 shows the seats error
AC2: after correcting Seats to 3 and saving again the error is gone and Settings saved shows"""
    I.go_to("/settings/")
    I.fill("Seats", "0")
    I.click("Save changes")
    I.see("Seats must be a whole number from 1 to 50.")
    I.fill("Seats", "3")
    I.click("Save changes")
    I.dont_see("Seats must be a whole number from 1 to 50.")
    I.see("Settings saved")


def test_turn_off_auto_renew_and_email():
    """As a customer about to leave I want to switch off Auto-renew and email shipment updates, then save.
AC: 2 unsaved changes before saving, "Settings saved" after"""
    I.go_to("/settings/")
    I.click("Auto-renew")
    I.click("Email", near="Shipment updates by email")
    I.see("2 unsaved changes")
    I.click("Save changes")
    I.see("Settings saved")


def test_business_one_seat():
    """AC: moving from Plus to Business with the default single seat shows an estimate of $20.00"""
    I.go_to("/settings/")
    I.select("Plan", "Business")
    I.see("$20.00")


def test_spaces_only_display_name():
    """The form must not accept a display name made only of spaces ("   "): saving shows "Display name can't be empty."."""
    I.go_to("/settings/")
    I.fill("Display name", "   ")
    I.click("Save changes")
    I.see("Display name can't be empty.")


def test_quiet_hours_to_24():
    """As a night owl I want quiet hours, but the app should stop me from typing an hour that doesn't exist.
AC: Quiet hours to = 24 -> "Quiet hours must be between 0 and 23." and no "Settings saved\""""
    I.go_to("/settings/")
    I.fill("Quiet hours to", "24")
    I.click("Save changes")
    I.see("Quiet hours must be between 0 and 23.")
    I.dont_see("Settings saved")


def test_three_errors():
    """AC1: clear Display name, set profile Email to "robin", Seats to 99
AC2: saving says "Fix 3 errors before saving.\""""
    I.go_to("/settings/")
    I.fill("Display name", "")
    I.fill("Email", "robin", near="Used to sign in")
    I.fill("Seats", "99")
    I.click("Save changes")
    I.see("Fix 3 errors before saving.")


def test_discard_clears_badge():
    """As a user who changed a few things and regrets it, Discard should clear the "2 unsaved changes" badge.
- change Currency to GBP and tick "Let search engines find my profile"
- Discard
- the badge is gone"""
    I.go_to("/settings/")
    I.select("Currency", "GBP")
    I.check("Let search engines find my profile")
    I.see("2 unsaved changes")
    I.click("Discard")
    I.dont_see("2 unsaved changes")


def test_reset_on_fresh_page_nothing_to_save():
    """AC: on an untouched page, Reset to defaults followed by Save changes says "No changes to save." (defaults are already in place)"""
    I.go_to("/settings/")
    I.click("Reset to defaults")
    I.click("Save changes")
    I.see("No changes to save.")


def test_sidebar_jumps_to_billing():
    """As a user with a long settings page, the sidebar link Billing should take me to the billing section (#billing in the address)."""
    I.go_to("/settings/")
    I.click("Billing")
    I.see_url("#billing")


def test_plus_plan_ignores_seats():
    """AC: on the Plus plan, raising Seats to 10 keeps the estimate at $8.00 — it must not become $80.00"""
    I.go_to("/settings/")
    I.fill("Seats", "10")
    I.see("1 unsaved change")
    I.dont_see("$80.00")


def test_volume_zero():
    """As a user who wants silence, I want to slide notification volume all the way down: 0 shows "0%"."""
    I.go_to("/settings/")
    I.fill("Notification volume", "0")
    I.see("0%")


def test_language_saved_after_reload():
    """AC1: pick Español as Language and save
AC2: after reloading, Language still shows Español"""
    I.go_to("/settings/")
    I.select("Language", "Español")
    I.click("Save changes")
    I.see("Settings saved")
    I.go_to("/settings/")
    I.see_value("Language", "Español")


def test_contacts_only_to_public():
    """AC: switching Profile visibility from Contacts only to Public counts as 1 unsaved change, and saving it shows "Settings saved\""""
    I.go_to("/settings/")
    I.check("Public")
    I.see("1 unsaved change")
    I.click("Save changes")
    I.see("Settings saved")


def test_billing_email_saved():
    """As the person paying the bills I want invoices sent to me: set the billing Email to ap@parcel.test, save, reload — it's still ap@parcel.test."""
    I.go_to("/settings/")
    I.fill("Email", "ap@parcel.test", near="Invoices are sent here")
    I.click("Save changes")
    I.see("Settings saved")
    I.go_to("/settings/")
    I.see_value("Email", "ap@parcel.test", near="Invoices are sent here")
