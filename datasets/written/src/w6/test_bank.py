"""bank: tasks written by w6."""

from testgen import I


def test_sign_in_alice():
    """So basically I'd sign in to Harbor Trust as alice with s3cret! and you should land on the accounts page — "Good morning, Alice", Signed in as alice up top."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("Good morning, Alice")
    I.see("Signed in as alice")


def test_wrong_password():
    """Wrong password (alice / password123) should NOT get you in: "Incorrect username or password." and you stay on the sign-in form."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "password123")
    I.click("Sign in")
    I.see("Incorrect username or password.")
    I.dont_see("Good morning, Alice")


def test_missing_username():
    """Click Sign in with both boxes empty — it should ask you to "Enter your username." first."""
    I.go_to("/bank/")
    I.click("Sign in")
    I.see("Enter your username.")


def test_missing_password():
    """Username alice but no password: "Enter your password." should show."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.click("Sign in")
    I.see("Enter your password.")


def test_forgot_password_phone():
    """Click "Forgot your password?" and a phone number pops up, 1-800-555-0142."""
    I.go_to("/bank/")
    I.click("Forgot your password?")
    I.see("Call 1-800-555-0142 to reset your password.")


def test_account_balances():
    """After signing in (alice / s3cret!) the three accounts should be there with their balances — I'd check Savings shows $10,120.55 and the credit card -$312.40, total available $12,570.55."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("$10,120.55")
    I.see("-$312.40")
    I.see("$12,570.55")


def test_show_full_account_number():
    """Sign in, then on the Checking card click Show number — it should give the full "Account number 0042 1189 4821" and the link turns into Hide number."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Show number", near="Checking")
    I.see("Account number 0042 1189 4821")
    I.see("Hide number")


def test_protected_page_redirects():
    """If you go straight to transfer.html without signing in you should get bounced to sign in with "Please sign in to continue."."""
    I.go_to("/bank/transfer.html")
    I.see("Please sign in to continue.")
    I.see_url("next=transfer.html")


def test_login_returns_to_page():
    """Following on from that — after being bounced from history.html, sign in as alice and you should be taken back to the Transaction history page, not the accounts one."""
    I.go_to("/bank/history.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("Transaction history")
    I.see("4 transactions")


def test_transfer_checking_to_savings():
    """The big one! Open transfer.html, it'll make you sign in first (alice / s3cret!), then From Checking, To Savings, amount 100, Continue and Confirm transfer. After a moment it should say "Transfer complete. $100.00 sent from Checking to Savings."."""
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


def test_transfer_new_balance():
    """Same kind of transfer but I care about the new balances list: $250 from Savings into Checking (sign in when transfer.html asks), confirm it, and Checking should be on $2,700.00."""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings")
    I.select("To account", "Checking")
    I.fill("Amount ($)", "250")
    I.click("Continue")
    I.click("Confirm transfer")
    I.see("Checking: $2,700.00")


def test_transfer_review_shows_reference():
    """On the confirm step the reference should show up. Sign in via transfer.html, Savings to Checking, 50.25, reference "Holiday fund", Continue — the review should list Holiday fund."""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings")
    I.select("To account", "Checking")
    I.fill("Amount ($)", "50.25")
    I.fill("Reference (optional)", "Holiday fund")
    I.click("Continue")
    I.see("Holiday fund")


def test_transfer_review_amount_formatted():
    """If you type the amount with a dollar sign and comma, like $1,200, the review page should tidy it to $1,200.00 (Savings to Checking, signed in as alice)."""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings")
    I.select("To account", "Checking")
    I.fill("Amount ($)", "$1,200")
    I.click("Continue")
    I.see("$1,200.00")


def test_transfer_same_account():
    """Transferring from Checking to Checking shouldn't be allowed — sign in on the transfer page, $10, and expect "Choose two different accounts."."""
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
    """From the Credit Card to Checking, $20 — that's refused, "Transfers from a credit card are not allowed." and you don't get to the confirm step."""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Credit Card")
    I.select("To account", "Checking")
    I.fill("Amount ($)", "20")
    I.click("Continue")
    I.see("Transfers from a credit card are not allowed.")
    I.dont_see("Confirm your transfer")


def test_transfer_too_much():
    """Try moving $5,000 out of Checking into Savings. Checking only has $2,450.00 so it should say Insufficient funds: Checking has $2,450.00 available."""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking")
    I.select("To account", "Savings")
    I.fill("Amount ($)", "5000")
    I.click("Continue")
    I.see("Insufficient funds: Checking has $2,450.00 available.")


def test_transfer_bad_amount():
    """Amount with letters in ("ten bucks") gets rejected, message is something like Enter a valid amount, like 25.00."""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings")
    I.select("To account", "Checking")
    I.fill("Amount ($)", "ten bucks")
    I.click("Continue")
    I.see("Enter a valid amount, like 25.00.")


def test_transfer_three_decimals():
    """Three decimal places shouldn't fly either — 12.345 from Savings to Checking should give the valid amount error."""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings")
    I.select("To account", "Checking")
    I.fill("Amount ($)", "12.345")
    I.click("Continue")
    I.see("Enter a valid amount, like 25.00.")


def test_transfer_zero():
    """And zero: 0.00 from Checking to Savings → "The amount must be greater than $0.00."."""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Checking")
    I.select("To account", "Savings")
    I.fill("Amount ($)", "0.00")
    I.click("Continue")
    I.see("The amount must be greater than $0.00.")


def test_transfer_nothing_filled():
    """Sign in, click Transfer and just hit Continue on the empty form — you'd get a list: choose the from account, choose the to account, and Enter an amount."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Transfer")
    I.click("Continue")
    I.see("Choose the account to transfer from.")
    I.see("Choose the account to transfer to.")
    I.see("Enter an amount.")


def test_transfer_edit_goes_back():
    """On the confirm page press Edit and you're back on the form with your amount still in (I used 75 from Savings to Checking)."""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings")
    I.select("To account", "Checking")
    I.fill("Amount ($)", "75")
    I.click("Continue")
    I.click("Edit")
    I.see_value("Amount ($)", "75")


def test_history_filter_savings():
    """Sign in, go to History and set Show account to Savings. Only the Interest payment should be left, so 1 transaction, no rent."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("History")
    I.select("Show account", "Savings")
    I.see("1 transaction")
    I.see("Interest payment")
    I.dont_see("Rent - Elm Street Apartments")


def test_log_out():
    """Log out from the accounts page and you should see "You have been signed out." back on the sign-in page."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Log out")
    I.see("You have been signed out.")


def test_dismiss_maintenance_notice():
    """That maintenance banner on the accounts page — click the little × (Dismiss notice) and the Sunday 02:00 message should go away."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Dismiss notice")
    I.dont_see("Scheduled maintenance")


def test_remember_username():
    """Tick Remember my username when signing in, log out, and the Username box should already have alice in it."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.check("Remember my username")
    I.click("Sign in")
    I.click("Log out")
    I.see_value("Username", "alice")


def test_hide_number_again():
    """Show number then Hide number on the Savings card — it should go back to just "Account ending 7730" and the long number disappears."""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Show number", near="Savings")
    I.click("Hide number")
    I.dont_see("Account number 0042 1189 7730")
    I.see("Account ending 7730")


def test_username_case_matters():
    """Usernames are case sensitive, I think — "Alice" with a capital A and the right password should NOT let you in."""
    I.go_to("/bank/")
    I.fill("Username", "Alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("Incorrect username or password.")


def test_history_filter_credit_card():
    """In History pick Credit Card under Show account — just Grocer's Corner, -$87.34, and no Payroll deposit."""
    I.go_to("/bank/history.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("Show account", "Credit Card")
    I.see("Grocer's Corner")
    I.see("-$87.34")
    I.dont_see("Payroll deposit - Northwind Ltd")


def test_transfer_cancel_link():
    """Start a transfer (sign in from transfer.html, pick Savings, type 30) and then change your mind with the Cancel link — you should be back on the accounts overview with Savings still at $10,120.55."""
    I.go_to("/bank/transfer.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.select("From account", "Savings")
    I.fill("Amount ($)", "30")
    I.click("Cancel")
    I.see("Good morning, Alice")
    I.see("$10,120.55")
