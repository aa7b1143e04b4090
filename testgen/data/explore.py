"""Explore a site from a start URL: visit states breadth-first within bounds, recording outlines and moves.

A state is the page as the outline shows it (URL + outline text). A move is a short list of steps (click a
link, fill a field and press Enter, pick an option, open a dialog and press Escape...) from one state to
another. Everything is chosen with a seeded generator, so the same seed explores the same graph.
"""

from __future__ import annotations

import hashlib
import random
from collections import deque
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from html_compactor.page_model import Element, PageModel, normalize_text
from testgen.data.driver import Driver, Observation, Session
from testgen.step import Step

CLICKABLE = {"button", "link", "tab", "menuitem", "menuitemcheckbox", "menuitemradio", "treeitem"}
FILLABLE = {"textbox", "searchbox", "spinbutton"}
CHECKABLE = {"checkbox", "radio", "switch"}
TEXT_BLOCKS = {"heading", "button", "link", "cell", "listitem", "paragraph", "alert", "status", "tab"}
# Plausible values for a field, chosen by words in its name; the first matching row wins.
FIELD_VALUES = [
    (("email", "e-mail"), ["ana@example.com", "bob@example.org", "li.wei@example.net"]),
    (("password", "passcode", "pin"), ["hunter2", "Correct-Horse-42", "s3cret!Pass"]),
    (("user",), ["bob", "ana", "kim"]),
    (("phone", "mobile", "tel"), ["555-0134", "+44 20 7946 0958"]),
    (("zip", "postal", "postcode"), ["94107", "SW1A 1AA"]),
    (("city", "town"), ["Lisbon", "Portland", "Osaka"]),
    (("street", "address"), ["12 Harbour Road", "401 Pine St"]),
    (("first",), ["Ana", "Kim", "Omar"]),
    (("last", "surname", "family"), ["Lopez", "Novak", "Okafor"]),
    (("name",), ["Ana Lopez", "Kim Novak", "Omar Okafor"]),
    (("search", "find", "filter", "query"), ["shirt", "lamp", "boots", "bag", "wool"]),
    (("amount", "quantity", "qty", "price", "age", "number", "count"), ["2", "25", "100"]),
    (("date",), ["2026-03-14"]),
    (("title", "subject"), ["Weekly report", "Order question"]),
    (("message", "comment", "note", "description", "bio"), ["Please call me back.", "Looks good to me"]),
]
DEFAULT_VALUES = ["hello", "test 123", "Blue"]


@dataclass
class ExploreConfig:
    """Bounds of one exploration; CLI flags of `testgen data build` override them."""

    max_states: int = 20
    max_depth: int = 3
    moves_per_state: int = 8
    seed: int = 0


@dataclass
class State:
    """One distinct page state and the moves that reach it from the start."""

    index: int
    key: str
    url: str
    outline: str
    depth: int
    path: list[int] = field(default_factory=list)  # indices into Exploration.moves
    texts: list[str] = field(default_factory=list)  # short visible texts an assertion may name
    page_text: str = ""  # all visible text, normalised, to tell whether a text is on the page at all
    fields: dict[str, str] = field(default_factory=dict)  # field name -> current value
    heading: str = ""


@dataclass
class Move:
    """Steps that take `source` to `target`; `roles` is the role of each step's element (None if none)."""

    source: int
    target: int
    steps: list[Step]
    roles: list[str | None]


@dataclass
class Exploration:
    """The graph found from one start URL."""

    site: str
    start_url: str
    states: list[State] = field(default_factory=list)
    moves: list[Move] = field(default_factory=list)

    def steps_to(self, state: int) -> list[Step]:
        return [step for move in self.states[state].path for step in self.moves[move].steps]


def state_key(observation: Observation) -> str:
    parts = urlsplit(observation.url)
    blob = f"{parts.path}?{parts.query}#{parts.fragment}\n{observation.text}"
    return hashlib.sha1(blob.encode()).hexdigest()[:16]


def _state(index: int, observation: Observation, depth: int, path: list[int]) -> State:
    model = observation.model
    page_text = normalize_text(" ".join(model.full_text(el.id) for el in model.elements if el.parent < 0))
    # Only text a person can read on screen (never aria-labels or placeholders): what `see` looks for.
    texts, seen = [], set()
    for el in model.elements:
        if not el.visible:
            continue
        whole = model.full_text(el.id) if el.role in TEXT_BLOCKS else ""
        for text in (el.text.strip(), whole):
            if 2 <= len(text) <= 60 and text not in seen and any(c.isalpha() for c in text) \
                    and normalize_text(text) in page_text:
                seen.add(text)
                texts.append(text)
    fields = {el.name: str(el.states.get("value", "")) for el in model.elements
              if el.visible and el.name and el.role in FILLABLE | {"combobox"}}
    heading = next((el.name for el in model.elements if el.visible and el.role == "heading" and el.name), "")
    return State(index, state_key(observation), observation.url, observation.text, depth, path, texts,
                 page_text, fields, heading)


def plausible_value(name: str, rng: random.Random) -> str:
    """A value a person might type into a field with this name (an email for "Email", ...)."""
    lowered = name.lower()
    for words, values in FIELD_VALUES:
        if any(w in lowered for w in words):
            return values[0] if rng.random() < 0.6 else rng.choice(values)  # the first often opens doors
    return rng.choice(DEFAULT_VALUES)


def _unique_names(model: PageModel) -> dict[tuple[str, str], int]:
    """How often each (role, name) occurs among visible elements; moves use only unique names."""
    counts: dict[tuple[str, str], int] = {}
    for el in model.elements:
        if el.visible and el.name:
            counts[(el.role, el.name)] = counts.get((el.role, el.name), 0) + 1
    return counts


def candidate_moves(model: PageModel, rng: random.Random) -> list[tuple[list[Step], list[str | None]]]:
    """Every move worth trying on this page, in a seeded order."""
    counts = _unique_names(model)
    names = [el.name for el in model.elements if el.visible and el.name]
    moves: list[tuple[list[Step], list[str | None]]] = []

    def usable(el: Element) -> bool:
        return (el.visible and el.enabled and bool(el.name) and len(el.name) <= 60
                and counts.get((el.role, el.name)) == 1 and names.count(el.name) == 1)

    dialog_open = any(el.visible and el.role in ("dialog", "alertdialog") for el in model.elements)
    if dialog_open:
        moves.append(([Step("press", "Escape")], [None]))
    for el in model.elements:
        if not usable(el):
            continue
        role, name, states = el.role, el.name, el.states
        if role in CLICKABLE:
            moves.append(([Step("click", name)], [role]))
        elif role in FILLABLE:
            value = plausible_value(name, rng)
            moves.append(([Step("fill", name, value)], [role]))
            moves.append(([Step("fill", name, value), Step("press", "Enter")], [role, None]))
        elif role == "combobox" and states.get("options"):
            current = states.get("selected_option")
            options = [o for o in states["options"] if o and o != current]
            if options:
                moves.append(([Step("select", name, rng.choice(options))], [role]))
        elif role == "combobox":
            value = plausible_value(name, rng)[:3]
            moves.append(([Step("fill", name, value), Step("press", "ArrowDown"), Step("press", "Enter")],
                          [role, None, None]))
        elif role in CHECKABLE:
            verb = "uncheck" if states.get("checked") and role != "radio" else "check"
            if not (role == "radio" and states.get("checked")):
                moves.append(([Step(verb, name)], [role]))
    rng.shuffle(moves)
    return _form_moves(model, usable, rng) + moves


def _form_moves(model: PageModel, usable, rng: random.Random) -> list[tuple[list[Step], list[str | None]]]:
    """Fill every empty field of a form with plausible values, then press its last button: what people do."""
    moves = []
    for form in (el for el in model.elements if el.tag == "form" and el.visible):
        inside = [el for el in model.elements
                  if el.id != form.id and model.contains(form.id, el.id) and usable(el)]
        fields = [el for el in inside if el.role in FILLABLE and not el.states.get("value")]
        buttons = [el for el in inside if el.role == "button"]
        if len(fields) < 2 or not buttons:
            continue
        steps = [Step("fill", el.name, plausible_value(el.name, rng)) for el in fields]
        moves.append(([*steps, Step("click", buttons[-1].name)], [*(el.role for el in fields), "button"]))
    return moves


def _replay(session: Session, start_url: str, steps: list[Step]) -> Observation:
    session.run(Step("go_to", start_url))
    for step in steps:
        session.run(step)
    return session.observe()


def explore(driver: Driver, site: str, start_url: str, config: ExploreConfig | None = None) -> Exploration:
    """Breadth-first exploration from `start_url` (a path on the driver's base URL) within the bounds."""
    config = config or ExploreConfig()
    graph = Exploration(site, start_url)
    with driver.session() as session:
        first = _replay(session, start_url, [])
    graph.states.append(_state(0, first, 0, []))
    known = {graph.states[0].key: 0}
    frontier = deque([(0, first)])
    while frontier and len(graph.states) < config.max_states:
        index, observation = frontier.popleft()
        state = graph.states[index]
        if state.depth >= config.max_depth:
            continue
        rng = random.Random(f"{config.seed}:{state.key}")
        prefix = graph.steps_to(index)
        for steps, roles in candidate_moves(observation.model, rng)[: config.moves_per_state]:
            if len(graph.states) >= config.max_states:
                break
            with driver.session() as session:
                try:
                    _replay(session, start_url, prefix)
                    for step in steps:
                        session.run(step)
                    after = session.observe()
                except Exception:  # a move that fails is simply not an edge
                    continue
            key = state_key(after)
            if key == state.key:
                continue
            if key not in known:
                known[key] = len(graph.states)
                graph.states.append(_state(len(graph.states), after, state.depth + 1,
                                           state.path + [len(graph.moves)]))
                frontier.append((known[key], after))
            graph.moves.append(Move(index, known[key], steps, roles))
    return graph
