"""Session: sign off and pages that need a log on."""

from testgen import I


def test_hb_401_sign_off_message():
    """HB-401 sign off from the dashboard -> 'You have been signed out.'"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Log out")
    I.see("You have been signed out.")
    I.dont_see("Signed in as alice")


def test_hb_403_ledger_needs_log_on():
    """HB-403 open the ledger without logging on
    should bounce to the log on page with 'Please sign in to continue.'"""
    I.go_to("/bank/history.html")
    I.see("Please sign in to continue.")
    I.see_url("next=history.html")


def test_hb_404_log_on_returns_to_ledger():
    """HB-404 deep link to the ledger, log on as alice -> back on the ledger, not the dashboard"""
    I.go_to("/bank/history.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see_url("history.html")
    I.see("Transaction history")


def test_hb_405_unmask_does_not_survive_sign_off():
    """HB-405 unmask 4821 on the dashboard, sign off, log on again -> full number hidden again"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Show number", near="Checking")
    I.click("Log out")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.dont_see("0042 1189 4821")


def test_hb_409_xfer_page_after_sign_off():
    """after sign off, going to Transfer again asks you to log on"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Log out")
    I.go_to("/bank/transfer.html")
    I.see("Please sign in to continue.")
