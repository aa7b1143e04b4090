"""Live mode on the example widgets page: real visibility, shadow DOM, iframes, agreement with static mode."""

from __future__ import annotations

import urllib.request

import pytest

from html_compactor import compact, compact_page, diff

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def page(sites_url):
    playwright_api = pytest.importorskip("playwright.sync_api")
    from testgen.browser import launch_browser
    from testgen.errors import BrowserNotFound

    with playwright_api.sync_playwright() as playwright:
        try:
            browser = launch_browser(playwright)
        except BrowserNotFound as err:
            pytest.skip(f"no browser: {err}")
        page = browser.new_page()
        page.goto(sites_url + "/widgets/")
        yield page
        browser.close()


def test_shadow_dom_and_iframe_content_present(page):
    text = compact_page(page).text
    assert 'textbox "Nickname"' in text  # inside an open shadow root
    assert 'textbox "Your name"' in text  # inside a same-origin iframe


def test_hidden_tab_content_appears_after_opening_its_tab_and_diff_says_so(page):
    before = compact_page(page)
    yearly_panel = page.locator("[role=tabpanel]:not([hidden])").inner_text()
    assert yearly_panel.split("\n")[0] in before.text
    tab = next(e for e in before.elements.values() if e.role == "tab" and e.name == "Yearly")
    assert 'tabpanel "Yearly"' not in before.text
    page.get_by_role("tab", name="Yearly").click()
    after = compact_page(page)
    assert 'tabpanel "Yearly"' in after.text
    changes = diff(before, after)
    assert any(c.kind == "changed" and c.name == "Yearly" for c in changes.changes)
    assert any(c.kind == "appeared" for c in changes.changes)
    assert tab.handle >= 0


def test_live_and_static_agree_on_roles_and_names(page, sites_url):
    static = compact(urllib.request.urlopen(sites_url + "/widgets/").read())
    page.goto(sites_url + "/widgets/")
    live = compact_page(page)
    static_pairs = {(e.role, e.name) for e in static.elements.values()}
    live_pairs = {(e.role, e.name) for e in live.elements.values()}
    # Static mode cannot enter iframes or shadow roots (script-built); everything it sees, live sees too.
    assert static_pairs <= live_pairs, static_pairs - live_pairs
