"""Every named actionable line resolves, by the runtime's rules, to the element it stands for."""

from __future__ import annotations

import pytest

from html_compactor import compact
from tests.compactor.conftest import corpus_pages, read_page, resolve_static


def unresolved(outline) -> list[str]:
    wrong = []
    for element in outline.elements.values():
        if element.name and resolve_static(outline, element.name, element.near) != element.id:
            wrong.append(f"[{element.id}] {element.role} {element.name!r} near={element.near!r}")
    return wrong


@pytest.mark.parametrize("folder,count", [("product-pages", 3), ("listing-pages", 2)])
def test_corpus_names_resolve_to_their_elements(folder, count):
    for path in corpus_pages(folder, count):
        outline = compact(read_page(path))
        named = [e for e in outline.elements.values() if e.name]
        wrong = unresolved(outline)
        # Some pages print one name for several links to one place (logo and title); those stay ties.
        assert len(wrong) <= 0.05 * len(named), (path.name, wrong[:10])


def test_example_shop_names_resolve(sites_url):
    import urllib.request

    for page in ("/shop/", "/shop/cart.html", "/widgets/"):
        html = urllib.request.urlopen(sites_url + page).read()
        outline = compact(html)
        assert outline.elements, page
        assert unresolved(outline) == [], page
