"""outdoor: tasks written by w3."""

from testgen import I


def test_category_packs():
    """[Ridgeline] Category → Packs: heading Packs, Showing 3 of 12 products"""
    I.go_to("/outdoor/")
    I.select("Category", "Packs")
    I.see("Showing 3 of 12 products")
    I.see("Trekker 55 L Pack")


def test_category_hides_others():
    """Footwear filter must not show jackets — Rain Shell Jacket should be gone"""
    I.go_to("/outdoor/")
    I.select("Category", "Footwear")
    I.see("Ridge Hiking Boot")
    I.dont_see("Rain Shell Jacket")


def test_sale_switch():
    """Show sale items on → only the 4 sale items. Camp Stove Mini (not on sale) disappears"""
    I.go_to("/outdoor/")
    I.click("Show sale items")
    I.see("Showing 4 of 12 products")
    I.dont_see("Camp Stove Mini")


def test_max_price_keyboard():
    """Price range: focus the Maximum price handle and press PageDown twice → Price: $0 – $200, 8 products left"""
    I.go_to("/outdoor/")
    I.click("Maximum price")
    I.press("PageDown")
    I.press("PageDown")
    I.see("Price: $0 – $200")
    I.see("Showing 8 of 12 products")


def test_min_price_too_high():
    """Minimum price pushed all the way up (End key) → $300, nothing costs that much: "No products match these filters. Try a wider price range." """
    I.go_to("/outdoor/")
    I.click("Minimum price")
    I.press("End")
    I.see("Price: $300 – $300")
    I.see("No products match these filters. Try a wider price range.")


def test_reset_filters():
    """Set category Camping + sale switch, then Reset filters → all 12 products back"""
    I.go_to("/outdoor/")
    I.select("Category", "Camping")
    I.click("Show sale items")
    I.see("Showing 1 of 12 products")
    I.click("Reset filters")
    I.see("Showing 12 of 12 products")


def test_add_out_of_stock():
    """Hydration Vest is out of stock. Add to cart on it → alert "Sorry, Hydration Vest is out of stock. We expect more in April." and cart stays empty"""
    I.go_to("/outdoor/")
    I.select("Category", "Packs")
    I.click("Add to cart", near="Hydration Vest")
    I.see("Sorry, Hydration Vest is out of stock. We expect more in April.")
    I.see("Your cart is empty.")


def test_add_to_cart_summary():
    """Add Camp Stove Mini ($45). Cart: "1 item · $45.00" and "Add $30.00 more for free shipping" """
    I.go_to("/outdoor/")
    I.select("Category", "Camping")
    I.click("Add to cart", near="Camp Stove Mini")
    I.see("Added Camp Stove Mini to your cart")
    I.see("1 item · $45.00")
    I.see("Add $30.00 more for free shipping")


def test_free_shipping_threshold():
    """Daypack 22 L (sale $63) + Camp Slide Sandal ($39) = $102 → cart says Free shipping"""
    I.go_to("/outdoor/")
    I.select("Category", "Packs")
    I.click("Add to cart", near="Daypack 22 L")
    I.select("Category", "Footwear")
    I.click("Add to cart", near="Camp Slide Sandal")
    I.see("2 items · $102.00")
    I.see("Free shipping")


def test_stock_limit():
    """Trekker 55 L Pack has 2 in stock. Add it 3 times → the third should be refused: "Only 2 Trekker 55 L Pack in stock, and all of them are in your cart." """
    I.go_to("/outdoor/")
    I.select("Category", "Packs")
    I.click("Add to cart", near="Trekker 55 L Pack")
    I.click("Add to cart", near="Trekker 55 L Pack")
    I.click("Add to cart", near="Trekker 55 L Pack")
    I.see("Only 2 Trekker 55 L Pack in stock, and all of them are in your cart.")
    I.see("2 items · $458.00")


def test_low_stock_counter():
    """Two-Person Tent (4 in stock): after adding one the card says Only 3 left"""
    I.go_to("/outdoor/")
    I.select("Category", "Camping")
    I.click("Add to cart", near="Two-Person Tent")
    I.see("Only 3 left")


def test_remove_from_cart():
    """Remove from cart: add Merino Base Layer, click Remove Merino Base Layer → toast Removed Merino Base Layer from your cart, and Your cart is empty."""
    I.go_to("/outdoor/")
    I.select("Category", "Clothing")
    I.click("Add to cart", near="Merino Base Layer")
    I.click("Remove Merino Base Layer")
    I.see("Removed Merino Base Layer from your cart")
    I.see("Your cart is empty.")


def test_checkout_demo_message():
    """Check out with something in the cart → "Checkout is closed in this demo store. Your cart is kept." """
    I.go_to("/outdoor/")
    I.select("Category", "Camping")
    I.click("Add to cart", near="Camp Stove Mini")
    I.click("Check out")
    I.see("Checkout is closed in this demo store. Your cart is kept.")


def test_cart_count_in_header():
    """header link "Cart (0)" should go to Cart (2) after adding 2 things"""
    I.go_to("/outdoor/")
    I.select("Category", "Camping")
    I.click("Add to cart", near="Camp Stove Mini")
    I.click("Add to cart", near="Camp Stove Mini")
    I.see("Cart (2)")


def test_dismiss_stock_alert():
    """Out-of-stock alert has a Dismiss alert button; after clicking it the alert text is gone"""
    I.go_to("/outdoor/")
    I.select("Category", "Clothing")
    I.click("Add to cart", near="Summit Down Jacket")
    I.see("Sorry, Summit Down Jacket is out of stock. We expect more in April.")
    I.click("Dismiss alert")
    I.dont_see("Sorry, Summit Down Jacket is out of stock.")


def test_carousel_next():
    """Promotions carousel: Next slide → "New: Trail Runner 2" """
    I.go_to("/outdoor/")
    I.click("Next slide")
    I.see("New: Trail Runner 2")
    I.dont_see("Spring sale: 20% off rain shells")


def test_carousel_previous_wraps():
    """Previous slide from the first slide wraps around to the last one, Camping season starts here"""
    I.go_to("/outdoor/")
    I.click("Previous slide")
    I.see("Camping season starts here")


def test_carousel_dot():
    """click the Slide 3 dot → Free shipping over $75 slide"""
    I.go_to("/outdoor/")
    I.click("Slide 3")
    I.see("Free shipping over $75")


def test_shop_the_sale_promo():
    """Slide 1 "Shop the sale" button → sale switch on + Clothing, so only Rain Shell Jacket: Showing 1 of 12 products"""
    I.go_to("/outdoor/")
    I.click("Shop the sale")
    I.see("Showing 1 of 12 products")
    I.see("Rain Shell Jacket")


def test_browse_camping_promo():
    """Go to slide 4 (Slide 4 dot) and hit Browse camping → Camping list, 3 products"""
    I.go_to("/outdoor/")
    I.click("Slide 4")
    I.click("Browse camping")
    I.see("Showing 3 of 12 products")
    I.see("Ultralight Sleeping Bag")



def test_min_price_page_up():
    """Minimum price handle, PageUp once → $50 minimum; the two cheap items (Camp Slide Sandal $39, Camp Stove Mini $45) drop out → Showing 10 of 12 products"""
    I.go_to("/outdoor/")
    I.click("Minimum price")
    I.press("PageUp")
    I.see("Price: $50 – $300")
    I.see("Showing 10 of 12 products")
    I.dont_see("Camp Slide Sandal")


def test_sale_plus_footwear():
    """Sale switch on + Category Footwear → just Ridge Hiking Boot (sale $151, was $189)"""
    I.go_to("/outdoor/")
    I.click("Show sale items")
    I.select("Category", "Footwear")
    I.see("Showing 1 of 12 products")
    I.see("Ridge Hiking Boot")
    I.see("$189")


def test_see_trail_runner_resets_filters():
    """With Packs selected, go to slide 2 and click See Trail Runner 2 → filters reset, all 12 products back (Trail Runner 2 visible)"""
    I.go_to("/outdoor/")
    I.select("Category", "Packs")
    I.click("Next slide")
    I.click("See Trail Runner 2")
    I.see("Showing 12 of 12 products")
    I.see("Trail Runner 2")


def test_max_price_home_no_products():
    """Maximum price handle + Home key → max drops to $0 → "No products match these filters. Try a wider price range." """
    I.go_to("/outdoor/")
    I.click("Maximum price")
    I.press("Home")
    I.see("Price: $0 – $0")
    I.see("No products match these filters. Try a wider price range.")


def test_sale_switch_off_again():
    """turning Show sale items on and off again brings back every product (12 of 12)"""
    I.go_to("/outdoor/")
    I.click("Show sale items")
    I.see("Showing 4 of 12 products")
    I.click("Show sale items")
    I.see("Showing 12 of 12 products")


def test_sale_price_in_cart():
    """Cart uses the sale price: Rain Shell Jacket (was $149, now $119) → "1 item · $119.00" and Free shipping"""
    I.go_to("/outdoor/")
    I.select("Category", "Clothing")
    I.click("Add to cart", near="Rain Shell Jacket")
    I.see("1 item · $119.00")
    I.see("Free shipping")


def test_dismiss_toast():
    """the "Added ... to your cart" toast has a Dismiss button — clicking it removes the toast"""
    I.go_to("/outdoor/")
    I.select("Category", "Camping")
    I.click("Add to cart", near="Camp Stove Mini")
    I.see("Added Camp Stove Mini to your cart")
    I.click("Dismiss")
    I.dont_see("Added Camp Stove Mini to your cart")


def test_same_item_twice_quantity():
    """adding the same thing twice groups it: Ultralight Sleeping Bag × 2, 2 items · $498.00"""
    I.go_to("/outdoor/")
    I.select("Category", "Camping")
    I.click("Add to cart", near="Ultralight Sleeping Bag")
    I.click("Add to cart", near="Ultralight Sleeping Bag")
    I.see("Ultralight Sleeping Bag × 2")
    I.see("2 items · $498.00")
