"""Training-free evidence that a task sentence means a given page element.

The pointer head adds these features to its learned score, so target choice is good before any training:
the name said word for word, said approximately, sharing words, the role named beside it ("the Log in
button"), and the verb fitting the element's role.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

import torch

from testgen.step import TARGET_ROLES, VERBS

# Scripts written without spaces between words (Chinese, Japanese kana and kanji) and Hangul syllables,
# which take particles without a space ("로그인을"): each character is a word of its own, so a name is found
# inside a sentence in any script. Every other letter or digit run (Latin with accents, Cyrillic, Greek,
# Arabic, ...) is a word as usual.
UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
WORD = re.compile(rf"[{UNSPACED}]|[^\W_{UNSPACED}]+(?:'[^\W_{UNSPACED}]+)?")
STOPWORDS = frozenset(
    "a an the and or of to in on at for with by from is are be it its this that then as into your my "
    "you i me we our click press tap hit select choose pick check tick fill enter type go open see make "
    "sure verify should page field box button link".split()
)
ROLE_WORDS: dict[str, frozenset[str]] = {
    "button": frozenset({"button", "btn"}),
    "link": frozenset({"link", "anchor"}),
    "textbox": frozenset({"field", "box", "input", "textbox", "textarea"}),
    "searchbox": frozenset({"search", "field", "box", "searchbox"}),
    "combobox": frozenset({"dropdown", "select", "menu", "list", "combobox", "picker"}),
    "listbox": frozenset({"list", "listbox", "dropdown"}),
    "checkbox": frozenset({"checkbox", "box", "tick", "checkmark"}),
    "radio": frozenset({"radio", "option"}),
    "switch": frozenset({"switch", "toggle"}),
    "tab": frozenset({"tab"}),
    "menuitem": frozenset({"menu", "item", "option"}),
    "option": frozenset({"option", "suggestion"}),
    "heading": frozenset({"heading", "title"}),
}
# The words that name one role and no other ("the search" is the search box, whatever the page calls it).
ROLE_OWN_WORDS: dict[str, frozenset[str]] = {
    role: words - frozenset().union(*(other for r, other in ROLE_WORDS.items() if r != role))
    for role, words in ROLE_WORDS.items()
}
FEATURES = ("exact", "fuzzy", "overlap", "role_word", "verb_fit", "used")
# Default weights: the score these give alone is the rule-based baseline's.
DEFAULT_WEIGHTS = (4.0, 2.0, 2.0, 1.0, 1.0, -1.5)


def normalise(text: str) -> str:
    """Case-folded words joined by single spaces."""
    return " ".join(WORD.findall(text.casefold()))


def content_words(text: str) -> set[str]:
    """The words of `text` that carry meaning, crudely stemmed (plural -s dropped)."""
    words = WORD.findall(text.casefold())
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words} - STOPWORDS


@dataclass(frozen=True)
class Candidate:
    """What the features need of an element: its role, its accessible name, whether a step used it."""

    role: str
    name: str
    used: bool = False


def element_features(task: str, element: Candidate, verb: str) -> list[float]:
    """The feature vector of FEATURES for one element against the task, for a step of `verb`."""
    task_norm, name_norm = normalise(task), normalise(element.name)
    exact = 0.0
    if name_norm and re.search(rf"(?<!\S){re.escape(name_norm)}(?!\S)", task_norm):
        exact = 1.0
    fuzzy = best_window_ratio(task_norm, name_norm) if name_norm else 0.0
    name_words, task_words = content_words(element.name), content_words(task)
    overlap = len(name_words & task_words) / len(name_words) if name_words else 0.0
    role_word = 1.0 if ROLE_WORDS.get(element.role, frozenset()) & set(WORD.findall(task.casefold())) else 0.0
    return [exact, fuzzy, overlap, role_word, verb_fit(verb, element.role), 1.0 if element.used else 0.0]


def names_role(task: str, role: str) -> bool:
    """Whether the task names `role` by a word of its own ("type boots into the search" names a searchbox
    called "Suche")."""
    return bool(ROLE_OWN_WORDS.get(role, frozenset()) & set(WORD.findall(task.casefold())))


def verb_fit(verb: str, role: str) -> float:
    """1 when the element's role is what `verb` acts on, 0.5 for a clickable non-control, 0 otherwise."""
    kind = VERBS[verb].kind
    roles = TARGET_ROLES.get(kind) if kind else None
    if roles is not None:
        return 1.0 if role in roles else 0.0
    if kind == "clickable":
        return 1.0 if role in {"button", "link", "tab", "menuitem", "option", "checkbox", "radio"} else 0.5
    return 0.5


def best_window_ratio(task_norm: str, name_norm: str) -> float:
    """The best similarity between the name and any run of task words of about the name's length."""
    task_words, size = task_norm.split(), max(1, len(name_norm.split()))
    best = 0.0
    for width in {max(1, size - 1), size, size + 1}:
        for i in range(max(1, len(task_words) - width + 1)):
            window = " ".join(task_words[i : i + width])
            best = max(best, difflib.SequenceMatcher(None, window, name_norm).ratio())
    return best


def feature_matrix(task: str, elements: list[Candidate], verb: str) -> torch.Tensor:
    """Features of every element, shape [len(elements), len(FEATURES)]."""
    return torch.tensor([element_features(task, e, verb) for e in elements], dtype=torch.float32).reshape(
        len(elements), len(FEATURES)
    )


def rule_scores(task: str, elements: list[Candidate], verb: str) -> torch.Tensor:
    """The training-free score of each element: the features under their default weights."""
    return feature_matrix(task, elements, verb) @ torch.tensor(DEFAULT_WEIGHTS)
