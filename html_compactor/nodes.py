"""The page tree both modes build (static from lxml, live from the page model) and the outline renders."""

from __future__ import annotations

from dataclasses import dataclass, field

# Roles that open an indented block in the outline.
CONTAINER_ROLES = frozenset(
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
        "list",
        "table",
        "tablist",
        "tabpanel",
        "menu",
        "menubar",
        "toolbar",
        "tree",
        "radiogroup",
        "grid",
        "heading",
    ]
)
# Roles that mark one repeated unit (a list item, a table row, a card in a grid) rather than a block.
ITEM = "item"
TEXT = "text"
# A part the page's stylesheet hides until it is opened (a dropdown menu, a dialog): its controls by name.
COLLAPSED = "collapsed"


@dataclass(slots=True, eq=False)
class Node:
    """One outline-worthy thing: an actionable element, a container, an item, an image or a run of text."""

    role: str
    name: str = ""
    level: int | None = None
    states: dict[str, object] = field(default_factory=dict)
    children: list[Node] = field(default_factory=list)
    handle: object = None
    actionable: bool = False
    signature: str = ""  # items with equal signatures in a run are "similar siblings" and may fold
    title: str = ""  # an element's tooltip when it says more than its name: a name it also answers to
