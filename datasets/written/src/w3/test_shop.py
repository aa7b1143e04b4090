"""shop: tasks written by w3."""

from testgen import I


def test_login_bob_welcome():
    """[Login] log in as bob / hunter2 from the login page, header should say "Welcome, bob" afterwards"""
    I.go_to("/shop/login.html")
    I.fill("Username", "bob")
    I.fill("Password", "hunter2")
    I.click("Log in")
    I.see("Welcome, bob")


def test_login_wrong_password():
    """Steps to reproduce:
- open /shop/login.html
- username bob, password hunter3
- click Log in
Expected: "Invalid username or password." and nobody is logged in"""
    I.go_to("/shop/login.html")
    I.fill("Username", "bob")
    I.fill("Password", "hunter3")
    I.click("Log in")
    I.see("Invalid username or password.")
    I.dont_see("Welcome, bob")


def test_login_empty_form():
    """Login: submit the form with both fields blank. Expected: "Enter your username and password." """
    I.go_to("/shop/login.html")
    I.click("Log in", near="Keep me logged in")
    I.see("Enter your username and password.")


def test_logout_shows_login_link_again():
    """[Account] Log in as bob (pw hunter2), then hit Log out in the header. Expected: the welcome text is gone. Actual once: it kept saying Welcome, bob until refresh"""
    I.go_to("/shop/login.html")
    I.fill("Username", "bob")
    I.fill("Password", "hunter2")
    I.click("Log in")
    I.click("Log out")
    I.dont_see("Welcome, bob")


def test_login_unknown_user():
    """try logging in with user alice / hunter2 - there is no such account so it should refuse with Invalid username or password."""
    I.go_to("/shop/login.html")
    I.fill("Username", "alice")
    I.fill("Password", "hunter2")
    I.click("Log in")
    I.see("Invalid username or password.")


def test_cookie_banner_accept():
    """[Cookies] On the home page click Accept all on the cookie banner -> the banner goes away"""
    I.go_to("/shop/")
    I.click("Accept all")
    I.dont_see("We use cookies to keep you signed in")


def test_cookie_banner_reject():
    """Cookie banner, Reject non-essential. Expected: banner closes same as with Accept all."""
    I.go_to("/shop/")
    I.click("Reject non-essential")
    I.dont_see("Reject non-essential")


def test_header_search_boots():
    """Search "boots" with the header search box and press Enter. Expected: Results for “boots”, 3 products, Leather Chelsea Boots among them"""
    I.go_to("/shop/")
    I.fill("Search products", "boots")
    I.press("Enter")
    I.see("Results for “boots”")
    I.see("Showing 1–3 of 3 products")
    I.see("Leather Chelsea Boots")


def test_search_no_results():
    """[Search] searching for xyzzy should say No products found"""
    I.go_to("/shop/")
    I.fill("Search products", "xyzzy")
    I.click("Search")
    I.see("No products found")


def test_hero_search_find_it():
    """Home page big search box: type merino, click Find it. Only the Merino Crew Sweater should come back."""
    I.go_to("/shop/")
    I.fill("Search the catalogue", "merino")
    I.click("Find it")
    I.see("Merino Crew Sweater")
    I.see("Showing 1–1 of 1 products")


def test_search_excludes_nonmatching():
    """search for "wool" - Expected the three wool items, and nothing like the Merino Crew Sweater (it's not named wool)"""
    I.go_to("/shop/")
    I.fill("Search products", "wool")
    I.press("Enter")
    I.see("Wool Throw Blanket")
    I.dont_see("Merino Crew Sweater")


def test_sort_price_low_to_high():
    """[Listing] Shop all, Sort by -> Price: low to high. First card should be Linen Cushion Cover at $10.99"""
    I.go_to("/shop/products")
    I.select("Sort by", "Price: low to high")
    I.see_url("sort=price-asc")
    I.see("Linen Cushion Cover")
    I.see("$10.99")


def test_sort_price_high_to_low():
    """sort products by price high to low, Canvas Market Tote ($259.00) is the most expensive and should be listed"""
    I.go_to("/shop/products")
    I.select("Sort by", "Price: high to low")
    I.see("Canvas Market Tote")
    I.see("$259.00")


def test_sort_name_z_to_a():
    """Steps: products page, sort Name: Z to A. Expected Wool Throw Blanket on page 1, Bamboo Cutting Board not on page 1"""
    I.go_to("/shop/products")
    I.select("Sort by", "Name: Z to A")
    I.see("Wool Throw Blanket")
    I.dont_see("Bamboo Cutting Board")


def test_category_chip_tops():
    """Products listing → click the Tops chip. Heading becomes Tops and the count reads Showing 1–12 of 13 products"""
    I.go_to("/shop/products")
    I.click("Tops", near="All")
    I.see_url("category=tops")
    I.see("Showing 1–12 of 13 products")


def test_tops_page_two():
    """Tops category has 13 products, so page 2 exists. Click Next → should show 13–13 of 13"""
    I.go_to("/shop/products?category=tops")
    I.click("Next")
    I.see("Showing 13–13 of 13 products")


def test_pagination_previous():
    """[Pagination] go to page 3 of all products then click Previous, expect Showing 13–24 of 60 products"""
    I.go_to("/shop/products")
    I.click("3", near="Next")
    I.see("Showing 25–36 of 60 products")
    I.click("Previous")
    I.see("Showing 13–24 of 60 products")


def test_home_category_tile_bags():
    """home page, click the Bags tile in Shop by category. Expected: listing for Bags with 12 products, Weekender Duffel shown"""
    I.go_to("/shop/")
    I.click("Bags", near="Tops")
    I.see("Showing 1–12 of 12 products")
    I.see("Weekender Duffel")


def test_sale_badge_on_bottoms():
    """Bottoms listing: Trail Shorts is on sale, it should show the Sale badge and the old price $49.48"""
    I.go_to("/shop/products?category=bottoms")
    I.see("Trail Shorts")
    I.see("Sale", near="Trail Shorts")
    I.see("$49.48")


def test_add_to_cart_without_size():
    """[Product] Merino Crew Sweater page, pick colour Navy but no size, click Add to cart. Expected error "Please choose a size." and nothing added"""
    I.go_to("/shop/product/merino-crew-sweater")
    I.select("Colour", "Navy")
    I.click("Add to cart")
    I.see("Please choose a size.")
    I.dont_see("Added 1 × Merino Crew Sweater to your cart.")


def test_add_to_cart_without_colour():
    """Hoodie: choose size L, leave colour on "Choose colour", Add to cart -> "Please choose a colour." """
    I.go_to("/shop/product/heavyweight-hoodie")
    I.select("Size", "L")
    I.click("Add to cart")
    I.see("Please choose a colour.")


def test_add_to_cart_toast():
    """Add 2 x Heavyweight Hoodie, size M colour Rust. Expected the toast: Added 2 × Heavyweight Hoodie to your cart."""
    I.go_to("/shop/product/heavyweight-hoodie")
    I.select("Size", "M")
    I.select("Colour", "Rust")
    I.fill("Quantity", "2")
    I.click("Add to cart")
    I.see("Added 2 × Heavyweight Hoodie to your cart.")


def test_quantity_over_ten_refused():
    """[Product] quantity 11 should be refused with "Quantity must be between 1 and 10." (tested on Trail Shorts, 32 / Olive)"""
    I.go_to("/shop/product/trail-shorts")
    I.select("Size", "32")
    I.select("Colour", "Olive")
    I.fill("Quantity", "11")
    I.click("Add to cart")
    I.see("Quantity must be between 1 and 10.")


def test_quantity_zero_refused():
    """Backpack, colour Black, qty 0, add to cart. Should get Quantity must be between 1 and 10. not an Added message"""
    I.go_to("/shop/product/waxed-canvas-backpack")
    I.select("Colour", "Black")
    I.fill("Quantity", "0")
    I.click("Add to cart")
    I.see("Quantity must be between 1 and 10.")
    I.dont_see("Added 0")


def test_bag_has_no_size_option():
    """Bags only have a colour. Waxed Canvas Backpack, choose Grey, add to cart → added fine, no size error."""
    I.go_to("/shop/product/waxed-canvas-backpack")
    I.select("Colour", "Grey")
    I.click("Add to cart")
    I.see("Added 1 × Waxed Canvas Backpack to your cart.")
    I.dont_see("Please choose a size.")


def test_cart_shows_added_item_with_options():
    """Add Merino Crew Sweater (S, Plum) then open the cart. The row should show the name and "Size: S, Colour: Plum", subtotal $32.99"""
    I.go_to("/shop/product/merino-crew-sweater")
    I.select("Size", "S")
    I.select("Colour", "Plum")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.see("Merino Crew Sweater")
    I.see("Size: S, Colour: Plum")
    I.see("$32.99", near="Subtotal")


def test_cart_shipping_under_75():
    """[Cart] one sweater at $32.99 → shipping $6.95, tax $2.64, total $42.58, and the note "Spend $42.01 more for free shipping." """
    I.go_to("/shop/product/merino-crew-sweater")
    I.select("Size", "M")
    I.select("Colour", "Black")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.see("$6.95")
    I.see("$2.64")
    I.see("$42.58")
    I.see("Spend $42.01 more for free shipping.")


def test_cart_free_shipping_at_75():
    """Cast Iron Skillet costs exactly $75.00. Put one in the cart: shipping should read Free and total $81.00 (75 + 8% tax). Severity: minor"""
    I.go_to("/shop/product/cast-iron-skillet")
    I.select("Colour", "Sky")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.see("Free", near="Shipping")
    I.see("$81.00")
    I.see("You've unlocked free shipping.")


def test_cart_change_quantity_updates_total():
    """Cart: change Quantity for Merino Crew Sweater from 1 to 3 → line total $98.97, shipping becomes Free"""
    I.go_to("/shop/product/merino-crew-sweater")
    I.select("Size", "XL")
    I.select("Colour", "Olive")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.fill("Quantity for Merino Crew Sweater", "3")
    I.press("Tab")
    I.see("$98.97")
    I.see("You've unlocked free shipping.")


def test_cart_remove_last_item():
    """Remove the only item in the cart. Expected: "Your cart is empty." with a Continue shopping link"""
    I.go_to("/shop/product/linen-cushion-cover")
    I.select("Colour", "Navy")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.click("Remove")
    I.see("Your cart is empty.")
    I.see("Continue shopping")


def test_cart_remove_one_of_two():
    """[Cart] two different products in cart (cushion cover + bath towel), Remove the towel. Cushion cover must stay, towel must be gone."""
    I.go_to("/shop/product/linen-cushion-cover")
    I.select("Colour", "Sand")
    I.click("Add to cart")
    I.go_to("/shop/product/cotton-bath-towel")
    I.select("Colour", "Plum")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.click("Remove", near="Cotton Bath Towel")
    I.see("Linen Cushion Cover")
    I.dont_see("Cotton Bath Towel")


def test_same_item_twice_merges():
    """adding the same product + options twice should merge into one line with qty 2, not two lines. Used Bamboo Cutting Board / Olive."""
    I.go_to("/shop/product/bamboo-cutting-board")
    I.select("Colour", "Olive")
    I.click("Add to cart")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.see_value("Quantity for Bamboo Cutting Board", "2")
    I.see("$25.98")


def test_empty_cart_page():
    """open cart.html with nothing added - should say Your cart is empty."""
    I.go_to("/shop/cart.html")
    I.see("Your cart is empty.")
    I.dont_see("Proceed to checkout")


def test_checkout_empty_submit_errors():
    """[Checkout] click Place order with everything blank. Expected: "There are 9 problems with your order." plus "Enter your email address" and "You must agree to the terms of sale" """
    I.go_to("/shop/checkout.html")
    I.click("Place order")
    I.see("There are 9 problems with your order.")
    I.see("Enter your email address")
    I.see("You must agree to the terms of sale")


def test_checkout_bad_email():
    """checkout, email = "bob@example" (no tld), place order → "Enter a valid email address, like name@example.com" under Email"""
    I.go_to("/shop/checkout.html")
    I.fill("Email", "bob@example")
    I.click("Place order")
    I.see("Enter a valid email address, like name@example.com")


def test_checkout_card_fails_luhn():
    """Card number 4242 4242 4242 4241 fails the Luhn check. Expected "Enter a valid card number" after Place order"""
    I.go_to("/shop/checkout.html")
    I.fill("Card number", "4242 4242 4242 4241")
    I.click("Place order")
    I.see("Enter a valid card number")


def test_checkout_expiry_format():
    """Checkout: expiry typed as 1230 (no slash) should be refused with "Enter the expiry date as MM/YY". Actual: we had a customer whose order went through with that"""
    I.go_to("/shop/checkout.html")
    I.fill("Expiry (MM/YY)", "1230")
    I.click("Place order")
    I.see("Enter the expiry date as MM/YY")


def test_checkout_cvc_two_digits():
    """CVC "12" → "Enter the 3 or 4 digit security code" """
    I.go_to("/shop/checkout.html")
    I.fill("CVC", "12")
    I.click("Place order")
    I.see("Enter the 3 or 4 digit security code")


def test_checkout_lists_cart_items():
    """Checkout side panel "In your cart" should list what's in the cart: add 2 × Wool Throw Blanket (Sand), go cart → Proceed to checkout, and check it shows "2 × Wool Throw Blanket — $63.98" """
    I.go_to("/shop/product/wool-throw-blanket")
    I.select("Colour", "Sand")
    I.fill("Quantity", "2")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.click("Proceed to checkout")
    I.see("2 × Wool Throw Blanket — $63.98")


def test_checkout_two_problems_left():
    """Fill the checkout form correctly except CVC, and leave the terms box unticked. Expected summary: "There are 2 problems with your order." """
    I.go_to("/shop/checkout.html")
    I.fill("Email", "a@b.co")
    I.fill("Full name", "A B")
    I.fill("Street address", "1 Road")
    I.fill("City", "Oslo")
    I.fill("Postcode", "0150")
    I.fill("Card number", "4242 4242 4242 4242")
    I.fill("Expiry (MM/YY)", "06/28")
    I.click("Place order")
    I.see("There are 2 problems with your order.")


def test_newsletter_bad_email():
    """[Footer] newsletter signup with "not-an-email" → "That email address doesn't look right." """
    I.go_to("/shop/")
    I.fill("Newsletter email", "not-an-email")
    I.click("Subscribe")
    I.see("That email address doesn't look right.")


def test_newsletter_ok():
    """subscribe to the newsletter with tomasz@example.com, expect Thanks! Check your inbox to confirm."""
    I.go_to("/shop/")
    I.fill("Newsletter email", "tomasz@example.com")
    I.click("Subscribe")
    I.see("Thanks! Check your inbox to confirm.")


def test_product_not_found():
    """Go to /shop/product/purple-unicorn — should get the Product not found page mentioning “purple-unicorn”"""
    I.go_to("/shop/product/purple-unicorn")
    I.see("Product not found")
    I.see("We couldn't find “purple-unicorn”")


def test_featured_product_link():
    """Click Fleece Half-Zip in Featured products on the home page, product page opens with price $115.99"""
    I.go_to("/shop/")
    I.click("Fleece Half-Zip")
    I.see_url("/shop/product/fleece-half-zip")
    I.see("$115.99")


def test_details_and_care_expands():
    """Product page Details & care is collapsed by default; clicking it should reveal "Machine wash cold with like colours." """
    I.go_to("/shop/product/oxford-shirt")
    I.click("Details & care")
    I.see("Machine wash cold with like colours.")


def test_low_stock_message():
    """Hip Pack has only 4 in stock. Product page should say Only a few left (not In stock)"""
    I.go_to("/shop/products?category=bags")
    I.click("Hip Pack")
    I.see("Only a few left")
    I.dont_see("In stock")


def test_breadcrumb_back_to_category():
    """On Cord Trousers click the Bottoms breadcrumb - lands on Bottoms listing with 12 products"""
    I.go_to("/shop/product/cord-trousers")
    I.click("Bottoms", near="Cord Trousers")
    I.see("Showing 1–12 of 12 products")


def test_login_next_redirect():
    """login.html?next=/shop/cart.html, log in as bob → should land on the cart page (Your cart), header Welcome, bob"""
    I.go_to("/shop/login.html?next=/shop/cart.html")
    I.fill("Username", "bob")
    I.fill("Password", "hunter2")
    I.click("Log in")
    I.see_url("/shop/cart.html")
    I.see("Welcome, bob")


def test_sort_keeps_search():
    """[Search] search "leather", then change Sort by to Price: high to low. The search must survive the sort: still Results for “leather”, 4 products"""
    I.go_to("/shop/")
    I.fill("Search products", "leather")
    I.press("Enter")
    I.select("Sort by", "Price: high to low")
    I.see_url("q=leather")
    I.see("Results for “leather”")
    I.see("Showing 1–4 of 4 products")


def test_tops_sorted_by_name():
    """Tops, Sort by Name: A to Z → Cable Knit Cardigan on page 1, Waffle Knit Henley pushed to page 2"""
    I.go_to("/shop/products?category=tops")
    I.select("Sort by", "Name: A to Z")
    I.see("Cable Knit Cardigan")
    I.dont_see("Waffle Knit Henley")
