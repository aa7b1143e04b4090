"""shop: tasks written by w7."""

from testgen import I


def test_login_bob():
    """Login with the user bob and pasword hunter2. Expected: "Welcome, bob" in header"""
    I.go_to("/shop/login.html")
    I.fill("Username", "bob")
    I.fill("Password", "hunter2")
    I.click("Log in", near="Keep me logged")
    I.see("Welcome, bob")


def test_login_wrong_password():
    """put the user bob with wrong password "hunter3" -> Invalid username or password."""
    I.go_to("/shop/login.html")
    I.fill("Username", "bob")
    I.fill("Password", "hunter3")
    I.click("Log in", near="Keep me logged")
    I.see("Invalid username or password.")
    I.dont_see("Welcome, bob")


def test_login_empty():
    """on login page make click on Log in without username and password. verify that appears the message Enter your username and password."""
    I.go_to("/shop/login.html")
    I.click("Log in", near="Keep me logged")
    I.see("Enter your username and password.")


def test_logout():
    """log in as bob/hunter2 and after click Log out. Welcome, bob must not appear anymore"""
    I.go_to("/shop/login.html")
    I.fill("Username", "bob")
    I.fill("Password", "hunter2")
    I.click("Log in", near="Keep me logged")
    I.see("Welcome, bob")
    I.click("Log out")
    I.dont_see("Welcome, bob")


def test_add_without_size():
    """open Merino Crew Sweater and click Add to cart without choose size. Expected: Please choose a size."""
    I.go_to("/shop/product/merino-crew-sweater")
    I.click("Add to cart")
    I.see("Please choose a size.")


def test_add_without_colour():
    """Merino Crew Sweater: size M but no colour, Add to cart -> error Please choose a colour."""
    I.go_to("/shop/product/merino-crew-sweater")
    I.select("Size", "M")
    I.click("Add to cart")
    I.see("Please choose a colour.")


def test_add_to_cart_two():
    """1. go to product Merino Crew Sweater 2. Size S, Colour Navy, Quantity 2 3. Add to cart
Result: Added 2 × Merino Crew Sweater to your cart."""
    I.go_to("/shop/product/merino-crew-sweater")
    I.select("Size", "S")
    I.select("Colour", "Navy")
    I.fill("Quantity", "2")
    I.click("Add to cart")
    I.see("Added 2 × Merino Crew Sweater to your cart.")


def test_quantity_too_big():
    """quantity 11 for the sweater is not allowed, must to appear "Quantity must be between 1 and 10.\""""
    I.go_to("/shop/product/merino-crew-sweater")
    I.select("Size", "L")
    I.select("Colour", "Black")
    I.fill("Quantity", "11")
    I.click("Add to cart")
    I.see("Quantity must be between 1 and 10.")


def test_empty_cart():
    """open the cart without add nothing: Your cart is empty."""
    I.go_to("/shop/cart.html")
    I.see("Your cart is empty.")


def test_search_no_products():
    """search products "spaceship" in header search. Expected No products found"""
    I.go_to("/shop/")
    I.fill("Search products", "spaceship")
    I.click("Search")
    I.see("No products found")


def test_search_results_title():
    """search "shirt" and verify the title Results for “shirt”"""
    I.go_to("/shop/")
    I.fill("Search products", "shirt")
    I.press("Enter")
    I.see("Results for “shirt”")


def test_newsletter_bad_email():
    """Newsletter in footer: write "ana@" and Subscribe. system not accept: That email address doesn't look right."""
    I.go_to("/shop/")
    I.fill("Newsletter email", "ana@")
    I.click("Subscribe")
    I.see("That email address doesn't look right.")


def test_newsletter_ok():
    """subscribe to newsletter with ana@example.com, should recieve Thanks! Check your inbox to confirm."""
    I.go_to("/shop/")
    I.fill("Newsletter email", "ana@example.com")
    I.click("Subscribe")
    I.see("Thanks! Check your inbox to confirm.")


def test_cookie_accept():
    """make click Accept all in the cookie banner, the banner must disappear"""
    I.go_to("/shop/")
    I.click("Accept all")
    I.dont_see("Reject non-essential")


def test_checkout_empty_fields():
    """in checkout page click Place order with all fields empty, must appear Enter your email address and Enter your card number"""
    I.go_to("/shop/checkout.html")
    I.click("Place order")
    I.see("Enter your email address")
    I.see("Enter your card number")


def test_products_second_page():
    """products list, click Next page -> Showing 13–24 of 60 products"""
    I.go_to("/shop/products")
    I.click("Next")
    I.see("Showing 13–24 of 60 products")


def test_cart_shows_item():
    """add Merino Crew Sweater (size XS, colour Black) and go to the cart, the sweater must be in the cart and not "Your cart is empty.\""""
    I.go_to("/shop/product/merino-crew-sweater")
    I.select("Size", "XS")
    I.select("Colour", "Black")
    I.click("Add to cart")
    I.see("Added 1 × Merino Crew Sweater to your cart.")
    I.go_to("/shop/cart.html")
    I.see("Merino Crew Sweater")
    I.dont_see("Your cart is empty.")


def test_sort_price_low_high():
    """All products, Sort by Price: low to high -> the url have sort=price-asc"""
    I.go_to("/shop/products")
    I.select("Sort by", "Price: low to high")
    I.see_url("sort=price-asc")
