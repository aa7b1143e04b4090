"""English descriptions of a test, rendered from its steps with a varied grammar so the model learns language.

Each description is built from segments (plain words, target names, values), so the character span of every
value in the final text is known exactly and typos never touch a name or a value.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from testgen.reading.words import ROLE_NOUNS

STYLES = ("imperative", "numbered", "bullets", "narrative", "gherkin", "terse", "polite", "user_story")
# Phrasings never used in training records; evaluation reports on them separately.
HELDOUT_STYLES = ("polite", "user_story")
TRAIN_STYLES = tuple(s for s in STYLES if s not in HELDOUT_STYLES)

@dataclass
class Action:
    """One step as English needs it: a canonical verb, the target's name and role, and the value."""

    verb: str  # open, click, fill, select, check, uncheck, press, see, dont_see, see_value, see_url
    target: str | None = None
    value: str | None = None
    role: str | None = None
    key: str | None = None


@dataclass
class Description:
    """Rendered text plus, for each action, the span of its value in the text (or None)."""

    text: str
    style: str
    value_spans: list[tuple[int, int] | None]


class _Builder:
    """Collects segments; remembers where each action's value lands."""

    def __init__(self, rng: random.Random, typo_rate: float):
        self.parts: list[str] = []
        self.length = 0
        self.rng = rng
        self.typo_rate = typo_rate
        self.spans: dict[int, tuple[int, int]] = {}

    def lit(self, text: str) -> None:
        text = _typo(text, self.rng) if self.typo_rate and self.rng.random() < self.typo_rate else text
        self._add(text)

    def raw(self, text: str) -> None:
        self._add(text)

    def value(self, index: int, text: str) -> None:
        if index not in self.spans:
            self.spans[index] = (self.length, self.length + len(text))
        self._add(text)

    def _add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


def _typo(text: str, rng: random.Random) -> str:
    """One plausible slip in a long word of plain text: swapped, doubled or dropped letter."""
    words = [i for i, w in enumerate(text.split(" ")) if len(w) > 4 and w.isalpha()]
    if not words:
        return text
    pieces = text.split(" ")
    i = rng.choice(words)
    w = pieces[i]
    j = rng.randrange(1, len(w) - 2)
    kind = rng.randrange(3)
    if kind == 0:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif kind == 1:
        w = w[:j] + w[j] + w[j:]
    else:
        w = w[:j] + w[j + 1:]
    pieces[i] = w
    return " ".join(pieces)


def _quote(rng: random.Random, text: str, force: bool = False) -> tuple[str, str]:
    """Opening and closing quote marks for a value; bare when safe and chosen."""
    if not force and " " not in text and rng.random() < 0.4:
        return "", ""
    return rng.choice([('"', '"'), ('"', '"'), ("'", "'"), ("“", "”")])


class _Renderer:
    """Turns actions into clauses; one instance per description so choices stay consistent within it."""

    def __init__(self, rng: random.Random, builder: _Builder, person: str):
        self.rng = rng
        self.b = builder
        self.person = person  # "imperative" | "i" | "i_past"

    def pick(self, *options: str) -> str:
        return self.rng.choice(options)

    def target_ref(self, action: Action) -> None:
        """'the Log in button', 'Log in', '"Log in"', 'the username field'."""
        name = action.target or ""
        nouns = ROLE_NOUNS.get(action.role or "", ())
        form = self.rng.random()
        if nouns and form < 0.45:
            self.b.lit("the ")
            self.b.raw(name)
            self.b.lit(" " + self.rng.choice(nouns))
        elif form < 0.75:
            self.b.raw(name)
        else:
            left, right = _quote(self.rng, name, force=True)
            self.b.raw(left + name + right)

    def value(self, index: int, action: Action, force_quote: bool = False) -> None:
        text = action.value or ""
        left, right = _quote(self.rng, text, force=force_quote or not text)
        self.b.raw(left)
        self.b.value(index, text)
        self.b.raw(right)

    def verb(self, base: str, past: str, third: str | None = None) -> str:
        if self.person == "i_past":
            return past
        if self.person == "he" and third:
            return third
        return base

    def clause(self, index: int, action: Action) -> None:
        """One action as a clause without the final punctuation."""
        v, b, r = action.verb, self.b, self.rng
        if v == "open":
            b.lit(r.choice([self.verb("open ", "opened "), self.verb("go to ", "went to "),
                            self.verb("visit ", "visited "), self.verb("start on ", "started on ")]))
            b.raw(action.value or "the page")
        elif v == "click":
            role = action.role or ""
            if role == "link":
                b.lit(r.choice([self.verb("follow ", "followed "), self.verb("click ", "clicked "),
                                self.verb("open ", "opened ")]))
            elif role == "tab":
                b.lit(r.choice([self.verb("switch to ", "switched to "), self.verb("open ", "opened "),
                                self.verb("click ", "clicked ")]))
            elif role == "menuitem":
                b.lit(r.choice([self.verb("choose ", "chose "), self.verb("pick ", "picked "),
                                self.verb("click ", "clicked ")]))
            else:
                b.lit(r.choice([self.verb("click ", "clicked "), self.verb("press ", "pressed "),
                                self.verb("hit ", "hit "), self.verb("click on ", "clicked on "),
                                self.verb("tap ", "tapped ")]))
            self.target_ref(action)
        elif v == "fill":
            form = r.randrange(5)
            if form == 0:
                b.lit(self.verb("type ", "typed "))
                self.value(index, action)
                b.lit(r.choice([" into ", " in "]))
                self.target_ref(action)
            elif form == 1:
                b.lit(self.verb("fill in ", "filled in "))
                self.target_ref(action)
                b.lit(" with ")
                self.value(index, action)
            elif form == 2:
                b.lit(self.verb("enter ", "entered "))
                self.value(index, action)
                b.lit(" as ")
                b.raw(action.target or "")
            elif form == 3:
                b.lit(self.verb("set ", "set "))
                self.target_ref(action)
                b.lit(" to ")
                self.value(index, action)
            else:
                b.lit(self.verb("put ", "put "))
                self.value(index, action)
                b.lit(" in ")
                self.target_ref(action)
        elif v == "select":
            form = r.randrange(3)
            if form == 0:
                b.lit(r.choice([self.verb("choose ", "chose "), self.verb("select ", "selected "),
                                self.verb("pick ", "picked ")]))
                self.value(index, action)
                b.lit(r.choice([" from ", " in "]))
                self.target_ref(action)
            elif form == 1:
                b.lit(self.verb("set ", "set "))
                self.target_ref(action)
                b.lit(" to ")
                self.value(index, action)
            else:
                b.lit(self.verb("pick ", "picked "))
                self.value(index, action)
                b.lit(" as ")
                b.raw(action.target or "")
        elif v in ("check", "uncheck"):
            on = v == "check"
            if action.role == "switch":
                b.lit(r.choice([self.verb("turn ", "turned "), self.verb("switch ", "switched ")]))
                b.lit("on " if on else "off ")
            else:
                b.lit(r.choice([self.verb("tick ", "ticked "), self.verb("check ", "checked ")]) if on else
                      r.choice([self.verb("untick ", "unticked "), self.verb("uncheck ", "unchecked "),
                                self.verb("clear ", "cleared ")]))
            self.target_ref(action)
        elif v == "press":
            b.lit(r.choice([self.verb("press ", "pressed "), self.verb("hit ", "hit ")]))
            b.raw(action.key or action.value or "")
            if action.target:
                b.lit(r.choice([" in ", " on "]))
                self.target_ref(action)
        elif v == "see":
            self.assertion(index, action, negative=False)
        elif v == "dont_see":
            self.assertion(index, action, negative=True)
        elif v == "see_value":
            form = r.randrange(3)
            if form == 0:
                self.target_ref(action)
                b.lit(r.choice([" should contain ", " should hold ", " should read "]))
                self.value(index, action)
            elif form == 1:
                b.lit(r.choice(["make sure ", "verify that ", "check that "]))
                self.target_ref(action)
                b.lit(r.choice([" contains ", " holds ", " says "]))
                self.value(index, action)
            else:
                b.lit("expect ")
                self.target_ref(action)
                b.lit(" to be ")
                self.value(index, action)
        elif v == "see_url":
            b.lit(r.choice(["the URL should contain ", "make sure the address has ", "expect to land on ",
                            "verify the URL includes ", "the page address should include "]))
            self.value(index, action, force_quote=r.random() < 0.5)
        else:
            raise ValueError(f"no English for verb {v!r}; add it to testgen/data/english.py")

    def assertion(self, index: int, action: Action, negative: bool) -> None:
        b, r = self.b, self.rng
        if not negative:
            form = r.randrange(6)
            heads = ["make sure ", "verify that ", "check that ", "confirm ", "ensure "]
            if form == 0:
                b.lit(r.choice(heads))
                self.value(index, action, force_quote=True)
                b.lit(r.choice([" is shown", " appears", " is visible", " shows up", " is on the page"]))
            elif form == 1:
                b.lit(r.choice(["you should see ", "it should show ", "the page should show ",
                                "the page should say "]))
                self.value(index, action, force_quote=True)
            elif form == 2:
                b.lit(r.choice(["expect ", "expect to see "]))
                self.value(index, action, force_quote=True)
            elif form == 3:
                b.lit(r.choice(["verify the page says ", "check for ", "look for "]))
                self.value(index, action, force_quote=True)
            elif form == 4:
                b.lit(r.choice(["see ", "see the text "]))
                self.value(index, action, force_quote=True)
            else:
                self.value(index, action, force_quote=True)
                b.lit(r.choice([" should appear", " should be visible", " should be displayed"]))
        else:
            form = r.randrange(4)
            if form == 0:
                b.lit(r.choice(["make sure ", "verify that ", "check that ", "ensure "]))
                self.value(index, action, force_quote=True)
                b.lit(r.choice([" is gone", " is no longer shown", " disappears", " is not visible"]))
            elif form == 1:
                self.value(index, action, force_quote=True)
                b.lit(r.choice([" should disappear", " should no longer be visible", " should be gone",
                                " should not be shown"]))
            elif form == 2:
                b.lit(r.choice(["expect no ", "there should be no "]))
                self.value(index, action, force_quote=True)
                b.lit(r.choice([" anymore", " left", ""]))
            else:
                b.lit(r.choice(["you should no longer see ", "it should not show ", "don't expect to see "]))
                self.value(index, action, force_quote=True)


def _cap(builder: _Builder, at: int) -> None:
    """Capitalise the first letter of the part at index `at` (a plain-word part)."""
    if at < len(builder.parts) and builder.parts[at][:1].isalpha():
        builder.parts[at] = builder.parts[at][:1].upper() + builder.parts[at][1:]


def _sentence(renderer: _Renderer, index: int, action: Action, end: str = ".") -> None:
    start = len(renderer.b.parts)
    renderer.clause(index, action)
    _cap(renderer.b, start)
    renderer.b.raw(end)


ASSERT_VERBS = ("see", "dont_see", "see_value", "see_url")


def describe(actions: list[Action], rng: random.Random, style: str | None = None, page_name: str = "",
             implicit_open: float = 0.6, typo_rate: float = 0.01) -> Description:
    """Render actions as English in `style` (chosen at random from the training styles when None)."""
    style = style or rng.choice(TRAIN_STYLES)
    if style not in STYLES:
        raise ValueError(f"unknown style {style!r}; choose one of {STYLES}")
    # The page is opened implicitly in most descriptions: the start URL is given beside the task.
    indexed = list(enumerate(actions))
    if indexed and indexed[0][1].verb == "open" and rng.random() < implicit_open:
        indexed = indexed[1:]
    b = _Builder(rng, typo_rate)
    person = {"narrative": rng.choice(["i", "i_past"]), "gherkin": "i"}.get(style, "imperative")
    r = _Renderer(rng, b, person)
    if not indexed:
        b.lit(f"Open {page_name or 'the page'}.")
    elif style == "imperative":
        for n, (i, a) in enumerate(indexed):
            if n and rng.random() < 0.3 and a.verb not in ASSERT_VERBS:
                b.raw(rng.choice([" Then ", " Next, ", " After that, "]))
                r.clause(i, a)
                b.raw(".")
                continue
            b.raw(" " if n else "")
            _sentence(r, i, a, rng.choice([".", ".", ".", "!"]) if a.verb in ASSERT_VERBS else ".")
    elif style in ("numbered", "bullets"):
        for n, (i, a) in enumerate(indexed):
            b.raw("\n" if n else "")
            b.raw(f"{n + 1}. " if style == "numbered" else rng.choice(["- ", "* "]))
            _sentence(r, i, a, rng.choice(["", "."]))
    elif style == "narrative":
        if rng.random() < 0.3:
            b.lit("On " + (page_name or "the page") + ", ")
        for n, (i, a) in enumerate(indexed):
            if n == len(indexed) - 1 and n:
                b.raw(rng.choice([" Finally ", " In the end ", " At last "]))
            elif n:
                b.raw(rng.choice([" Then ", " Next ", " After that ", " And then "]))
            if a.verb in ASSERT_VERBS:
                _expectation(r, i, a)
            else:
                b.raw("I ")
                r.clause(i, a)
            b.raw(".")
        _cap(b, 0)
    elif style == "gherkin":
        b.lit("Given I am on " + (page_name or "the page"))
        previous = "Given"
        for i, a in indexed:
            if a.verb == "open":
                continue
            keyword = "Then" if a.verb in ASSERT_VERBS else "When"
            b.raw("\n" + ("And " if keyword == previous else keyword + " "))
            previous = keyword
            if a.verb in ASSERT_VERBS:
                _expectation(r, i, a)
            else:
                b.lit("I ")
                r.clause(i, a)
    elif style == "terse":
        sep = rng.choice([", ", "; ", " / "])
        arrow = rng.choice([" → ", " -> ", " => "])
        for n, (i, a) in enumerate(indexed):
            if n:
                b.raw(arrow if a.verb in ASSERT_VERBS and indexed[n - 1][1].verb not in ASSERT_VERBS else sep)
            _terse(r, i, a)
    elif style == "polite":
        b.lit(rng.choice(["Could you ", "Please ", "Would you kindly "]))
        for n, (i, a) in enumerate(indexed):
            if n:
                b.raw(", " if n < len(indexed) - 1 else rng.choice([", and then ", " and "]))
            r.clause(i, a)
        b.raw("?" if b.parts[0].startswith(("Could", "Would")) else ".")
    elif style == "user_story":
        b.lit(rng.choice(["As a user, I want to ", "As a visitor I need to ", "As a customer I want to "]))
        for n, (i, a) in enumerate(indexed):
            if n:
                b.raw(", " if n < len(indexed) - 1 else " and ")
            if a.verb in ASSERT_VERBS:
                b.lit("then ")
            r.clause(i, a)
        b.raw(".")
    text = b.text()
    spans = [b.spans.get(i) for i in range(len(actions))]
    return Description(text=text, style=style, value_spans=spans)


def _expectation(r: _Renderer, index: int, action: Action) -> None:
    """A declarative outcome with its subject: 'I should see "Welcome"', 'the URL should contain /cart'."""
    b, v, rng = r.b, action.verb, r.rng
    if v == "see":
        b.lit(rng.choice(["I should see ", "the page should show ", "I see "]))
        r.value(index, action, force_quote=True)
    elif v == "dont_see":
        b.lit(rng.choice(["I should not see ", "the page should no longer show ", "I don't see "]))
        r.value(index, action, force_quote=True)
    elif v == "see_value":
        r.target_ref(action)
        b.lit(rng.choice([" should contain ", " should hold ", " holds "]))
        r.value(index, action)
    else:
        b.lit(rng.choice(["the URL should contain ", "the address should include ", "I land on "]))
        r.value(index, action)


def _terse(r: _Renderer, index: int, action: Action) -> None:
    """Note-taking form: 'Username=bob', 'click Log in', 'see "Welcome"'."""
    b, v = r.b, action.verb
    if v == "fill":
        b.raw(action.target or "")
        b.raw(r.rng.choice(["=", ": ", " = "]))
        b.value(index, action.value or "")
    elif v == "select":
        b.raw(action.target or "")
        b.raw(r.rng.choice([": ", " = "]))
        b.value(index, action.value or "")
    elif v == "click":
        b.lit(r.rng.choice(["click ", "", "hit "]))
        b.raw(action.target or "")
    elif v in ("check", "uncheck"):
        b.lit(r.rng.choice(["tick ", "check "]) if v == "check" else r.rng.choice(["untick ", "uncheck "]))
        b.raw(action.target or "")
    elif v == "press":
        b.raw(action.key or action.value or "")
    elif v == "see":
        b.lit(r.rng.choice(["see ", "shows ", "expect "]))
        r.value(index, action, force_quote=True)
    elif v == "dont_see":
        b.lit(r.rng.choice(["no ", "gone: ", "hides "]))
        r.value(index, action, force_quote=True)
    elif v == "see_value":
        b.raw(action.target or "")
        b.lit(" holds ")
        r.value(index, action)
    elif v == "see_url":
        b.lit("url ")
        r.value(index, action)
    elif v == "open":
        b.lit("open ")
        b.raw(action.value or "")
    else:
        raise ValueError(f"no English for verb {v!r}; add it to testgen/data/english.py")
