"""A team's own words, learned from its tests: what it calls the page's elements and values ("hit Review" for
the button named Continue), and the routine its tests begin with but never describe (signing in first).

`testgen finetune` learns it from the imported suite and saves it beside the adapter's weights. Generation
restates a task in the page's words with it before anything reads the task, so the planners, the checks and
the clause map all read the same sentence.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from testgen.errors import TestgenError
from testgen.reading.clauses import (
    CHECK_VERBS,
    QUOTED_RUN,
    clauses,
    expects_outcome,
    places_reached,
    said_verb,
)
from testgen.reading.restate import quoted
from testgen.reading.spans import value_spans
from testgen.reading.words import WORD, content_words, normalise
from testgen.step import Step, StepSyntaxError

VOCABULARY_FILE = "vocabulary.json"
# A word is learned when it stands for one name in at least MIN_TESTS tests (a clause that is that word
# alone, "hit Send" for Confirm transfer, counts CLEAR times), and that name is among the steps of at least
# MIN_SHARE of the tests whose description says the word ("HB" of every ticket title stands for nothing). A
# word of a name the tests use is the page's own ("sign" of Sign in), never a team word.
MIN_TESTS = 2
CLEAR = 2
MIN_SHARE = 2 / 3
ROUTINE_SHARE = 0.5  # a routine is the first steps of at least this share of the tests
ROUTINE_STEPS = 2  # and at least this many steps long
ROUTINE = "(the routine)"  # the name the words that ask for the routine stand for while they are learned
# A value the team says bare, where a phrasing puts it: one run of characters between spaces and commas;
# NUMBER: one that holds a digit, for a place where the team's tests only ever put numbers ("4821").
SLOT = r"[^\s,;]+"
NUMBER = r"[^\s,;]*\d[^\s,;]*"
TOKEN = re.compile(SLOT)
PLACE = re.compile(r"\{(#?)(\d+)\}")  # a value's place in a frame: "{0}", or "{#0}" for a number
SPELLED = {  # how a routine's step is said when it is spelled out in a task
    "fill": "type {value} into {target}",
    "select": "choose {value} in {target}",
    "check": "tick {target}",
    "uncheck": "untick {target}",
    "click": "click {target}",
    "see": "see {text}",
    "dont_see": "don't see {text}",
    "see_url": "the address shows {text}",
}
PLACE_CHECKS = ("see", "see_url")  # what a team checks to know which page it is on


class VocabularyError(TestgenError):
    """A vocabulary file that cannot be read; the message names the file and what is wrong."""


@dataclass(frozen=True)
class Phrasing:
    """A way the team packs several steps into a few words, with bare values in set places: "200 from 4821
    to 7730" is the amount, the account to take from and the one to pay into. `says` is the frame ("{#0}
    from {#1} to {#2}", "#": a number), `steps` the steps in order with "{i}" for the values, `words` what
    the team also says around the frame and means nothing more ("xfer"), `then` the click its tests make
    next without saying it ("hit Review": Continue), when they mostly do."""

    says: str
    steps: tuple[Step, ...]
    words: frozenset[str] = frozenset()
    then: Step | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        said, at = "", 0
        for place in PLACE.finditer(self.says):
            number, index = place.groups()
            said += re.escape(self.says[at : place.start()]) + rf"(?P<s{index}>{NUMBER if number else SLOT})"
            at = place.end()
        said += re.escape(self.says[at:])
        return re.compile(rf"(?<![^\s,;]){said}(?![^\s,;])", re.IGNORECASE)

    def spell(self, clause: str) -> str:
        """The clause with the frame spelled out step by step (its own words and its fields' names around the
        frame dropped, any other words kept); the clause as it is when the frame is not in it."""
        found = self.pattern.search(clause)
        if found is None:
            return clause
        values = {k[1:]: v for k, v in found.groupdict().items()}
        steps = [
            Step(s.verb, s.target, PLACE.sub(lambda m: values[m.group(2)], s.value) if s.value else None)
            for s in self.steps
        ]
        before, after = clause[: found.start()], clause[found.end() :]
        said = self.words.union(*(content_words(s.target) for s in self.steps if s.target))
        kept_before = before if content_words(before) - said else ""
        kept_after = f", {after.strip(' ,')}" if content_words(after) - said else ""
        return f"{kept_before}{spell_out(steps)}{kept_after}"

    def to_dict(self) -> dict:
        then = {"then": self.then.render()} if self.then else {}
        steps = [s.render() for s in self.steps]
        return {"says": self.says, "steps": steps, "words": sorted(self.words), **then}

    @classmethod
    def from_dict(cls, data: dict) -> Phrasing:
        says, steps = str(data["says"]), tuple(Step.parse(line) for line in data["steps"])
        places = {m.group(2) for m in PLACE.finditer(says)}
        used = {m.group(2) for s in steps for m in PLACE.finditer(s.value or "")}
        if not places or not used <= places:
            raise ValueError(f"phrasing {says!r} has places {sorted(places)}, its steps use {sorted(used)}")
        then = Step.parse(data["then"]) if data.get("then") else None
        return cls(says, steps, frozenset(str(w).casefold() for w in data.get("words", [])), then)


@dataclass(frozen=True)
class Vocabulary:
    """Team word (case-folded) → the name the page uses for it; the steps the team's tests start with, and
    the words that ask for them; the folders of the team's site; the team's packed phrasings; whether its
    checks are of whole lines where its descriptions say a part ("total should read $12,570.55" checks
    "Total available: $12,570.55"); the pages it names and what it checks to know it is there ("the
    ledger": the heading "Transaction history" and "history.html" in the address)."""

    words: dict[str, str] = field(default_factory=dict)
    routine: tuple[Step, ...] = ()
    scope: tuple[str, ...] = ()  # the paths the team's tests start under ("/bank/"); empty: everywhere
    routine_words: frozenset[str] = frozenset()  # a clause of only these asks for the routine ("log on")
    phrasings: tuple[Phrasing, ...] = ()
    whole_lines: bool = False  # the team checks the whole line that holds what its description says
    places: dict[str, tuple[Step, ...]] = field(default_factory=dict)  # normalised place name → its checks

    def covers(self, url: str) -> bool:
        """Whether a page belongs to the team's app: its words mean nothing on another site."""
        path = urlparse(url).path or "/"
        return not self.scope or any(path.startswith(prefix) for prefix in self.scope)

    def restate(self, task: str, names: Collection[str]) -> str:
        """`task` in the page's words: in each clause that asks for an action, each run of team words that
        stand for one name becomes that name (quoted text is left as written), and a packed phrasing is
        spelled out. The routine is spelled out in place of a clause that asks for it, or else first, when
        the start page shows its targets (`names`: the page's element names) and the task names none."""
        return "".join(said for said, _ in self.restatement(task, names))

    def restatement(self, task: str, names: Collection[str]) -> list[tuple[str, str]]:
        """`restate` in pieces, each (as restated, as written): the clauses and the text between them, and
        the routine spelled out first (written as nothing) when it is."""
        pieces, at, spelled = [], 0, False
        for start, end in clauses(task):
            clause = task[start:end]
            head, arrival = self._arrival(clause)
            asks_routine = self.asks_routine(head)
            said = spell_out(self.routine) if asks_routine else self._acting(head)
            if arrival:
                said = f"{said.rstrip(' ,')} -> {arrival}" if content_words(head) else arrival
            pieces += [(task[at:start],) * 2, (said, clause)]
            spelled, at = spelled or asks_routine, end
        pieces.append((task[at:],) * 2)
        for index, (said, clause) in enumerate(pieces):
            then = self._phrasing_then(clause) if said != clause else None
            if then is not None and not any(
                content_words(then.target or "") <= content_words(later) for later, _ in pieces[index + 1 :]
            ):
                pieces[index] = (f"{said}, {spell_out([then])}", clause)
        if self.routine and not spelled and self._routine_applies(task, set(names)):
            pieces.insert(0, (f"{spell_out(self.routine)}.\n", ""))
        return pieces

    @staticmethod
    def in_written_words(message: str, restatement: list[tuple[str, str]]) -> str:
        """A message about the restated task (a refusal quoting a clause) in the words the user wrote."""
        whole = ("".join(s for s, _ in restatement), "".join(w for _, w in restatement))
        pieces = [(s, w) for s, w in restatement if s != w and s.strip()]
        # A phrasing spelled out is several clauses; a message may quote any one of them.
        pieces += [(s[a:b], w) for s, w in pieces if w for a, b in clauses(s)]
        changed = sorted(pieces, key=lambda p: -len(p[0]))
        # Messages quote with repr, some with the whitespace of a multi-line task folded. One pass, longest
        # first, so a piece already put back is never put back again inside the words it became.
        folded = [(" ".join(s.split()), " ".join(w.split())) for s, w in [whole, *changed]]
        back: dict[str, str] = {}
        for said, written in [whole, *changed, *folded]:
            for said_as, written_as in ((repr(said), repr(written)), (repr(said)[1:-1], repr(written)[1:-1])):
                back.setdefault(said_as, written_as)
            back.setdefault(said, written)
        keys = sorted((k for k in back if k.strip()), key=len, reverse=True)
        if not keys:
            return message
        return re.sub("|".join(map(re.escape, keys)), lambda m: back[m.group()], message)

    def asks_routine(self, clause: str) -> bool:
        """Whether the clause says nothing but the routine, in the team's words ("log on as alice")."""
        values = set().union(*(content_words(s.value) for s in self.routine if s.value))
        said = content_words(QUOTED_RUN.sub(" ", clause)) - values
        return bool(self.routine and said and said <= self.routine_words)

    def _phrasing_then(self, clause: str) -> Step | None:
        """The click the team makes after the phrasing the clause packs, unsaid ("hit Review" after "200 from
        4821 to 7730"); None when the clause packs none or its phrasing has no such click."""
        if expects_outcome(clause):
            return None
        return next((p.then for p in self.phrasings if p.pattern.search(clause)), None)

    def _arrival(self, clause: str) -> tuple[str, str]:
        """(the clause before a page the team names as where the test arrives, the rest with that arrival
        spelled out as the checks the team makes there): "Cancel goes back to the dashboard" → ("Cancel ",
        'see "Good morning, Alice"'); their absence where the clause says the test is not there ("not the
        dashboard"). (clause, "") when it names no page the team checks."""
        known = [r for r in places_reached(clause) if self.places.get(r[2])]
        if not known:
            return clause, ""
        start, end, place, absent = known[0]
        checks = self.places[place]
        if absent:
            checks = tuple(Step("dont_see", s.target) for s in checks if s.verb == "see")
        return (clause[:start], f"{spell_out(checks)}{clause[end:]}") if checks else (clause, "")

    def _acting(self, clause: str) -> str:
        """The clause in the page's words when it asks for an action (a check keeps the words it expects),
        its quotations as written."""
        if expects_outcome(clause):
            return clause
        for phrasing in self.phrasings:
            spelled = phrasing.spell(clause)
            if spelled != clause:
                return spelled
        pieces, at = [], 0
        for match in QUOTED_RUN.finditer(clause):
            pieces += [self._replace(clause[at : match.start()]), match.group()]
            at = match.end()
        return "".join([*pieces, self._replace(clause[at:])])

    def _replace(self, text: str) -> str:
        if not self.words:
            return text
        out, at, run_name, run_start, run_end = [], 0, None, 0, 0
        for match in WORD.finditer(text):
            name = self.words.get(next(iter(content_words(match.group())), ""))
            between = text[run_end : match.start()]
            if name is not None and name == run_name and not between.strip():
                run_end = match.end()
                continue
            if run_name is not None:
                out += [text[at:run_start], run_name]
                at = run_end
            run_name, run_start, run_end = name, match.start(), match.end()
        if run_name is not None:
            out += [text[at:run_start], run_name]
            at = run_end
        return "".join([*out, text[at:]])

    def _routine_applies(self, task: str, names: set[str]) -> bool:
        targets = [s.target for s in self.routine if s.target]
        said = content_words(QUOTED_RUN.sub(" ", task))  # the page's words it quotes name no step
        return all(t in names for t in targets) and not any(content_words(t) & said for t in targets)

    def to_dict(self) -> dict:
        return {
            "words": self.words,
            "routine": [s.render() for s in self.routine],
            "routine_words": sorted(self.routine_words),
            "scope": list(self.scope),
            "phrasings": [p.to_dict() for p in self.phrasings],
            "whole_lines": self.whole_lines,
            "places": {place: [s.render() for s in checks] for place, checks in self.places.items()},
        }

    def save(self, folder: str | Path) -> Path:
        path = Path(folder) / VOCABULARY_FILE
        path.write_text(json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return path

    @classmethod
    def load(cls, folder: str | Path) -> Vocabulary:
        """The vocabulary saved in `folder`; an empty one when the folder has none."""
        path = Path(folder) / VOCABULARY_FILE
        if not path.is_file():
            return cls()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            words = {str(k).casefold(): str(v) for k, v in data.get("words", {}).items()}
            routine = tuple(Step.parse(line) for line in data.get("routine", []))
            scope = tuple(str(prefix) for prefix in data.get("scope", []))
            routine_words = frozenset(str(w).casefold() for w in data.get("routine_words", []))
            phrasings = tuple(Phrasing.from_dict(p) for p in data.get("phrasings", []))
            whole_lines = data.get("whole_lines", False)
            if not isinstance(whole_lines, bool):
                raise ValueError(f"whole_lines is {whole_lines!r}, not true or false")
            places = {str(p): tuple(map(Step.parse, c)) for p, c in data.get("places", {}).items()}
            if any(s.verb not in PLACE_CHECKS for checks in places.values() for s in checks):
                raise ValueError(f"a place's checks may only be {', '.join(PLACE_CHECKS)}")
        except (OSError, ValueError, AttributeError, KeyError, TypeError, StepSyntaxError) as err:
            raise VocabularyError(
                f"{path} cannot be read ({err}); run `testgen finetune` again or delete the file"
            ) from None
        return cls(words, routine, scope, routine_words, phrasings, whole_lines, places)


def spell_out(steps: Sequence[Step]) -> str:
    """The steps said as one clause each: 'type "alice" into Username, click Sign in'."""
    said = []
    for step in steps:
        form = SPELLED.get(step.verb)
        if form is None:
            continue
        text = quoted(step.target or "")
        said.append(form.format(target=step.target, value=quoted(step.value or ""), text=text))
    return ", ".join(said)


def learn_vocabulary(tests: Iterable[tuple[str, Sequence[Step]]], starts: Iterable[str] = ()) -> Vocabulary:
    """What a team's tests (each its description and its steps, `go_to` aside) say in words of their own;
    `starts`, the paths the tests start at, scope it to the folders they lie in ("/bank/history.html" →
    "/bank/")."""
    tests = [(task, [s for s in steps if s.verb != "go_to"]) for task, steps in tests]
    scope = tuple(sorted({folder_of(start) for start in starts}))
    routine = common_start(tests)
    pairs: Counter[tuple[str, str]] = Counter()
    numbers: Counter[tuple[str, str]] = Counter()
    widened = 0
    frames: Counter[tuple[str, tuple[Step, ...]]] = Counter()
    around: dict[tuple[str, tuple[Step, ...]], Counter[str]] = {}
    next_clicks: dict[tuple[str, tuple[Step, ...]], Counter[Step]] = {}
    naming: Counter[str] = Counter()  # place → the tests that say they arrive there
    checked: dict[str, Counter[Step]] = {}  # place → the checks those tests end with
    for task, steps in tests:
        starts_with_routine = bool(routine) and keys(steps[: len(routine)]) == keys(routine)
        body = steps[len(routine) :] if starts_with_routine else steps
        pairs.update(aligned_words(task, body))
        numbers.update(numbered_options(task, body))
        widened += any(checks_more_than_said(task, s) for s in body)
        for frame, words, then in packed_phrasings(task, body):
            frames[frame] += 1
            around.setdefault(frame, Counter()).update(words)
            next_clicks.setdefault(frame, Counter()).update([then] if then else [])
        for place, checks in arrivals(task, body):
            naming[place] += 1
            checked.setdefault(place, Counter()).update(checks)
        if starts_with_routine:
            pairs.update(routine_clause_words(task, routine, body))
    words, routine_words = {}, set()
    page_words = set().union(*(content_words(name) for _, steps in tests for name in names_in(steps)))
    for (word, name), count in sorted(pairs.items(), key=lambda item: -item[1]):
        if name == ROUTINE:
            routine_words.update([word] if count >= MIN_TESTS else [])
            continue
        saying = [names_in(steps) for task, steps in tests if word in content_words(task)]
        share = sum(name in names for names in saying) / max(1, len(saying))
        if count >= MIN_TESTS and share >= MIN_SHARE and word not in page_words:
            words.setdefault(word, name)
    for (number, name), count in numbers.most_common():
        if count >= MIN_TESTS:
            words.setdefault(number, name)
    phrasings = tuple(
        Phrasing(
            says,
            steps,
            frozenset(w for w, n in around[says, steps].items() if n >= MIN_TESTS),
            next((s for s, n in next_clicks[says, steps].most_common(1) if n >= MIN_SHARE * count), None),
        )
        for (says, steps), count in frames.most_common()
        if count >= MIN_TESTS
    )
    places = {
        place: checks
        for place, count in naming.items()
        if (checks := tuple(s for s, n in checked[place].items() if n >= MIN_SHARE * count))
    }
    return Vocabulary(
        words,
        routine,
        () if "/" in scope else scope,
        frozenset(routine_words),
        phrasings,
        whole_lines=widened >= MIN_TESTS,
        places=places,
    )


def routine_clause_words(
    task: str, routine: Sequence[Step], body: Sequence[Step]
) -> Counter[tuple[str, str]]:
    """(word, ROUTINE) for the one word (the routine's values aside) of the clause before the clause of the
    first step after the routine, when no step speaks of it ("log on as alice, xfer 60 ...": "log")."""
    parts = [task[a:b] for a, b in clauses(task)]
    found = anchors(parts, body)
    if not found or found[0] != (0, 1):
        return Counter()
    values = set().union(*(content_words(s.value) for s in routine if s.value))
    words = content_words(parts[0]) - values
    return Counter({(words.pop(), ROUTINE): CLEAR}) if len(words) == 1 else Counter()


def folder_of(start: str) -> str:
    """The first folder of a start path: "/bank/history.html" → "/bank/" ("/" for a page at the root)."""
    parts = urlparse(start).path.lstrip("/").split("/")
    return f"/{parts[0]}/" if len(parts) > 1 else "/"


def names_in(steps: Sequence[Step]) -> set[str]:
    return {a for s in steps for a in (s.target, s.value) if a}


def key(step: Step) -> tuple:
    return (step.verb, step.target, step.value)


def keys(steps: Sequence[Step]) -> tuple:
    return tuple(key(s) for s in steps)


def common_start(tests: list[tuple[str, list[Step]]]) -> tuple[Step, ...]:
    """The longest run of first steps that at least ROUTINE_SHARE of the tests begin with and whose
    descriptions mostly do not name its targets or values: what the team does first without saying it."""
    best: tuple[Step, ...] = ()
    for length in range(ROUTINE_STEPS, max((len(s) for _, s in tests), default=0) + 1):
        starts = Counter(keys(steps[:length]) for _, steps in tests if len(steps) >= length)
        if not starts:
            break
        start, count = starts.most_common(1)[0]
        if count < max(2, ROUTINE_SHARE * len(tests)):
            break
        sharing = [(task, steps) for task, steps in tests if keys(steps[:length]) == start]
        named = [a for _, target, value in start for a in (target, value) if a]
        unsaid = [t for t, _ in sharing if not any(content_words(n) & content_words(t) for n in named)]
        if len(unsaid) * 2 < len(sharing):
            break
        best = tuple(sharing[0][1][:length])
    return best


def anchors(parts: list[str], steps: Sequence[Step]) -> list[tuple[int, int]]:
    """(step index, clause index) of each step the clauses name, both increasing: each at the clause, from
    the last anchor on, that shares most words with the step's arguments (an action's clause asks for an
    action: "Log out" is not named by "'You have been signed out.'")."""
    found, cursor = [], 0
    acting = [not expects_outcome(part) for part in parts]
    for index, step in enumerate(steps):
        words = set().union(*(content_words(a) for a in step.args if a))
        checks = step.verb in CHECK_VERBS
        overlap = {
            c: len(words & content_words(parts[c])) if checks or acting[c] else 0
            for c in range(cursor, len(parts))
        }
        clause = max(overlap, key=lambda c: (overlap[c], -c), default=None)
        if clause is not None and overlap[clause]:
            found.append((index, clause))
            cursor = clause
    return found


def aligned_words(task: str, steps: Sequence[Step]) -> Counter[tuple[str, str]]:
    """(word, name) → evidence, for each word of a clause that stands for a step's target or value the task
    does not name. The steps between two `anchors` are matched one to one, in order, to the clauses between
    them that ask for an action, when there are as many of each (of those that say a verb of their own,
    when there are more clauses than steps). A clause of one word is clear evidence (CLEAR)."""
    parts = [task[a:b] for a, b in clauses(task)]
    said = content_words(QUOTED_RUN.sub(" ", task))  # the page's words it quotes name no step
    pairs: Counter[tuple[str, str]] = Counter()
    bounds = [(-1, -1), *anchors(parts, steps), (len(steps), len(parts))]
    for (step_a, clause_a), (step_b, clause_b) in zip(bounds, bounds[1:], strict=False):
        between = list(steps[step_a + 1 : step_b])
        free = [c for c in range(clause_a + 1, clause_b) if not expects_outcome(parts[c])]
        if len(free) > len(between):  # remarks and unread checks among them: keep the clauses that act
            free = [c for c in free if said_verb(parts[c]) not in (None, *CHECK_VERBS)]
        if not between or len(between) != len(free):
            continue
        for step, clause in zip(between, free, strict=True):
            named = [a for a in (step.target, step.value) if a]
            if any(content_words(a) & said for a in named):
                continue  # the task names the step elsewhere: its clause is not its team word
            words = [word for word in content_words(parts[clause]) if len(word) > 1]
            for name in named:
                pairs.update({(word, name): CLEAR if len(words) == 1 else 1 for word in words})
    return pairs


def packed_phrasings(
    task: str, steps: Sequence[Step]
) -> list[tuple[tuple[str, tuple[Step, ...]], set[str], Step | None]]:
    """((frame, steps), the clause's words around the frame, the first click after its steps) for each clause
    that asks for an action and says, bare, the values of two or more steps that type or choose them, each
    value once ("200 from 4821 to 7730" for the amount "200" and the options "Checking (...4821)" and
    "Savings (...7730)")."""
    found = []
    for start, end in clauses(task):
        clause = task[start:end]
        if expects_outcome(clause):
            continue
        tokens = list(TOKEN.finditer(clause))
        slots: dict[int, int] = {}  # token index → step index
        for index, step in enumerate(steps):
            if step.verb not in ("fill", "select") or not step.value:
                continue
            holding = [i for i, t in enumerate(tokens) if says_value(t.group(), step)]
            if len(holding) == 1 and holding[0] not in slots:
                slots[holding[0]] = index
        if len(slots) < 2:
            continue
        order = sorted(slots)
        first, last = tokens[order[0]].start(), tokens[order[-1]].end()
        says, at = "", first
        for number, token_index in enumerate(order):
            token = tokens[token_index]
            shape = "#" if any(c.isdigit() for c in token.group()) else ""
            says += clause[at : token.start()] + "{" + shape + str(number) + "}"
            at = token.end()
        placed = {slots[t]: n for n, t in enumerate(order)}
        framed = tuple(
            Step(s.verb, s.target, "{" + str(placed[i]) + "}") for i, s in enumerate(steps) if i in placed
        )
        then = next((s for s in steps[max(slots.values()) + 1 :] if s.verb == "click"), None)
        found.append(((says, framed), content_words(clause[:first] + " " + clause[last:]), then))
    return found


def arrivals(task: str, steps: Sequence[Step]) -> list[tuple[str, tuple[Step, ...]]]:
    """(place, checks) for each page the description says the test arrives at ("goes to the ledger"): the
    checks of text or address that end the test and that the description does not say itself."""
    tail = []
    for step in reversed(steps):
        if step.verb not in CHECK_VERBS:
            break
        tail.insert(0, step)
    said = f" {normalise(task)} "
    unsaid = tuple(
        s for s in tail if s.verb in PLACE_CHECKS and s.target and f" {normalise(s.target)} " not in said
    )
    return [
        (place, unsaid)
        for a, b in clauses(task)
        for _, _, place, absent in places_reached(task[a:b])
        if not absent
    ]


def checks_more_than_said(task: str, step: Step) -> bool:
    """Whether a check is of a text its description says only a part of, a value or two words or more
    ("$12,570.55" of "Total available: $12,570.55"): what a team that checks whole lines writes."""
    if step.verb != "see" or not step.target:
        return False
    text, said = normalise(step.target), normalise(QUOTED_RUN.sub(" ", task))
    if f" {text} " in f" {normalise(task)} ":
        return False
    parts = [normalise(s.text) for s in value_spans(task) if s.kind in ("amount", "number", "email")]
    words = said.split()
    parts += [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
    return any(len(part) > 2 and f" {part} " in f" {text} " and content_words(part) for part in parts)


def numbered_options(task: str, steps: Sequence[Step]) -> set[tuple[str, str]]:
    """(number, the option's name without it) for each bare number the task says that names one option a
    step chooses: a team that says "7730" for the account "Savings (...7730)" means Savings wherever the
    page lists it by name alone (the ledger's "Show account")."""
    said = [
        t.group() for t in TOKEN.finditer(QUOTED_RUN.sub(" ", task)) if any(c.isdigit() for c in t.group())
    ]
    found = set()
    for step in steps:
        for token in said:
            if (
                step.verb == "select"
                and token.casefold() != (step.value or "").casefold()
                and says_value(token, step)
            ):
                number = next(iter(content_words(token)))
                name = " ".join(w for w in WORD.findall(step.value or "") if w.casefold() != number)
                if name:
                    found.add((number, name))
    return found


def says_value(token: str, step: Step) -> bool:
    """Whether a bare word of a clause is the step's value: the value itself, or for a choice, a word that
    names one option ("4821" of "Checking (...4821)")."""
    value = step.value or ""
    if token.casefold() == value.casefold():
        return True
    said = content_words(token)
    return step.verb == "select" and len(said) == 1 and said <= content_words(value)
