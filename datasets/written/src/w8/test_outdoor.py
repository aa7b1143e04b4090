"""outdoor: tasks written by w8."""

from testgen import I


def test_add_first_product_to_cart():
    """Add the first product card (Trail Runner 2) to the cart. The cart box on the right shows 1 item · $129.00 and Free shipping, and the header link becomes Cart (1)."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Trail Runner 2")
    I.see("1 item · $129.00")
    I.see("Free shipping")
    I.see("Cart (1)")


def test_cheap_item_shipping_hint():
    """Put the sandal (third card, $39) in the cart. Under the total it should say Add $36.00 more for free shipping."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Camp Slide Sandal")
    I.see("Add $36.00 more for free shipping")


def test_add_two_items_total():
    """Add the Camp Stove Mini and the Merino Base Layer. Cart: 2 items · $114.00."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Camp Stove Mini")
    I.click("Add to cart", near="Merino Base Layer")
    I.see("2 items · $114.00")
    I.see("Merino Base Layer × 1")


def test_out_of_stock_refused():
    """Try adding the Hydration Vest (sixth card, out of stock). A red alert says sorry, it's out of stock until April; the cart stays empty."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Hydration Vest")
    I.see("Sorry, Hydration Vest is out of stock. We expect more in April.")
    I.see("Your cart is empty.")


def test_stock_limit_alert():
    """The Trekker 55 L Pack has only 2 in stock. Click its Add to cart three times; the third time it should refuse with 'all of them are in your cart'."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Trekker 55 L Pack")
    I.click("Add to cart", near="Trekker 55 L Pack")
    I.click("Add to cart", near="Trekker 55 L Pack")
    I.see("Only 2 Trekker 55 L Pack in stock, and all of them are in your cart.")
    I.see("Trekker 55 L Pack × 2")


def test_dismiss_stock_alert():
    """Trigger the out-of-stock alert on Summit Down Jacket, then press Dismiss alert next to it. The alert text goes away."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Summit Down Jacket")
    I.see("Sorry, Summit Down Jacket is out of stock.")
    I.click("Dismiss alert")
    I.dont_see("Sorry, Summit Down Jacket is out of stock.")


def test_only_left_label():
    """Add the Two-Person Tent once; its card should now say Only 3 left."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Two-Person Tent")
    I.see("Only 3 left")


def test_remove_from_cart():
    """Add the Daypack 22 L, then remove it with the Remove link in the cart panel. Toast Removed Daypack 22 L from your cart, cart is empty again."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Daypack 22 L")
    I.click("Remove Daypack 22 L")
    I.see("Removed Daypack 22 L from your cart")
    I.see("Your cart is empty.")
    I.dont_see("Daypack 22 L × 1")


def test_checkout_closed_message():
    """Add the Rain Shell Jacket and hit the Check out button at the bottom of the cart. It says checkout is closed in this demo and the cart is kept."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Rain Shell Jacket")
    I.click("Check out")
    I.see("Checkout is closed in this demo store. Your cart is kept.")


def test_category_dropdown_camping():
    """Set the Category dropdown in the Filters box to Camping. Heading switches to Camping, 3 of 12 products, and no boots in the grid."""
    I.go_to("/outdoor/")
    I.select("Category", "Camping")
    I.see("Showing 3 of 12 products")
    I.see("Ultralight Sleeping Bag")
    I.dont_see("Ridge Hiking Boot")


def test_sale_switch():
    """Flip the Show sale items switch. Only 4 products are left, Trail Runner 2 (not on sale) disappears from the grid."""
    I.go_to("/outdoor/")
    I.check("Show sale items")
    I.see("Showing 4 of 12 products")
    I.dont_see("Trail Runner 2")


def test_max_price_slider_keyboard():
    """Focus the right handle of the price slider (Maximum price) and press PageDown four times. The label under it reads Price: $0 – $100 and 5 products are shown."""
    I.go_to("/outdoor/")
    I.click("Maximum price")
    I.press("PageDown")
    I.press("PageDown")
    I.press("PageDown")
    I.press("PageDown")
    I.see("Price: $0 – $100")
    I.see("Showing 5 of 12 products")


def test_min_price_slider_end():
    """Click the left price handle and press End: the minimum jumps all the way up to the max, $300 – $300, and nothing matches: No products match these filters."""
    I.go_to("/outdoor/")
    I.click("Minimum price")
    I.press("End")
    I.see("Price: $300 – $300")
    I.see("No products match these filters. Try a wider price range.")


def test_reset_filters():
    """Choose Footwear and switch on sale items, then click Reset filters. Back to Showing 12 of 12 products, heading Hiking gear."""
    I.go_to("/outdoor/")
    I.select("Category", "Footwear")
    I.check("Show sale items")
    I.see("Showing 1 of 12 products")
    I.click("Reset filters")
    I.see("Showing 12 of 12 products")


def test_sort_name():
    """Sort the grid by Name and keep the category on Packs: Daypack 22 L should still be listed with 3 of 12."""
    I.go_to("/outdoor/")
    I.select("Category", "Packs")
    I.select("Sort by", "Name")
    I.see("Showing 3 of 12 products")
    I.see("Daypack 22 L")


def test_carousel_next_slide():
    """In the promo banner press the › arrow once. The slide should change to New: Trail Runner 2."""
    I.go_to("/outdoor/")
    I.click("Next slide")
    I.see("New: Trail Runner 2")
    I.dont_see("Spring sale: 20% off rain shells")


def test_carousel_previous_wraps():
    """Press the ‹ arrow on the first slide. It should wrap to the last one: Camping season starts here."""
    I.go_to("/outdoor/")
    I.click("Previous slide")
    I.see("Camping season starts here")


def test_carousel_third_dot():
    """Click the third dot under the banner. Free shipping over $75 slide shows."""
    I.go_to("/outdoor/")
    I.click("Slide 3")
    I.see("Free shipping over $75")


def test_shop_the_sale_promo():
    """On the first slide click Shop the sale. The grid narrows to clothing on sale: just the Rain Shell Jacket, 1 of 12."""
    I.go_to("/outdoor/")
    I.click("Shop the sale")
    I.see("Showing 1 of 12 products")
    I.see("Rain Shell Jacket")
    I.dont_see("Merino Base Layer")


def test_browse_camping_promo():
    """Go to the last slide with the fourth dot and press Browse camping. Camp Stove Mini should be listed, 3 of 12."""
    I.go_to("/outdoor/")
    I.click("Slide 4")
    I.click("Browse camping")
    I.see("Showing 3 of 12 products")
    I.see("Camp Stove Mini")


def test_toast_dismiss():
    """Add Ultralight Sleeping Bag, then Dismiss the toast that pops up. The 'Added ...' message must be gone."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Ultralight Sleeping Bag")
    I.see("Added Ultralight Sleeping Bag to your cart")
    I.click("Dismiss")
    I.dont_see("Added Ultralight Sleeping Bag to your cart")


def test_see_trail_runner_promo():
    """Set the category dropdown to Packs first. Then go to slide 2 with the second dot and click See Trail Runner 2 - the filters should reset, all 12 of 12 shown."""
    I.go_to("/outdoor/")
    I.select("Category", "Packs")
    I.click("Slide 2")
    I.click("See Trail Runner 2")
    I.see("Showing 12 of 12 products")


def test_cart_header_count_two():
    """Add the Daypack twice. The Cart link in the top nav should read Cart (2) and the cart box 2 items · $126.00."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Daypack 22 L")
    I.click("Add to cart", near="Daypack 22 L")
    I.see("Cart (2)")
    I.see("2 items · $126.00")


def test_clothing_and_sale():
    """Category Clothing, then turn on Show sale items. Only the rain shell remains; Summit Down Jacket is filtered out."""
    I.go_to("/outdoor/")
    I.select("Category", "Clothing")
    I.check("Show sale items")
    I.see("Rain Shell Jacket")
    I.dont_see("Summit Down Jacket")


def test_remove_one_of_two_lines():
    """Put the tent and the stove in the cart, then remove the tent from the cart panel. One item left: 1 item · $45.00."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Two-Person Tent")
    I.click("Add to cart", near="Camp Stove Mini")
    I.click("Remove Two-Person Tent")
    I.see("1 item · $45.00")
    I.dont_see("Two-Person Tent × 1")
