"""Read the tester's sentence for what it names: quoted strings, numbers and content words."""

from __future__ import annotations

import re
from dataclasses import dataclass

QUOTED = re.compile(r"\"([^\"]+)\"|'([^']+)'|“([^”]+)”|‘([^’]+)’")
WORD = re.compile(r"\w+")
STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "into",
        "onto",
        "then",
        "that",
        "this",
        "these",
        "those",
        "is",
        "are",
        "be",
        "it",
        "its",
        "as",
        "click",
        "press",
        "tap",
        "type",
        "enter",
        "fill",
        "select",
        "choose",
        "check",
        "uncheck",
        "open",
        "go",
        "see",
        "should",
        "verify",
        "assert",
        "make",
        "sure",
        "page",
        "button",
        "link",
        "field",
        "box",
        "input",
        "text",
        "there",
        "has",
        "have",
        "will",
        "can",
        "user",
        "i",
        "you",
        "we",
        "my",
        "our",
        "your",
    ]
)


@dataclass(frozen=True)
class Query:
    """What a sentence names: exact strings that must stay visible, and words/numbers that raise a line."""

    quoted: tuple[str, ...]
    words: frozenset[str]
    said: str = ""  # the sentence's words, casefolded, joined by single spaces and padded with them

    @classmethod
    def parse(cls, sentence: str | None) -> Query:
        """Split a sentence into casefolded quoted strings and content words (numbers included)."""
        if not sentence:
            return cls((), frozenset())
        quoted = tuple(next(g for g in m.groups() if g).casefold().strip() for m in QUOTED.finditer(sentence))
        words = {
            w for w in WORD.findall(sentence.casefold()) if w not in STOPWORDS and (len(w) > 2 or w.isdigit())
        }
        said = f" {' '.join(WORD.findall(sentence.casefold()))} "
        return cls(tuple(q for q in quoted if q), frozenset(stem(w) for w in words), said)

    def __bool__(self) -> bool:
        return bool(self.quoted or self.words)

    def must_keep(self, text: str) -> bool:
        """True when `text` contains one of the quoted strings (case-insensitive)."""
        folded = text.casefold()
        return any(q in folded for q in self.quoted)

    def says(self, name: str) -> bool:
        """True when the sentence holds `name` word for word ("Add 17" in "click Add 17", not "Add 1")."""
        words = " ".join(WORD.findall(name.casefold()))
        return bool(words) and f" {words} " in self.said

    def matched_words(self, text: str) -> set[str]:
        """The query's words that occur in `text`."""
        if not self.words:
            return set()
        return self.words.intersection(stem(w) for w in WORD.findall(text.casefold()))

    def matches(self, text: str) -> int:
        """How many of the query's words occur in `text`."""
        return len(self.matched_words(text))


def stem(word: str) -> str:
    """A crude plural fold so that "items" meets "item"."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word
