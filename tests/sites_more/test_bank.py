"""Bank: sign in, transfer between accounts with validation, see balances and history update."""

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def sign_in(page: Page, sites_url: str) -> None:
    page.goto(f"{sites_url}/bank/")
    page.get_by_label("Username", exact=True).fill("alice")
    page.get_by_label("Password").fill("s3cret!")
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/bank/accounts\.html$"))


def test_wrong_password_is_refused(page: Page, sites_url: str) -> None:
    page.goto(f"{sites_url}/bank/")
    page.get_by_label("Username", exact=True).fill("alice")
    page.get_by_label("Password").fill("secret")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_have_text("Incorrect username or password.")
    expect(page).to_have_url(re.compile(r"/bank/$"))


def test_pages_behind_login_send_you_to_sign_in(page: Page, sites_url: str) -> None:
    page.goto(f"{sites_url}/bank/history.html")
    expect(page.get_by_text("Please sign in to continue.")).to_be_visible()


def test_transfer_updates_balances_and_history(page: Page, sites_url: str) -> None:
    sign_in(page, sites_url)
    checking = page.locator("[data-account=chk] .bal")
    expect(checking).to_have_text("$2,450.00")
    card = page.locator("[data-account=chk]")
    card.get_by_text("Show number").click()
    expect(card).to_contain_text("Account number 0042 1189 4821")
    card.get_by_text("Hide number").click()
    expect(card).to_contain_text("Account ending 4821")
    page.get_by_role("link", name="Transfer money").click()

    page.get_by_label("From account").select_option(label="Checking (...4821)")
    page.get_by_label("To account").select_option(label="Checking (...4821)")
    page.get_by_label("Amount ($)").fill("abc")
    page.get_by_role("button", name="Continue").click()
    errors = page.get_by_role("alert")
    expect(errors).to_contain_text("Choose two different accounts.")
    expect(errors).to_contain_text("Enter a valid amount, like 25.00.")

    page.get_by_label("To account").select_option(label="Savings (...7730)")
    page.get_by_label("Amount ($)").fill("99999")
    page.get_by_role("button", name="Continue").click()
    expect(errors).to_have_text("Insufficient funds: Checking has $2,450.00 available.")

    page.get_by_label("Amount ($)").fill("50.00")
    page.get_by_label("Reference (optional)").fill("Rainy day")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", name="Confirm your transfer")).to_be_visible()
    expect(page.locator("#c-amount")).to_have_text("$50.00")
    page.get_by_role("button", name="Confirm transfer").click()
    expect(page.get_by_role("status")).to_contain_text("Confirmation number TX-1005")
    expect(page.get_by_role("listitem").filter(has_text="Checking:")).to_have_text("Checking: $2,400.00")
    expect(page.get_by_role("listitem").filter(has_text="Savings:")).to_have_text("Savings: $10,170.55")

    page.get_by_role("link", name="View transaction history").click()
    first_row = page.locator("#history tbody tr").first
    expect(first_row).to_contain_text("Transfer from Checking - Rainy day")
    expect(first_row).to_contain_text("$50.00")
    page.get_by_label("Show account").select_option(label="Checking")
    expect(page.locator("#count")).to_have_text("3 transactions")

    page.get_by_role("link", name="Accounts", exact=True).click()
    expect(checking).to_have_text("$2,400.00")
    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_text("You have been signed out.")).to_be_visible()
