"""Target resolution: which element of the page model a step's words point at.

The precedence is documented rule by rule, with examples, in docs/selectors.md; keep the two in step.
"""

from __future__ import annotations

import difflib
import logging
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from html_compactor.page_model import Element, PageModel, normalize_text
from testgen.reading.positions import read_position
from testgen.step import TARGET_ROLES, quote

log = logging.getLogger("testgen.runtime")

INTERACTIVE_ROLES = frozenset({
    "button", "link", "checkbox", "radio", "switch", "tab", "menuitem", "menuitemcheckbox", "menuitemradio",
    "option", "textbox", "searchbox", "combobox", "listbox", "slider", "spinbutton", "treeitem", "gridcell",
})
CONTAINER_ROLES = frozenset({
    "dialog", "alertdialog", "form", "region", "group", "list", "listitem", "row", "table", "grid",
    "navigation", "main", "banner", "contentinfo", "complementary", "search", "article", "tabpanel", "menu",
    "menubar", "listbox", "radiogroup", "toolbar", "tree", "rowgroup", "figure",
})
# Groups `select` chooses in by clicking one of their items, with the role of those items.
CHOICE_GROUPS = {"radiogroup": "radio", "tree": "treeitem", "tablist": "tab"}
EXACT, WHOLE_WORD, SUBSTRING = 0, 1, 2
# A `title` (tooltip) is a name too, after the accessible name: ranked between whole-word and substring.
TITLE_EXACT, TITLE_WORD, LOOSE = 2, 3, 4
KIND_WORDS = {
    "clickable": "clickable element",
    "fillable": "text field",
    "selectable": "dropdown, list box, radio group, tree or tab list",
    "checkable": "checkbox, radio button or switch",
    "field": "form field",
    "text": "visible text",
    "scope": "section",
}

Box = tuple[float, float, float, float]


@dataclass
class Resolution:
    """The outcome of a search: the best element (maybe hidden or disabled; the caller waits) and rivals."""

    element: Element | None
    ranked: list[Element] = field(default_factory=list)  # every match, best first
    ties: list[Element] = field(default_factory=list)  # the matches as good as the best (ambiguity)
    missing: str = ""  # set when a `near=` anchor or a `within` section itself was not found

    @property
    def ready(self) -> bool:
        """Whether the best match can be acted on now (visible and enabled)."""
        return self.element is not None and self.element.visible and self.element.enabled


def match_level(query: str, value: str) -> int | None:
    """EXACT, WHOLE_WORD or SUBSTRING for normalised strings, None when `query` is not in `value`."""
    if not query or query not in value:
        return None
    if query == value:
        return EXACT
    if re.search(rf"(?<!\w){re.escape(query)}(?!\w)", value):
        return WHOLE_WORD
    return SUBSTRING


def resolve_option(options: list[str], wanted: str) -> str | None:
    """The option `wanted` names: the one with exactly its text, else the only one holding it as whole
    words in any case ("business" names "Business – $20/seat/month"); None when none or several do."""
    norm = normalize_text(wanted)
    exact = [option for option in options if normalize_text(option) == norm]
    if exact:
        return exact[0]
    loose = [
        option
        for option in options
        if match_level(norm.casefold(), normalize_text(option).casefold()) in (EXACT, WHOLE_WORD)
    ]
    return loose[0] if len(loose) == 1 else None


def box_distance(a: Box, b: Box) -> float:
    """Gap between two boxes in CSS pixels (0 when they touch or overlap)."""
    dx = max(0.0, a[0] - (b[0] + b[2]), b[0] - (a[0] + a[2]))
    dy = max(0.0, a[1] - (b[1] + b[3]), b[1] - (a[1] + a[3]))
    return math.hypot(dx, dy)


def fits(element: Element, kind: str) -> bool:
    """Whether an element is of the kind a verb acts on (a text field for fill, and so on)."""
    roles = TARGET_ROLES.get(kind)
    if roles is None:
        return element.role != "none" or kind == "text"
    if kind == "selectable" and element.role in CHOICE_GROUPS:
        return True
    if element.role not in roles:
        return False
    if kind == "fillable":  # a native <select> is a combobox you cannot type into
        return element.tag != "select"
    return True


def _level(model: PageModel, element: Element, kind: str, query: str) -> tuple[int, bool] | None:
    """Best match level over the element's name, text and title, and whether a name of its own gave it.
    Levels: EXACT, WHOLE_WORD, TITLE_EXACT, TITLE_WORD, then LOOSE (a substring of the name or text)."""
    name, text = model.folded[element.id]
    levels = []
    if kind != "text":
        level = match_level(query, name)
        if level is not None:
            levels.append((LOOSE if level == SUBSTRING else level, True))
        if element.title:
            level = match_level(query, normalize_text(element.title))
            if level in (EXACT, WHOLE_WORD):
                levels.append((TITLE_EXACT if level == EXACT else TITLE_WORD, True))
    if kind == "text" or TARGET_ROLES.get(kind) is None:  # fields answer to their name only
        level = match_level(query, text)
        if level is not None:
            levels.append((LOOSE if level == SUBSTRING else level, False))
    return min(levels, key=lambda found: (found[0], not found[1])) if levels else None


def _matches(
    model: PageModel, query: str, kind: str, inside: int | None
) -> list[tuple[tuple[int, int, int, int], Element]]:
    """Every element of `kind` whose name or text holds `query`, ranked (visible, match, enabled, role)."""
    norm_query = normalize_text(query)
    found: dict[int, tuple[int, int, int, int]] = {}
    by_text: set[int] = set()  # matched through descendants' text, not through a name of their own
    for element in model.elements:
        if inside is not None and (element.id == inside or not model.contains(inside, element.id)):
            continue
        if kind == "text" and not element.visible:
            continue
        if not fits(element, kind):
            continue
        matched = _level(model, element, kind, norm_query)
        if matched is None:
            continue
        level, by_name = matched
        if not by_name:
            by_text.add(element.id)
        if kind == "scope":
            role_rank = 0 if element.role in CONTAINER_ROLES else 1
        elif kind == "text":
            role_rank = 0
        else:
            role_rank = 0 if element.role in INTERACTIVE_ROLES else 1
        found[element.id] = (0 if element.visible else 1, level, 0 if element.enabled else 1, role_rank)
    # A container whose text matches only because a matching descendant sits inside it is not a rival,
    # unless it is a control and the descendant only its words (a switch reading "Read" in a <span>).
    acting = kind not in ("text", "scope")
    redundant = {
        a for i in found for a in model.ancestors(i)
        if a in by_text and a in found and not (acting and found[a][3] == 0 and found[i][3] == 1)
    }
    if acting:  # the words inside a button are the button, enabled or not
        redundant.update(
            i for i, rank in found.items()
            if rank[3] == 1 and any(a in found and found[a][3] == 0 for a in model.ancestors(i))
        )
    for element_id in redundant:
        del found[element_id]
    return [(rank, model.elements[i]) for i, rank in found.items()]


def _scope(model: PageModel, query: str, inside: int | None) -> int | None:
    """The section a `within` block names: a named container, or the block around a heading or label."""
    matches = _matches(model, query, "scope", inside)
    if not matches:
        return None
    _, element = min(matches, key=lambda m: (m[0], m[1].id))
    if element.role in CONTAINER_ROLES:
        return element.id
    own_length = len(model.full_text(element.id))
    for ancestor in model.ancestors(element.id):
        if ancestor == inside or len(model.full_text(ancestor)) > own_length:
            return ancestor
    return element.id


def resolve_scope(model: PageModel, within: Sequence[str]) -> int | None:
    """The id of the innermost section that nested `within` blocks name, or None when one is missing."""
    inside: int | None = None
    for scope in within:
        inside = _scope(model, scope, inside)
        if inside is None:
            return None
    return inside


def resolve_target(
    model: PageModel,
    target: str,
    kind: str = "clickable",
    *,
    near: str | None = None,
    within: Sequence[str] = (),
    previous: Box | None = None,
) -> Resolution:
    """Find the element `target` names for a verb of `kind` (a key of testgen.step.TARGET_ROLES).

    `within` lists the targets of the enclosing `with I.within(...)` blocks, outermost first;
    `previous` is the box of the last step's element, used to break ties.
    """
    inside = resolve_scope(model, within)
    if within and inside is None:
        return Resolution(None, missing=f"no section named {quote(within[-1])} (within)")
    matches = _matches(model, target, kind, inside)
    if not matches and kind != "text":
        return resolve_position(model, target, kind, inside)
    if not matches:
        return Resolution(None)
    anchors: list[Element] = []
    if near is not None:
        anchor_matches = _matches(model, near, "text", None)
        if not anchor_matches:
            return Resolution(None, missing=f"nothing on the page reads {quote(near)} (near=)")
        best = min(rank for rank, _ in anchor_matches)
        anchors = [el for rank, el in anchor_matches if rank == best]

    apart = _apart_from_anchors(model, matches, anchors)

    def near_distance(element: Element) -> float:
        return min((box_distance(element.box, a.box) for a in anchors), default=0.0)

    def sort_key(match: tuple[tuple[int, int, int, int], Element]) -> tuple:
        rank, element = match
        from_previous = box_distance(element.box, previous) if previous else 0.0
        return (*rank, element.id in apart, round(near_distance(element)), from_previous, element.id)

    matches.sort(key=sort_key)
    best_rank = sort_key(matches[0])[:6]
    ties = [m[1] for m in matches if sort_key(m)[:6] == best_rank]
    return Resolution(matches[0][1], [el for _, el in matches], ties if len(ties) > 1 else [])


def resolve_position(model: PageModel, target: str, kind: str, inside: int | None) -> Resolution:
    """An element no name matches, named by role and position ("2nd text field", "last button", "the
    checkbox"): the visible elements of that role that a `kind` verb acts on, counted in page order. A role
    named without a position must be the only one; otherwise nothing is found and the error lists them."""
    position = read_position(target)
    if position is None:
        return Resolution(None)
    counted = [
        element
        for element in model.elements
        if element.visible
        and element.role in position.roles
        and fits(element, kind)
        and (inside is None or (element.id != inside and model.contains(inside, element.id)))
    ]
    if position.index is None:
        return Resolution(counted[0] if len(counted) == 1 else None, counted, counted[1:] and counted)
    at = position.index - 1 if position.index > 0 else len(counted) + position.index
    if not 0 <= at < len(counted):
        return Resolution(None, counted)
    return Resolution(counted[at], [counted[at]])


def _apart_from_anchors(
    model: PageModel, matches: list[tuple[tuple[int, int, int, int], Element]], anchors: list[Element]
) -> set[int]:
    """Ids of the matches that share no section with an anchor. A match shares the anchor's section when
    the smallest container holding both holds no other equally ranked match (the card, row or form group
    around a heading and its own button); `near=` prefers those, then the nearest."""
    if not anchors:
        return set()
    groups: dict[tuple[int, int, int, int], list[int]] = {}
    for rank, element in matches:
        groups.setdefault(rank, []).append(element.id)
    apart = set()
    for rank, element in matches:
        rivals = [i for i in groups[rank] if i != element.id]
        if not any(_shares_section(model, element.id, anchor.id, rivals) for anchor in anchors):
            apart.add(element.id)
    return apart


def _shares_section(model: PageModel, element_id: int, anchor_id: int, rivals: list[int]) -> bool:
    """Whether the smallest container of `element_id` and `anchor_id` holds none of `rivals`."""
    around_anchor = {anchor_id, *model.ancestors(anchor_id)}
    common = next(i for i in (element_id, *model.ancestors(element_id), -1) if i in around_anchor or i < 0)
    if common < 0:
        return False  # in different frames' trees: no common section
    return not any(model.contains(common, rival) for rival in rivals)


def warn_ties(call: str, resolution: Resolution) -> None:
    """Log (logger `testgen.runtime`) which equally good elements a step chose between."""
    if resolution.ties and resolution.element is not None:
        rivals = ", ".join(el.describe() for el in resolution.ties[:6])
        log.warning(
            "%s matched %d elements equally well (%s); chose %s, the nearest to the previous step. "
            "Add near=\"...\" or a `with I.within(...)` block to choose.",
            call, len(resolution.ties), rivals, resolution.element.describe(),
        )


def closest_candidates(model: PageModel, target: str, kind: str, count: int = 3) -> list[Element]:
    """The elements whose names read most like `target` (difflib ratio), for error messages."""
    wanted = normalize_text(target)
    pool: dict[tuple[str, str], Element] = {}
    for element in model.elements:
        if not fits(element, kind) or not (element.visible or kind not in ("text", "clickable")):
            continue
        label = element.name or element.text
        if label and len(label) <= 200 and (element.role, label) not in pool:
            pool[(element.role, label)] = element
    matcher = difflib.SequenceMatcher(b=wanted, autojunk=False)

    def score(item: tuple[tuple[str, str], Element]) -> float:
        matcher.set_seq1(normalize_text(item[0][1]))
        return matcher.ratio()

    ranked = sorted(pool.items(), key=score, reverse=True)
    return [element for _, element in ranked[:count]]
