"""shop: tasks written by w5."""

from testgen import I


def test_accept_cookies():
    """Scenario: cookie banner
Given I am on the shop home page
When I click "Accept all"
Then the cookie banner should not be shown anymore"""
    I.go_to("/shop/")
    I.click("Accept all")
    I.dont_see("Reject non-essential")


def test_reject_cookies_stays_gone():
    """Given I click "Reject non-essential" on the cookie banner
When I reload the home page
Then I should not see the banner again"""
    I.go_to("/shop/")
    I.click("Reject non-essential")
    I.go_to("/shop/")
    I.dont_see("Accept all")


def test_header_search():
    """Scenario: search from the header
When I type "boots" into "Search products" and press Enter
Then I should see "Results for “boots”\""""
    I.go_to("/shop/")
    I.fill("Search products", "boots")
    I.press("Enter")
    I.see("Results for “boots”")
    I.see("Leather Chelsea Boots")


def test_search_no_results():
    """When I search products for "umbrella"
Then I see "No products found\""""
    I.go_to("/shop/")
    I.fill("Search products", "umbrella")
    I.press("Enter")
    I.see("No products found")


def test_category_bags():
    """Scenario: category chip
Given I am on the products page
When I click the "Bags" category
Then I should see "Showing 1–12 of 12 products"
And "Merino Crew Sweater" should not be listed"""
    I.go_to("/shop/products")
    I.click("Bags", near="All products")
    I.see("Showing 1–12 of 12 products")
    I.dont_see("Merino Crew Sweater")


def test_products_page_two():
    """given the all products listing
when I click "Next"
then it says Showing 13–24 of 60 products"""
    I.go_to("/shop/products")
    I.click("Next")
    I.see("Showing 13–24 of 60 products")
    I.see_url("page=2")


def test_last_products_page():
    """When I go to page 5 of all products
Then I see "Showing 49–60 of 60 products\""""
    I.go_to("/shop/products")
    I.click("5", near="Next")
    I.see("Showing 49–60 of 60 products")


def test_sort_price_low_to_high():
    """Scenario: cheapest first
Given I'm on /shop/products
When I select "Price: low to high" in "Sort by"
Then the first product is "Linen Cushion Cover" at "$10.99\""""
    I.go_to("/shop/products")
    I.select("Sort by", "Price: low to high")
    I.see_url("sort=price-asc")
    I.see("Linen Cushion Cover")
    I.see("$10.99")


def test_sort_price_high_to_low():
    """When I sort products by "Price: high to low"
Then "Canvas Market Tote" at $259.00 comes up on the first page"""
    I.go_to("/shop/products")
    I.select("Sort by", "Price: high to low")
    I.see("Canvas Market Tote")
    I.see("$259.00")


def test_add_to_cart():
    """Scenario: add a sweater
Given I am on the "Merino Crew Sweater" product page
When I choose Size "M" and Colour "Navy" and click "Add to cart"
Then I should see "Added 1 × Merino Crew Sweater to your cart.\""""
    I.go_to("/shop/product/merino-crew-sweater")
    I.select("Size", "M")
    I.select("Colour", "Navy")
    I.click("Add to cart")
    I.see("Added 1 × Merino Crew Sweater to your cart.")


def test_add_without_size():
    """Given the Merino Crew Sweater page
When I click Add to cart without picking a size
Then I see "Please choose a size."
And "Added 1 × Merino Crew Sweater" should not appear"""
    I.go_to("/shop/product/merino-crew-sweater")
    I.select("Colour", "Black")
    I.click("Add to cart")
    I.see("Please choose a size.")
    I.dont_see("Added 1 × Merino Crew Sweater")


def test_add_without_colour():
    """Scenario: bag with no colour
When I open the Leather Tote Bag page and click "Add to cart" straight away
Then it says "Please choose a colour.\""""
    I.go_to("/shop/product/leather-tote-bag")
    I.click("Add to cart")
    I.see("Please choose a colour.")


def test_quantity_too_high():
    """given the Hip Pack page with Colour "Olive"
when I set Quantity to 12 and add to cart
then "Quantity must be between 1 and 10." shows"""
    I.go_to("/shop/product/hip-pack")
    I.select("Colour", "Olive")
    I.fill("Quantity", "12")
    I.click("Add to cart")
    I.see("Quantity must be between 1 and 10.")


def test_add_three_updates_badge():
    """Scenario: cart badge
When I add 3 Beeswax Candles in "Sand" to the cart
Then the cart count in the header shows 3"""
    I.go_to("/shop/product/beeswax-candle")
    I.select("Colour", "Sand")
    I.fill("Quantity", "3")
    I.click("Add to cart")
    I.see("Added 3 × Beeswax Candle to your cart.")
    I.see("3", near="Cart")


def test_cart_totals_with_shipping():
    """Given I added one Merino Crew Sweater (S, Plum) to the cart
When I go to the cart
Then shipping is "$6.95", tax "$2.64" and the total "$42.58"
And it tells me "Spend $42.01 more for free shipping.\""""
    I.go_to("/shop/product/merino-crew-sweater")
    I.select("Size", "S")
    I.select("Colour", "Plum")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.see("$6.95")
    I.see("$42.58")
    I.see("Spend $42.01 more for free shipping.")


def test_cart_free_shipping():
    """Scenario: free shipping over $75
Given a Fleece Half-Zip (L, Grey) is in my cart
When I open the cart
Then shipping says "Free"
And I should see "You've unlocked free shipping.\""""
    I.go_to("/shop/product/fleece-half-zip")
    I.select("Size", "L")
    I.select("Colour", "Grey")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.see("Free")
    I.see("You've unlocked free shipping.")


def test_cart_change_quantity():
    """Given one Merino Crew Sweater (M, Olive) in the cart
When I change "Quantity for Merino Crew Sweater" to 2
Then the subtotal becomes "$65.98\""""
    I.go_to("/shop/product/merino-crew-sweater")
    I.select("Size", "M")
    I.select("Colour", "Olive")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.fill("Quantity for Merino Crew Sweater", "2")
    I.press("Tab")
    I.see("$65.98")


def test_cart_remove_item():
    """Scenario: remove from cart
Given I have a Drawstring Gym Bag (Rust) in my cart
When I click "Remove" on the cart page
Then I should see "Your cart is empty."
and "Drawstring Gym Bag" should not be there"""
    I.go_to("/shop/product/drawstring-gym-bag")
    I.select("Colour", "Rust")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.click("Remove")
    I.see("Your cart is empty.")
    I.dont_see("Drawstring Gym Bag")


def test_login_ok():
    """Scenario: log in as bob
Given I am on the login page
When I fill Username "bob" and Password "hunter2" and click "Log in"
Then I should see "Welcome, bob\""""
    I.go_to("/shop/login.html")
    I.fill("Username", "bob")
    I.fill("Password", "hunter2")
    I.click("Log in", near="Keep me logged in")
    I.see("Welcome, bob")


def test_login_wrong_password():
    """Given I'm on the shop login page
When I log in as "bob" with "hunter3"
Then I see "Invalid username or password."
and I should not see "Welcome, bob\""""
    I.go_to("/shop/login.html")
    I.fill("Username", "bob")
    I.fill("Password", "hunter3")
    I.click("Log in", near="Keep me logged in")
    I.see("Invalid username or password.")
    I.dont_see("Welcome, bob")


def test_login_empty():
    """Scenario: empty login
When I click Log in on the login form without typing anything
Then I should see "Enter your username and password.\""""
    I.go_to("/shop/login.html")
    I.click("Log in", near="Keep me logged in")
    I.see("Enter your username and password.")


def test_logout():
    """Given I logged in as bob / hunter2
When I click "Log out"
Then "Welcome, bob" is gone"""
    I.go_to("/shop/login.html")
    I.fill("Username", "bob")
    I.fill("Password", "hunter2")
    I.click("Log in", near="Keep me logged in")
    I.see("Welcome, bob")
    I.click("Log out")
    I.dont_see("Welcome, bob")


def test_checkout_empty_form():
    """Scenario: place order with nothing filled in
Given I go straight to the checkout page
When I click "Place order"
Then I should see "There are 9 problems with your order."
and "Enter your email address" next to the email"""
    I.go_to("/shop/checkout.html")
    I.click("Place order")
    I.see("There are 9 problems with your order.")
    I.see("Enter your email address")


def test_checkout_bad_card():
    """Given a Hip Pack (Black) in my cart and I'm on checkout
When I enter card number "4111 1111 1111 1112" and click Place order
Then I see "Enter a valid card number\""""
    I.go_to("/shop/product/hip-pack")
    I.select("Colour", "Black")
    I.click("Add to cart")
    I.go_to("/shop/checkout.html")
    I.fill("Card number", "4111 1111 1111 1112")
    I.click("Place order")
    I.see("Enter a valid card number")


def test_checkout_terms_required():
    """Scenario: terms
Given my cart has a Hip Pack in Grey
When I place the order without ticking "I agree to the terms of sale"
Then I see "You must agree to the terms of sale\""""
    I.go_to("/shop/product/hip-pack")
    I.select("Colour", "Grey")
    I.click("Add to cart")
    I.go_to("/shop/checkout.html")
    I.click("Place order")
    I.see("You must agree to the terms of sale")


def test_checkout_bad_email():
    """when I'm at checkout with a Cotton Bath Towel (Plum) in the cart and fill Email with "bob@"
and click Place order
then "Enter a valid email address, like name@example.com" shows"""
    I.go_to("/shop/product/cotton-bath-towel")
    I.select("Colour", "Plum")
    I.click("Add to cart")
    I.go_to("/shop/checkout.html")
    I.fill("Email", "bob@")
    I.click("Place order")
    I.see("Enter a valid email address, like name@example.com")


def test_product_link_from_home():
    """Scenario: featured product
When I click "Stoneware Mug Set" on the home page
Then I land on its page
and it warns "Only a few left\""""
    I.go_to("/shop/")
    I.click("Stoneware Mug Set")
    I.see_url("/shop/product/stoneware-mug-set")
    I.see("Only a few left")


def test_newsletter_bad_email():
    """Given I am on the shop home page
When I enter "not-an-email" in the Newsletter email and click Subscribe
Then I see "That email address doesn't look right.\""""
    I.go_to("/shop/")
    I.fill("Newsletter email", "not-an-email")
    I.click("Subscribe")
    I.see("That email address doesn't look right.")


def test_newsletter_ok():
    """Scenario: subscribe
When I subscribe with "lars@example.com"
Then I should see "Thanks! Check your inbox to confirm.\""""
    I.go_to("/shop/")
    I.fill("Newsletter email", "lars@example.com")
    I.click("Subscribe")
    I.see("Thanks! Check your inbox to confirm.")


def test_details_and_care():
    """When I open "Details & care" on the Oxford Shirt page
Then I see "Machine wash cold with like colours.\""""
    I.go_to("/shop/product/oxford-shirt")
    I.click("Details & care")
    I.see("Machine wash cold with like colours.")


def test_category_from_breadcrumb():
    """Scenario: breadcrumb back to category
Given I am on the Trail Shorts page
When I click "Bottoms" in the breadcrumb
Then I see "Showing 1–12 of 12 products" for Bottoms"""
    I.go_to("/shop/product/trail-shorts")
    I.click("Bottoms", near="Trail Shorts")
    I.see_url("category=bottoms")
    I.see("Showing 1–12 of 12 products")


def test_sort_name_z_to_a():
    """When I sort all products "Name: Z to A"
Then "Wool Throw Blanket" shows up on page one
And "Bamboo Cutting Board" should not be on it"""
    I.go_to("/shop/products")
    I.select("Sort by", "Name: Z to A")
    I.see("Wool Throw Blanket")
    I.dont_see("Bamboo Cutting Board")


def test_cart_two_sweaters_note():
    """Scenario: close to free shipping
Given I add 2 Merino Crew Sweaters (XL, Black)
When I view the cart
Then it says "Spend $9.02 more for free shipping.\""""
    I.go_to("/shop/product/merino-crew-sweater")
    I.select("Size", "XL")
    I.select("Colour", "Black")
    I.fill("Quantity", "2")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.see("Spend $9.02 more for free shipping.")


def test_search_two_words():
    """When I search products for "leather boots"
Then I see "Leather Chelsea Boots"
but "Leather Tote Bag" should not be in the results"""
    I.go_to("/shop/")
    I.fill("Search products", "leather boots")
    I.press("Enter")
    I.see("Leather Chelsea Boots")
    I.dont_see("Leather Tote Bag")
