"""Real saved pages: a query keeps what it names under a tight budget; the folded outline keeps every name."""

from __future__ import annotations

import pytest

from html_compactor import compact
from tests.compactor.conftest import CORPUS, read_page


def listing(name: str) -> bytes:
    path = CORPUS / "listing-pages" / f"{name}.html.gz"
    if not path.exists():
        pytest.skip(f"corpus page {path} not found; put the shared corpus beside the checkout")
    return read_page(path)


def last_distinct_link(outline) -> str:
    """The name of the last link on the page that no other element shares (the bottom of the listing)."""
    names = [e.name for e in outline.elements.values()]
    links = [e for e in outline.elements.values() if e.role == "link" and len(e.name) > 25]
    return next(e.name for e in reversed(links) if names.count(e.name) == 1)


@pytest.mark.parametrize("page", ["ebay_de", "amazon_de_search"])
def test_a_quoted_name_at_the_bottom_of_a_2mb_listing_survives_a_512_token_budget(page):
    data = listing(page)
    assert len(data) > 1_500_000
    every = compact(data, fold=False)
    name = last_distinct_link(every)
    quoted = name[:40].rstrip()
    outline = compact(data, budget=512, query=f'Click "{quoted}" and check the price')
    assert outline.tokens() <= 512
    shown = [outline.elements[i] for i in outline.shown_ids]
    assert any(e.name == name for e in shown), (quoted, outline.text[-600:])
    assert f'[{next(e.id for e in shown if e.name == name)}] link' in outline.text


@pytest.mark.parametrize("page", ["ebay_de", "amazon_de_search"])
def test_the_folded_outline_still_names_every_element(page):
    data = listing(page)
    every = compact(data, fold=False)
    folded = compact(data)
    assert len(folded.text) < 0.9 * len(every.text)
    text = folded.text.replace('\\"', '"').replace("\\\\", "\\")
    missing = [e.name for e in every.elements.values() if e.name and e.name[:110] not in text]
    assert missing == []
