"""Completing a transfer (Send)."""

from testgen import I


def test_hb_250_xfer_completes_with_tx_ref():
    """HB-250 happy path xfer
    200 from 4821 to 7730, hit Review, hit Send -> complete, TX ref TX-1005"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking (...4821)")
    I.select("To account", "Savings (...7730)")
    I.fill("Amount ($)", "200")
    I.click("Continue")
    I.click("Confirm transfer")
    I.see("Transfer complete. $200.00 sent from Checking to Savings. Confirmation number TX-1005.")


def test_hb_252_new_balances_after_send():
    """HB-252 new balances after Send: 4821 down to $2,250.00, 7730 up to $10,320.55"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking (...4821)")
    I.select("To account", "Savings (...7730)")
    I.fill("Amount ($)", "200")
    I.click("Continue")
    I.click("Confirm transfer")
    I.see("Checking: $2,250.00")
    I.see("Savings: $10,320.55")


def test_hb_255_pay_down_card():
    """HB-255 paying the card from savings. xfer 312.40 from 7730 to 0092, card should end at $0.00"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings (...7730)")
    I.select("To account", "Credit Card (...0092)")
    I.fill("Amount ($)", "312.40")
    I.click("Continue")
    I.click("Confirm transfer")
    I.see("Credit Card: $0.00")



def test_hb_261_make_another_xfer_fresh_form():
    """HB-261 'Make another transfer' after Send -> back to the xfer form, success message gone"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings (...7730)")
    I.select("To account", "Checking (...4821)")
    I.fill("Amount ($)", "10")
    I.click("Continue")
    I.click("Confirm transfer")
    I.click("Make another transfer")
    I.dont_see("Transfer complete.")


def test_hb_265_mx_banner_killed_during_xfer():
    """HB-265 kill the MX banner on the xfer page, then 15 from 7730 to 4821 and hit Review
    confirm step should come up and the banner stays gone"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Dismiss notice")
    I.select("From account", "Savings (...7730)")
    I.select("To account", "Checking (...4821)")
    I.fill("Amount ($)", "15")
    I.click("Continue")
    I.see("Confirm your transfer")
    I.dont_see("Scheduled maintenance")
