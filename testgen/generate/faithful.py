"""Faithfulness: every clause of the sentence is realized by a step, every expectation by a check.

The steps of a test are aligned to the clauses in order (a step never realizes a clause before the one its
predecessor realized); a clause that asks for something and gets no step, or asks for a check and gets no
check, is unrealized, and a test with an unrealized clause is never handed back: the answer names it.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from testgen.generate.errors import ClauseNotRealized
from testgen.generate.features import best_window_ratio
from testgen.reading.clauses import (
    CHECK_VERBS,
    NUMBER_RUN,
    NUMERAL,
    QUOTED_RUN,
    TAKEN_THERE,
    action_said,
    asks_absence,
    bare,
    clauses,
    expects_outcome,
    is_remark,
    names_start_page,
    numbers_in,
    opens_with_action,
    places_reached,
    said_verb,
    times_asked,
)
from testgen.reading.positions import refers_by_position
from testgen.reading.restate import expected_clauses
from testgen.reading.spans import value_spans
from testgen.reading.words import ROLE_WORDS, content_words, normalise, stem
from testgen.step import Step

NO_CHECK = "no step checks it"
WENT_PAST = "no step does it, though steps do what follows it"
# What a clause gains from its first step: more than a weak word match, less than a name said outright, so
# steps spread over the clauses that say their words and never pile onto one that merely shares a word.
COVER_BONUS = 2.0
OPENING_STEP = 0  # the test's `go_to`, which realizes a clause that only says where the test starts


@dataclass
class ClauseLink:
    """One clause: its text and range in the sentence, the steps that realize it (numbered from 1, 0 for
    the opening `go_to`), and why it is unrealized (None when it is realized or asks for nothing)."""

    text: str
    start: int
    end: int
    steps: list[int] = field(default_factory=list)
    expects: bool = False
    problem: str | None = None


@dataclass
class ClauseMap:
    """Every clause of a sentence with the steps that realize it."""

    clauses: list[ClauseLink]

    @property
    def unrealized(self) -> list[ClauseLink]:
        return [c for c in self.clauses if c.problem is not None]

    @property
    def went_past(self) -> list[ClauseLink]:
        """Clauses that asked for an action the steps went past: no later step can realize them (steps
        realize clauses in order), so the test cannot become faithful."""
        return [c for c in self.clauses if c.problem == WENT_PAST]

    def notes(self) -> dict[int, str]:
        """The comment above each step that starts a clause: step number → the clause's words."""
        notes: dict[int, str] = {}
        for clause in self.clauses:
            first = min((n for n in clause.steps if n > OPENING_STEP), default=None)
            if first is not None and first not in notes:
                notes[first] = " ".join(clause.text.split())
        return notes

    def to_dict(self) -> dict[str, Any]:
        return {
            "clauses": [asdict(c) for c in self.clauses],
            "unrealized": [{"text": c.text, "problem": c.problem} for c in self.unrealized],
        }


def mention(step: Step, clause: str) -> float:
    """How much of the step's arguments the clause says: 2 for one said outright, else the share of its
    words said, or a close spelling."""
    said, words = normalise(clause), content_words(clause)
    mention = 0.0
    for arg in (*step.args, step.near or ""):
        name = normalise(arg)
        if not name or step.verb == "go_to":
            continue
        if f" {name} " in f" {said} ":
            mention = max(mention, 2.0)
        else:
            shared = content_words(arg) & words
            near = best_window_ratio(said, name) if said else 0.0
            share = len(shared) / max(1, len(content_words(arg)))
            mention = max(mention, share, near if near >= 0.75 else 0.0)
    return mention


def verb_agrees(step: Step, clause: str) -> bool:
    """Whether the step's verb is the one the clause asks for (a check for a clause that expects)."""
    verb = said_verb(clause) or ("click" if action_said(clause) else None)
    return (
        verb == step.verb
        or (step.verb == "dont_see" and asks_absence(clause))
        or (step.verb in CHECK_VERBS and expects_outcome(clause))
        or (step.verb == "select" and verb in ("fill", "click", "check"))
        or (step.verb in ("check", "uncheck") and verb == "click")
    )


def asks_step(clause: str) -> bool:
    """Whether a clause asks for a step in words of its own: a verb ("click Save"), or an action's word
    ("search", "add two todos") that names no verb of the test language."""
    return said_verb(clause) is not None or action_said(clause) is not None


def meaningful_check(step: Step, clause: str) -> bool:
    """Whether a check step could stand for what `clause` expects rather than a scrap of it: a URL only
    where the clause speaks of the address, a text of more than two characters that holds a meaningful
    word ("45 orders" and "30%" may be what is expected; "45", "to" or "7" alone never are)."""
    if step.verb == "see_url":
        return said_verb(clause) == "see_url"
    if step.verb == "see_value" and step.value == "":
        return True  # a field checked empty
    text = (step.value if step.verb == "see_value" else step.target) or ""
    return len(text.strip()) > 2 and bool(content_words(text))


def align(steps: list[Step], texts: list[str], required: list[bool]) -> list[int]:
    """The clause index of each step: in order (never before the previous step's clause), maximizing how
    well each step fits its clause plus a bonus for each clause that gets a step. Dynamic programming over
    (step, clause); both are a dozen or so."""
    if not steps or not texts:
        return []
    said = [[mention(s, t) for t in texts] for s in steps]
    agree = [[verb_agrees(s, t) for t in texts] for s in steps]
    # How well each step fits each clause: its words said there, and its verb the one the clause asks for.
    fit = [[m + float(a) for m, a in zip(*rows, strict=True)] for rows in zip(said, agree, strict=True)]
    # A clause's bonus goes to a step it says something of: its words, or only its verb when the clause
    # names nothing of its own ("click it") or names it by position ("the second tab"). "filter the ledger"
    # is never the click on Log out.
    gain = [COVER_BONUS if r else COVER_BONUS / 3 for r in required]
    naming = [opens_with_action(t) and not refers_by_position(t) for t in texts]
    bonus = [
        [g if m > 0 or (a and not n) else 0.0 for m, a, g, n in zip(*rows, gain, naming, strict=True)]
        for rows in zip(said, agree, strict=True)
    ]
    best = [[float("-inf")] * len(texts) for _ in steps]
    back = [[0] * len(texts) for _ in steps]
    for j in range(len(texts)):
        best[0][j] = fit[0][j] + bonus[0][j]
    for i in range(1, len(steps)):
        for j in range(len(texts)):
            for k in range(j + 1):
                score = best[i - 1][k] + fit[i][j] + (bonus[i][j] if k < j else 0.0)
                if score > best[i][j]:
                    best[i][j], back[i][j] = score, k
    j = max(range(len(texts)), key=lambda c: (best[-1][c], c))  # a tie goes to the later clause
    owners = [j]
    for i in range(len(steps) - 1, 0, -1):
        j = back[i][j]
        owners.append(j)
    return owners[::-1]


def map_clauses(task: str, steps: list[Step]) -> ClauseMap:
    """The clause map of `steps` (the test's steps after its opening `go_to`) for `task`."""
    checks = expected_clauses(task)  # verbless clauses after an arrow or "Expected:", as planners read them
    links = [
        ClauseLink(task[a:b], a, b, expects=expects_outcome(task[a:b]) or any(a <= c < b for c in checks))
        for a, b in clauses(task)
    ]
    required = [asks_step(c.text) and not is_remark(c.text, c.start, task) for c in links]
    for number, owner in enumerate(align(steps, [c.text for c in links], required), start=1):
        links[owner].steps.append(number)
    acted = [i for i, c in enumerate(links) if c.steps]
    first_acted, last_acted = (acted[0], acted[-1]) if acted else (len(links), -1)
    for index, (link, needed) in enumerate(zip(links, required, strict=True)):
        if not link.steps and index <= first_acted and names_start_page(link.text):
            link.steps.append(OPENING_STEP)
        elif index < last_acted:
            # A clause the steps went past is read as a remark (a summary, an aside) unless it opens with an
            # action and names what it acts on: only the reader that learns what a clause asks can tell the
            # rest apart, and a false refusal is not honest either.
            if not link.steps and opens_with_action(link.text) and not is_remark(link.text, link.start, task):
                link.problem = WENT_PAST
            continue
        elif needed and not link.steps:
            link.problem = "no step does it"
        elif link.expects:
            # A check the sentence orders otherwise than the test still counts where it says the clause's
            # words ("the status line confirms 'Done'" checked before "Alex's chore drops out").
            said = normalise(bare(link.text))
            checks = checks_of(link, steps) or [
                s
                for s in steps
                if s.verb in CHECK_VERBS
                and (mention(s, link.text) >= 1 or f" {said} " in f" {normalise(s.target or '')} ")
            ]
            if not any(meaningful_check(c, link.text) for c in checks):
                link.problem = f"{checks[0].render()} checks a scrap of it" if checks else NO_CHECK
    for index, link in enumerate(links):
        if link.problem in (None, NO_CHECK) and not is_remark(link.text, link.start, task):
            before = links[index - 1].text if index else ""
            link.problem = does_less(link, before, steps, task) or link.problem  # the more telling why
    return ClauseMap(links)


def does_less(link: ClauseLink, before: str, steps: list[Step], task: str) -> str | None:
    """Why the steps do less than the clause asks, or None: a quotation no step holds ("Reopened 4
    chores."), an action whose steps neither name what it names nor do what it says, a check that
    changes or drops a number the clause says ("4 transactions" for "1 transaction", "of 9 packed" for
    "2 of 9 packed"), a box ticked where the clause unticks it (or the reverse; a verbless clause after
    "Untick A and" unticks too), an action done fewer times than it says ("twice"), an action the test ends
    with that a clause expecting an outcome got, a gerund's action ("Searching X should find Y") only
    checked, an action clause in a test that only checks, a value typed in part ("654321" of "AB-654321").
    `before` is the previous clause's text."""
    own = [steps[n - 1] for n in link.steps if n > OPENING_STEP]
    acts = [s for s in own if s.verb not in CHECK_VERBS]
    for span in value_spans(link.text):
        after = link.text[span.end + 1 :].split()[:1]  # "the "Try boots" box" names a field by a role's noun
        named = bool(after) and any(after[0].casefold() in words for words in ROLE_WORDS.values())
        if (span.kind == "quoted" and not named) or (link.expects and span.kind == "email"):
            said = normalise(span.text)
            if said and not any(f" {said} " in f" {normalise(a)} " for s in steps for a in s.args):
                return f"no step {'checks' if link.expects else 'uses'} {span.text!r}"
    if link.expects:
        for run in NUMBER_RUN.finditer(QUOTED_RUN.sub(" ", link.text)):
            said = f" {normalise(run.group())} "
            if not any(said in f" {normalise(s.target or '')} " for s in steps if s.verb in CHECK_VERBS):
                return f"no step checks {run.group()!r}"
    for step in own:
        cut = cut_value(step, link.text, task)
        if cut:
            return f"{step.render()} types part of {cut!r}"
    said = action_said(link.text)
    if said and said[0].casefold().endswith("ing") and own and not acts:  # "Searching X should find Y"
        return f"{own[0].render()} only checks; no step does the {said[0].casefold()}"
    if opens_with_action(link.text) and not link.expects and all(s.verb in CHECK_VERBS for s in steps):
        return "no step does it; the test only checks"
    moved = [r for r in places_reached(link.text) if not r[3] and TAKEN_THERE.match(link.text[r[0] : r[1]])]
    if moved and all(s.verb in CHECK_VERBS for s in steps):  # "the link should take you to the article"
        return f"no step takes the test to the {moved[0][2]}; the test only checks"
    ends_acting = bool(steps) and steps[-1] in acts
    checking = not action_said(link.text) and said_verb(link.text) in CHECK_VERBS
    if ends_acting and checking and mention(steps[-1], link.text) < 2:  # an action after all that was asked
        return f"{steps[-1].render()} does what the clause does not ask (it expects an outcome)"
    unnamed = not any(mention(s, link.text) > 0 for s in acts)
    if opens_with_action(link.text) and acts and unnamed and not any(verb_agrees(s, link.text) for s in acts):
        return f"{acts[0].render()} neither names nor does what the clause asks"
    for step in own:
        if step.verb not in ("see", "see_value"):
            continue  # an absence check names the number that must be gone, the address is no count
        text = (step.value if step.verb == "see_value" else step.target) or ""
        if other_number(text, link.text):
            return f"{step.render()} checks another number than the clause says"
        dropped = dropped_number(text, link.text)
        if dropped:
            return f"{step.render()} leaves out the {dropped} the clause says before it"
    amounts = {n for span in value_spans(link.text) if span.kind == "amount" for n in numbers_in(span.text)}
    numbered = [s for s in own if s.verb in ("see", "see_value") and numbers_in(s.render())]
    if amounts and numbered and not any(amounts & set(numbers_in(s.render())) for s in numbered):
        return f"{numbered[0].render()} checks another amount than the clause expects"
    asked = said_verb(link.text) if action_said(link.text) else None
    if asked is None and said_verb(link.text) is None and action_said(before):
        asked = said_verb(before)  # "Untick T-shirts and Walking boots": the second unticks too
    opposite = {"check": "uncheck", "uncheck": "check"}.get(asked or "")
    wrong = next((s for s in own if s.verb == opposite), None)
    if wrong is not None and not any(s.verb == asked for s in own):
        return f"{wrong.render()} does the opposite ({asked} asked)"
    times = times_asked(link.text)
    if times > 1 and acts:
        done = sum(s.verb == acts[0].verb and bool(set(s.args) & set(acts[0].args)) for s in steps)
        if done < times:
            return f"{acts[0].render()} is done {done} time(s), not {times}"
    return None


def cut_value(step: Step, clause: str, task: str) -> str | None:
    """The word of the clause the step types only a piece of ("654321" of "AB-654321"), or None: a value
    the task says whole somewhere, or one that a sign or a slash sets apart ("$250", "#1012", "bob/pw"),
    is typed whole."""
    value = (step.value or "").strip()
    if step.verb not in ("fill", "type") or not value or " " in value:
        return None
    words = [w.strip(".,;:!?()[]\"'“”‘’") for w in task.split()]
    if value in words:
        return None
    for word in clause.split():
        word = word.strip(".,;:!?()[]\"'“”‘’")
        rest = word.replace(value, " ", 1)
        if word != value and value in word and "/" not in rest and re.search(r"[^\W_]", rest):
            return word
    return None


def number_words(text: str) -> list[str]:
    """The text's words, crudely stemmed like `content_words`, each number as "#" and its value
    ("$2,250.00 left" → ["#2250", "left"])."""
    marked = NUMERAL.sub(lambda m: f" n{numbers_in(m.group())[0].replace('.', 'p')}n ", text)
    words = []
    for word in normalise(marked).split():
        number = re.fullmatch(r"n([\dp]+)n", word)
        words.append(f"#{number.group(1)}" if number else stem(word))
    return words


def other_number(text: str, clause: str) -> bool:
    """Whether the clause says the checked text only with other numbers: "4 transactions" where it says
    "1 transaction", "Rated 5 of 5" where it says "Rated 2 of 5"."""
    checked, said = number_words(text), number_words(clause)
    if all(w.startswith("#") for w in checked) or not any(w.startswith("#") for w in checked):
        return False  # a bare amount may be any of the clause's numbers; a text without one changes none
    shape = [w[0] if w.startswith("#") else w for w in checked]
    windows = [said[i : i + len(checked)] for i in range(len(said) - len(checked) + 1)]
    alike = [w for w in windows if [x[0] if x.startswith("#") else x for x in w] == shape]
    return bool(alike) and checked not in alike


def dropped_number(text: str, clause: str) -> str | None:
    """The count the clause writes right before the checked text, which the check left out ("2" of
    "2 of 9 packed" when it checks "of 9 packed"); None when the text is not said there, keeps it, or starts
    a line of its own (a capital: "From 9 paid orders" after "$2,341.59")."""
    if not text[:1].islower():
        return None
    found = re.search(rf"(?<![\w.,$€£#])(\d[\d,]*) {re.escape(text)}(?!\w)", clause, re.IGNORECASE)
    return found.group(1) if found else None


def checks_of(link: ClauseLink, steps: list[Step]) -> list[Step]:
    """The check steps among those that realize a clause."""
    return [steps[n - 1] for n in link.steps if n and steps[n - 1].verb in CHECK_VERBS]


def closest_element(text: str, elements: list[tuple[str, str]]) -> str:
    """The page element (role, name) whose name is most like some words of `text`, as `role 'name'`."""
    said = normalise(text)
    scored = [(best_window_ratio(said, normalise(n)), role, n) for role, n in elements if n.strip()]
    if not scored:
        return ""
    _, role, name = max(scored)
    return f"{role} {name!r}"


def require_faithful(task: str, steps: list[Step], elements: list[tuple[str, str]] = ()) -> ClauseMap:
    """The clause map, or ClauseNotRealized naming the first clause no step realizes and the page element
    (role, name) of `elements` closest to its words."""
    mapping = map_clauses(task, steps)
    missing = mapping.unrealized
    if missing:
        done = ", ".join(s.render() for s in steps) or "no step"
        closest = closest_element(missing[0].text, list(elements))
        hint = f"; closest on the page: {closest}" if closest else ""
        raise ClauseNotRealized(
            f"could not do {' '.join(missing[0].text.split())!r} ({missing[0].problem}; the test did {done})"
            f"{hint}; reword that part with the words the page shows, or leave it out",
            mapping,
        )
    return mapping
