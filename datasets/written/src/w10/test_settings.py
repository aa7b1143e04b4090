"""settings: tasks written by w10."""

from testgen import I


def test_save_display_name():
    """Verify that changing Display name to "Robin P." and clicking Save changes shows the "Settings saved" toast."""
    I.go_to("/settings/")
    I.fill("Display name", "Robin P.")
    I.click("Save changes")
    I.see("Settings saved")


def test_empty_display_name_refused():
    """Check that an empty display name can't be saved
- [ ] clear Display name
- [ ] Save changes
- [ ] error `Display name can't be empty.` under the field"""
    I.go_to("/settings/")
    I.fill("Display name", "")
    I.click("Save changes")
    I.see("Display name can't be empty.")


def test_invalid_profile_email():
    """Ensure the profile email is validated on save.
Data: robin@parcel
Expected: "Enter a valid email address." and toast "Fix 1 error before saving." """
    I.go_to("/settings/")
    I.fill("Email Used to sign in", "robin@parcel")
    I.click("Save changes")
    I.see("Enter a valid email address.")
    I.see("Fix 1 error before saving.")


def test_two_errors_counted():
    """Verify the error toast counts errors: blank display name + billing email "invoices" -> "Fix 2 errors before saving." """
    I.go_to("/settings/")
    I.fill("Display name", "")
    I.fill("Email Invoices are sent here", "invoices")
    I.click("Save changes")
    I.see("Fix 2 errors before saving.")
    I.see("Enter a valid billing email address.")


def test_save_without_changes():
    """Check that pressing Save changes on an untouched page says `No changes to save.`"""
    I.go_to("/settings/")
    I.click("Save changes")
    I.see("No changes to save.")


def test_unsaved_badge_one_change():
    """- [ ] change Time zone to Europe/Berlin
- [ ] header shows "1 unsaved change" """
    I.go_to("/settings/")
    I.select("Time zone", "Europe/Berlin")
    I.see("1 unsaved change")


def test_unsaved_badge_counts_three():
    """Verify the unsaved badge counts every change: language Deutsch, SMS switch on, currency EUR -> "3 unsaved changes"."""
    I.go_to("/settings/")
    I.select("Language", "Deutsch")
    I.click("SMS")
    I.select("Currency", "EUR")
    I.see("3 unsaved changes")


def test_badge_gone_after_save():
    """Ensure the unsaved-changes badge disappears after saving (Pre: edit Bio to "Parcel fan")."""
    I.go_to("/settings/")
    I.fill("Bio Shown on your public profile", "Parcel fan")
    I.see("1 unsaved change")
    I.click("Save changes")
    I.see("Settings saved")
    I.dont_see("1 unsaved change")


def test_discard_restores_value():
    """Check Discard: type "Sam Lee" into Display name, click Discard -> field back to Robin Park, toast 'Changes discarded'."""
    I.go_to("/settings/")
    I.fill("Display name", "Sam Lee")
    I.click("Discard")
    I.see("Changes discarded")
    I.see_value("Display name", "Robin Park")


def test_discard_clears_badge():
    """Verify that after Discard no "unsaved change" badge is shown any more
- [ ] toggle Push notifications on
- [ ] Discard"""
    I.go_to("/settings/")
    I.click("Push notifications")
    I.see("1 unsaved change")
    I.click("Discard")
    I.dont_see("1 unsaved change")


def test_saved_value_survives_reload():
    """Ensure a saved setting persists after reload: set Time zone = Asia/Tokyo, save, reload the page, Time zone still Asia/Tokyo."""
    I.go_to("/settings/")
    I.select("Time zone", "Asia/Tokyo")
    I.click("Save changes")
    I.see("Settings saved")
    I.go_to("/settings/")
    I.see_value("Time zone", "Asia/Tokyo")


def test_volume_output():
    """Check the volume readout follows the slider - set Notification volume to 30, label shows 30%."""
    I.go_to("/settings/")
    I.fill("Notification volume", "30")
    I.see("30%")


def test_retention_label():
    """Verify moving "Keep activity history for" to 180 updates the label to `180 days`."""
    I.go_to("/settings/")
    I.fill("Keep activity history for", "180")
    I.see("180 days")


def test_business_plan_cost():
    """- [ ] Plan: Business
- [ ] Seats: 5
- [ ] Estimated monthly cost = $100.00"""
    I.go_to("/settings/")
    I.select("Plan", "Business")
    I.fill("Seats", "5")
    I.see("$100.00")


def test_free_plan_cost():
    """Check that switching Plan to Free drops the estimated monthly cost to $0.00."""
    I.go_to("/settings/")
    I.select("Plan", "Free")
    I.see("$0.00")
    I.dont_see("$8.00")


def test_seats_above_limit():
    """Ensure seats over 50 are refused. Data: Seats = 51. Expected: "Seats must be a whole number from 1 to 50." after Save changes"""
    I.go_to("/settings/")
    I.fill("Seats", "51")
    I.click("Save changes")
    I.see("Seats must be a whole number from 1 to 50.")


def test_seats_zero():
    """Verify Seats = 0 isn't accepted on save (seats error shown, no "Settings saved")."""
    I.go_to("/settings/")
    I.fill("Seats", "0")
    I.click("Save changes")
    I.see("Seats must be a whole number from 1 to 50.")
    I.dont_see("Settings saved")


def test_quiet_hours_out_of_range():
    """Check quiet hours validation: from = 25 -> 'Quiet hours must be between 0 and 23.'"""
    I.go_to("/settings/")
    I.fill("Quiet hours from", "25")
    I.click("Save changes")
    I.see("Quiet hours must be between 0 and 23.")


def test_quiet_hours_valid_save():
    """Verify quiet hours 23 to 6 save fine - "Settings saved", no quiet hours error."""
    I.go_to("/settings/")
    I.fill("Quiet hours from", "23")
    I.fill("Quiet hours to", "6")
    I.click("Save changes")
    I.see("Settings saved")
    I.dont_see("Quiet hours must be between 0 and 23.")


def test_reset_to_defaults():
    """Reset to defaults
- [ ] Display name -> "Someone Else", save
- [ ] click Reset to defaults
- [ ] toast "Defaults restored. Save to keep them." and Display name is Robin Park again"""
    I.go_to("/settings/")
    I.fill("Display name", "Someone Else")
    I.click("Save changes")
    I.see("Settings saved")
    I.click("Reset to defaults")
    I.see("Defaults restored. Save to keep them.")
    I.see_value("Display name", "Robin Park")


def test_reset_marks_unsaved():
    """Check that after saving Currency GBP, Reset to defaults leaves "1 unsaved change" until saved."""
    I.go_to("/settings/")
    I.select("Currency", "GBP")
    I.click("Save changes")
    I.see("Settings saved")
    I.click("Reset to defaults")
    I.see("1 unsaved change")


def test_digest_radio():
    """Verify picking Daily under Summary digest counts as an unsaved change and saves."""
    I.go_to("/settings/")
    I.check("Daily")
    I.see("1 unsaved change")
    I.click("Save changes")
    I.see("Settings saved")


def test_visibility_only_me_persists():
    """Ensure Profile visibility "Only me" is kept after save + reload."""
    I.go_to("/settings/")
    I.check("Only me")
    I.click("Save changes")
    I.see("Settings saved")
    I.go_to("/settings/")
    I.see_value("Only me", "checked")


def test_online_status_switch_off():
    """- [ ] switch off "Show when I'm online"
- [ ] Save changes
- [ ] toast Settings saved"""
    I.go_to("/settings/")
    I.uncheck("Show when I'm online")
    I.see("1 unsaved change")
    I.click("Save changes")
    I.see("Settings saved")


def test_toggle_twice_no_change():
    """Check that turning Auto-renew off and back on again leaves nothing unsaved (no "unsaved change" badge)."""
    I.go_to("/settings/")
    I.click("Auto-renew")
    I.see("1 unsaved change")
    I.click("Auto-renew")
    I.dont_see("1 unsaved change")


def test_language_saved():
    """Verify Language can be changed to Français and saved; after reload the select shows Français."""
    I.go_to("/settings/")
    I.select("Language", "Français")
    I.click("Save changes")
    I.see("Settings saved")
    I.go_to("/settings/")
    I.see_value("Language", "Français")


def test_billing_email_error_not_on_profile():
    """Ensure a bad billing email only flags billing: Data: billing email `billing@` -> billing error shown, profile "Enter a valid email address." not shown."""
    I.go_to("/settings/")
    I.fill("Email Invoices are sent here", "billing@")
    I.click("Save changes")
    I.see("Enter a valid billing email address.")
    I.dont_see("Enter a valid email address.")


def test_error_clears_after_fix():
    """Check that the display name error goes away once fixed and saved again."""
    I.go_to("/settings/")
    I.fill("Display name", "")
    I.click("Save changes")
    I.see("Display name can't be empty.")
    I.fill("Display name", "Robin")
    I.click("Save changes")
    I.see("Settings saved")
    I.dont_see("Display name can't be empty.")


def test_business_cost_follows_seats():
    """Verify estimated cost on Business updates when Seats goes 2 -> 3 ($40.00 then $60.00)."""
    I.go_to("/settings/")
    I.select("Plan", "Business")
    I.fill("Seats", "2")
    I.see("$40.00")
    I.fill("Seats", "3")
    I.see("$60.00")


def test_search_indexing_on():
    """Turn on "Let search engines find my profile" -> 1 unsaved change shows in header."""
    I.go_to("/settings/")
    I.check("Let search engines find my profile")
    I.see("1 unsaved change")
