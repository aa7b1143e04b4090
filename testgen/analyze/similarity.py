"""How alike two names or two texts read: the measure fixes are ranked by (no learned model is used)."""

from __future__ import annotations

import difflib
import re

from html_compactor.page_model import normalize_text

WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return WORD.findall(normalize_text(text))


def name_similarity(a: str, b: str) -> float:
    """0..1: the better of character similarity and shared words (Jaccard) of the normalised names."""
    left, right = normalize_text(a), normalize_text(b)
    if not left or not right:
        return 0.0
    chars = difflib.SequenceMatcher(a=left, b=right, autojunk=False).ratio()
    wa, wb = set(words(left)), set(words(right))
    shared = len(wa & wb) / len(wa | wb) if wa | wb else 0.0
    return max(chars, shared)


def shared_words(expected: str, text: str) -> float:
    """The share of `expected`'s words that `text` still has."""
    wanted = set(words(expected))
    return len(wanted & set(words(text))) / len(wanted) if wanted else 0.0


def best_window(expected: str, text: str) -> tuple[float, str]:
    """The run of words in `text` (about as long as `expected`) that reads most like it, and how alike.

    Used for a reworded assertion: "Welcome back, bob" inside a longer line stands for "Welcome, bob".
    """
    want = expected.split()
    have = text.split()
    if not want or not have:
        return 0.0, ""
    best = (0.0, "")
    for size in range(max(1, len(want) - 1), len(want) + 2):
        for start in range(0, max(1, len(have) - size + 1)):
            piece = " ".join(have[start : start + size])
            score = difflib.SequenceMatcher(
                a=normalize_text(expected), b=normalize_text(piece), autojunk=False
            ).ratio()
            if score > best[0]:
                best = (score, piece)
    return best
