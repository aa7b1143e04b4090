"""The shop in a real browser: login, cart totals, checkout validation, listing controls."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def money(text: str) -> float:
    return float(re.sub(r"[^\d.]", "", text))


def add_product(page: Page, sites_url: str, slug: str, quantity: int) -> float:
    """Open a product page, choose its first options, add `quantity`; returns the unit price."""
    page.goto(f"{sites_url}/shop/product/{slug}")
    for select in page.locator("#add-to-cart select").all():
        select.select_option(index=1)
    page.get_by_label("Quantity").fill(str(quantity))
    page.get_by_role("button", name="Add to cart").click()
    expect(page.locator("#cart-toast")).to_contain_text("to your cart")
    return money(page.locator(".product__info .price__now").inner_text())


def test_cookie_banner_shows_once_until_a_choice_is_made(page: Page, sites_url: str) -> None:
    page.goto(f"{sites_url}/shop/")
    banner = page.get_by_role("region", name="Cookie consent")
    expect(banner).to_be_visible()
    page.get_by_role("button", name="Accept all").click()
    expect(banner).to_be_hidden()
    page.reload()
    expect(banner).to_be_hidden()


def test_login_shows_welcome_and_logout_restores_login_link(page: Page, sites_url: str) -> None:
    page.goto(f"{sites_url}/shop/login.html")
    page.get_by_label("Username").fill("bob")
    page.get_by_label("Password").fill("wrong")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("alert")).to_have_text("Invalid username or password.")
    page.get_by_label("Password").fill("hunter2")
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(f"{sites_url}/shop/")
    expect(page.get_by_text("Welcome, bob")).to_be_visible()
    page.goto(f"{sites_url}/shop/products")
    expect(page.get_by_text("Welcome, bob")).to_be_visible()
    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_text("Welcome, bob")).to_be_hidden()
    expect(page.get_by_role("link", name="Log in")).to_be_visible()


def test_product_needs_options_before_adding(page: Page, sites_url: str) -> None:
    page.goto(f"{sites_url}/shop/product/merino-crew-sweater")
    page.get_by_role("button", name="Add to cart").click()
    expect(page.locator("#add-to-cart-error")).to_have_text("Please choose a size.")
    expect(page.locator("[data-cart-count]")).to_have_text("0")


def test_adding_to_cart_updates_count_and_totals(page: Page, sites_url: str) -> None:
    first = add_product(page, sites_url, "merino-crew-sweater", 2)
    second = add_product(page, sites_url, "stoneware-mug-set", 1)
    expect(page.locator("[data-cart-count]")).to_have_text("3")
    page.goto(f"{sites_url}/shop/cart.html")
    subtotal = 2 * first + second
    expect(page.locator("[data-cart-subtotal]")).to_have_text(f"${subtotal:,.2f}")
    total = money(page.locator("[data-cart-total]").inner_text())
    shipping = 0.0 if subtotal >= 75 else 6.95
    assert total == pytest.approx(subtotal + shipping + round(subtotal * 0.08, 2))

    page.get_by_label("Quantity for Merino Crew Sweater").fill("1")
    page.get_by_label("Quantity for Merino Crew Sweater").press("Tab")
    expect(page.locator("[data-cart-subtotal]")).to_have_text(f"${first + second:,.2f}")
    remove = page.get_by_role("button", name="Remove")
    page.locator("tr", has_text="Stoneware Mug Set").get_by_role("button", name="Remove").click()
    expect(page.locator("[data-cart-subtotal]")).to_have_text(f"${first:,.2f}")
    remove.click()
    expect(page.get_by_text("Your cart is empty.")).to_be_visible()
    expect(page.locator("[data-cart-count]")).to_have_text("0")


def test_checkout_shows_errors_next_to_fields_then_accepts_a_valid_order(page: Page, sites_url: str) -> None:
    add_product(page, sites_url, "leather-tote-bag", 1)
    page.goto(f"{sites_url}/shop/checkout.html")
    page.get_by_role("button", name="Place order").click()
    expect(page.locator("#checkout-email-error")).to_have_text("Enter your email address")
    expect(page.locator("#checkout-card-error")).to_have_text("Enter your card number")
    expect(page.get_by_role("alert")).to_have_text("There are 9 problems with your order.")

    page.get_by_label("Email", exact=True).fill("bob@example")
    page.get_by_label("Card number").fill("4242 4242 4242 4241")
    page.get_by_role("button", name="Place order").click()
    expect(page.locator("#checkout-email-error")).to_have_text(
        "Enter a valid email address, like name@example.com")
    expect(page.locator("#checkout-card-error")).to_have_text("Enter a valid card number")
    expect(page.get_by_label("Email", exact=True)).to_have_attribute("aria-invalid", "true")

    valid = {"Email": "bob@example.com", "Full name": "Bob Stone", "Street address": "1 Main St",
             "City": "Springfield", "Postcode": "12345", "Card number": "4242 4242 4242 4242",
             "Expiry (MM/YY)": "12/39", "CVC": "123"}
    for label, value in valid.items():
        page.get_by_label(label, exact=True).fill(value)
    page.get_by_label("I agree to the terms of sale").check()
    page.get_by_role("button", name="Place order").click()
    expect(page.get_by_role("heading", name="Thank you for your order!")).to_be_visible()
    expect(page.locator("[data-order-email]")).to_have_text("bob@example.com")
    expect(page.locator("[data-cart-count]")).to_have_text("0")


def test_listing_sort_select_and_pagination_links(page: Page, sites_url: str) -> None:
    page.goto(f"{sites_url}/shop/products")
    page.get_by_label("Sort by").select_option("price-asc")
    expect(page).to_have_url(re.compile(r"sort=price-asc"))
    page.wait_for_load_state()  # the URL commits before the new list is parsed
    prices = [money(t) for t in page.locator(".product-card .price__now").all_inner_texts()]
    assert prices == sorted(prices) and len(prices) == 12
    page.get_by_role("navigation", name="Pagination").get_by_role("link", name="Next").click()
    expect(page.get_by_role("status")).to_have_text("Showing 13–24 of 60 products")
    expect(page).to_have_url(re.compile(r"page=2"))
    page.wait_for_load_state()
    more = [money(t) for t in page.locator(".product-card .price__now").all_inner_texts()]
    assert min(more) >= max(prices)


def test_header_search_renders_matching_products(page: Page, sites_url: str) -> None:
    page.goto(f"{sites_url}/shop/")
    page.get_by_label("Search products").fill("boots")
    page.get_by_label("Search products").press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Results for “boots”")
    titles = page.locator(".product-card__title").all_inner_texts()
    assert titles and all("boot" in t.lower() for t in titles)
