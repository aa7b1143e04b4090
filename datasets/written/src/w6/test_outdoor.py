"""outdoor: tasks written by w6."""

from testgen import I


def test_add_stove_to_cart():
    """So I'd open Ridgeline, find the Camp Stove Mini and click its Add to cart. You should get a little toast "Added Camp Stove Mini to your cart" and the cart panel says 1 item · $45.00."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Camp Stove Mini")
    I.see("Added Camp Stove Mini to your cart")
    I.see("1 item · $45.00")


def test_cart_header_count():
    """Add the Merino Base Layer twice and the header link should go to Cart (2)."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Merino Base Layer")
    I.click("Add to cart", near="Merino Base Layer")
    I.see("Cart (2)")
    I.see("Merino Base Layer × 2")


def test_out_of_stock_refused():
    """The Hydration Vest is out of stock, so trying to add it should be refused — there's an alert along the lines of "Sorry, Hydration Vest is out of stock. We expect more in April." and the cart stays empty."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Hydration Vest")
    I.see("Sorry, Hydration Vest is out of stock. We expect more in April.")
    I.see("Your cart is empty.")


def test_category_footwear():
    """Pick Footwear in the Category dropdown. Heading changes to Footwear, it should say Showing 3 of 12 products, and things like the tent shouldn't be there."""
    I.go_to("/outdoor/")
    I.select("Category", "Footwear")
    I.see("Showing 3 of 12 products")
    I.see("Camp Slide Sandal")
    I.dont_see("Two-Person Tent")


def test_sale_switch():
    """Flip the Show sale items switch on. Only 4 products are on sale, so "Showing 4 of 12 products", and Trail Runner 2 (not on sale) shouldn't be listed."""
    I.go_to("/outdoor/")
    I.click("Show sale items")
    I.see("Showing 4 of 12 products")
    I.see("Daypack 22 L")
    I.dont_see("Trail Runner 2")


def test_free_shipping_nudge():
    """Add just the Camp Slide Sandal ($39) and underneath the total it should nudge you: "Add $36.00 more for free shipping"."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Camp Slide Sandal")
    I.see("Add $36.00 more for free shipping")


def test_free_shipping_reached():
    """Put the Daypack 22 L ($63 on sale) and the Camp Stove Mini in the cart. That's $108, so it should just say Free shipping."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Daypack 22 L")
    I.click("Add to cart", near="Camp Stove Mini")
    I.see("2 items · $108.00")
    I.see("Free shipping")


def test_remove_from_cart():
    """Add the Rain Shell Jacket, then hit Remove next to it in the cart. Should say Removed Rain Shell Jacket from your cart and we're back to "Your cart is empty."."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Rain Shell Jacket")
    I.click("Remove Rain Shell Jacket")
    I.see("Removed Rain Shell Jacket from your cart")
    I.see("Your cart is empty.")


def test_checkout_closed_message():
    """Checkout is switched off in this demo — add the Merino Base Layer, click Check out and you should see "Checkout is closed in this demo store. Your cart is kept."."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Merino Base Layer")
    I.click("Check out")
    I.see("Checkout is closed in this demo store. Your cart is kept.")


def test_low_stock_warning():
    """The Trekker 55 L Pack only has 2, so after adding one the card should say "Only 1 left"."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Trekker 55 L Pack")
    I.see("Only 1 left")


def test_all_stock_in_cart():
    """Add the Trekker 55 L Pack three times. The third time there aren't any left so you should get "Only 2 Trekker 55 L Pack in stock, and all of them are in your cart." and the cart stays at 2."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Trekker 55 L Pack")
    I.click("Add to cart", near="Trekker 55 L Pack")
    I.click("Add to cart", near="Trekker 55 L Pack")
    I.see("Only 2 Trekker 55 L Pack in stock, and all of them are in your cart.")
    I.see("Trekker 55 L Pack × 2")


def test_dismiss_alert():
    """Try to add the Summit Down Jacket (it's sold out) to get the alert, then click Dismiss alert — the sorry message should go away."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Summit Down Jacket")
    I.see("Sorry, Summit Down Jacket is out of stock.")
    I.click("Dismiss alert")
    I.dont_see("Sorry, Summit Down Jacket is out of stock.")


def test_sort_price_low_to_high():
    """Sort by Price: low to high and the first product should be the Camp Slide Sandal — I'd just check it still shows and the sort box says low to high, honestly."""
    I.go_to("/outdoor/")
    I.select("Sort by", "Price: low to high")
    I.see_value("Sort by", "Price: low to high")
    I.see("Camp Slide Sandal")


def test_max_price_keyboard():
    """Price slider with the keyboard: click the Maximum price handle and press Page Down four times, which takes it to $100. It should read "Price: $0 – $100" and Showing 5 of 12 products."""
    I.go_to("/outdoor/")
    I.click("Maximum price")
    I.press("PageDown")
    I.press("PageDown")
    I.press("PageDown")
    I.press("PageDown")
    I.see("Price: $0 – $100")
    I.see("Showing 5 of 12 products")


def test_min_price_end_key():
    """Push the Minimum price all the way to the top with End — it can't go past the max so it's $300 to $300, and then nothing matches: "No products match these filters. Try a wider price range."."""
    I.go_to("/outdoor/")
    I.click("Minimum price")
    I.press("End")
    I.see("Price: $300 – $300")
    I.see("No products match these filters. Try a wider price range.")


def test_reset_filters():
    """Set Category to Camping and turn on Show sale items, then press Reset filters. Back to Showing 12 of 12 products and the heading is Hiking gear again."""
    I.go_to("/outdoor/")
    I.select("Category", "Camping")
    I.click("Show sale items")
    I.see("Showing 1 of 12 products")
    I.click("Reset filters")
    I.see("Showing 12 of 12 products")


def test_next_slide():
    """On the promo carousel click Next slide — it should move on to "New: Trail Runner 2"."""
    I.go_to("/outdoor/")
    I.click("Next slide")
    I.see("New: Trail Runner 2")
    I.dont_see("Spring sale: 20% off rain shells")


def test_previous_slide_wraps():
    """Previous slide from the very first slide wraps round to the last one, the camping one ("Camping season starts here")."""
    I.go_to("/outdoor/")
    I.click("Previous slide")
    I.see("Camping season starts here")


def test_slide_dot_three():
    """Click the third dot (Slide 3) and it should show the Free shipping over $75 slide."""
    I.go_to("/outdoor/")
    I.click("Slide 3")
    I.see("Free shipping over $75")


def test_shop_the_sale_promo():
    """The Shop the sale button on the first slide should switch to Clothing with sale items only, so just the Rain Shell Jacket: Showing 1 of 12 products."""
    I.go_to("/outdoor/")
    I.click("Shop the sale")
    I.see("Showing 1 of 12 products")
    I.see("Rain Shell Jacket")
    I.dont_see("Merino Base Layer")


def test_browse_camping_promo():
    """Go to the last slide (Slide 4) and hit Browse camping; category should become Camping with 3 of 12 products."""
    I.go_to("/outdoor/")
    I.click("Slide 4")
    I.click("Browse camping")
    I.see_value("Category", "Camping")
    I.see("Showing 3 of 12 products")


def test_packs_category():
    """Choose Packs from Category. I'd want to see the Trekker 55 L Pack and "Showing 3 of 12 products", and none of the clothing like the Merino Base Layer."""
    I.go_to("/outdoor/")
    I.select("Category", "Packs")
    I.see("Trekker 55 L Pack")
    I.see("Showing 3 of 12 products")
    I.dont_see("Merino Base Layer")


def test_cart_total_with_sale_price():
    """Sale prices should be what you pay. Add the Ridge Hiking Boot (189 down to 151) and the cart says 1 item · $151.00, not 189."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Ridge Hiking Boot")
    I.see("1 item · $151.00")
    I.dont_see("$189.00")


def test_checkout_disabled_when_empty():
    """With nothing in the cart the Check out button should be greyed out; add the Camp Stove Mini, remove it again, and the summary's back to Your cart is empty. with no shipping nudge."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Camp Stove Mini")
    I.see("Add $30.00 more for free shipping")
    I.click("Remove Camp Stove Mini")
    I.see("Your cart is empty.")
    I.dont_see("more for free shipping")


def test_cart_two_different_items():
    """Add the Trail Runner 2 and the Merino Base Layer. Cart should list both and say 2 items · $198.00 — and free shipping, since it's over 75."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Trail Runner 2")
    I.click("Add to cart", near="Merino Base Layer")
    I.see("2 items · $198.00")
    I.see("Free shipping")


def test_sort_by_name():
    """Sort by Name — the select should stay on Name and nothing gets filtered out, still Showing 12 of 12 products."""
    I.go_to("/outdoor/")
    I.select("Sort by", "Name")
    I.see_value("Sort by", "Name")
    I.see("Showing 12 of 12 products")


def test_clothing_and_price_cap():
    """Mix filters: Category Clothing, then knock the Maximum price down with Page Down twice (to $200). The Summit Down Jacket at $299 should drop out, leaving 2 of 12."""
    I.go_to("/outdoor/")
    I.select("Category", "Clothing")
    I.click("Maximum price")
    I.press("PageDown")
    I.press("PageDown")
    I.see("Showing 2 of 12 products")
    I.dont_see("Summit Down Jacket")


def test_dismiss_toast():
    """When you add something (Camp Slide Sandal) a little toast pops up — click Dismiss on it and the "Added Camp Slide Sandal to your cart" message should vanish."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Camp Slide Sandal")
    I.see("Added Camp Slide Sandal to your cart")
    I.click("Dismiss")
    I.dont_see("Added Camp Slide Sandal to your cart")


def test_footwear_sorted_high_to_low():
    """Footwear plus Sort by Price: high to low. Still 3 of 12 and the Ridge Hiking Boot's sale price $151 is showing."""
    I.go_to("/outdoor/")
    I.select("Category", "Footwear")
    I.select("Sort by", "Price: high to low")
    I.see("Showing 3 of 12 products")
    I.see("$151")


def test_remove_one_of_two():
    """Cart with two things (Daypack 22 L and Camp Stove Mini), remove the Daypack — it should leave 1 item · $45.00 and the header says Cart (1)."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Daypack 22 L")
    I.click("Add to cart", near="Camp Stove Mini")
    I.click("Remove Daypack 22 L")
    I.see("1 item · $45.00")
    I.see("Cart (1)")
