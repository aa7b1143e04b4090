"""Signup wizard: per-step validation, strength meter, plan cards, review, Back keeps values, done."""

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def test_wizard_validates_each_step_and_completes(page: Page, sites_url: str) -> None:
    page.goto(f"{sites_url}/signup/")
    progress = page.locator("#step-count")
    expect(progress).to_have_text("Step 1 of 4")

    page.get_by_role("button", name="Next").click()
    expect(page.get_by_text("Enter your email address.")).to_be_visible()
    expect(page.get_by_text("Password must be at least 8 characters.")).to_be_visible()
    expect(progress).to_have_text("Step 1 of 4")

    page.get_by_label("Work email").fill("ada@example.com")
    password = page.get_by_label("Password", exact=True)
    password.fill("abcdefgh")
    expect(page.get_by_text("Password strength: Weak")).to_be_visible()
    password.fill("Abcdefg1!")
    expect(page.get_by_text("Password strength: Strong")).to_be_visible()
    page.get_by_label("Confirm password").fill("Abcdefg1?")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_text("Passwords don't match.")).to_be_visible()
    page.get_by_label("Confirm password").fill("Abcdefg1!")
    page.get_by_role("button", name="Next").click()

    expect(progress).to_have_text("Step 2 of 4")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_text("First name is required.")).to_be_visible()
    page.get_by_label("First name").fill("Ada")
    page.get_by_label("Last name").fill("Lovelace")
    expect(page.get_by_text("Choose a username.")).to_be_visible()
    page.get_by_label("Username").fill("ada")
    expect(page.get_by_text("That username is taken.")).to_be_visible()
    page.get_by_label("Username").fill("ada_l")
    expect(page.get_by_text("✓ ada_l is available")).to_be_visible()
    expect(page.get_by_text("That username is taken.")).to_be_hidden()
    page.get_by_label("Country").select_option("United Kingdom")
    page.get_by_role("button", name="Back").click()
    expect(page.get_by_label("Work email")).to_have_value("ada@example.com")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_label("First name")).to_have_value("Ada")
    page.get_by_role("button", name="Next").click()

    expect(progress).to_have_text("Step 3 of 4")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_text("Choose a plan to continue.")).to_be_visible()
    page.get_by_role("button", name="Yearly (save 2 months)").click()
    page.get_by_text("Pro", exact=True).click()
    page.get_by_role("button", name="Next").click()

    expect(progress).to_have_text("Step 4 of 4")
    expect(page.locator("#rv-name")).to_have_text("Ada Lovelace")
    expect(page.locator("#rv-username")).to_have_text("ada_l")
    expect(page.locator("#rv-plan")).to_have_text("Pro - $120/yr (yearly)")
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_text("You must accept the Terms of Service to create an account.")).to_be_visible()
    page.get_by_label("I agree to the Terms of Service and Privacy Policy").check()
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", name="Welcome aboard, Ada!")).to_be_visible()
    expect(page.get_by_text("We sent a confirmation link to ada@example.com.")).to_be_visible()
