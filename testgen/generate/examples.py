"""Records (`datasets/SCHEMA.md`) turned into what the generator trains on: one example per decision.

A decision is the prompt the live loop builds before a step (the task restated as the live loop reads it,
page, diff, steps so far), the step's text after it (or the end marker), and the labels of its pointer slots.
Pages can be cropped to a few lines around what the step points at: the short-to-long curriculum starts there.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from html_compactor.reader import read_outline
from testgen.data.record import Record
from testgen.generate.candidates import Choice, spans_of
from testgen.generate.decode import END_OF_TEST
from testgen.generate.planner import cursor_after, slot_choices
from testgen.generate.prompt import encode_page, encode_steps, encode_task, slot_kinds
from testgen.model.special_tokens import END, STEP
from testgen.model.tokenizer import Tokenizer
from testgen.reading.restate import restate
from testgen.step import Step, StepSyntaxError


@dataclass
class Slot:
    """One pointer decision: the query position, the candidates, the right one, and the key positions."""

    kind: str
    query: int
    choices: list[Choice]
    label: int


@dataclass
class Decision:
    """A training example: token ids (loss on every token) and the pointer slots of its last step."""

    ids: list[int]
    slots: list[Slot]
    line_end: dict[int, int]
    span_bounds: list[tuple[int, int]]
    verb: str  # the step's verb, or "<end>"
    step_at: int  # position of the `<|step|>` marker where the verb (or the end) is decided


@dataclass(frozen=True)
class RawDecision:
    """A decision before encoding: which record, which step (len(steps) = the end of the test)."""

    record: Record
    index: int


def decisions_of(records: list[Record]) -> list[RawDecision]:
    """Every decision of every generate record whose lines parse."""
    out = []
    for record in records:
        if record.kind != "generate":
            continue
        try:
            for step in record.steps:
                Step.parse(step.line)
        except StepSyntaxError:
            continue
        out.extend(RawDecision(record, i) for i in range(len(record.steps) + 1))
    return out


def crop(
    outline: str, keep: set[int], max_lines: int | None, rng: random.Random
) -> tuple[str, dict[int, int]]:
    """At most `max_lines` lines, always those in `keep`, in page order; returns text and old->new index."""
    lines = outline.splitlines()
    if max_lines is None or len(lines) <= max_lines:
        return outline, {i: i for i in range(len(lines))}
    others = [i for i in range(len(lines)) if i not in keep]
    chosen = sorted(keep | set(rng.sample(others, max(0, min(len(others), max_lines - len(keep))))))
    return "".join(lines[i] + "\n" for i in chosen), {old: new for new, old in enumerate(chosen)}


def label_of(
    kind: str,
    choices: list[Choice],
    step: Step,
    argument: int,
    record: Record,
    index: int,
    target_line: int | None,
    read: str,
) -> int | None:
    """Which candidate the reference step took for one slot, or None when none matches. `read` is the task
    as the model reads it; a value's recorded span (in the task as written) tells apart two places that say
    the same text only where the two are the same."""
    text = step.args[argument]
    if kind == "element":
        return next((i for i, c in enumerate(choices) if c.line == target_line), None)
    span = record.steps[index].value_span
    if span is not None and record.steps[index].value_source == "task" and read == record.task:
        for i, choice in enumerate(choices):
            if choice.span is not None and choice.text == text and record.task[span[0] : span[1]] == text:
                return i
    return next((i for i, c in enumerate(choices) if c.text == text), None)


def encode_decision(
    raw: RawDecision, tokenizer: Tokenizer, max_lines: int | None, rng: random.Random
) -> Decision:
    """Build the prompt and labels of one decision (cropping the page to `max_lines` when given)."""
    record, index = raw.record, raw.index
    steps = [Step.parse(s.line) for s in record.steps]
    page_index = min(index, len(steps) - 1)
    page = record.steps[page_index]
    target = steps[index] if index < len(steps) else None
    parsed = read_outline(page.outline)
    target_line = None
    if target is not None and page.target_id is not None:
        target_line = next((line.index for line in parsed if line.id == page.target_id), None)
    keep = {target_line} if target_line is not None else set()
    outline, remap = crop(page.outline, keep, max_lines, rng)
    target_line = remap.get(target_line) if target_line is not None else None
    changes = page.diff if 0 < index < len(steps) else ""
    read = restate(record.task)  # the task as generation reads it
    spans = spans_of(read)
    task = encode_task(tokenizer, read, spans)
    page_encoded = encode_page(tokenizer, outline, changes, len(task.ids))
    history = steps[:index]
    shown = history + ([target] if target is not None else [])
    steps_encoded, queries = encode_steps(tokenizer, shown, len(task.ids) + len(page_encoded.ids))
    ids = task.ids + page_encoded.ids + steps_encoded.ids
    slots: list[Slot] = []
    if target is None:
        step_at = len(ids)
        ids += tokenizer.encode(STEP) + tokenizer.encode(END)
        return Decision(ids, slots, page_encoded.line_end, task.span_bounds, END_OF_TEST, step_at)
    lines = read_outline(outline)
    cursor = cursor_after(read, history)
    element = None
    for argument, kind in enumerate(slot_kinds(target.verb)):
        choices = slot_choices(read, spans, lines, kind, target.verb, history, cursor, changes, element)
        label = label_of(kind, choices, target, argument, record, index, target_line, read)
        if label is None:
            break
        if kind == "element":
            element = choices[label].element
        slots.append(Slot(kind, queries[-1][argument], choices, label))
    return Decision(
        ids, slots, page_encoded.line_end, task.span_bounds, target.verb, steps_encoded.step_starts[-1]
    )
