"""shop: tasks written by w10."""

from testgen import I


def test_accept_cookies_hides_banner():
    """Verify that "Accept all" on the cookie banner closes it."""
    I.go_to("/shop/")
    I.click("Accept all")
    I.dont_see("We use cookies to keep you signed in")


def test_reject_cookies_remembered():
    """Check that after Reject non-essential the cookie banner does not come back on the next page (open Cart)."""
    I.go_to("/shop/")
    I.click("Reject non-essential")
    I.go_to("/shop/cart.html")
    I.dont_see("We use cookies to keep you signed in")


def test_login_shows_welcome():
    """- [ ] Log in from the header
- [ ] bob / hunter2
- [ ] header says "Welcome, bob" with a Log out link"""
    I.go_to("/shop/")
    I.click("Log in")
    I.fill("Username", "bob")
    I.fill("Password", "hunter2")
    I.click("Log in")
    I.see("Welcome, bob")
    I.see("Log out")


def test_login_wrong_password():
    """Ensure a wrong password is refused: bob / hunter3 -> `Invalid username or password.`"""
    I.go_to("/shop/login.html")
    I.fill("Username", "bob")
    I.fill("Password", "hunter3")
    I.click("Log in")
    I.see("Invalid username or password.")
    I.see_value("Password", "")


def test_login_empty():
    """Verify Log in with empty fields asks for "Enter your username and password." """
    I.go_to("/shop/login.html")
    I.click("Log in", near="Keep me logged in")
    I.see("Enter your username and password.")


def test_logout():
    """Check Log out: after logging in as bob and clicking Log out, "Welcome, bob" is gone and Log in is back."""
    I.go_to("/shop/login.html")
    I.fill("Username", "bob")
    I.fill("Password", "hunter2")
    I.click("Log in")
    I.click("Log out")
    I.dont_see("Welcome, bob")
    I.see("Log in")


def test_header_search_results():
    """Verify header search for "boots" lists 3 products (Results for “boots”)."""
    I.go_to("/shop/")
    I.fill("Search products", "boots")
    I.press("Enter")
    I.see("Results for “boots”")
    I.see("Showing 1–3 of 3 products")
    I.see("Waterproof Hiking Boots")


def test_search_no_results():
    """Ensure a search with no hits says No products found. Data: q = kayak"""
    I.go_to("/shop/")
    I.fill("Search products", "kayak")
    I.click("Search")
    I.see("No products found")


def test_hero_search():
    """Check the big "Find it" search on the home page: merino -> only Merino Crew Sweater."""
    I.go_to("/shop/")
    I.fill("Search the catalogue", "merino")
    I.click("Find it")
    I.see("Showing 1–1 of 1 products")
    I.see("Merino Crew Sweater")


def test_all_products_first_page():
    """Verify Shop all shows the first 12 of 60 products."""
    I.go_to("/shop/")
    I.click("Shop all")
    I.see("Showing 1–12 of 60 products")


def test_next_page():
    """- [ ] Shop all
- [ ] Next
- [ ] "Showing 13–24 of 60 products", URL has page=2"""
    I.go_to("/shop/products")
    I.click("Next")
    I.see("Showing 13–24 of 60 products")
    I.see_url("page=2")


def test_last_page_number():
    """Check page 5 of the listing shows products 49–60."""
    I.go_to("/shop/products")
    I.click("5", near="Next")
    I.see("Showing 49–60 of 60 products")


def test_category_chip_home():
    """Ensure the Home category lists 11 products and nothing from Shoes (e.g. no Leather Loafers)."""
    I.go_to("/shop/products")
    I.click("Home", near="All")
    I.see("Showing 1–11 of 11 products")
    I.dont_see("Leather Loafers")


def test_category_from_nav():
    """Verify the Bags link in the header opens the Bags listing with Waxed Canvas Backpack."""
    I.go_to("/shop/")
    I.click("Bags")
    I.see("Showing 1–12 of 12 products")
    I.see("Waxed Canvas Backpack")
    I.see_url("category=bags")


def test_sort_price_low_to_high():
    """Check Sort by Price: low to high brings the $10.99 Linen Cushion Cover onto page 1 and pushes High-Top Basketball Shoes off it."""
    I.go_to("/shop/products")
    I.select("Sort by", "Price: low to high")
    I.see("Linen Cushion Cover")
    I.dont_see("High-Top Basketball Shoes")


def test_sort_price_high_to_low():
    """Sort by Price: high to low -> Crossbody Sling ($246.99) on page one, sort=price-desc in URL"""
    I.go_to("/shop/products")
    I.select("Sort by", "Price: high to low")
    I.see_url("sort=price-desc")
    I.see("Crossbody Sling")


def test_product_not_found():
    """Ensure an unknown product URL (/shop/product/space-suit) shows Product not found with the slug."""
    I.go_to("/shop/product/space-suit")
    I.see("We couldn't find “space-suit”. It may have sold out.")


def test_add_to_cart_needs_size():
    """Verify Add to cart on Merino Crew Sweater without a size gives "Please choose a size." """
    I.go_to("/shop/product/merino-crew-sweater")
    I.click("Add to cart")
    I.see("Please choose a size.")


def test_add_to_cart_needs_colour():
    """Check that with Size M but no Colour the error is `Please choose a colour.`"""
    I.go_to("/shop/product/merino-crew-sweater")
    I.select("Size", "M")
    I.click("Add to cart")
    I.see("Please choose a colour.")


def test_add_to_cart_quantity_limit():
    """Ensure quantity 11 is refused on the product page (Quantity must be between 1 and 10.)"""
    I.go_to("/shop/product/heavyweight-hoodie")
    I.select("Size", "L")
    I.select("Colour", "Rust")
    I.fill("Quantity", "11")
    I.click("Add to cart")
    I.see("Quantity must be between 1 and 10.")
    I.dont_see("to your cart.")


def test_add_to_cart_success():
    """Verify adding 2 Merino Crew Sweaters (S, Navy) confirms "Added 2 × Merino Crew Sweater to your cart." and the header reads Cart 2."""
    I.go_to("/shop/product/merino-crew-sweater")
    I.select("Size", "S")
    I.select("Colour", "Navy")
    I.fill("Quantity", "2")
    I.click("Add to cart")
    I.see("Added 2 × Merino Crew Sweater to your cart.")
    I.see("Cart 2")


def test_details_and_care():
    """Check "Details & care" opens the care text (machine wash cold)."""
    I.go_to("/shop/product/waffle-knit-henley")
    I.click("Details & care")
    I.see("Machine wash cold with like colours.")


def test_cart_empty():
    """Pre: fresh browser. Open the cart -> "Your cart is empty." and no Order summary."""
    I.go_to("/shop/cart.html")
    I.see("Your cart is empty.")
    I.dont_see("Order summary")


def test_cart_totals_under_free_shipping():
    """Verify cart totals below $75.
Data: 2 × Merino Crew Sweater ($32.99), size M, Black
Expected: subtotal $65.98, shipping $6.95, tax $5.28, total $78.21, "Spend $9.02 more for free shipping." """
    I.go_to("/shop/product/merino-crew-sweater")
    I.select("Size", "M")
    I.select("Colour", "Black")
    I.fill("Quantity", "2")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.see("$65.98")
    I.see("$6.95")
    I.see("$5.28")
    I.see("$78.21")
    I.see("Spend $9.02 more for free shipping.")


def test_cart_free_shipping():
    """Check that an order over $75 ships free: add Waxed Canvas Backpack (Grey), cart shows Shipping Free and "You've unlocked free shipping." """
    I.go_to("/shop/product/waxed-canvas-backpack")
    I.select("Colour", "Grey")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.see("Free")
    I.see("You've unlocked free shipping.")


def test_cart_change_quantity():
    """- [ ] add 1 Linen Cushion Cover (Sand)
- [ ] in the cart set its quantity to 3
- [ ] line total $32.97"""
    I.go_to("/shop/product/linen-cushion-cover")
    I.select("Colour", "Sand")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.fill("Quantity for Linen Cushion Cover", "3")
    I.press("Enter")
    I.see("$32.97")


def test_cart_remove_item():
    """Ensure Remove takes the item out of the cart: add Cotton Bath Towel (Plum), remove it -> cart empty, towel gone."""
    I.go_to("/shop/product/cotton-bath-towel")
    I.select("Colour", "Plum")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.click("Remove", near="Cotton Bath Towel")
    I.see("Your cart is empty.")
    I.dont_see("Cotton Bath Towel")


def test_same_item_added_twice_merges():
    """Verify adding the same variant twice makes one line with quantity 2 (Bamboo Cutting Board, Olive)."""
    I.go_to("/shop/product/bamboo-cutting-board")
    I.select("Colour", "Olive")
    I.click("Add to cart")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.see_value("Quantity for Bamboo Cutting Board", "2")
    I.see("$25.98")


def test_checkout_place_order():
    """Check a full checkout.
Pre: Drawstring Gym Bag (Rust) in cart
Data: noor@example.com, Noor Haddad, 12 Quay Street, Leeds, LS1 4AB, card 4242 4242 4242 4242, 12/30, 123, terms ticked
Expected: "Thank you for your order!" and receipt goes to noor@example.com"""
    I.go_to("/shop/product/drawstring-gym-bag")
    I.select("Colour", "Rust")
    I.click("Add to cart")
    I.go_to("/shop/checkout.html")
    I.fill("Email", "noor@example.com")
    I.fill("Full name", "Noor Haddad")
    I.fill("Street address", "12 Quay Street")
    I.fill("City", "Leeds")
    I.fill("Postcode", "LS1 4AB")
    I.fill("Card number", "4242 4242 4242 4242")
    I.fill("Expiry (MM/YY)", "12/30")
    I.fill("CVC", "123")
    I.check("I agree to the terms of sale")
    I.click("Place order")
    I.see("Thank you for your order!")
    I.see("A receipt is on its way to noor@example.com.")


def test_checkout_all_empty():
    """Verify Place order on an empty checkout form reports 9 problems and "Enter your email address"."""
    I.go_to("/shop/checkout.html")
    I.click("Place order")
    I.see("There are 9 problems with your order.")
    I.see("Enter your email address")
    I.see("You must agree to the terms of sale")


def test_checkout_bad_card_number():
    """Ensure a card number failing the checksum is rejected: 4242 4242 4242 4241 -> "Enter a valid card number"."""
    I.go_to("/shop/checkout.html")
    I.fill("Card number", "4242 4242 4242 4241")
    I.click("Place order")
    I.see("Enter a valid card number")


def test_checkout_bad_email_and_expiry():
    """Checkout validation: email "noor@example", expiry 13/30 -> email format error and `Enter the expiry date as MM/YY`."""
    I.go_to("/shop/checkout.html")
    I.fill("Email", "noor@example")
    I.fill("Expiry (MM/YY)", "13/30")
    I.click("Place order")
    I.see("Enter a valid email address, like name@example.com")
    I.see("Enter the expiry date as MM/YY")


def test_checkout_empty_cart_refused():
    """Verify that a valid checkout with an empty cart is not placed: "Your cart is empty. Add something before placing an order." """
    I.go_to("/shop/checkout.html")
    I.fill("Email", "noor@example.com")
    I.fill("Full name", "Noor Haddad")
    I.fill("Street address", "12 Quay Street")
    I.fill("City", "Leeds")
    I.fill("Postcode", "LS1 4AB")
    I.fill("Card number", "4242 4242 4242 4242")
    I.fill("Expiry (MM/YY)", "12/30")
    I.fill("CVC", "123")
    I.check("I agree to the terms of sale")
    I.click("Place order")
    I.see("Your cart is empty. Add something before placing an order.")
    I.dont_see("Thank you for your order!")


def test_newsletter_invalid_email():
    """Check the footer newsletter refuses "noor.example.com" with `That email address doesn't look right.`"""
    I.go_to("/shop/")
    I.fill("Newsletter email", "noor.example.com")
    I.click("Subscribe")
    I.see("That email address doesn't look right.")


def test_newsletter_subscribe():
    """Verify subscribing to the newsletter with noor@example.com says "Thanks! Check your inbox to confirm." """
    I.go_to("/shop/")
    I.fill("Newsletter email", "noor@example.com")
    I.click("Subscribe")
    I.see("Thanks! Check your inbox to confirm.")
