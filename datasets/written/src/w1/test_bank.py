"""bank: tasks written by w1."""

from testgen import I


def test_login_ok():
    """login alice/s3cret! -> 'Good morning, Alice' + accounts listed"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("Good morning, Alice")
    I.see("Signed in as alice")


def test_login_bad_pwd():
    """alice w/ pwd 'secret' => Incorrect username or password."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "secret")
    I.click("Sign in")
    I.see("Incorrect username or password.")
    I.dont_see("Good morning, Alice")


def test_login_no_username():
    """sign in with just a pwd, no username -> 'Enter your username.'"""
    I.go_to("/bank/")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("Enter your username.")


def test_login_no_password():
    """username alice, pwd left blank, sign in -> asks for password"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.click("Sign in")
    I.see("Enter your password.")


def test_forgot_password():
    """[login] click forgot your password? -> phone number msg 1-800-555-0142"""
    I.go_to("/bank/")
    I.click("Forgot your password?")
    I.see("Call 1-800-555-0142 to reset your password.")


def test_remember_username():
    """tick remember my username, login alice/s3cret!, log out => username box already says alice"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.check("Remember my username")
    I.click("Sign in")
    I.click("Log out")
    I.see_value("Username", "alice")


def test_no_remember():
    """login w/o remember, then log out; username field should be empty"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Log out")
    I.see("You have been signed out.")
    I.see_value("Username", "")


def test_logout_msg():
    """smoke: alice/s3cret! in, Log out -> 'You have been signed out.'"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Log out")
    I.see("You have been signed out.")


def test_history_needs_login():
    """open history.html while logged out -> bounced to sign in ('Please sign in to continue.'), sign in as alice -> back on history"""
    I.go_to("/bank/history.html")
    I.see("Please sign in to continue.")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see_url("history.html")
    I.see("Transaction history")


def test_logged_out_cant_see_accounts():
    """after log out, going back to accounts.html shouldn't show balances, asks to sign in"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Log out")
    I.go_to("/bank/accounts.html")
    I.see("Please sign in to continue.")
    I.dont_see("$10,120.55")


def test_balances():
    """accounts page after login: checking $2,450.00, savings $10,120.55, credit card -$312.40, total available $12,570.55"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("$2,450.00")
    I.see("$10,120.55")
    I.see("-$312.40")
    I.see("$12,570.55")


def test_show_account_number():
    """[accounts] Show number on checking => full no. 0042 1189 4821"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Show number", near="Checking")
    I.see("Account number 0042 1189 4821")


def test_hide_account_number():
    """savings: show number then hide number -> back to 'Account ending 7730', full number gone"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Show number", near="Savings")
    I.click("Hide number")
    I.dont_see("Account number 0042 1189 7730")
    I.see("Account ending 7730")


def test_dismiss_notice():
    """maintenance notice × (dismiss) -> gone"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Dismiss notice")
    I.dont_see("Scheduled maintenance")


def test_transfer_100():
    """transfer page (log in alice/s3cret! when asked): checking -> savings $100, continue, confirm => 'Transfer complete. $100.00 sent from Checking to Savings'"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking")
    I.select("To account", "Savings")
    I.fill("Amount ($)", "100")
    I.click("Continue")
    I.click("Confirm transfer")
    I.see("Transfer complete. $100.00 sent from Checking to Savings.")


def test_transfer_new_balances():
    """move 250.50 savings->checking; after confirm the new balances list should have Savings: $9,870.05"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings")
    I.select("To account", "Checking")
    I.fill("Amount ($)", "250.50")
    I.click("Continue")
    I.click("Confirm transfer")
    I.see("Savings: $9,870.05")


def test_transfer_confirm_number():
    """first transfer of the session gets confirmation TX-1005 (checking to credit card, 50)"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking")
    I.select("To account", "Credit Card")
    I.fill("Amount ($)", "50")
    I.click("Continue")
    I.click("Confirm transfer")
    I.see("Confirmation number TX-1005.")


def test_transfer_same_account():
    """checking to checking shouldn't be allowed -> 'Choose two different accounts.'"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking")
    I.select("To account", "Checking")
    I.fill("Amount ($)", "10")
    I.click("Continue")
    I.see("Choose two different accounts.")


def test_transfer_from_credit_card():
    """[transfer] from Credit Card -> savings, 20 => err 'Transfers from a credit card are not allowed.'"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Credit Card")
    I.select("To account", "Savings")
    I.fill("Amount ($)", "20")
    I.click("Continue")
    I.see("Transfers from a credit card are not allowed.")
    I.dont_see("Confirm your transfer")


def test_transfer_letters_amount():
    """amount 'ten' not accepted -> Enter a valid amount, like 25.00."""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings")
    I.select("To account", "Checking")
    I.fill("Amount ($)", "ten")
    I.click("Continue")
    I.see("Enter a valid amount, like 25.00.")


def test_transfer_three_decimals():
    """3 decimals (12.345) should be rejected, valid amount err"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking")
    I.select("To account", "Savings")
    I.fill("Amount ($)", "12.345")
    I.click("Continue")
    I.see("Enter a valid amount, like 25.00.")


def test_transfer_zero():
    """amount 0.00 -> must be greater than $0.00"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking")
    I.select("To account", "Savings")
    I.fill("Amount ($)", "0.00")
    I.click("Continue")
    I.see("The amount must be greater than $0.00.")


def test_transfer_insufficient():
    """try 5000 out of checking (only 2,450 there) -> 'Insufficient funds: Checking has $2,450.00 available.'"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking")
    I.select("To account", "Savings")
    I.fill("Amount ($)", "5000")
    I.click("Continue")
    I.see("Insufficient funds: Checking has $2,450.00 available.")


def test_transfer_nothing_filled():
    """hit Continue on empty transfer form -> from/to/amount errs"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Continue")
    I.see("Choose the account to transfer from.")
    I.see("Choose the account to transfer to.")
    I.see("Enter an amount.")


def test_transfer_confirm_review():
    """amount typed as '$1,000' (dollar sign + comma) should be fine -> review step shows $1,000.00"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings")
    I.select("To account", "Checking")
    I.fill("Amount ($)", "$1,000")
    I.click("Continue")
    I.see("$1,000.00")


def test_transfer_no_reference_none():
    """no reference typed -> confirm screen Reference = None"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking")
    I.select("To account", "Savings")
    I.fill("Amount ($)", "5")
    I.click("Continue")
    I.see("Confirm your transfer")
    I.see("None")


def test_transfer_edit_back():
    """confirm step -> Edit btn => back on form, amount still 75"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking")
    I.select("To account", "Savings")
    I.fill("Amount ($)", "75")
    I.click("Continue")
    I.click("Edit")
    I.see_value("Amount ($)", "75")


def test_history_filter_savings():
    """history, Show account = Savings -> only interest payment; rent not shown, '1 transaction'"""
    I.go_to("/bank/history.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("Show account", "Savings")
    I.see("1 transaction")
    I.see("Interest payment")
    I.dont_see("Rent - Elm Street Apartments")


def test_history_filter_credit_card():
    """[history] filter credit card -> Grocer's Corner, no payroll"""
    I.go_to("/bank/history.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("Show account", "Credit Card")
    I.see("Grocer's Corner")
    I.dont_see("Payroll deposit")


def test_history_filter_checking_count():
    """checking only in history => 2 transactions (payroll, rent)"""
    I.go_to("/bank/history.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("Show account", "Checking")
    I.see("2 transactions")
    I.see("Payroll deposit - Northwind Ltd")


def test_cancel_transfer():
    """transfer form Cancel link -> back to accounts overview"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Cancel")
    I.see_url("accounts.html")
    I.see("Your accounts")


def test_quick_action_transfer():
    """accounts -> Transfer money btn -> transfer form ('Transfer between your accounts')"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Transfer money")
    I.see("Transfer between your accounts")


def test_see_all_transactions_link():
    """'See all transactions' from accounts page -> history w/ 4 transactions"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("See all transactions")
    I.see("4 transactions")


def test_transfer_reference_on_review():
    """ref 'Rainy day fund' on a 300 chk->sav transfer; review page should echo it"""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking")
    I.select("To account", "Savings")
    I.fill("Amount ($)", "300")
    I.fill("Reference (optional)", "Rainy day fund")
    I.click("Continue")
    I.see("Rainy day fund")


def test_login_enter_key():
    """alice/s3cret! and hit Enter in pwd field instead of btn -> logged in"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.press("Enter")
    I.see("Good morning, Alice")


def test_login_wrong_user():
    """[login] unknown user 'bob' w/ alice's pwd -> incorrect username or password"""
    I.go_to("/bank/")
    I.fill("Username", "bob")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("Incorrect username or password.")


def test_recent_activity():
    """accounts page recent activity shows interest payment + grocer's corner"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("Interest payment")
    I.see("Grocer's Corner")
    I.dont_see("Payroll deposit")


def test_history_back_to_all():
    """history: filter Checking, then back to All accounts -> 4 transactions again"""
    I.go_to("/bank/history.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("Show account", "Checking")
    I.select("Show account", "All accounts")
    I.see("4 transactions")


def test_transfer_nav_then_history_nav():
    """logged in, History tab in the top nav -> Transaction history w/ TX-1001"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("History")
    I.see("TX-1001")
