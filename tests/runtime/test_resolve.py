"""Target resolution rules (docs/selectors.md), each checked on a real page model in headless Chromium."""

from __future__ import annotations

import logging

import pytest

from html_compactor.page_model import snapshot
from testgen.runtime.resolve import resolve_target

pytestmark = pytest.mark.browser


def resolve(page, html: str, target: str, kind: str = "clickable", **options):
    page.set_content(html)
    model = snapshot(page)
    resolution = resolve_target(model, target, kind, **options)
    return model, resolution.element


def marker(element) -> str:
    return element.name or element.text


@pytest.mark.parametrize(
    ("html", "target"),
    [
        ('<label for="u">Username</label><input id="u" data-m="x">', "Username"),
        ('<label>Password <input type="password"></label>', "Password"),
        ('<span id="l">Email address</span><input aria-labelledby="l">', "Email address"),
        ('<input aria-label="Search the shop">', "Search the shop"),
        ('<input placeholder="Phone number">', "Phone number"),
        ('<input title="Postcode">', "Postcode"),
    ],
)
def test_fields_are_found_by_every_kind_of_label(page, html, target):
    _, element = resolve(page, "<p>Other text</p>" + html + '<input aria-label="Decoy">', target, "fillable")
    assert element is not None and element.tag == "input" and element.name == target


@pytest.mark.parametrize(
    ("html", "target", "role"),
    [
        ('<img alt="Company logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width=20 height=20>',
         "Company logo", "img"),
        ('<input type="submit" value="Place order">', "Place order", "button"),
        ('<button title="Close"><svg width="10" height="10"></svg></button>', "Close", "button"),
        ('<a href="#x">Read <b>more</b> news</a>', "Read more news", "link"),
    ],
)
def test_clickables_are_found_by_alt_value_title_and_content(page, html, target, role):
    _, element = resolve(page, html, target)
    assert element is not None and element.role == role


def test_exact_beats_whole_word_beats_substring(page):
    html = "<button>Save draft</button><button>Unsaved</button><button>Save</button>"
    model, element = resolve(page, html, "save")
    assert element.name == "Save"
    resolution = resolve_target(model, "Save", "clickable")
    assert [marker(e) for e in resolution.ranked] == ["Save", "Save draft", "Unsaved"]


def test_case_and_whitespace_do_not_matter(page):
    _, element = resolve(page, "<button>Log\n   in</button><button>Sign up</button>", "  LOG IN ")
    assert element.name == "Log in"


def test_interactive_elements_beat_static_text(page):
    _, element = resolve(page, "<h2>Checkout</h2><p>Checkout</p><a href='#c'>Checkout</a>", "Checkout")
    assert element.role == "link"


def test_hidden_elements_lose_to_visible_ones(page):
    html = """<div style="display:none"><button>Delete</button></div>
              <button style="visibility:hidden">Delete</button>
              <div aria-hidden="true"><button>Delete</button></div>
              <details><button>Delete</button></details>
              <button id="real">Delete</button>"""
    model, element = resolve(page, html, "Delete")
    assert element.visible
    assert page.evaluate("el => el.id", model.handle(element.id)) == "real"
    assert sum(1 for e in resolve_target(model, "Delete").ranked if not e.visible) == 4


def test_disabled_loses_to_enabled(page):
    html = '<button disabled>Next</button><button>Next</button>'
    _, element = resolve(page, html, "Next")
    assert element.enabled


def test_fill_considers_only_text_fields(page):
    html = """<button>Quantity</button><select aria-label="Quantity"><option>1</option></select>
              <input type="checkbox" aria-label="Quantity"><input type="number" aria-label="Quantity">"""
    _, element = resolve(page, html, "Quantity", "fillable")
    assert element.role == "spinbutton"


def test_select_and_check_consider_only_their_kinds(page):
    html = """<input aria-label="Size"><select aria-label="Size"><option>S</option></select>
              <label>Gift wrap <input></label><label><input type="checkbox"> Gift wrap</label>"""
    page.set_content(html)
    model = snapshot(page)
    assert resolve_target(model, "Size", "selectable").element.tag == "select"
    assert resolve_target(model, "Gift wrap", "checkable").element.role == "checkbox"


def test_see_matches_text_split_across_elements(page):
    _, element = resolve(page, "<p>Welcome, <b>bob</b>!</p><p>Other</p>", "Welcome, bob!", "text")
    assert element.tag == "p"


def test_see_ignores_hidden_text(page):
    _, element = resolve(page, '<p style="display:none">Secret</p><p>Public</p>', "Secret", "text")
    assert element is None


def test_iframe_content_is_searched_and_handled(page):
    html = '<button>Outside</button><iframe name="pay" srcdoc="<button>Pay now</button>"></iframe>'
    page.set_content(html)
    page.wait_for_function("document.querySelector('iframe').contentDocument.querySelector('button')")
    model = snapshot(page)
    element = resolve_target(model, "Pay now").element
    assert element.frame == "pay"
    assert model.handle(element.id).text_content() == "Pay now"


def test_open_shadow_roots_are_searched(page):
    html = """<shop-cart></shop-cart><script>
      customElements.define("shop-cart", class extends HTMLElement {
        constructor() { super(); this.attachShadow({mode: "open"}).innerHTML =
          '<label>Coupon <input></label><button>Apply coupon</button>'; }
      });</script>"""
    page.set_content(html)
    model = snapshot(page)
    button = resolve_target(model, "Apply coupon").element
    field = resolve_target(model, "Coupon", "fillable").element
    assert button.shadow and field.shadow and field.tag == "input"
    model.handle(field.id).fill("SAVE10")
    typed = page.evaluate("document.querySelector('shop-cart').shadowRoot.querySelector('input').value")
    assert typed == "SAVE10"


def test_near_picks_the_candidate_closest_to_the_named_text(page):
    html = """<div style="height:300px"><h3>Billing</h3><button>Edit</button></div>
              <div style="height:300px"><h3>Shipping</h3><button>Edit</button></div>"""
    model, _ = resolve(page, html, "Edit")
    element = resolve_target(model, "Edit", near="Shipping").element
    assert element.box[1] > 300
    assert resolve_target(model, "Edit", near="Nowhere").missing


def test_within_limits_the_search_to_a_section(page):
    html = """<ul><li><span>Apple</span> <button>Remove</button></li>
                  <li><span>Pear</span> <button>Remove</button></li></ul>
              <section aria-label="Wishlist"><button>Remove</button></section>
              <section><h2>Cart</h2><button>Remove</button><p>2 items</p></section>"""
    page.set_content(html)
    model = snapshot(page)

    def li_text(element):
        return model.full_text(element.parent)

    assert li_text(resolve_target(model, "Remove", within=["Pear"]).element) == "Pear Remove"
    wishlist_button = resolve_target(model, "Remove", within=["Wishlist"]).element
    assert model.elements[wishlist_button.parent].name == "Wishlist"
    cart_button = resolve_target(model, "Remove", within=["Cart"]).element
    assert "2 items" in model.full_text(cart_button.parent)
    assert resolve_target(model, "Remove", within=["Cart", "Checkout"]).missing


def test_ties_go_to_the_previous_target_and_are_logged(page, caplog):
    html = """<div style="height:400px"><input aria-label="Name"><button>OK</button></div>
              <div><input aria-label="City"><button>OK</button></div>"""
    model, _ = resolve(page, html, "OK")
    city = resolve_target(model, "City", "fillable").element
    resolution = resolve_target(model, "OK", previous=city.box)
    assert resolution.element.box[1] > 400 and len(resolution.ties) == 2
    from testgen.runtime.resolve import warn_ties

    with caplog.at_level(logging.WARNING, logger="testgen.runtime"):
        warn_ties('click("OK")', resolution)
    assert 'button "OK"' in caplog.text and "2 elements" in caplog.text
    first = resolve_target(model, "OK").element
    assert first.box[1] < 400  # no previous target: document order


def test_a_control_whose_visible_word_is_the_target_stays(page):
    model, element = resolve(page, """<div role="tablist"><button role="tab">To read</button></div>
        <button role="switch" aria-checked="false" aria-labelledby="w t"><span id="w">Read</span></button>
        <span id="t">Piranesi</span>""", "Read")
    assert (element.role, element.name) == ("switch", "Read Piranesi")
