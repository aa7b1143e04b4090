"""Parcel account settings (`/settings/`), described the way testers write tickets."""

from testgen import I


def test_rename_and_save():
    """Change the display name to Sam Lee, save, and check that "Settings saved" appears."""
    I.go_to("/settings/")
    I.fill("Display name", "Sam Lee")
    I.click("Save changes")
    I.see("Settings saved")


def test_bad_email():
    """Type not-an-email into Email Used to sign in and click Save changes: the page should say
    "Enter a valid email address." """
    I.go_to("/settings/")
    I.fill("Email Used to sign in", "not-an-email")
    I.click("Save changes")
    I.see("Enter a valid email address.")


def test_language_change_counts():
    """Switch the Language to Deutsch; the header should then show "1 unsaved change"."""
    I.go_to("/settings/")
    I.select("Language", "Deutsch")
    I.see("1 unsaved change")


def test_two_switches():
    """Turn on Push notifications and SMS, then make sure it says 2 unsaved changes"""
    I.go_to("/settings/")
    I.check("Push notifications")
    I.check("SMS")
    I.see("2 unsaved changes")


def test_business_cost():
    """Set the plan to Business and Seats to 3 — the estimated monthly cost must read $60.00"""
    I.go_to("/settings/")
    I.select("Plan", "Business")
    I.fill("Seats", "3")
    I.see("$60.00")


def test_discard():
    """Choose Never for the summary digest, then Discard. Expect the toast "Changes discarded"."""
    I.go_to("/settings/")
    I.check("Never")
    I.click("Discard")
    I.see("Changes discarded")


def test_zero_seats():
    """seats = 0, save changes → "Seats must be a whole number from 1 to 50." """
    I.go_to("/settings/")
    I.fill("Seats", "0")
    I.click("Save changes")
    I.see("Seats must be a whole number from 1 to 50.")


def test_online_status_off():
    """Switch off Show when I'm online, hit Save changes and verify we get Settings saved."""
    I.go_to("/settings/")
    I.uncheck("Show when I'm online")
    I.click("Save changes")
    I.see("Settings saved")


def test_reset_defaults():
    """Press Reset to defaults; a message "Defaults restored. Save to keep them." should pop up."""
    I.go_to("/settings/")
    I.click("Reset to defaults")
    I.see("Defaults restored. Save to keep them.")


def test_nothing_to_save():
    """Click Save changes without touching anything. Expected: No changes to save."""
    I.go_to("/settings/")
    I.click("Save changes")
    I.see("No changes to save.")


def test_currency_and_zone():
    """Pick EUR as the Currency and Asia/Tokyo as the Time zone; there should be 2 unsaved changes."""
    I.go_to("/settings/")
    I.select("Currency", "EUR")
    I.select("Time zone", "Asia/Tokyo")
    I.see("2 unsaved changes")


def test_quiet_hours_range():
    """Enter 25 in Quiet hours from and save. It has to complain: "Quiet hours must be between 0 and 23." """
    I.go_to("/settings/")
    I.fill("Quiet hours from", "25")
    I.click("Save changes")
    I.see("Quiet hours must be between 0 and 23.")
