"""signup: tasks written by w11."""

from testgen import I


def test_email_without_at():
    """should show an error when the email has no @ (kenji.example.com) -> That email doesn't look right. Try name@example.com."""
    I.go_to("/signup/")
    I.fill("Work email", "kenji.example.com")
    I.click("Next")
    I.see("That email doesn't look right. Try name@example.com.")


def test_email_empty():
    """step 1 > Next with an empty email > 'Enter your email address.'"""
    I.go_to("/signup/")
    I.fill("Password", "Sunflower9")
    I.click("Next")
    I.see("Enter your email address.")


def test_email_without_dot_domain():
    """email 'kenji@localhost' (no dot in the domain) must be rejected"""
    I.go_to("/signup/")
    I.fill("Work email", "kenji@localhost")
    I.click("Next")
    I.see("That email doesn't look right. Try name@example.com.")
    I.see("Step 1 of 4")


def test_password_too_short():
    """password 'abc12' is too short -> Password must be at least 8 characters."""
    I.go_to("/signup/")
    I.fill("Work email", "kenji@example.com")
    I.fill("Password", "abc12")
    I.click("Next")
    I.see("Password must be at least 8 characters.")


def test_password_too_weak():
    """all-lowercase 8 chars (abcdefgh) should not be accepted: 'Add capital letters, numbers or symbols to make it stronger.'"""
    I.go_to("/signup/")
    I.fill("Work email", "kenji@example.com")
    I.fill("Password", "abcdefgh")
    I.fill("Confirm password", "abcdefgh")
    I.click("Next")
    I.see("Add capital letters, numbers or symbols to make it stronger.")


def test_passwords_dont_match():
    """confirm_password mismatch (Sunflower9 vs Sunflower8) -> Passwords don't match."""
    I.go_to("/signup/")
    I.fill("Work email", "kenji@example.com")
    I.fill("Password", "Sunflower9")
    I.fill("Confirm password", "Sunflower8")
    I.click("Next")
    I.see("Passwords don't match.")
    I.dont_see("Step 2 of 4")


def test_strength_weak():
    """strength meter should say 'Password strength: Weak' for abcdefgh"""
    I.go_to("/signup/")
    I.fill("Password", "abcdefgh")
    I.see("Password strength: Weak")


def test_strength_fair():
    """password meter > 'Abcdefgh' (mixed case) > Fair"""
    I.go_to("/signup/")
    I.fill("Password", "Abcdefgh")
    I.see("Password strength: Fair")


def test_strength_good():
    """Abcdefg1 -> strength should be Good"""
    I.go_to("/signup/")
    I.fill("Password", "Abcdefg1")
    I.see("Password strength: Good")


def test_strength_strong():
    """a password with upper, lower, digit and symbol (Abcdef1!) should read 'Password strength: Strong'"""
    I.go_to("/signup/")
    I.fill("Password", "Abcdef1!")
    I.see("Password strength: Strong")


def test_show_password_toggle():
    """clicking Show next to the password should flip the button to Hide"""
    I.go_to("/signup/")
    I.fill("Password", "Sunflower9")
    I.click("Show")
    I.see("Hide")


def test_hide_again():
    """show/hide: Show then Hide should bring the 'Show' label back"""
    I.go_to("/signup/")
    I.click("Show")
    I.click("Hide")
    I.see("Show")
    I.dont_see("Hide")


def test_already_have_account_link():
    """the 'Already have an account? Sign in' link should just say Sign in is not part of this demo."""
    I.go_to("/signup/")
    I.click("Already have an account? Sign in")
    I.see("Sign in is not part of this demo.")


def test_valid_step_one_goes_to_profile():
    """valid email + matching strong passwords, Next -> Step 2 of 4 'Tell us about you'"""
    I.go_to("/signup/")
    I.fill("Work email", "kenji@example.com")
    I.fill("Password", "Sunflower9")
    I.fill("Confirm password", "Sunflower9")
    I.click("Next")
    I.see("Step 2 of 4")
    I.see("Tell us about you")


def test_enter_submits_step_one():
    """pressing Enter in 'Confirm password' should submit step 1 just like Next"""
    I.go_to("/signup/")
    I.fill("Work email", "kenji@example.com")
    I.fill("Password", "Sunflower9")
    I.fill("Confirm password", "Sunflower9")
    I.press("Enter")
    I.see("Step 2 of 4")


def test_valid_email_no_email_error():
    """good email but short password: only the password error, NOT the email one"""
    I.go_to("/signup/")
    I.fill("Work email", "kenji@example.com")
    I.fill("Password", "short")
    I.click("Next")
    I.see("Password must be at least 8 characters.")
    I.dont_see("That email doesn't look right.")


def test_back_keeps_email():
    """wizard > step 2 > Back > should be on Step 1 of 4 again with the email still filled in"""
    I.go_to("/signup/")
    I.fill("Work email", "kenji@example.com")
    I.fill("Password", "Sunflower9")
    I.fill("Confirm password", "Sunflower9")
    I.click("Next")
    I.click("Back")
    I.see("Step 1 of 4")
    I.see_value("Work email", "kenji@example.com")


def test_profile_all_required():
    """step 2 > Next with everything empty > First name is required., Last name is required., Choose a username., Pick a country."""
    I.go_to("/signup/")
    I.fill("Work email", "kenji@example.com")
    I.fill("Password", "Sunflower9")
    I.fill("Confirm password", "Sunflower9")
    I.click("Next")
    I.click("Next")
    I.see("First name is required.")
    I.see("Last name is required.")
    I.see("Choose a username.")
    I.see("Pick a country.")


def test_username_taken():
    """should reject username 'admin' -> That username is taken."""
    I.go_to("/signup/")
    I.fill("Work email", "kenji@example.com")
    I.fill("Password", "Sunflower9")
    I.fill("Confirm password", "Sunflower9")
    I.click("Next")
    I.fill("Username", "admin")
    I.see("That username is taken.")


def test_username_taken_any_case():
    """username check ignores case: 'ADA' should also be taken"""
    I.go_to("/signup/")
    I.fill("Work email", "kenji@example.com")
    I.fill("Password", "Sunflower9")
    I.fill("Confirm password", "Sunflower9")
    I.click("Next")
    I.fill("Username", "ADA")
    I.see("That username is taken.")
    I.dont_see("ADA is available")


def test_username_available():
    """a free username (kenji_dev) should show '✓ kenji_dev is available'"""
    I.go_to("/signup/")
    I.fill("Work email", "kenji@example.com")
    I.fill("Password", "Sunflower9")
    I.fill("Confirm password", "Sunflower9")
    I.click("Next")
    I.fill("Username", "kenji_dev")
    I.see("✓ kenji_dev is available")


def test_username_too_short():
    """username 'kj' (2 chars) -> Use 3 to 20 letters, numbers or underscores."""
    I.go_to("/signup/")
    I.fill("Work email", "kenji@example.com")
    I.fill("Password", "Sunflower9")
    I.fill("Confirm password", "Sunflower9")
    I.click("Next")
    I.fill("Username", "kj")
    I.see("Use 3 to 20 letters, numbers or underscores.")


def test_username_hyphen_rejected():
    """hyphens aren't allowed in usernames: 'kenji-dev' must show the 3 to 20 letters/numbers/underscores error, not 'is available'"""
    I.go_to("/signup/")
    I.fill("Work email", "kenji@example.com")
    I.fill("Password", "Sunflower9")
    I.fill("Confirm password", "Sunflower9")
    I.click("Next")
    I.fill("Username", "kenji-dev")
    I.see("Use 3 to 20 letters, numbers or underscores.")
    I.dont_see("kenji-dev is available")


def test_country_required():
    """profile step: names + username filled but no country -> 'Pick a country.' and still Step 2 of 4"""
    I.go_to("/signup/")
    I.fill("Work email", "kenji@example.com")
    I.fill("Password", "Sunflower9")
    I.fill("Confirm password", "Sunflower9")
    I.click("Next")
    I.fill("First name", "Kenji")
    I.fill("Last name", "Sato")
    I.fill("Username", "kenji_s")
    I.click("Next")
    I.see("Pick a country.")


def test_only_last_name_missing():
    """step 2 with first name + username + country but no last name -> only 'Last name is required.', no first name error"""
    I.go_to("/signup/")
    I.fill("Work email", "kenji@example.com")
    I.fill("Password", "Sunflower9")
    I.fill("Confirm password", "Sunflower9")
    I.click("Next")
    I.fill("First name", "Kenji")
    I.click("Next")
    I.see("Last name is required.")
    I.dont_see("First name is required.")


def test_checking_availability_then_result():
    """typing a username shows 'Checking availability…' first, then the result (root -> That username is taken.)"""
    I.go_to("/signup/")
    I.fill("Work email", "kenji@example.com")
    I.fill("Password", "Sunflower9")
    I.fill("Confirm password", "Sunflower9")
    I.click("Next")
    I.fill("Username", "root")
    I.wait_for("That username is taken.")
    I.dont_see("Checking availability…")


def test_confirm_password_left_empty():
    """Repeat it left blank -> should fail with Passwords don't match."""
    I.go_to("/signup/")
    I.fill("Work email", "kenji@example.com")
    I.fill("Password", "Sunflower9")
    I.click("Next")
    I.see("Passwords don't match.")


def test_username_too_long():
    """usernames max out at 20 chars: 'kenji_frontend_dev_2026' (23) -> Use 3 to 20 letters, numbers or underscores."""
    I.go_to("/signup/")
    I.fill("Work email", "kenji@example.com")
    I.fill("Password", "Sunflower9")
    I.fill("Confirm password", "Sunflower9")
    I.click("Next")
    I.fill("Username", "kenji_frontend_dev_2026")
    I.see("Use 3 to 20 letters, numbers or underscores.")


def test_email_with_space_rejected():
    """'kenji @example.com' (space before the @) should not pass step 1"""
    I.go_to("/signup/")
    I.fill("Work email", "kenji @example.com")
    I.fill("Password", "Sunflower9")
    I.fill("Confirm password", "Sunflower9")
    I.click("Next")
    I.see("That email doesn't look right. Try name@example.com.")
    I.dont_see("Step 2 of 4")
