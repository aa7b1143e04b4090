"""bank: tasks written by w2."""

from testgen import I


def test_sign_in_valid():
    """TC-01 Sign in with valid credentials
Test data: user alice / s3cret!
1. Navigate to /bank/
2. Enter the username in the Username field
3. Enter the password in the Password field
4. Click Sign in
Expected result:
- The Accounts page is displayed with the greeting "Good morning, Alice"
- The header shows "Signed in as alice\""""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("Good morning, Alice")
    I.see("Signed in as alice")


def test_sign_in_wrong_password():
    """TC-02 Sign in - incorrect password
Test data: alice / Secret1
1. Navigate to /bank/
2. Enter the test data and click Sign in
Expected result: "Incorrect username or password." is displayed and the user stays on the sign-in page."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "Secret1")
    I.click("Sign in")
    I.see("Incorrect username or password.")
    I.dont_see("Good morning, Alice")


def test_sign_in_empty_username():
    """Verify that the system does not accept a blank username.
1. Navigate to /bank/
2. Enter s3cret! in Password only
3. Click Sign in
ER: "Enter your username." """
    I.go_to("/bank/")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("Enter your username.")


def test_sign_in_missing_password():
    """Sign in without password
1. Navigate to /bank/
2. Enter "alice" in Username, leave Password empty
3. Click Sign in
Expected: error "Enter your password." is displayed."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.click("Sign in")
    I.see("Enter your password.")


def test_forgot_password_message():
    """Forgot password link
1. Navigate to /bank/
2. Click "Forgot your password?"
Expected result: the phone number message "Call 1-800-555-0142 to reset your password." is displayed."""
    I.go_to("/bank/")
    I.click("Forgot your password?")
    I.see("Call 1-800-555-0142 to reset your password.")


def test_accounts_requires_sign_in():
    """Protected page without a session
1. Navigate directly to /bank/accounts.html (not signed in)
Expected result: user is redirected to the sign-in page with the message "Please sign in to continue.\""""
    I.go_to("/bank/accounts.html")
    I.see("Please sign in to continue.")
    I.see_url("next=accounts.html")


def test_sign_out():
    """Log out
Preconditions: signed in as alice / s3cret!
1. Click Log out in the top bar
Expected result: the sign-in page shows "You have been signed out."."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Log out")
    I.see("You have been signed out.")


def test_remember_username():
    """Remember my username
Test data: alice / s3cret!
1. Navigate to /bank/
2. Enter the credentials and tick "Remember my username"
3. Click Sign in, then Log out
Expected result: on the sign-in page the Username field is pre-filled with alice."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.check("Remember my username")
    I.click("Sign in")
    I.click("Log out")
    I.see_value("Username", "alice")


def test_show_full_account_number():
    """Show full account number
Preconditions: signed in (alice / s3cret!)
1. On Accounts, click "Show number" on the Savings card
Expected: "Account number 0042 1189 7730" is displayed."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Show number", near="Savings")
    I.see("Account number 0042 1189 7730")


def test_hide_account_number_again():
    """Verify that Hide number masks the account number again.
1. Sign in as alice / s3cret!
2. Click Show number on the Checking card, then click Hide number
Expected result: "Account number 0042 1189 4821" is no longer displayed; "Account ending 4821" is shown."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Show number", near="Checking")
    I.see("Account number 0042 1189 4821")
    I.click("Hide number")
    I.dont_see("Account number 0042 1189 4821")
    I.see("Account ending 4821")


def test_dismiss_service_notice():
    """Dismiss the maintenance notice on the Accounts page (signed in as alice). It should disappear."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Dismiss notice")
    I.dont_see("Scheduled maintenance")


def test_total_available_after_sign_in():
    """Accounts overview totals
Test data: alice / s3cret!
1. Sign in with the test data
Expected result: Total available = $12,570.55 and the Credit Card balance is shown as -$312.40."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("$12,570.55")
    I.see("-$312.40")


def test_transfer_checking_to_savings():
    """TC-10 Transfer between own accounts - happy path

Test data:
From: Checking (...4821)
To: Savings (...7730)
Amount: 100.00

Steps:
1. Navigate to /bank/transfer.html and sign in as alice / s3cret!
2. Select the From and To accounts
3. Enter the amount
4. Click Continue, then Confirm transfer

Expected result: "Transfer complete. $100.00 sent from Checking to Savings. Confirmation number TX-1005." is displayed."""
    I.go_to("/bank/index.html?next=transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking")
    I.select("To account", "Savings")
    I.fill("Amount ($)", "100.00")
    I.click("Continue")
    I.click("Confirm transfer")
    I.see("Transfer complete. $100.00 sent from Checking to Savings. Confirmation number TX-1005.")


def test_transfer_no_accounts_selected():
    """Transfer - accounts not selected
Preconditions: signed in as alice, Transfer page open.
1. Enter 50 in Amount, leave From and To as "Select an account"
2. Click Continue
Expected result: both "Choose the account to transfer from." and "Choose the account to transfer to." are displayed."""
    I.go_to("/bank/index.html?next=transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.fill("Amount ($)", "50")
    I.click("Continue")
    I.see("Choose the account to transfer from.")
    I.see("Choose the account to transfer to.")


def test_transfer_same_account():
    """Verify that the system does not allow a transfer to the same account.
Test data: From Savings, To Savings, Amount 20
Expected: "Choose two different accounts." after Continue."""
    I.go_to("/bank/index.html?next=transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings")
    I.select("To account", "Savings")
    I.fill("Amount ($)", "20")
    I.click("Continue")
    I.see("Choose two different accounts.")


def test_transfer_from_credit_card():
    """Transfer from credit card is blocked
1. Sign in (alice / s3cret!) and open Transfer
2. From account: Credit Card, To account: Checking, Amount: 10
3. Click Continue
ER: "Transfers from a credit card are not allowed.\""""
    I.go_to("/bank/index.html?next=transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Credit Card")
    I.select("To account", "Checking")
    I.fill("Amount ($)", "10")
    I.click("Continue")
    I.see("Transfers from a credit card are not allowed.")


def test_transfer_amount_missing():
    """Transfer - amount required
1. Sign in as alice / s3cret!, go to Transfer
2. Select Checking as From account and Savings as To account
3. Click Continue without an amount
Expected: "Enter an amount." is displayed."""
    I.go_to("/bank/index.html?next=transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking")
    I.select("To account", "Savings")
    I.click("Continue")
    I.see("Enter an amount.")


def test_transfer_amount_not_a_number():
    """Verify that the system does not accept letters in the Amount field.
Test data: Amount = ten
1. Sign in (alice / s3cret!) and open the Transfer page
2. Enter the test data in Amount ($) and click Continue
Expected result: "Enter a valid amount, like 25.00." """
    I.go_to("/bank/index.html?next=transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.fill("Amount ($)", "ten")
    I.click("Continue")
    I.see("Enter a valid amount, like 25.00.")


def test_transfer_zero_amount():
    """Zero amount
Test data: 0.00
Preconditions: signed in as alice, on Transfer between your accounts.
1. Select From Savings, To Checking
2. Enter the test data in Amount ($)
3. Click Continue
ER: The amount must be greater than $0.00."""
    I.go_to("/bank/index.html?next=transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings")
    I.select("To account", "Checking")
    I.fill("Amount ($)", "0.00")
    I.click("Continue")
    I.see("The amount must be greater than $0.00.")


def test_transfer_three_decimals():
    """Amount with three decimal places (10.005) should be rejected with "Enter a valid amount, like 25.00."."""
    I.go_to("/bank/index.html?next=transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.fill("Amount ($)", "10.005")
    I.click("Continue")
    I.see("Enter a valid amount, like 25.00.")


def test_transfer_insufficient_funds():
    """TC-15 Insufficient funds
Test data: From Checking, To Savings, Amount 5000
1. Sign in as alice / s3cret! and open Transfer
2. Enter the test data
3. Click Continue
Expected result: "Insufficient funds: Checking has $2,450.00 available." and the confirmation step is not shown."""
    I.go_to("/bank/index.html?next=transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking")
    I.select("To account", "Savings")
    I.fill("Amount ($)", "5000")
    I.click("Continue")
    I.see("Insufficient funds: Checking has $2,450.00 available.")
    I.dont_see("Confirm your transfer")


def test_transfer_confirm_page_shows_reference():
    """Confirmation step - review details

Test data: Savings -> Checking, 250, reference "Rainy day fund"

1. Sign in as alice / s3cret! (Transfer page)
2. Fill From account, To account, Amount ($) and Reference (optional) with the test data
3. Click Continue

Expected: "Confirm your transfer" shows the reference Rainy day fund."""
    I.go_to("/bank/index.html?next=transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings")
    I.select("To account", "Checking")
    I.fill("Amount ($)", "250")
    I.fill("Reference (optional)", "Rainy day fund")
    I.click("Continue")
    I.see("Rainy day fund")


def test_transfer_without_reference_shows_none():
    """Reference left empty
1. Sign in as alice / s3cret!, open Transfer
2. From Checking to Credit Card, amount 40, no reference
3. Click Continue
Expected result: on the confirmation step, Reference = None."""
    I.go_to("/bank/index.html?next=transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking")
    I.select("To account", "Credit Card")
    I.fill("Amount ($)", "40")
    I.click("Continue")
    I.see("Confirm your transfer")
    I.see("None")


def test_transfer_edit_keeps_amount():
    """Edit from the confirmation step
1. Sign in (alice / s3cret!) and open Transfer
2. Select Checking -> Savings, amount 75.50, click Continue
3. Click Edit
Expected result: the form is shown again with Amount ($) = 75.50."""
    I.go_to("/bank/index.html?next=transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking")
    I.select("To account", "Savings")
    I.fill("Amount ($)", "75.50")
    I.click("Continue")
    I.click("Edit")
    I.see_value("Amount ($)", "75.50")


def test_transfer_new_balances():
    """New balances after transfer
Test data: Savings -> Checking, 1000
Steps: sign in as alice / s3cret!, complete the transfer (Continue, Confirm transfer).
Expected result: New balances list shows "Savings: $9,120.55"."""
    I.go_to("/bank/index.html?next=transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings")
    I.select("To account", "Checking")
    I.fill("Amount ($)", "1000")
    I.click("Continue")
    I.click("Confirm transfer")
    I.see("Savings: $9,120.55")


def test_pay_off_credit_card():
    """Pay off the credit card balance
Test data: From Checking, To Credit Card, Amount 312.40
1. Sign in as alice / s3cret! on the Transfer page
2. Enter the test data, click Continue and Confirm transfer
Expected: Credit Card: $0.00 in the new balances."""
    I.go_to("/bank/index.html?next=transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking")
    I.select("To account", "Credit Card")
    I.fill("Amount ($)", "312.40")
    I.click("Continue")
    I.click("Confirm transfer")
    I.see("Credit Card: $0.00")


def test_history_filter_savings():
    """Transaction history - filter by account
1. Sign in as alice / s3cret!
2. Open History
3. Select Savings in "Show account"
Expected result: "1 transaction" - Interest payment."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("History")
    I.select("Show account", "Savings")
    I.see("1 transaction")
    I.see("Interest payment")


def test_history_filter_credit_card_hides_rent():
    """Verify that filtering by Credit Card hides Checking transactions.
1. Sign in (alice / s3cret!), open History
2. Show account: Credit Card
Expected result: Grocer's Corner is listed; "Rent - Elm Street Apartments" is not displayed."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("History")
    I.select("Show account", "Credit Card")
    I.see("Grocer's Corner")
    I.dont_see("Rent - Elm Street Apartments")


def test_history_filter_checking_count():
    """History: choose Checking in Show account - counter should say 2 transactions."""
    I.go_to("/bank/index.html?next=history.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("Show account", "Checking")
    I.see("2 transactions")


def test_amount_with_dollar_sign_and_comma():
    """Amount format with currency symbol
Test data: $1,000 (Savings -> Checking)
1. Sign in as alice / s3cret! and open Transfer
2. Enter the test data and click Continue
Expected result: the amount is accepted and shown as $1,000.00 on "Confirm your transfer"."""
    I.go_to("/bank/index.html?next=transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings")
    I.select("To account", "Checking")
    I.fill("Amount ($)", "$1,000")
    I.click("Continue")
    I.see("$1,000.00")


def test_transfer_cancel_link():
    """Cancel a transfer
1. Sign in as alice / s3cret!, click Transfer in the menu
2. Click Cancel
Expected: the Accounts page is displayed (Good morning, Alice)."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Transfer")
    I.click("Cancel")
    I.see("Good morning, Alice")


def test_history_redirect_after_sign_in():
    """Deep link to history
1. Navigate to /bank/history.html without signing in
2. Sign in as alice / s3cret! on the page you are sent to
Expected result: user lands on "Transaction history" with 4 transactions."""
    I.go_to("/bank/history.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("Transaction history")
    I.see("4 transactions")


def test_quick_action_transfer_money():
    """Quick actions - Transfer money
Preconditions: signed in as alice / s3cret!
1. Click "Transfer money" on the Accounts page
Expected: page "Transfer between your accounts" opens."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Transfer money")
    I.see("Transfer between your accounts")


def test_recent_activity_shows_last_three():
    """Recent activity shows only the three latest transactions
1. Sign in as alice / s3cret!
Expected result: Interest payment is listed under Recent activity, the oldest entry "Payroll deposit - Northwind Ltd" is not."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("Interest payment")
    I.dont_see("Payroll deposit - Northwind Ltd")


def test_sign_out_clears_session():
    """Verify that after Log out the accounts page is no longer accessible.
1. Sign in as alice / s3cret!
2. Click Log out
3. Navigate to /bank/accounts.html
Expected result: "Please sign in to continue." and the greeting is not displayed."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Log out")
    I.go_to("/bank/accounts.html")
    I.see("Please sign in to continue.")
    I.dont_see("Good morning, Alice")


def test_transfer_full_available_balance():
    """TC-16 Boundary - transfer the exact available balance
Test data: From Checking, To Savings, Amount 2450.00 (Checking balance)
1. Sign in as alice / s3cret! and open Transfer
2. Enter the test data and click Continue
Expected result: the amount is accepted and "Confirm your transfer" is displayed; no insufficient funds error."""
    I.go_to("/bank/index.html?next=transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking")
    I.select("To account", "Savings")
    I.fill("Amount ($)", "2450.00")
    I.click("Continue")
    I.see("Confirm your transfer")


def test_transfer_one_cent_over_balance():
    """TC-17 Boundary - one cent above the balance
Test data: Checking -> Savings, 2450.01
Steps: sign in (alice / s3cret!), go to Transfer, enter the test data, click Continue.
Expected: "Insufficient funds: Checking has $2,450.00 available." """
    I.go_to("/bank/index.html?next=transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking")
    I.select("To account", "Savings")
    I.fill("Amount ($)", "2450.01")
    I.click("Continue")
    I.see("Insufficient funds: Checking has $2,450.00 available.")


def test_transfer_negative_amount():
    """Verify that the system does not accept a negative amount.
Test data: Amount ($) = -50
1. Sign in as alice / s3cret!, open the Transfer page
2. Enter the test data and click Continue
Expected result: "Enter a valid amount, like 25.00." is displayed."""
    I.go_to("/bank/index.html?next=transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.fill("Amount ($)", "-50")
    I.click("Continue")
    I.see("Enter a valid amount, like 25.00.")


def test_sign_in_username_case_sensitive():
    """Sign in - username is case-sensitive
Test data: Alice / s3cret!
1. Navigate to /bank/
2. Enter the test data and click Sign in
Expected result: "Incorrect username or password." """
    I.go_to("/bank/")
    I.fill("Username", "Alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("Incorrect username or password.")


def test_sign_in_username_with_spaces():
    """Leading/trailing spaces in the username are ignored: sign in with "  alice  " / s3cret! and check the Accounts page opens (Signed in as alice)."""
    I.go_to("/bank/")
    I.fill("Username", "  alice  ")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("Signed in as alice")


def test_history_filter_back_to_all():
    """History filter reset
1. Sign in as alice / s3cret! (deep link to history.html)
2. Select Savings in Show account, then select All accounts
Expected result: counter returns to "4 transactions"."""
    I.go_to("/bank/index.html?next=history.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("Show account", "Savings")
    I.see("1 transaction")
    I.select("Show account", "All accounts")
    I.see("4 transactions")


def test_transfer_error_cleared_after_fix():
    """Transfer errors disappear after correction
1. Sign in as alice / s3cret! and open Transfer
2. Select Savings -> Checking and click Continue without an amount
3. Enter 15 in Amount ($) and click Continue again
Expected result: "Enter an amount." is no longer displayed (confirmation step opens)."""
    I.go_to("/bank/index.html?next=transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings")
    I.select("To account", "Checking")
    I.click("Continue")
    I.fill("Amount ($)", "15")
    I.click("Continue")
    I.dont_see("Enter an amount.")
