"""Transfer confirm step (after Review)."""

from testgen import I


def test_hb_230_review_shows_details():
    """HB-230 review step shows what we entered
    xfer 125.50 from 4821 to 7730 with reference 'Holiday pot', hit Review"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking (...4821)")
    I.select("To account", "Savings (...7730)")
    I.fill("Amount ($)", "125.50")
    I.fill("Reference (optional)", "Holiday pot")
    I.click("Continue")
    I.see("$125.50")
    I.see("Holiday pot")


def test_hb_231_review_no_reference():
    """HB-231 no reference on the xfer -> review says None"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings (...7730)")
    I.select("To account", "Credit Card (...0092)")
    I.fill("Amount ($)", "40")
    I.click("Continue")
    I.see("None")


def test_hb_233_edit_goes_back_to_form():
    """HB-233 Edit on the review step takes you back to the xfer form with the amount kept"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking (...4821)")
    I.select("To account", "Savings (...7730)")
    I.fill("Amount ($)", "75")
    I.click("Continue")
    I.click("Edit")
    I.see_value("Amount ($)", "75")
    I.dont_see("Confirm your transfer")


def test_hb_236_amount_with_dollar_and_comma():
    """$1,000 typed with the dollar sign and comma is fine: 7730 -> 4821, hit Review, review shows $1,000.00"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings (...7730)")
    I.select("To account", "Checking (...4821)")
    I.fill("Amount ($)", "$1,000")
    I.click("Continue")
    I.see("$1,000.00")


def test_hb_239_cancel_xfer_back_to_dashboard():
    """HB-239 Cancel on the xfer form goes back to the dashboard"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Cancel")
    I.see_url("accounts.html")
    I.see("Good morning, Alice")


def test_hb_141_transfer_money_quick_action():
    """HB-141 'Transfer money' quick action on the dashboard opens the xfer form"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Transfer money")
    I.see("Transfer between your accounts")
