"""Names a tester uses that real pages taught us: a tooltip names an icon link, and `near=` reads the
section around its anchor before pixel distance. Each rule is checked on a real page model, in the runtime,
the live outline and the static outline alike."""

from __future__ import annotations

import pytest

from html_compactor import compact, compact_page
from html_compactor.page_model import snapshot
from testgen.runtime.resolve import resolve_target

pytestmark = pytest.mark.browser

ICON_LINKS = """<header><a href="#help" title="Help and contact">?</a>
<a href="#cart" title="Your bag">&#128722;</a> <a href="#helpful">Helpful tips</a></header>"""


def clicked(page, target: str, **options):
    resolution = resolve_target(snapshot(page), target, "clickable", **options)
    return resolution.element


def test_an_icon_link_answers_to_its_title(page):
    page.set_content(ICON_LINKS)
    element = clicked(page, "Help and contact")
    assert element is not None and element.tag == "a" and element.name == "?"
    assert clicked(page, "your bag").title == "Your bag"


def test_a_name_beats_a_title_and_a_title_beats_a_substring(page):
    page.set_content(ICON_LINKS + '<button title="Tips">Tips and tricks</button><button>Tips</button>')
    assert clicked(page, "Tips").text == "Tips"  # the name "Tips" beats the title "Tips"
    assert clicked(page, "Help").name == "?"  # title "Help and contact" (whole word) beats "Helpful tips"


def test_the_outline_prints_a_title_that_says_more_than_the_name(page):
    page.set_content(ICON_LINKS)
    for text in (compact(ICON_LINKS).text, compact_page(page).text):
        assert 'link "?" title="Help and contact"' in text
        assert 'link "Helpful tips"' in text and "Helpful tips\" title" not in text


STACKED_CARDS = """<style>.card { margin: 0 0 4px; padding: 0 } .card p { margin: 0 } h3 { margin: 0 }
.card button { display: block; margin: 60px 0 0 }</style>
<main>
  <div class="card"><h3>Alpha project</h3><p>Owner Ann</p><button>Edit</button></div>
  <div class="card"><h3>Beta project</h3><p>Owner Bob</p><button>Edit</button></div>
</main>"""

TABLE_ROWS = """<table>
  <tr><td>Apple</td><td>3 kg</td><td><button>Remove</button></td></tr>
  <tr><td>Pear</td><td>2 kg</td><td><button>Remove</button></td></tr>
  <tr><td>Plum</td><td>1 kg</td><td><button>Remove</button></td></tr>
</table>"""

FORM_GROUPS = """<style>fieldset { border: 0; margin: 0; padding: 0 } legend { padding: 0 }
label { display: block; margin-top: 60px } input { display: block }</style>
<form>
  <fieldset><legend>Billing address</legend><label>Street <input name="b"></label></fieldset>
  <fieldset><legend>Shipping address</legend><label>Street <input name="s"></label></fieldset>
</form>"""


def test_near_prefers_the_card_of_the_anchor_over_a_closer_button(page):
    page.set_content(STACKED_CARDS)
    model = snapshot(page)
    edits = [e for e in model.elements if e.name == "Edit"]
    beta = next(e for e in model.elements if e.name == "Beta project")
    # The layout this rule exists for: the first card's button is nearer the second heading in pixels.
    assert beta.box[1] - (edits[0].box[1] + edits[0].box[3]) < edits[1].box[1] - (beta.box[1] + beta.box[3])
    element = resolve_target(model, "Edit", near="Beta project").element
    assert element.id == edits[1].id
    assert resolve_target(model, "Edit", near="Alpha project").element.id == edits[0].id


@pytest.mark.parametrize("fruit", ["Apple", "Pear", "Plum"])
def test_near_picks_the_button_of_the_anchors_table_row(page, fruit):
    page.set_content(TABLE_ROWS)
    model = snapshot(page)
    element = resolve_target(model, "Remove", near=fruit).element
    row = next(e for e in model.elements if e.role == "row" and fruit in model.full_text(e.id))
    assert model.contains(row.id, element.id)


def test_near_fills_the_field_of_the_anchors_form_group(page):
    page.set_content(FORM_GROUPS)
    model = snapshot(page)
    billing = next(e for e in model.elements if e.tag == "input")
    shipping = next(e for e in model.elements if e.name == "Shipping address" and e.tag == "legend")
    assert shipping.box[1] - (billing.box[1] + billing.box[3]) < 30  # the other group's field is closer
    for legend, name in (("Shipping address", "s"), ("Billing address", "b")):
        element = resolve_target(model, "Street", "fillable", near=legend).element
        assert page.evaluate("i => window.__testgenNodes[i].name", element.id) == name


def test_near_without_a_shared_section_still_takes_the_nearest(page):
    page.set_content('<p>Total</p><button>OK</button><div style="height:300px"></div><button>OK</button>')
    model = snapshot(page)
    oks = [e for e in model.elements if e.name == "OK"]
    assert resolve_target(model, "OK", near="Total").element.id == oks[0].id


@pytest.mark.parametrize("html", [STACKED_CARDS, TABLE_ROWS])
def test_the_outlines_near_hints_reach_their_own_elements(page, html):
    page.set_content(html)
    model = snapshot(page)
    outline = compact_page(page)
    duplicated = [e for e in outline.elements.values() if e.near]
    assert len(duplicated) >= 2
    for element in duplicated:
        assert resolve_target(model, element.name, near=element.near).element.id == element.handle
