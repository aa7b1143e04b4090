"""Helpers for compactor tests: the saved-page corpus and a static stand-in for the runtime's resolver."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"


def corpus_pages(folder: str, largest: int) -> list[Path]:
    """The `largest` gzipped pages of a corpus folder, or a skip when the corpus is absent."""
    pages = sorted((CORPUS / folder).glob("*.html.gz"), key=lambda p: p.stat().st_size)
    if not pages:
        pytest.skip(f"corpus not found at {CORPUS / folder}; put the shared corpus beside the checkout")
    return pages[-largest:]


def read_page(path: Path) -> bytes:
    return gzip.open(path).read()


def norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def level(query: str, value: str) -> int | None:
    """0 exact, 1 whole word, 2 substring, None: the runtime's match levels (docs/selectors.md)."""
    if not query or query not in value:
        return None
    if query == value:
        return 0
    return 1 if re.search(rf"(?<!\w){re.escape(query)}(?!\w)", value) else 2


def resolve_static(outline, name: str, near: str | None) -> int | None:
    """Resolve a printed name the way testgen's runtime does, with document order standing in for boxes.

    Best match level wins; ties are broken by the distance (in lines) to the best-matching `near` text;
    a tie that remains is unresolved (None).
    """
    lines = outline.layout.lines
    query = norm(name.removesuffix("…"))
    ranked = []
    for element in outline.elements.values():
        found = level(query, norm(element.name))
        if found is not None:
            ranked.append((found, element))
    if not ranked:
        return None
    best = min(r for r, _ in ranked)
    candidates = [e for r, e in ranked if r == best]
    if len(candidates) == 1:
        return candidates[0].id
    if near is None:
        return None
    anchors = [(level(norm(near), norm(line.name)), i) for i, line in enumerate(lines)
               if line.role in ("text", "heading", "img") or line.element_id is not None]
    anchors = [(lv, i) for lv, i in anchors if lv is not None]
    if not anchors:
        return None
    top = min(lv for lv, _ in anchors)
    spots = [i for lv, i in anchors if lv == top]
    scored = sorted((min(abs(e.line - s) for s in spots), e.id) for e in candidates)
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None
    return scored[0][1]
