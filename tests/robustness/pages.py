"""Hostile pages built on the fly (never stored): many buttons, tens of megabytes of catalogue."""

from __future__ import annotations

from pathlib import Path

CARD = (
    '<div class="card"><h3>Product {i}</h3><p>Description of product number {i}, with a few more words to '
    "make the line as long as a shop's.</p><button>Add {i}</button></div>\n"
)


def buttons_page(path: Path, count: int) -> Path:
    """A page of `count` buttons in one run, and a line of text after them."""
    buttons = "".join(f"<button>Button {i}</button>" for i in range(count))
    path.write_text(f"<html><body><h1>Many</h1>{buttons}<p>Done</p></body></html>", encoding="utf-8")
    return path


def catalogue_page(path: Path, megabytes: float) -> Path:
    """A catalogue of product cards about `megabytes` MB long, ending with the line "End of list"."""
    target, cards, size, i = int(megabytes * 1_000_000), [], 0, 0
    while size < target:
        card = CARD.format(i=i)
        cards.append(card)
        size, i = size + len(card), i + 1
    path.write_text(f"<html><body><h1>Catalogue</h1>{''.join(cards)}<p>End of list</p></body></html>")
    return path
