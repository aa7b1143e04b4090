"""outdoor: tasks written by w12."""

from testgen import I


def test_add_stove_to_cart():
    """Activate the Add to cart button on the Camp Stove Mini card. The status should announce Added Camp Stove Mini to your cart, and Your cart shows 1 item · $45.00."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Camp Stove Mini")
    I.see("Added Camp Stove Mini to your cart")
    I.see("1 item · $45.00")


def test_cart_link_count():
    """add the Merino Base Layer to the cart; the Cart link in the main navigation should now read Cart (1)"""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Merino Base Layer")
    I.see("Cart (1)")


def test_shipping_hint_below_75():
    """Put Merino Base Layer ($69) in the cart. Under the summary it should say Add $6.00 more for free shipping."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Merino Base Layer")
    I.see("Add $6.00 more for free shipping")


def test_free_shipping_over_75():
    """Add Daypack 22 L and Camp Stove Mini. Total 2 items · $108.00 and the cart says Free shipping."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Daypack 22 L")
    I.click("Add to cart", near="Camp Stove Mini")
    I.see("2 items · $108.00")
    I.see("Free shipping")


def test_same_item_twice():
    """Activate Add to cart for Camp Slide Sandal two times; the cart line should read Camp Slide Sandal × 2 and the summary 2 items · $78.00"""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Camp Slide Sandal")
    I.click("Add to cart", near="Camp Slide Sandal")
    I.see("Camp Slide Sandal × 2")
    I.see("2 items · $78.00")


def test_out_of_stock_refused():
    """Try Add to cart on Hydration Vest (out of stock). The alert should say: Sorry, Hydration Vest is out of stock. We expect more in April. — and the cart stays empty."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Hydration Vest")
    I.see("Sorry, Hydration Vest is out of stock. We expect more in April.")
    I.dont_see("Hydration Vest × 1")


def test_only_one_left():
    """Add one Trekker 55 L Pack. Its card should now warn Only 1 left."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Trekker 55 L Pack")
    I.see("Only 1 left")


def test_cannot_add_more_than_stock():
    """Trekker 55 L Pack has 2 in stock. Add to cart three times: the third is refused with the alert Only 2 Trekker 55 L Pack in stock, and all of them are in your cart. The card says All stock is in your cart."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Trekker 55 L Pack")
    I.click("Add to cart", near="Trekker 55 L Pack")
    I.click("Add to cart", near="Trekker 55 L Pack")
    I.see("Only 2 Trekker 55 L Pack in stock, and all of them are in your cart.")
    I.see("All stock is in your cart")


def test_dismiss_stock_alert():
    """Trigger the out of stock alert on Summit Down Jacket, then activate the Dismiss alert button. The alert text should be gone."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Summit Down Jacket")
    I.see("Sorry, Summit Down Jacket is out of stock.")
    I.click("Dismiss alert")
    I.dont_see("Sorry, Summit Down Jacket is out of stock.")


def test_dismiss_toast():
    """After adding Rain Shell Jacket, activate Dismiss on the toast; the message "Added Rain Shell Jacket to your cart" should disappear right away."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Rain Shell Jacket")
    I.see("Added Rain Shell Jacket to your cart")
    I.click("Dismiss")
    I.dont_see("Added Rain Shell Jacket to your cart")


def test_remove_from_cart():
    """Add the Camp Stove Mini, then in Your cart activate the Remove Camp Stove Mini button. Expect "Removed Camp Stove Mini from your cart" and Your cart is empty."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Camp Stove Mini")
    I.click("Remove Camp Stove Mini")
    I.see("Removed Camp Stove Mini from your cart")
    I.see("Your cart is empty.")
    I.dont_see("Camp Stove Mini × 1")


def test_check_out_closed():
    """With something in the cart (Daypack 22 L) activate Check out; the status should say Checkout is closed in this demo store. Your cart is kept."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Daypack 22 L")
    I.click("Check out")
    I.see("Checkout is closed in this demo store. Your cart is kept.")


def test_category_footwear():
    """In the Category combobox under Filters pick Footwear. Showing 3 of 12 products; Daypack 22 L should not be listed."""
    I.go_to("/outdoor/")
    I.select("Category", "Footwear")
    I.see("Showing 3 of 12 products")
    I.see("Ridge Hiking Boot")
    I.dont_see("Daypack 22 L")


def test_sale_switch():
    """Turn on the Show sale items switch. Only the 4 sale items remain (Showing 4 of 12 products) — Camp Stove Mini is gone."""
    I.go_to("/outdoor/")
    I.click("Show sale items")
    I.see("Showing 4 of 12 products")
    I.dont_see("Camp Stove Mini")


def test_packs_on_sale():
    """Category: Packs, and switch Show sale items on → just Daypack 22 L, Showing 1 of 12 products"""
    I.go_to("/outdoor/")
    I.select("Category", "Packs")
    I.click("Show sale items")
    I.see("Showing 1 of 12 products")
    I.see("Daypack 22 L")


def test_max_price_page_down():
    """Focus the Maximum price slider and press PageDown twice. The price text should read Price: $0 – $200 and 8 products show."""
    I.go_to("/outdoor/")
    I.click("Maximum price")
    I.press("PageDown")
    I.press("PageDown")
    I.see("Price: $0 – $200")
    I.see("Showing 8 of 12 products")


def test_min_price_page_up():
    """Minimum price slider: tab to it and press PageUp two times to $100. Showing 7 of 12 products, and the cheap Camp Slide Sandal is filtered out."""
    I.go_to("/outdoor/")
    I.click("Minimum price")
    I.press("PageUp")
    I.press("PageUp")
    I.see("Price: $100 – $300")
    I.see("Showing 7 of 12 products")
    I.dont_see("Camp Slide Sandal")


def test_price_range_empty():
    """Press Home on the Maximum price slider so the range is $0 – $0. No product fits: No products match these filters. Try a wider price range."""
    I.go_to("/outdoor/")
    I.click("Maximum price")
    I.press("Home")
    I.see("Price: $0 – $0")
    I.see("No products match these filters. Try a wider price range.")


def test_reset_filters():
    """Pick Camping as category and switch on sale items, then activate Reset filters. All 12 products should be back (Showing 12 of 12 products) incl. Merino Base Layer."""
    I.go_to("/outdoor/")
    I.select("Category", "Camping")
    I.click("Show sale items")
    I.see("Showing 1 of 12 products")
    I.click("Reset filters")
    I.see("Showing 12 of 12 products")
    I.see("Merino Base Layer")


def test_next_slide():
    """In the Spring promotions carousel activate the Next slide button: the slide New: Trail Runner 2 should show."""
    I.go_to("/outdoor/")
    I.click("Next slide")
    I.see("New: Trail Runner 2")
    I.dont_see("Spring sale: 20% off rain shells")


def test_previous_slide_wraps():
    """Previous slide on the first slide should wrap around to the last one, Camping season starts here."""
    I.go_to("/outdoor/")
    I.click("Previous slide")
    I.see("Camping season starts here")


def test_slide_3_tab():
    """activate the Slide 3 tab (the dots) - Free shipping over $75 heading shows"""
    I.go_to("/outdoor/")
    I.click("Slide 3")
    I.see("Free shipping over $75")


def test_slide_tabs_end_key():
    """Put focus on the Slide 1 tab and press End, then ArrowLeft. We should be on slide 3: Free shipping over $75."""
    I.go_to("/outdoor/")
    I.click("Slide 1")
    I.press("End")
    I.press("ArrowLeft")
    I.see("Free shipping over $75")


def test_shop_the_sale_button():
    """Activate Shop the sale on the first slide. It should filter to Clothing on sale: only Rain Shell Jacket, Showing 1 of 12 products, and Merino Base Layer not shown."""
    I.go_to("/outdoor/")
    I.click("Shop the sale")
    I.see("Showing 1 of 12 products")
    I.see("Rain Shell Jacket")
    I.dont_see("Merino Base Layer")


def test_browse_camping_button():
    """Go back one slide with Previous slide and activate the Browse camping button. The products heading becomes Camping with 3 products (Showing 3 of 12 products)."""
    I.go_to("/outdoor/")
    I.click("Previous slide")
    I.click("Browse camping")
    I.see("Showing 3 of 12 products")
    I.see("Two-Person Tent")


def test_see_trail_runner_resets_filters():
    """Choose Packs in the Category combobox, go to the second slide (Next slide) and activate See Trail Runner 2. Filters should reset, Showing 12 of 12 products with Trail Runner 2 listed."""
    I.go_to("/outdoor/")
    I.select("Category", "Packs")
    I.click("Next slide")
    I.click("See Trail Runner 2")
    I.see("Showing 12 of 12 products")
    I.see("Merino Base Layer")


def test_breadcrumb_follows_category():
    """Pick Clothing in Category; the last Breadcrumb link should change from All gear to Clothing."""
    I.go_to("/outdoor/")
    I.select("Category", "Clothing")
    I.see("Clothing", near="Shop")
    I.dont_see("All gear")


def test_camping_under_100():
    """Pick Camping in the Category combobox, then focus the Maximum price slider and press PageDown four times (down to $100). Only Camp Stove Mini fits: Showing 1 of 12 products."""
    I.go_to("/outdoor/")
    I.select("Category", "Camping")
    I.click("Maximum price")
    I.press("PageDown")
    I.press("PageDown")
    I.press("PageDown")
    I.press("PageDown")
    I.see("Price: $0 – $100")
    I.see("Showing 1 of 12 products")
    I.dont_see("Two-Person Tent")


def test_remove_one_of_two_cart_lines():
    """Put Daypack 22 L and Merino Base Layer in the cart, then activate Remove Daypack 22 L. The summary should drop to 1 item · $69.00."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Daypack 22 L")
    I.click("Add to cart", near="Merino Base Layer")
    I.click("Remove Daypack 22 L")
    I.see("1 item · $69.00")
    I.dont_see("Daypack 22 L × 1")


def test_trail_runner_low_stock_warning():
    """Trail Runner 2 has 5 in stock. After two Add to cart activations its card should say Only 3 left."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Trail Runner 2")
    I.click("Add to cart", near="Trail Runner 2")
    I.see("Only 3 left")
    I.see("Trail Runner 2 × 2")
