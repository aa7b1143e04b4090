"""Build the page tree from an lxml document: one iterative pass, never recursing on DOM depth."""

from __future__ import annotations

from lxml import etree

from html_compactor import aria
from html_compactor.nodes import COLLAPSED, CONTAINER_ROLES, ITEM, TEXT, Node

CELL_BREAK = "\x00"  # separates table cells inside one row's text until the row is flushed
ITEM_ROLES = frozenset(("listitem", "row", "article"))
# Text a person could read: not inside scripts, styles and the like.
READABLE_TEXT = etree.XPath(
    ".//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]",
    smart_strings=False,
)
PAGE_SHARE = 0.5  # a stylesheet rule hiding this share of the page's text hides the page until a script runs
PAGE_TEXT = 200  # and at least this many characters of it (a menu is more than half of a tiny page)


def text_size(el: etree._Element) -> int:
    """Characters of readable text in `el`'s subtree, whitespace not counted."""
    return sum(len(text.strip()) for text in READABLE_TEXT(el))


def describe(el: etree._Element) -> str:
    """`<div id="app" class="page">`: how warnings name an element."""
    attributes = "".join(f' {key}="{el.get(key)[:40]}"' for key in ("id", "class") if el.get(key))
    return f"<{el.tag}{attributes}>"


def collapsed_controls(el: etree._Element, context: aria.NameContext) -> Node:
    """The links, buttons and fields inside a part the page's stylesheet hides until opened (a menu, a
    dialog): still targets once opened, so listed by name, without their text."""
    node = Node(COLLAPSED, handle=el)
    walker = etree.iterwalk(el, events=("start",))
    for _, inner in walker:
        if aria.is_hidden(inner) or inner.tag == "svg":
            walker.skip_subtree()
            continue
        role = aria.role_of(inner)
        if role in aria.ACTIONABLE_ROLES and not aria.wraps_controls(inner):
            name = aria.accessible_name(inner, role, context)
            if name:
                node.children.append(Node(role, name, handle=inner))
            walker.skip_subtree()
    return node


def repeated_children(el: etree._Element, fold_min: int) -> set[etree._Element]:
    """Children of `el` that share a tag and class with at least `fold_min - 1` siblings (cards in a grid)."""
    counts: dict[tuple[str, str | None], int] = {}
    for child in el:
        key = (child.tag, child.get("class"))
        counts[key] = counts.get(key, 0) + 1
    frequent = {key for key, count in counts.items() if count >= fold_min}
    return {child for child in el if (child.tag, child.get("class")) in frequent} if frequent else set()


def label_is_used(label: etree._Element, context: aria.NameContext) -> bool:
    """A label whose text names a control (by `for` or by wrapping it) is printed as that control's name."""
    target = label.get("for")
    if target and context.by_id(target) is not None:
        return True
    return any(True for _ in label.iter("input", "select", "textarea"))


def build_tree(root: etree._Element, fold_min: int = 6, warnings: list[str] | None = None) -> Node:
    """Walk the document once and return the `document` node of the page tree.

    A part the page's own stylesheet hides becomes a `collapsed` node listing its controls; a stylesheet rule
    that hides most of the page (until a script runs) is overruled, and said so in `warnings`."""
    context = aria.NameContext(root)
    body = root.find("body")
    start = body if body is not None else root
    document = Node("document", handle=start)
    page_text: list[int] = []  # the page's text size, measured once when first needed
    landmark = next(start.iter("main", "h1"), None)  # a page-hiding wrapper holds the main content

    def hides_page(el: etree._Element) -> bool:
        """Whether `el` is the page itself (not a dialog or panel holding much text, like cookie settings)."""
        if el is start or el.tag in ("html", "body"):
            return True
        if landmark is not None and el is not landmark and el not in landmark.iterancestors():
            return False
        if not page_text:
            page_text.append(text_size(start))
        size = text_size(el)
        return size >= PAGE_TEXT and size >= PAGE_SHARE * page_text[0]

    stack: list[tuple[etree._Element | None, Node]] = [(None, document)]
    buffer: list[str] = []
    items: set[etree._Element] = set()

    def flush() -> None:
        if not buffer:
            return
        raw = "".join(buffer)
        buffer.clear()
        node = stack[-1][1]
        if node.role == "heading":
            return  # a heading's text is its name
        if CELL_BREAK in raw:
            text = " | ".join(part for part in map(aria.normalize, raw.split(CELL_BREAK)) if part)
        else:
            text = aria.normalize(raw)
        if text and not (node.children and node.children[-1].role == TEXT and node.children[-1].name == text):
            node.children.append(Node(TEXT, text))

    walker = etree.iterwalk(start, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if event == "end":
            if stack[-1][0] is el:
                flush()
                stack.pop()
            elif tag in ("td", "th"):
                buffer.append(CELL_BREAK)
            elif tag in aria.BLOCK_TAGS:
                flush()
            if el.tail:
                buffer.append(el.tail)
            continue
        # Without a <body>, lxml may have put the whole page into <head>.
        if aria.is_hidden(el) and not (tag == "head" and body is None):
            walker.skip_subtree()
            continue
        if context.styled_hidden(el):
            if hides_page(el):
                context.shown.add(el)
                if warnings is not None:
                    warnings.append(
                        f"the page's own stylesheet hides {describe(el)}, most of the page, until a script "
                        "shows it; it is read as shown"
                    )
            else:
                flush()
                collapsed = collapsed_controls(el, context)
                if collapsed.children:
                    stack[-1][1].children.append(collapsed)
                walker.skip_subtree()
                continue
        if tag == "svg":  # an icon: an image line when it is labelled as one, its insides never
            if aria.role_of(el) == "img":
                name = aria.accessible_name(el, "img", context)
                if name:
                    flush()
                    stack[-1][1].children.append(Node("img", name, handle=el))
            walker.skip_subtree()
            continue
        if tag == "details" and el.get("open") is None:
            summary = el.find("summary")
            flush()
            if summary is not None:
                node = Node(
                    "button",
                    aria.accessible_name(summary, "button", context),
                    handle=summary,
                    actionable=True,
                    states={"expanded": False},
                )
                stack[-1][1].children.append(node)
            walker.skip_subtree()
            continue
        if tag == "label" and label_is_used(el, context):
            flush()
            for control in el.iter("input", "select", "textarea", "button"):
                if not context.hidden(control):
                    role = aria.role_of(control)
                    name = aria.accessible_name(control, role, context)
                    stack[-1][1].children.append(
                        Node(
                            role,
                            name,
                            states=aria.states_of(control, role),
                            handle=control,
                            actionable=True,
                            title=aria.extra_title(control, name),
                        )
                    )
            walker.skip_subtree()
            continue
        if len(el) >= fold_min:
            items |= repeated_children(el, fold_min)
        role = aria.role_of(el)
        if role in aria.ACTIONABLE_ROLES and not aria.wraps_controls(el):
            flush()
            name = aria.accessible_name(el, role, context)
            node = Node(
                role,
                name,
                states=aria.states_of(el, role),
                handle=el,
                actionable=True,
                title=aria.extra_title(el, name),
            )
            stack[-1][1].children.append(node)
            walker.skip_subtree()
            continue
        if (tag in aria.BLOCK_TAGS and tag not in ("td", "th")) or role in CONTAINER_ROLES:
            flush()
        if role in CONTAINER_ROLES:
            level = None
            if role == "heading":
                level = int(tag[1]) if tag in ("h1", "h2", "h3", "h4", "h5", "h6") else 2
                if el.get("aria-level", "").isdigit():
                    level = int(el.get("aria-level"))
            name = aria.accessible_name(el, role, context)
            node = Node(role, name, level=level, handle=el, signature=tag)
            stack[-1][1].children.append(node)
            stack.append((el, node))
        elif role in ITEM_ROLES or el in items:
            node = Node(ITEM, handle=el, signature=f"{tag}.{el.get('class') or ''}")
            stack[-1][1].children.append(node)
            stack.append((el, node))
        elif role == "img":
            alt = aria.accessible_name(el, role, context)
            if alt:
                flush()
                stack[-1][1].children.append(Node("img", alt, handle=el))
            continue
        if el.text:
            buffer.append(el.text)
    flush()
    return document
