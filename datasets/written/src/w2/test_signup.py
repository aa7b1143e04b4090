"""signup: tasks written by w2."""

from testgen import I


def test_invalid_work_email():
    """Signup - invalid work email
Test data: priya.bank.com
1. Navigate to /signup/
2. Enter the test data in the Work email field
3. Click Next
Expected result: "That email doesn't look right. Try name@example.com." is displayed."""
    I.go_to("/signup/")
    I.fill("Work email", "priya.bank.com")
    I.click("Next")
    I.see("That email doesn't look right. Try name@example.com.")


def test_empty_form_step_one():
    """Verify that the system does not let the user continue with an empty Account step.
1. Navigate to /signup/
2. Click Next without entering anything.
Expected result:
- "Enter your email address." is shown
- "Password must be at least 8 characters." is shown
- The page still says Step 1 of 4 (Tell us about you is not displayed)"""
    I.go_to("/signup/")
    I.click("Next")
    I.see("Enter your email address.")
    I.see("Password must be at least 8 characters.")
    I.dont_see("Tell us about you")


def test_short_password():
    """Password too short

Test data: email priya@harbor.test / password Ab1!

1. Navigate to /signup/
2. Enter the email and the password from the test data, repeat the password in Confirm password
3. Click Next

Expected: error "Password must be at least 8 characters."."""
    I.go_to("/signup/")
    I.fill("Work email", "priya@harbor.test")
    I.fill("Password", "Ab1!")
    I.fill("Confirm password", "Ab1!")
    I.click("Next")
    I.see("Password must be at least 8 characters.")


def test_weak_password_lowercase_only():
    """Weak password is not accepted
Test data: password "harborbank" (only lowercase letters)
1. Navigate to /signup/
2. Fill Work email (priya@harbor.test), Password and Confirm password with the test data
3. Click Next
ER: "Add capital letters, numbers or symbols to make it stronger." """
    I.go_to("/signup/")
    I.fill("Work email", "priya@harbor.test")
    I.fill("Password", "harborbank")
    I.fill("Confirm password", "harborbank")
    I.click("Next")
    I.see("Add capital letters, numbers or symbols to make it stronger.")


def test_password_mismatch():
    """Passwords do not match
1. Navigate to /signup/
2. Enter "Harbor2024!" in Password and "Harbor2025!" in Confirm password
3. Click Next
Expected result: "Passwords don't match." is displayed under the confirmation field."""
    I.go_to("/signup/")
    I.fill("Password", "Harbor2024!")
    I.fill("Confirm password", "Harbor2025!")
    I.click("Next")
    I.see("Passwords don't match.")


def test_strength_meter_strong():
    """Password strength indicator - Strong
Enter Harbor2024! in the Password field.
Expected: the indicator below reads "Password strength: Strong"."""
    I.go_to("/signup/")
    I.fill("Password", "Harbor2024!")
    I.see("Password strength: Strong")


def test_strength_meter_weak():
    """Password strength - Weak

1. Navigate to /signup/
2. Type "abcdefgh" in Password

Expected result: "Password strength: Weak" is shown."""
    I.go_to("/signup/")
    I.fill("Password", "abcdefgh")
    I.see("Password strength: Weak")


def test_strength_meter_good():
    """Check the strength label for a password with upper/lower case and a digit but no symbol (Password1) - should say Good."""
    I.go_to("/signup/")
    I.fill("Password", "Password1")
    I.see("Password strength: Good")


def test_show_password_toggle():
    """Show/Hide password
1. Navigate to /signup/
2. Enter any password and click Show next to the Password field
Expected result: the button text changes to "Hide"."""
    I.go_to("/signup/")
    I.fill("Password", "Secret123")
    I.click("Show")
    I.see("Hide")


def test_valid_account_step_moves_to_profile():
    """Account step - happy path

Test data: priya@harbor.test / Harbor2024!

1. Navigate to /signup/
2. Enter the email in Work email
3. Enter the password in Password and again in Confirm password
4. Click Next

Expected result: the Profile step opens ("Tell us about you") and the counter shows Step 2 of 4."""
    I.go_to("/signup/")
    I.fill("Work email", "priya@harbor.test")
    I.fill("Password", "Harbor2024!")
    I.fill("Confirm password", "Harbor2024!")
    I.click("Next")
    I.see("Tell us about you")
    I.see("Step 2 of 4")


def test_back_keeps_email():
    """Back button keeps entered data
Preconditions: Account step completed with priya@harbor.test / Harbor2024!
1. On the Profile step, click Back.
Expected result: "Create your account" step is shown again and Work email still contains priya@harbor.test."""
    I.go_to("/signup/")
    I.fill("Work email", "priya@harbor.test")
    I.fill("Password", "Harbor2024!")
    I.fill("Confirm password", "Harbor2024!")
    I.click("Next")
    I.click("Back")
    I.see("Create your account")
    I.see_value("Work email", "priya@harbor.test")


def test_already_have_account_link():
    """Click "Already have an account? Sign in" at the top of the signup page.
Expected: message "Sign in is not part of this demo." replaces the link text."""
    I.go_to("/signup/")
    I.click("Already have an account? Sign in")
    I.see("Sign in is not part of this demo.")


def test_username_taken():
    """Username already taken
Test data: account priya@harbor.test / Harbor2024!, username admin
1. Navigate to /signup/ and complete the Account step with the test data.
2. Enter "admin" in Username.
Expected result: "That username is taken." is displayed."""
    I.go_to("/signup/")
    I.fill("Work email", "priya@harbor.test")
    I.fill("Password", "Harbor2024!")
    I.fill("Confirm password", "Harbor2024!")
    I.click("Next")
    I.fill("Username", "admin")
    I.see("That username is taken.")


def test_username_available():
    """Username availability - free name

1. Navigate to /signup/
2. Fill Work email, Password and Confirm password (priya@harbor.test, Harbor2024!) and click Next
3. Enter priya_n in Username

Expected result: "✓ priya_n is available" appears under the field."""
    I.go_to("/signup/")
    I.fill("Work email", "priya@harbor.test")
    I.fill("Password", "Harbor2024!")
    I.fill("Confirm password", "Harbor2024!")
    I.click("Next")
    I.fill("Username", "priya_n")
    I.see("✓ priya_n is available")


def test_username_too_short():
    """Verify that the system does not accept a 2-character username.
Test data: Username = ab
Steps: complete step 1 (priya@harbor.test / Harbor2024!), then enter the username.
Expected: "Use 3 to 20 letters, numbers or underscores." and no availability message."""
    I.go_to("/signup/")
    I.fill("Work email", "priya@harbor.test")
    I.fill("Password", "Harbor2024!")
    I.fill("Confirm password", "Harbor2024!")
    I.click("Next")
    I.fill("Username", "ab")
    I.see("Use 3 to 20 letters, numbers or underscores.")
    I.dont_see("ab is available")


def test_profile_step_required_fields():
    """Profile step - required fields
1. Navigate to /signup/
2. Enter priya@harbor.test, Harbor2024!, Harbor2024! and click Next
3. On "Tell us about you", click Next without filling anything
Expected result: the following errors are displayed: "First name is required.", "Last name is required.", "Choose a username.", "Pick a country."."""
    I.go_to("/signup/")
    I.fill("Work email", "priya@harbor.test")
    I.fill("Password", "Harbor2024!")
    I.fill("Confirm password", "Harbor2024!")
    I.click("Next")
    I.click("Next")
    I.see("First name is required.")
    I.see("Last name is required.")
    I.see("Choose a username.")
    I.see("Pick a country.")


def test_username_checking_message():
    """While the username is being checked, the status should say "Checking availability…".
(Account step: priya@harbor.test / Harbor2024!)"""
    I.go_to("/signup/")
    I.fill("Work email", "priya@harbor.test")
    I.fill("Password", "Harbor2024!")
    I.fill("Confirm password", "Harbor2024!")
    I.click("Next")
    I.fill("Username", "harbor_qa")
    I.see("Checking availability…")


def test_email_error_clears_after_fix():
    """Email error disappears once corrected
1. Navigate to /signup/
2. Enter "priya@" in Work email, Harbor2024! in both password fields, click Next - error shown.
3. Correct the email to priya@harbor.test and click Next.
Expected result: the email error is no longer displayed and Step 2 of 4 is shown."""
    I.go_to("/signup/")
    I.fill("Work email", "priya@")
    I.fill("Password", "Harbor2024!")
    I.fill("Confirm password", "Harbor2024!")
    I.click("Next")
    I.see("That email doesn't look right. Try name@example.com.")
    I.fill("Work email", "priya@harbor.test")
    I.click("Next")
    I.dont_see("That email doesn't look right. Try name@example.com.")
    I.see("Step 2 of 4")


def test_username_taken_case_insensitive():
    """Reserved usernames are case-insensitive
Test data: Username "Support"
Preconditions: Account step done (priya@harbor.test / Harbor2024!).
1. Enter the test data in Username.
ER: That username is taken."""
    I.go_to("/signup/")
    I.fill("Work email", "priya@harbor.test")
    I.fill("Password", "Harbor2024!")
    I.fill("Confirm password", "Harbor2024!")
    I.click("Next")
    I.fill("Username", "Support")
    I.see("That username is taken.")


def test_username_with_space_rejected():
    """Username containing a space
1. Navigate to /signup/ and pass the Account step (priya@harbor.test, Harbor2024!).
2. Enter "priya nair" in Username.
Expected: the format error "Use 3 to 20 letters, numbers or underscores." is displayed."""
    I.go_to("/signup/")
    I.fill("Work email", "priya@harbor.test")
    I.fill("Password", "Harbor2024!")
    I.fill("Confirm password", "Harbor2024!")
    I.click("Next")
    I.fill("Username", "priya nair")
    I.see("Use 3 to 20 letters, numbers or underscores.")


def test_only_country_missing():
    """Profile step - country not selected
Test data: First name Priya, Username priya_n (account: priya@harbor.test / Harbor2024!)
1. Complete the Account step.
2. Fill First name and Username, leave Country as "Choose...".
3. Click Next.
Expected result: "Pick a country." is displayed; "First name is required." is not shown."""
    I.go_to("/signup/")
    I.fill("Work email", "priya@harbor.test")
    I.fill("Password", "Harbor2024!")
    I.fill("Confirm password", "Harbor2024!")
    I.click("Next")
    I.fill("First name", "Priya")
    I.fill("Username", "priya_n")
    I.click("Next")
    I.see("Pick a country.")
    I.dont_see("First name is required.")


def test_back_and_next_keeps_first_name():
    """Going back to step 1 and forward again should keep the First name that was typed on step 2.
1. Navigate to /signup/, complete Account step with priya@harbor.test / Harbor2024!
2. Enter Priya in First name
3. Click Back, then Next
ER: First name = Priya"""
    I.go_to("/signup/")
    I.fill("Work email", "priya@harbor.test")
    I.fill("Password", "Harbor2024!")
    I.fill("Confirm password", "Harbor2024!")
    I.click("Next")
    I.fill("First name", "Priya")
    I.click("Back")
    I.click("Next")
    I.see_value("First name", "Priya")


def test_confirm_password_left_empty():
    """Verify that the system does not accept an empty Confirm password.
Test data: priya@harbor.test / Harbor2024!
1. Navigate to /signup/
2. Enter the email and password, leave Confirm password empty
3. Click Next
Expected result: "Passwords don't match." and the user stays on step 1."""
    I.go_to("/signup/")
    I.fill("Work email", "priya@harbor.test")
    I.fill("Password", "Harbor2024!")
    I.click("Next")
    I.see("Passwords don't match.")
    I.dont_see("Step 2 of 4")


def test_email_without_domain_suffix():
    """Email without a top-level domain ("priya@harbor") - click Next and check the "doesn't look right" message appears."""
    I.go_to("/signup/")
    I.fill("Work email", "priya@harbor")
    I.click("Next")
    I.see("That email doesn't look right. Try name@example.com.")


def test_whitespace_first_name_rejected():
    """First name with only spaces
Preconditions: Account step passed (priya@harbor.test / Harbor2024!)
1. Enter three spaces in First name and "Nair" in Last name
2. Click Next
Expected: "First name is required." is displayed, "Last name is required." is not."""
    I.go_to("/signup/")
    I.fill("Work email", "priya@harbor.test")
    I.fill("Password", "Harbor2024!")
    I.fill("Confirm password", "Harbor2024!")
    I.click("Next")
    I.fill("First name", "   ")
    I.fill("Last name", "Nair")
    I.click("Next")
    I.see("First name is required.")
    I.dont_see("Last name is required.")


def test_mismatch_error_clears():
    """Passwords don't match - correction
1. Navigate to /signup/
2. Enter priya@harbor.test, Password Harbor2024!, Confirm password Harbor2024 and click Next
3. Change Confirm password to Harbor2024! and click Next
Expected result: after step 2 "Passwords don't match." is shown; after step 3 it disappears and the Profile step is displayed."""
    I.go_to("/signup/")
    I.fill("Work email", "priya@harbor.test")
    I.fill("Password", "Harbor2024!")
    I.fill("Confirm password", "Harbor2024")
    I.click("Next")
    I.see("Passwords don't match.")
    I.fill("Confirm password", "Harbor2024!")
    I.click("Next")
    I.dont_see("Passwords don't match.")
    I.see("Tell us about you")


def test_strength_fair():
    """Password strength: Fair
Test data: Password = harborbank1
Enter the test data in Password. Expected: "Password strength: Fair"."""
    I.go_to("/signup/")
    I.fill("Password", "harborbank1")
    I.see("Password strength: Fair")


def test_username_twenty_characters_allowed():
    """Username length boundary - 20 characters
Test data: Username = harbor_qa_tester_020 (20 characters)
Preconditions: Account step completed with priya@harbor.test / Harbor2024!
1. Enter the test data in Username
Expected result: "✓ harbor_qa_tester_020 is available" is displayed."""
    I.go_to("/signup/")
    I.fill("Work email", "priya@harbor.test")
    I.fill("Password", "Harbor2024!")
    I.fill("Confirm password", "Harbor2024!")
    I.click("Next")
    I.fill("Username", "harbor_qa_tester_020")
    I.see("✓ harbor_qa_tester_020 is available")


def test_username_twenty_one_characters_rejected():
    """Verify that the system does not accept a username longer than 20 characters.
Test data: harbor_qa_tester_0021 (21 characters)
1. Navigate to /signup/ and complete the Account step (priya@harbor.test / Harbor2024!)
2. Enter the test data in Username
Expected: "Use 3 to 20 letters, numbers or underscores." """
    I.go_to("/signup/")
    I.fill("Work email", "priya@harbor.test")
    I.fill("Password", "Harbor2024!")
    I.fill("Confirm password", "Harbor2024!")
    I.click("Next")
    I.fill("Username", "harbor_qa_tester_0021")
    I.see("Use 3 to 20 letters, numbers or underscores.")


def test_username_changed_to_taken():
    """Availability message updates when the username changes
1. Complete step 1 (priya@harbor.test / Harbor2024!)
2. Enter "priya_n" in Username - it is reported as available
3. Change Username to "root"
Expected result: "That username is taken." is shown and the "priya_n is available" message is gone."""
    I.go_to("/signup/")
    I.fill("Work email", "priya@harbor.test")
    I.fill("Password", "Harbor2024!")
    I.fill("Confirm password", "Harbor2024!")
    I.click("Next")
    I.fill("Username", "priya_n")
    I.see("✓ priya_n is available")
    I.fill("Username", "root")
    I.see("That username is taken.")
    I.dont_see("priya_n is available")
