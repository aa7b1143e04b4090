"""The generation loop: read the page, decide a step, carry it out, repeat; then prove the test clean.

Live mode drives a real page through the runtime, so every step is checked as it is decided, and a step
that fails gives way to the next-best candidate. Offline mode (`--html`) plans on one saved page without
a browser and cannot validate.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from html_compactor import CompactionError, CompactorConfig, Outline, compact, compact_page, diff
from testgen.browser import PageWatch, open_url
from testgen.errors import PageHung, TestgenError, UrlUnreachable
from testgen.generate.errors import (
    CheckDoesNotHold,
    GenerateError,
    NoAssertion,
    NothingToTest,
    PageUnreachable,
    StepNotFound,
)
from testgen.generate.faithful import ClauseMap, cut_value, map_clauses, meaningful_check, require_faithful
from testgen.generate.features import best_window_ratio
from testgen.generate.planner import TYPING_VERBS, PageView, Planner, cursor_after
from testgen.reading.clauses import (
    absent_as_said,
    acting_part,
    asks_absence,
    asks_unchanged,
    choose_verb,
    clauses,
    expects_outcome,
    next_clause,
    polarity_of,
    said_verb,
)
from testgen.reading.restate import as_said, expected_clauses, restate
from testgen.reading.vocabulary import Vocabulary
from testgen.reading.words import content_words, names_role, normalise
from testgen.step import VERBS, Step, TestScript

ASSERT_VERBS = frozenset({"see", "dont_see", "see_value", "see_url"})
# Verbs whose first argument is an element of the page (a role may name it), not a text or a URL.
TARGETED_VERBS = frozenset(verb for verb, spec in VERBS.items() if spec.kind not in (None, "text"))
LETTERS = re.compile(r"[^\W\d_]{2,}")


@dataclass
class GenerateConfig:
    """How generation runs; `TESTGEN_GENERATE_<FIELD>` env vars and CLI flags override the defaults."""

    max_steps: int = 12
    step_timeout: float = 3.0  # seconds a tried step may wait for its target
    tries: int = 6  # candidates tried for one step before giving up
    beam: int = 3
    temperature: float = 0.0
    budget: int = 8192  # outline tokens the model reads; a longer page keeps the lines the task needs most
    max_task_chars: int = 2000  # a longer sentence is refused: it describes more than one test
    page_timeout: float = 30.0  # seconds any one browser call may take before the page counts as hung

    @classmethod
    def from_env(cls, **overrides: Any) -> GenerateConfig:
        config = cls()
        for name, default in list(vars(config).items()):
            raw = os.environ.get(f"TESTGEN_GENERATE_{name.upper()}")
            if raw is not None:
                setattr(config, name, type(default)(raw))
        return replace(config, **{k: v for k, v in overrides.items() if v is not None})


@dataclass
class Attempt:
    """A candidate step tried on the live page, and why it failed (None: it worked)."""

    step: str
    error: str | None


@dataclass
class GeneratedTest:
    """The outcome: the test module, whether its clean re-run passed, and what happened on the way."""

    task: str
    url: str
    script: TestScript
    passed: bool
    failure: str | None = None
    attempts: list[Attempt] = field(default_factory=list)
    seconds: float = 0.0
    clause_map: ClauseMap | None = None

    @property
    def steps(self) -> list[Step]:
        return self.script.steps()

    def to_dict(self) -> dict:
        return {
            "task": self.task,
            "url": self.url,
            "passed": self.passed,
            "failure": self.failure,
            "steps": [s.render() for s in self.steps],
            "source": self.script.render(),
            "seconds": round(self.seconds, 3),
            "attempts": [{"step": a.step, "error": a.error} for a in self.attempts],
            "clause_map": self.clause_map.to_dict() if self.clause_map else None,
        }


def check_task(task: str, max_chars: int = GenerateConfig.max_task_chars) -> None:
    """Refuse a sentence with no words that could name something to do or check, or one too long to be
    one test (reading it would take time and memory without bound)."""
    if len(task or "") > max_chars:
        raise NothingToTest(
            f"the sentence is {len(task)} characters long; describe one test in at most {max_chars} "
            "(TESTGEN_GENERATE_MAX_TASK_CHARS raises the limit)"
        )
    if not LETTERS.search(task or "") or not content_words(task):
        raise NothingToTest(
            f"the sentence {task!r} names nothing to do or check; describe the test, e.g. "
            "'Log in as bob and check that Welcome, bob is shown'"
        )


def test_name(task: str) -> str:
    """A `test_...` function name from the task's first words."""
    words = re.findall(r"[a-z0-9]+", task.casefold())[:6]
    return "test_" + ("_".join(words) or "generated")


def script_for(task: str, url: str, steps: list[Step], mapping: ClauseMap | None = None) -> TestScript:
    """The test module: open the start URL, then the steps, each clause's words above its first step."""
    notes = tuple(sorted(mapping.notes().items())) if mapping else ()
    return TestScript(test_name(task), task, (Step("go_to", url), *steps), notes)


def said_in_task(task: str, text: str) -> bool:
    """Whether the task speaks of `text`: shares a meaningful word with it or says it almost verbatim."""
    if content_words(text) & content_words(task):
        return True
    name = normalise(text)
    return bool(name) and best_window_ratio(normalise(task), name) >= 0.75


def supported(task: str, step: Step, roles: Mapping[str, str] | None = None) -> bool:
    """A step may only act on or check what the task speaks of, so a test is never made up from the page,
    and a check only in the sense the task asks: `dont_see` only where the sentence itself says a thing is
    gone, `see` never where it says so. The task is read as restated: "log in as bob/x" speaks of the
    username and password fields. A target is also spoken of when the task names its role by a word of
    that role's own (`roles`: each page element's name → role): "search for boots" acts on the search box
    whatever the page calls it, in whatever language; a list by the option it says ("filter on Savings")."""
    reading = restate(task)
    # An action's target is spoken of only where the sentence acts: what a check names is to be seen
    # ("see 'Transaction history'" names no link History), and where the test starts is no element.
    acts = step.verb in TARGETED_VERBS and step.verb not in ASSERT_VERBS
    acting = acting_part(reading, expected_clauses(reading)) if acts else reading
    named = step.target is not None and names_role(acting, (roles or {}).get(step.target, ""))
    # A list is spoken of by the option the task says: "filter on Savings" chooses in Show account.
    named = named or (step.verb == "select" and said_in_task(reading, step.value or ""))
    for index, arg in enumerate(step.args if step.verb != "go_to" else ()):
        targeted = index == 0 and step.verb in TARGETED_VERBS
        if not (targeted and named) and not said_in_task(acting if targeted else reading, arg):
            return False
    if step.verb in ("see", "dont_see"):
        return (step.verb == "dont_see") in polarity_of(reading, step.target or "")
    if step.verb in TYPING_VERBS and step.value is not None:
        return not only_expected(reading, step.value) and cut_value(step, reading, reading) is None
    return True


def only_expected(task: str, value: str) -> bool:
    """Whether every clause that says `value` expects an outcome and asks to type nothing: typing the text a
    check expects would make the check pass whatever the page does."""
    said = normalise(value)
    holding = [task[a:b] for a, b in clauses(task) if said and said in normalise(task[a:b])]
    return bool(holding) and all(expects_outcome(c) and said_verb(c) not in TYPING_VERBS for c in holding)


def follows_on(history: list[Step], step: Step) -> bool:
    """A step is not the last one again, nor a second typing into the field just typed into (choosing
    another option of the list just chosen from is fine: "pick Checking, then All accounts again")."""
    if not history:
        return True
    last = history[-1]
    retyped = step.verb in ("fill", "type") and (last.verb, last.target) == (step.verb, step.target)
    return step != last and not retyped


def require_assertion(task: str, steps: list[Step]) -> None:
    """A test must check something the sentence expects, or it would pass on a broken page."""
    if not any(step.verb in ASSERT_VERBS and supported(task, step) for step in steps):
        expecting = [" ".join(task[a:b].split()) for a, b in clauses(task) if expects_outcome(task[a:b])]
        what = f"{expecting[0]!r}, the outcome" if expecting else "an outcome"
        raise NoAssertion(
            f"no step checks {what} of {task!r} "
            f"(found: {', '.join(s.render() for s in steps) or 'none'}); "
            "say what should be seen afterwards, e.g. 'and check that \"Saved\" is shown'"
        )


def check_left(task: str, history: list[Step], next_only: bool = False) -> str | None:
    """The first clause of the task not yet read by the steps so far that expects an outcome (only the
    next clause with `next_only`): a test may not end before it checks what the sentence asks."""
    reading = restate(task)
    clause = next_clause(reading, cursor_after(reading, history))
    while clause is not None:
        text = reading[clause[0] : clause[1]]
        if asks_absence(text) or choose_verb(text) in ASSERT_VERBS:
            return text.strip()
        clause = None if next_only else next_clause(reading, clause[1])
    return None


def refuse_unmet_check(task: str, history: list[Step], attempts: list[Attempt], where: str) -> None:
    """Raise CheckDoesNotHold when the clause to realize next is a check and no candidate for it held (the
    last `attempts` tell how it failed): the page does not show what the sentence expects, and the answer
    says so rather than hand back a test that checks less or the opposite."""
    left = check_left(task, history, next_only=True)
    if left is None:
        return
    failed = [a for a in attempts if a.error and a.step.startswith(("I.see", "I.dont_see"))]
    # The failed check that speaks of the clause is the one to show ("see X" rather than "see_url(X)").
    failed.sort(key=lambda a: (a.step.startswith(("I.see(", "I.dont_see(")), said_in_task(left, a.step)))
    detail = f"{failed[-1].step} does not hold ({failed[-1].error})" if failed else "nothing there matches it"
    raise CheckDoesNotHold(
        f"the sentence expects {as_said(task, left)!r}, but on {where} {detail}; fix the page, or reword the "
        "check with the words the page shows"
    )


def checks_what_is_left(task: str, history: list[Step], step: Step) -> bool:
    """A check must check what a clause not yet read says: once "Click Log in" is done, "see Log in" does
    not stand for the "see Featured products" that follows."""
    if step.verb not in ("see", "dont_see", "see_value"):
        return True
    reading = restate(task)
    rest = reading[cursor_after(reading, history) :]
    return all(said_in_task(rest, arg) for arg in step.args)


def run_step(actor: Any, step: Step) -> None:
    """Carry out one step through the runtime's `I`."""
    keywords = {"near": step.near} if step.near is not None else {}
    if step.timeout is not None:
        keywords["timeout"] = step.timeout
    getattr(actor, step.verb)(*step.args, **keywords)


@contextmanager
def browser_page(browser: Any | None) -> Iterator[tuple[Any, Any, PageWatch]]:
    """A fresh context and page (launching Chromium when no browser is given), and the watch that bounds
    every call on the page."""
    own = None
    if browser is None:
        from testgen.browser import launch_browser, shared_playwright

        browser = own = launch_browser(shared_playwright())
    try:
        context = browser.new_context()
        try:
            page = context.new_page()
            yield context, page, PageWatch(page)
        finally:
            context.close()
    finally:
        if own is not None:
            own.close()


def bind_quiet(actor: Any, page: Any, url: str, timeout: float) -> None:
    """Bind `I` for generation: short waits, no failure screenshots (failed tries are expected)."""
    actor.bind(page, base_url=url, timeout=timeout)
    actor.config = replace(actor.config, artifacts=Path(os.devnull) / "testgen-generate")


def open_start(page: Any, url: str) -> None:
    """Open the start page; a network error or an HTTP error status is `PageUnreachable`."""
    try:
        open_url(page, url)
    except UrlUnreachable as err:
        raise PageUnreachable(str(err)) from None


def within_budget(outline: Outline, budget: int) -> Outline:
    """The outline the model reads: the whole page when it fits in `budget` tokens, else the lines most
    useful to the task (the outline's query) that fit, from the same layout (the page is not read again)."""
    if outline.tokens() <= budget:
        return outline
    layout, config = outline.layout, CompactorConfig.from_env()
    return Outline.build(layout, config, url=outline.url, budget=budget, query=outline.query, fold=True)


MAX_LINE = 160  # the most characters a check widened to a whole line may have
# A page at work after a step: busy regions, progress bars, a disabled button saying "Processing…".
QUIET_JS = """() => !document.querySelector('[aria-busy="true"], [role="progressbar"], progress')
    && ![...document.querySelectorAll('button:disabled, [aria-disabled="true"]')]
        .some(b => /(…|\\.\\.\\.)\\s*$/.test(b.textContent))"""


def outline_of(page: Any, task: str, config: GenerateConfig, watch: PageWatch) -> Outline:
    """The page's outline once it has loaded and shows no sign of work in progress (a page still loading
    or busy after 5 s is outlined as it stands), so what a step brings about is there to be checked."""
    with contextlib.suppress(Exception):
        page.wait_for_load_state("load", timeout=5000)
        page.wait_for_function(QUIET_JS, timeout=5000)
    with watch.deadline(config.page_timeout, "testgen read the page"):
        return within_budget(compact_page(page, query=task), config.budget)


def generate_live(
    task: str,
    url: str,
    planner_factory: Callable[[str], Planner],
    config: GenerateConfig | None = None,
    browser: Any | None = None,
    on_step: Callable[[Step], None] | None = None,
    route: Callable[[Any], None] | None = None,
    vocabulary: Vocabulary | None = None,
) -> GeneratedTest:
    """Generate a test for `task` on the live page at `url` and validate it by a clean re-run.

    `route(context)` may install request routing on each browser context (evaluation's broken pages).
    A team's `vocabulary` (learned by `testgen finetune`) restates the task in the page's words first;
    everything after reads the restated task, and the test keeps the words as written.
    """
    from testgen.runtime import I

    config = config or GenerateConfig.from_env()
    check_task(task, config.max_task_chars)
    written = task
    started = time.perf_counter()
    attempts: list[Attempt] = []
    history: list[Step] = []
    restatement: list[tuple[str, str]] = []  # the task in the page's words, piece by piece, when restated
    with refused_in_written_words(restatement):
        with browser_page(browser) as (context, page, watch):
            if route is not None:
                route(context)
            open_start(page, url)
            bind_quiet(I, page, url, config.step_timeout)
            try:
                outline = outline_of(page, task, config, watch)
                if not outline.elements:
                    raise NothingToTest(
                        f"{url} shows nothing to act on (no buttons, links or fields); "
                        "point --url at the page the test starts on"
                    )
                if vocabulary is not None and vocabulary.covers(page.url):
                    restatement[:] = vocabulary.restatement(task, {e.name for e in outline.elements.values()})
                    task = "".join(said for said, _ in restatement)
                planner = planner_factory(task)
                changes, seen = "", ""
                memory = PageMemory(normalise(outline.text))
                for _ in range(config.max_steps):
                    view = PageView(outline.text, changes, page.url, outline.lines)
                    proposals = planner.propose(view, history)
                    if vocabulary is not None and vocabulary.whole_lines and restatement:
                        proposals = [replace(p, step=whole_line(p.step, page, history)) for p in proposals]
                    seen += " \n " + normalise(outline.text)
                    roles = {e.name: e.role for e in outline.elements.values()}
                    tried_before = len(attempts)
                    done, executed = try_candidates(
                        task, I, proposals, history, config, attempts, seen, roles, watch, memory
                    )
                    if done:
                        break
                    if executed is None:
                        failed = [a for a in attempts[tried_before:] if a.error]
                        refuse_unmet_check(task, history, failed, page.url)
                        if not failed:  # nothing was even tried: the sentence asks for no more than was done
                            require_assertion(task, history)
                        tried = "; ".join(f"{a.step}: {a.error}" for a in failed)
                        raise StepNotFound(
                            f"could not do {clause_at(task, history)!r} (step {len(history) + 1} of "
                            f"{task!r}): no candidate worked on {page.url} ({tried}); reword that part with "
                            "the words shown on the page"
                        )
                    history.append(executed)
                    if on_step:
                        on_step(executed)
                    if map_clauses(task, history).went_past:  # no later step can make the test faithful
                        require_faithful(task, history, [(e.role, e.name) for e in outline.elements.values()])
                    current = outline_of(page, task, config, watch)
                    changes, outline = diff(outline, current).text, current
                    memory.changed += " \n " + normalise(changes)
            finally:
                I.unbind()
        require_assertion(task, history)
        mapping = require_faithful(task, history, [(e.role, e.name) for e in outline.elements.values()])
    script = script_for(written, url, history, mapping)
    passed, failure = rerun(script, url, browser, config, route)
    return GeneratedTest(
        written, url, script, passed, failure, attempts, time.perf_counter() - started, mapping
    )


# The text of the one innermost block (a line, a cell, an item: not an inline run such as a bold amount) that
# shows `part` (case and spacing aside), or null.
WHOLE_TEXT_JS = """part => {
    const norm = t => t.replace(/\\s+/g, ' ').trim().toLowerCase();
    const wanted = norm(part);
    const blocks = [...document.body.querySelectorAll('*')].filter(n => n.checkVisibility()
        && !getComputedStyle(n).display.startsWith('inline') && norm(n.innerText || '').includes(wanted));
    const innermost = blocks.filter(n => !blocks.some(o => o !== n && n.contains(o)));
    return innermost.length === 1 ? innermost[0].innerText.replace(/\\s+/g, ' ').trim() : null;
}"""


def whole_line(step: Step | None, page: Any, history: list[Step]) -> Step | None:
    """A check of part of what one element of the page shows as a check of all its text, the way a team
    that checks whole lines writes it ("$12,570.55" → "Total available: $12,570.55"); as it is when no
    element or several show the part, the whole is a paragraph rather than a line, or the test checks it
    already (the part is then a check of its own: "complete, TX ref TX-1005" are both in one line)."""
    if step is None or step.verb != "see" or not step.target:
        return step
    try:
        whole = page.evaluate(WHOLE_TEXT_JS, step.target)
    except Exception:  # noqa: BLE001 - a page that cannot be asked keeps the check as it is
        return step
    if not whole or len(whole) > MAX_LINE or Step("see", whole) in history:
        return step
    return Step("see", whole)


@contextmanager
def refused_in_written_words(restatement: list[tuple[str, str]]) -> Iterator[None]:
    """A refusal raised inside quotes the user's words, not the team vocabulary's restatement of them."""
    try:
        yield
    except GenerateError as err:
        if restatement:
            err.args = (Vocabulary.in_written_words(str(err), restatement), *err.args[1:])
        raise


@dataclass
class PageMemory:
    """What the page showed: at the start, and in every change a step made since (both normalised)."""

    start: str
    changed: str = ""

    def could_fail(self, task: str, history: list[Step], step: Step) -> bool:
        """Whether a check could fail: a text the start page showed and no step changed is no check of what
        the steps did (the instruction printed on the page), nor is a single word the start page showed
        (a heading or a tab, "Orders"), unless the sentence expects it to stay."""
        if step.verb != "see" or all(s.verb in ASSERT_VERBS for s in history):
            return True
        name = normalise(step.target or "")
        if not name or f" {name} " not in f" {self.start} ":
            return True
        if name in self.changed and len(name.split()) > 1:
            return True
        return any(name in normalise(task[a:b]) and asks_unchanged(task[a:b]) for a, b in clauses(task))


def done_with_task(task: str, history: list[Step]) -> bool:
    """Whether the steps so far check something and leave no clause unrealized and no check undone."""
    return (
        any(s.verb in ASSERT_VERBS for s in history)
        and check_left(task, history) is None
        and not map_clauses(task, history).unrealized
    )


def checks_something_asked(task: str, history: list[Step], step: Step) -> bool:
    """Whether a check could stand for an expectation of a clause not yet read (`faithful.meaningful_check`):
    not a scrap ("45", "to"), not the address where no clause speaks of it."""
    cursor = cursor_after(task, history)
    return any(meaningful_check(step, task[a:b]) for a, b in clauses(task) if b > cursor)


def clause_at(task: str, history: list[Step]) -> str:
    """The words of the clause the steps so far have reached (the whole sentence when none is left)."""
    reading = restate(task)
    clause = next_clause(reading, cursor_after(reading, history))
    return " ".join((reading[clause[0] : clause[1]] if clause else task).split())


def try_candidates(
    task: str,
    actor: Any,
    proposals: list,
    history: list[Step],
    config: GenerateConfig,
    attempts: list[Attempt],
    seen: str = "",
    roles: Mapping[str, str] | None = None,
    watch: PageWatch | None = None,
    memory: PageMemory | None = None,
) -> tuple[bool, Step | None]:
    """Run the best proposal that works: (test ended, step carried out or None). `seen` is every page's
    outline so far, normalised; `roles` the current page's element names and roles; `watch` bounds each
    step (a page that hangs ends generation with `PageHung`); `memory` tells a check that could not fail.
    The test ends only when every clause of the sentence has its step."""
    from testgen.runtime import StepFailed

    tried = 0
    if done_with_task(task, history):  # every clause has its step: more steps would do what was not asked
        return True, None
    for proposal in proposals:
        if tried >= config.tries:
            break
        step = proposal.step
        if step is None:
            continue  # the test ends only when every clause has its step (above)
        if not follows_on(history, step) or not supported(task, step, roles):
            continue
        if not checks_what_is_left(task, history, step):
            continue
        unseen = step.verb == "dont_see" and normalise(step.target or "") not in seen
        if unseen and not absent_as_said(task, step.target or ""):
            continue  # a text that was never on the page is not "gone": the check would prove nothing
        if step.verb in ASSERT_VERBS and not checks_something_asked(task, history, step):
            attempts.append(Attempt(step.render(), "checks a scrap of what the sentence expects"))
            continue
        if memory is not None and not memory.could_fail(task, history, step):
            attempts.append(Attempt(step.render(), "the page showed it before any step changed it"))
            continue
        tried += 1
        bounded = watch.deadline(config.page_timeout, f"{step.render()} ran") if watch else None
        try:
            with bounded or contextlib.nullcontext():
                run_step(actor, step)
        except PageHung:
            raise
        except (StepFailed, TestgenError) as err:
            attempts.append(Attempt(step.render(), str(err).splitlines()[0]))
            continue
        attempts.append(Attempt(step.render(), None))
        return False, step
    return False, None


def rerun(
    script: TestScript,
    url: str,
    browser: Any | None,
    config: GenerateConfig,
    route: Callable[[Any], None] | None = None,
) -> tuple[bool, str | None]:
    """Run the whole test from a fresh context: (passed, why it failed)."""
    from testgen.runtime import I, StepFailed

    with browser_page(browser) as (context, page, watch):
        if route is not None:
            route(context)
        bind_quiet(I, page, url, max(config.step_timeout, 5.0))
        try:
            for number, step in enumerate(script.steps(), start=1):
                try:
                    with watch.deadline(config.page_timeout, f"{step.render()} ran"):
                        run_step(I, step)
                except (StepFailed, TestgenError) as err:
                    return False, f"step {number} {step.render()} failed: {str(err).splitlines()[0]}"
        finally:
            I.unbind()
    return True, None


def generate_offline(
    task: str,
    html: str,
    planner_factory: Callable[[str], Planner],
    config: GenerateConfig | None = None,
    on_step: Callable[[Step], None] | None = None,
) -> list[Step]:
    """Plan steps on one saved page without a browser: nothing is executed, so nothing is validated."""
    config = config or GenerateConfig.from_env()
    check_task(task, config.max_task_chars)
    try:
        outline = within_budget(compact(html, query=task), config.budget)
    except CompactionError as err:
        raise NothingToTest(
            f"the saved page cannot be read ({err}); pass an .html or .html.gz file"
        ) from None
    if not outline.elements:
        causes = "".join(f"; {warning}" for warning in outline.warnings)
        raise NothingToTest(f"the saved page shows nothing to act on (no buttons, links or fields){causes}")
    planner, history = planner_factory(task), []
    shown, roles = normalise(outline.text), {e.name: e.role for e in outline.elements.values()}
    for _ in range(config.max_steps):
        proposals, absent = [], []
        for p in planner.propose(PageView(outline.text, lines=outline.lines), history):
            if p.step is not None and (
                not supported(task, p.step, roles)
                or not checks_what_is_left(task, history, p.step)
                or not follows_on(history, p.step)
            ):
                continue
            # Before any action the saved page is the page checked: a check it cannot pass is never planned.
            unchanged = all(s.verb in ASSERT_VERBS for s in history)
            if unchanged and p.step and p.step.verb == "see" and normalise(p.step.target) not in shown:
                absent.append(Attempt(p.step.render(), "the saved page does not show it"))
                continue
            proposals.append(p)
        if proposals and proposals[0].step is None and map_clauses(task, history).unrealized:
            proposals = [p for p in proposals if p.step is not None] or proposals  # clauses are left to do
        if not proposals or proposals[0].step is None:
            refuse_unmet_check(task, history, absent, "the saved page")
            break
        history.append(proposals[0].step)
        if on_step:
            on_step(proposals[0].step)
    require_assertion(task, history)
    require_faithful(task, history, [(e.role, e.name) for e in outline.elements.values()])
    return history
