"""What each argument slot may point at, with the training-free features of every candidate.

The same function builds candidates for training and for generation, so the pointer heads see one thing.
An element slot offers the outline's elements that fit the verb; a value slot offers spans of the task (and
a select's options); a text slot offers task spans and the page's text lines; a key slot offers key names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from testgen.generate.clauses import next_clause
from testgen.generate.features import Candidate, element_features, normalise
from testgen.generate.prompt import KEYS, OutlineLine, task_spans
from testgen.generate.spans import Span
from testgen.step import TARGET_ROLES, VERBS, Step

ELEMENT_EXTRA = ("ahead", "in_diff", "in_clause")
ELEMENT_EXTRA_WEIGHTS = (1.5, 0.5, 2.0)
VALUE_KINDS = (
    "quoted",
    "email",
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
VALUE_WEIGHTS = (2.0, 1.5, 1.5, 0.5, 1.0, 0.5, 0.5, 0.0, -1.5, 0.0, -2.0, 1.0, 1.5, 0.5, 3.0, 0.5, -4.0, 2.5)


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


def find_mention(task: str, text: str, cursor: int) -> int | None:
    """End offset of `text` said in the task (case-insensitively), preferring a mention at/after `cursor`."""
    if not text.strip():
        return None
    low, needle = task.casefold(), text.casefold()
    at = low.find(needle, cursor)
    if at < 0:
        at = low.find(needle)
    return at + len(needle) if at >= 0 else None


def advance_cursor(task: str, step: Step, cursor: int) -> int:
    """Where the task has been read up to after `step`: past the words of its arguments, or, when none of
    them is said after the cursor (a paraphrase), past the clause the step carried out."""
    moved = cursor
    for arg in (step.target, step.value):
        if arg:
            end = find_mention(task, arg, moved)
            if end is not None and end > moved:
                moved = end
    if moved == cursor:
        clause = next_clause(task, cursor)
        moved = clause[1] if clause else len(task)
    return moved


def element_choices(
    task: str, lines: list[OutlineLine], verb: str, history: list[Step], cursor: int, diff: str
) -> list[Choice]:
    """Elements of the outline a `verb` step may target, in outline order."""
    roles = TARGET_ROLES.get(VERBS[verb].kind or "")
    used = {s.target for s in history}
    clause = clause_text(task, cursor)
    diff_norm = normalise(diff)
    out = []
    for line in lines:
        if line.id is None or (roles is not None and line.role not in roles) or not line.name:
            continue
        base = element_features(task, Candidate(line.role, line.name, line.name in used), verb)
        low = task.casefold().find(line.name.casefold(), cursor)
        ahead = 1.0 if low >= 0 else 0.0
        in_diff = 1.0 if diff_norm and normalise(line.name) and normalise(line.name) in diff_norm else 0.0
        in_clause = 1.0 if line.name.casefold() in clause else 0.0
        out.append(Choice(line.name, (*base, ahead, in_diff, in_clause), line=line.index, element=line))
    return out


def clause_text(task: str, cursor: int) -> str:
    """The (case-folded) clause the steps have reached: the first one starting at or after `cursor`."""
    clause = next_clause(task, cursor)
    return task[clause[0] : clause[1]].casefold() if clause else ""


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
) -> tuple[float, ...]:
    norm = normalise(text)
    kinds = tuple(1.0 if kind == k else 0.0 for k in VALUE_KINDS)
    ahead = 1.0 if start is not None and start >= cursor else 0.0
    on_page = 1.0 if norm and norm in page_norm else 0.0
    mentioned = (
        1.0
        if kind in ("option", "key", "line")
        and norm
        and re.search(rf"(?<![a-z0-9]){re.escape(norm)}(?![a-z0-9])", normalise(task))
        else 0.0
    )
    in_diff = 1.0 if norm and norm in diff_norm else 0.0
    names_target = 1.0 if norm and norm == normalise(target) else 0.0
    in_clause = 1.0 if clause and start is not None and clause[0] <= start < clause[1] else 0.0
    return (
        *kinds,
        1.0 if used else 0.0,
        ahead,
        1.0 if first_ahead else 0.0,
        on_page,
        mentioned,
        in_diff,
        names_target,
        in_clause,
    )


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
) -> list[Choice]:
    """Strings a `value`, `text` or `key` slot may take: task spans, a select's options, page text, keys.

    `element` is the step's target when it has one (its name is rarely the value); `options` offers its
    options too (for `select`).
    """
    target = element.name if element is not None else ""
    used_values = {v for s in history for v in (s.target, s.value) if v}
    page_norm = " \n ".join(normalise(line.raw) for line in lines)
    diff_norm = normalise(diff)
    out: list[Choice] = []
    if slot == "key":
        for key in KEYS:
            at = task.casefold().find(key.casefold(), cursor)
            features = _value_features(
                "key", key, at if at >= 0 else None, False, False, cursor, "", task, ""
            )
            out.append(Choice(key, features))
        return out
    clause = next_clause(task, cursor)
    ahead = [s for s in spans if s.start >= cursor and s.text not in used_values]
    first = min((s.start for s in ahead), default=None)
    for index, span in enumerate(spans):
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
    if element is not None and options:
        for option in element.options:
            features = _value_features(
                "option",
                option,
                None,
                option in used_values,
                False,
                cursor,
                page_norm,
                task,
                diff_norm,
                target,
            )
            out.append(Choice(option, features, line=element.index))
    if slot == "text":
        seen = {c.text for c in out}
        for line in lines:
            if line.text and line.text not in seen and not line.text.endswith("…"):
                seen.add(line.text)
                features = _value_features(
                    "line",
                    line.text,
                    None,
                    line.text in used_values,
                    False,
                    cursor,
                    page_norm,
                    task,
                    diff_norm,
                )
                out.append(Choice(line.text, features, line=line.index))
    return out


def spans_of(task: str) -> list[Span]:
    """The task's value candidates (one list per task, shared by every slot)."""
    return task_spans(task)
