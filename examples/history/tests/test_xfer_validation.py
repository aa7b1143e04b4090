"""Transfer form: what Review refuses."""

from testgen import I


def test_hb_201_xfer_nothing_filled():
    """HB-201 hit Review on an empty xfer form
    should list both account errors and 'Enter an amount.'"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Continue")
    I.see("Choose the account to transfer from.")
    I.see("Choose the account to transfer to.")
    I.see("Enter an amount.")


def test_hb_205_xfer_same_account():
    """HB-205 xfer 4821 -> 4821 is refused ("Choose two different accounts.")"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking (...4821)")
    I.select("To account", "Checking (...4821)")
    I.fill("Amount ($)", "50")
    I.click("Continue")
    I.see("Choose two different accounts.")


def test_hb_214_xfer_from_card_blocked():
    """HB-214 xfer from the card is blocked
    0092 to 4821, 20.00, hit Review -> not allowed from a credit card"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Credit Card (...0092)")
    I.select("To account", "Checking (...4821)")
    I.fill("Amount ($)", "20.00")
    I.click("Continue")
    I.see("Transfers from a credit card are not allowed.")


def test_hb_218_xfer_more_than_balance():
    """HB-218 insufficient funds: 2,500 out of 4821 (only 2,450 there), hit Review
    error names the balance, no confirm step"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking (...4821)")
    I.select("To account", "Savings (...7730)")
    I.fill("Amount ($)", "2500")
    I.click("Continue")
    I.see("Insufficient funds: Checking has $2,450.00 available.")
    I.dont_see("Confirm your transfer")


def test_hb_222_xfer_three_decimals():
    """HB-222 amount 10.999 from 7730 to 4821 -> 'Enter a valid amount, like 25.00.'"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings (...7730)")
    I.select("To account", "Checking (...4821)")
    I.fill("Amount ($)", "10.999")
    I.click("Continue")
    I.see("Enter a valid amount, like 25.00.")


def test_hb_223_xfer_zero_amount():
    """zero-dollar xfer 7730 to 4821, hit Review: must be greater than $0.00"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings (...7730)")
    I.select("To account", "Checking (...4821)")
    I.fill("Amount ($)", "0.00")
    I.click("Continue")
    I.see("The amount must be greater than $0.00.")
