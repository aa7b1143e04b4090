"""Candidate values in a task sentence: quoted strings, e-mails, URL paths, amounts, numbers, words after
"type"/"enter".

Values are chosen by pointing at these spans (never invented), so a generated `fill` or `see` can only
carry text the tester wrote or the page shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Quotation marks of English and of other scripts: German „…“, French «…», Japanese 「…」 and 『…』 (these
# may follow a letter: Japanese writes no space before them).
QUOTED = re.compile(
    r"""(?<![\w])(?:"([^"\n]+)"|'((?:[^'\n]|'(?=\w))+)'(?!\w)|“([^”\n]+)”|‘([^’\n]+)’|`([^`\n]+)`)"""
    r"""|„([^“”\n]+)[“”]|«\s?([^»\n]+?)\s?»|「([^」\n]+)」|『([^』\n]+)』"""
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
AMOUNT = re.compile(r"[$€£]\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s?(?:€|EUR|USD|GBP)")
PATH = re.compile(r"(?<![\w/.])/[\w\-.~/?=&%#+]*[\w/#=]")
NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?(?![\w])")
CREDENTIALS = re.compile(r"(?<![\w/])([\w.@+-]+)/([^\s/,;]+)(?![\w/])")
# Words a value follows: "type bob", "enter hunter2 as the password", "set quantity to 3", "search for mugs".
LEAD_WORDS = (
    r"type|types|typing|enter|enters|entering|fill in|input|put|write|search for|searches for|choose|chose|"
    r"pick|picked|select|selected|"
    r"set (?:it )?to|change (?:it )?to|to be|holds?|contains?|reads?|says?|includes?|has|to|with|as|named|"
    r"called"
)
# A lookahead, so that "to type hello" yields both "type hello" and the (dropped) "type ..." after "to".
# Values never run past the end of a line.
LEAD_IN = re.compile(
    rf"\b(?=(?:{LEAD_WORDS})[ \t]+([^\s,.;:!?]+(?:[ \t]+[^\s,.;:!?]+){{0,3}}))", re.IGNORECASE
)
STARTS_WITH_LEAD = re.compile(rf"(?:{LEAD_WORDS})\b", re.IGNORECASE)
# A value starts like one: not with an arrow, an article or an action word ("the Password", "fill").
VALUE_START = re.compile(
    r"(?!(?:the|a|an|my|your|fill|click|tap|press|hit|check|uncheck|tick|untick|open|follow|select|choose|type"
    r"|enter|put|set|switch|turn|go|visit)\b)"
    r"[\w\"'“‘$€£@/#]",
    re.IGNORECASE,
)
STOP_AT = re.compile(
    r"\s+(?:(?:and|then|in|into|on|as|for|from|the|a|an|to|with|field|box|input)\b|/|→|=>|->|—|–).*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Span:
    """A stretch of the task: `text == task[start:end]`; `kind` says how it was found."""

    start: int
    end: int
    text: str
    kind: str  # quoted | email | path | amount | number | credential | lead_in


def value_spans(task: str) -> list[Span]:
    """Every candidate value span of `task`, strongest kinds first, without duplicates."""
    found: list[Span] = []
    seen: set[tuple[int, int]] = set()

    def add(start: int, end: int, kind: str) -> None:
        text = task[start:end]
        if text.strip() and (start, end) not in seen:
            seen.add((start, end))
            found.append(Span(start, end, text, kind))

    quotes, quoted_runs = [], []  # the quoted texts, and the same with their quotation marks
    for match in QUOTED.finditer(task):
        group = match.lastindex
        quotes.append((match.start(group), match.end(group)))
        quoted_runs.append(match.span())
        add(*quotes[-1], "quoted")

    def add_unquoted(start: int, end: int, kind: str) -> None:
        # A piece of a quotation is not a value of its own: the "$12" of "$12 per month" is never meant.
        if not strictly_inside(start, end, quotes):
            add(start, end, kind)

    for pattern, kind in ((EMAIL, "email"), (PATH, "path"), (AMOUNT, "amount")):
        for match in pattern.finditer(task):
            add_unquoted(match.start(), match.end(), kind)
    for match in CREDENTIALS.finditer(task):
        add_unquoted(match.start(1), match.end(1), "credential")
        add_unquoted(match.start(2), match.end(2), "credential")
    for match in NUMBER.finditer(task):
        add_unquoted(match.start(), match.end(), "number")
    # A value found whole (an e-mail, an amount) is not cut short after a lead; a bare number or a credential
    # may be the start of a longer value ("says 2 unsaved changes", "pick Asia/Tokyo").
    starts = {span.start for span in found if span.kind not in ("number", "credential")}
    for match in LEAD_IN.finditer(task):
        words = STOP_AT.sub("", match.group(1))
        start, end = match.start(1), match.start(1) + len(words)
        if (
            words
            and VALUE_START.match(words)
            and not STARTS_WITH_LEAD.match(words)
            and not any(a < end and start < b for a, b in quoted_runs)  # quotations are taken whole
            and start not in starts
        ):
            add(start, end, "lead_in")
    return found


def strictly_inside(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether [start, end) lies inside one of `ranges` without being all of it."""
    return any(a <= start and end <= b and (a, b) != (start, end) for a, b in ranges)
