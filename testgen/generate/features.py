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

from testgen.reading.words import ROLE_WORDS, WORD, content_words, normalise
from testgen.step import TARGET_ROLES, VERBS

FEATURES = ("exact", "fuzzy", "overlap", "role_word", "verb_fit", "used")
# Default weights: the score these give alone is the rule-based baseline's.
DEFAULT_WEIGHTS = (4.0, 2.0, 2.0, 1.0, 1.0, -1.5)


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
