"""shop: tasks written by w6."""

from testgen import I


def test_add_sweater_to_cart():
    """So basically I'd open the Merino Crew Sweater page, pick size M and Navy, click Add to cart and it should say "Added 1 × Merino Crew Sweater to your cart." Cart badge goes to 1 too, hopefully."""
    I.go_to("/shop/product/merino-crew-sweater")
    I.select("Size", "M")
    I.select("Colour", "Navy")
    I.click("Add to cart")
    I.see("Added 1 × Merino Crew Sweater to your cart.")


def test_add_without_size():
    """Forgetting the size is the classic one we get emails about! On the Oxford Shirt, choose only a colour (Sand) and Add to cart — it should say "Please choose a size." and nothing gets added."""
    I.go_to("/shop/product/oxford-shirt")
    I.select("Colour", "Sand")
    I.click("Add to cart")
    I.see("Please choose a size.")
    I.dont_see("Added 1 × Oxford Shirt")


def test_add_without_colour():
    """Size but no colour on the Cord Trousers (size 32) → "Please choose a colour."."""
    I.go_to("/shop/product/cord-trousers")
    I.select("Size", "32")
    I.click("Add to cart")
    I.see("Please choose a colour.")


def test_quantity_three():
    """Put Quantity to 3 on the Waffle Knit Henley (S, Sky) and add — the message should say Added 3 × Waffle Knit Henley."""
    I.go_to("/shop/product/waffle-knit-henley")
    I.select("Size", "S")
    I.select("Colour", "Sky")
    I.fill("Quantity", "3")
    I.click("Add to cart")
    I.see("Added 3 × Waffle Knit Henley to your cart.")


def test_quantity_too_high():
    """Quantity 11 is too many — on the Hip Pack, Olive, it should refuse with "Quantity must be between 1 and 10."."""
    I.go_to("/shop/product/hip-pack")
    I.select("Colour", "Olive")
    I.fill("Quantity", "11")
    I.click("Add to cart")
    I.see("Quantity must be between 1 and 10.")


def test_bag_only_colour():
    """Bags don't have sizes, just colour. Leather Tote Bag in Plum, Add to cart, and it should go in fine."""
    I.go_to("/shop/product/leather-tote-bag")
    I.select("Colour", "Plum")
    I.click("Add to cart")
    I.see("Added 1 × Leather Tote Bag to your cart.")


def test_cart_totals_under_75():
    """Add the Merino Crew Sweater (XS, Black) and open the cart. It's $32.99 so shipping is $6.95, and total comes to $42.58. There's also a note to spend $42.01 more for free shipping."""
    I.go_to("/shop/product/merino-crew-sweater")
    I.select("Size", "XS")
    I.select("Colour", "Black")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.see("$6.95")
    I.see("$42.58")
    I.see("Spend $42.01 more for free shipping.")


def test_cart_free_shipping():
    """Over $75 should be free shipping: Cast Iron Skillet (Plum) is exactly $75, so in the cart you should get "You've unlocked free shipping."."""
    I.go_to("/shop/product/cast-iron-skillet")
    I.select("Colour", "Plum")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.see("You've unlocked free shipping.")


def test_cart_remove_item():
    """Add the Drawstring Gym Bag (Rust), go to the cart and hit Remove. Cart should say "Your cart is empty." and the gym bag's gone."""
    I.go_to("/shop/product/drawstring-gym-bag")
    I.select("Colour", "Rust")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.click("Remove")
    I.see("Your cart is empty.")
    I.dont_see("Drawstring Gym Bag")


def test_cart_change_quantity():
    """In the cart, change the Hip Pack's quantity to 2 (add it in Black first). The line total should go to $376.00."""
    I.go_to("/shop/product/hip-pack")
    I.select("Colour", "Black")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.fill("Quantity for Hip Pack", "2")
    I.press("Tab")
    I.see("$376.00")


def test_cart_options_listed():
    """The cart should list the options you picked — Trail Running Shoes, size 9, Black → "Size: 9, Colour: Black" under the name."""
    I.go_to("/shop/product/trail-running-shoes")
    I.select("Size", "9")
    I.select("Colour", "Black")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.see("Size: 9, Colour: Black")


def test_same_item_twice_merges():
    """Adding the same thing twice (Bamboo Cutting Board, Sand) should merge into one line with quantity 2 — the cart total line shows $25.98 subtotal."""
    I.go_to("/shop/product/bamboo-cutting-board")
    I.select("Colour", "Sand")
    I.click("Add to cart")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.see_value("Quantity for Bamboo Cutting Board", "2")
    I.see("$25.98")


def test_empty_cart_page():
    """Just open the cart with nothing in it — "Your cart is empty." with a Continue shopping link, and the Order summary shouldn't show."""
    I.go_to("/shop/cart.html")
    I.see("Your cart is empty.")
    I.dont_see("Order summary")


def test_category_bags():
    """Click Bags in the top menu — the listing heading is Bags and it says Showing 1–12 of 12 products."""
    I.go_to("/shop/")
    I.click("Bags")
    I.see("Showing 1–12 of 12 products")
    I.see("Weekender Duffel")


def test_search_boots():
    """Search products for "boots" from the header. Results for “boots” — 3 of them, Chelsea, Desert and Hiking — and no sneakers."""
    I.go_to("/shop/")
    I.fill("Search products", "boots")
    I.press("Enter")
    I.see("Results for “boots”")
    I.see("Showing 1–3 of 3 products")
    I.dont_see("Canvas Low-Top Sneakers")


def test_search_no_results():
    """Search for "zzz" and you should get "No products found"."""
    I.go_to("/shop/")
    I.fill("Search products", "zzz")
    I.press("Enter")
    I.see("No products found")


def test_hero_search():
    """The big search on the home page works too — type skillet in the "Try boots or merino" box and press Find it; only the Cast Iron Skillet comes back."""
    I.go_to("/shop/")
    I.fill("Search the catalogue", "skillet")
    I.click("Find it")
    I.see("Cast Iron Skillet")
    I.see("Showing 1–1 of 1 products")


def test_sort_price_low():
    """All products, Sort by Price: low to high — the URL should get sort=price-asc and Linen Cushion Cover ($10.99) is the cheapest, so it's in there on page 1."""
    I.go_to("/shop/products")
    I.select("Sort by", "Price: low to high")
    I.see_url("sort=price-asc")
    I.see("Linen Cushion Cover")


def test_sort_name_z_to_a():
    """Sort by Name: Z to A on the Home category and Wool Throw Blanket should be on the page, sort box still says Z to A after reload."""
    I.go_to("/shop/products?category=home")
    I.select("Sort by", "Name: Z to A")
    I.see_url("sort=name-desc")
    I.see_value("Sort by", "Name: Z to A")
    I.see("Wool Throw Blanket")


def test_next_page():
    """On Shop all, click Next at the bottom — it should say Showing 13–24 of 60 products."""
    I.go_to("/shop/products")
    I.click("Next")
    I.see("Showing 13–24 of 60 products")


def test_page_three_link():
    """Jump straight to page 3 with the number link; should be 25–36 of 60."""
    I.go_to("/shop/products")
    I.click("3", near="Next")
    I.see("Showing 25–36 of 60 products")


def test_previous_page():
    """From page 2, Previous should take you back to Showing 1–12 of 60 products."""
    I.go_to("/shop/products?page=2")
    I.click("Previous")
    I.see("Showing 1–12 of 60 products")


def test_low_stock_note():
    """The Organic Cotton Tee only has a couple left, so the product page should say "Only a few left" instead of In stock."""
    I.go_to("/shop/products?category=tops")
    I.click("Organic Cotton Tee")
    I.see("Only a few left")
    I.dont_see("In stock")


def test_product_not_found():
    """A product that doesn't exist, /shop/product/unicorn-onesie, should show Product not found with "We couldn't find “unicorn-onesie”. It may have sold out." on it."""
    I.go_to("/shop/product/unicorn-onesie")
    I.see("We couldn't find “unicorn-onesie”. It may have sold out.")


def test_details_and_care():
    """Open Details & care on the Fleece Half-Zip page — the care instructions appear (Machine wash cold...)."""
    I.go_to("/shop/product/fleece-half-zip")
    I.click("Details & care")
    I.see("Machine wash cold with like colours.")


def test_login_bob():
    """Log in as bob / hunter2 and the header should say Welcome, bob with a Log out button."""
    I.go_to("/shop/login.html")
    I.fill("Username", "bob")
    I.fill("Password", "hunter2")
    I.click("Log in")
    I.see("Welcome, bob")


def test_login_wrong_password():
    """bob with the wrong password (hunter3) — "Invalid username or password." and no welcome message."""
    I.go_to("/shop/login.html")
    I.fill("Username", "bob")
    I.fill("Password", "hunter3")
    I.click("Log in")
    I.see("Invalid username or password.")
    I.dont_see("Welcome, bob")


def test_login_empty():
    """Press Log in with nothing filled in; should ask you to "Enter your username and password."."""
    I.go_to("/shop/login.html")
    I.click("Log in", near="Keep me logged in")
    I.see("Enter your username and password.")


def test_logout():
    """Log in as bob (hunter2), then click Log out in the header — the Welcome, bob bit should disappear."""
    I.go_to("/shop/login.html")
    I.fill("Username", "bob")
    I.fill("Password", "hunter2")
    I.click("Log in")
    I.click("Log out")
    I.dont_see("Welcome, bob")


def test_checkout_all_empty():
    """On checkout, press Place order without filling anything. It should say There are 9 problems with your order., and e.g. "Enter your email address" under Email."""
    I.go_to("/shop/checkout.html")
    I.click("Place order")
    I.see("There are 9 problems with your order.")
    I.see("Enter your email address")
    I.see("You must agree to the terms of sale")


def test_checkout_bad_card():
    """Card number 1234 5678 9012 3456 fails the check — put it in and Place order, you'd get "Enter a valid card number"."""
    I.go_to("/shop/checkout.html")
    I.fill("Card number", "1234 5678 9012 3456")
    I.click("Place order")
    I.see("Enter a valid card number")


def test_checkout_bad_expiry_and_email():
    """Checkout with email "bob@example" and expiry "13/30" — both should be flagged: Enter a valid email address, like name@example.com and Enter the expiry date as MM/YY."""
    I.go_to("/shop/checkout.html")
    I.fill("Email", "bob@example")
    I.fill("Expiry (MM/YY)", "13/30")
    I.click("Place order")
    I.see("Enter a valid email address, like name@example.com")
    I.see("Enter the expiry date as MM/YY")


def test_cookie_reject():
    """On the shop home page click Reject non-essential — the cookie banner should go away."""
    I.go_to("/shop/")
    I.click("Reject non-essential")
    I.dont_see("We use cookies to keep you signed in")


def test_chip_category_shoes():
    """On Shop all, click the Shoes chip — Showing 1–12 of 12 products and there's the Leather Loafers, but no Hip Pack."""
    I.go_to("/shop/products")
    I.click("Shoes", near="All")
    I.see("Showing 1–12 of 12 products")
    I.see("Leather Loafers")
    I.dont_see("Hip Pack")


def test_search_two_words():
    """Search "linen shorts" — both words have to match, so just the Linen Drawstring Shorts."""
    I.go_to("/shop/")
    I.fill("Search products", "linen shorts")
    I.press("Enter")
    I.see("Linen Drawstring Shorts")
    I.see("Showing 1–1 of 1 products")


def test_cart_tax_for_two_towels():
    """Add 2 of the Cotton Bath Towel (Sand) from its page and open the cart — 8% tax on $25.98 should come to $2.08."""
    I.go_to("/shop/product/cotton-bath-towel")
    I.select("Colour", "Sand")
    I.fill("Quantity", "2")
    I.click("Add to cart")
    I.go_to("/shop/cart.html")
    I.see("$2.08")
