"""Ledger (transaction history) and its account filter."""

from testgen import I


def test_hb_301_ledger_filter_savings():
    """HB-301 ledger filter on 7730 -> just the interest payment, 1 transaction"""
    I.go_to("/bank/history.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("Show account", "Savings")
    I.see("1 transaction")
    I.see("Interest payment")


def test_hb_302_ledger_filter_card_hides_rent():
    """HB-302 filter the ledger to the card (0092): Grocer's Corner stays, rent should drop out"""
    I.go_to("/bank/history.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("Show account", "Credit Card")
    I.see("Grocer's Corner")
    I.dont_see("Rent - Elm Street Apartments")


def test_hb_304_ledger_back_to_all_accounts():
    """ledger: pick 4821, then All accounts again -> all 4 transactions back"""
    I.go_to("/bank/history.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("Show account", "Checking")
    I.select("Show account", "All accounts")
    I.see("4 transactions")


def test_hb_310_xfer_shows_in_ledger_with_tx_ref():
    """HB-310 xfer lands in the ledger
    log on, xfer 60 from 7730 to 4821, hit Review, hit Send, then View transaction history
    should be there under TX ref TX-1005"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings (...7730)")
    I.select("To account", "Checking (...4821)")
    I.fill("Amount ($)", "60")
    I.click("Continue")
    I.click("Confirm transfer")
    I.click("View transaction history")
    I.see("TX-1005")


def test_hb_312_ledger_count_after_xfer():
    """HB-312 ledger count goes to 6 after one xfer (two legs)
    25 from 4821 to 7730, hit Review, hit Send, open the ledger"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking (...4821)")
    I.select("To account", "Savings (...7730)")
    I.fill("Amount ($)", "25")
    I.click("Continue")
    I.click("Confirm transfer")
    I.click("View transaction history")
    I.see("6 transactions")


def test_hb_140_see_all_transactions_opens_ledger():
    """From the dashboard, 'See all transactions' goes to the ledger"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("See all transactions")
    I.see_url("history.html")
    I.see("Transaction history")
