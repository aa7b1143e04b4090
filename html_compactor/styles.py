"""What a page's own `<style>` blocks hide: the part of CSS a saved page carries with it.

Static mode cannot run a browser, but many pages hide menus, dialogs and banners with rules such as
`.modal{display:none}` in inline stylesheets. We read those rules and hide what they match, conservatively:
a hiding rule counts only when its selector is plain (tags, ids, classes, attributes, descendant and child
combinators) and it sits outside `@media`; any rule that may show the element again (`display:block`,
inside `@media` too, and behind `:hover` judged by its last part alone) with at least the same weight
cancels it. Unsure means shown.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from lxml import etree

COMMENT = re.compile(r"/\*.*?\*/", re.S)
DECLARATION = re.compile(
    r"(?<![\w-])(display|visibility|opacity)\s*:\s*([^;!}]+?)\s*(!\s*important)?\s*(?:;|$)", re.I
)
COMPOUND = re.compile(r"^([a-zA-Z][\w-]*|\*)?((?:[.#][\w-]+|\[[^\]]+\])*)$")
PART = re.compile(r"([.#])([\w-]+)|\[\s*([\w-]+)\s*(?:([~|^$*]?=)\s*[\"']?([^\"'\]]*)[\"']?\s*)?\]")
PSEUDO = re.compile(r"::?[\w-]+(?:\([^)]*\))?")
PSEUDO_ELEMENT = re.compile(r"::|:(?:before|after|first-line|first-letter|placeholder|marker)\b", re.I)
# An inline style that shows the element again beats a stylesheet (we do not weigh !important here).
INLINE_SHOWN = re.compile(
    r"(?<![\w-])(?:display\s*:\s*(?!none)[a-z]|visibility\s*:\s*visible|opacity\s*:\s*0*\.?0*[1-9])", re.I
)
# A rule naming none of these can neither hide nor show. Matching ignoring case is slow in `re`, so ASCII
# sheets (nearly all) are searched lowercased, where the two agree.
KEYWORD = re.compile("display|visibility|opacity", re.I)
LOWER_KEYWORD = re.compile("display|visibility|opacity")
CHILD = re.compile(r"\s*>\s*")
ANY = "*"
ALL_IDS = etree.XPath("//@id", smart_strings=False)
ALL_CLASSES = etree.XPath("//@class", smart_strings=False)
# What matching reads of one element, read once: tag, id, set of classes, and the element (for attributes).
Facts = tuple[str, str | None, frozenset[str], etree._Element]


@dataclass(frozen=True)
class Compound:
    """One compound selector, `div.card#x[data-open]`: every part must hold for one element."""

    tag: str | None
    ids: tuple[str, ...]
    classes: tuple[str, ...]
    attributes: tuple[tuple[str, str | None, str], ...]  # (name, operator or None, value)

    def matches(self, facts: Facts) -> bool:
        tag, element_id, classes, el = facts
        if self.tag is not None and tag != self.tag:
            return False
        if self.ids and element_id not in self.ids:
            return False
        if self.classes and not all(c in classes for c in self.classes):
            return False
        for name, operator, value in self.attributes:
            actual = el.get(name)
            if actual is None or (operator is not None and not attribute_matches(actual, operator, value)):
                return False
        return True

    @property
    def key(self) -> tuple[str, str]:
        """The most selective part, under which the rule is indexed."""
        if self.ids:
            return ("id", self.ids[0])
        if self.classes:
            return ("class", self.classes[0])
        return ("tag", self.tag or ANY)


def attribute_matches(actual: str, operator: str, value: str) -> bool:
    if operator == "=":
        return actual == value
    if operator == "~=":
        return value in actual.split()
    if operator == "^=":
        return actual.startswith(value)
    if operator == "$=":
        return actual.endswith(value)
    if operator == "*=":
        return value in actual
    return actual == value or actual.startswith(value + "-")  # |=


@dataclass(frozen=True)
class Rule:
    """A selector (compounds right to left, with the combinator before each) and what it does to display."""

    compounds: tuple[Compound, ...]
    combinators: tuple[str, ...]  # combinators[i] joins compounds[i] to compounds[i + 1] (" " or ">")
    hides: bool
    weight: tuple[int, int, int, int, int]  # important, ids, classes, tags, source order



@functools.lru_cache(maxsize=1 << 16)  # a big sheet repeats its class tokens across many selectors
def parse_compound(text: str) -> Compound | None:
    found = COMPOUND.match(text)
    if not found:
        return None
    tag = found.group(1)
    ids, classes, attributes = [], [], []
    for part in PART.finditer(found.group(2)):
        if part.group(1) == "#":
            ids.append(part.group(2))
        elif part.group(1) == ".":
            classes.append(part.group(2))
        else:
            attributes.append((part.group(3).lower(), part.group(4), part.group(5) or ""))
    tag = None if tag in (None, ANY) else tag.lower()
    return Compound(tag, tuple(ids), tuple(classes), tuple(attributes))


def parse_selector(text: str, hides: bool, important: bool, order: int) -> Rule | None:
    """A Rule for one selector, or None when it uses what we do not evaluate (a hiding rule must be plain)."""
    loose = False
    if not hides and ":" in text:
        if PSEUDO_ELEMENT.search(text):
            return None  # ::before and friends style generated content, not the element
        loose = PSEUDO.search(text) is not None
        text = PSEUDO.sub("", text)  # a rule that shows on :hover may show: count it
    tokens = CHILD.sub(" > ", text.strip()).split() if ">" in text else text.split()
    compounds, combinators = [], []
    pending = " "
    for token in reversed(tokens):
        if token == ">":
            pending = ">"
            continue
        compound = parse_compound(token)
        if compound is None:
            return None
        if compounds:
            combinators.append(pending)
        compounds.append(compound)
        pending = " "
    if not compounds:
        return None
    ids = sum(len(c.ids) for c in compounds)
    classes = sum(len(c.classes) + len(c.attributes) for c in compounds)
    tags = sum(c.tag is not None for c in compounds)
    if loose:
        compounds, combinators = compounds[:1], []  # shown in some state: the element itself is enough
    return Rule(tuple(compounds), tuple(combinators), hides, (int(important), ids, classes, tags, order))


def declared_effect(body: str) -> tuple[bool, bool] | None:
    """(hides, important) for a declaration block that sets display, visibility or opacity; else None."""
    effect = None
    for prop, value, important in DECLARATION.findall(body):
        prop, value = prop.lower(), value.strip().lower()
        if prop == "display":
            hides = value == "none"
        elif prop == "visibility":
            hides = value in ("hidden", "collapse")
        else:
            try:
                hides = float(value) == 0.0
            except ValueError:
                continue
        if effect is None or hides or important:
            effect = (hides, bool(important))
    return effect


def css_rules(css: str) -> list[tuple[str, str, bool]]:
    """(selector list, declarations, inside an at-rule) for the style rules of a stylesheet that may set
    display, visibility or opacity; the others can neither hide nor show, so the scan passes over them."""
    if "/*" in css:
        css = COMMENT.sub("", css)
    rules, stack = [], []
    keyword, searched = (LOWER_KEYWORD, css.lower()) if css.isascii() else (KEYWORD, css)
    segments = css.split("}")
    offset = 0  # where the current segment starts in `css`
    for segment in segments[:-1]:  # braces after the last "}" only open blocks that never close
        closing = offset + len(segment)
        opening = segment.find("{")
        if opening >= 0 and segment.find("{", opening + 1) < 0:  # one innermost rule: opened, then closed
            prelude = segment[:opening].rsplit(";", 1)[-1].strip()
            if not prelude.startswith("@") and keyword.search(searched, offset + opening, closing):
                nested = any(p.startswith("@") for p, _ in stack)
                rules.append((prelude, segment[opening + 1 :], nested))
        else:
            start = 0
            while opening >= 0:
                stack.append((segment[start:opening].rsplit(";", 1)[-1].strip(), offset + opening + 1))
                start = opening + 1
                opening = segment.find("{", start)
            if stack:
                prelude, opened = stack.pop()
                if not prelude.startswith("@"):
                    nested = any(p.startswith("@") for p, _ in stack)
                    rules.append((prelude, css[opened:closing], nested))
        offset = closing + 1
    return rules


@functools.lru_cache(maxsize=256)  # a site serves the same <style> blocks on each of its pages
def display_selectors(css: str) -> tuple[tuple[str, bool, bool], ...]:
    """(selector, hides, important) in source order for each selector of a rule that hides or shows."""
    found = []
    for selectors, body, nested in css_rules(css):
        effect = declared_effect(body)
        if effect is None:
            continue
        hides, important = effect
        if hides and nested:
            continue  # hidden only at some widths: keep it
        found.extend((selector, hides, important) for selector in selectors.split(","))
    return tuple(found)


def inert(style: etree._Element) -> bool:
    """A `<style>` inside `<noscript>` or `<template>`: a browser running scripts never applies it (pages
    hide everything that way for readers without scripts)."""
    return any(True for _ in style.iterancestors("noscript", "template"))


@dataclass
class StyleSheet:
    """The display rules of a page's inline stylesheets, indexed for matching one element at a time."""

    hiding: dict[tuple[str, str], list[Rule]] = field(default_factory=dict)
    showing: dict[tuple[str, str], list[Rule]] = field(default_factory=dict)
    _facts: dict[etree._Element, Facts] = field(default_factory=dict, repr=False)
    # (rule order, compound index, element) -> whether some proper ancestor of the element matches the
    # selector from that compound leftwards; shared by siblings, so each ancestor chain is walked once.
    _above: dict[tuple[int, int, etree._Element], bool] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, root: etree._Element) -> StyleSheet:
        sheet = cls()
        order = 0
        # Big sites ship one stylesheet for every page; rules naming a class or id this page lacks match
        # nothing here, so they are dropped before any element is matched against them.
        page_ids = set(ALL_IDS(root))
        page_classes = set(" ".join(ALL_CLASSES(root)).split())
        for style in root.iter("style"):
            media = (style.get("media") or "all").lower()
            if not ("all" in media or "screen" in media) or inert(style):
                continue
            for selector, hides, important in display_selectors("".join(style.itertext())):
                order += 1
                rule = parse_selector(selector, hides, important, order)
                if rule is None or not all(
                    (not c.ids or any(i in page_ids for i in c.ids))
                    and all(name in page_classes for name in c.classes)
                    for c in rule.compounds
                ):
                    continue
                index = sheet.hiding if rule.hides else sheet.showing
                index.setdefault(rule.compounds[0].key, []).append(rule)
        return sheet

    def __bool__(self) -> bool:
        return bool(self.hiding)

    def hides(self, el: etree._Element) -> bool:
        """True when a plain hiding rule matches `el` and no rule that may show it outweighs it."""
        hiding = self.hiding
        if not hiding:
            return False
        # Most elements name no key any hiding rule is indexed under: answer those without matching.
        if ("tag", el.tag) not in hiding and ("tag", ANY) not in hiding:
            element_id, classes = el.get("id"), el.get("class")
            if (element_id is None or ("id", element_id) not in hiding) and (
                not classes or not any(("class", c) in hiding for c in classes.split())
            ):
                return False
        facts = self.facts(el)
        tag, element_id, classes, _ = facts
        keys = [("tag", tag), ("tag", ANY)]
        if element_id:
            keys.append(("id", element_id))
        keys.extend(("class", c) for c in classes)
        hide = max(
            (r.weight for k in keys for r in self.hiding.get(k, ()) if self.matches(r, facts)), default=None
        )
        if hide is None or INLINE_SHOWN.search(el.get("style") or ""):
            return False
        show = max(
            (r.weight for k in keys for r in self.showing.get(k, ()) if self.matches(r, facts)), default=None
        )
        return show is None or show < hide

    def facts(self, el: etree._Element) -> Facts:
        found = self._facts.get(el)
        if found is None:
            classes = el.get("class")
            found = (el.tag, el.get("id"), frozenset(classes.split()) if classes else frozenset(), el)
            self._facts[el] = found
        return found

    def matches(self, rule: Rule, facts: Facts) -> bool:
        return rule.compounds[0].matches(facts) and self._leftwards(rule, 1, facts[3])

    def _leftwards(self, rule: Rule, index: int, el: etree._Element) -> bool:
        """Whether compounds `index`.. of `rule` match, by their combinators, leftwards from `el`."""
        if index == len(rule.compounds):
            return True
        if rule.combinators[index - 1] == ">":
            parent = el.getparent()
            return (
                parent is not None
                and rule.compounds[index].matches(self.facts(parent))
                and self._leftwards(rule, index + 1, parent)
            )
        return self._some_ancestor(rule, index, el)

    def _some_ancestor(self, rule: Rule, index: int, el: etree._Element) -> bool:
        """Whether a proper ancestor of `el` matches compound `index` and the compounds left of it."""
        order, compound = rule.weight[4], rule.compounds[index]
        chain, answer = [], False
        parent = el.getparent()
        while True:
            known = self._above.get((order, index, el))
            if known is not None:
                answer = known
                break
            chain.append(el)
            if parent is None:
                break
            if compound.matches(self.facts(parent)) and self._leftwards(rule, index + 1, parent):
                answer = True
                break
            el, parent = parent, parent.getparent()
        for seen in chain:  # each element walked shares the answer of the one above it
            self._above[(order, index, seen)] = answer
        return answer
