"""SPA contacts manager: client routes change the URL, back/forward work, CRUD and search work."""

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def test_deep_link_is_served_and_routed(page: Page, sites_url: str) -> None:
    page.goto(f"{sites_url}/spa/contacts/8")
    expect(page.get_by_role("heading", name="Hana Kobayashi")).to_be_visible()
    expect(page).to_have_title("Hana Kobayashi - Rolodex")
    page.goto(f"{sites_url}/spa/no/such/page")
    expect(page.get_by_role("heading", name="Page not found")).to_be_visible()


def test_navigate_search_create_edit_delete(page: Page, sites_url: str) -> None:
    page.goto(f"{sites_url}/spa/")
    expect(page.locator("#count-all")).to_have_text("14")
    page.get_by_role("link", name="Contacts", exact=True).click()
    expect(page).to_have_url(re.compile(r"/spa/contacts$"))
    expect(page.locator("#result-count")).to_have_text("14 contacts")

    page.get_by_label("Search contacts").fill("sakura")
    expect(page).to_have_url(re.compile(r"/spa/contacts\?q=sakura$"))
    expect(page.locator("#result-count")).to_have_text("1 contact")
    page.get_by_role("link", name=re.compile("^Hana Kobayashi")).click()
    expect(page).to_have_url(re.compile(r"/spa/contacts/8$"))

    page.go_back()
    expect(page).to_have_url(re.compile(r"/spa/contacts\?q=sakura$"))
    expect(page.get_by_label("Search contacts")).to_have_value("sakura")
    page.go_forward()
    expect(page.get_by_role("heading", name="Hana Kobayashi")).to_be_visible()

    page.get_by_role("link", name="New contact").click()
    expect(page).to_have_url(re.compile(r"/spa/new$"))
    page.get_by_label("Email").fill("not-an-email")
    page.get_by_role("button", name="Create contact").click()
    expect(page.get_by_text("Name is required.")).to_be_visible()
    expect(page.get_by_text("Enter a valid email address.")).to_be_visible()
    page.get_by_label("Full name").fill("Zoe Quinn")
    page.get_by_label("Email").fill("zoe@example.com")
    page.get_by_role("button", name="Create contact").click()
    expect(page).to_have_url(re.compile(r"/spa/contacts/15$"))
    expect(page.locator("#snack")).to_have_text("Contact created")

    page.get_by_role("link", name="Edit").click()
    expect(page).to_have_url(re.compile(r"/spa/contacts/15/edit$"))
    page.get_by_label("Job title").fill("Illustrator")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Illustrator")).to_be_visible()

    page.get_by_role("button", name="Delete").click()
    dialog = page.get_by_role("dialog", name="Delete contact?")
    expect(dialog).to_contain_text("Zoe Quinn will be removed")
    dialog.get_by_role("button", name="Delete").click()
    expect(page).to_have_url(re.compile(r"/spa/contacts$"))
    expect(page.locator("#result-count")).to_have_text("14 contacts")
    page.reload()
    expect(page.get_by_role("link", name=re.compile("^Zoe Quinn"))).to_have_count(0)


def test_star_shows_on_home_after_reload(page: Page, sites_url: str) -> None:
    page.goto(f"{sites_url}/spa/contacts")
    star = page.get_by_role("button", name="Star Chen Wei")
    expect(star).to_have_attribute("aria-pressed", "false")
    star.click()
    expect(star).to_have_attribute("aria-pressed", "true")
    page.reload()
    page.get_by_role("link", name="Home").click()
    expect(page.locator("#count-starred")).to_have_text("4")
