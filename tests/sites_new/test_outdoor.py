"""Ridgeline store front: carousel, price range slider, sale switch, cart toasts, stock alerts, breadcrumb."""

import pytest
from playwright.sync_api import Page, expect

from testgen import I

pytestmark = pytest.mark.browser


@pytest.fixture
def store(page: Page, sites_url: str) -> Page:
    page.goto(f"{sites_url}/outdoor/")
    return page


def products(page: Page) -> list[str]:
    return page.locator(".product h3").all_inner_texts()


def card(page: Page, name: str):
    return page.get_by_role("article", name=name, exact=True)


def test_carousel_buttons_and_slide_tabs(store: Page) -> None:
    carousel = store.get_by_role("region", name="Spring promotions")
    expect(carousel).to_have_attribute("aria-roledescription", "carousel")
    expect(store.get_by_role("heading", name="Spring sale: 20% off rain shells")).to_be_visible()
    store.get_by_role("button", name="Next slide").click()
    expect(store.get_by_role("heading", name="New: Trail Runner 2")).to_be_visible()
    expect(store.get_by_role("heading", name="Spring sale: 20% off rain shells")).to_be_hidden()
    expect(store.get_by_role("tab", name="Slide 2")).to_have_attribute("aria-selected", "true")
    store.get_by_role("button", name="Previous slide").click()
    store.get_by_role("button", name="Previous slide").click()  # wraps to the last slide
    expect(store.get_by_role("tabpanel", name="4 of 4")).to_be_visible()
    store.get_by_role("tab", name="Slide 1").click()
    store.keyboard.press("ArrowRight")
    expect(store.get_by_role("tab", name="Slide 2")).to_be_focused()
    expect(store.get_by_role("tabpanel", name="2 of 4")).to_be_visible()
    store.keyboard.press("End")
    expect(store.get_by_role("tab", name="Slide 4")).to_have_attribute("tabindex", "0")
    expect(store.get_by_text("Camping season starts here")).to_be_visible()
    store.keyboard.press("ArrowRight")
    expect(store.get_by_role("tabpanel", name="1 of 4")).to_be_visible()


def test_carousel_rotation_is_off_until_started(page: Page, sites_url: str) -> None:
    page.clock.install()
    page.goto(f"{sites_url}/outdoor/")
    page.clock.run_for(20000)
    expect(page.get_by_role("tabpanel", name="1 of 4")).to_be_visible()
    rotation = page.get_by_role("button", name="Start slide rotation")
    rotation.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Stop slide rotation")).to_be_visible()
    expect(page.locator("#slides")).to_have_attribute("aria-live", "off")
    page.mouse.move(5, 5)
    page.clock.run_for(5100)
    expect(page.get_by_role("tabpanel", name="2 of 4")).to_be_visible()
    page.get_by_role("heading", name="New: Trail Runner 2").hover()  # pointer inside pauses rotation
    page.clock.run_for(10500)
    expect(page.get_by_role("tabpanel", name="2 of 4")).to_be_visible()
    page.mouse.move(5, 5)
    page.clock.run_for(5100)
    expect(page.get_by_role("tabpanel", name="3 of 4")).to_be_visible()
    page.get_by_role("button", name="Stop slide rotation").click()
    page.mouse.move(5, 5)
    page.clock.run_for(20000)
    expect(page.get_by_role("tabpanel", name="3 of 4")).to_be_visible()
    expect(page.get_by_role("button", name="Start slide rotation")).to_be_visible()


def test_price_slider_by_keyboard_filters(store: Page) -> None:
    low = store.get_by_role("slider", name="Minimum price")
    high = store.get_by_role("slider", name="Maximum price")
    low.focus()
    store.keyboard.press("ArrowRight")
    store.keyboard.press("ArrowUp")
    expect(low).to_have_attribute("aria-valuetext", "$10")
    store.keyboard.press("PageUp")
    store.keyboard.press("PageUp")
    store.keyboard.press("PageUp")
    store.keyboard.press("ArrowLeft")
    expect(low).to_have_attribute("aria-valuenow", "155")
    expect(store.get_by_text("Price: $155 – $300")).to_be_visible()
    expect(store.get_by_text("Showing 4 of 12 products")).to_be_visible()
    assert products(store) == ["Trekker 55 L Pack", "Two-Person Tent", "Ultralight Sleeping Bag",
                               "Summit Down Jacket"]  # the boot's sale price, $151, is below the minimum
    high.focus()
    store.keyboard.press("Home")  # cannot pass the other thumb
    expect(high).to_have_attribute("aria-valuetext", "$155")
    expect(store.get_by_text("No products match these filters. Try a wider price range.")).to_be_visible()
    store.keyboard.press("End")
    low.focus()
    store.keyboard.press("End")
    expect(low).to_have_attribute("aria-valuenow", "300")
    store.keyboard.press("Home")
    store.keyboard.press("PageDown")
    expect(low).to_have_attribute("aria-valuetext", "$0")


def test_price_slider_by_mouse(store: Page) -> None:
    track = store.locator("#track").bounding_box()
    high = store.get_by_role("slider", name="Maximum price")
    y = track["y"] + track["height"] / 2
    store.mouse.click(track["x"] + track["width"] * 0.8, y)  # nearer the maximum thumb
    expect(high).to_have_attribute("aria-valuenow", "240")
    expect(high).to_be_focused()
    box = high.bounding_box()
    store.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    store.mouse.down()
    store.mouse.move(track["x"] + track["width"] * 0.5, y, steps=5)
    store.mouse.up()
    expect(high).to_have_attribute("aria-valuetext", "$150")
    expect(store.get_by_text("Price: $0 – $150")).to_be_visible()
    assert "Trail Runner 2" in products(store) and "Trekker 55 L Pack" not in products(store)


def test_sale_switch_category_sort_and_breadcrumb(store: Page) -> None:
    switch = store.get_by_role("switch", name="Show sale items")
    expect(switch).to_have_attribute("aria-checked", "false")
    switch.click()
    expect(switch).to_have_attribute("aria-checked", "true")
    assert products(store) == ["Ridge Hiking Boot", "Daypack 22 L", "Two-Person Tent", "Rain Shell Jacket"]
    store.keyboard.press("Space")
    expect(switch).to_have_attribute("aria-checked", "false")
    expect(store.get_by_text("Showing 12 of 12 products")).to_be_visible()
    store.get_by_label("Category").select_option("Camping")
    crumb = store.get_by_role("navigation", name="Breadcrumb").get_by_role("link").last
    expect(crumb).to_have_text("Camping")
    expect(crumb).to_have_attribute("aria-current", "page")
    expect(store.get_by_role("heading", name="Camping", level=1)).to_be_visible()
    store.get_by_label("Sort by").select_option(label="Price: low to high")
    assert products(store) == ["Camp Stove Mini", "Two-Person Tent", "Ultralight Sleeping Bag"]
    store.get_by_label("Sort by").select_option(label="Name")
    assert products(store) == ["Camp Stove Mini", "Two-Person Tent", "Ultralight Sleeping Bag"]
    store.get_by_role("button", name="Reset filters").click()
    expect(crumb).to_have_text("All gear")


def test_add_to_cart_toasts_and_totals(store: Page) -> None:
    card(store, "Trail Runner 2").get_by_role("button", name="Add to cart").click()
    toast = store.locator(".toast").filter(has_text="Added Trail Runner 2 to your cart")
    expect(toast).to_be_visible()
    cart = store.get_by_role("complementary", name="Your cart")
    expect(cart).to_contain_text("Trail Runner 2 × 1")
    expect(cart).to_contain_text("1 item · $129.00")
    expect(cart).to_contain_text("Free shipping")
    expect(store.get_by_role("link", name="Cart (1)")).to_be_visible()
    store.wait_for_timeout(4000)
    expect(toast).to_be_visible()  # toasts stay at least 4 seconds
    card(store, "Camp Slide Sandal").get_by_role("button", name="Add to cart").click()
    expect(cart).to_contain_text("2 items · $168.00")
    cart.get_by_role("button", name="Remove Trail Runner 2").click()
    expect(cart).to_contain_text("1 item · $39.00")
    expect(cart).to_contain_text("Add $36.00 more for free shipping")
    expect(store.get_by_text("Removed Trail Runner 2 from your cart")).to_be_visible()
    cart.get_by_role("button", name="Check out").click()
    expect(cart.get_by_role("status")).to_have_text(
        "Checkout is closed in this demo store. Your cart is kept.")
    cart.get_by_role("button", name="Remove Camp Slide Sandal").click()
    expect(cart).to_contain_text("Your cart is empty.")
    expect(cart.get_by_role("button", name="Check out")).to_be_disabled()


def test_out_of_stock_and_last_items_raise_an_alert(store: Page) -> None:
    vest = card(store, "Hydration Vest")
    expect(vest).to_contain_text("Out of stock")
    vest.get_by_role("button", name="Add to cart").click()
    alert = store.get_by_role("alert")
    expect(alert).to_contain_text("Sorry, Hydration Vest is out of stock. We expect more in April.")
    alert.get_by_role("button", name="Dismiss alert").click()
    expect(store.get_by_text("Sorry, Hydration Vest is out of stock.")).to_be_hidden()
    pack = card(store, "Trekker 55 L Pack")
    expect(pack).to_contain_text("Only 2 left")
    pack.get_by_role("button", name="Add to cart").click()
    expect(card(store, "Trekker 55 L Pack")).to_contain_text("Only 1 left")
    card(store, "Trekker 55 L Pack").get_by_role("button", name="Add to cart").click()
    expect(card(store, "Trekker 55 L Pack")).to_contain_text("All stock is in your cart")
    card(store, "Trekker 55 L Pack").get_by_role("button", name="Add to cart").click()
    expect(alert).to_contain_text("Only 2 Trekker 55 L Pack in stock, and all of them are in your cart.")
    expect(store.get_by_role("complementary", name="Your cart")).to_contain_text("Trekker 55 L Pack × 2")


def test_promotion_buttons_apply_filters(store: Page) -> None:
    store.get_by_role("button", name="Shop the sale").click()
    assert products(store) == ["Rain Shell Jacket"]
    expect(store.get_by_role("switch", name="Show sale items")).to_have_attribute("aria-checked", "true")
    store.get_by_role("tab", name="Slide 2").click()
    store.get_by_role("button", name="See Trail Runner 2").click()
    expect(card(store, "Trail Runner 2").get_by_role("button", name="Add to cart")).to_be_focused()
    expect(store.get_by_text("Showing 12 of 12 products")).to_be_visible()
    store.get_by_role("tab", name="Slide 4").click()
    store.get_by_role("button", name="Browse camping").click()
    expect(store.get_by_text("Showing 3 of 12 products")).to_be_visible()


# ---- the same widgets driven by testgen's runtime ---------------------------------------------------------

def test_i_shops(store: Page) -> None:
    I.click("Next slide")
    I.see("New: Trail Runner 2")
    I.click("Slide 3")
    I.see("Free shipping over $75")
    I.select("Category", "Packs")
    I.see("Showing 3 of 12 products")
    I.check("Show sale items")
    I.see("Daypack 22 L")
    I.dont_see("Trekker 55 L Pack")
    I.click("Add to cart")
    I.see("Added Daypack 22 L to your cart")
    I.see("1 item · $63.00")
    I.click("Reset filters")
    I.see("Showing 12 of 12 products")


def test_i_sees_the_out_of_stock_alert(store: Page) -> None:
    I.select("Category", "Clothing")
    I.click("Add to cart", near="Summit Down Jacket")
    I.see("Sorry, Summit Down Jacket is out of stock.")


def test_i_adds_a_named_product_in_the_grid(store: Page) -> None:
    I.click("Add to cart", near="Trail Runner 2")
    I.see("Added Trail Runner 2 to your cart")


def test_i_fills_the_price_slider(store: Page) -> None:
    I.fill("Minimum price", "40")
    I.see("Price: $40 – $300")


def test_i_reads_the_slider_value_as_a_price(store: Page) -> None:
    store.get_by_role("slider", name="Minimum price").focus()
    I.press("PageUp")
    I.press("ArrowDown")
    I.press("ArrowDown")
    I.see("Price: $40 – $300")
    I.see_value("Minimum price", "$40")
