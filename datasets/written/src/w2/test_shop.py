"""shop: tasks written by w2."""

from testgen import I


def test_login_valid_user():
    """Login with valid credentials
Test data: user bob / hunter2
1. Navigate to /shop/login.html
2. Enter the username and password from the test data
3. Click Log in
Expected result: user is redirected to the shop home page and the header shows "Welcome, bob" and a Log out button."""
    I.go_to("/shop/login.html")
    I.fill("Username", "bob")
    I.fill("Password", "hunter2")
    I.click("Log in")
    I.see("Welcome, bob")
    I.see("Log out")


def test_login_wrong_password():
    """Verify that the system does not accept an incorrect password.
Test data: bob / hunter3
1. Navigate to /shop/login.html
2. Enter the test data and click Log in
Expected result: "Invalid username or password." is displayed and the user is not logged in."""
    I.go_to("/shop/login.html")
    I.fill("Username", "bob")
    I.fill("Password", "hunter3")
    I.click("Log in")
    I.see("Invalid username or password.")
    I.dont_see("Welcome, bob")


def test_login_empty_fields():
    """Login - empty form
Click Log in on /shop/login.html without entering anything.
ER: "Enter your username and password." """
    I.go_to("/shop/login.html")
    I.click("Log in", near="Keep me logged in")
    I.see("Enter your username and password.")


def test_logout():
    """Log out
Preconditions: logged in as bob / hunter2
1. Click Log out in the header
Expected result: "Welcome, bob" is no longer displayed; the Log in link is shown again."""
    I.go_to("/shop/login.html")
    I.fill("Username", "bob")
    I.fill("Password", "hunter2")
    I.click("Log in")
    I.see("Welcome, bob")
    I.click("Log out")
    I.dont_see("Welcome, bob")


def test_login_redirects_to_next():
    """Login returns the user to the requested page
1. Navigate to /shop/login.html?next=/shop/cart.html
2. Log in as bob / hunter2
Expected: user lands on the cart page (URL contains cart.html) and sees "Welcome, bob"."""
    I.go_to("/shop/login.html?next=/shop/cart.html")
    I.fill("Username", "bob")
    I.fill("Password", "hunter2")
    I.click("Log in")
    I.see_url("cart.html")
    I.see("Welcome, bob")


def test_accept_cookies_hides_banner():
    """Cookie banner - Accept all
1. Navigate to /shop/
2. Click Accept all in the cookie banner
Expected result: the cookie banner is closed."""
    I.go_to("/shop/")
    I.click("Accept all")
    I.dont_see("We use cookies to keep you signed in")


def test_reject_cookies_remembered():
    """Cookie choice is remembered
1. Navigate to /shop/
2. Click Reject non-essential
3. Reload the page
Expected: the banner does not come back after the reload."""
    I.go_to("/shop/")
    I.click("Reject non-essential")
    I.go_to("/shop/")
    I.dont_see("We use cookies to keep you signed in")


def test_header_search_boots():
    """Search products from the header
Test data: boots
1. Navigate to /shop/
2. Enter the test data in Search products and press Enter
Expected result: heading "Results for “boots”" and Leather Chelsea Boots is in the results."""
    I.go_to("/shop/")
    I.fill("Search products", "boots")
    I.press("Enter")
    I.see("Results for “boots”")
    I.see("Leather Chelsea Boots")


def test_search_without_results():
    """Search with no matching products - type "umbrella" in the header search and submit; "No products found" should be displayed."""
    I.go_to("/shop/")
    I.fill("Search products", "umbrella")
    I.click("Search")
    I.see("No products found")


def test_hero_search_merino():
    """Hero search
1. Navigate to /shop/
2. Enter "merino" in the "Search the catalogue" field
3. Click Find it
Expected: exactly one result - "Showing 1–1 of 1 products", Merino Crew Sweater."""
    I.go_to("/shop/")
    I.fill("Search the catalogue", "merino")
    I.click("Find it")
    I.see("Showing 1–1 of 1 products")
    I.see("Merino Crew Sweater")


def test_category_home():
    """Category filter - Home
1. Navigate to /shop/products
2. Click the Home category chip
Expected result: "Showing 1–11 of 11 products"."""
    I.go_to("/shop/products")
    with I.within("Categories"):
        I.click("Home")
    I.see("Showing 1–11 of 11 products")


def test_sort_price_low_to_high():
    """Sort by price ascending
1. Navigate to /shop/products
2. Select "Price: low to high" in Sort by
Expected result: the cheapest item, Linen Cushion Cover ($10.99), is shown on the first page."""
    I.go_to("/shop/products")
    I.select("Sort by", "Price: low to high")
    I.see("Linen Cushion Cover")
    I.see("$10.99")


def test_sort_price_high_to_low():
    """Sort by - Price: high to low
Expected: Canvas Market Tote ($259.00) appears on page 1."""
    I.go_to("/shop/products")
    I.select("Sort by", "Price: high to low")
    I.see("Canvas Market Tote")
    I.see("$259.00")


def test_sort_name_z_to_a():
    """Sorting by name Z to A
1. Navigate to /shop/products
2. Choose Name: Z to A in the Sort by dropdown
Expected result: Wool Throw Blanket is listed; the URL contains sort=name-desc."""
    I.go_to("/shop/products")
    I.select("Sort by", "Name: Z to A")
    I.see("Wool Throw Blanket")
    I.see_url("sort=name-desc")


def test_pagination_next():
    """Pagination - next page
1. Navigate to /shop/products
2. Click Next below the product grid
Expected result: "Showing 13–24 of 60 products" is displayed."""
    I.go_to("/shop/products")
    I.click("Next")
    I.see("Showing 13–24 of 60 products")


def test_pagination_last_page():
    """Go to page 5 of All products. Expected: Showing 49–60 of 60 products, and there is no Next link anymore."""
    I.go_to("/shop/products")
    I.click("5")
    I.see("Showing 49–60 of 60 products")
    I.dont_see("Next")


def test_add_to_cart_without_size():
    """Verify that the system does not add a product to the cart without a size.
1. Navigate to /shop/product/merino-crew-sweater
2. Select Navy in Colour, leave Size empty
3. Click Add to cart
Expected result: "Please choose a size." is displayed."""
    I.go_to("/shop/product/merino-crew-sweater")
    I.select("Colour", "Navy")
    I.click("Add to cart")
    I.see("Please choose a size.")


def test_add_to_cart_without_colour():
    """Add to cart - colour missing
Test data: Size M
1. Navigate to /shop/product/heavyweight-hoodie
2. Select the size, do not choose a colour
3. Click Add to cart
ER: Please choose a colour."""
    I.go_to("/shop/product/heavyweight-hoodie")
    I.select("Size", "M")
    I.click("Add to cart")
    I.see("Please choose a colour.")


def test_add_to_cart_success():
    """Add product to cart

Test data: Merino Crew Sweater, Size L, Colour Olive, Quantity 1

1. Navigate to /shop/product/merino-crew-sweater
2. Select Size and Colour from the test data
3. Click Add to cart

Expected result: "Added 1 × Merino Crew Sweater to your cart." is displayed."""
    I.go_to("/shop/product/merino-crew-sweater")
    I.select("Size", "L")
    I.select("Colour", "Olive")
    I.click("Add to cart")
    I.see("Added 1 × Merino Crew Sweater to your cart.")


def test_quantity_above_ten():
    """Quantity limit
1. Navigate to /shop/product/trail-running-shoes
2. Select Size 9 and Colour Black, enter 11 in Quantity
3. Click Add to cart
Expected result: "Quantity must be between 1 and 10." and nothing is added."""
    I.go_to("/shop/product/trail-running-shoes")
    I.select("Size", "9")
    I.select("Colour", "Black")
    I.fill("Quantity", "11")
    I.click("Add to cart")
    I.see("Quantity must be between 1 and 10.")
    I.dont_see("to your cart.")


def test_quantity_zero():
    """Verify that the system does not accept quantity 0 (Waxed Canvas Backpack, colour Grey). Expected: Quantity must be between 1 and 10."""
    I.go_to("/shop/product/waxed-canvas-backpack")
    I.select("Colour", "Grey")
    I.fill("Quantity", "0")
    I.click("Add to cart")
    I.see("Quantity must be between 1 and 10.")


def test_bag_has_only_colour():
    """Add a bag (colour only) to the cart
1. Navigate to /shop/product/roll-top-commuter-pack
2. Select Rust as Colour, set Quantity to 2
3. Click Add to cart
Expected: Added 2 × Roll-Top Commuter Pack to your cart."""
    I.go_to("/shop/product/roll-top-commuter-pack")
    I.select("Colour", "Rust")
    I.fill("Quantity", "2")
    I.click("Add to cart")
    I.see("Added 2 × Roll-Top Commuter Pack to your cart.")


def test_cart_shipping_below_threshold():
    """Cart - shipping charged below $75
Preconditions: Merino Crew Sweater (S, Black) added to the cart, qty 1 ($32.99)
1. Open the cart
Expected result: shipping $6.95 and the note "Spend $42.01 more for free shipping."."""
    I.go_to("/shop/product/merino-crew-sweater")
    I.select("Size", "S")
    I.select("Colour", "Black")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.see("$6.95")
    I.see("Spend $42.01 more for free shipping.")


def test_cart_free_shipping():
    """Free shipping from $75
1. Navigate to /shop/product/merino-crew-sweater
2. Select Size M, Colour Plum, Quantity 3 and click Add to cart
3. Open /shop/cart.html
Expected result: shipping shows "Free" and the note says "You've unlocked free shipping."."""
    I.go_to("/shop/product/merino-crew-sweater")
    I.select("Size", "M")
    I.select("Colour", "Plum")
    I.fill("Quantity", "3")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.see("You've unlocked free shipping.")
    with I.within("Shipping"):
        I.see("Free")


def test_cart_remove_item():
    """Remove item from cart
Preconditions: one Waxed Canvas Backpack (Black) in the cart.
Steps:
1. Navigate to /shop/cart.html
2. Click Remove
Expected result: "Your cart is empty." is displayed and the backpack is not listed."""
    I.go_to("/shop/product/waxed-canvas-backpack")
    I.select("Colour", "Black")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.click("Remove")
    I.see("Your cart is empty.")
    I.dont_see("Waxed Canvas Backpack")


def test_cart_update_quantity_total():
    """Change quantity in cart
Preconditions: Merino Crew Sweater (XS, Navy) x1 in the cart.
1. Navigate to /shop/cart.html
2. Change "Quantity for Merino Crew Sweater" to 2 and press Tab
Expected result: subtotal $65.98, tax $5.28, total $78.21."""
    I.go_to("/shop/product/merino-crew-sweater")
    I.select("Size", "XS")
    I.select("Colour", "Navy")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.fill("Quantity for Merino Crew Sweater", "2")
    I.press("Tab")
    I.see("$65.98")
    I.see("$5.28")
    I.see("$78.21")


def test_same_item_added_twice_merges():
    """Adding the same product twice
1. Navigate to /shop/product/leather-tote-bag
2. Select Colour Sky and click Add to cart
3. Change Quantity to 2 and click Add to cart again
4. Go to the cart
Expected: one line for Leather Tote Bag with quantity 3."""
    I.go_to("/shop/product/leather-tote-bag")
    I.select("Colour", "Sky")
    I.click("Add to cart")
    I.fill("Quantity", "2")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.see_value("Quantity for Leather Tote Bag", "3")


def test_checkout_empty_form():
    """Checkout - submit empty form
1. Navigate to /shop/checkout.html
2. Click Place order without filling anything
Expected result: the alert "There are 9 problems with your order." is shown along with "Enter your email address" and "You must agree to the terms of sale"."""
    I.go_to("/shop/checkout.html")
    I.click("Place order")
    I.see("There are 9 problems with your order.")
    I.see("Enter your email address")
    I.see("You must agree to the terms of sale")


def test_checkout_invalid_card_number():
    """Verify that the system does not accept a card number that fails the Luhn check.
Test data: 4242 4242 4242 4241
1. Navigate to /shop/checkout.html
2. Enter the test data in Card number
3. Click Place order
Expected result: "Enter a valid card number" is displayed."""
    I.go_to("/shop/checkout.html")
    I.fill("Card number", "4242 4242 4242 4241")
    I.click("Place order")
    I.see("Enter a valid card number")


def test_checkout_bad_expiry_month():
    """Expiry validation
Test data: Expiry 13/29
Steps: on /shop/checkout.html enter the expiry and click Place order.
ER: "Enter the expiry date as MM/YY"."""
    I.go_to("/shop/checkout.html")
    I.fill("Expiry (MM/YY)", "13/29")
    I.click("Place order")
    I.see("Enter the expiry date as MM/YY")


def test_checkout_invalid_email():
    """Checkout - email format
1. Navigate to /shop/checkout.html
2. Enter "bob@shop" in Email
3. Click Place order
Expected: "Enter a valid email address, like name@example.com"."""
    I.go_to("/shop/checkout.html")
    I.fill("Email", "bob@shop")
    I.click("Place order")
    I.see("Enter a valid email address, like name@example.com")


def test_checkout_short_cvc():
    """CVC with 2 digits (12) is rejected on Place order -> "Enter the 3 or 4 digit security code"."""
    I.go_to("/shop/checkout.html")
    I.fill("CVC", "12")
    I.click("Place order")
    I.see("Enter the 3 or 4 digit security code")


def test_checkout_remaining_problems_count():
    """Checkout - contact and address filled, payment missing

Test data:
Email: bob@example.com
Full name: Bob Stone
Street address: 12 Quay Street
City: Bristol
Postcode: BS1 4DJ

1. Navigate to /shop/checkout.html
2. Fill in the test data (leave the Payment section and terms empty)
3. Click Place order

Expected result: "There are 4 problems with your order." and the card number error "Enter your card number"."""
    I.go_to("/shop/checkout.html")
    I.fill("Email", "bob@example.com")
    I.fill("Full name", "Bob Stone")
    I.fill("Street address", "12 Quay Street")
    I.fill("City", "Bristol")
    I.fill("Postcode", "BS1 4DJ")
    I.click("Place order")
    I.see("There are 4 problems with your order.")
    I.see("Enter your card number")


def test_checkout_lists_cart_items():
    """Checkout summary shows cart content
Preconditions: Stoneware Mug Set (Rust) x1 added to the cart.
1. Navigate to /shop/checkout.html
Expected result: "In your cart" shows "1 × Stoneware Mug Set — $53.00"."""
    I.go_to("/shop/product/stoneware-mug-set")
    I.select("Colour", "Rust")
    I.click("Add to cart")
    I.go_to("/shop/checkout.html")
    I.see("1 × Stoneware Mug Set — $53.00")


def test_newsletter_invalid_email():
    """Newsletter subscription - invalid address
1. Navigate to /shop/
2. Enter "news@example" in the Newsletter email field
3. Click Subscribe
Expected result: "That email address doesn't look right."."""
    I.go_to("/shop/")
    I.fill("Newsletter email", "news@example")
    I.click("Subscribe")
    I.see("That email address doesn't look right.")


def test_newsletter_valid_email():
    """Subscribe to the newsletter with priya@example.com; expected message: "Thanks! Check your inbox to confirm.\""""
    I.go_to("/shop/")
    I.fill("Newsletter email", "priya@example.com")
    I.click("Subscribe")
    I.see("Thanks! Check your inbox to confirm.")


def test_product_not_found():
    """Unknown product URL
1. Navigate to /shop/product/unicorn-cape
Expected: "Product not found" with the text "We couldn't find “unicorn-cape”. It may have sold out.\""""
    I.go_to("/shop/product/unicorn-cape")
    I.see("We couldn't find “unicorn-cape”. It may have sold out.")


def test_details_and_care():
    """Product details
1. Navigate to /shop/product/oxford-shirt
2. Expand "Details & care"
Expected result: care text "Machine wash cold with like colours." is displayed."""
    I.go_to("/shop/product/oxford-shirt")
    I.click("Details & care")
    I.see("Machine wash cold with like colours.")


def test_breadcrumb_back_to_category():
    """Breadcrumb navigation
1. Navigate to /shop/product/cord-trousers
2. Click "Bottoms" in the breadcrumb
Expected result: Bottoms listing with "Showing 1–12 of 12 products"."""
    I.go_to("/shop/product/cord-trousers")
    with I.within("Breadcrumb"):
        I.click("Bottoms")
    I.see("Showing 1–12 of 12 products")


def test_search_two_words():
    """Search with two words
Test data: linen shorts
1. Navigate to /shop/
2. Search products for the test data
Expected: Linen Drawstring Shorts is found; Linen Cushion Cover is not in the results."""
    I.go_to("/shop/")
    I.fill("Search products", "linen shorts")
    I.press("Enter")
    I.see("Linen Drawstring Shorts")
    I.dont_see("Linen Cushion Cover")


def test_cart_badge_counts_items():
    """Cart count in header
1. Navigate to /shop/product/hip-pack
2. Choose Colour White, Quantity 4, click Add to cart
Expected result: the cart link in the header shows 4 items."""
    I.go_to("/shop/product/hip-pack")
    I.select("Colour", "White")
    I.fill("Quantity", "4")
    I.click("Add to cart")
    I.see("Added 4 × Hip Pack to your cart.")
    with I.within("Cart"):
        I.see("4")
