"""The rule-based baseline: no model. One step per clause of the sentence, a keyword verb chooser, targets
by `rule_scores` (the sentence's words matched to outline names) and values from the clause's spans.

It is what the model must beat; `testgen eval` prints both side by side.
"""

from __future__ import annotations

from testgen.generate.candidates import (
    ELEMENT_EXTRA_WEIGHTS,
    VALUE_WEIGHTS,
    Choice,
    element_choices,
    spans_of,
    value_choices,
)
from testgen.generate.features import DEFAULT_WEIGHTS
from testgen.generate.planner import TYPING_VERBS, PageView, Proposal, build_step
from testgen.generate.prompt import slot_kinds
from testgen.reading.clauses import choose_verb, clauses
from testgen.reading.restate import restate
from testgen.reading.spans import Span
from testgen.step import Step


class RulePlanner:
    """Proposes the step for the next clause: keyword verb, best-scoring target, the clause's values."""

    def __init__(self, task: str) -> None:
        self.task = restate(task)
        self.spans = spans_of(self.task)
        self.clauses = clauses(self.task)

    def propose(self, page: PageView, history: list[Step]) -> list[Proposal]:
        if len(history) >= len(self.clauses):
            return [Proposal(None, 0.0)]
        start, end = self.clauses[len(history)]
        clause = self.task[start:end]
        verb = choose_verb(clause)
        lines = page.outline_lines()
        local_spans = [s for s in self.spans if start <= s.start and s.end <= end]
        picked: list[list[Choice]] = [[]]
        for kind in slot_kinds(verb):
            grown = []
            for chosen in picked:
                if kind == "element":
                    options = element_choices(clause, lines, verb, history, 0, page.diff)
                    ranked = sorted(options, key=lambda c: -score_element(c))[:3]
                else:
                    element = chosen[0].element if chosen else None
                    options = value_choices(
                        clause,
                        [shift(s, start) for s in local_spans],
                        lines,
                        kind,
                        history,
                        0,
                        page.diff,
                        element,
                        options=verb == "select",
                        typing=verb in TYPING_VERBS,
                    )
                    ranked = sorted(options, key=lambda c: -score_value(c))[:2]
                grown.extend([*chosen, choice] for choice in ranked)
            picked = grown
        proposals = [Proposal(build_step(verb, chosen), -float(rank)) for rank, chosen in enumerate(picked)]
        return proposals or [Proposal(None, 0.0)]


def shift(span: Span, start: int) -> Span:
    """A task span re-based onto its clause."""
    return Span(span.start - start, span.end - start, span.text, span.kind)


def score_element(choice: Choice) -> float:
    """The rule score of an element choice (default feature weights)."""
    weights = (*DEFAULT_WEIGHTS, *ELEMENT_EXTRA_WEIGHTS)
    return sum(w * f for w, f in zip(weights, choice.features, strict=True))


def score_value(choice: Choice) -> float:
    """The rule score of a value choice (default feature weights)."""
    return sum(w * f for w, f in zip(VALUE_WEIGHTS, choice.features, strict=True))
