"""signup: tasks written by w3."""

from testgen import I


def test_step1_empty_next():
    """[Signup] Step 1, click Next with nothing filled in. Expected "Enter your email address." and "Password must be at least 8 characters." """
    I.go_to("/signup/")
    I.click("Next")
    I.see("Enter your email address.")
    I.see("Password must be at least 8 characters.")


def test_bad_work_email():
    """Work email "tomasz@lumen" (no TLD) → That email doesn't look right. Try name@example.com."""
    I.go_to("/signup/")
    I.fill("Work email", "tomasz@lumen")
    I.click("Next")
    I.see("That email doesn't look right. Try name@example.com.")


def test_password_strength_weak():
    """type "password" in Password → the meter text says Password strength: Weak"""
    I.go_to("/signup/")
    I.fill("Password", "password")
    I.see("Password strength: Weak")


def test_password_strength_strong():
    """Password strength for Passw0rd! should read Strong"""
    I.go_to("/signup/")
    I.fill("Password", "Passw0rd!")
    I.see("Password strength: Strong")


def test_password_strength_good():
    """Secret123 (upper+lower+digit, no symbol) is rated "Good" """
    I.go_to("/signup/")
    I.fill("Password", "Secret123")
    I.see("Password strength: Good")


def test_password_strength_fair():
    """all lowercase + digits, e.g. hunter2024 → strength Fair"""
    I.go_to("/signup/")
    I.fill("Password", "hunter2024")
    I.see("Password strength: Fair")


def test_weak_password_refused():
    """Steps: valid email, password "password" twice, Next.
Expected: stays on step 1 with "Add capital letters, numbers or symbols to make it stronger." """
    I.go_to("/signup/")
    I.fill("Work email", "tomasz@example.com")
    I.fill("Password", "password")
    I.fill("Confirm password", "password")
    I.click("Next")
    I.see("Add capital letters, numbers or symbols to make it stronger.")
    I.see("Step 1 of 4")


def test_passwords_dont_match():
    """Password Secret123 / repeat Secret124 → Passwords don't match."""
    I.go_to("/signup/")
    I.fill("Work email", "tomasz@example.com")
    I.fill("Password", "Secret123")
    I.fill("Confirm password", "Secret124")
    I.click("Next")
    I.see("Passwords don't match.")


def test_step1_valid_goes_to_step2():
    """Fill step 1 correctly (tomasz@example.com / Secret123 twice), Next → "Step 2 of 4" and the Tell us about you page"""
    I.go_to("/signup/")
    I.fill("Work email", "tomasz@example.com")
    I.fill("Password", "Secret123")
    I.fill("Confirm password", "Secret123")
    I.click("Next")
    I.see("Step 2 of 4")
    I.see("Tell us about you")


def test_password_show_toggle():
    """the Show button next to the password should flip to Hide after clicking"""
    I.go_to("/signup/")
    I.fill("Password", "Secret123")
    I.click("Show")
    I.see("Hide")


def test_password_hide_again():
    """Show then Hide on the password field: button label returns to Show. minor"""
    I.go_to("/signup/")
    I.click("Show")
    I.click("Hide")
    I.see("Show")
    I.dont_see("Hide")


def test_sign_in_link_demo_note():
    """Top right "Already have an account? Sign in" → text changes to Sign in is not part of this demo."""
    I.go_to("/signup/")
    I.click("Already have an account? Sign in")
    I.see("Sign in is not part of this demo.")


def test_step2_required_fields():
    """Step 2 Next with nothing filled → First name is required. / Last name is required. / Choose a username. / Pick a country."""
    I.go_to("/signup/")
    I.fill("Work email", "tomasz@example.com")
    I.fill("Password", "Secret123")
    I.fill("Confirm password", "Secret123")
    I.click("Next")
    I.click("Next")
    I.see("First name is required.")
    I.see("Last name is required.")
    I.see("Choose a username.")
    I.see("Pick a country.")


def test_username_taken():
    """[Profile] username "ada" is already taken, after the check it should say That username is taken."""
    I.go_to("/signup/")
    I.fill("Work email", "tomasz@example.com")
    I.fill("Password", "Secret123")
    I.fill("Confirm password", "Secret123")
    I.click("Next")
    I.fill("Username", "ada")
    I.see("That username is taken.")


def test_username_taken_case_insensitive():
    """Taken-check must ignore case: "Admin" should also be refused (That username is taken.), not shown as available"""
    I.go_to("/signup/")
    I.fill("Work email", "tomasz@example.com")
    I.fill("Password", "Secret123")
    I.fill("Confirm password", "Secret123")
    I.click("Next")
    I.fill("Username", "Admin")
    I.see("That username is taken.")
    I.dont_see("✓ Admin is available")


def test_username_available():
    """username tomasz_n → "✓ tomasz_n is available" """
    I.go_to("/signup/")
    I.fill("Work email", "tomasz@example.com")
    I.fill("Password", "Secret123")
    I.fill("Confirm password", "Secret123")
    I.click("Next")
    I.fill("Username", "tomasz_n")
    I.see("✓ tomasz_n is available")


def test_username_bad_characters():
    """Username with a dot/space like "tom.n" → Use 3 to 20 letters, numbers or underscores."""
    I.go_to("/signup/")
    I.fill("Work email", "tomasz@example.com")
    I.fill("Password", "Secret123")
    I.fill("Confirm password", "Secret123")
    I.click("Next")
    I.fill("Username", "tom.n")
    I.see("Use 3 to 20 letters, numbers or underscores.")


def test_username_too_short():
    """2-char username "tn" is refused with Use 3 to 20 letters, numbers or underscores."""
    I.go_to("/signup/")
    I.fill("Work email", "tn@example.com")
    I.fill("Password", "Secret123")
    I.fill("Confirm password", "Secret123")
    I.click("Next")
    I.fill("Username", "tn")
    I.see("Use 3 to 20 letters, numbers or underscores.")


def test_back_keeps_email():
    """Go to step 2 then Back: step 1 should still have my email tomasz@example.com in Work email"""
    I.go_to("/signup/")
    I.fill("Work email", "tomasz@example.com")
    I.fill("Password", "Secret123")
    I.fill("Confirm password", "Secret123")
    I.click("Next")
    I.click("Back")
    I.see("Step 1 of 4")
    I.see_value("Work email", "tomasz@example.com")


def test_step2_missing_country_only():
    """step 2 with First name + Username filled, Last name and Country empty → "Pick a country." shows, but no "First name is required." """
    I.go_to("/signup/")
    I.fill("Work email", "tomasz@example.com")
    I.fill("Password", "Secret123")
    I.fill("Confirm password", "Secret123")
    I.click("Next")
    I.fill("First name", "Tomasz")
    I.fill("Username", "tnowak")
    I.click("Next")
    I.see("Pick a country.")
    I.dont_see("First name is required.")


def test_back_button_hidden_on_step1():
    """There should be no Back button on step 1; it shows on step 2"""
    I.go_to("/signup/")
    I.dont_see("Back")
    I.fill("Work email", "tomasz@example.com")
    I.fill("Password", "Secret123")
    I.fill("Confirm password", "Secret123")
    I.click("Next")
    I.see("Back")


def test_missing_confirm_password():
    """left "Repeat it" empty → Passwords don't match. (should not be allowed to continue)"""
    I.go_to("/signup/")
    I.fill("Work email", "tomasz@example.com")
    I.fill("Password", "Secret123")
    I.click("Next")
    I.see("Passwords don't match.")
    I.dont_see("Step 2 of 4")


def test_short_password_error():
    """Password "Ab1!" (4 chars) → Password must be at least 8 characters., strength label Too short"""
    I.go_to("/signup/")
    I.fill("Password", "Ab1!")
    I.click("Next")
    I.see("Password must be at least 8 characters.")
    I.see("Password strength: Too short")


def test_username_checking_message():
    """right after typing a username there's a "Checking availability…" message, then the result. Check it ends with the available text for lumen_fan"""
    I.go_to("/signup/")
    I.fill("Work email", "tomasz@example.com")
    I.fill("Password", "Secret123")
    I.fill("Confirm password", "Secret123")
    I.click("Next")
    I.fill("Username", "lumen_fan")
    I.wait_for("✓ lumen_fan is available")


def test_email_with_spaces_trimmed():
    """Pasted email with spaces around it (" tomasz@example.com ") should be accepted and move on to Step 2 of 4"""
    I.go_to("/signup/")
    I.fill("Work email", " tomasz@example.com ")
    I.fill("Password", "Secret123")
    I.fill("Confirm password", "Secret123")
    I.click("Next")
    I.see("Step 2 of 4")


def test_email_without_at():
    """tomasz.example.com (no @) → That email doesn't look right. Try name@example.com."""
    I.go_to("/signup/")
    I.fill("Work email", "tomasz.example.com")
    I.click("Next")
    I.see("That email doesn't look right. Try name@example.com.")


def test_username_too_long():
    """[Profile] 21-character username "abcdefghijklmnopqrstu" is over the 20 limit → Use 3 to 20 letters, numbers or underscores."""
    I.go_to("/signup/")
    I.fill("Work email", "tomasz@example.com")
    I.fill("Password", "Secret123")
    I.fill("Confirm password", "Secret123")
    I.click("Next")
    I.fill("Username", "abcdefghijklmnopqrstu")
    I.see("Use 3 to 20 letters, numbers or underscores.")


def test_username_cleared_removes_error():
    """type a taken name (support), get the error, then clear the field. The "That username is taken." message must go away"""
    I.go_to("/signup/")
    I.fill("Work email", "tomasz@example.com")
    I.fill("Password", "Secret123")
    I.fill("Confirm password", "Secret123")
    I.click("Next")
    I.fill("Username", "support")
    I.see("That username is taken.")
    I.fill("Username", "")
    I.dont_see("That username is taken.")


def test_taken_username_blocks_next():
    """Can't continue with a taken username: first name Tomasz, username root, press Next → still Step 2 of 4, error shown"""
    I.go_to("/signup/")
    I.fill("Work email", "tomasz@example.com")
    I.fill("Password", "Secret123")
    I.fill("Confirm password", "Secret123")
    I.click("Next")
    I.fill("First name", "Tomasz")
    I.fill("Username", "root")
    I.click("Next")
    I.see("That username is taken.")
    I.see("Step 2 of 4")
