"""signup: tasks written by w7."""

from testgen import I


def test_empty_email_error():
    """open signup and click Next without fill nothing. Expected: "Enter your email address." appear"""
    I.go_to("/signup/")
    I.click("Next")
    I.see("Enter your email address.")


def test_bad_email_format():
    """Work email = ana.example.com, pasword Secret123, confirm the same, click Next
Result: error That email doesn't look right. Try name@example.com."""
    I.go_to("/signup/")
    I.fill("Work email", "ana.example.com")
    I.fill("Password", "Secret123")
    I.fill("Confirm password", "Secret123")
    I.click("Next")
    I.see("That email doesn't look right. Try name@example.com.")


def test_short_password():
    """write password "abc12" and make click on Next -> must to appear Password must be at least 8 characters."""
    I.go_to("/signup/")
    I.fill("Work email", "ana@example.com")
    I.fill("Password", "abc12")
    I.click("Next")
    I.see("Password must be at least 8 characters.")


def test_weak_password_rejected():
    """password only small letters (abcdefgh) is too weak, system not accept. verify that appears the message "Add capital letters, numbers or symbols to make it stronger.\""""
    I.go_to("/signup/")
    I.fill("Work email", "ana@example.com")
    I.fill("Password", "abcdefgh")
    I.fill("Confirm password", "abcdefgh")
    I.click("Next")
    I.see("Add capital letters, numbers or symbols to make it stronger.")


def test_password_mismatch():
    """1. email ana@example.com
2. password Summer2024!
3. confirm password Summer2025!
4. Next
Expected: Passwords don't match."""
    I.go_to("/signup/")
    I.fill("Work email", "ana@example.com")
    I.fill("Password", "Summer2024!")
    I.fill("Confirm password", "Summer2025!")
    I.click("Next")
    I.see("Passwords don't match.")


def test_strength_weak():
    """type in the password field "password" , the strength must say Weak"""
    I.go_to("/signup/")
    I.fill("Password", "password")
    I.see("Password strength: Weak")


def test_strength_strong():
    """Password strength meter: put Tr0ub4dor&3 in password, Expected: "Password strength: Strong\""""
    I.go_to("/signup/")
    I.fill("Password", "Tr0ub4dor&3")
    I.see("Password strength: Strong")


def test_strength_fair():
    """check the strength for password Abcdefgh (upper + lower, no number) is Fair"""
    I.go_to("/signup/")
    I.fill("Password", "Abcdefgh")
    I.see("Password strength: Fair")


def test_show_password_button():
    """click on buton Show near password, the buton text change to Hide"""
    I.go_to("/signup/")
    I.fill("Password", "Secret123")
    I.click("Show")
    I.see("Hide")


def test_go_to_step_two():
    """fill step 1 correct (ana@example.com / Secret123 two times) and Next. Result: Step 2 of 4 and heading Tell us about you"""
    I.go_to("/signup/")
    I.fill("Work email", "ana@example.com")
    I.fill("Password", "Secret123")
    I.fill("Confirm password", "Secret123")
    I.click("Next")
    I.see("Step 2 of 4")
    I.see("Tell us about you")


def test_step_two_required_fields():
    """pass the first step, then on the profile step click Next empty. Must appear First name is required., Last name is required. and Pick a country."""
    I.go_to("/signup/")
    I.fill("Work email", "ana@example.com")
    I.fill("Password", "Secret123")
    I.fill("Confirm password", "Secret123")
    I.click("Next")
    I.click("Next")
    I.see("First name is required.")
    I.see("Last name is required.")
    I.see("Pick a country.")


def test_username_taken():
    """After step 1, put the username admin. Expected: "That username is taken.\""""
    I.go_to("/signup/")
    I.fill("Work email", "ana@example.com")
    I.fill("Password", "Secret123")
    I.fill("Confirm password", "Secret123")
    I.click("Next")
    I.fill("Username", "admin")
    I.see("That username is taken.")


def test_username_available():
    """username ana_tester on step 2 -> it shows ✓ ana_tester is available"""
    I.go_to("/signup/")
    I.fill("Work email", "ana@example.com")
    I.fill("Password", "Secret123")
    I.fill("Confirm password", "Secret123")
    I.click("Next")
    I.fill("Username", "ana_tester")
    I.see("ana_tester is available")


def test_username_invalid_chars():
    """username with space and dash "ana-m x" is not valid; verify the error Use 3 to 20 letters, numbers or underscores."""
    I.go_to("/signup/")
    I.fill("Work email", "ana@example.com")
    I.fill("Password", "Secret123")
    I.fill("Confirm password", "Secret123")
    I.click("Next")
    I.fill("Username", "ana-m x")
    I.see("Use 3 to 20 letters, numbers or underscores.")


def test_back_button_keeps_email():
    """go to step 2 and click Back. Expected step 1 again (Step 1 of 4) and the email still ana@example.com"""
    I.go_to("/signup/")
    I.fill("Work email", "ana@example.com")
    I.fill("Password", "Secret123")
    I.fill("Confirm password", "Secret123")
    I.click("Next")
    I.click("Back")
    I.see("Step 1 of 4")
    I.see_value("Work email", "ana@example.com")


def test_plan_required():
    """complete account and profile (Ana Lopez, user analopez, Spain is not there so France), on Pick a plan click Next without plan -> "Choose a plan to continue.\""""
    I.go_to("/signup/")
    I.fill("Work email", "ana@example.com")
    I.fill("Password", "Secret123")
    I.fill("Confirm password", "Secret123")
    I.click("Next")
    I.fill("First name", "Ana")
    I.fill("Last name", "Lopez")
    I.fill("Username", "analopez")
    I.select("Country", "France")
    I.click("Next")
    I.click("Next")
    I.see("Choose a plan to continue.")


def test_yearly_prices():
    """in plan step make click on Yearly (save 2 months). the Pro price must change to $120/yr"""
    I.go_to("/signup/")
    I.fill("Work email", "ana@example.com")
    I.fill("Password", "Secret123")
    I.fill("Confirm password", "Secret123")
    I.click("Next")
    I.fill("First name", "Ana")
    I.fill("Last name", "Lopez")
    I.fill("Username", "analopez")
    I.select("Country", "Argentina")
    I.click("Next")
    I.click("Yearly (save 2 months)")
    I.see("$120/yr")
    I.dont_see("$12/mo")





def test_sign_in_link_not_demo():
    """click "Already have an account? Sign in" link, it should say Sign in is not part of this demo."""
    I.go_to("/signup/")
    I.click("Already have an account? Sign in")
    I.see("Sign in is not part of this demo.")


def test_username_available_gone_when_taken():
    """On step 2 type username "root" - the available text must not appear and error That username is taken."""
    I.go_to("/signup/")
    I.fill("Work email", "ana@example.com")
    I.fill("Password", "Secret123")
    I.fill("Confirm password", "Secret123")
    I.click("Next")
    I.fill("Username", "root")
    I.see("That username is taken.")
    I.dont_see("root is available")


def test_hide_password_again():
    """Show the password and after click Hide, the buton must be Show again"""
    I.go_to("/signup/")
    I.fill("Password", "Secret123")
    I.click("Show")
    I.click("Hide")
    I.see("Show")
    I.dont_see("Hide")


def test_strength_good():
    """password "secret123!" (small letters, number and symbol) - the strength say Good"""
    I.go_to("/signup/")
    I.fill("Password", "secret123!")
    I.see("Password strength: Good")
