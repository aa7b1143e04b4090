"""shop: tasks written by w1."""

from testgen import I


def test_add_merino_two():
    """[pdp] merino crew sweater, size M / navy, qty 2 -> add to cart => toast 'Added 2 × Merino Crew Sweater'"""
    I.go_to("/shop/product/merino-crew-sweater")
    I.select("Size", "M")
    I.select("Colour", "Navy")
    I.fill("Quantity", "2")
    I.click("Add to cart")
    I.see("Added 2 × Merino Crew Sweater to your cart.")


def test_add_without_size():
    """add to cart on trail shorts w/o picking size -> 'Please choose a size.'"""
    I.go_to("/shop/product/trail-shorts")
    I.click("Add to cart")
    I.see("Please choose a size.")


def test_add_size_but_no_colour():
    """pdp oxford shirt: pick size L only, hit add to cart, expect colour error, nothing added"""
    I.go_to("/shop/product/oxford-shirt")
    I.select("Size", "L")
    I.click("Add to cart")
    I.see("Please choose a colour.")
    I.dont_see("Added")


def test_qty_eleven_rejected():
    """qty 11 on hoodie (XL, rust) shouldn't go in -> 'Quantity must be between 1 and 10.'"""
    I.go_to("/shop/product/heavyweight-hoodie")
    I.select("Size", "XL")
    I.select("Colour", "Rust")
    I.fill("Quantity", "11")
    I.click("Add to cart")
    I.see("Quantity must be between 1 and 10.")
    I.dont_see("to your cart")


def test_qty_zero_rejected():
    """smoke: chinos 32 white, quantity 0, add -> err msg, no toast"""
    I.go_to("/shop/product/slim-stretch-chinos")
    I.select("Size", "32")
    I.select("Colour", "White")
    I.fill("Quantity", "0")
    I.click("Add to cart")
    I.see("Quantity must be between 1 and 10")
    I.dont_see("Added 0")


def test_bag_colour_only():
    """backpack has no size dropdown, just colour; black -> add, should say added 1 × Waxed Canvas Backpack"""
    I.go_to("/shop/product/waxed-canvas-backpack")
    I.select("Colour", "Black")
    I.click("Add to cart")
    I.see("Added 1 × Waxed Canvas Backpack to your cart.")


def test_cart_totals_henley():
    """[cart] henley S/sky x1 then open cart: subtotal 23.99, shipping 6.95, tax 1.92, total = $32.86"""
    I.go_to("/shop/product/waffle-knit-henley")
    I.select("Size", "S")
    I.select("Colour", "Sky")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.see("$23.99")
    I.see("$6.95")
    I.see("$1.92")
    I.see("$32.86")


def test_cart_free_shipping_over_75():
    """fleece half-zip (115.99) in cart -> shipping 'Free' + unlocked free shipping msg"""
    I.go_to("/shop/product/fleece-half-zip")
    I.select("Size", "M")
    I.select("Colour", "Grey")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.see("Free")
    I.see("You've unlocked free shipping.")


def test_cart_spend_more_note():
    """cart w/ one striped breton top ($25) should nag: spend $50.00 more for free shipping"""
    I.go_to("/shop/product/striped-breton-top")
    I.select("Size", "XS")
    I.select("Colour", "Forest")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.see("Spend $50.00 more for free shipping.")


def test_cart_remove_only_item():
    """[cart] add drawstring gym bag (olive), go to cart, Remove -> cart empty msg, bag gone"""
    I.go_to("/shop/product/drawstring-gym-bag")
    I.select("Colour", "Olive")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.click("Remove")
    I.see("Your cart is empty.")
    I.dont_see("Drawstring Gym Bag")


def test_cart_change_qty():
    """merino sweater (S, plum) in cart, change qty to 3 => line total $98.97, shipping free"""
    I.go_to("/shop/product/merino-crew-sweater")
    I.select("Size", "S")
    I.select("Colour", "Plum")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.fill("Quantity for Merino Crew Sweater", "3")
    I.press("Tab")
    I.see("$98.97")
    I.see("You've unlocked free shipping.")


def test_cart_qty_zero_clamps():
    """cart qty field: type 0 for the cushion cover, tab out -> goes back to 1, not 0"""
    I.go_to("/shop/product/linen-cushion-cover")
    I.select("Colour", "Sand")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.fill("Quantity for Linen Cushion Cover", "0")
    I.press("Tab")
    I.see_value("Quantity for Linen Cushion Cover", "1")


def test_same_item_twice_merges():
    """add mug set black qty 2, then add again (qty 1) -> cart has one line w/ qty 3"""
    I.go_to("/shop/product/stoneware-mug-set")
    I.select("Colour", "Black")
    I.fill("Quantity", "2")
    I.click("Add to cart")
    I.fill("Quantity", "1")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.see_value("Quantity for Stoneware Mug Set", "3")


def test_cart_shows_options():
    """chk cart row lists chosen options: sneakers size 9 olive -> 'Size: 9, Colour: Olive'"""
    I.go_to("/shop/product/canvas-low-top-sneakers")
    I.select("Size", "9")
    I.select("Colour", "Olive")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.see("Size: 9, Colour: Olive")


def test_login_bob():
    """login bob/hunter2 -> header says Welcome, bob"""
    I.go_to("/shop/login.html")
    I.fill("Username", "bob")
    I.fill("Password", "hunter2")
    I.click("Log in")
    I.see("Welcome, bob")


def test_login_wrong_pwd():
    """[login] bob w/ wrong pwd 'hunter3' => 'Invalid username or password.' and not logged in"""
    I.go_to("/shop/login.html")
    I.fill("Username", "bob")
    I.fill("Password", "hunter3")
    I.click("Log in")
    I.see("Invalid username or password.")
    I.dont_see("Welcome, bob")


def test_login_empty():
    """login btn with both fields blank -> asks for username and password"""
    I.go_to("/shop/login.html")
    I.click("Log in", near="Password")
    I.see("Enter your username and password.")


def test_login_pwd_cleared_after_fail():
    """failed login (alice/secret) should wipe the password box"""
    I.go_to("/shop/login.html")
    I.fill("Username", "alice")
    I.fill("Password", "secret")
    I.click("Log in")
    I.see("Invalid username or password.")
    I.see_value("Password", "")


def test_logout():
    """log in as bob, then log out -> 'Log in' link back, no welcome"""
    I.go_to("/shop/login.html")
    I.fill("Username", "bob")
    I.fill("Password", "hunter2")
    I.click("Log in")
    I.click("Log out")
    I.see("Log in")
    I.dont_see("Welcome, bob")


def test_login_next_param():
    """open login.html?next=/shop/cart.html, sign in bob/hunter2 -> should land on cart, not home"""
    I.go_to("/shop/login.html?next=/shop/cart.html")
    I.fill("Username", "bob")
    I.fill("Password", "hunter2")
    I.click("Log in")
    I.see_url("/shop/cart.html")
    I.see("Welcome, bob")


def test_header_search_merino():
    """header search 'merino' + enter -> results page w/ Merino Crew Sweater"""
    I.go_to("/shop/")
    I.fill("Search products", "merino")
    I.press("Enter")
    I.see_url("q=merino")
    I.see("Merino Crew Sweater")


def test_search_nothing_found():
    """search: qwertyzzz -> No products found"""
    I.go_to("/shop/")
    I.fill("Search products", "qwertyzzz")
    I.click("Search")
    I.see("No products found")


def test_hero_search_boots():
    """hero search box, type boots, 'Find it' -> chelsea boots in results; flip-flops shouldn't be"""
    I.go_to("/shop/")
    I.fill("Search the catalogue", "boots")
    I.click("Find it")
    I.see("Leather Chelsea Boots")
    I.dont_see("Recycled Flip-Flops")


def test_sort_price_low_high():
    """all products, sort by price low to high -> cheapest (Linen Cushion Cover $10.99) shows on pg 1"""
    I.go_to("/shop/products")
    I.select("Sort by", "Price: low to high")
    I.see_url("sort=price-asc")
    I.see("Linen Cushion Cover")
    I.see("$10.99")


def test_sort_price_high_low():
    """sort price high->low; canvas market tote $259 at top"""
    I.go_to("/shop/products")
    I.select("Sort by", "Price: high to low")
    I.see("Canvas Market Tote")
    I.see("$259.00")


def test_sort_name_z_a():
    """[plp] sort Name Z to A => wool dress trousers on first page"""
    I.go_to("/shop/products")
    I.select("Sort by", "Name: Z to A")
    I.see("Wool Dress Trousers")


def test_pagination_next():
    """products list, Next -> 'Showing 13–24 of 60 products'"""
    I.go_to("/shop/products")
    I.click("Next")
    I.see("Showing 13–24 of 60 products")


def test_pagination_last_page():
    """jump to page 5 -> 49–60 of 60, and no Next link there"""
    I.go_to("/shop/products")
    I.click("5")
    I.see("Showing 49–60 of 60 products")
    I.dont_see("Next")


def test_pagination_previous():
    """go to pg 3 then Previous => back on 13–24"""
    I.go_to("/shop/products")
    I.click("3")
    I.click("Previous")
    I.see("Showing 13–24 of 60 products")


def test_tops_chip():
    """category chip Tops on the listing: 13 tops so 1–12 of 13 + a Next"""
    I.go_to("/shop/products")
    I.click("Tops", near="All")
    I.see("Showing 1–12 of 13 products")
    I.see("Next")


def test_home_tile():
    """home page 'shop by category' Home tile -> cast iron skillet listed"""
    I.go_to("/shop/")
    with I.within("Shop by category"):
        I.click("Home")
    I.see("Cast Iron Skillet")
    I.see_url("category=home")


def test_bad_product_slug():
    """/shop/product/unicorn-onesie -> Product not found page, 'Browse all products' btn"""
    I.go_to("/shop/product/unicorn-onesie")
    I.see("Product not found")
    I.see("We couldn't find “unicorn-onesie”")
    I.click("Browse all products")
    I.see("Showing 1–12 of 60 products")


def test_details_and_care():
    """pdp: expand Details & care -> washing text visible"""
    I.go_to("/shop/product/cord-trousers")
    I.click("Details & care")
    I.see("Machine wash cold with like colours.")


def test_low_stock_from_listing():
    """bags listing -> hip pack; expect 'Only a few left'"""
    I.go_to("/shop/products?category=bags")
    I.click("Hip Pack")
    I.see("Only a few left")


def test_newsletter_bad_email():
    """footer newsletter w/ 'bob@nowhere' -> 'That email address doesn't look right.'"""
    I.go_to("/shop/")
    I.fill("Newsletter email", "bob@nowhere")
    I.click("Subscribe")
    I.see("That email address doesn't look right.")


def test_newsletter_ok():
    """subscribe dana@example.com => thanks, check inbox"""
    I.go_to("/shop/")
    I.fill("Newsletter email", "dana@example.com")
    I.click("Subscribe")
    I.see("Thanks! Check your inbox to confirm.")


def test_cookie_accept_all():
    """cookie banner: Accept all -> banner goes away"""
    I.go_to("/shop/")
    I.click("Accept all")
    I.dont_see("We use cookies to keep you signed in")


def test_cookie_reject_sticks():
    """reject non-essential, reload home; banner shouldn't come back"""
    I.go_to("/shop/")
    I.click("Reject non-essential")
    I.go_to("/shop/")
    I.dont_see("We use cookies")


def test_checkout_empty_submit():
    """checkout: place order w/ nothing filled -> 'There are 9 problems with your order.' + email required msg"""
    I.go_to("/shop/checkout.html")
    I.click("Place order")
    I.see("There are 9 problems with your order.")
    I.see("Enter your email address")


def test_checkout_bad_email():
    """checkout email 'dana.at.example' -> valid email err under field"""
    I.go_to("/shop/checkout.html")
    I.fill("Email", "dana.at.example")
    I.click("Place order")
    I.see("Enter a valid email address, like name@example.com")


def test_checkout_luhn_fail():
    """card 4242 4242 4242 4241 (bad checksum) should not be accepted -> 'Enter a valid card number'"""
    I.go_to("/shop/checkout.html")
    I.fill("Card number", "4242 4242 4242 4241")
    I.click("Place order")
    I.see("Enter a valid card number")


def test_checkout_good_card_no_error():
    """valid card 4242424242424242 -> no card err (other errs fine)"""
    I.go_to("/shop/checkout.html")
    I.fill("Card number", "4242424242424242")
    I.click("Place order")
    I.see("Enter your email address")
    I.dont_see("Enter a valid card number")
    I.dont_see("Enter your card number")


def test_checkout_expired():
    """expiry 01/20 is in the past -> expect 'Enter the expiry date as MM/YY'"""
    I.go_to("/shop/checkout.html")
    I.fill("Expiry (MM/YY)", "01/20")
    I.click("Place order")
    I.see("Enter the expiry date as MM/YY")


def test_checkout_short_cvc():
    """cvc '12' => 3 or 4 digit security code msg"""
    I.go_to("/shop/checkout.html")
    I.fill("CVC", "12")
    I.click("Place order")
    I.see("Enter the 3 or 4 digit security code")


def test_checkout_terms():
    """[checkout] submit w/o ticking terms -> must agree to the terms of sale"""
    I.go_to("/shop/checkout.html")
    I.click("Place order")
    I.see("You must agree to the terms of sale")


def test_checkout_terms_ticked():
    """tick 'I agree to the terms of sale', place order -> terms err should NOT be there"""
    I.go_to("/shop/checkout.html")
    I.check("I agree to the terms of sale")
    I.click("Place order")
    I.see("There are 8 problems with your order.")
    I.dont_see("You must agree to the terms of sale")


def test_checkout_summary_lists_item():
    """add backpack (grey), cart -> proceed to checkout; 'In your cart' shows 1 × Waxed Canvas Backpack — $101.99"""
    I.go_to("/shop/product/waxed-canvas-backpack")
    I.select("Colour", "Grey")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.click("Proceed to checkout")
    I.see("1 × Waxed Canvas Backpack — $101.99")


def test_promo_lowest_prices():
    """promo bar link 'Shop the lowest prices' -> listing sorted price-asc, towel+cutting board up top"""
    I.go_to("/shop/")
    I.click("Shop the lowest prices")
    I.see_url("sort=price-asc")
    I.see("Cotton Bath Towel")
    I.see("Bamboo Cutting Board")


def test_view_all_products():
    """'View all products' on home => 1–12 of 60"""
    I.go_to("/shop/")
    I.click("View all products")
    I.see("Showing 1–12 of 60 products")
