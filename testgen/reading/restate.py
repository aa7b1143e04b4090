"""The sentence restated as one step per clause, before anything reads it.

People pack several steps into a few words: "Sign in as alice with password s3cret!" is three steps, "Turn on
Push notifications and SMS" is two, "leave the password blank" is none. The planners read a clause per
step, so such phrasings are spelled out first. Every word the user wrote that names a value is kept verbatim.
"""

from __future__ import annotations

import re
from functools import lru_cache

from testgen.reading.clauses import (
    CHECK_VERBS,
    OPENING,
    QUOTED_RUN,
    TICKET_KEY,
    VERB_WORDS,
    bare,
    clauses,
    expects_outcome,
    opens_with_action,
    said_verb,
)
from testgen.reading.spans import value_spans

LOGIN_VERB = r"(?:(?:after|once|when)\s+)?(?P<verb>(?:log|sign)(?:s|ged|ging|ing|ed)?[ -]?in|login)"
# A user name, not the word after "login" in "the login page" or "the login form".
USER = (
    r"(?:(?:the )?user(?:name)? )?"
    r"(?!(?:page|form|screen|button|link|box|field|details|credentials|dialog)\b)(?P<user>[\w.@+-]+)"
)
# What stands between a user name and its password: "/", ",", "and", "with (the) password", "password:".
BETWEEN = (
    r"\s*(?:/|,\s*(?:(?:the )?password:?)?|\s(?:and|with|using)(?: the)?(?: password:?)?|\s\(?password:?)\s*"
)
PASSWORD = r"(?P<password>[^\s,;()/\"'“”]+)"
LOGIN = re.compile(
    rf"{LOGIN_VERB}(?:\s+(?:as|with|using))?\s*\(?\s*{USER}{BETWEEN}{PASSWORD}\)?", re.IGNORECASE
)
# Credentials without a verb open the sentence: "alice / s3cret! → ...", "As alice/s3cret!, ...".
BARE_LOGIN = re.compile(
    rf"^\s*(?:as\s+)?(?P<user>[\w.@+-]+)\s*/\s*{PASSWORD}(?=\s*(?:,|→|->|$))", re.IGNORECASE
)
# "search products for boots" / "search for boots": typing into a search box.
SEARCH = re.compile(
    r"\bsearch(?:es|ed)?\s+(?:(?:the\s+)?(?P<where>[a-z][\w ]{0,30}?)\s+)?for\s+(?P<what>[^,.;!?\n]+?)"
    r"(?=\s+(?:and|then)\b|[,.;!?\n]|$)",
    re.IGNORECASE,
)
# "Filter the users by Status = Suspended": choosing a value in the field named.
FILTER_BY = re.compile(
    r"\b(?:filter|sort|narrow)(?:s|ed)?\b[^,.;\n]*?\bby\s+(?P<field>[\w ]+?)\s*[=:]\s*(?P<value>[^,.;\n]+?)"
    r"(?=\s+(?:and|then)\b|[,.;\n]|$)",
    re.IGNORECASE,
)
# Clauses that ask for no step: "leave the password blank", "keep the bio empty".
NO_STEP = re.compile(
    r"(?:,\s*|\s+and\s+|^)(?:leave|leaving|keep|keeping)\s+(?:the\s+)?[\w' ]{1,40}?\s+"
    r"(?:blank|empty|as it is|untouched|alone)\b",
    re.IGNORECASE,
)
ACTION_OPENING = re.compile(rf"^(?:{'|'.join(p for v, p in OPENING if v != 'click')})\b", re.IGNORECASE)
ANY_VERB = re.compile(rf"\b(?:{'|'.join(p for _, p in VERB_WORDS)})\b", re.IGNORECASE)
SHARED = re.compile(r"\s+and\s+(?!then\b)")
ARROW = re.compile(r"\s*(?:→|->)\s*")
# The label a written-up test puts before what it expects ("Expected:", "Expected result -", "ER:").
EXPECT_LABEL = re.compile(
    r"^\s*(?:expected(?: results?)?|expectations?|results?|er|outcome)\s*[:\-–—]\s*", re.IGNORECASE
)


def quoted(value: str) -> str:
    """`value` in quotes that cannot clash with it, so it is read whole (a quoted value stays as it is)."""
    value = value.strip()
    if QUOTED_RUN.fullmatch(value):
        return value
    return f'"{value}"' if '"' not in value else f"'{value}'"


def spell_out_search(match: re.Match[str]) -> str:
    """ "search products for boots" → typing "boots" into the products search box."""
    where = " ".join(filter(None, ["the", (match.group("where") or "").strip(), "search"]))
    return f"type {quoted(match.group('what'))} into {where}"


def spell_out_login(match: re.Match[str]) -> str:
    """The three steps of a login: both fields, then the button (by either usual name)."""
    password = match.group("password")
    end = "." if password.endswith(".") else ""
    said = (match.groupdict().get("verb") or "").casefold()
    buttons = "Sign in or Log in" if said.startswith("sign") else "Log in or Sign in"
    return (
        f"type {quoted(match.group('user'))} into the username, "
        f"type {quoted(password.removesuffix('.'))} into the password, click {buttons}{end}"
    )


def share_verb(sentence: str) -> str:
    """ "Turn on A and B" → "Turn on A, and turn on B": an action's opening verb goes on to what follows
    "and" when that has no verb of its own and reads as another target (a capitalised name for a toggle, a
    "field to value" pair for a fill or a choice), not as the rest of a name ("terms and conditions")."""
    masked = QUOTED_RUN.sub(lambda m: "_" * len(m.group(0)), sentence)  # an "and" inside quotes joins nothing
    cuts = [m.span() for m in SHARED.finditer(masked)]
    if not cuts:
        return sentence
    first = sentence[: cuts[0][0]]
    last_clause = re.split(r"[,;:]\s*|\s+then\s+", masked[: cuts[0][0]])[-1]
    opening = ACTION_OPENING.match(bare(first[len(first) - len(last_clause) :]).strip())
    if opening is None:
        return sentence
    verb = next(v for v, pattern in OPENING if re.fullmatch(pattern, opening.group(0), re.IGNORECASE))
    out = [first]
    ends = [a for a, _ in cuts[1:]] + [len(sentence)]
    for (_, start), end in zip(cuts, ends, strict=True):
        piece = sentence[start:end]
        head = re.split(r"[,;:—–]|\s-\s|\s+then\s+", QUOTED_RUN.sub(" x ", piece), maxsplit=1)[0].strip()
        another = (
            bool(re.search(r"\s(?:to|as|in|into|with)\s|=", head))
            if verb in ("fill", "select")
            else head[:1].isupper()
        )
        if head and another and not ANY_VERB.search(head):
            out.append(f", and {opening.group(0).lower()} {piece}")
        else:
            out.append(f" and {piece}")
    return "".join(out)


def click_named(text: str) -> str:
    """A name alone before an arrow, not after one, as the click it stands for: "'See all' -> Transaction
    history" clicks See all (after an arrow, a name alone is what should be seen: 'Save -> "Saved"')."""
    spans = clauses(text)
    for index in reversed(range(len(spans))):
        start, end = spans[index]
        following = spans[index + 1][0] if index + 1 < len(spans) else len(text)
        previous = spans[index - 1][1] if index else 0
        alone = not QUOTED_RUN.sub(" ", bare(text[start:end])).strip(" .!?,:;")
        if alone and ARROW.search(text[end:following]) and not ARROW.search(text[previous:start]):
            text = f"{text[:start]}click {text[start:]}"
    return text


@lru_cache(maxsize=256)
def restate(task: str) -> str:
    """The task with packed phrasings spelled out one step per clause (see the module docstring)."""
    text = click_named(task)
    text = BARE_LOGIN.sub(spell_out_login, text, count=1)
    text = LOGIN.sub(spell_out_login, text)
    text = NO_STEP.sub("", text)
    text = SEARCH.sub(spell_out_search, text)
    text = FILTER_BY.sub(lambda m: f"set {m.group('field').strip()} to {quoted(m.group('value'))}", text)
    # Verbs are shared inside one sentence or line only.
    out, at = [], 0
    for start, end, checked in parts_expected(text):
        out += [text[at:start], share_verb(checks_at(text[start:end], [c - start for c in checked]))]
        at = end
    return "".join([*out, text[at:]])


def as_said(task: str, clause: str) -> str:
    """A clause of `restate(task)` as the task says it: without the "see " put before a check that an arrow
    or a label implies ("-> complete" is quoted as "complete", not "see complete")."""
    plain = clause.removeprefix("see ")
    return plain if plain != clause and clause not in task and plain in task else clause


@lru_cache(maxsize=256)
def expected_clauses(task: str) -> frozenset[int]:
    """Where the clauses begin that say no check verb but are checks all the same, read as `restate` reads
    them: after an arrow or an expectation's label, and the valued lines under a title that expects."""
    return frozenset(c for _, _, checked in parts_expected(task) for c in checked)


def parts_expected(text: str) -> list[tuple[int, int, list[int]]]:
    """Each sentence or line of `text` (start, end) with where its clauses that are checks begin. What
    follows an arrow or an expectation's label is expected, sentence after sentence and line after line, up
    to the first clause that acts."""
    pieces = re.split(rf"((?<=[.;!?])\s+|\n+|{ARROW.pattern})", text)
    found, at, expecting = [], 0, False
    for i, part in enumerate(pieces):
        if i % 2 == 0:
            label = EXPECT_LABEL.match(part)
            checked: list[int] = []
            if label:
                checked, expecting = outcome(part, label.end())
            elif expecting or (i and ARROW.fullmatch(pieces[i - 1])):
                checked, expecting = outcome(part)
            elif i >= 2 and "\n" in pieces[i - 1] and is_title(pieces[i - 2], i == 2):
                checked, _ = outcome(part, valued_only=True)  # the lines under a title that expects
            found.append((at, at + len(part), [at + c for c in checked]))
        at += len(part)
    return found


def is_title(line: str, first: bool) -> bool:
    """Whether a line names the test and says what it expects ("HB-130 dashboard shows opening
    balances"): the first line, or one that opens with a ticket's key."""
    return (first or TICKET_KEY.match(line) is not None) and expects_outcome(line)


def outcome(part: str, after: int = 0, valued_only: bool = False) -> tuple[list[int], bool]:
    """What a note says after an arrow or an expectation's label ("Expected:", ending at `after`) is what
    should be seen: "hit Send -> complete, TX ref TX-1005" checks both, "the count change to 3" is a check
    too. Returns where its clauses that say no check verb of their own begin, up to the first that opens
    with an action, and whether none acted (what follows is still expected). Under a title that expects
    ("dashboard shows opening balances"), only clauses with an amount or a quotation count
    (`valued_only`): "4821 at $2,450.00", never "25 from 4821 to 7730"."""
    said = []
    for start, end in clauses(part[after:]):
        clause = part[after + start : after + end]
        if opens_with_action(clause) or (valued_only and said_verb(clause) is not None):
            return said, False
        valued = any(span.kind in ("amount", "quoted") for span in value_spans(clause))
        if said_verb(clause) not in CHECK_VERBS and (valued or not valued_only):
            said.append(after + end - len(bare(clause)))  # past a list mark and joining words ("and", "- ")
    return said, True


def checks_at(text: str, starts: list[int]) -> str:
    """`text` with "see " put before the clauses starting at `starts`."""
    for start in reversed(starts):
        text = f"{text[:start]}see {text[start:]}"
    return text
