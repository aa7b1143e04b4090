"""Choose which lines to print: everything, or the most useful lines within a token budget.

Order of worth (highest first): lines containing a quoted string of the query (always kept), lines naming the
query's words or numbers, headings, form controls and buttons, main-content links and text, then navigation,
header and footer. Folding drops items past the first few of every run of similar siblings; query matches
inside a folded run stay. Kept lines always bring their ancestors, so every line keeps its context.
"""

from __future__ import annotations

from html_compactor.config import CompactorConfig
from html_compactor.layout import TITLE_CHARS, Layout, Line, cut, quote
from html_compactor.near import match_level
from html_compactor.query import Query
from html_compactor.tokens import TokenCounter

MUST = 1_000_000.0
ROLE_WORTH = {
    "heading": 60.0,
    "textbox": 50.0,
    "searchbox": 50.0,
    "combobox": 50.0,
    "listbox": 45.0,
    "checkbox": 45.0,
    "radio": 45.0,
    "switch": 45.0,
    "slider": 40.0,
    "spinbutton": 45.0,
    "button": 45.0,
    "form": 50.0,
    "dialog": 70.0,
    "alertdialog": 70.0,
    "main": 55.0,
    "link": 30.0,
    "tab": 35.0,
    "text": 25.0,
    "img": 10.0,
}
PERIPHERAL = ("navigation", "banner", "contentinfo", "complementary")


def query_worth(lines: list[Line], query: Query) -> list[float]:
    """Per line: MUST for a quoted string, else 100 per query word divided by how many lines hold the word,
    plus 100 divided by how many lines bear the name when the sentence says the line's whole name."""
    if not query:
        return [0.0] * len(lines)
    matched = [query.matched_words(line.name or line.body) for line in lines]
    frequency: dict[str, int] = {}
    for words in matched:
        for word in words:
            frequency[word] = frequency.get(word, 0) + 1
    worth = [sum(100.0 / frequency[w] for w in words) for words in matched]
    named = [bool(line.name) and query.says(line.name) for line in lines]
    bearers: dict[str, int] = {}
    for line, said in zip(lines, named, strict=True):
        if said:
            bearers[line.name] = bearers.get(line.name, 0) + 1
    for i, (line, said) in enumerate(zip(lines, named, strict=True)):
        if said:
            worth[i] += 100.0 / bearers[line.name]
    if query.quoted:
        for i, line in enumerate(lines):
            if query.must_keep(line.name or line.body):
                worth[i] = MUST
    return worth


def line_worth(line: Line, index: int, total: int, relevance: float) -> float:
    """How much a line is worth keeping: its relevance to the query, then its role and place."""
    if relevance >= MUST:
        return MUST
    worth = ROLE_WORTH.get(line.role, 20.0) + relevance
    if line.role == "heading":
        worth += 10.0 if line.body.startswith("heading 1") else 0.0
    if any(part.startswith(PERIPHERAL) for part in line.section):
        worth -= 25.0
    return worth - 10.0 * index / max(total, 1)  # earlier lines win ties


def folded_lines(layout: Layout, config: CompactorConfig, fold_min: int) -> set[int]:
    """Lines inside items past the first `fold_keep` of runs at least `fold_min` long."""
    folded: set[int] = set()
    for (run, index), (first, last) in layout.spans.items():
        if layout.runs[run] >= fold_min and index >= config.fold_keep:
            folded.update(range(first, last + 1))
    return folded


def select_lines(
    layout: Layout,
    config: CompactorConfig,
    *,
    budget: int | None,
    query: Query,
    fold: bool,
    count: TokenCounter,
) -> list[bool]:
    """Which lines to print: all (no budget, no fold), or the worthiest that fit with their ancestors."""
    lines = layout.lines
    total = len(lines)
    if budget is None and not fold:
        return [True] * total
    folded = folded_lines(layout, config, config.fold_min if budget is not None else config.full_fold_min)
    relevance = query_worth(lines, query)
    # Inside a folded run only lines the query singles out (a quoted string, or a word few lines share) stay.
    candidates = [i for i in range(total) if i not in folded or relevance[i] >= 50.0]
    if budget is None:
        chosen = [False] * total
        for i in candidates:
            mark_with_ancestors(lines, chosen, i)
        # An item partly shown (its first line heads lines outside it) is shown whole, so no name is lost.
        for first, last in sorted(layout.spans.values(), key=lambda span: span[0] - span[1]):
            if any(chosen[first : last + 1]) and not all(chosen[first : last + 1]):
                for i in range(first, last + 1):
                    mark_with_ancestors(lines, chosen, i)
        return chosen
    worth = {i: line_worth(lines[i], i, total, relevance[i]) for i in candidates}
    order = sorted(candidates, key=lambda i: (-worth[i], i))
    costs = [count(line_text(line)) for line in lines]
    limit = budget
    for _ in range(4):  # shrink the limit until the rendered text (with its fold lines) fits
        chosen = fill(lines, order, worth, costs, limit)
        overshoot = count(render(layout, chosen)) - budget
        if overshoot <= 0:
            break
        limit -= overshoot + budget // 20
    return chosen


def fill(
    lines: list[Line], order: list[int], worth: dict[int, float], costs: list[int], limit: int
) -> list[bool]:
    """Take lines in order of worth while they fit (with their ancestors); MUST lines always."""
    chosen = [False] * len(lines)
    used = 0
    for i in order:
        if chosen[i]:
            continue
        cost, j = 0, i
        while j >= 0 and not chosen[j]:
            cost += costs[j]
            j = lines[j].parent
        if worth[i] >= MUST or used + cost <= limit:
            used += cost
            mark_with_ancestors(lines, chosen, i)
    return chosen


def mark_with_ancestors(lines: list[Line], chosen: list[bool], index: int) -> None:
    while index >= 0 and not chosen[index]:
        chosen[index] = True
        index = lines[index].parent


def line_text(line: Line) -> str:
    """A line as printed: indentation, item dash, `[id]` for elements, then the body."""
    marker = f"[{line.element_id}] " if line.element_id is not None else ""
    return "  " * line.depth + ("- " if line.dash else "") + marker + line.body


def render(layout: Layout, chosen: list[bool], name_chars: int | None = None) -> str:
    """The text of the chosen lines; each stretch of items left out becomes one `… N more items` line.

    With `name_chars`, that line also lists the names (and tooltips) of the elements left out which the text
    does not already show (each cut at `name_chars`, none that another listed name holds as a whole word), so
    every name on the page stays readable.
    """
    lines, out = layout.lines, []
    pending = None  # [depth, count, noun, names] of items left out just before the current line
    shown: set[str] = set()
    i, total = 0, len(lines)
    while i < total:
        omitted = first_omitted_item(layout, chosen, i)
        if omitted is not None:
            run, end = omitted
            if layout.runs[run] > 1:
                depth = lines[i].depth
                if not (pending and pending[0] == depth):
                    flush_fold(out, pending, shown)
                    pending = [depth, 0, layout.nouns[run], {}]
                pending[1] += 1
                if name_chars is not None:
                    for line in lines[i : end + 1]:
                        if line.element_id is not None:
                            title = layout.elements[line.element_id].title  # a name it answers to too
                            for name in (cut(line.name, name_chars), cut(title, TITLE_CHARS)):
                                if name:
                                    pending[3].setdefault(name, None)
                        for name in line.listed:  # already cut
                            pending[3].setdefault(name, None)
            i = end + 1
            continue
        if chosen[i]:
            flush_fold(out, pending, shown)
            pending = None
            out.append(line_text(lines[i]))
            if lines[i].element_id is not None:
                shown.add(lines[i].name)
        i += 1
    flush_fold(out, pending, shown)
    return "\n".join(out) + ("\n" if out else "")


def flush_fold(out: list[str], pending: list | None, shown: set[str]) -> None:
    """Append the fold line for `pending` (if any): the count, then the names not yet shown."""
    if not pending:
        return
    depth, count, noun, names = pending
    listed = unrepeated([name for name in names if name not in shown])
    shown.update(listed)
    text = "  " * depth + f"… {count} more {plural(noun) if count > 1 else noun}"
    out.append(text + (": " + ", ".join(map(quote, listed)) if listed else ""))


def unrepeated(names: list[str]) -> list[str]:
    """`names` less those another of them contains as written: a card's title link inside the name of its
    price link. Every name's text stays on the line, so a reader can still say it."""
    kept: list[int] = []
    longer = ""  # the kept names, longest first, each closed by a separator no name holds
    for k in sorted(range(len(names)), key=lambda k: -len(names[k])):
        if (level := match_level(names[k], longer)) is None or level > 1:  # not a whole word of a kept one
            kept.append(k)
            longer += names[k] + "\x00"
    return [names[k] for k in sorted(kept)]


def plural(noun: str) -> str:
    return noun + ("es" if noun.endswith(("s", "x")) else "s")


def first_omitted_item(layout: Layout, chosen: list[bool], i: int) -> tuple[int, int] | None:
    """(run, last line) of the outermost item starting at line `i` none of whose lines are chosen."""
    for key in sorted(layout.starts.get(i, ()), key=lambda key: -layout.spans[key][1]):
        first, last = layout.spans[key]
        parent = layout.lines[first].parent
        if not any(chosen[first : last + 1]) and (parent < 0 or chosen[parent]):
            return key[0], last
    return None
