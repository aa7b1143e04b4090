"""Say how to reach an element whose name is not unique on the page: `near=` a unique text beside it.

Reaching rule (the one the runtime applies, in document order for static pages): among the elements with the
same name, prefer those that share the anchor's section, then take the one closest to the text given as
`near`; the text is matched like a name (exact, then whole word, then substring), and only the best-matching
texts count as anchors. For each duplicate we take the nearest line that has a short anchor (its first words,
as few as make them unique on the page), in whose section (the headings and named sections above it) no
namesake sits deeper than this element, and to which this element is the single closest of its namesakes
unless it alone sits deepest.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection
from dataclasses import replace

from html_compactor.layout import Layout, Line, quote

NEAR_WINDOW = 12  # lines looked at on each side
OFFSETS = sorted(range(-NEAR_WINDOW, NEAR_WINDOW + 1), key=lambda o: (abs(o), o > 0))  # nearest first
NEAR_MAX_WORDS = 6  # an anchor is at most this many words of a line's text
NEAR_MAX_CHARS = 40  # and at most this long: anchors are read by the model on every duplicate
NEAR_MIN_CHARS = 8  # shorter prefixes ("Keep") read poorly; a whole short text is fine
MAX_RIVALS = 64  # a prefix whose rarest word is on more lines than this is not tried
WORD = re.compile(r"\w+")
ANCHOR_ROLES = frozenset(("text", "heading", "img"))


def anchor_source(line: Line) -> str:
    """The casefolded text a line offers as an anchor ("" for container headers)."""
    if line.element_id is None and line.role not in ANCHOR_ROLES:
        return ""
    return " ".join(line.name.split()).casefold()


def match_level(query: str, value: str) -> int | None:
    """0 exact, 1 whole word, 2 substring, None: how the runtime ranks a text match."""
    at = value.find(query)
    if at < 0:
        return None
    if query == value:
        return 0
    while at >= 0:
        end = at + len(query)
        if not (at and is_word(value[at - 1])) and not (end < len(value) and is_word(value[end])):
            return 1
        at = value.find(query, at + 1)
    return 2


def is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


class Anchors:
    """Finds, per line, the shortest leading words of its text that no other line matches as well."""

    def __init__(self, lines: list[Line]) -> None:
        self.texts = [anchor_source(line) for line in lines]
        self.by_word: dict[str, set[int]] = {}
        for i, text in enumerate(self.texts):
            for word in set(WORD.findall(text)):
                self.by_word.setdefault(word, set()).add(i)
        self.cache: dict[int, str | None] = {}

    def shortest(self, index: int) -> str | None:
        """The casefolded anchor for line `index`, or None when no short prefix of it is unique."""
        if index not in self.cache:
            self.cache[index] = self._find(index)
        return self.cache[index]

    def _find(self, index: int) -> str | None:
        text = self.texts[index]
        if not text:
            return None
        words = text.split(" ")
        for count in range(1, min(len(words), NEAR_MAX_WORDS) + 1):
            prefix = " ".join(words[:count])
            if len(prefix) > NEAR_MAX_CHARS:
                return None
            tokens = WORD.findall(prefix)
            if not tokens or (len(prefix) < NEAR_MIN_CHARS and count < len(words)):
                continue
            own = match_level(prefix, text)
            holders = sorted((self.by_word.get(t, set()) for t in tokens), key=len)
            if len(holders[0]) > MAX_RIVALS:
                continue  # words this common make no anchor; looking further would cost quadratic time
            rivals = holders[0].intersection(*holders[1:]) - {index}
            if own is not None and own < 2 and not any(
                (level := match_level(prefix, self.texts[r])) is not None and level <= own for r in rivals
            ):
                return prefix
        return None


def add_near(layout: Layout, unseen: Collection[int] = ()) -> None:
    """Set `near` on every element whose (case-insensitive) name is shared with another element. An anchor
    in a line of `unseen` (folded away) is taken only when no shown line offers one: the reader sees the text
    a `near=` names wherever the page allows."""
    lines = layout.lines
    keys = {element.line: " ".join(element.name.split()).casefold() for element in layout.elements.values()}
    by_name: dict[str, list[int]] = {}
    for line, key in keys.items():
        if key:
            by_name.setdefault(key, []).append(line)
    duplicates = {name: sorted(positions) for name, positions in by_name.items() if len(positions) > 1}
    if not duplicates:
        return
    anchors = Anchors(lines)
    sections = {element.line: element.section for element in layout.elements.values()}
    for element_id, element in list(layout.elements.items()):
        at = element.line
        positions = duplicates.get(keys[at])
        if not positions:
            continue
        j = nearest_anchor(at, positions, anchors, lines, sections, unseen)
        if j is None and unseen:
            j = nearest_anchor(at, positions, anchors, lines, sections, ())
        if j is not None:
            near = original_case(lines[j].name, anchors.shortest(j))
            layout.elements[element_id] = replace(element, near=near)
            lines[at].body += " near=" + quote(near)


def nearest_anchor(
    at: int,
    positions: list[int],
    anchors: Anchors,
    lines: list[Line],
    sections: dict[int, tuple[str, ...]],
    unseen: Collection[int],
) -> int | None:
    """The line whose anchor reaches the element on line `at` among its namesakes at `positions`, or None."""
    texts, total = anchors.texts, len(lines)
    for offset in OFFSETS[1:]:  # OFFSETS[0] is the element itself
        j = at + offset
        if not 0 <= j < total or not texts[j] or j in unseen or anchors.shortest(j) is None:
            continue
        place = anchor_section(lines[j])
        # Namesakes further than the window from the anchor sit in other sections on real pages.
        nearby = positions[bisect.bisect_left(positions, j - 2 * NEAR_WINDOW) :
                           bisect.bisect_right(positions, j + 2 * NEAR_WINDOW)]
        depths = {p: shared_depth(sections[p], place) for p in nearby}
        deepest = max(depths.values())
        alone = [p for p, depth in depths.items() if depth == deepest] == [at]
        if depths[at] < deepest or not (alone or single_closest(positions, j, abs(offset))):
            continue
        return j
    return None


def anchor_section(line: Line) -> tuple[str, ...]:
    """The section an anchor line opens or sits in: a heading opens its own."""
    return line.section + ((line.name,) if line.role == "heading" else ())


def shared_depth(section: tuple[str, ...], other: tuple[str, ...]) -> int:
    """How many leading sections two section paths share."""
    depth = 0
    for mine, theirs in zip(section, other, strict=False):
        if mine != theirs:
            break
        depth += 1
    return depth


def single_closest(positions: list[int], anchor: int, distance: int) -> bool:
    """Whether exactly one of the sorted `positions` lies `distance` lines from `anchor`, and none closer."""
    k = bisect.bisect_left(positions, anchor)
    gaps = sorted(abs(p - anchor) for p in positions[max(0, k - 2) : k + 2])
    return gaps[0] == distance and (len(gaps) == 1 or gaps[1] > distance)


def original_case(name: str, anchor: str) -> str:
    """The anchor as the page writes it: the same leading words of `name`, whitespace collapsed."""
    words = " ".join(name.split()).split(" ")
    return " ".join(words[: len(anchor.split(" "))])
