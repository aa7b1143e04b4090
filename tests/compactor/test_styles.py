"""The stylesheet pass: which rules it reads from a sheet, and what they hide on each page."""

from __future__ import annotations

from html_compactor import compact
from html_compactor.styles import css_rules

SHEET = """
/* .commented { display: none } */
.plain { color: red }
.gone { DISPLAY: NONE }
@media (max-width: 600px) { .narrow { display: none } }
.menu { display: none } .menu.open { display: block }
"""


def test_scan_reads_only_rules_that_hide_or_show_and_marks_media_ones():
    found = {selectors: nested for selectors, _, nested in css_rules(SHEET)}
    assert found == {".gone": False, ".narrow": True, ".menu": False, ".menu.open": False}


def test_unclosed_and_stray_braces_do_not_break_the_scan():
    assert [r[0] for r in css_rules("} .a { display: none } .b { display: none")] == [".a"]


def page(style: str, body: str) -> str:
    return f"<html><head><style>{style}</style></head><body>{body}</body></html>"


def test_one_stylesheet_hides_by_what_each_page_holds():
    style = ".drawer .item { display: none } .hidden-here { display: none }"
    with_drawer = compact(page(style, '<div class="drawer"><p class="item">Secret</p></div><p>Kept</p>'))
    without = compact(page(style, '<div class="panel"><p class="item">Secret</p></div><p>Kept</p>'))
    assert "Secret" not in with_drawer.text and "Kept" in with_drawer.text
    assert "Secret" in without.text


def test_descendant_rules_reach_deep_and_sibling_elements():
    style = "#root .off { display: none }"
    nested = "<div>" * 50 + '<p class="off">Deep</p><p class="off">Twin</p><p>Shown</p>' + "</div>" * 50
    inside = compact(page(style, f'<section id="root">{nested}</section>'))
    outside = compact(page(style, f'<section id="other">{nested}</section><b id="root"></b>'))
    assert "Deep" not in inside.text and "Twin" not in inside.text and "Shown" in inside.text
    assert "Deep" in outside.text and "Twin" in outside.text


def test_a_stylesheet_inside_noscript_hides_nothing():
    html = (
        "<html><head></head><body><noscript><style>div,span{display:none}</style></noscript>"
        '<div><a href="/r">Result one</a> <a href="/l">Weiter auf <span>Deutsch</span> anzeigen</a></div>'
        "</body></html>"
    )
    outline = compact(html)
    assert 'link "Result one"' in outline.text and "Weiter auf Deutsch anzeigen" in outline.text
    assert "collapsed" not in outline.text


def test_a_folded_item_lists_the_names_its_collapsed_parts_hold():
    items = "".join(
        f'<li><a href="/{i}">Item {i}</a><div class="pop"><button>Option {i}</button></div></li>'
        for i in range(12)
    )
    outline = compact(page(".pop { display: none }", f"<main><ul>{items}</ul></main>"))
    fold = next(line for line in outline.text.splitlines() if "more items" in line)
    assert '"Item 11"' in fold and '"Option 11"' in fold
    assert 'collapsed: "Option 0"' in outline.text
