"""bank: tasks written by w4."""

from testgen import I


def test_sign_in_lands_on_accounts():
    """As a customer, I want to sign in with my username and password so that I can see my accounts.
AC1: enter alice / s3cret! on the sign-in form and press Sign in
AC2: the greeting "Good morning, Alice" is shown
AC3: the header says "Signed in as alice\""""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("Good morning, Alice")
    I.see("Signed in as alice")


def test_wrong_password_rejected():
    """As a bank, we want wrong passwords rejected so that nobody gets into someone else's account.
- sign in as alice with password "hunter2"
- the message "Incorrect username or password." appears
- the user must not reach the accounts page (no "Good morning, Alice")"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "hunter2")
    I.click("Sign in")
    I.see("Incorrect username or password.")
    I.dont_see("Good morning, Alice")


def test_empty_username_message():
    """AC: submitting the sign-in form with nothing filled in shows "Enter your username.\""""
    I.go_to("/bank/")
    I.click("Sign in")
    I.see("Enter your username.")


def test_missing_password_message():
    """As a customer who forgot to type my password, I want to be told what's missing.
AC1: username alice, password left blank, click Sign in
AC2: "Enter your password." is displayed"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.click("Sign in")
    I.see("Enter your password.")


def test_forgot_password_shows_phone():
    """As a customer who can't remember my password, I want to know how to reset it.
AC: clicking "Forgot your password?" reveals the phone number 1-800-555-0142"""
    I.go_to("/bank/")
    I.click("Forgot your password?")
    I.see("1-800-555-0142")


def test_protected_page_asks_to_sign_in():
    """As a bank I want the transfer page protected.
AC1: opening /bank/transfer.html without a session sends the user to sign in
AC2: the message "Please sign in to continue." is shown"""
    I.go_to("/bank/transfer.html")
    I.see("Please sign in to continue.")
    I.see_url("next=transfer.html")


def test_sign_in_returns_to_requested_page():
    """As a customer who followed a link to History, I want to end up there after signing in, not on the overview.
AC1: go to history.html while signed out
AC2: sign in as alice / s3cret!
AC3: "Transaction history" page opens"""
    I.go_to("/bank/history.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("Transaction history")
    I.see_url("history.html")


def test_remember_username():
    """As a returning customer I want my username remembered so I don't have to type it every time.
- tick "Remember my username" and sign in as alice
- log out
- the Username field on the sign-in form already says alice"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.check("Remember my username")
    I.click("Sign in")
    I.click("Log out")
    I.see_value("Username", "alice")


def test_log_out_message():
    """As a customer on a shared computer I want to log out.
AC1: after signing in, clicking Log out shows "You have been signed out."
AC2: the "Signed in as alice" label is no longer shown"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Log out")
    I.see("You have been signed out.")
    I.dont_see("Signed in as alice")


def test_accounts_balances_and_total():
    """AC1: once signed in, the overview lists Checking with $2,450.00 and Savings with $10,120.55
AC2: Total available reads $12,570.55 (the credit card debt isn't counted)"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("$2,450.00")
    I.see("$10,120.55")
    I.see("$12,570.55")


def test_show_full_account_number():
    """As a customer filling in a paper form, I want to see my full account number.
AC1: on the accounts overview click "Show number" on the Checking card
AC2: it reads "Account number 0042 1189 4821"
AC3: the link now says "Hide number\""""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Show number", near="Checking")
    I.see("Account number 0042 1189 4821")
    I.see("Hide number")


def test_hide_account_number_again():
    """I want to be able to hide the full number again. Reveal the savings number, then hide it: "Account ending 7730" is back and the full number 0042 1189 7730 is not on screen anymore."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Show number", near="Savings")
    I.click("Hide number")
    I.see("Account ending 7730")
    I.dont_see("0042 1189 7730")


def test_dismiss_maintenance_notice():
    """As a customer I want to get rid of the maintenance banner once I've read it.
AC: after signing in, dismissing the service notice removes "Scheduled maintenance" from the page"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Dismiss notice")
    I.dont_see("Scheduled maintenance")


def test_recent_activity_on_overview():
    """AC: the Recent activity table on the overview shows the interest payment of $12.55 after sign-in"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("Interest payment")
    I.see("$12.55")


def test_history_filter_savings():
    """As a saver I want to see only my savings transactions.
AC1: on the History page, choose Savings in "Show account"
AC2: the count says "1 transaction"
AC3: the rent payment is not listed"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("History")
    I.select("Show account", "Savings")
    I.see("1 transaction")
    I.dont_see("Rent - Elm Street Apartments")


def test_history_all_count():
    """AC1: History shows "4 transactions" for a new session
AC2: filtering to Checking shows "2 transactions\""""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("History")
    I.see("4 transactions")
    I.select("Show account", "Checking")
    I.see("2 transactions")


def test_history_credit_card_filter():
    """As a card holder I want to filter history by my credit card so I can check purchases. Choosing Credit Card should leave Grocer's Corner (-$87.34) in the list."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("History")
    I.select("Show account", "Credit Card")
    I.see("Grocer's Corner")
    I.see("-$87.34")


def test_transfer_checking_to_savings():
    """As a customer, I want to move money from Checking to Savings so that I can save.
AC1: From Checking, To Savings, amount 100.00, Continue, then Confirm transfer
AC2: the new balances show Checking: $2,350.00"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking (...4821)")
    I.select("To account", "Savings (...7730)")
    I.fill("Amount ($)", "100.00")
    I.click("Continue")
    I.click("Confirm transfer")
    I.see("Checking: $2,350.00")


def test_transfer_confirmation_number():
    """AC: a completed transfer of $25 from Savings to Checking gets confirmation number TX-1005"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings (...7730)")
    I.select("To account", "Checking (...4821)")
    I.fill("Amount ($)", "25")
    I.click("Continue")
    I.click("Confirm transfer")
    I.see("Confirmation number TX-1005")


def test_transfer_same_account_rejected():
    """As a bank we don't want transfers from an account to itself.
- From Checking, To Checking, amount 10
- Continue shows "Choose two different accounts."
- the confirm step must not appear"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking (...4821)")
    I.select("To account", "Checking (...4821)")
    I.fill("Amount ($)", "10")
    I.click("Continue")
    I.see("Choose two different accounts.")
    I.dont_see("Confirm your transfer")


def test_transfer_from_credit_card_blocked():
    """AC1: choosing Credit Card as the From account and Checking as To, amount 50
AC2: the form says "Transfers from a credit card are not allowed.\""""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Credit Card (...0092)")
    I.select("To account", "Checking (...4821)")
    I.fill("Amount ($)", "50")
    I.click("Continue")
    I.see("Transfers from a credit card are not allowed.")


def test_transfer_insufficient_funds():
    """As a customer I should be stopped when I try to send more than I have.
AC: moving 5000 from Checking to Savings shows "Insufficient funds: Checking has $2,450.00 available.\""""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking (...4821)")
    I.select("To account", "Savings (...7730)")
    I.fill("Amount ($)", "5000")
    I.click("Continue")
    I.see("Insufficient funds: Checking has $2,450.00 available.")


def test_transfer_amount_format():
    """The transfer form must not accept an amount like "12.345" — it should say "Enter a valid amount, like 25.00.\""""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking (...4821)")
    I.select("To account", "Savings (...7730)")
    I.fill("Amount ($)", "12.345")
    I.click("Continue")
    I.see("Enter a valid amount, like 25.00.")


def test_transfer_zero_amount():
    """AC1: an amount of 0 between Savings and Checking is refused
AC2: message: "The amount must be greater than $0.00.\""""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings (...7730)")
    I.select("To account", "Checking (...4821)")
    I.fill("Amount ($)", "0")
    I.click("Continue")
    I.see("The amount must be greater than $0.00.")


def test_transfer_empty_form_errors():
    """As a customer who clicks Continue too early, I want to see everything that's missing at once.
AC1: "Choose the account to transfer from."
AC2: "Choose the account to transfer to."
AC3: "Enter an amount.\""""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Continue")
    I.see("Choose the account to transfer from.")
    I.see("Choose the account to transfer to.")
    I.see("Enter an amount.")


def test_transfer_reference_in_review():
    """As a saver I want to label my transfers. Transfer 40 from Checking to Savings with reference "Holiday pot"; the review step shows Holiday pot as the reference."""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking (...4821)")
    I.select("To account", "Savings (...7730)")
    I.fill("Amount ($)", "40")
    I.fill("Reference (optional)", "Holiday pot")
    I.click("Continue")
    I.see("Holiday pot")


def test_transfer_without_reference_shows_none():
    """AC: when no reference is typed the review shows Reference "None" (transfer 15 Savings -> Checking)"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings (...7730)")
    I.select("To account", "Checking (...4821)")
    I.fill("Amount ($)", "15")
    I.click("Continue")
    I.see("None")


def test_transfer_edit_goes_back():
    """As a customer who spots a mistake on the review screen I want to go back and change it.
AC1: get to the review step (Checking to Savings, 60)
AC2: Edit brings the form back with 60 still in the amount field"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking (...4821)")
    I.select("To account", "Savings (...7730)")
    I.fill("Amount ($)", "60")
    I.click("Continue")
    I.click("Edit")
    I.see_value("Amount ($)", "60")


def test_transfer_updates_overview_total():
    """As a card holder I want to pay off my card from Checking.
AC: paying 312.40 from Checking to the Credit Card ends with "Credit Card: $0.00" in the new balances"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking (...4821)")
    I.select("To account", "Credit Card (...0092)")
    I.fill("Amount ($)", "312.40")
    I.click("Continue")
    I.click("Confirm transfer")
    I.see("Credit Card: $0.00")


def test_transfer_cancel_link():
    """As a customer who changed my mind I want Cancel on the transfer form to take me back to my accounts overview (Good morning, Alice)."""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Cancel")
    I.see_url("accounts.html")
    I.see("Your accounts")


def test_transfer_amount_with_dollar_sign():
    """The amount field should accept "$1,000" typed the way people write money: transfer from Savings to Checking, review shows $1,000.00."""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings (...7730)")
    I.select("To account", "Checking (...4821)")
    I.fill("Amount ($)", "$1,000")
    I.click("Continue")
    I.see("$1,000.00")


def test_username_with_spaces():
    """As a customer typing on my phone, I sometimes add a space by accident. " alice " with the right password should still sign me in (Good morning, Alice)."""
    I.go_to("/bank/")
    I.fill("Username", " alice ")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("Good morning, Alice")


def test_unknown_user():
    """AC: signing in as "bob" with s3cret! fails with "Incorrect username or password.\""""
    I.go_to("/bank/")
    I.fill("Username", "bob")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("Incorrect username or password.")


def test_credit_card_full_number():
    """AC1: sign in, Show number on the Credit Card
AC2: "Account number 0042 1189 0092" is shown"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Show number", near="Credit Card")
    I.see("Account number 0042 1189 0092")


def test_history_confirmation_numbers():
    """As a customer calling the bank, I need the confirmation number of a payment.
AC: History lists the rent payment with confirmation TX-1002"""
    I.go_to("/bank/history.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("TX-1002")
    I.see("Rent - Elm Street Apartments")


def test_pay_part_of_card():
    """AC1: transfer 100 from Savings to the Credit Card and confirm
AC2: the new balances show Credit Card: -$212.40 and Savings: $10,020.55"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings (...7730)")
    I.select("To account", "Credit Card (...0092)")
    I.fill("Amount ($)", "100")
    I.click("Continue")
    I.click("Confirm transfer")
    I.see("Credit Card: -$212.40")


def test_amount_with_letters():
    """The transfer form must not accept letters in the amount: "ten" gives "Enter a valid amount, like 25.00.\""""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.fill("Amount ($)", "ten")
    I.click("Continue")
    I.see("Enter a valid amount, like 25.00.")


def test_after_logout_pages_locked():
    """As a security-minded customer, once I log out the accounts page must not be reachable.
AC1: sign in, Log out
AC2: opening accounts.html asks "Please sign in to continue." and no balances are shown"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Log out")
    I.go_to("/bank/accounts.html")
    I.see("Please sign in to continue.")
    I.dont_see("$10,120.55")


def test_history_back_to_all():
    """AC: on History, switching the filter to Savings and then back to All accounts shows 4 transactions again"""
    I.go_to("/bank/history.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("Show account", "Savings")
    I.see("1 transaction")
    I.select("Show account", "All accounts")
    I.see("4 transactions")


def test_recent_activity_only_three():
    """As a customer, the overview should only show my three latest transactions.
AC1: after sign-in, Recent activity lists Rent - Elm Street Apartments
AC2: the older Payroll deposit - Northwind Ltd is not in the list (it's on the History page)"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("Rent - Elm Street Apartments")
    I.dont_see("Payroll deposit - Northwind Ltd")


def test_history_checking_rent_amount():
    """AC: History filtered to Checking shows the rent payment as -$1,450.00 and the payroll deposit as $3,125.00"""
    I.go_to("/bank/history.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("Show account", "Checking")
    I.see("-$1,450.00")
    I.see("$3,125.00")
