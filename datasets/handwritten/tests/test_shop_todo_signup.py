"""Shop, todo list and signup wizard, described the way testers write tickets. Written after the reader
changes they measure, and never used to tune them."""

from testgen import I


def test_shop_login():
    """On the login page, log in as bob with hunter2 and verify it says Welcome, bob"""
    I.go_to("/shop/login.html")
    I.fill("Username", "bob")
    I.fill("Password", "hunter2")
    I.click("Log in")
    I.see("Welcome, bob")


def test_shop_cookie_banner():
    """Accept the cookies; the cookie banner text "We use cookies" should go away."""
    I.go_to("/shop/")
    I.click("Accept all")
    I.dont_see("We use cookies")


def test_shop_search():
    """search products for boots and hit enter. Heading: Results for “boots”"""
    I.go_to("/shop/")
    I.fill("Search products", "boots")
    I.press("Enter")
    I.see("Results for “boots”")


def test_shop_newsletter():
    """Subscribe to the newsletter with the address jo@example.com (Newsletter email field, then Subscribe)
    and check that the page thanks you: "Thanks! Check your inbox to confirm.\""""
    I.go_to("/shop/")
    I.fill("Newsletter email", "jo@example.com")
    I.click("Subscribe")
    I.see("Thanks! Check your inbox to confirm.")


def test_todo_add_two():
    """Add "Buy milk" and then "Walk the dog" to the list (Enter after each); it should say 2 items left."""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Buy milk")
    I.press("Enter")
    I.fill("What needs to be done?", "Walk the dog")
    I.press("Enter")
    I.see("2 items left")


def test_todo_one_item():
    """Create a todo called Call mum by typing it in What needs to be done? and pressing Enter; expect 1 item
    left"""
    I.go_to("/todo/")
    I.fill("What needs to be done?", "Call mum")
    I.press("Enter")
    I.see("1 item left")


def test_signup_short_password():
    """Fill the work email with sam@acme.io and the password with abc, click Next, and you should get the
    error "Password must be at least 8 characters.\""""
    I.go_to("/signup/")
    I.fill("Work email", "sam@acme.io")
    I.fill("Password", "abc")
    I.click("Next")
    I.see("Password must be at least 8 characters.")


def test_signup_mismatch():
    """Signup: email sam@acme.io, password Tr0ub4dor&3, confirm password Tr0ub4dor&4, Next →
    "Passwords don't match.\""""
    I.go_to("/signup/")
    I.fill("Work email", "sam@acme.io")
    I.fill("Password", "Tr0ub4dor&3")
    I.fill("Confirm password", "Tr0ub4dor&4")
    I.click("Next")
    I.see("Passwords don't match.")


def test_signup_empty():
    """Press Next on an empty form and check that it asks for the email: "Enter your email address.\""""
    I.go_to("/signup/")
    I.click("Next")
    I.see("Enter your email address.")


def test_signup_have_account():
    """Click "Already have an account? Sign in" and make sure the text "Sign in is not part of this demo."
    shows up"""
    I.go_to("/signup/")
    I.click("Already have an account? Sign in")
    I.see("Sign in is not part of this demo.")
