"""The prompt the model reads: the task, then the page, then the steps so far (`docs/prompt-format.md`).

A recurrent model reads once, so the task comes first: it knows what to look for while the page streams
past. Every piece is encoded on its own, so the token positions where an outline line, a task span or a
step's argument ends are exact; the pointer heads read the model's hidden state at those positions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from testgen.model.special_tokens import DIFF, PAGE, STEP, TASK
from testgen.model.tokenizer import Tokenizer
from testgen.reading.clauses import labels_a_remark
from testgen.reading.spans import Span, value_spans
from testgen.step import VERBS, Step, quote

# Extra value candidates the span finder has no rule for: "name=value" and "label: value" in terse tasks.
TERSE_VALUE = re.compile(
    r"(?:=|:)\s*([^\s=/→,;]+(?: [^\s=/→,;]+){0,2}?)(?=\s*(?:$|/|→|=>|->|,|;|\n|\s+(?:and|then)\b))"
)


def task_spans(task: str) -> list[Span]:
    """Value candidates of a task: the span finder's, plus terse `label=value` values."""
    spans = value_spans(task)
    seen = {(s.start, s.end) for s in spans}
    for match in TERSE_VALUE.finditer(task):
        start, end = match.span(1)
        if labels_a_remark(task, match.start()):
            continue
        if (start, end) not in seen and task[start:end].strip():
            seen.add((start, end))
            spans.append(Span(start, end, task[start:end], "terse"))
    return spans


@dataclass
class Encoded:
    """Token ids of a prompt and where its pieces end (positions index `ids`)."""

    ids: list[int] = field(default_factory=list)
    line_end: dict[int, int] = field(default_factory=dict)  # outline line index -> position of its last token
    span_bounds: list[tuple[int, int]] = field(default_factory=list)  # per task span: (before start, last)
    step_starts: list[int] = field(default_factory=list)  # position of each <|step|> marker

    def add(self, tokenizer: Tokenizer, text: str) -> int:
        """Append `text`; returns the position of its last token (or of the previous one if empty)."""
        self.ids.extend(tokenizer.encode(text))
        return len(self.ids) - 1


def encode_task(tokenizer: Tokenizer, task: str, spans: list[Span]) -> Encoded:
    """`<|task|>` and the task, cut at every span boundary so each span starts and ends on a token edge."""
    out = Encoded()
    out.add(tokenizer, TASK)
    cuts = sorted({0, len(task), *(s.start for s in spans), *(s.end for s in spans)})
    end_at: dict[int, int] = {}
    for start, end in zip(cuts, cuts[1:], strict=False):
        end_at[start] = len(out.ids) - 1
        out.add(tokenizer, task[start:end])
    end_at[len(task)] = len(out.ids) - 1
    out.span_bounds = [(end_at[s.start], end_at[s.end]) for s in spans]
    out.add(tokenizer, "\n")
    return out


def encode_page(tokenizer: Tokenizer, outline: str, diff: str, offset: int) -> Encoded:
    """`<|page|>` and the outline line by line, then `<|diff|>` and what the last step changed."""
    out = Encoded()
    out.add(tokenizer, PAGE)
    for index, line in enumerate(outline.splitlines()):
        out.line_end[index] = offset + out.add(tokenizer, line + "\n")
    if diff.strip():
        out.add(tokenizer, DIFF)
        out.add(tokenizer, diff if diff.endswith("\n") else diff + "\n")
    return out


def verb_prefix(verb: str) -> str:
    """How a step's text starts up to its first argument: `I.click(`."""
    return f"I.{verb}("


def step_pieces(step: Step) -> list[str]:
    """A step's text in pieces: verb prefix, then each argument, separator and tail on its own."""
    pieces = [verb_prefix(step.verb)]
    for index, arg in enumerate(step.args):
        if index:
            pieces.append(", ")
        pieces.append(quote(arg))
    tail = ""
    if step.near is not None:
        tail += f", near={quote(step.near)}"
    pieces.append(tail + ")\n")
    return pieces


def encode_steps(tokenizer: Tokenizer, steps: list[Step], offset: int) -> tuple[Encoded, list[list[int]]]:
    """The steps so far, each after `<|step|>`; also, per step, the positions where each slot is queried.

    A slot is queried at the last token before its argument: the end of `I.verb(` for the first, the
    end of `, ` for the second.
    """
    out = Encoded()
    queries: list[list[int]] = []
    for step in steps:
        out.step_starts.append(offset + out.add(tokenizer, STEP))
        slots: list[int] = []
        pieces = step_pieces(step)
        for index, piece in enumerate(pieces):
            position = offset + out.add(tokenizer, piece)
            if index < len(pieces) - 1 and (index == 0 or piece == ", "):
                slots.append(position)
        queries.append(slots)
    return out, queries


def slot_kinds(verb: str) -> tuple[str, ...]:
    """What each argument of `verb` points at: `element`, `value` (task span or option), `text`, `key`."""
    kinds = {
        "fillable": "element",
        "selectable": "element",
        "checkable": "element",
        "field": "element",
        "clickable": "element",
        "text": "text",
    }
    spec = VERBS[verb]
    first = kinds[spec.kind] if spec.kind else ("key" if verb == "press" else "value")
    return (first, "value")[: len(spec.params)]
