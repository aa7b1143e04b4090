"""The sentence as a list of clauses, and the verb each clause asks for by its words.

The rule-based baseline plans one step per clause; the model's planner reads the same keyword verb as a
training-free prior on its verb choice (`verb_prior`), the way the pointer reads `features`.
"""

from __future__ import annotations

import re

from testgen.generate.decode import END_OF_TEST

CLAUSE_BREAK = re.compile(
    r"(?:[.;!?](?=\s|$)\s*|\n+|\s*(?:→|=>|->)\s*|\s+/\s+|,\s*(?:and\s+)?(?:then\s+)?|\s+and\s+(?:then\s+)?"
    r"|\s+then\s+)",
    re.IGNORECASE,
)
QUOTED_RUN = re.compile(r""""[^"\n]*"|'[^'\n]*'|“[^”\n]*”|‘[^’\n]*’""")
PREAMBLE = re.compile(r"^\s*(?:given|as an? |i want|so that|in order)\b", re.IGNORECASE)
# Checked in order: the first verb whose words the clause uses wins; click is the default.
VERB_WORDS = (
    (
        "dont_see",
        r"disappears?|disappeared|hides?|hidden|gone|no longer|not (?:be )?(?:see|shown|show|visible|display)"
        r"|don'?t (?:see|expect)|doesn'?t (?:show|say)|vanish(?:es)?|should be no|expect no|no",
    ),
    ("see_value", r"holds?|contains?|has the value|value (?:is|should)|should hold|should contain"),
    ("see_url", r"url|address|land on|lands on|taken to|end up on"),
    (
        "see",
        r"see|shows?|shown|displays?|displayed|appears?|visible|expect|verify|should|confirm|make sure"
        r"|says?|reads?|check that|check for|look for",
    ),
    ("uncheck", r"uncheck|unchecked|untick|unticked|turn off|disable"),
    ("check", r"check|checked|tick|ticked|turn on|enable"),
    ("fill", r"type|typed|enter|entered|fill|filled|input|write|put|set"),
    ("select", r"select|selected|choose|chose|pick|picked"),
    ("press", r"(?:press|pressed|hit) (?:enter|tab|escape)"),
)
KEY_ONLY = re.compile(
    r"^\s*(?:press |pressed |hit |then )?(enter|tab|escape|backspace|arrow\w+)\s*$", re.IGNORECASE
)
BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s*")
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
    words = BULLET.sub("", QUOTED_RUN.sub(" ", clause)).casefold()
    if KEY_ONLY.match(words):
        return "press"
    for verb, pattern in VERB_WORDS:
        if re.search(rf"\b(?:{pattern})\b", words):
            return verb
    if TERSE_FILL.search(words):
        return "fill"
    return "click"


def next_clause(task: str, cursor: int) -> tuple[int, int] | None:
    """The first clause that starts at or after `cursor` (None when the sentence is used up)."""
    return next(((a, b) for a, b in clauses(task) if a >= cursor), None)


def verb_prior(task: str, cursor: int, weight: float = 3.0) -> dict[str, float]:
    """A training-free bonus for the verb the next clause asks for, or for ending when none is left."""
    clause = next_clause(task, cursor)
    if clause is None:
        return {END_OF_TEST: weight}
    return {choose_verb(task[clause[0] : clause[1]]): weight, END_OF_TEST: -weight}
