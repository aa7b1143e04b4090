"""Log on page: credentials, errors, remember me, forgotten password."""

from testgen import I


def test_hb_101_log_on_lands_on_dashboard():
    """HB-101 log on as alice lands on the dashboard
    should greet her and show 'Signed in as alice' up top"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("Good morning, Alice")
    I.see("Signed in as alice")


def test_hb_102_wrong_password():
    """HB-102 log on with a bad password -> 'Incorrect username or password.' and we stay on the log on page"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "letmein")
    I.click("Sign in")
    I.see("Incorrect username or password.")
    I.dont_see("Good morning, Alice")


def test_hb_103_empty_username():
    """HB-103 blank username on log on
    leave both empty, click Sign in, expect 'Enter your username.'"""
    I.go_to("/bank/")
    I.click("Sign in")
    I.see("Enter your username.")


def test_hb_104_missing_password():
    """log on with just the username (alice), no password - should ask for the password"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.click("Sign in")
    I.see("Enter your password.")


def test_hb_117_forgot_password_phone_number():
    """HB-117 forgot password link shows the reset phone line 1-800-555-0142"""
    I.go_to("/bank/")
    I.click("Forgot your password?")
    I.see("Call 1-800-555-0142 to reset your password.")


def test_hb_121_remember_username_after_sign_off():
    """HB-121 remember me
    tick 'Remember my username', log on as alice, sign off -> username box should still say alice"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.check("Remember my username")
    I.click("Sign in")
    I.click("Log out")
    I.see_value("Username", "alice")
