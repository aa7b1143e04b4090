"""outdoor: tasks written by w1."""

from testgen import I


def test_add_stove():
    """add Camp Stove Mini -> toast added, cart '1 item · $45.00', add $30.00 more for free shipping"""
    I.go_to("/outdoor/")
    with I.within("Camp Stove Mini"):
        I.click("Add to cart")
    I.see("Added Camp Stove Mini to your cart")
    I.see("1 item · $45.00")
    I.see("Add $30.00 more for free shipping")


def test_add_boot_sale_price():
    """ridge hiking boot is on sale (151 not 189) -> cart 1 item · $151.00, Free shipping"""
    I.go_to("/outdoor/")
    with I.within("Ridge Hiking Boot"):
        I.click("Add to cart")
    I.see("1 item · $151.00")
    I.see("Free shipping", near="Your cart")


def test_out_of_stock_vest():
    """[cart] hydration vest = out of stock; add -> sorry msg, cart stays empty"""
    I.go_to("/outdoor/")
    with I.within("Hydration Vest"):
        I.click("Add to cart")
    I.see("Sorry, Hydration Vest is out of stock. We expect more in April.")
    I.dont_see("Added Hydration Vest")


def test_out_of_stock_jacket():
    """summit down jacket add -> out of stock alert"""
    I.go_to("/outdoor/")
    with I.within("Summit Down Jacket"):
        I.click("Add to cart")
    I.see("Sorry, Summit Down Jacket is out of stock.")


def test_trekker_stock_limit():
    """trekker pack only 2 in stock: add x3 -> 3rd one refused 'all of them are in your cart'"""
    I.go_to("/outdoor/")
    with I.within("Trekker 55 L Pack"):
        I.click("Add to cart")
        I.click("Add to cart")
        I.click("Add to cart")
    I.see("Only 2 Trekker 55 L Pack in stock, and all of them are in your cart.")
    I.see("2 items · $458.00")


def test_trekker_only_one_left():
    """add one trekker -> card says Only 1 left"""
    I.go_to("/outdoor/")
    with I.within("Trekker 55 L Pack"):
        I.click("Add to cart")
        I.see("Only 1 left")


def test_remove_from_cart():
    """add merino base layer, then Remove in cart -> removed toast + 'Your cart is empty.'"""
    I.go_to("/outdoor/")
    with I.within("Merino Base Layer"):
        I.click("Add to cart")
    I.click("Remove Merino Base Layer")
    I.see("Removed Merino Base Layer from your cart")
    I.see("Your cart is empty.")


def test_checkout_closed():
    """add sandal, Check out -> 'Checkout is closed in this demo store. Your cart is kept.'"""
    I.go_to("/outdoor/")
    with I.within("Camp Slide Sandal"):
        I.click("Add to cart")
    I.click("Check out")
    I.see("Checkout is closed in this demo store. Your cart is kept.")


def test_cart_count_nav():
    """add tent + stove -> nav says Cart (2)"""
    I.go_to("/outdoor/")
    with I.within("Two-Person Tent"):
        I.click("Add to cart")
    with I.within("Camp Stove Mini"):
        I.click("Add to cart")
    I.see("Cart (2)")


def test_two_daypacks():
    """daypack 22 L x2 (sale $63) -> 2 items · $126.00 and free shipping"""
    I.go_to("/outdoor/")
    with I.within("Daypack 22 L"):
        I.click("Add to cart")
        I.click("Add to cart")
    I.see("2 items · $126.00")


def test_category_camping():
    """category Camping -> 3 of 12, heading Camping; no boots"""
    I.go_to("/outdoor/")
    I.select("Category", "Camping")
    I.see("Showing 3 of 12 products")
    I.dont_see("Ridge Hiking Boot")


def test_sale_switch():
    """Show sale items switch on -> 4 products"""
    I.go_to("/outdoor/")
    I.click("Show sale items")
    I.see("Showing 4 of 12 products")
    I.dont_see("Trail Runner 2")


def test_sale_plus_clothing():
    """sale items + Clothing -> just rain shell jacket"""
    I.go_to("/outdoor/")
    I.click("Show sale items")
    I.select("Category", "Clothing")
    I.see("Showing 1 of 12 products")
    I.see("Rain Shell Jacket")


def test_reset_filters():
    """packs category + sale on, Reset filters -> 12 of 12 again"""
    I.go_to("/outdoor/")
    I.select("Category", "Packs")
    I.click("Show sale items")
    I.see("Showing 1 of 12 products")
    I.click("Reset filters")
    I.see("Showing 12 of 12 products")


def test_max_price_pagedown():
    """max price slider: PageDown x2 (300 -> 200) => 'Price: $0 – $200', 8 products"""
    I.go_to("/outdoor/")
    I.click("Maximum price")
    I.press("PageDown")
    I.press("PageDown")
    I.see("Price: $0 – $200")
    I.see("Showing 8 of 12 products")


def test_min_price_end():
    """min price thumb -> End key: $300 – $300, nothing matches msg"""
    I.go_to("/outdoor/")
    I.click("Minimum price")
    I.press("End")
    I.see("Price: $300 – $300")
    I.see("No products match these filters. Try a wider price range.")


def test_min_price_arrow():
    """min price slider PageUp once -> $50 min; sandal ($39) + stove ($45) drop out"""
    I.go_to("/outdoor/")
    I.click("Minimum price")
    I.press("PageUp")
    I.see("Price: $50 – $300")
    I.dont_see("Camp Slide Sandal")
    I.dont_see("Camp Stove Mini")


def test_carousel_next():
    """promo carousel Next slide -> 'New: Trail Runner 2'"""
    I.go_to("/outdoor/")
    I.click("Next slide")
    I.see("New: Trail Runner 2")
    I.dont_see("Spring sale: 20% off rain shells")


def test_carousel_prev_wraps():
    """Previous slide from first -> wraps to camping slide (4 of 4)"""
    I.go_to("/outdoor/")
    I.click("Previous slide")
    I.see("Camping season starts here")


def test_carousel_dot_3():
    """slide 3 dot -> free shipping over $75 slide"""
    I.go_to("/outdoor/")
    I.click("Slide 3")
    I.see("Orders over $75 ship free within 3 working days.")


def test_shop_the_sale():
    """'Shop the sale' btn on slide 1 -> clothing + sale: 1 of 12, Rain Shell Jacket"""
    I.go_to("/outdoor/")
    I.click("Shop the sale")
    I.see("Showing 1 of 12 products")
    I.see("Rain Shell Jacket")


def test_browse_camping():
    """go to slide 4, Browse camping -> Camping list, 3 products"""
    I.go_to("/outdoor/")
    I.click("Slide 4")
    I.click("Browse camping")
    I.see("Showing 3 of 12 products")
    I.see("Ultralight Sleeping Bag")


def test_dismiss_stock_alert():
    """out-of-stock alert (vest) -> Dismiss alert => gone"""
    I.go_to("/outdoor/")
    with I.within("Hydration Vest"):
        I.click("Add to cart")
    I.click("Dismiss alert")
    I.dont_see("Sorry, Hydration Vest is out of stock.")


def test_dismiss_toast():
    """add sleeping bag, Dismiss the toast -> toast gone, item still in cart"""
    I.go_to("/outdoor/")
    with I.within("Ultralight Sleeping Bag"):
        I.click("Add to cart")
    I.click("Dismiss")
    I.dont_see("Added Ultralight Sleeping Bag to your cart")
    I.see("1 item · $249.00")


def test_breadcrumb_category():
    """pick Footwear -> breadcrumb + heading say Footwear, 3 products"""
    I.go_to("/outdoor/")
    I.select("Category", "Footwear")
    I.see("Showing 3 of 12 products")
    I.see("Footwear", near="Shop")
