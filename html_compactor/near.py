"""Say how to reach an element whose name is not unique on the page: `near=` a unique text beside it.

Reaching rule (the one the runtime applies, in document order for static pages): among the elements with the
same name, take the one closest to the text given as `near`. For each duplicate we pick the nearest line whose
text occurs once on the page and for which this element is the single closest of its namesakes.
"""

from __future__ import annotations

from dataclasses import replace

from html_compactor.layout import Layout, Line, quote

NEAR_WINDOW = 12  # lines looked at on each side
NEAR_MAX_CHARS = 80  # longer texts make poor anchors


ANCHOR_ROLES = frozenset(("text", "heading", "img"))


def anchor_text(line: Line) -> str:
    """The casefolded text a line offers as an anchor ("" for container headers and long texts)."""
    if line.element_id is None and line.role not in ANCHOR_ROLES:
        return ""
    return line.name.casefold() if line.name and len(line.name) <= NEAR_MAX_CHARS else ""


def add_near(layout: Layout) -> None:
    """Set `near` on every element whose (case-insensitive) name is shared with another element."""
    lines = layout.lines
    by_name: dict[str, list[int]] = {}
    for element in layout.elements.values():
        if element.name:
            by_name.setdefault(element.name.casefold(), []).append(element.line)
    duplicates = {name: positions for name, positions in by_name.items() if len(positions) > 1}
    if not duplicates:
        return
    counts: dict[str, int] = {}
    for line in lines:
        text = anchor_text(line)
        if text:
            counts[text] = counts.get(text, 0) + 1
    for element_id, element in list(layout.elements.items()):
        positions = duplicates.get(element.name.casefold())
        if not positions:
            continue
        at = element.line
        for offset in sorted(range(-NEAR_WINDOW, NEAR_WINDOW + 1), key=lambda o: (abs(o), o > 0)):
            j = at + offset
            if offset == 0 or not 0 <= j < len(lines):
                continue
            text = anchor_text(lines[j])
            if not text or counts.get(text) != 1 or any(text in lines[p].name.casefold() for p in positions):
                continue
            distances = sorted(abs(p - j) for p in positions)
            if distances[0] == abs(offset) and (len(distances) == 1 or distances[1] > distances[0]):
                near = lines[j].name
                layout.elements[element_id] = replace(element, near=near)
                lines[at].body += " near=" + quote(near)
                break
