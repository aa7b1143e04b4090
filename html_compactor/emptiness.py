"""Why a page with text gave an (almost) empty outline: a warning that names the cause, never silence."""

from __future__ import annotations

from lxml import etree

from html_compactor import aria
from html_compactor.static_tree import describe, text_size

MIN_TEXT = 200  # characters of readable text that make an empty outline suspicious
FEW_LINES = 2  # an outline of at most this many lines counts as nearly empty
SHOWN_SHARE = 0.1  # when it also prints less than this share of the page's text


def emptiness_warning(root: etree._Element, lines: int, shown: int) -> str | None:
    """A warning naming the cause when the outline has at most FEW_LINES lines and `shown` characters, far
    less than the page's text."""
    if lines > FEW_LINES:
        return None
    body = root.find("body")
    start = body if body is not None else root
    size = text_size(start)
    noscript = sum(len("".join(el.itertext()).strip()) for el in start.iter("noscript"))
    if size < MIN_TEXT:
        if noscript:
            return (
                "the outline is empty: the page's content is built by a script, and its HTML holds only a "
                "<noscript> message; outline the live page (--url) instead"
            )
        return None
    if shown >= SHOWN_SHARE * size:
        return None
    hiders = outermost_hidden(start)
    hidden = sum(text_size(el) for el in hiders)
    if hiders and hidden >= size / 2:
        worst = max(hiders, key=text_size)
        return (f"the outline has {lines} lines although the page holds {size} characters of text: "
                f"{hidden} of them sit in parts the markup hides, the largest {describe(worst)}")
    return (f"the outline has {lines} lines although the page holds {size} characters of text; check the "
            "page's charset and that it is the page you meant")


def outermost_hidden(start: etree._Element) -> list[etree._Element]:
    """The outermost elements under `start` that the markup hides (`hidden`, `aria-hidden`, inline style)."""
    found = []
    walker = etree.iterwalk(start, events=("start",))
    for _, el in walker:
        if el.tag in aria.NEVER_RENDERED:
            walker.skip_subtree()
        elif aria.is_hidden(el):
            found.append(el)
            walker.skip_subtree()
    return found
