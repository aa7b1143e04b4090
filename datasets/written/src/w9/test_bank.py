"""bank: tasks written by w9."""

from testgen import I


def test_login_works():
    """log in as alice / s3cret! and you end up on your accounts page with a greeting"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("Good morning, Alice")
    I.see("Signed in as alice")


def test_wrong_password_refused():
    """Wrong password should be refused. Try alice with 'secret' - you get told the username or password is wrong and you stay on the sign in page."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "secret")
    I.click("Sign in")
    I.see("Incorrect username or password.")
    I.dont_see("Good morning, Alice")


def test_missing_username():
    """Sign in with nothing filled in -> asks for the username"""
    I.go_to("/bank/")
    I.click("Sign in")
    I.see("Enter your username.")


def test_missing_password():
    """Username only, no password. Should ask me for the password."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.click("Sign in")
    I.see("Enter your password.")


def test_forgot_password():
    """click forgot password, the phone number to call should show"""
    I.go_to("/bank/")
    I.click("Forgot your password?")
    I.see("Call 1-800-555-0142 to reset your password.")


def test_total_available():
    """After logging in the total available across accounts should be $12,570.55"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("$12,570.55")


def test_remember_username():
    """Tick remember my username, sign in, log out. The username box should already have alice in it."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.check("Remember my username")
    I.click("Sign in")
    I.click("Log out")
    I.see("You have been signed out.")
    I.see_value("Username", "alice")


def test_logout():
    """Log out from the accounts page. You land back on sign in with a signed out message."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Log out")
    I.see("You have been signed out.")
    I.dont_see("Signed in as alice")


def test_protected_page_redirect():
    """going straight to the history page without logging in should bounce me to sign in and ask me to sign in first"""
    I.go_to("/bank/history.html")
    I.see("Please sign in to continue.")
    I.see_url("index.html")


def test_show_account_number():
    """On the accounts overview, Show number on the checking card reveals the full account number"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Show number", near="Checking")
    I.see("Account number 0042 1189 4821")


def test_hide_number_again():
    """reveal savings number then hide it again - the long number is gone, back to 'ending 7730'"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Show number", near="Savings")
    I.click("Hide number")
    I.dont_see("Account number 0042 1189 7730")
    I.see("Account ending 7730")


def test_dismiss_notice():
    """The maintenance banner can be dismissed; it should go away."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Dismiss notice")
    I.dont_see("Scheduled maintenance")


def test_transfer_happy_path():
    """Move $200 from checking to savings. Review it, confirm, and you should get a confirmation with a TX number. Checking goes down to 2,250."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Transfer money")
    I.select("From account", "Checking (...4821)")
    I.select("To account", "Savings (...7730)")
    I.fill("Amount ($)", "200")
    I.click("Continue")
    I.click("Confirm transfer")
    I.see("Transfer complete. $200.00 sent from Checking to Savings. Confirmation number TX-1005.")
    I.see("Checking: $2,250.00")


def test_transfer_same_account():
    """Transferring from savings to savings isn't allowed - error about picking two different accounts"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Transfer money")
    I.select("From account", "Savings (...7730)")
    I.select("To account", "Savings (...7730)")
    I.fill("Amount ($)", "10")
    I.click("Continue")
    I.see("Choose two different accounts.")


def test_transfer_from_credit_card():
    """you can't transfer out of the credit card. it should say so"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Transfer money")
    I.select("From account", "Credit Card (...0092)")
    I.select("To account", "Checking (...4821)")
    I.fill("Amount ($)", "50")
    I.click("Continue")
    I.see("Transfers from a credit card are not allowed.")


def test_transfer_too_much():
    """Try sending 5000 out of checking which only has 2,450. Should be refused for insufficient funds."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Transfer money")
    I.select("From account", "Checking (...4821)")
    I.select("To account", "Savings (...7730)")
    I.fill("Amount ($)", "5000")
    I.click("Continue")
    I.see("Insufficient funds: Checking has $2,450.00 available.")
    I.dont_see("Confirm your transfer")


def test_transfer_bad_amount():
    """amount with letters in it like 'ten' gets rejected with an example of a valid amount"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Transfer money")
    I.select("From account", "Savings (...7730)")
    I.select("To account", "Checking (...4821)")
    I.fill("Amount ($)", "ten")
    I.click("Continue")
    I.see("Enter a valid amount, like 25.00.")


def test_transfer_zero():
    """Zero dollars shouldn't go through"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Transfer money")
    I.select("From account", "Checking (...4821)")
    I.select("To account", "Savings (...7730)")
    I.fill("Amount ($)", "0.00")
    I.click("Continue")
    I.see("The amount must be greater than $0.00.")


def test_transfer_empty_form():
    """Hit Continue on an empty transfer form. You should get errors for both accounts and the amount."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Transfer money")
    I.click("Continue")
    I.see("Choose the account to transfer from.")
    I.see("Choose the account to transfer to.")
    I.see("Enter an amount.")


def test_transfer_review_shows_reference():
    """Fill a transfer with reference 'Rainy day', continue. The review screen should show my reference and the amount as $75.50"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Transfer money")
    I.select("From account", "Checking (...4821)")
    I.select("To account", "Savings (...7730)")
    I.fill("Amount ($)", "75.5")
    I.fill("Reference (optional)", "Rainy day")
    I.click("Continue")
    I.see("Confirm your transfer")
    I.see("$75.50")
    I.see("Rainy day")


def test_transfer_edit_goes_back():
    """On the confirm step, Edit takes you back to the form with your amount still there"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Transfer money")
    I.select("From account", "Savings (...7730)")
    I.select("To account", "Checking (...4821)")
    I.fill("Amount ($)", "120")
    I.click("Continue")
    I.click("Edit")
    I.see_value("Amount ($)", "120")
    I.dont_see("Confirm your transfer")


def test_transfer_shows_in_history():
    """After a transfer of 40 from savings to checking with reference 'gym', the history should list it on both accounts"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Transfer money")
    I.select("From account", "Savings (...7730)")
    I.select("To account", "Checking (...4821)")
    I.fill("Amount ($)", "40")
    I.fill("Reference (optional)", "gym")
    I.click("Continue")
    I.click("Confirm transfer")
    I.click("View transaction history")
    I.see("Transfer to Checking - gym")
    I.see("Transfer from Savings - gym")
    I.see("6 transactions")


def test_history_filter_by_account():
    """Filter the history to the credit card. Only the grocery charge shows, payroll doesn't."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("See all transactions")
    I.select("Show account", "Credit Card")
    I.see("Grocer's Corner")
    I.see("1 transaction")
    I.dont_see("Payroll deposit - Northwind Ltd")


def test_history_savings_count():
    """history, filter to Savings -> just the interest payment, 1 transaction"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("See all transactions")
    I.select("Show account", "Savings")
    I.see("Interest payment")
    I.see("1 transaction")


def test_total_updates_after_transfer():
    """Transfer 100 from savings to the credit card and go back to accounts. Once it says complete, go back to accounts - total available should drop by 100 to $12,470.55."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Transfer money")
    I.select("From account", "Savings (...7730)")
    I.select("To account", "Credit Card (...0092)")
    I.fill("Amount ($)", "100")
    I.click("Continue")
    I.click("Confirm transfer")
    I.wait_for("Transfer complete.")
    I.go_to("/bank/accounts.html")
    I.see("$12,470.55")


def test_cancel_transfer():
    """Cancel on the transfer page brings me back to my accounts overview"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Transfer money")
    I.click("Cancel")
    I.see("Total available:")
    I.see_url("accounts.html")


def test_login_next_page():
    """If you open transfer while logged out and then sign in, you land on the transfer page"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("Transfer between your accounts")
    I.see_url("transfer.html")


def test_amount_with_commas():
    """amounts with a comma like 1,000.00 are fine. Savings to checking, review shows $1,000.00"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Transfer money")
    I.select("From account", "Savings (...7730)")
    I.select("To account", "Checking (...4821)")
    I.fill("Amount ($)", "1,000.00")
    I.click("Continue")
    I.see("$1,000.00")
    I.dont_see("Enter a valid amount, like 25.00.")


def test_no_reference_shows_none():
    """Leave the reference empty; the confirm page should say None for it"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Transfer money")
    I.select("From account", "Checking (...4821)")
    I.select("To account", "Credit Card (...0092)")
    I.fill("Amount ($)", "12")
    I.click("Continue")
    I.see("None")
    I.see("Credit Card (...0092)")


def test_recent_activity_updated():
    """After sending 25 checking->savings, the recent activity on the overview should show the transfer"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Transfer money")
    I.select("From account", "Checking (...4821)")
    I.select("To account", "Savings (...7730)")
    I.fill("Amount ($)", "25")
    I.click("Continue")
    I.click("Confirm transfer")
    I.wait_for("Transfer complete.")
    I.go_to("/bank/accounts.html")
    I.see("Transfer from Checking")
    I.see("-$25.00")


def test_forget_username():
    """If I untick remember my username on the next sign in, it should forget me after logging out"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.check("Remember my username")
    I.click("Sign in")
    I.click("Log out")
    I.fill("Password", "s3cret!")
    I.uncheck("Remember my username")
    I.click("Sign in")
    I.click("Log out")
    I.see_value("Username", "")


def test_checking_history_count():
    """Transaction history filtered to Checking shows the two checking ones (payroll and rent) and not the interest"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("See all transactions")
    I.select("Show account", "Checking")
    I.see("2 transactions")
    I.see("Rent - Elm Street Apartments")
    I.dont_see("Interest payment")
