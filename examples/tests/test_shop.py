"""Northwind shop: account, search, listing, product options, cart totals and checkout validation.

Run: testgen run examples/tests --base-url http://127.0.0.1:8765
"""

from testgen import I


def test_log_in_and_out():
    I.go_to("/shop/")
    I.click("Accept all")
    I.dont_see("We use cookies")
    I.click("Log in")
    I.fill("Username", "bob")
    I.fill("Password", "not-it")
    I.click("Log in")
    I.see("Invalid username or password.")
    I.fill("Password", "hunter2")
    I.press("Enter")
    I.see("Welcome, bob")
    I.see("Featured products")
    I.click("Log out")
    I.dont_see("Welcome, bob")


def test_search_and_sort_the_listing():
    I.go_to("/shop/")
    I.fill("Search products", "leather")
    I.press("Enter")
    I.see("Results for “leather”")
    I.see("Leather Chelsea Boots")
    I.go_to("/shop/products")
    I.see("Showing 1–12 of 60 products")
    I.select("Sort by", "Price: low to high")
    I.wait_for("Linen Cushion Cover")
    I.see_url("sort=price-asc")
    I.see_value("Sort by", "Price: low to high")
    I.click("Next")
    I.see("Showing 13–24 of 60 products")
    I.see("Ribbed Tank Top")


def test_add_to_cart_and_change_quantity():
    I.go_to("/shop/product/stoneware-mug-set")
    I.click("Add to cart")
    I.see("Please choose a colour.")
    I.select("Colour", "Rust")
    I.fill("Quantity", "2")
    I.click("Add to cart")
    I.see("Added 2 × Stoneware Mug Set to your cart.")
    I.go_to("/shop/cart.html")
    I.see("Colour: Rust")
    I.see_value("Quantity for Stoneware Mug Set", "2")
    I.see("$106.00")
    I.fill("Quantity for Stoneware Mug Set", "3")
    I.press("Tab")
    I.see("$159.00")
    I.click("Remove")
    I.see("Your cart is empty.")


def test_checkout_shows_what_is_wrong():
    I.go_to("/shop/product/leather-card-wallet")
    I.select("Colour", "Forest")
    I.click("Add to cart")
    I.go_to("/shop/checkout.html")
    I.click("Place order")
    I.see("There are 9 problems with your order.")
    I.see("Enter your email address")
    I.fill("Email", "bob@example")
    I.fill("Card number", "1234 5678")
    I.click("Place order")
    I.see("Enter a valid email address, like name@example.com")
    I.see("Enter a valid card number")
    I.fill("Email", "bob@example.com")
    I.fill("Full name", "Bob Stone")
    I.fill("Street address", "1 Main St")
    I.fill("City", "Springfield")
    I.fill("Postcode", "12345")
    I.select("Country", "Canada")
    I.check("Express (next day) – $15.00")
    I.fill("Card number", "4242 4242 4242 4242")
    I.fill("Expiry (MM/YY)", "12/39")
    I.fill("CVC", "123")
    I.check("I agree to the terms of sale")
    I.click("Place order")
    I.see("Thank you for your order!")
    I.see("A receipt is on its way to bob@example.com")
