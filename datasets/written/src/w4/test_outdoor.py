"""outdoor: tasks written by w4."""

from testgen import I


def test_add_to_cart():
    """As a shopper, I want to add gear to my cart so that I can buy it later.
AC1: Add to cart on Camp Stove Mini
AC2: the cart shows "1 item · $45.00"
AC3: the header link reads Cart (1)"""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Camp Stove Mini")
    I.see("1 item · $45.00")
    I.see("Cart (1)")


def test_free_shipping_hint():
    """AC: with only the Camp Slide Sandal ($39) in the cart it says "Add $36.00 more for free shipping\""""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Camp Slide Sandal")
    I.see("Add $36.00 more for free shipping")


def test_free_shipping_reached():
    """As a shopper I want to know when I qualify for free shipping: adding the Trail Runner 2 ($129) should show "Free shipping"."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Trail Runner 2")
    I.see("Free shipping")


def test_out_of_stock_alert():
    """The shop must not let me add out-of-stock items.
AC1: Add to cart on Hydration Vest
AC2: "Sorry, Hydration Vest is out of stock. We expect more in April." is shown
AC3: the cart stays empty"""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Hydration Vest")
    I.see("Sorry, Hydration Vest is out of stock. We expect more in April.")
    I.see("Your cart is empty.")


def test_low_stock_warning():
    """AC: after adding one Two-Person Tent (4 in stock), its card says "Only 3 left\""""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Two-Person Tent")
    I.see("Only 3 left")


def test_all_stock_in_cart():
    """As a shopper buying the last packs, I want to know when there are none left.
- add the Trekker 55 L Pack twice (2 in stock)
- its card says "All stock is in your cart"
- a third add shows "Only 2 Trekker 55 L Pack in stock, and all of them are in your cart.\""""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Trekker 55 L Pack")
    I.click("Add to cart", near="Trekker 55 L Pack")
    I.see("All stock is in your cart")
    I.click("Add to cart", near="Trekker 55 L Pack")
    I.see("Only 2 Trekker 55 L Pack in stock, and all of them are in your cart.")


def test_dismiss_stock_alert():
    """AC1: try to add the Summit Down Jacket (out of stock)
AC2: Dismiss alert removes the "is out of stock" message"""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Summit Down Jacket")
    I.see("Sorry, Summit Down Jacket is out of stock.")
    I.click("Dismiss alert")
    I.dont_see("Sorry, Summit Down Jacket is out of stock.")


def test_remove_from_cart():
    """As a shopper I want to take something out of my cart.
AC1: add the Merino Base Layer, then Remove it from the cart
AC2: "Your cart is empty." again and Cart (0)"""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Merino Base Layer")
    I.see("1 item · $69.00")
    I.click("Remove Merino Base Layer")
    I.see("Your cart is empty.")
    I.dont_see("Merino Base Layer × 1")


def test_cart_quantity_and_total():
    """AC: adding the Daypack 22 L twice gives "Daypack 22 L × 2" and "2 items · $126.00" (sale price $63)"""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Daypack 22 L")
    I.click("Add to cart", near="Daypack 22 L")
    I.see("Daypack 22 L × 2")
    I.see("2 items · $126.00")


def test_added_toast():
    """As a shopper I want confirmation when something goes in the cart: adding the Rain Shell Jacket shows "Added Rain Shell Jacket to your cart"."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Rain Shell Jacket")
    I.see("Added Rain Shell Jacket to your cart")


def test_checkout_demo_message():
    """AC1: with the Camp Stove Mini in the cart, Check out
AC2: "Checkout is closed in this demo store. Your cart is kept." shows"""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Camp Stove Mini")
    I.click("Check out")
    I.see("Checkout is closed in this demo store. Your cart is kept.")


def test_category_filter():
    """As a camper, I want to see only camping gear.
AC1: Category = Camping
AC2: "Showing 3 of 12 products" and the heading says Camping
AC3: Trail Runner 2 is not listed"""
    I.go_to("/outdoor/")
    I.select("Category", "Camping")
    I.see("Showing 3 of 12 products")
    I.dont_see("Trail Runner 2")


def test_sale_switch():
    """AC: turning on "Show sale items" shows 4 of 12 products, including the Ridge Hiking Boot at $151"""
    I.go_to("/outdoor/")
    I.click("Show sale items")
    I.see("Showing 4 of 12 products")
    I.see("$151")


def test_sale_and_category():
    """Sale items in Packs only: Category Packs plus the sale switch leaves Daypack 22 L alone — Showing 1 of 12 products."""
    I.go_to("/outdoor/")
    I.select("Category", "Packs")
    I.click("Show sale items")
    I.see("Showing 1 of 12 products")
    I.see("Daypack 22 L")


def test_sort_price_low_to_high():
    """As a budget shopper I want the cheapest first.
AC: Sort by "Price: low to high" still shows all 12 products, with the Camp Slide Sandal ($39) among them"""
    I.go_to("/outdoor/")
    I.select("Sort by", "Price: low to high")
    I.see("Showing 12 of 12 products")
    I.see("Camp Slide Sandal")


def test_price_slider_keyboard():
    """AC1: focus the Maximum price slider and press Page Down twice
AC2: the label reads "Price: $0 – $200" and 8 of 12 products are shown"""
    I.go_to("/outdoor/")
    I.click("Maximum price")
    I.press("PageDown")
    I.press("PageDown")
    I.see("Price: $0 – $200")
    I.see("Showing 8 of 12 products")


def test_no_products_message():
    """As a shopper with a too-narrow filter I want to be told why nothing shows.
AC: Category Footwear + price max lowered to $0 (Home key on Maximum price) shows "No products match these filters. Try a wider price range.\""""
    I.go_to("/outdoor/")
    I.select("Category", "Footwear")
    I.click("Maximum price")
    I.press("Home")
    I.see("No products match these filters. Try a wider price range.")


def test_reset_filters():
    """AC1: set Category to Clothing, then Reset filters
AC2: back to "Showing 12 of 12 products" and the heading Hiking gear"""
    I.go_to("/outdoor/")
    I.select("Category", "Clothing")
    I.see("Showing 3 of 12 products")
    I.click("Reset filters")
    I.see("Showing 12 of 12 products")


def test_carousel_next_slide():
    """As a visitor I want to browse the promotions. Next slide shows "New: Trail Runner 2"."""
    I.go_to("/outdoor/")
    I.click("Next slide")
    I.see("New: Trail Runner 2")


def test_carousel_dot():
    """AC: picking Slide 3 shows "Free shipping over $75" and hides the spring sale headline"""
    I.go_to("/outdoor/")
    I.click("Slide 3")
    I.see("Free shipping over $75")
    I.dont_see("Spring sale: 20% off rain shells")


def test_shop_the_sale_promo():
    """As a visitor clicking the spring sale banner, I want to land on discounted clothing.
AC: "Shop the sale" shows Showing 1 of 12 products (Rain Shell Jacket at $119)"""
    I.go_to("/outdoor/")
    I.click("Shop the sale")
    I.see("Showing 1 of 12 products")
    I.see("$119")


def test_browse_camping_promo():
    """AC1: go to the 4th slide with Previous slide
AC2: "Browse camping" filters to Camping — Showing 3 of 12 products"""
    I.go_to("/outdoor/")
    I.click("Previous slide")
    I.click("Browse camping")
    I.see("Showing 3 of 12 products")


def test_breadcrumb_category():
    """The breadcrumb should follow the category: choosing Footwear makes the last crumb (and the heading) read Footwear, and "Hiking gear" disappears."""
    I.go_to("/outdoor/")
    I.select("Category", "Footwear")
    I.dont_see("Hiking gear")
    I.see("Showing 3 of 12 products")


def test_minimum_price_slider():
    """As a shopper looking for serious gear, I want to hide cheap items.
AC1: focus Minimum price and press Page Up twice
AC2: "Price: $100 – $300" and "Showing 7 of 12 products\""""
    I.go_to("/outdoor/")
    I.click("Minimum price")
    I.press("PageUp")
    I.press("PageUp")
    I.see("Price: $100 – $300")
    I.see("Showing 7 of 12 products")


def test_removed_toast():
    """AC: removing the Camp Stove Mini from the cart shows "Removed Camp Stove Mini from your cart\""""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Camp Stove Mini")
    I.click("Remove Camp Stove Mini")
    I.see("Removed Camp Stove Mini from your cart")


def test_two_products_in_cart():
    """Adding the Ultralight Sleeping Bag and the Merino Base Layer should give Cart (2) and "2 items · $318.00"."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Ultralight Sleeping Bag")
    I.click("Add to cart", near="Merino Base Layer")
    I.see("Cart (2)")
    I.see("2 items · $318.00")


def test_trail_runner_promo_resets_filters():
    """As a visitor who had filtered to Packs, the "See Trail Runner 2" banner should bring back all gear.
AC1: Category Packs, then Next slide and "See Trail Runner 2"
AC2: Showing 12 of 12 products"""
    I.go_to("/outdoor/")
    I.select("Category", "Packs")
    I.click("Next slide")
    I.click("See Trail Runner 2")
    I.see("Showing 12 of 12 products")


def test_dismiss_toast():
    """AC1: add the Camp Slide Sandal, a toast "Added Camp Slide Sandal to your cart" appears
AC2: Dismiss makes it go away"""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Camp Slide Sandal")
    I.see("Added Camp Slide Sandal to your cart")
    I.click("Dismiss")
    I.dont_see("Added Camp Slide Sandal to your cart")


def test_sort_high_to_low_with_category():
    """AC: Category Camping sorted "Price: high to low" still shows 3 of 12 products with the Two-Person Tent at its $223 sale price"""
    I.go_to("/outdoor/")
    I.select("Category", "Camping")
    I.select("Sort by", "Price: high to low")
    I.see("Showing 3 of 12 products")
    I.see("$223")


def test_sale_switch_off_again():
    """As a shopper, turning the sale switch off should show everything again: on gives 4 of 12, off gives 12 of 12."""
    I.go_to("/outdoor/")
    I.click("Show sale items")
    I.see("Showing 4 of 12 products")
    I.click("Show sale items")
    I.see("Showing 12 of 12 products")


def test_in_stock_label_changes():
    """AC: the Trail Runner 2 has 5 in stock; after adding 2 to the cart its card says "Only 3 left\""""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Trail Runner 2")
    I.click("Add to cart", near="Trail Runner 2")
    I.see("Trail Runner 2 × 2")
    I.see("Only 3 left")


def test_clothing_category_heading():
    """As a shopper browsing clothes, choosing Clothing should list the Merino Base Layer and drop the boots: Ridge Hiking Boot is not shown."""
    I.go_to("/outdoor/")
    I.select("Category", "Clothing")
    I.see("Merino Base Layer")
    I.dont_see("Ridge Hiking Boot")


def test_footwear_on_sale():
    """AC: Footwear with "Show sale items" on leaves just the Ridge Hiking Boot: Showing 1 of 12 products, and the Camp Slide Sandal is hidden"""
    I.go_to("/outdoor/")
    I.select("Category", "Footwear")
    I.click("Show sale items")
    I.see("Showing 1 of 12 products")
    I.dont_see("Camp Slide Sandal")


def test_cart_total_with_sale_prices():
    """As a bargain hunter, I expect to pay the sale price: the Rain Shell Jacket goes in the cart for $119.00 (not $149)."""
    I.go_to("/outdoor/")
    I.click("Add to cart", near="Rain Shell Jacket")
    I.see("1 item · $119.00")


def test_breadcrumb_packs():
    """AC: choosing Packs as the category changes the page heading from Hiking gear to Packs and lists the Daypack 22 L"""
    I.go_to("/outdoor/")
    I.select("Category", "Packs")
    I.see("Daypack 22 L")
    I.dont_see("Hiking gear")


def test_previous_slide_wraps():
    """As a visitor, going back from the first promotion should wrap around to the last one: Previous slide shows "Camping season starts here"."""
    I.go_to("/outdoor/")
    I.click("Previous slide")
    I.see("Camping season starts here")
