"""bank: tasks written by w10."""

from testgen import I


def test_login_success():
    """Verify that alice / s3cret! signs in and lands on the accounts page with "Good morning, Alice"."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("Good morning, Alice")
    I.see_url("accounts.html")


def test_login_wrong_password():
    """Check that a wrong password is refused
Data: alice / secret
Expected: `Incorrect username or password.`"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "secret")
    I.click("Sign in")
    I.see("Incorrect username or password.")


def test_login_no_username():
    """Ensure Sign in with both fields empty says "Enter your username." """
    I.go_to("/bank/")
    I.click("Sign in")
    I.see("Enter your username.")


def test_login_no_password():
    """- [ ] username alice, password left blank
- [ ] Sign in
- [ ] "Enter your password." shown, still not signed in"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.click("Sign in")
    I.see("Enter your password.")
    I.dont_see("Good morning, Alice")


def test_forgot_password():
    """Check that "Forgot your password?" shows the phone number 1-800-555-0142."""
    I.go_to("/bank/")
    I.click("Forgot your password?")
    I.see("Call 1-800-555-0142 to reset your password.")


def test_signed_in_as_header():
    """Verify the top bar says "Signed in as alice" after login."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("Signed in as alice")


def test_logout():
    """Ensure Log out returns to sign-in with 'You have been signed out.'"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Log out")
    I.see("You have been signed out.")
    I.dont_see("Signed in as alice")


def test_protected_page_redirects():
    """Verify opening transfer.html without signing in asks to sign in first ("Please sign in to continue.")."""
    I.go_to("/bank/transfer.html")
    I.see("Please sign in to continue.")
    I.see_url("next=transfer.html")


def test_redirect_back_after_login():
    """Pre: not signed in. Open /bank/history.html, sign in as alice -> should land on Transaction history, not accounts."""
    I.go_to("/bank/history.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("Transaction history")
    I.see_url("history.html")


def test_account_balances():
    """Check the accounts overview after login: Checking $2,450.00, Savings $10,120.55, total available $12,570.55"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("$2,450.00")
    I.see("$10,120.55")
    I.see("$12,570.55")


def test_show_account_number():
    """- [ ] sign in
- [ ] "Show number" on the Savings card
- [ ] full number 0042 1189 7730 displayed"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Show number", near="Savings")
    I.see("Account number 0042 1189 7730")


def test_hide_account_number():
    """Verify Hide number masks the Checking number again (back to "Account ending 4821")."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Show number", near="Checking")
    I.click("Hide number")
    I.see("Account ending 4821")
    I.dont_see("Account number 0042 1189 4821")


def test_dismiss_notice():
    """Ensure the maintenance notice can be dismissed with its × button."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Dismiss notice")
    I.dont_see("Scheduled maintenance")


def test_transfer_checking_to_savings():
    """Verify a transfer Checking -> Savings of 100.00 completes with confirmation TX-1005."""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking")
    I.select("To account", "Savings")
    I.fill("Amount ($)", "100.00")
    I.click("Continue")
    I.click("Confirm transfer")
    I.see("Transfer complete. $100.00 sent from Checking to Savings. Confirmation number TX-1005.")


def test_transfer_new_balances():
    """Check new balances after moving $50 from Savings to Checking: Savings: $10,070.55 and Checking: $2,500.00"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings")
    I.select("To account", "Checking")
    I.fill("Amount ($)", "50")
    I.click("Continue")
    I.click("Confirm transfer")
    I.see("Savings: $10,070.55")
    I.see("Checking: $2,500.00")


def test_transfer_review_page():
    """Verify the confirm step shows what I entered - 25.50 from Checking to Savings, reference "Rainy day" """
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking")
    I.select("To account", "Savings")
    I.fill("Amount ($)", "25.50")
    I.fill("Reference (optional)", "Rainy day")
    I.click("Continue")
    I.see("Confirm your transfer")
    I.see("$25.50")
    I.see("Rainy day")


def test_transfer_no_reference_none():
    """Check that a transfer without a reference shows Reference "None" on the confirmation step."""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings")
    I.select("To account", "Checking")
    I.fill("Amount ($)", "10")
    I.click("Continue")
    I.see("None")


def test_transfer_same_account():
    """Ensure you can't transfer Checking -> Checking: "Choose two different accounts." """
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking")
    I.select("To account", "Checking")
    I.fill("Amount ($)", "20")
    I.click("Continue")
    I.see("Choose two different accounts.")
    I.dont_see("Confirm your transfer")


def test_transfer_from_credit_card_refused():
    """Verify transfers out of the Credit Card are refused (Data: Credit Card -> Savings, 10)."""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Credit Card")
    I.select("To account", "Savings")
    I.fill("Amount ($)", "10")
    I.click("Continue")
    I.see("Transfers from a credit card are not allowed.")


def test_transfer_insufficient_funds():
    """- [ ] Checking -> Savings, amount 5000
- [ ] Continue
- [ ] error: Insufficient funds: Checking has $2,450.00 available."""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking")
    I.select("To account", "Savings")
    I.fill("Amount ($)", "5000")
    I.click("Continue")
    I.see("Insufficient funds: Checking has $2,450.00 available.")


def test_transfer_invalid_amount():
    """Check amount format validation: "12.345" -> `Enter a valid amount, like 25.00.`"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings")
    I.select("To account", "Checking")
    I.fill("Amount ($)", "12.345")
    I.click("Continue")
    I.see("Enter a valid amount, like 25.00.")


def test_transfer_zero_amount():
    """Ensure a zero amount is not accepted ("The amount must be greater than $0.00.")."""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings")
    I.select("To account", "Checking")
    I.fill("Amount ($)", "0")
    I.click("Continue")
    I.see("The amount must be greater than $0.00.")


def test_transfer_empty_form_errors():
    """Verify Continue on an empty transfer form lists all three errors (from, to, amount)."""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Continue")
    I.see("Choose the account to transfer from.")
    I.see("Choose the account to transfer to.")
    I.see("Enter an amount.")


def test_transfer_edit_goes_back():
    """Check that Edit on the confirm step takes you back to the form with the amount still filled in (75)."""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking")
    I.select("To account", "Savings")
    I.fill("Amount ($)", "75")
    I.click("Continue")
    I.click("Edit")
    I.dont_see("Confirm your transfer")
    I.see_value("Amount ($)", "75")


def test_transfer_dollar_sign_and_commas():
    """Verify an amount typed as "$1,000" is understood as $1,000.00 on the review step."""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings")
    I.select("To account", "Checking")
    I.fill("Amount ($)", "$1,000")
    I.click("Continue")
    I.see("$1,000.00")


def test_history_filter_savings():
    """History: choose Show account = Savings -> 1 transaction, only "Interest payment"; rent row gone"""
    I.go_to("/bank/history.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("Show account", "Savings")
    I.see("1 transaction")
    I.see("Interest payment")
    I.dont_see("Rent - Elm Street Apartments")


def test_history_filter_checking():
    """Ensure filtering history by Checking shows 2 transactions (payroll and rent)."""
    I.go_to("/bank/history.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("Show account", "Checking")
    I.see("2 transactions")
    I.see("Payroll deposit - Northwind Ltd")
    I.dont_see("Grocer's Corner")


def test_transfer_appears_in_history():
    """Verify a completed transfer shows up in history.
- [ ] transfer 40 Checking -> Savings with reference "Holiday"
- [ ] View transaction history
- [ ] "Transfer to Savings - Holiday" listed, 6 transactions"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking")
    I.select("To account", "Savings")
    I.fill("Amount ($)", "40")
    I.fill("Reference (optional)", "Holiday")
    I.click("Continue")
    I.click("Confirm transfer")
    I.click("View transaction history")
    I.see("Transfer to Savings - Holiday")
    I.see("6 transactions")


def test_transfer_updates_overview():
    """Check the accounts page reflects a transfer: after sending 450 Checking -> Savings, Checking shows $2,000.00"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking")
    I.select("To account", "Savings")
    I.fill("Amount ($)", "450")
    I.click("Continue")
    I.click("Confirm transfer")
    I.wait_for("Transfer complete.")
    I.click("Accounts")
    I.see("$2,000.00")


def test_remember_username():
    """Ensure "Remember my username" prefills alice on the sign-in page after logging out."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.check("Remember my username")
    I.click("Sign in")
    I.click("Log out")
    I.see_value("Username", "alice")


def test_wrong_username():
    """Sign in as "bob" with password s3cret! -> should be refused (Incorrect username or password.)"""
    I.go_to("/bank/")
    I.fill("Username", "bob")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("Incorrect username or password.")
    I.dont_see("Good morning")
