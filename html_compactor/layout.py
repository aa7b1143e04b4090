"""Render a page tree as the outline a tester reads: indented lines, ids on actionable elements.

The grammar is in docs/outline.md. Rendering happens in two steps: `lay_out` turns the tree into every line
the page could show (ids assigned, duplicate names given `near=`), then `Outline.select` keeps what fits a
budget, folding runs of similar siblings to a few plus a count line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from html_compactor.config import CompactorConfig
from html_compactor.nodes import COLLAPSED, ITEM, TEXT, Node

# Containers printed even without a name; the others are printed only when named or holding several items.
ALWAYS_SHOWN = frozenset(
    [
        "banner",
        "navigation",
        "main",
        "complementary",
        "contentinfo",
        "search",
        "form",
        "dialog",
        "alertdialog",
        "heading",
        "tabpanel",
    ]
)
LISTS = frozenset(("list", "table", "grid", "menu", "menubar", "tree", "tablist", "radiogroup", "toolbar"))
SECTION_ROLES = frozenset(
    [
        "banner",
        "navigation",
        "main",
        "complementary",
        "contentinfo",
        "region",
        "search",
        "form",
        "dialog",
        "alertdialog",
        "group",
        "tabpanel",
    ]
)
NEAR_WINDOW = 12
LETTER_OR_DIGIT = re.compile(r"[^\W_]")
TITLE_CHARS = 60  # tooltips are cut shorter than names: the runtime matches their leading words


@dataclass(frozen=True)
class Element:
    """An actionable element of the outline: what its line says, and a handle back to the page."""

    id: int
    role: str
    name: str
    states: dict[str, object]
    handle: object  # static: the lxml element; live: the page-model id
    section: tuple[str, ...]
    near: str | None
    line: int
    title: str = ""  # the tooltip, printed when it says more than the name; the runtime resolves it too

    @property
    def key(self) -> tuple[str, str, tuple[str, ...]]:
        """Identity that survives re-rendering (ids do not): role, name and section path."""
        return (self.role, self.name, self.section)


@dataclass(slots=True)
class Line:
    """One potential outline line; `parent` is the line it hangs under (-1 at the top)."""

    depth: int
    body: str
    parent: int
    role: str
    name: str
    section: tuple[str, ...]
    dash: bool = False
    element_id: int | None = None
    listed: tuple[str, ...] = ()  # a collapsed line: the names it lists


@dataclass
class Layout:
    """Every line of the page in document order, the elements by id, and the runs of similar items."""

    lines: list[Line]
    elements: dict[int, Element]
    runs: list[int] = field(default_factory=list)  # run id -> number of items in the run
    nouns: list[str] = field(default_factory=list)  # run id -> "item", "row", or the role its elements share
    spans: dict[tuple[int, int], list[int]] = field(
        default_factory=dict
    )  # (run, index) -> [first, last] line
    starts: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # line -> items starting there


def quote(text: str) -> str:
    """A double-quoted string; backslashes and quotes inside are escaped."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def state_words(states: dict[str, object], options_shown: int, query: str | None = None) -> str:
    """The states part of an element line, e.g. ` checked disabled value="1" options: S, M (+2 more)`.
    Beyond the first `options_shown`, an option the query names is listed too (the one a task picks)."""
    words = []
    checked = states.get("checked")
    if checked is True:
        words.append("checked")
    elif checked == "mixed":
        words.append("mixed")
    for flag in ("disabled", "selected", "pressed", "required", "readonly"):
        if states.get(flag):
            words.append(flag)
    if "expanded" in states:
        words.append("expanded" if states["expanded"] else "collapsed")
    if states.get("value"):
        words.append("value=" + quote(cut(str(states["value"]), 60)))
    options = states.get("options")
    if options:
        wanted = (query or "").casefold()
        listed = [
            str(o)
            for i, o in enumerate(options)
            if i < options_shown
            or (str(o).strip() and re.search(rf"(?<!\w){re.escape(str(o).casefold())}(?!\w)", wanted))
        ]
        shown = ", ".join(cut(o, 30) for o in listed)
        more = len(options) - len(listed)
        words.append(f"options: {shown}" + (f" (+{more} more)" if more > 0 else ""))
    return (" " + " ".join(words)) if words else ""


def container_label(node: Node) -> str:
    """How a section appears in section paths: `form "Search"`, `navigation`."""
    return f"{node.role} {quote(node.name)}" if node.name else node.role


def actionable_names(node: Node) -> str:
    names, stack = [], list(reversed(node.children))
    while stack:
        child = stack.pop()
        if child.actionable:
            names.append(child.name)
        else:
            stack.extend(reversed(child.children))
    return " ".join(names)


def shown_names(document: Node) -> set[str]:
    """Casefolded names of the actionable elements outside collapsed parts."""
    names, stack = set(), [document]
    while stack:
        node = stack.pop()
        if node.actionable:
            names.add(" ".join(node.name.split()).casefold())
        elif node.role != COLLAPSED:
            stack.extend(node.children)
    return names


def collapsed_names(node: Node, shown: set[str], name_chars: int) -> tuple[str, ...]:
    """The names in a collapsed part that the page does not show elsewhere, each once, for a line such as
    `collapsed: "Guitars", "Drums"`."""
    names: dict[str, None] = {}
    for child in node.children:
        key = " ".join(child.name.split()).casefold()
        if key not in shown:
            shown.add(key)
            names[cut(child.name, name_chars)] = None
    return tuple(names)


def first_title(title: str, printed: set[str]) -> bool:
    """Whether a tooltip is printed here: the first time the page shows it (case-insensitive)."""
    key = title.casefold()
    if not title or key in printed:
        return False
    printed.add(key)
    return True


def lay_out(document: Node, config: CompactorConfig, query: str | None = None) -> Layout:
    """Turn the page tree into lines (iteratively), assign ids, and record runs of similar items.
    `query` (the task) lists the select options it names."""
    layout = Layout([], {})
    shown = shown_names(document)
    titles: set[str] = set()  # tooltips already printed: a card's image, title and price links share one
    lines = layout.lines
    # A frame renders one node's children. line: the line they hang under (None: unwrapped, use the outer
    # frame's; -1: not printed yet). header: the container's line, printed once it has content.
    stack: list[dict] = [
        {
            "children": iter(document.children),
            "depth": 0,
            "line": -1,
            "header": None,
            "section": (),
            "heading": None,
            "item": None,
            "runs": mark_runs(document, layout),
        }
    ]

    def add_line(k: int, body: str, role: str, name: str, element: Node | None) -> int:
        frame = stack[k]
        index = len(lines)
        parent = next(
            (f["line"] for f in reversed(stack[: k + 1]) if f["line"] is not None and f["line"] >= 0), -1
        )
        pending = [f for f in stack[: k + 1] if f["item"] is not None and f["line"] == -1]
        depth, dash = (frame["depth"] - 1, True) if pending else (frame["depth"], False)
        section = frame["section"] + ((frame["heading"],) if frame["heading"] else ())
        line = Line(depth, body, parent, role, name, section, dash)
        for f in pending:
            f["line"] = index
            layout.starts.setdefault(index, []).append(f["item"])
        for f in stack[: k + 1]:
            if f["item"] is not None:
                layout.spans.setdefault(f["item"], [index, index])[1] = index
        if element is not None:
            line.element_id = len(layout.elements) + 1
            layout.elements[line.element_id] = Element(
                line.element_id,
                element.role,
                element.name,
                element.states,
                element.handle,
                section,
                None,
                index,
                element.title,
            )
        lines.append(line)
        return index

    def emit(body: str, role: str, name: str, element: Node | None = None) -> int:
        for k, frame in enumerate(stack):  # containers that now have content print their header first
            if frame["header"] is not None:
                header, frame["header"] = frame["header"], None
                frame["line"] = add_line(k - 1, *header, None)
        return add_line(len(stack) - 1, body, role, name, element)

    while stack:
        frame = stack[-1]
        node = next(frame["children"], None)
        if node is None:
            stack.pop()
            continue
        depth = frame["depth"]
        if node.actionable:
            name = cut(node.name, config.name_chars)
            body = (
                node.role
                + (" " + quote(name) if name else "")
                + (" title=" + quote(cut(node.title, TITLE_CHARS)) if first_title(node.title, titles) else "")
                + state_words(node.states, config.options_shown, query)
            )
            index = emit(body, node.role, node.name, node)
            mark = frame["runs"].get(id(node))
            if mark is not None:  # one of a run of like elements (a menu of links): an item of one line
                layout.spans[mark] = [index, index]
                layout.starts.setdefault(index, []).append(mark)
            continue
        if node.role == TEXT:
            if LETTER_OR_DIGIT.search(node.name):  # a lone "|" or "›" between links says nothing
                emit(quote(cut(node.name, config.text_chars)), TEXT, node.name)
            continue
        if node.role == "img":
            emit("img " + quote(cut(node.name, config.text_chars)), "img", node.name)
            continue
        if node.role == COLLAPSED:
            names = collapsed_names(node, shown, config.name_chars)
            if names:
                listed = ", ".join(map(quote, names))
                lines[emit("collapsed: " + listed, COLLAPSED, listed)].listed = names
            continue
        child = {
            "children": iter(node.children),
            "depth": depth + 1,
            "line": -1,
            "header": None,
            "section": frame["section"],
            "heading": frame["heading"],
            "item": None,
            "runs": mark_runs(node, layout),
        }
        if node.role == ITEM:
            child["item"] = frame["runs"].get(id(node))
            if child["item"] is None:  # an item outside any run renders as plain content
                child["depth"], child["line"] = depth, None
            stack.append(child)
            continue
        header = container_header(node)
        if header is None:
            child["depth"], child["line"] = depth, None
        else:
            child["header"] = (header, node.role, node.name)
        if node.role == "heading":
            frame["heading"] = node.name
            child["section"], child["heading"] = frame["section"] + (node.name,), None
            if not node.children:
                emit(header, node.role, node.name)
                continue
        elif node.role in SECTION_ROLES:
            child["section"], child["heading"] = frame["section"] + (container_label(node),), None
        stack.append(child)
    return layout


def container_header(node: Node) -> str | None:
    """The header line of a container, or None when the container is unwrapped (its lines move up)."""
    items = sum(1 for child in node.children if child.role == ITEM)
    if node.role == "heading":
        if node.children and node.name == actionable_names(node):
            return None  # a heading that is just a link: the link's line says it all
        return f"heading {node.level or 2}" + (" " + quote(node.name) if node.name else "")
    if node.role in LISTS:
        if items < 2 and not node.name:
            return None
        noun = "rows" if node.role in ("table", "grid") else "items"
        return (
            node.role
            + (" " + quote(node.name) if node.name else "")
            + (f" ({items} {noun})" if items else "")
        )
    if node.role in ALWAYS_SHOWN or node.name:
        return node.role + (" " + quote(node.name) if node.name else "")
    return None


def run_signature(node: Node) -> str | None:
    """What makes siblings alike: an item's tag and class, an element's role; None: never in a run."""
    if node.role == ITEM:
        return node.signature
    if node.actionable:
        return "@" + node.role
    return None


def mark_runs(node: Node, layout: Layout) -> dict[int, tuple[int, int]]:
    """Number the runs of consecutive like siblings (items, elements of one role): {id(node): (run, index)}.

    Runs of elements count only from two on; a lone link between texts is no run.
    """
    marks: dict[int, tuple[int, int]] = {}
    children = node.children
    signatures = [run_signature(child) for child in children]
    run_start = 0
    for i in range(len(children) + 1):
        if i < len(children) and i > run_start and signatures[i] == signatures[run_start]:
            continue
        first = signatures[run_start] if run_start < i else None
        if first is not None and (first[0] != "@" or i - run_start > 1):
            run = len(layout.runs)
            layout.runs.append(i - run_start)
            noun = "row" if first.startswith("tr") else first[1:] if first[0] == "@" else "item"
            layout.nouns.append(noun)
            for index in range(run_start, i):
                marks[id(children[index])] = (run, index - run_start)
        run_start = i
    return marks
