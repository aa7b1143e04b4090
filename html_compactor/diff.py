"""What an action changed on the page: elements and text that appeared, changed state, or vanished.

Elements are matched by identity that survives re-rendering (role, name, section path, and the occurrence
number among equal keys), never by the numeric id, which shifts when anything above it changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from html_compactor.layout import Element, Line, quote, state_words
from html_compactor.outline import Outline


@dataclass(frozen=True)
class Change:
    """One difference. `before`/`after` are the outline lines (without ids for vanished elements)."""

    kind: str  # "appeared", "changed" or "vanished"
    role: str
    name: str
    section: tuple[str, ...]
    before: str | None
    after: str | None
    element_id: int | None  # the id in the current outline (None for vanished)


@dataclass(frozen=True)
class OutlineDiff:
    """The changes between two outlines of the same page, in current document order."""

    changes: tuple[Change, ...]

    def __bool__(self) -> bool:
        return bool(self.changes)

    def of_kind(self, kind: str) -> list[Change]:
        return [c for c in self.changes if c.kind == kind]

    @property
    def text(self) -> str:
        """`+ [ids] line` for appeared, `~ line (was …)` for changed, `- line` for vanished."""
        out = []
        for change in self.changes:
            if change.kind == "appeared":
                out.append("+ " + change.after)
            elif change.kind == "changed":
                out.append(f"~ {change.after} (was: {change.before})")
            else:
                out.append("- " + change.before)
        return "\n".join(out) + ("\n" if out else "")


def keyed_entries(outline: Outline) -> dict[tuple, tuple[str, Line, Element | None]]:
    """Every line of the outline that is an element or text, under a stable key."""
    entries: dict[tuple, tuple[str, Line, Element | None]] = {}
    seen: dict[tuple, int] = {}
    for line in outline.layout.lines:
        if line.element_id is None and line.role not in ("text", "heading", "img"):
            continue
        base = (line.role, line.name, line.section)
        occurrence = seen.get(base, 0)
        seen[base] = occurrence + 1
        element = outline.elements.get(line.element_id) if line.element_id is not None else None
        entries[base + (occurrence,)] = (describe(line, element), line, element)
    return entries


def describe(line: Line, element: Element | None) -> str:
    """A line without its id, so the same element reads the same in both outlines."""
    if element is None:
        return line.body
    return element.role + (" " + quote(element.name) if element.name else "") + state_words(element.states, 3)


def diff(previous: Outline, current: Outline) -> OutlineDiff:
    """Compare two outlines of one page (before and after an action)."""
    before, after = keyed_entries(previous), keyed_entries(current)
    changes: list[Change] = []
    for key, (text, _line, element) in after.items():
        role, name, section = key[0], key[1], key[2]
        shown = f"[{element.id}] {text}" if element else text
        if key not in before:
            changes.append(Change("appeared", role, name, section, None, shown, element and element.id))
        elif before[key][0] != text:
            changes.append(
                Change("changed", role, name, section, before[key][0], shown, element and element.id)
            )
    for key, (text, _line, _element) in before.items():
        if key not in after:
            changes.append(Change("vanished", key[0], key[1], key[2], text, None, None))
    return OutlineDiff(tuple(changes))
