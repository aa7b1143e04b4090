"""A broken page: the same site where the outcomes a test expects do not happen.

An init script hides the deepest elements showing the texts the test expects to see (in the page and in
open shadow roots, whatever the case and spacing), shows the texts it expects gone, and clears the values it
expects in fields. A test worth keeping fails there; the data builders and the evaluation both use it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from testgen.step import Step

BREAK_PAGE = """(texts, gone, values) => {
  const norm = (text) => text.replace(/\\s+/g, " ").trim().toLowerCase();
  const wanted = texts.map(norm).filter(Boolean);
  const children = (el) => (el.shadowRoot ? [...el.shadowRoot.children, ...el.children] : [...el.children]);
  const deepText = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE) return "";
    const own = [...node.childNodes];
    const nodes = node.shadowRoot ? [...node.shadowRoot.childNodes, ...own] : own;
    return nodes.map(deepText).join("");
  };
  // Hide the deepest elements whose text holds `text`; returns whether `el` holds it.
  const hide = (el, text) => {
    if (!norm(deepText(el)).includes(text)) return false;
    let inside = false;
    for (const child of children(el)) inside = hide(child, text) || inside;
    if (!inside && el.style && el.style.getPropertyValue("visibility") !== "hidden") {
      el.style.setProperty("visibility", "hidden", "important");
    }
    return true;
  };
  const scrub = () => { if (document.body) for (const text of wanted) hide(document.body, text); };
  // Scrub as soon as anything changes, inside shadow roots too (an observer of the document does not see
  // into them), so no check can read an expected text between a change and the next scrub.
  const watched = {subtree: true, childList: true, characterData: true};
  const observer = new MutationObserver(scrub);
  observer.observe(document, watched);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    observer.observe(root, watched);
    return root;
  };
  setInterval(scrub, 50);  // a safety net for changes no observer reports
  document.addEventListener("DOMContentLoaded", () => {
    scrub();
    for (const text of gone) {
      const note = document.createElement("p");
      note.textContent = text;
      document.body.appendChild(note);
    }
  });
  document.addEventListener("input", (event) => {
    const field = event.target;
    if (field && typeof field.value === "string" && values.some((v) => v && field.value.includes(v))) {
      field.value = "";
    }
  }, true);
}"""


def breaker(reference: list[Step]) -> Callable[[Any], None] | None:
    """An init script that stops the reference's expectations from holding, or None if it has none."""
    texts = [s.target for s in reference if s.verb in ("see", "wait_for") and s.target]
    gone = [s.target for s in reference if s.verb == "dont_see" and s.target]
    values = [s.value for s in reference if s.verb == "see_value" and s.value]
    if not (texts or gone or values):
        return None
    script = f"({BREAK_PAGE})({json.dumps(texts)}, {json.dumps(gone)}, {json.dumps(values)})"
    return lambda context: context.add_init_script(script=script)
