"""signup: tasks written by w5."""

from testgen import I


def test_empty_step_one_errors():
    """Scenario: submit empty account step
Given I am on the signup page
When I click "Next" without filling anything
Then I should see "Enter your email address."
And "Password must be at least 8 characters.\""""
    I.go_to("/signup/")
    I.click("Next")
    I.see("Enter your email address.")
    I.see("Password must be at least 8 characters.")


def test_bad_email_format():
    """Given I'm on the Lumen signup
When I enter "jane.doe@" as Work email and click Next
Then I see "That email doesn't look right. Try name@example.com.\""""
    I.go_to("/signup/")
    I.fill("Work email", "jane.doe@")
    I.click("Next")
    I.see("That email doesn't look right. Try name@example.com.")


def test_password_strength_weak():
    """Scenario: weak password meter
When I type "abcdefgh" into Password
Then the strength shows "Password strength: Weak\""""
    I.go_to("/signup/")
    I.fill("Password", "abcdefgh")
    I.see("Password strength: Weak")


def test_password_strength_strong():
    """When I fill Password with "Tr0ub4dor&3"
Then I should see "Password strength: Strong\""""
    I.go_to("/signup/")
    I.fill("Password", "Tr0ub4dor&3")
    I.see("Password strength: Strong")


def test_password_strength_fair():
    """given I'm on the signup page
when I type "Lowercase" in the Password field
then it says Password strength: Fair"""
    I.go_to("/signup/")
    I.fill("Password", "Lowercase")
    I.see("Password strength: Fair")


def test_weak_password_rejected():
    """Scenario: weak password not accepted
Given I fill "Work email" with "jane@acme.io"
And I fill Password and Confirm password with "onlyletters"
When I click Next
Then I should see "Add capital letters, numbers or symbols to make it stronger."
And I should not see "Step 2 of 4\""""
    I.go_to("/signup/")
    I.fill("Work email", "jane@acme.io")
    I.fill("Password", "onlyletters")
    I.fill("Confirm password", "onlyletters")
    I.click("Next")
    I.see("Add capital letters, numbers or symbols to make it stronger.")
    I.dont_see("Step 2 of 4")


def test_passwords_dont_match():
    """When I fill Password with "Sunshine42" and Confirm password with "Sunshine43"
And I click Next
Then I see "Passwords don't match.\""""
    I.go_to("/signup/")
    I.fill("Work email", "jane@acme.io")
    I.fill("Password", "Sunshine42")
    I.fill("Confirm password", "Sunshine43")
    I.click("Next")
    I.see("Passwords don't match.")


def test_step_one_to_two():
    """Scenario: valid account details move me on
Given I am on the signup page
When I enter "jane@acme.io", password "Sunshine42" twice and click "Next"
Then I should see "Tell us about you"
and "Step 2 of 4\""""
    I.go_to("/signup/")
    I.fill("Work email", "jane@acme.io")
    I.fill("Password", "Sunshine42")
    I.fill("Confirm password", "Sunshine42")
    I.click("Next")
    I.see("Tell us about you")
    I.see("Step 2 of 4")


def test_show_password_toggle():
    """When I type "Sunshine42" into Password and click "Show"
Then the button changes to "Hide\""""
    I.go_to("/signup/")
    I.fill("Password", "Sunshine42")
    I.click("Show")
    I.see("Hide")


def test_have_account_link():
    """Scenario: sign in link
When I click "Already have an account? Sign in"
Then I should see "Sign in is not part of this demo.\""""
    I.go_to("/signup/")
    I.click("Already have an account? Sign in")
    I.see("Sign in is not part of this demo.")


def test_step_two_required_errors():
    """Given I got through step 1 with "jane@acme.io" / "Sunshine42"
When I click Next on step 2 without filling anything
Then I see "First name is required.", "Last name is required." and "Pick a country.\""""
    I.go_to("/signup/")
    I.fill("Work email", "jane@acme.io")
    I.fill("Password", "Sunshine42")
    I.fill("Confirm password", "Sunshine42")
    I.click("Next")
    I.click("Next")
    I.see("First name is required.")
    I.see("Last name is required.")
    I.see("Pick a country.")


def test_username_taken():
    """Scenario: taken username
Given I am on step 2 of the signup
When I type "admin" as Username
Then I should see "That username is taken.\""""
    I.go_to("/signup/")
    I.fill("Work email", "jane@acme.io")
    I.fill("Password", "Sunshine42")
    I.fill("Confirm password", "Sunshine42")
    I.click("Next")
    I.fill("Username", "admin")
    I.see("That username is taken.")


def test_username_available():
    """Given step 2 is open
When I enter username "jane_d"
Then after the check it shows "✓ jane_d is available\""""
    I.go_to("/signup/")
    I.fill("Work email", "jane@acme.io")
    I.fill("Password", "Sunshine42")
    I.fill("Confirm password", "Sunshine42")
    I.click("Next")
    I.fill("Username", "jane_d")
    I.wait_for("✓ jane_d is available")


def test_username_bad_chars():
    """Scenario: username with a dash
When I get to step 2 and type "jane-d" into Username
Then I see "Use 3 to 20 letters, numbers or underscores."
And "jane-d is available" should not appear"""
    I.go_to("/signup/")
    I.fill("Work email", "jane@acme.io")
    I.fill("Password", "Sunshine42")
    I.fill("Confirm password", "Sunshine42")
    I.click("Next")
    I.fill("Username", "jane-d")
    I.see("Use 3 to 20 letters, numbers or underscores.")
    I.dont_see("jane-d is available")


def test_back_keeps_email():
    """Given I am on step 2 after entering "jane@acme.io"
When I click "Back"
Then the Work email field still has "jane@acme.io"
And I see "Step 1 of 4\""""
    I.go_to("/signup/")
    I.fill("Work email", "jane@acme.io")
    I.fill("Password", "Sunshine42")
    I.fill("Confirm password", "Sunshine42")
    I.click("Next")
    I.click("Back")
    I.see("Step 1 of 4")
    I.see_value("Work email", "jane@acme.io")


def test_username_case_insensitive_taken():
    """Scenario: uppercase taken name
Given step 2
When I type "Support" in Username
Then it should still say "That username is taken.\""""
    I.go_to("/signup/")
    I.fill("Work email", "jane@acme.io")
    I.fill("Password", "Sunshine42")
    I.fill("Confirm password", "Sunshine42")
    I.click("Next")
    I.fill("Username", "Support")
    I.see("That username is taken.")


def test_username_too_short():
    """given I'm on Tell us about you
when I put "jd" as username
then "Use 3 to 20 letters, numbers or underscores." shows"""
    I.go_to("/signup/")
    I.fill("Work email", "jane@acme.io")
    I.fill("Password", "Sunshine42")
    I.fill("Confirm password", "Sunshine42")
    I.click("Next")
    I.fill("Username", "jd")
    I.see("Use 3 to 20 letters, numbers or underscores.")


def test_step_two_partial():
    """Scenario: only names filled
Given I reached step 2
When I fill First name "Jane", Last name "Doe" and click Next
Then I should see "Choose a username." and "Pick a country."
But not "First name is required.\""""
    I.go_to("/signup/")
    I.fill("Work email", "jane@acme.io")
    I.fill("Password", "Sunshine42")
    I.fill("Confirm password", "Sunshine42")
    I.click("Next")
    I.fill("First name", "Jane")
    I.fill("Last name", "Doe")
    I.click("Next")
    I.see("Choose a username.")
    I.dont_see("First name is required.")


def test_email_error_clears_when_fixed():
    """When I submit "bob@nowhere" as email, see the format error, then correct it to "bob@nowhere.com" and press Next again
Then the email error should be gone"""
    I.go_to("/signup/")
    I.fill("Work email", "bob@nowhere")
    I.click("Next")
    I.see("That email doesn't look right. Try name@example.com.")
    I.fill("Work email", "bob@nowhere.com")
    I.click("Next")
    I.dont_see("That email doesn't look right. Try name@example.com.")


def test_strength_too_short():
    """Scenario: short password
When I type "Ab1!" into Password
Then the meter text still says "Password strength: Too short"
And when I click Next I see "Password must be at least 8 characters.\""""
    I.go_to("/signup/")
    I.fill("Password", "Ab1!")
    I.see("Password strength: Too short")
    I.click("Next")
    I.see("Password must be at least 8 characters.")


def test_hide_password_again():
    """When I click Show and then Hide on the password
Then the button says "Show" again"""
    I.go_to("/signup/")
    I.fill("Password", "Sunshine42")
    I.click("Show")
    I.click("Hide")
    I.see("Show")
    I.dont_see("Hide")


def test_step_count_stays_on_error():
    """Scenario: still on step 1
Given I only filled Work email "max@firma.de"
When I click Next
Then the progress text stays "Step 1 of 4"
And I should not see "Tell us about you\""""
    I.go_to("/signup/")
    I.fill("Work email", "max@firma.de")
    I.click("Next")
    I.see("Step 1 of 4")
    I.dont_see("Tell us about you")


def test_good_strength_label():
    """When I type "sunshine42!" as my password
Then I see "Password strength: Good\""""
    I.go_to("/signup/")
    I.fill("Password", "sunshine42!")
    I.see("Password strength: Good")


def test_missing_country_only():
    """Scenario: forgot the country
Given I'm on step 2 and fill First name "Ola" and Username "ola_n"
When I click Next
Then I should see "Pick a country."
But not "Step 3 of 4\""""
    I.go_to("/signup/")
    I.fill("Work email", "ola@nordmann.no")
    I.fill("Password", "Sunshine42")
    I.fill("Confirm password", "Sunshine42")
    I.click("Next")
    I.fill("First name", "Ola")
    I.fill("Username", "ola_n")
    I.click("Next")
    I.see("Pick a country.")
    I.dont_see("Step 3 of 4")


def test_username_checking_message():
    """Scenario: availability check
Given I am on step 2
When I enter the username "lars_bdd"
Then I should eventually see "✓ lars_bdd is available"
And no "That username is taken." error"""
    I.go_to("/signup/")
    I.fill("Work email", "lars@bdd.dk")
    I.fill("Password", "Sunshine42")
    I.fill("Confirm password", "Sunshine42")
    I.click("Next")
    I.fill("Username", "lars_bdd")
    I.wait_for("✓ lars_bdd is available")
    I.dont_see("That username is taken.")
