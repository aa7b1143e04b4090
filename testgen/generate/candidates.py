"""What each argument slot may point at, with the training-free features of every candidate.

The same function builds candidates for training and for generation, so the pointer heads see one thing.
An element slot offers the outline's elements that fit the verb; a value slot offers spans of the task (and
a select's options); a text slot offers task spans and the page's text lines; a key slot offers key names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from html_compactor.reader import OutlineLine
from testgen.generate.features import Candidate, element_features
from testgen.generate.prompt import task_spans
from testgen.reading.clauses import clauses, key_mentions, next_clause
from testgen.reading.positions import NOUN_ROLES, POSITION_NOUNS, positional_name, says_position
from testgen.reading.spans import Span, strictly_inside
from testgen.reading.words import content_words, normalise
from testgen.step import TARGET_ROLES, VERBS, Step

# `shadowed`: every mention of the name in the clause is part of a longer element's name ("Password" inside
# "Forgot your password?").
ELEMENT_EXTRA = ("ahead", "in_diff", "in_clause", "shadowed")
ELEMENT_EXTRA_WEIGHTS = (1.5, 0.5, 2.0, -3.0)
VALUE_KINDS = (
    "quoted",
    "email",
    "path",
    "amount",
    "number",
    "credential",
    "lead_in",
    "terse",
    "option",
    "line",
    "key",
)
VALUE_FEATURES = (
    *VALUE_KINDS,
    "used",
    "ahead",
    "first_ahead",
    "on_page",
    "mentioned",
    "in_diff",
    "names_target",
    "in_clause",
)
# fmt: off
VALUE_WEIGHTS = (
    2.0, 1.5, 1.5, 1.5, 0.5, 1.0, 0.5, 0.5, 0.0, -1.5, 0.0,  # the kinds, in VALUE_KINDS order
    -1.0, 1.0, 1.5, 0.5, 3.0, 0.5, -4.0, 4.0,  # used … in_clause, in VALUE_FEATURES order
)
# fmt: on


@dataclass(frozen=True)
class Choice:
    """One thing a slot may point at: the string it puts in the step, where its key is read, its features.

    `line` indexes the outline line whose end holds the key; `span` indexes the task span; neither for keys.
    """

    text: str
    features: tuple[float, ...]
    line: int | None = None
    span: int | None = None
    element: OutlineLine | None = None


def advance_cursor(task: str, step: Step, cursor: int) -> int:
    """Where the task has been read up to after `step`: the end of the clause holding the first mention,
    from the cursor on, of one of the step's arguments; when none is said (a paraphrase, an implicit step),
    the end of the next clause. The first mention, so a value repeated later ("...; Username should hold
    ana") never drags the cursor past the clauses in between."""
    ahead = [(a, b) for a, b in clauses(task) if b > cursor]
    if not ahead:
        return len(task)
    low = task.casefold()
    mentions = [
        (at, at + len(arg))
        for arg in (step.target, step.value)
        if arg and arg.strip() and (at := low.find(arg.casefold(), cursor)) >= 0
    ]
    if not mentions:
        return ahead[0][1]
    _, end = min(mentions)
    # The mention's last character may be a clause's closing punctuation ("Forgot your password?").
    return next((b for _, b in ahead if b >= end - 1), len(task))


def element_choices(
    task: str, lines: list[OutlineLine], verb: str, history: list[Step], cursor: int, diff: str
) -> list[Choice]:
    """Elements of the outline a `verb` step may target, in outline order."""
    roles = TARGET_ROLES.get(VERBS[verb].kind or "")
    # Acting on an element again is rare; checking a field just filled is the usual thing to do.
    acted_on = {s.target for s in history} if verb != "see_value" else set()
    low = task.casefold()
    clause = next_clause(task, cursor) or (len(task), len(task))
    diff_norm = normalise(diff)
    # Where each name is said inside the clause; a name may run past it ("..., Lagoon Analytics").
    said = {
        line.name.casefold(): [
            at for at in occurrences(low, line.name.casefold()) if clause[0] <= at < clause[1]
        ]
        for line in lines
        if line.name
    }
    # Names are matched against the clause being read (and any name that starts in it), not the whole
    # task: "save" in "Change the display name to Sam Lee, save" means Save changes, not Display name.
    end = max([clause[1]] + [at + len(name) for name, ats in said.items() for at in ats])
    reading = task[clause[0] : end] if clause[0] < len(task) else task
    out = []
    places = positions(lines)
    for line in lines:
        if line.id is None or (roles is not None and line.role not in roles):
            continue
        if not line.name:
            if line.index in places:
                out.append(positional_choice(reading, line, places[line.index], verb, acted_on))
            continue
        base = element_features(reading, Candidate(line.role, line.name, line.name in acted_on), verb)
        if line.index in places and says_position(reading, line.role, *places[line.index][1:]):
            base[0] = 1.0  # "the second tab": named by its place as surely as by its name
        name = line.name.casefold()
        ahead = 1.0 if low.find(name, cursor) >= 0 else 0.0
        in_diff = 1.0 if diff_norm and normalise(line.name) and normalise(line.name) in diff_norm else 0.0
        in_clause = 1.0 if said[name] else 0.0
        covered = covered_by_longer(low, name, said)
        shadowed = 1.0 if said[name] and all(at in covered for at in said[name]) else 0.0
        out.append(
            Choice(line.name, (*base, ahead, in_diff, in_clause, shadowed), line=line.index, element=line)
        )
    return out


def positions(lines: list[OutlineLine]) -> dict[int, tuple[str, int, int]]:
    """Each element of a role a position can count (line index) → how a step names it by role and position
    ("2nd text field"), its place (from 1) and how many the page shows of the roles that name counts, named
    or not, in page order (as the runtime counts them)."""
    out = {}
    for line in lines:
        if line.id is None or line.role not in POSITION_NOUNS:
            continue
        counted = NOUN_ROLES[POSITION_NOUNS[line.role][0]]
        same = [other.index for other in lines if other.id is not None and other.role in counted]
        place = same.index(line.index) + 1
        name = positional_name(line.role, place, len(same))
        if name is not None:
            out[line.index] = (name, place, len(same))
    return out


def positional_choice(
    reading: str, line: OutlineLine, named: tuple[str, int, int], verb: str, acted_on: set[str]
) -> Choice:
    """The candidate for an unnamed element: named by position, and said outright when the clause names
    that position or, for the only one, its role ("the empty box", "the second field")."""
    name, place, count = named
    base = element_features(reading, Candidate(line.role, name, name in acted_on), verb)
    if says_position(reading, line.role, place, count):
        base[0] = 1.0  # "exact": the clause names this element as surely as by its name
    return Choice(name, (*base, 0.0, 0.0, base[0], 0.0), line=line.index, element=line)


def occurrences(text: str, part: str) -> list[int]:
    """Every offset where `part` occurs in `text`."""
    found, at = [], text.find(part)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found


def covered_by_longer(text: str, name: str, said: dict[str, list[int]]) -> set[int]:
    """Offsets of `name` in `text` that lie inside a mention (in `said`) of a longer name."""
    covered = set()
    for other, starts in said.items():
        if len(other) > len(name) and name in other:
            for start in starts:
                covered.update(start + at for at in occurrences(other, name))
    return covered


def _value_features(
    kind: str,
    text: str,
    start: int | None,
    used: bool,
    first_ahead: bool,
    cursor: int,
    page_norm: str,
    task: str,
    diff_norm: str,
    target: str = "",
    clause: tuple[int, int] | None = None,
    mentioned: bool | None = None,
) -> tuple[float, ...]:
    """The VALUE_FEATURES of one candidate; `mentioned` overrides the search for its text in the task."""
    norm = normalise(text)
    kinds = tuple(1.0 if kind == k else 0.0 for k in VALUE_KINDS)
    ahead = 1.0 if start is not None and start >= cursor else 0.0
    on_page = 1.0 if norm and norm in page_norm else 0.0
    if mentioned is None:
        mentioned = kind in ("option", "line") and holds_words(normalise(task), norm)
    in_diff = 1.0 if norm and norm in diff_norm else 0.0
    # The value is (a piece of) the target's own name: "done" of "What needs to be done?" is rarely typed.
    names_target = 1.0 if holds_words(normalise(target), norm) else 0.0
    in_clause = 1.0 if clause and start is not None and clause[0] <= start < clause[1] else 0.0
    return (
        *kinds,
        1.0 if used else 0.0,
        ahead,
        1.0 if first_ahead else 0.0,
        on_page,
        1.0 if mentioned else 0.0,
        in_diff,
        names_target,
        in_clause,
    )


def holds_words(text: str, words: str) -> bool:
    """Whether normalised `text` holds normalised `words` as whole words."""
    return bool(words) and re.search(rf"(?<!\S){re.escape(words)}(?!\S)", text) is not None


def value_choices(
    task: str,
    spans: list[Span],
    lines: list[OutlineLine],
    slot: str,
    history: list[Step],
    cursor: int,
    diff: str,
    element: OutlineLine | None = None,
    options: bool = False,
    typing: bool = True,
) -> list[Choice]:
    """Strings a `value`, `text` or `key` slot may take: task spans, a select's options, page text, keys.

    `element` is the step's target when it has one (its name is rarely the value); `options` offers its
    options too (for `select`); `typing` says the step enters the value (fill, select) rather than checks it.
    """
    target = element.name if element is not None else ""
    # A value already typed is rarely typed again, but it is what a later check looks for.
    used_values = {v for s in history for v in (s.target, s.value) if v} if typing else set()
    page_norm = " \n ".join(normalise(line.raw) for line in lines)
    diff_norm = normalise(diff)
    out: list[Choice] = []
    clause = next_clause(task, cursor)
    if slot == "key":
        # Each key at its first mention from the cursor on; the earliest of those is the key pressed next.
        named = key_mentions(task)
        said = {key: next((at for at in starts if at >= cursor), None) for key, starts in named.items()}
        first = min((at for at in said.values() if at is not None), default=None)
        for key, at in said.items():
            features = _value_features(
                "key",
                key,
                at,
                False,
                at is not None and at == first,
                cursor,
                "",
                task,
                "",
                clause=clause,
                mentioned=bool(named[key]),
            )
            out.append(Choice(key, features))
        return out
    # Page strings (a select's options; for a check, the page's text lines) the task says word for word are
    # read where they are said, like spans; a value inside such a mention is only a piece of it.
    strings: list[tuple[str, str, int, tuple[int, int] | None]] = []
    if element is not None and options:
        strings += [(o, "option", element.index, said_at(task, o, cursor, 1)) for o in element.options]
    if slot == "text":
        strings += [
            (line.text, "line", line.index, said_at(task, line.text, cursor, 6))
            for line in lines
            if line.text and not line.text.endswith("…")
        ]
        if not any(said for *_, said in strings) and clause is not None:
            strings += part_of_a_line(task, clause, lines)
    mentions = [said for *_, said in strings if said]
    if slot == "text":  # a text on the page said in the task is one text, not its pieces
        mentions += [(s.start, s.end) for s in spans if normalise(s.text) and normalise(s.text) in page_norm]
    kept = [(i, span) for i, span in enumerate(spans) if not strictly_inside(span.start, span.end, mentions)]
    ahead = [s for _, s in kept if s.start >= cursor and s.text not in used_values]
    first = min((s.start for s in ahead), default=None)
    for index, span in kept:
        features = _value_features(
            span.kind,
            span.text,
            span.start,
            span.text in used_values,
            span.start == first,
            cursor,
            page_norm,
            task,
            diff_norm,
            target,
            clause,
        )
        out.append(Choice(span.text, features, span=index))
    seen = {c.text for c in out}
    for text, kind, line, said in strings:
        if (kind == "line" and text in seen) or (said and strictly_inside(*said, mentions)):
            continue
        seen.add(text)
        features = _value_features(
            kind,
            text,
            said[0] if said else None,
            text in used_values,
            False,
            cursor,
            page_norm,
            task,
            diff_norm,
            target if kind == "option" else "",
            clause,
        )
        out.append(Choice(text, features, line=line))
    return out


def part_of_a_line(
    task: str, clause: tuple[int, int], lines: list[OutlineLine]
) -> list[tuple[str, str, int, tuple[int, int]]]:
    """The longest run of the clause's words (two or more meaningful ones, or the one a clause says) that a
    page line holds, as the line shows it: "it says 2 unsaved changes" on a line "Parcel / Settings 2
    unsaved changes", "-> complete" on "Transfer complete. $200.00 sent"."""
    words = list(re.finditer(r"[\w$€£%.,:'’/-]*\w", task[clause[0] : clause[1]]))
    texts = [line for line in lines if line.text]  # a cut line ("…") still shows what comes before the cut
    # A clause of one meaningful word ("-> complete") may check that word; otherwise two are needed.
    needed = min(2, len(content_words(task[clause[0] : clause[1]])))
    for size in range(len(words), 0, -1):
        for i in range(len(words) - size + 1):
            start, end = clause[0] + words[i].start(), clause[0] + words[i + size - 1].end()
            phrase = task[start:end]
            if len(content_words(phrase)) < max(1, needed):
                continue
            pattern = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)", re.IGNORECASE)
            for line in texts:
                found = pattern.search(line.text.removesuffix("…"))
                if found and (found.end() < len(line.text) - 1 or not line.text.endswith("…")):
                    return [(found.group(0), "line", line.index, (start, end))]
    return []


def said_at(task: str, text: str, cursor: int, shortest: int) -> tuple[int, int] | None:
    """Where, from the cursor on, the task says `text` as whole words (any case, a final full stop
    optional); None for texts shorter than `shortest` characters, too common to count as said."""
    words = text.rstrip(".")
    if len(words) < shortest:
        return None
    found = re.compile(rf"(?<!\w){re.escape(words)}(?!\w)", re.IGNORECASE).search(task, cursor)
    return found.span() if found else None


def spans_of(task: str) -> list[Span]:
    """The task's value candidates (one list per task, shared by every slot)."""
    return task_spans(task)
