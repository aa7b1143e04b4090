"""Live mode on the example sites: real visibility, shadow DOM, iframes, agreement with static mode, and
the round trip: each printed name (with its near=) is what the runtime's resolver takes to that element."""

from __future__ import annotations

import urllib.request

import pytest

from html_compactor import compact, compact_page, diff
from html_compactor.page_model import snapshot

pytestmark = pytest.mark.browser

ROUND_TRIP_PAGES = ("/shop/", "/shop/cart.html", "/shop/login.html", "/widgets/", "/ariaapp/", "/bank/")


def kind_of(role: str) -> str:
    """The verb kind a tester would use on an element of this role (keys of testgen.step.TARGET_ROLES)."""
    if role in ("textbox", "searchbox", "spinbutton", "slider"):
        return "fillable"
    if role in ("combobox", "listbox"):
        return "selectable"
    if role in ("checkbox", "radio", "switch", "menuitemcheckbox", "menuitemradio"):
        return "checkable"
    return "clickable"


def misses(page) -> list[str]:
    """Printed elements that the runtime's resolver does not take back to the same page-model element."""
    from testgen.runtime.resolve import resolve_target

    outline = compact_page(page, fold=False)
    model = snapshot(page)
    wrong = []
    for element in outline.elements.values():
        if not element.name:
            continue
        found = resolve_target(model, element.name, kind_of(element.role), near=element.near)
        if found.element is None or found.element.id != element.handle:
            got = found.element.describe() if found.element else "nothing"
            wrong.append(f"[{element.id}] {element.role} {element.name!r} near={element.near!r} -> {got}")
    return wrong


@pytest.mark.parametrize("path", ROUND_TRIP_PAGES)
def test_printed_names_resolve_to_their_elements_with_the_runtime_resolver(page, sites_url, path):
    page.goto(sites_url + path)
    assert compact_page(page).elements, path
    assert misses(page) == []


def test_shadow_dom_and_iframe_content_present(page, sites_url):
    page.goto(sites_url + "/widgets/")
    text = compact_page(page).text
    assert 'textbox "Nickname"' in text  # inside an open shadow root
    assert 'textbox "Your name"' in text  # inside a same-origin iframe


def test_hidden_tab_content_appears_after_opening_its_tab_and_diff_says_so(page, sites_url):
    page.goto(sites_url + "/widgets/")
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


def test_a_navigation_during_the_read_is_waited_out(page, sites_url):
    """Enter in a search box submits and replaces the document while the page model is read."""
    page.goto(f"{sites_url}/shop/")
    calls = []

    class Navigating:
        def __init__(self, real):
            self.real = real

        def evaluate(self, script):
            calls.append(script)
            if len(calls) == 1:
                page.get_by_label("Search products").fill("boots")
                page.get_by_label("Search products").press("Enter")
                raise RuntimeError(
                    "Page.evaluate: Execution context was destroyed, most likely because of a navigation"
                )
            return self.real.evaluate(script)

        def __getattr__(self, name):
            return getattr(self.real, name)

    model = snapshot(Navigating(page))
    assert len(calls) == 2 and "q=boots" in model.url

    class Failing:
        def evaluate(self, script):
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):  # any other failure is the caller's to see
        snapshot(Failing())


def test_static_names_are_the_page_models_names_for_icons_images_and_boxes(page):
    body = """<main><a href="/deal"><img src="x.png" alt="Black deal"><span>Black deal</span></a>
    <a href="/p">Jacket <span>70 €</span><svg role="img" aria-labelledby="t"><title id="t">truck</title></svg>
    <span>Fast delivery</span></a>
    <button type="button"><svg><title>Close</title><path d="M0"/></svg></button>
    <a href="/c"><input type="checkbox" value="on">Compare</a></main>"""
    static = compact(f"<html><body>{body}</body></html>")
    page.set_content(f"<html><body>{body}</body></html>")
    model = snapshot(page)
    live = {e.name for e in model.elements if e.role in ("link", "button")}
    printed = {e.name for e in static.elements.values()}
    assert printed == live == {"Black dealBlack deal", "Jacket 70 €truck Fast delivery", "Close", "Compare"}
