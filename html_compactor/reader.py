"""Reading an outline back: the lines of `Outline.text` as objects, for code that holds only the text.

The inverse of `budget.render` for what a reader needs: each element line's id, role, name, `near=` anchor
and options, and each text line's words. `Outline.lines` reads its own text once, so the generator takes
objects across the seam; training reads the outlines stored in records with the same function.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ELEMENT_LINE = re.compile(r'^\s*(?:- )?\[(\d+)\] ([a-z]+)(?: "((?:[^"\\]|\\.)*)")?(.*)$')
TEXT_LINE = re.compile(r'^\s*(?:- )?(?:heading \d+ |img )?"((?:[^"\\]|\\.)*)"\s*$')
NEAR = re.compile(r' near="((?:[^"\\]|\\.)*)"')
OPTIONS = re.compile(r" options: (.*?)(?: \(\+\d+ more\))?$")


def unescape(text: str) -> str:
    """The string inside an outline literal, escapes undone."""
    return re.sub(r"\\(.)", r"\1", text)


@dataclass(frozen=True)
class OutlineLine:
    """One line of an outline: an element (`id`, `role`, `name`) or a text line (`text`)."""

    index: int
    raw: str
    id: int | None = None
    role: str = ""
    name: str = ""
    near: str | None = None
    options: tuple[str, ...] = ()
    text: str | None = None


def read_outline(text: str) -> list[OutlineLine]:
    """Every line of an outline, with the element or text it shows."""
    lines = []
    for index, raw in enumerate(text.splitlines()):
        element = ELEMENT_LINE.match(raw)
        if element:
            rest = element.group(4)
            near = NEAR.search(rest)
            options = OPTIONS.search(rest)
            lines.append(
                OutlineLine(
                    index,
                    raw,
                    int(element.group(1)),
                    element.group(2),
                    unescape(element.group(3) or ""),
                    unescape(near.group(1)) if near else None,
                    tuple(o.strip() for o in options.group(1).split(", ")) if options else (),
                )
            )
            continue
        words = TEXT_LINE.match(raw)
        lines.append(OutlineLine(index, raw, text=unescape(words.group(1)) if words else None))
    return lines
