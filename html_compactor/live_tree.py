"""Build the page tree from the live page model (`page_model.snapshot`): real visibility, shadows, frames."""

from __future__ import annotations

from html_compactor import aria
from html_compactor.nodes import CONTAINER_ROLES, ITEM, TEXT, Node
from html_compactor.page_model import PageModel

ITEM_ROLES = frozenset(("listitem", "row", "article"))
FORM_TAGS = frozenset(("input", "select", "textarea", "button"))


def wrapped_controls(model: PageModel) -> list[bool]:
    """Per element: it is not a native control yet holds one (a card with role=link around a link)."""
    elements = model.elements
    below = [False] * len(elements)
    for element in reversed(elements):  # children come after their parents
        native = element.tag in aria.NATIVE_CONTROLS and element.role in aria.ACTIONABLE_ROLES
        if element.parent >= 0 and (native or below[element.id]):
            below[element.parent] = True
    return [below[e.id] and e.tag not in aria.NATIVE_CONTROLS for e in elements]


def build_live_tree(model: PageModel, fold_min: int = 6) -> Node:
    """Turn the flat page model into the same tree the static walk builds; handles are page-model ids."""
    elements, children = model.elements, model.children
    wraps = wrapped_controls(model)
    control_names = {aria.normalize(e.name).casefold() for e in elements if e.role in aria.ACTIONABLE_ROLES}
    document = Node("document", handle=-1)
    roots = [e.id for e in elements if e.parent < 0]
    buffer: list[str] = []
    # Work items (action, id, parent node, own node): "close" comes after the children so tails follow them.
    work: list[tuple[str, int, Node, Node]] = [("open", i, document, document) for i in reversed(roots)]

    def flush(into: Node) -> None:
        if not buffer:
            return
        text = aria.normalize("".join(buffer))
        buffer.clear()
        if not text or into.role == "heading":
            return
        if text.casefold() in control_names and into.children and into.children[-1].actionable:
            return  # a label already printed as its control's name
        if not (into.children and into.children[-1].role == TEXT and into.children[-1].name == text):
            into.children.append(Node(TEXT, text))

    while work:
        action, element_id, parent, own = work.pop()
        element = elements[element_id]
        if action == "close":
            if own is not parent or element.tag in aria.BLOCK_TAGS:
                flush(own)
            buffer.append(element.tail)
            continue
        if not element.visible:
            buffer.append(element.tail)
            continue
        role = element.role
        if role in aria.ACTIONABLE_ROLES and not wraps[element_id]:
            flush(parent)
            parent.children.append(
                Node(role, element.name, states=dict(element.states), handle=element_id, actionable=True,
                     title=element.title if aria.distinct(element.title, element.name) else "")
            )
            buffer.append(element.tail)
            continue
        if element.tag == "label" and aria.normalize(model.full_text(element_id)).casefold() in control_names:
            kids = [k for k in children[element_id] if elements[k].tag in FORM_TAGS]
            buffer.append(element.tail)
            work.extend(("open", k, parent, parent) for k in reversed(kids))
            continue
        target = parent
        if element.tag in aria.BLOCK_TAGS or role in CONTAINER_ROLES or role in ITEM_ROLES:
            flush(parent)
        if role in CONTAINER_ROLES:
            target = Node(role, element.name, level=element.level, handle=element_id, signature=element.tag)
            parent.children.append(target)
        elif role in ITEM_ROLES:
            target = Node(ITEM, handle=element_id, signature=element.tag)
            parent.children.append(target)
        elif role == "img" and element.name:
            flush(parent)
            parent.children.append(Node("img", element.name, handle=element_id))
        work.append(("close", element_id, parent, target))
        buffer.append(element.lead)
        work.extend(("open", k, target, target) for k in reversed(children[element_id]))
    flush(document)
    return document
