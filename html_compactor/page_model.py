"""The live page model: one script run in the page returns every element with its role, name and state.

Target resolution (testgen's runtime) and the compactor's live outline both read this model, so a name the
outline prints is a name the runtime resolves. `normalize_text` is the one text comparison both use.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

PAGE_MODEL_JS = (Path(__file__).with_name("page_model.js")).read_text(encoding="utf-8")


def normalize_text(text: str) -> str:
    """Case-folded, whitespace collapsed: the form in which page text and test text are compared."""
    return " ".join(text.split()).casefold()


@dataclass(slots=True)
class Element:
    """One element of the rendered page (see docs/architecture.md, "Page model element").

    `text` is the element's own visible text (not its children's); `lead` and `tail` are the raw text before
    its first child element and after its end inside its parent, which `PageModel.full_text` stitches
    together. `states` holds only the keys that apply (checked, disabled, expanded, selected, required,
    readonly, pressed, value, options, selected_option). `box` is [x, y, width, height] in CSS pixels of the
    top document; `frame` is "" in the top document, else the iframe path joined by " > ". `title` is the
    element's `title` attribute when it differs from its name: the tooltip, a name it also answers to.
    """

    id: int
    parent: int
    tag: str
    role: str
    name: str
    text: str
    level: int | None
    states: dict[str, Any]
    visible: bool
    box: tuple[float, float, float, float]
    frame: str
    shadow: bool
    lead: str = ""
    tail: str = ""
    title: str = ""

    @property
    def enabled(self) -> bool:
        return not self.states.get("disabled", False)

    def describe(self) -> str:
        """`button "Save"`: how errors and warnings name an element."""
        label = self.name or self.text
        if len(label) > 60:
            label = label[:57] + "..."
        return f'{self.role} "{label}"' + (f" (in frame {self.frame})" if self.frame else "")


@dataclass
class PageModel:
    """All elements of one snapshot, in document order (`elements[i].id == i`)."""

    elements: list[Element]
    url: str = ""
    page: Any = field(default=None, repr=False, compare=False)  # the Playwright Page it was taken from

    def __len__(self) -> int:
        return len(self.elements)

    @cached_property
    def children(self) -> list[list[int]]:
        """Child ids of every element."""
        kids: list[list[int]] = [[] for _ in self.elements]
        for el in self.elements:
            if el.parent >= 0:
                kids[el.parent].append(el.id)
        return kids

    @cached_property
    def _texts(self) -> list[str]:
        # Raw visible text of each subtree. Children follow their parents, so build from the end.
        raw = [""] * len(self.elements)
        for el in reversed(self.elements):
            parts = [el.lead]
            for kid in self.children[el.id]:
                child = self.elements[kid]
                if child.visible:
                    parts.append(raw[kid])
                parts.append(child.tail)
            raw[el.id] = "".join(parts)
        return [" ".join(t.split()) for t in raw]

    @cached_property
    def folded(self) -> list[tuple[str, str]]:
        """`normalize_text` of each element's name and full text: the strings targets are matched against."""
        texts = self._texts
        return [(normalize_text(el.name), texts[el.id].casefold()) for el in self.elements]

    def full_text(self, element_id: int) -> str:
        """Visible text of an element and its descendants, in reading order, whitespace collapsed."""
        return self._texts[element_id]

    def ancestors(self, element_id: int) -> list[int]:
        """Ids from the parent up to the root."""
        chain = []
        parent = self.elements[element_id].parent
        while parent >= 0:
            chain.append(parent)
            parent = self.elements[parent].parent
        return chain

    def contains(self, ancestor_id: int, element_id: int) -> bool:
        """Whether `element_id` lies inside `ancestor_id` (or is it)."""
        return element_id == ancestor_id or ancestor_id in self.ancestors(element_id)

    def handle(self, element_id: int) -> Any:
        """A Playwright ElementHandle for an element of this snapshot (valid until the page re-renders it)."""
        if self.page is None:
            raise ValueError("this PageModel was not taken from a live page; use snapshot(page)")
        element = self.elements[element_id]
        if not element.frame:
            return self.page.evaluate_handle("i => window.__testgenNodes[i]", element_id).as_element()
        # Inside an iframe: evaluate in that frame so Playwright computes positions in the right document.
        iframe_id = next(a for a in self.ancestors(element_id) if self.elements[a].tag == "iframe")
        frame = self.handle(iframe_id).content_frame()
        return frame.evaluate_handle("i => window.top.__testgenNodes[i]", element_id).as_element()


def model_from_json(payload: str, page: Any = None) -> PageModel:
    """Build a PageModel from the JSON string that page_model.js returns (one row per element)."""
    data = json.loads(payload)
    rows = data["elements"]
    # Own text is the lead plus every child's tail; page_model.js sends only those.
    own = [row[10] for row in rows]
    for row in rows:
        if row[0] >= 0:
            own[row[0]] += row[11]
    elements = [
        Element(i, row[0], row[1], row[2], row[3], " ".join(own[i].split()), row[4], row[5], bool(row[6]),
                tuple(row[7]), row[8], bool(row[9]), row[10], row[11], row[12])
        for i, row in enumerate(rows)
    ]
    return PageModel(elements, data["url"], page)


# Playwright's words when a navigation replaces the document while a script reads it.
NAVIGATED = ("Execution context was destroyed", "Cannot find context with specified id")


def snapshot(page: Any, attempts: int = 3) -> PageModel:
    """Run the page-model script in `page` (a Playwright sync Page): one round trip, all frames inlined.
    A navigation that replaces the document mid-read (a form submitted by Enter) is waited out and the new
    document read instead."""
    for _ in range(attempts - 1):
        try:
            return model_from_json(page.evaluate(PAGE_MODEL_JS), page)
        except Exception as err:
            if not any(words in str(err) for words in NAVIGATED):
                raise
            with contextlib.suppress(Exception):  # a page that never finishes loading is read as it stands
                page.wait_for_load_state("load", timeout=5000)
    return model_from_json(page.evaluate(PAGE_MODEL_JS), page)
