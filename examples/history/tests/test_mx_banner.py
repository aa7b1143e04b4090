"""The scheduled-maintenance banner (Service notice)."""

from testgen import I


def test_hb_160_kill_mx_banner_on_dashboard():
    """HB-160 MX banner can be killed on the dashboard
    log on as alice, kill it, the Sunday 02:00 maintenance text should be gone"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Dismiss notice")
    I.dont_see("Scheduled maintenance")


def test_hb_161_kill_mx_banner_on_ledger():
    """HB-161 kill the MX banner on the ledger, table still there"""
    I.go_to("/bank/history.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Dismiss notice")
    I.dont_see("online banking may be unavailable")
    I.see("Rent - Elm Street Apartments")


def test_hb_162_mx_banner_back_on_next_page():
    """HB-162 MX banner isn't remembered: kill it on the dashboard, go to Transfer, it's back"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Dismiss notice")
    I.click("Transfer")
    I.see("Scheduled maintenance: online banking may be unavailable Sunday 02:00–04:00.")


def test_hb_163_mx_banner_on_xfer_page():
    """kill the MX banner on the xfer page"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Dismiss notice")
    I.dont_see("Scheduled maintenance")
