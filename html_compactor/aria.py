"""ARIA roles, accessible names and states over lxml elements: the static twin of `page_model.js`.

Names follow the accessible-name rules a browser applies: aria-labelledby, aria-label, the native label
(`<label for>`, a wrapping `<label>`, `alt`, `value`, `<legend>`, `<caption>`), the element's own content for
roles named by content, then `title`, then `placeholder`. Static mode cannot see CSS files, so "hidden" means
what the markup says: `hidden`, `aria-hidden="true"`, inline `display:none` / `visibility:hidden`,
`<input type=hidden>`, closed `<details>` and `<dialog>`, tags that never render, and what the page's own
`<style>` blocks hide (`html_compactor.styles`). An `<svg>` counts by its label or `<title>`, as in a browser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from html_compactor.styles import StyleSheet

NEVER_RENDERED = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "meta",
        "link",
        "title",
        "base",
        "math",
        "object",
        "embed",
        "canvas",
        "audio",
        "video",
        "iframe",
        "frame",
        "frameset",
        "param",
        "source",
        "track",
        "datalist",
        "area",
        "map",
    ]
)
HIDDEN_STYLE = re.compile(  # `-webkit-backface-visibility: hidden` hides nothing
    r"(?<![\w-])(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)"
    r"|opacity\s*:\s*0*(?:\.0*)?\s*(?:;|!|$))",
    re.I,
)
WHITESPACE = re.compile(r"\s+")
SVG_TEXT = etree.XPath(".//text()[not(ancestor::*[local-name()='style' or local-name()='script'])]")

ACTIONABLE_ROLES = frozenset(
    [
        "button",
        "link",
        "textbox",
        "searchbox",
        "combobox",
        "listbox",
        "checkbox",
        "radio",
        "switch",
        "slider",
        "spinbutton",
        "tab",
        "menuitem",
        "menuitemcheckbox",
        "menuitemradio",
        "option",
        "treeitem",
    ]
)
LANDMARK_ROLES = frozenset(
    ["banner", "navigation", "main", "complementary", "contentinfo", "region", "search", "form"]
)
# Roles whose name comes from their content when no label is given.
NAME_FROM_CONTENT = frozenset(
    [
        "button",
        "link",
        "checkbox",
        "radio",
        "switch",
        "tab",
        "menuitem",
        "menuitemcheckbox",
        "menuitemradio",
        "option",
        "treeitem",
        "heading",
        "cell",
        "columnheader",
        "rowheader",
        "row",
        "tooltip",
    ]
)
KNOWN_ROLES = (
    ACTIONABLE_ROLES
    | LANDMARK_ROLES
    | frozenset(
        [
            "heading",
            "list",
            "listitem",
            "table",
            "row",
            "cell",
            "columnheader",
            "rowheader",
            "grid",
            "gridcell",
            "dialog",
            "alertdialog",
            "group",
            "tablist",
            "tabpanel",
            "menu",
            "menubar",
            "toolbar",
            "img",
            "figure",
            "article",
            "alert",
            "status",
            "generic",
            "none",
            "presentation",
            "separator",
            "tree",
            "progressbar",
            "radiogroup",
            "paragraph",
        ]
    )
)
TAG_ROLES = {
    "button": "button",
    "select": "combobox",
    "textarea": "textbox",
    "nav": "navigation",
    "main": "main",
    "aside": "complementary",
    "form": "form",
    "ul": "list",
    "ol": "list",
    "menu": "list",
    "li": "listitem",
    "table": "table",
    "tr": "row",
    "td": "cell",
    "th": "columnheader",
    "dialog": "dialog",
    "fieldset": "group",
    "h1": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "summary": "button",
    "article": "article",
    "figure": "figure",
    "optgroup": "group",
    "option": "option",
    "progress": "progressbar",
    "hr": "separator",
    "search": "search",
    "img": "img",
    "p": "paragraph",
}
INPUT_ROLES = {
    "button": "button",
    "submit": "button",
    "reset": "button",
    "image": "button",
    "file": "button",
    "checkbox": "checkbox",
    "radio": "radio",
    "range": "slider",
    "number": "spinbutton",
    "search": "searchbox",
    "color": "button",
}
INPUT_DEFAULT_NAMES = {"submit": "Submit", "reset": "Reset"}
# Elements that are interactive by their tag; an element given an actionable role that wraps one of these
# (a card with role=link around a link and a button) is read as a container, as the page model does.
NATIVE_CONTROLS = frozenset(["a", "button", "input", "select", "textarea", "summary"])
# Sectioning content: a <header>/<footer> inside one of these is not the page's banner/contentinfo.
SECTIONING = frozenset(["article", "aside", "main", "nav", "section"])
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "td",
        "th",
        "ul",
        "option",
        "legend",
        "caption",
    ]
)


def normalize(text: str) -> str:
    """Collapse runs of whitespace to one space and strip the ends, as browsers do for names."""
    return WHITESPACE.sub(" ", text).strip()


def is_hidden(el: etree._Element) -> bool:
    """True when markup alone hides the element and its subtree from a person and from assistive tech."""
    tag = el.tag
    if not isinstance(tag, str) or tag in NEVER_RENDERED:
        return True
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    if style and HIDDEN_STYLE.search(style):
        return True
    if tag == "input":
        return (el.get("type") or "").lower() == "hidden"
    if tag == "dialog":
        return el.get("open") is None
    return False


def role_of(el: etree._Element) -> str:
    """The element's role: the first known token of `role=`, else the implicit role of its tag and type."""
    explicit = el.get("role")
    if explicit:
        for token in explicit.split():
            if token in KNOWN_ROLES:
                return "none" if token == "presentation" else token
    tag = el.tag
    if tag == "a" or tag == "area":
        return "link" if el.get("href") is not None or scripted_anchor(el) else "generic"
    if tag == "input":
        kind = (el.get("type") or "text").lower()
        if kind in INPUT_ROLES:
            return INPUT_ROLES[kind]
        return "combobox" if el.get("list") else "textbox"
    if tag == "select":
        size = el.get("size") or "1"
        return (
            "listbox" if el.get("multiple") is not None or (size.isdigit() and int(size) > 1) else "combobox"
        )
    if tag == "img":
        return "img" if el.get("alt") != "" else "none"
    if tag == "section":
        return "region" if el.get("aria-label") or el.get("aria-labelledby") else "generic"
    if tag in ("header", "footer"):
        parent = el.getparent()
        while parent is not None:
            if parent.tag in SECTIONING:
                return "generic"
            parent = parent.getparent()
        return "banner" if tag == "header" else "contentinfo"
    return TAG_ROLES.get(tag, "generic")


SCRIPTED_ANCHOR = ("onclick", "aria-expanded", "aria-haspopup", "aria-label", "title")


def scripted_anchor(el: etree._Element) -> bool:
    """An `<a>` without `href` that a script makes a control (focusable, a menu toggle, a click handler, a
    label or tooltip naming what it does): a person clicks it like a link, so it is listed as one."""
    tabindex = (el.get("tabindex") or "").strip()
    return tabindex.lstrip("+").isdigit() or any(el.get(key) is not None for key in SCRIPTED_ANCHOR)


@dataclass
class NameContext:
    """Per-document lookups that names need, built lazily: elements by id and labels by their `for`."""

    root: etree._Element
    _ids: dict[str, etree._Element] | None = field(default=None, repr=False)
    _labels: dict[str, list[etree._Element]] | None = field(default=None, repr=False)
    _styles: StyleSheet | None = field(default=None, repr=False)
    shown: set[etree._Element] = field(default_factory=set, repr=False)  # stylesheet hiding overruled

    def hidden(self, el: etree._Element) -> bool:
        """Hidden by markup (`is_hidden`) or by a rule of the page's own stylesheets."""
        return is_hidden(el) or self.styled_hidden(el)

    def styled_hidden(self, el: etree._Element) -> bool:
        """Hidden by a rule of the page's own stylesheets (and not shown again by `shown`)."""
        if self._styles is None:
            self._styles = StyleSheet.of(self.root)
        return self._styles.hides(el) and el not in self.shown

    def by_id(self, element_id: str) -> etree._Element | None:
        if self._ids is None:
            self._ids = {}
            for el in self.root.iter():
                key = el.get("id")
                if key is not None:
                    self._ids.setdefault(key, el)
        return self._ids.get(element_id)

    def labels_for(self, element_id: str) -> list[etree._Element]:
        if self._labels is None:
            self._labels = {}
            for label in self.root.iter("label"):
                key = label.get("for")
                if key:
                    self._labels.setdefault(key, []).append(label)
        return self._labels.get(element_id, [])


def content_text(el: etree._Element, context: NameContext, skip: etree._Element | None = None) -> str:
    """Name from content: visible descendant text, `alt` of images, labels of labelled descendants."""
    parts: list[str] = [el.text or ""]
    walker = etree.iterwalk(el, events=("start", "end"))
    next(walker)  # the element itself; its own text is already in parts
    for event, node in walker:
        if event == "start":
            if node is skip or context.hidden(node):
                walker.skip_subtree()
                continue
            tag = node.tag
            if tag in BLOCK_TAGS:  # a block starts and ends a run of words; inline parts join as they are
                parts.append(" ")
            if tag == "svg":
                parts.append(svg_text(node, context))
                walker.skip_subtree()
                continue
            label = node.get("aria-label")
            if label and label.strip():
                parts.append(label)
                walker.skip_subtree()
            elif tag == "img" or (tag == "input" and node.get("type") == "image"):
                parts.append(node.get("alt") or "")
            elif tag in ("input", "textarea", "select"):
                kind = (node.get("type") or "").lower()
                parts.append("" if kind in ("checkbox", "radio") else control_value(node))
                walker.skip_subtree()
            else:
                parts.append(node.text or "")
        elif node is not el:
            if node.tag in BLOCK_TAGS:
                parts.append(" ")
            parts.append(node.tail or "")
    return normalize("".join(parts))


def svg_text(svg: etree._Element, context: NameContext) -> str:
    """What an inline icon contributes to a name: what its aria-labelledby names, else its aria-label, else
    its `<title>` and `<text>`."""
    labelledby = svg.get("aria-labelledby")
    if labelledby:
        targets = [context.by_id(ref) for ref in labelledby.split()]
        name = normalize(" ".join("".join(t.itertext()) for t in targets if t is not None))
        if name:
            return name
    label = svg.get("aria-label")
    if label and label.strip():
        return label
    return "".join(SVG_TEXT(svg))


def wraps_controls(el: etree._Element) -> bool:
    """An element with an actionable role that holds native controls: its controls are the targets."""
    return el.tag not in NATIVE_CONTROLS and any(
        True for d in el.iter("button", "input", "select", "textarea", "summary", "a")
        if d is not el and (d.tag != "a" or d.get("href") is not None)
    )


def control_value(el: etree._Element) -> str:
    """The value a form control shows: typed text, or the selected option's label."""
    if el.tag == "select":
        selected = selected_option(el)
        return "" if selected is None else option_label(selected)
    if el.tag == "textarea":
        return normalize(el.text or "")
    return el.get("value") or ""


def option_label(option: etree._Element) -> str:
    return normalize(option.get("label") or "".join(option.itertext()))


def selected_option(select: etree._Element) -> etree._Element | None:
    """The option a closed <select> shows: the last one marked selected, else the first."""
    options = list(select.iter("option"))
    marked = [o for o in options if o.get("selected") is not None]
    if marked:
        return marked[-1]
    return options[0] if options else None


def accessible_name(el: etree._Element, role: str, context: NameContext) -> str:
    """The accessible name of `el` given its `role`, by the precedence in the module docstring."""
    labelledby = el.get("aria-labelledby")
    if labelledby:
        parts = []
        for ref in labelledby.split():
            target = context.by_id(ref)
            if target is not None:
                parts.append(target.get("aria-label") or content_text(target, context))
        name = normalize(" ".join(parts))
        if name:
            return name
    label = el.get("aria-label")
    if label and label.strip():
        return normalize(label)
    tag = el.tag
    if tag in ("input", "select", "textarea"):
        kind = (el.get("type") or "text").lower() if tag == "input" else tag
        if kind in ("button", "submit", "reset"):
            return normalize(el.get("value") or INPUT_DEFAULT_NAMES.get(kind, ""))
        if kind == "image":
            return normalize(el.get("alt") or el.get("value") or el.get("title") or "Submit")
        name = label_text(el, context)
        if name:
            return name
    elif tag == "img":
        alt = el.get("alt")
        if alt and alt.strip():
            return normalize(alt)
    elif tag == "fieldset":
        legend = el.find("legend")
        if legend is not None:
            return content_text(legend, context)
    elif tag == "table":
        caption = el.find("caption")
        if caption is not None:
            return content_text(caption, context)
    elif tag == "figure":
        caption = el.find("figcaption")
        if caption is not None:
            return content_text(caption, context)
    if role in NAME_FROM_CONTENT:
        name = content_text(el, context)
        if name:
            return name
    title = el.get("title")
    if title and title.strip():
        return normalize(title)
    placeholder = el.get("placeholder") if tag in ("input", "textarea") else None
    return normalize(placeholder or "")


def extra_title(el: etree._Element, name: str) -> str:
    """The element's `title` when it says something its name does not (an icon link "?" titled "Help"):
    neither holds the other ("zoom on Blue dress" adds nothing to "Blue dress")."""
    title = normalize(el.get("title") or "")
    return title if title and distinct(title, name) else ""


def distinct(title: str, name: str) -> bool:
    """Whether neither of a title and a name holds the other (case-insensitive)."""
    title, name = title.casefold(), name.casefold()
    return title not in name and (not name or name not in title) and title not in ("undefined", "null")


def label_text(control: etree._Element, context: NameContext) -> str:
    """Text of the `<label for=id>` elements of a control, else of the `<label>` that wraps it."""
    element_id = control.get("id")
    labels = context.labels_for(element_id) if element_id else []
    if not labels:
        parent = control.getparent()
        while parent is not None and parent.tag != "label":
            parent = parent.getparent()
        labels = [parent] if parent is not None else []
    return normalize(" ".join(content_text(label, context, skip=control) for label in labels))


def states_of(el: etree._Element, role: str) -> dict[str, object]:
    """The states a tester checks: checked, disabled, expanded, selected, pressed, value, options."""
    states: dict[str, object] = {}
    tag = el.tag
    if role in ("checkbox", "radio", "switch", "menuitemcheckbox", "menuitemradio"):
        aria_checked = el.get("aria-checked")
        if tag == "input":
            states["checked"] = el.get("checked") is not None
        elif aria_checked in ("true", "mixed"):
            states["checked"] = True if aria_checked == "true" else "mixed"
        else:
            states["checked"] = False
    if el.get("disabled") is not None or el.get("aria-disabled") == "true":
        states["disabled"] = True
    for aria in ("expanded", "selected", "pressed"):
        value = el.get(f"aria-{aria}")
        if value in ("true", "false"):
            states[aria] = value == "true"
    if el.get("required") is not None or el.get("aria-required") == "true":
        states["required"] = True
    if el.get("readonly") is not None or el.get("aria-readonly") == "true":
        states["readonly"] = True
    if tag == "select":
        states["options"] = [option_label(o) for o in el.iter("option")]
        selected = selected_option(el)
        if selected is not None:
            states["value"] = option_label(selected)
    elif role in ("textbox", "searchbox", "combobox", "spinbutton", "slider"):
        value = control_value(el)
        if value:
            states["value"] = value
    return states
