"""Repair records: change the page under a verified test, find the step that breaks, and fix it honestly.

A mutation is applied by an init script in every document of a fresh context (so it survives navigation and
client-side rendering). It finds its element with the page model, the same rules the runtime resolves by:
  rename       the element's visible name changes        → fixed: the step names the new name
  move         the field moves into a closed disclosure  → fixed: open "More options" first
  decoy        a same-named element appears before it    → fixed: the step gains near=
  change_text  a text a `see` asserts is reworded        → behaviour changed: the assertion no longer holds
  remove       the element is gone                       → behaviour changed: nothing to act on
Every fix is verified by running the whole test again on the mutated page.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass

from html_compactor.page_model import PAGE_MODEL_JS
from testgen.data.driver import Observation, Session, clean_error
from testgen.data.record import Repair
from testgen.step import Step

MUTATIONS = ("rename", "move", "decoy", "change_text", "remove")
ELEMENT_VERBS = {"click", "fill", "select", "check", "uncheck"}
DISCLOSURE = "More options"
# Word-level rewordings a site might ship; a name with none of these words is not renamed.
SYNONYMS = {
    "log": "sign", "sign": "log", "search": "find", "find": "search", "submit": "send", "send": "submit",
    "save": "keep", "add": "put", "cart": "basket", "basket": "cart", "next": "continue", "continue": "next",
    "delete": "remove", "remove": "delete", "cancel": "dismiss", "close": "dismiss", "email": "e-mail",
    "password": "passphrase", "username": "login", "name": "title", "new": "fresh", "create": "make",
    "edit": "change", "apply": "use", "filter": "narrow", "back": "return", "home": "start",
    "account": "profile",
    "settings": "preferences", "confirm": "approve", "transfer": "move", "amount": "sum", "open": "show",
    "show": "reveal", "view": "see", "clear": "reset", "reset": "clear", "welcome": "hello",
    "order": "purchase",
    "orders": "purchases", "users": "people", "user": "person", "shop": "store", "item": "product",
    "items": "products", "total": "sum", "done": "finished", "all": "every", "active": "open",
}

MUTATION_JS = r"""
(spec) => {
  const pageModel = PAGE_MODEL;
  let done = false;
  function findTarget() {
    // Rows are [parent, tag, role, name, level, states, visible, ...]; a row's index is its element id.
    const rows = JSON.parse(pageModel()).elements;
    const at = rows.findIndex(r => r[6] && r[3] === spec.name && (!spec.role || r[2] === spec.role));
    return at >= 0 ? window.__testgenNodes[at] : null;
  }
  function replaceText(root, from, to) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(from);
      if (at >= 0) {
        node.data = node.data.slice(0, at) + to + node.data.slice(at + from.length);
        return true;
      }
    }
    return false;
  }
  function changeWord() {
    // The asserted text may span several text nodes ("Welcome, <b>bob</b>"): reword one word inside it.
    const squash = (t) => t.replace(/\s+/g, " ");
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(spec.word);
      let holder = node.parentElement;
      while (holder && !squash(holder.textContent).includes(spec.text)) holder = holder.parentElement;
      if (at >= 0 && holder && holder !== document.body) {
        node.data = node.data.slice(0, at) + spec.new_word + node.data.slice(at + spec.word.length);
        return true;
      }
    }
    return false;
  }
  function box(el) {
    const label = el.labels && el.labels[0];
    if (label && label.contains(el)) return label;
    return el.closest(".field") || el;
  }
  function mutate(el) {
    if (spec.kind === "rename") {
      if (el.hasAttribute("aria-label")) { el.setAttribute("aria-label", spec.new_name); return; }
      const label = el.labels && el.labels[0];
      if (!replaceText(label || el, spec.name, spec.new_name)) {
        if (el.placeholder) el.placeholder = spec.new_name; else el.setAttribute("aria-label", spec.new_name);
      }
    } else if (spec.kind === "remove") {
      if (el.labels) Array.from(el.labels).forEach(l => l.remove());
      box(el).remove();
    } else if (spec.kind === "move") {
      const outer = box(el);
      const details = document.createElement("details");
      const summary = document.createElement("summary");
      summary.textContent = spec.disclosure;
      outer.before(details);
      details.append(summary);
      if (el.labels && el.labels[0] && !el.labels[0].contains(el) && !outer.contains(el.labels[0]))
        details.append(el.labels[0]);
      details.append(outer);
    } else if (spec.kind === "decoy") {
      const section = document.createElement("section");
      section.setAttribute("aria-label", "Special offers");
      const heading = document.createElement("h2");
      heading.textContent = "Special offers";
      const clone = el.cloneNode(true);
      clone.removeAttribute("id");
      if (clone.tagName === "A") clone.setAttribute("href", "#offers");
      if (clone.tagName === "BUTTON") clone.type = "button";
      if (el.labels && el.labels[0] && !el.labels[0].contains(el)) {
        const label = document.createElement("label");
        label.append(spec.name + " ", clone);
        section.append(heading, label);
      } else {
        section.append(heading, clone);
      }
      (el.closest("form, section, article, main") || el).before(section);
    }
  }
  let tries = 0;  // client-side rendering gets a few chances; a page without the element stops trying
  function apply() {
    if (done || !document.body || ++tries > 20) return;
    if (spec.kind === "change_text") { done = changeWord(); return; }
    const el = findTarget();
    if (el) { done = true; mutate(el); }
  }
  const observer = new MutationObserver(() => {
    if (done || tries > 20) observer.disconnect(); else setTimeout(apply, 50);
  });
  const start = () => {
    apply();
    if (!done) observer.observe(document.body, {childList: true, subtree: true, characterData: true});
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
}
""".replace("PAGE_MODEL", PAGE_MODEL_JS.strip().rstrip(";"))


@dataclass
class Mutation:
    """One change to make to every page of the site."""

    kind: str
    index: int  # the step it aims at
    name: str = ""
    role: str | None = None
    new_name: str = ""
    text: str = ""
    word: str = ""
    new_word: str = ""

    def spec(self) -> dict:
        return {"kind": self.kind, "name": self.name, "role": self.role, "new_name": self.new_name,
                "text": self.text, "word": self.word, "new_word": self.new_word, "disclosure": DISCLOSURE}


def reword(text: str) -> tuple[str, str] | None:
    """(word, replacement) for the first word of `text` that has a synonym, case kept; None if none has."""
    for word in text.split(" "):
        core = word.strip(".,:;!?'\"()")
        swap = SYNONYMS.get(core.lower())
        if swap:
            return core, swap.capitalize() if core[:1].isupper() else swap
    return None


def renamed(text: str) -> str | None:
    """`text` with its first known word replaced by a synonym."""
    change = reword(text)
    if change is None:
        return None
    words = text.split(" ")
    at = next(i for i, w in enumerate(words) if w.strip(".,:;!?'\"()") == change[0])
    words[at] = words[at].replace(change[0], change[1])
    return " ".join(words)


def choose_mutation(steps: list[Step], roles: list[str | None], kind: str,
                    rng: random.Random) -> Mutation | None:
    """A mutation of `kind` aimed at one of the steps, or None when no step suits it."""
    if kind == "change_text":
        options = [(i, s) for i, s in enumerate(steps) if s.verb == "see" and reword(s.target or "")]
        if not options:
            return None
        index, step = rng.choice(options)
        word, new_word = reword(step.target or "") or ("", "")
        return Mutation(kind, index, text=" ".join((step.target or "").split()), word=word, new_word=new_word)
    options = [i for i, s in enumerate(steps) if s.verb in ELEMENT_VERBS]
    if kind == "move":
        options = [i for i in options if steps[i].verb != "click"]
    if kind == "rename":
        options = [i for i in options if reword(steps[i].target or "")]
    if not options:
        return None
    index = rng.choice(options)
    name = steps[index].target or ""
    return Mutation(kind, index, name=name, role=roles[index], new_name=renamed(name) or "")


def install(session: Session, mutation: Mutation) -> None:
    """Make every document this session's page loads from now on carry the mutation."""
    session.context.add_init_script(script=f"({MUTATION_JS})({json.dumps(mutation.spec())})")


def _run_until_failure(session: Session, start_url: str, steps: list[Step],
                       observe_at: int = -1) -> tuple[tuple[int, str] | None, Observation | None]:
    """Run the steps; the first failure (index, error line) and the page just before step `observe_at`.

    From `observe_at` on, where the break is expected, steps wait only the driver's short break timeout.
    """
    session.run(Step("go_to", start_url))
    seen = None
    for index, step in enumerate(steps):
        if index == observe_at:
            seen = session.observe()
        if 0 <= observe_at <= index and step.timeout is None:
            step = Step(step.verb, step.target, step.value, step.near, session.config.break_timeout)
        try:
            session.run(step)
        except Exception as err:  # the runtime's typed error is the point of the exercise
            return (index, clean_error(err)), seen
    return None, seen


def _passes(session: Session, start_url: str, steps: list[Step]) -> bool:
    return _run_until_failure(session, start_url, steps)[0] is None


def _fixes(mutation: Mutation, step: Step, near_options: list[str]) -> list[list[Step]]:
    if mutation.kind == "rename":
        return [[Step(step.verb, mutation.new_name, step.value)]]
    if mutation.kind == "move":
        return [[Step("click", DISCLOSURE), step]]
    if mutation.kind == "decoy":
        return [[Step(step.verb, step.target, step.value, near=near)] for near in near_options]
    return []


def make_repair(session_factory, start_url: str, steps: list[Step], roles: list[str | None], kind: str,
                rng: random.Random) -> Repair | None:
    """Break the test with one mutation and record the failing step and its verified fix (or verdict)."""
    mutation = choose_mutation(steps, roles, kind, rng)
    if mutation is None:
        return None
    with session_factory() as session:
        install(session, mutation)
        failure, page = _run_until_failure(session, start_url, steps, mutation.index)
    if failure is None or page is None:
        return None  # the change did not break this test
    index, error = failure
    if index != mutation.index:
        if mutation.kind != "decoy" or index < mutation.index:
            return None  # it broke somewhere the mutation did not aim at
        # The aimed step acted on the same-named decoy; the test broke later, at `index`.
        culprit = mutation.index + 1
        error = f"step {index + 1} failed after step {culprit} acted on a same-named decoy: {error}"
        index = mutation.index
    step = steps[index]
    near_options = []
    if mutation.kind == "decoy":
        near_options = sorted({e.near for e in page.outline.elements.values()
                               if e.name == step.target and e.near and e.near != "Special offers"})
    for fix in _fixes(mutation, step, near_options):
        with session_factory() as session:
            install(session, mutation)
            if _passes(session, start_url, steps[:index] + fix + steps[index + 1:]):
                return Repair(kind, index, error, page.text, "\n".join(s.render() for s in fix), "fixed")
    if mutation.kind in ("change_text", "remove"):
        return Repair(kind, index, error, page.text, None, "behaviour_changed")
    return None
