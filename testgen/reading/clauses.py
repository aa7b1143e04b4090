"""The sentence as a list of clauses, and the verb each clause asks for by its words.

The rule-based baseline plans one step per clause; the model's planner reads the same keyword verb as a
training-free prior on its verb choice (`testgen.generate.prior`), the way the pointer reads `features`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from testgen.reading.words import content_words, normalise

CLAUSE_BREAK = re.compile(
    r"(?:[.;](?=\s|$)\s*"  # a sentence or a "; " list
    r"|[!?](?=\s*$|\s+(?!(?-i:[a-z])))\s*"  # "!" or "?" not followed by a lower-case word (names end in "?")
    r"|\n+|\s*(?:→|=>|->)\s*|\s+/\s+"  # lines, arrows and " / " (terse notes)
    r"|,(?!(?<=\d,)\d)\s*(?:and\s+)?(?:then\s+)?|\s+and\s+(?:then\s+)?|\s+then\s+)",  # "2,500" is one number
    re.IGNORECASE,
)
# A single quote opens a quotation only after a non-letter and closes it only before one (so "don't" inside
# 'Passwords don't match.' is neither).
QUOTED_RUN = re.compile(
    r""""[^"\n]*"|(?<!\w)'(?:[^'\n]|'(?=\w))*'(?!\w)|“[^”\n]*”|‘[^’\n]*’|„[^“”\n]*[“”]|«[^»\n]*»|「[^」\n]*」|『[^』\n]*』"""
)
PREAMBLE = re.compile(r"^\s*(?:given|as an? \w+\s*$|so that|in order|on the\b.*\bpage\s*$)\b", re.IGNORECASE)
# Words that join clauses and say nothing themselves ("And then", "After that", "Finally, I ...").
LEAD = re.compile(
    r"^(?:\s*(?:and|then|next|after that|afterwards|finally|at last|in the end|also|now|first|lastly"
    r"|when|i|you|we|please|as an? \w+|i want to|i need to|i'd like to|i would like to|want to|need to"
    r"|could you|would you|can you|kindly)\b,?)+\s*",
    re.IGNORECASE,
)
# How a sentence names each key the runtime can press ("the down arrow", "Esc", "return").
KEY_WORDS = {
    "Enter": r"enter|return",
    "Tab": r"tab",
    "Escape": r"escape|esc",
    "Backspace": r"backspace",
    "Delete": r"delete|del",
    "Home": r"home",
    "End": r"end",
    "PageUp": r"page ?up",
    "PageDown": r"page ?down",
    "ArrowDown": r"arrow ?down|down ?arrow",
    "ArrowUp": r"arrow ?up|up ?arrow",
    "ArrowLeft": r"arrow ?left|left ?arrow",
    "ArrowRight": r"arrow ?right|right ?arrow",
    "Space": r"space(?: ?bar)?",
}
KEY_NAMES = "|".join(KEY_WORDS.values())
# The clause is only a key press: "Hit Enter", "press the Escape key", "Enter" (terse).
KEY_ONLY = re.compile(
    rf"^(?:(?:press(?:es|ed|ing)?|hit(?:s|ting)?|tap(?:s|ped|ping)?)\s+)?(?:the )?(?:{KEY_NAMES})(?: key)?$",
    re.IGNORECASE,
)
# A key named as the means of an action: "close it with Escape", "submit by pressing Enter".
KEY_AS_MEANS = re.compile(
    rf"\b(?:with|using|by pressing|by hitting)\s+(?:the\s+)?(?:{KEY_NAMES})(?:\s+key)?\s*$", re.IGNORECASE
)
# A clause that opens with an action word is that action, whatever words its target's name holds
# ("Fill in What needs to be done? with hello" is a fill, not a check of a value).
OPENING = (
    (
        "uncheck",
        r"uncheck|unchecked|untick|unticked|turn(?:s|ed)? off|switch(?:es|ed)? off|disable|clear(?:s|ed)?",
    ),
    (
        "check",
        r"check(?:s|ed)?(?! that| for| if| whether)|tick(?:s|ed)?|turn(?:s|ed)? on|switch(?:es|ed)? on"
        r"|enable",
    ),
    (
        "fill",
        r"type[sd]?|enter(?:s|ed)?|fill(?:s|ed)?|input|write|put|puts|set|sets|change[sd]?"
        r"|switch(?:es|ed)?(?= .+ to )",
    ),
    ("select", r"select(?:s|ed)?|choose|chooses|chose|pick(?:s|ed)?"),
    (
        "click",
        r"click(?:s|ed)?|press(?:es|ed)?|hit|hits|tap(?:s|ped)?|open(?:s|ed)?|follow(?:s|ed)?|go to|visit",
    ),
)
# Other words that open a clause asking for an action, whatever step does it ("filter the ledger to 0092").
ACTS = (
    r"filter(?:s|ed|ing)?|sort(?:s|ed|ing)?|search(?:es|ed|ing)?|add(?:s|ed|ing)?|remove[sd]?|removing"
    r"|delete[sd]?|deleting|edit(?:s|ed)?"
    r"|rename[sd]?|save[sd]?|submit(?:s|ted)?|upload(?:s|ed)?|drag(?:s|ged)?|expand(?:s|ed)?|collapse[sd]?"
    r"|dismiss(?:es|ed)?|close[sd]?|cancel(?:s|led)?|(?:log|sign) (?:in|out|on|off)|logout|login"
)
# A field's value is checked ("Password should hold hunter2", "expect Email to be x") unless the subject is
# the page itself ("the page should say ...").
VALUE_WORDS = re.compile(
    r"\b(?:holds?|holding|contains?|containing|has the value|value (?:is|should)|to be|should (?:read|say)"
    r"|reads|says|still has)\b"
)
PAGE_SUBJECT = re.compile(r"\b(?:page|it|screen|text|site|message|heading)\b")
DONT_SEE_WORDS = (
    r"disappears?|disappeared|hides?|hidden|gone|no longer|not (?:be )?(?:see|shown|show|visible|display)"
    r"|don'?t (?:see|expect)|doesn'?t (?:show|say)|isn'?t (?:shown|visible|there)|vanish(?:es)?"
    r"|should be no|expect no|no(?=\s*(?:$|any ?more\b|left\b|at all\b))|drop(?:s|ped)? (?:off|out)"
    r"|not(?=\s*[.;,!]?\s*$)"  # a terse "payroll deposit not"
)
# A clause asks for something to be absent only in these words; "see X" is never read as "X is gone".
ABSENCE = re.compile(rf"\b(?:{DONT_SEE_WORDS})\b", re.IGNORECASE)
# Absence words that say the thing was there before ("no longer shown", "gone"), not only that it is not.
WAS_THERE = re.compile(
    r"\b(?:disappears?|disappeared|gone|no longer|any ?more|vanish(?:es)?|drop(?:s|ped)? (?:off|out)|removed"
    r"|hides?|hidden)\b",
    re.IGNORECASE,
)
URL_WORDS = r"url|address|land on|lands on|landed on|taken to|end up on|redirected"
# Checked in order: the first verb whose words the clause uses wins; click is the default.
VERB_WORDS = (
    ("dont_see", DONT_SEE_WORDS),
    ("see_url", URL_WORDS),
    (
        "see",
        r"see|shows?|shown|displays?|displayed|appears?|visible|expect(?:ed)?|verify|should|confirm|make sure"
        r"|ensure|says?|reads?|check that|check for|look for|listed|pops? up|complains?|we get|refuses?",
    ),
    *OPENING,
)
CHECK_VERBS = frozenset({"see", "dont_see", "see_value", "see_url"})
UNCHANGED = re.compile(
    r"\b(?:stays?|stayed|still|remains?|remained|unchanged|keeps?|kept|(?:does|did|do)(?: not|n'?t) change"
    r"|same as before)\b",
    re.IGNORECASE,
)
# Where a test starts: the app, a page or a path, never a named control ("Open the Settings tab").
START_PAGE = re.compile(
    r"^(?:open|opens|go(?:es)? to|navigate to|visit|load|start (?:on|at|from)|be on|on|from|at)\s+"
    r"(?:the\s+|our\s+|your\s+)?(?:\S*/\S*|https?:\S+|(?:[\w-]+\s+){0,3}(?:app|site|page|screen|website|homepage"
    r"|home page|url|application|portal|dashboard))$"
    r"|^(?:a\s+|by\s+)?(?:deep|direct)[ -]?link(?:ing)?\s+(?:to|into)\s+(?:[\w-]+\s*){1,4}$",  # its address
    re.IGNORECASE,
)
# A line that names the test, not a step of it ("Scenario: adding a todo").
TITLE_LABEL = re.compile(
    r"^(?:story|title|summary|scenario(?: outline)?|feature|test case|tc ?\d*)\s*[:\-–—]", re.IGNORECASE
)
# A ticket's key opening a clause ("HB-310 xfer lands in the ledger"): never part of what the clause asks.
TICKET_KEY = re.compile(r"\s*[A-Z][A-Z0-9]{1,9}-\d+\b\s*")
# What ends a sentence or a line after a clause.
SENTENCE_END = re.compile(r"\s*(?:[.;!?]|\n)")
# Labels of lines that ask for nothing themselves: a title, or notes whose values the steps use.
REMARK_LABEL = re.compile(
    rf"{TITLE_LABEL.pattern}|^(?:test data|data|pre-?conditions?|notes?|steps?|as an? [\w ]+)\s*[:\-–—]",
    re.IGNORECASE,
)
BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s*")
# How often a clause asks for its action ("press Next twice", "click + three times").
TIMES = {"twice": 2, "two times": 2, "thrice": 3, "three times": 3, "four times": 4, "five times": 5}
REPEATED = re.compile(rf"\b(?:{'|'.join(TIMES)}|(\d+) times)\b", re.IGNORECASE)
# A number as the sentence or the page writes it: "1", "2,500", "$10,320.55", the "1005" of "TX-1005".
NUMERAL = re.compile(r"\d[\d,]*(?:\.\d+)?")
# A number written in groups, which names one thing whole: a card or account number, a phone number.
NUMBER_RUN = re.compile(r"(?<![\w.,-])\d+(?:[ -]\d+)+(?![\w.,-]*\d)")
TERSE_FILL = re.compile(r"[=:]")
# A page the test is said to arrive at or stay on, by the name a team gives it ("goes back to the dashboard",
# "takes you to the xfer form", "we stay on the log on page"): never an order to go there ("go to Transfer").
PLACE_NAME = (
    r"(?:the\s+)?(?P<place>[^\W\d_]\w*(?: \w+){0,3}?)"  # a name of up to four words
    r"(?=\s+(?:with|and|but|where|showing|not)\b|\s*[,.;:!?()]|\s*$)"
)
# Arriving because something on the page takes the test there ("the link goes to", "takes you to"), which a
# step must act on; never staying put, landing or being bounced after another step.
TAKEN = r"goes|went|takes? (?:you|us|me)|brings? (?:you|us|me)"
ARRIVAL = re.compile(
    rf"\b(?:(?:{TAKEN}|bounces?|bounced|lands?|landed|ends? up|stays?|stayed|remains?)\s+(?:back\s+)?"
    rf"(?:to|on|at|in)|back (?:to|on|at|in)|opens)\s+{PLACE_NAME}",
    re.IGNORECASE,
)
TAKEN_THERE = re.compile(rf"\s*(?:{TAKEN}|opens)\b", re.IGNORECASE)
# A place the test must not end up on ("back on the ledger, not the dashboard").
NOT_ARRIVED = re.compile(rf"^\s*(?:and\s+|but\s+)?not\s+(?:on\s+|at\s+|in\s+)?{PLACE_NAME}", re.IGNORECASE)


def bare(clause: str) -> str:
    """The clause without its list marker and joining words ("2. And then click Save" → "click Save")."""
    return LEAD.sub("", BULLET.sub("", clause))


@lru_cache(maxsize=512)
def clauses(task: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of the task's clauses (separators inside quotes are kept); preambles, title lines
    ("Scenario: ...", a ticket's "HB-310 ..." above the steps: `past_ticket_key`) and bare connectives
    ("And", "Then") left out. Cached: every step of every candidate asks for them again."""
    protected = [(m.start(), m.end()) for m in QUOTED_RUN.finditer(task)]
    cuts = [0]
    for match in CLAUSE_BREAK.finditer(task):
        if not any(a < match.start() < b for a, b in protected):
            cuts.extend([match.start(), match.end()])
    cuts.append(len(task))
    # A closing "?" or "!" stays with its clause: names end with them ("Forgot your password?").
    ranges = [
        (a, b + 1 if b < len(task) and task[b] in "?!" else b)
        for a, b in ((cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2))
    ]
    kept = [
        (a, b)
        for a, b in ranges
        if bare(task[a:b]).strip(" -*0123456789.,:")
        and not PREAMBLE.match(task[a:b])
        and not TITLE_LABEL.match(task[a:b].strip())
    ]
    spans = (past_ticket_key(task, a, b, more=i + 1 < len(kept)) for i, (a, b) in enumerate(kept))
    return tuple(span for span in spans if span is not None)


def past_ticket_key(task: str, start: int, end: int, more: bool) -> tuple[int, int] | None:
    """The clause without the ticket's key it opens with ("HB-161 kill the banner" → "kill the banner"); None
    for a ticket's title: the key's own sentence or line, asking for no action, with the test after it
    (`more`). What a key heads up to a colon stays a clause: "HB-302 filter to the card: rent drops out" acts
    before the colon."""
    key = TICKET_KEY.match(task, start)
    if key is None or key.end() >= end:
        return (start, end)
    if more and SENTENCE_END.match(task, end) and not opens_with_action(task[key.end() : end]):
        return None
    return (key.end(), end)


def choose_verb(clause: str) -> str:
    """The verb a clause asks for, by its words; a clause that says none is a click ("Save")."""
    return said_verb(clause) or "click"


def said_verb(clause: str) -> str | None:
    """The verb a clause asks for in words of its own (an action, a check, a key, "Name: value"), or None
    when it says none: a title, a bare name, a remark."""
    if REMARK_LABEL.match(clause.strip()):
        return None
    plain = bare(clause).strip(" .!?,")
    unquoted = re.sub(r"[\"'“”‘’`„«»「」『』]", "", plain)
    if KEY_ONLY.match(unquoted) or KEY_AS_MEANS.search(unquoted):
        return "press"
    words = QUOTED_RUN.sub(" ", plain).casefold()
    if plain and not words.strip(" .!?,:;"):
        return "see"  # only a quotation: a terse note's outcome ('Save → "Saved"')
    for verb, pattern in OPENING:
        if re.match(rf"(?:{pattern})\b", words):
            return verb
    other_check = re.search(rf"\b(?:{DONT_SEE_WORDS}|{URL_WORDS})\b", words)
    if not other_check and VALUE_WORDS.search(words) and not PAGE_SUBJECT.search(words):
        return "see_value"
    for verb, pattern in VERB_WORDS:
        if re.search(rf"\b(?:{pattern})\b", words):
            return verb
    if TERSE_FILL.search(words):
        return "fill"
    return None


@lru_cache(maxsize=256)
def key_mentions(task: str) -> dict[str, tuple[int, ...]]:
    """Where the sentence names each key, as whole words ("ArrowDown", "the down arrow")."""
    return {
        key: tuple(m.start() for m in re.finditer(rf"(?<![\w-])(?:{said})(?![\w-])", task, re.IGNORECASE))
        for key, said in KEY_WORDS.items()
    }


def expects_outcome(clause: str) -> bool:
    """Whether the clause asks for something to be checked (shown, gone, held by a field, the URL)."""
    return asks_absence(clause) or said_verb(clause) in CHECK_VERBS


def asks_unchanged(clause: str) -> bool:
    """Whether the clause expects something to stay as it was ("the total stays at 9"): a check of text
    already shown is then the point, not a check that cannot fail."""
    return UNCHANGED.search(QUOTED_RUN.sub(" ", clause)) is not None


def action_said(clause: str) -> tuple[str, str] | None:
    """(the action word a clause opens with, the rest of the clause), past a ticket's key and joining words;
    None when it opens with none ("the export one is fine")."""
    said = bare(clause).strip()
    key = TICKET_KEY.match(said)
    said = bare(said[key.end() :] if key else said)
    for _, pattern in (*OPENING, ("", ACTS)):
        opening = re.match(rf"(?:{pattern})\b", said, re.IGNORECASE)
        if opening:
            return opening.group(), said[opening.end() :]
    return None


def opens_with_action(clause: str) -> bool:
    """Whether the clause opens with an action word and names what it acts on ("click Pending", "Tick Mark
    all as complete", "filter the ledger to 0092"): it asks for a step, never an aside. "tick it" names
    nothing of its own (the step it asks for names what an earlier clause named)."""
    said = action_said(clause)
    return said is not None and bool(content_words(said[1]))


def names_start_page(clause: str) -> bool:
    """Whether the clause only says where the test starts ("Open the app", "Navigate to /helpdesk/"): the
    test's opening `go_to` realizes it."""
    return START_PAGE.match(bare(clause).strip(" .!?,:;")) is not None


def is_remark(clause: str, start: int, task: str) -> bool:
    """Whether the clause asks for nothing of its own: the title line of a written-up test case ("History
    after a status change" above its numbered steps) or a labelled note ("Test data: Subject = Help", whose
    values the steps use)."""
    if REMARK_LABEL.match(clause.strip()):
        return True
    first_line = "\n" in task.strip() and "\n" not in task[:start].strip()
    return first_line and said_verb(clause) is None


def labels_a_remark(task: str, at: int) -> bool:
    """Whether the text of its line before `at` is a title's label ("Scenario:", "Feature:"), so what
    follows names the test, not a value to type."""
    line_start = task.rfind("\n", 0, at) + 1
    return TITLE_LABEL.match(task[line_start : at + 1].strip()) is not None


def asks_absence(clause: str) -> bool:
    """Whether the clause asks for something to be gone ("no longer shows", "is hidden"); words inside
    quotations are the page's, not the sentence's, and never negate."""
    return ABSENCE.search(QUOTED_RUN.sub(" ", clause)) is not None


def absent_as_said(task: str, text: str) -> bool:
    """Whether a clause of the task quotes `text` and asks for it to be absent without saying it was there
    before ("don't see 'Good morning, Alice'", never "'Free plan' is no longer shown"): checked on a page
    that never showed it, the absence is what was asked, not a check that proves nothing."""
    said = normalise(text)
    for start, end in clauses(task):
        clause = task[start:end]
        quoted = [normalise(m.group()[1:-1]) for m in QUOTED_RUN.finditer(clause)]
        unquoted = QUOTED_RUN.sub(" ", clause)
        if said and said in quoted and asks_absence(clause) and not WAS_THERE.search(unquoted):
            return True
    return False


def polarity_of(task: str, text: str) -> set[bool]:
    """What the task's checks ask of `text`: True in the set where a check naming it asks for it to be
    absent, False where one asks for it to be present. Actions ("Remove the mug") say nothing either way;
    when no check names `text`, every check counts."""
    checks = [
        (a, b)
        for a, b in clauses(task)
        if asks_absence(task[a:b]) or choose_verb(task[a:b]) in ("see", "dont_see", "see_value")
    ] or list(clauses(task))
    said = normalise(text)
    naming = [(a, b) for a, b in checks if said and said in normalise(task[a:b])]
    naming = naming or [(a, b) for a, b in checks if content_words(text) & content_words(task[a:b])]
    return {asks_absence(task[a:b]) for a, b in naming or checks}


def times_asked(clause: str) -> int:
    """How many times the clause asks for its action: 2 for "press Next twice", 1 when it says no count."""
    said = REPEATED.search(QUOTED_RUN.sub(" ", clause))
    if said is None:
        return 1
    return int(said.group(1)) if said.group(1) else TIMES[said.group(0).casefold()]


def numbers_in(text: str) -> list[str]:
    """The numbers `text` writes, each as its value ("$2,250.00" → "2250", "TX-1005" → "1005"), in order."""
    values = []
    for match in NUMERAL.finditer(text):
        digits = match.group().rstrip(",").replace(",", "")
        if "." in digits:
            digits = digits.rstrip("0").rstrip(".")
        values.append(digits.lstrip("0") or "0")
    return values


@lru_cache(maxsize=256)
def acting_part(task: str, expected: frozenset[int]) -> str:
    """The task with its clauses that only expect an outcome (`expected`: where clauses begin that are checks
    without a check verb, `restate.expected_clauses`) or only say where the test starts blanked: what it
    names there is to be seen or is the start page, never something to act on ("see 'Transaction history'"
    names no link History, "deep link to the ledger" no link at all)."""
    out = list(task)
    for start, end in clauses(task):
        clause = task[start:end]
        checks = expects_outcome(clause) or start in expected
        if checks and not opens_with_action(clause) or names_start_page(clause):
            out[start:end] = " " * (end - start)
    return "".join(out)


def places_reached(clause: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, place, absent) for each page the clause says the test arrives at (`ARRIVAL`), or must not
    be on (`NOT_ARRIVED`, absent True), outside quotations; the place as its words, normalised."""
    unquoted = QUOTED_RUN.sub(lambda m: " " * len(m.group()), clause)
    found = [(m, False) for m in ARRIVAL.finditer(unquoted)]
    found += [(m, True) for m in [NOT_ARRIVED.match(unquoted)] if m]
    return [(m.start(), m.end(), normalise(m.group("place")), absent) for m, absent in found]


def next_clause(task: str, cursor: int) -> tuple[int, int] | None:
    """The first clause that starts at or after `cursor` (None when the sentence is used up)."""
    return next(((a, b) for a, b in clauses(task) if a >= cursor), None)
