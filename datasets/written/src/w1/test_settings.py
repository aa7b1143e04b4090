"""settings: tasks written by w1."""

from testgen import I


def test_dirty_badge():
    """change display name to 'Robin P' -> header shows 1 unsaved change"""
    I.go_to("/settings/")
    I.fill("Display name", "Robin P")
    I.see("1 unsaved change")


def test_save_display_name():
    """display name -> 'Robin Parker', Save changes => 'Settings saved', unsaved badge gone"""
    I.go_to("/settings/")
    I.fill("Display name", "Robin Parker")
    I.click("Save changes")
    I.see("Settings saved")
    I.dont_see("unsaved change")


def test_empty_display_name():
    """[profile] clear display name + save -> can't be empty err, 'Fix 1 error before saving.'"""
    I.go_to("/settings/")
    I.fill("Display name", "")
    I.click("Save changes")
    I.see("Display name can't be empty.")
    I.see("Fix 1 error before saving.")


def test_bad_profile_email():
    """sign-in email 'robin@parcel' -> Enter a valid email address., not saved"""
    I.go_to("/settings/")
    I.fill("Email", "robin@parcel", near="Used to sign in")
    I.click("Save changes")
    I.see("Enter a valid email address.")
    I.dont_see("Settings saved")


def test_bad_billing_email():
    """billing email (invoices) = 'invoices' -> valid billing email err"""
    I.go_to("/settings/")
    I.fill("Email", "invoices", near="Invoices are sent here")
    I.click("Save changes")
    I.see("Enter a valid billing email address.")


def test_seats_zero():
    """seats 0 shouldn't save; expect 'Seats must be a whole number from 1 to 50.'"""
    I.go_to("/settings/")
    I.fill("Seats", "0")
    I.click("Save changes")
    I.see("Seats must be a whole number from 1 to 50.")


def test_seats_51():
    """billing seats 51 -> same seats err (max 50)"""
    I.go_to("/settings/")
    I.fill("Seats", "51")
    I.click("Save changes")
    I.see("Seats must be a whole number from 1 to 50.")
    I.see("Fix 1 error before saving.")


def test_quiet_hours_24():
    """quiet hours from 24 -> 'Quiet hours must be between 0 and 23.'"""
    I.go_to("/settings/")
    I.fill("Quiet hours from", "24")
    I.click("Save changes")
    I.see("Quiet hours must be between 0 and 23.")


def test_two_errors():
    """blank display name AND seats 99 -> 'Fix 2 errors before saving.'"""
    I.go_to("/settings/")
    I.fill("Display name", "")
    I.fill("Seats", "99")
    I.click("Save changes")
    I.see("Fix 2 errors before saving.")


def test_save_nothing_changed():
    """save w/o touching anything -> 'No changes to save.'"""
    I.go_to("/settings/")
    I.click("Save changes")
    I.see("No changes to save.")


def test_business_cost():
    """plan Business + 5 seats => est. monthly cost $100.00"""
    I.go_to("/settings/")
    I.select("Plan", "Business")
    I.fill("Seats", "5")
    I.see("$100.00")


def test_free_cost():
    """plan = free -> cost $0.00"""
    I.go_to("/settings/")
    I.select("Plan", "Free")
    I.see("$0.00")


def test_discard():
    """type new display name 'Temp Name', Discard -> back to Robin Park, 'Changes discarded'"""
    I.go_to("/settings/")
    I.fill("Display name", "Temp Name")
    I.click("Discard")
    I.see("Changes discarded")
    I.see_value("Display name", "Robin Park")


def test_discard_timezone():
    """tz -> Asia/Tokyo then discard => UTC again, no unsaved badge"""
    I.go_to("/settings/")
    I.select("Time zone", "Asia/Tokyo")
    I.click("Discard")
    I.see_value("Time zone", "UTC")
    I.dont_see("unsaved change")


def test_reset_defaults():
    """save display name 'Someone Else', then Reset to defaults -> toast 'Defaults restored. Save to keep them.', name = Robin Park, 1 unsaved change"""
    I.go_to("/settings/")
    I.fill("Display name", "Someone Else")
    I.click("Save changes")
    I.click("Reset to defaults")
    I.see("Defaults restored. Save to keep them.")
    I.see_value("Display name", "Robin Park")
    I.see("1 unsaved change")


def test_persist_after_reload():
    """save bio 'Parcel nerd', reload page -> bio still there"""
    I.go_to("/settings/")
    I.fill("Bio", "Parcel nerd")
    I.click("Save changes")
    I.see("Settings saved")
    I.go_to("/settings/")
    I.see_value("Bio", "Parcel nerd")


def test_unsaved_lost_on_reload():
    """change language to Deutsch but don't save, reload => English again"""
    I.go_to("/settings/")
    I.select("Language", "Deutsch")
    I.go_to("/settings/")
    I.see_value("Language", "English")


def test_language_saved():
    """language Español + save, reload -> still Español"""
    I.go_to("/settings/")
    I.select("Language", "Español")
    I.click("Save changes")
    I.see("Settings saved")
    I.go_to("/settings/")
    I.see_value("Language", "Español")


def test_push_switch():
    """[notif] flip Push notifications switch on -> 1 unsaved change"""
    I.go_to("/settings/")
    I.click("Push notifications")
    I.see("1 unsaved change")


def test_push_switch_twice():
    """push switch on then off again -> no unsaved badge"""
    I.go_to("/settings/")
    I.click("Push notifications")
    I.click("Push notifications")
    I.dont_see("unsaved change")


def test_sms_switch():
    """sms alerts switch -> turns on"""
    I.go_to("/settings/")
    I.click("SMS")
    I.see_value("SMS", "checked")


def test_digest_daily():
    """summary digest -> Daily, save => settings saved"""
    I.go_to("/settings/")
    I.check("Daily")
    I.see("1 unsaved change")
    I.click("Save changes")
    I.see("Settings saved")


def test_visibility_only_me():
    """profile visibility Only me + save + reload -> Only me stays picked"""
    I.go_to("/settings/")
    I.check("Only me")
    I.click("Save changes")
    I.see("Settings saved")
    I.go_to("/settings/")
    I.see_value("Only me", "checked")


def test_volume_slider():
    """notification volume slider to 30 -> reads 30%"""
    I.go_to("/settings/")
    I.fill("Notification volume", "30")
    I.see("30%")


def test_retention_slider():
    """keep activity history slider -> 180 => '180 days'"""
    I.go_to("/settings/")
    I.fill("Keep activity history for", "180")
    I.see("180 days")


def test_three_changes():
    """3 edits (timezone berlin, currency EUR, untick show when online) => '3 unsaved changes'"""
    I.go_to("/settings/")
    I.select("Time zone", "Europe/Berlin")
    I.select("Currency", "EUR")
    I.uncheck("Show when I'm online")
    I.see("3 unsaved changes")


def test_search_indexing_on():
    """turn on 'Let search engines find my profile' + save; toast saved"""
    I.go_to("/settings/")
    I.check("Let search engines find my profile")
    I.click("Save changes")
    I.see("Settings saved")


def test_side_nav_billing():
    """side nav Billing -> url #billing"""
    I.go_to("/settings/")
    I.click("Billing", near="Privacy")
    I.see_url("#billing")


def test_auto_renew_off_saved():
    """auto-renew off, save, reload -> still off"""
    I.go_to("/settings/")
    I.click("Auto-renew")
    I.click("Save changes")
    I.see("Settings saved")
    I.go_to("/settings/")
    I.dont_see("unsaved change")
    I.see_value("Auto-renew", "unchecked")


def test_bio_change_counts():
    """type a bio + change currency GBP -> 2 unsaved changes"""
    I.go_to("/settings/")
    I.fill("Bio", "Ships things.")
    I.select("Currency", "GBP")
    I.see("2 unsaved changes")


def test_seats_decimal():
    """seats 2.5 not allowed -> whole number err"""
    I.go_to("/settings/")
    I.fill("Seats", "2.5")
    I.click("Save changes")
    I.see("Seats must be a whole number from 1 to 50.")


def test_quiet_to_letters():
    """quiet hours to -1 -> must be between 0 and 23 err"""
    I.go_to("/settings/")
    I.fill("Quiet hours to", "-1")
    I.click("Save changes")
    I.see("Quiet hours must be between 0 and 23.")


def test_fix_error_then_save():
    """blank display name -> save (err), then type 'Rob' and save again -> Settings saved, err gone"""
    I.go_to("/settings/")
    I.fill("Display name", "")
    I.click("Save changes")
    I.see("Display name can't be empty.")
    I.fill("Display name", "Rob")
    I.click("Save changes")
    I.see("Settings saved")
    I.dont_see("Display name can't be empty.")


def test_business_seat_cost_change():
    """[billing] business plan, seats 3 -> $60.00; bump to 4 -> $80.00"""
    I.go_to("/settings/")
    I.select("Plan", "Business")
    I.fill("Seats", "3")
    I.see("$60.00")
    I.fill("Seats", "4")
    I.see("$80.00")


def test_profile_email_saved():
    """sign-in email -> robin.park@parcel.test, save, reload => kept"""
    I.go_to("/settings/")
    I.fill("Email", "robin.park@parcel.test", near="Used to sign in")
    I.click("Save changes")
    I.see("Settings saved")
    I.go_to("/settings/")
    I.see_value("Email", "robin.park@parcel.test", near="Used to sign in")


def test_reset_restores_defaults():
    """change name, Reset to defaults -> name back to Robin Park, no unsaved badge (defaults = saved)"""
    I.go_to("/settings/")
    I.fill("Display name", "Zed")
    I.click("Reset to defaults")
    I.see_value("Display name", "Robin Park")
    I.dont_see("unsaved change")


def test_digest_never_discard():
    """digest Never then Discard -> Weekly selected again"""
    I.go_to("/settings/")
    I.check("Never")
    I.click("Discard")
    I.see_value("Weekly", "checked")


def test_plan_plus_cost():
    """[billing] free -> plus again, cost $8.00"""
    I.go_to("/settings/")
    I.select("Plan", "Free")
    I.select("Plan", "Plus")
    I.see("$8.00")
