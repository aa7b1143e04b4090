"""Harbor Trust online banking (`/bank/`), described the way testers write tickets."""

from testgen import I


def test_sign_in():
    """Sign in as alice with password s3cret! and check the greeting says Good morning, Alice"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("Good morning, Alice")


def test_empty_sign_in():
    """Try to sign in without typing anything. It should ask for the username ("Enter your username.")"""
    I.go_to("/bank/")
    I.click("Sign in")
    I.see("Enter your username.")


def test_wrong_password():
    """login alice / oops -> expect 'Incorrect username or password.'"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "oops")
    I.click("Sign in")
    I.see("Incorrect username or password.")


def test_missing_password():
    """Put alice in the username box, leave the password blank and press Sign in; make sure it complains with
    "Enter your password."."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.click("Sign in")
    I.see("Enter your password.")


def test_dismiss_notice():
    """Log in (alice, s3cret!), close the service notice with Dismiss notice, and the text
    "Scheduled maintenance" must not be visible any more."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Dismiss notice")
    I.dont_see("Scheduled maintenance")


def test_transfer_needs_accounts():
    """Sign in as alice (password s3cret!), go to Transfer money and hit Continue without filling in the form.
    Expected: "Choose the account to transfer from." is shown."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Transfer money")
    I.click("Continue")
    I.see("Choose the account to transfer from.")


def test_transfer_between_accounts():
    """As alice/s3cret!, move 25.00 from Checking to Savings: open Transfer, choose Checking in From account
    and Savings in To account, type 25.00 as the amount, Continue, then Confirm transfer. We should get
    "Transfer complete."."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Transfer")
    I.select("From account", "Checking")
    I.select("To account", "Savings")
    I.fill("Amount ($)", "25.00")
    I.click("Continue")
    I.click("Confirm transfer")
    I.see("Transfer complete.")


def test_credit_card_transfer_refused():
    """Log in as alice with s3cret!, click Transfer, pick Credit Card as the from account and Checking as the
    to account, amount 10, Continue. The page must refuse: "Transfers from a credit card are not allowed.\""""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Transfer")
    I.select("From account", "Credit Card")
    I.select("To account", "Checking")
    I.fill("Amount ($)", "10")
    I.click("Continue")
    I.see("Transfers from a credit card are not allowed.")


def test_same_account_refused():
    """alice / s3cret! → Transfer → from Savings to Savings, 5 dollars → Continue → "Choose two different
    accounts." """
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Transfer")
    I.select("From account", "Savings")
    I.select("To account", "Savings")
    I.fill("Amount ($)", "5")
    I.click("Continue")
    I.see("Choose two different accounts.")


def test_history():
    """After signing in with alice and s3cret!, open the History page; the payroll deposit
    "Payroll deposit - Northwind Ltd" should be listed."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("History")
    I.see("Payroll deposit - Northwind Ltd")


def test_history_filter():
    """Sign in (alice / s3cret!), open History, show only the Savings account and check that
    "Grocer's Corner" disappears."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("History")
    I.select("Show account", "Savings")
    I.dont_see("Grocer's Corner")


def test_log_out():
    """Log in as alice, password s3cret!, then Log out. The sign-in page says "You have been signed out.\""""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Log out")
    I.see("You have been signed out.")
