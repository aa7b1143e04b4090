"""News: load more, categories, tag chips, search, article pages, comments with validation, newsletter."""

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def test_front_page_lists_filters_and_loads_more(page: Page, sites_url: str) -> None:
    page.goto(f"{sites_url}/news/")
    page.get_by_role("dialog", name="Cookie notice").get_by_role("button", name="Accept all").click()
    expect(page.get_by_role("dialog", name="Cookie notice")).to_be_hidden()
    offer = page.get_by_text("Special offer:")
    expect(offer).to_be_hidden()
    page.get_by_text("Subscribe for $1 a week").click()
    expect(offer).to_be_visible()
    page.locator(".offer-x").click()
    expect(offer).to_be_hidden()
    stories = page.locator("#stories > li")
    expect(stories).to_have_count(9)
    info = page.locator("#result-info")
    expect(info).to_have_text("Showing 9 of 36 stories")
    while page.get_by_role("button", name="Load more stories").is_visible():
        page.get_by_role("button", name="Load more stories").click()
    expect(stories).to_have_count(36)
    expect(page.get_by_text("You're all caught up.")).to_be_visible()

    page.get_by_role("link", name="Science", exact=True).click()
    expect(page).to_have_url(re.compile(r"/news/index\.html\?category=science$"))
    kickers = page.locator("#stories .kicker")
    expect(kickers.first).to_have_text("SCIENCE", use_inner_text=True)  # renders after the URL commits
    assert set(kickers.all_inner_texts()) == {"SCIENCE"}
    page.get_by_role("button", name="#space").click()
    expect(page.get_by_role("button", name="#space")).to_have_attribute("aria-pressed", "true")
    expect(info).to_contain_text("tagged #space")
    tagged = int(info.inner_text().split(" of ")[1].split()[0])
    expect(stories).to_have_count(tagged)
    assert 0 < tagged < 9

    page.reload()
    expect(page.get_by_role("dialog", name="Cookie notice")).to_be_hidden()
    page.get_by_label("Search articles").fill("zebra")
    page.get_by_role("button", name="Search", exact=True).click()
    expect(page).to_have_url(re.compile(r"\?q=zebra$"))
    expect(info).to_have_text("No stories match “zebra”. Try another word.")
    page.get_by_label("Search articles").fill("ferry")
    page.get_by_label("Search articles").press("Enter")
    expect(page.get_by_role("heading", name="Search results for “ferry”")).to_be_visible()
    titles = page.locator("#stories h2").all_inner_texts()
    assert titles and any("ferry" in title.lower() for title in titles)


def test_article_comments_and_newsletter(page: Page, sites_url: str) -> None:
    page.goto(f"{sites_url}/news/index.html?category=tech")
    title = page.locator("#stories h2 a").first.inner_text()
    page.get_by_role("link", name=title).click()
    expect(page).to_have_url(re.compile(r"/news/article\.html\?slug=[a-z-]+$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    assert len(page.locator("article.full > p:not(.dek):not(.byline):not(.tags):not(.meta)").all()) >= 6

    heading = page.locator("#comments-h")
    before = int(heading.inner_text().split()[0])
    page.get_by_role("button", name="Post comment").click()
    expect(page.get_by_text("Please tell us your name.")).to_be_visible()
    expect(page.get_by_text("Write something before posting.")).to_be_visible()
    page.get_by_label("Name").fill("Rosa")
    page.get_by_label("Your comment").fill("Too short")
    page.get_by_role("button", name="Post comment").click()
    expect(page.get_by_text("Comments must be at least 10 characters.")).to_be_visible()
    page.get_by_label("Your comment").fill("A thoughtful and long enough comment.")
    page.get_by_role("button", name="Post comment").click()
    expect(page.locator(".comment").last).to_contain_text("A thoughtful and long enough comment.")
    expect(heading).to_contain_text(str(before + 1))
    expect(page.get_by_label("Name")).to_have_value("")
    page.reload()
    expect(page.locator(".comment").last).to_contain_text("Rosa")

    page.get_by_label("Your email").fill("nope")
    page.get_by_role("button", name="Sign up").click()
    expect(page.get_by_text("Please enter a valid email address.")).to_be_visible()
    page.get_by_label("Your email").fill("reader@example.com")
    page.get_by_role("button", name="Sign up").click()
    expect(page.get_by_text("Thanks! The Morning Brief will arrive at reader@example.com.")).to_be_visible()

    page.goto(f"{sites_url}/news/article.html?slug=missing")
    expect(page.get_by_role("heading", name="We couldn't find that story")).to_be_visible()
