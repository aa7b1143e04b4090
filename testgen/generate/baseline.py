"""The rule-based baseline: no model. One step per clause of the sentence, a keyword verb chooser, targets
by `rule_scores` (the sentence's words matched to outline names) and values from the clause's spans.

It is what the model must beat; `testgen eval` prints both side by side.
"""

from __future__ import annotations

import re

from testgen.generate.candidates import (
    ELEMENT_EXTRA_WEIGHTS,
    VALUE_WEIGHTS,
    Choice,
    element_choices,
    spans_of,
    value_choices,
)
from testgen.generate.features import DEFAULT_WEIGHTS
from testgen.generate.planner import PageView, Proposal, build_step
from testgen.generate.prompt import parse_outline, slot_kinds
from testgen.generate.spans import Span
from testgen.step import Step

CLAUSE_BREAK = re.compile(
    r"(?:[.;!?](?=\s|$)\s*|\n+|\s*(?:→|=>|->)\s*|\s+/\s+|,\s*(?:and\s+)?(?:then\s+)?|\s+and\s+(?:then\s+)?"
    r"|\s+then\s+)",
    re.IGNORECASE,
)
QUOTED_RUN = re.compile(r""""[^"\n]*"|'[^'\n]*'|“[^”\n]*”|‘[^’\n]*’""")
PREAMBLE = re.compile(r"^\s*(?:given|as an? |i want|so that|in order)\b", re.IGNORECASE)
# Checked in order: the first verb whose words the clause uses wins; click is the default.
VERB_WORDS = (
    ("dont_see", r"disappears?|hides?|hidden|gone|no longer|not (?:be )?(?:see|shown|show|visible|display)"
                 r"|don'?t (?:see|expect)|doesn'?t (?:show|say)|vanish"),
    ("see_value", r"holds?|contains?|has the value|value (?:is|should)|should hold|should contain"),
    ("see", r"see|shows?|shown|displays?|displayed|appears?|visible|expect|verify|should|confirm|make sure"
            r"|says?|reads?|check that|look for"),
    ("fill", r"type|typed|enter|entered|fill|filled|input|write|put|set"),
    ("select", r"select|choose|pick"),
    ("uncheck", r"uncheck|untick|turn off|disable"),
    ("check", r"check|tick|turn on|enable"),
    ("press", r"(?:press|pressed|hit) (?:enter|tab|escape)"),
)
KEY_ONLY = re.compile(r"^\s*(?:press |hit )?(enter|tab|escape|backspace|arrow\w+)\s*$", re.IGNORECASE)
TERSE_FILL = re.compile(r"[=:]")


def clauses(task: str) -> list[tuple[int, int]]:
    """Character ranges of the task's clauses (separators inside quotes are kept), preambles left out."""
    protected = [(m.start(), m.end()) for m in QUOTED_RUN.finditer(task)]
    cuts = [0]
    for match in CLAUSE_BREAK.finditer(task):
        if not any(a < match.start() < b for a, b in protected):
            cuts.extend([match.start(), match.end()])
    cuts.append(len(task))
    ranges = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
    return [(a, b) for a, b in ranges if task[a:b].strip(" -*0123456789.") and not PREAMBLE.match(task[a:b])]


def choose_verb(clause: str) -> str:
    """The verb a clause asks for, by its words."""
    words = QUOTED_RUN.sub(" ", clause).casefold()
    if KEY_ONLY.match(words):
        return "press"
    for verb, pattern in VERB_WORDS:
        if re.search(rf"\b(?:{pattern})\b", words):
            return verb
    if TERSE_FILL.search(words):
        return "fill"
    return "click"


class RulePlanner:
    """Proposes the step for the next clause: keyword verb, best-scoring target, the clause's values."""

    def __init__(self, task: str) -> None:
        self.task = task
        self.spans = spans_of(task)
        self.clauses = clauses(task)

    def propose(self, page: PageView, history: list[Step]) -> list[Proposal]:
        if len(history) >= len(self.clauses):
            return [Proposal(None, 0.0)]
        start, end = self.clauses[len(history)]
        clause = self.task[start:end]
        verb = choose_verb(clause)
        lines = parse_outline(page.outline)
        local_spans = [s for s in self.spans if start <= s.start and s.end <= end]
        picked: list[list[Choice]] = [[]]
        for kind in slot_kinds(verb):
            grown = []
            for chosen in picked:
                if kind == "element":
                    options = element_choices(clause, lines, verb, history, 0, page.diff)
                    ranked = sorted(options, key=lambda c: -score_element(c))[:3]
                else:
                    element = chosen[0].element if chosen and verb == "select" else None
                    options = value_choices(clause, [shift(s, start) for s in local_spans], lines, kind,
                                            history, 0, page.diff, element)
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
