"""Replay imported tests in the browser to capture the page each step acts on, producing records.

With `verify`, a test is kept only if it could catch a broken feature: at least one of its assertions must
fail on the page just before the action that precedes it (a test may also check that something stays, but
not only that), and the whole test must fail on a page where the outcomes it expects do not happen
(`testgen.data.breaker`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from testgen.data.actions import action_to_step
from testgen.data.breaker import breaker
from testgen.data.driver import Driver, Observation, Session, clean_error, diff_text, outline_id
from testgen.data.importers import ImportedTest, ImportProblem
from testgen.data.record import Record, StepRecord
from testgen.errors import TestgenError
from testgen.runtime.errors import NavigationFailed
from testgen.step import Step

ASSERTIONS = ("see", "dont_see", "see_value", "see_url", "wait_for")
TARGETED = ("click", "double_click", "fill", "select", "check", "uncheck", "see_value", "hover")


class SiteUnreachable(TestgenError):
    """The start page of a test could not be opened: the site is down, not the test wrong, so nothing is
    recorded or dropped for it."""


class NotVerified(Exception):
    """A test that replayed but could not catch a broken feature; the message says why."""


class _StepFailed(Exception):
    """A step that failed on replay, with the source line it came from."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line


@dataclass
class ReplayResult:
    """Records from tests that replayed cleanly, and the problems of the rest."""

    records: list[Record] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    dropped: dict[str, int] = field(default_factory=dict)  # why tests were not kept, counted

    def drop(self, problem: ImportProblem, reason: str) -> None:
        self.problems.append(problem)
        self.dropped[reason] = self.dropped.get(reason, 0) + 1


def _start_path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "") if parts.scheme else url


def _value_span(task: str, value: str | None) -> list[int] | None:
    if not value:
        return None
    at = task.find(value)
    return [at, at + len(value)] if at >= 0 else None


def steps_of(test: ImportedTest) -> list[Step]:
    """The test's steps: as written for our own language, else converted from its actions."""
    return list(test.steps) if test.steps else [action_to_step(a) for a in test.actions]


def _record_steps(session: Session, test: ImportedTest, steps: list[Step], verify: bool) -> list[StepRecord]:
    """Run the steps after the first, recording the page before each; raises on a failing step, and with
    `verify` when every assertion already held before the action that precedes it."""
    records: list[StepRecord] = []
    held_before: list[str] = []  # assertions true before their action
    caused = 0  # assertions that failed before their action
    previous: Observation | None = None
    current = session.observe()
    roles = [action.role for action in test.actions]  # known when the source named a role (get_by_role)
    for index, (step, line, role) in enumerate(zip(steps[1:], test.lines[1:], roles[1:], strict=True), 1):
        if step.verb == "go_to":
            step = Step("go_to", _start_path(step.target or "/"))
        if verify and step.verb not in ASSERTIONS:
            for later in steps[index + 1:]:
                if later.verb not in ASSERTIONS:
                    break
                if session.fails(later):
                    caused += 1
                else:
                    held_before.append(f"{later.render()} before {step.render()}")
        target = None
        if step.verb in TARGETED and step.target:
            target = outline_id(current.outline, role, step.target)
        value = step.value if step.verb in ("fill", "select", "see_value") else None
        span = _value_span(test.description, value)
        records.append(StepRecord(current.text, diff_text(previous, current), step.render(), target,
                                  "task" if span else None, span))
        try:
            session.run(step)
        except Exception as err:  # the runtime's typed errors, or the browser's
            raise _StepFailed(line, clean_error(err)) from err
        if step.verb not in ASSERTIONS:
            previous, current = current, session.observe()
    acts = any(step.verb not in ASSERTIONS and step.verb != "go_to" for step in steps)
    checks = any(step.verb in ASSERTIONS for step in steps)
    if verify and acts and checks and not caused:
        said = f" ({'; '.join(held_before)})" if held_before else ""
        raise NotVerified(f"no check fails before the action that should cause it{said}; check something "
                          "the steps cause")
    return records


def _passes_when_broken(driver: Driver, start: str, steps: list[Step]) -> bool | None:
    """Whether the test still passes on a page where its expected outcomes do not happen (None: nothing to
    break, the test asserts no text or value)."""
    prepare = breaker(steps)
    if prepare is None:
        return None
    with driver.session(prepare) as session:
        try:
            session.run(Step("go_to", start))
            for step in steps[1:]:
                session.run(step if step.verb not in ASSERTIONS else
                            Step(step.verb, step.target, step.value, step.near, driver.config.break_timeout))
        except Exception:  # noqa: BLE001 - failing here is what a good test does
            return False
    return True


def _open_start(session: Session, test: ImportedTest, start: str) -> None:
    """Open the test's first page, trying twice (a loaded machine can miss one deadline); a site that does
    not answer stops the replay rather than counting every test as failed."""
    try:
        session.run(Step("go_to", start))
    except NavigationFailed:
        try:
            session.run(Step("go_to", start))
        except NavigationFailed as err:
            raise SiteUnreachable(f"{test.file}:{test.line}: {clean_error(err)}; nothing recorded for it: "
                                  "start the site (or fix --base-url) and run again") from None


def replay(driver: Driver, tests: list[ImportedTest], verify: bool = False) -> ReplayResult:
    """Run each test's steps; a test whose step fails is reported with its file and line, not kept.

    `verify` also drops tests with problems, tests with assertions that hold before their action, and
    tests that still pass when the outcomes they expect are taken away (each reason is counted).
    """
    result = ReplayResult()
    for test in tests:
        result.problems.extend(test.problems)
        if verify and test.problems:
            result.dropped["not convertible"] = result.dropped.get("not convertible", 0) + 1
            continue
        steps = steps_of(test)
        if not steps or steps[0].verb != "go_to":
            message = f"test {test.name!r} does not start by opening a page (page.goto, I.amOnPage, I.go_to)"
            result.drop(ImportProblem(test.file, test.line, message), "no start page")
            continue
        start = _start_path(steps[0].target or "/")
        with driver.session() as session:
            _open_start(session, test, start)
            try:
                records = _record_steps(session, test, steps, verify)
            except _StepFailed as err:
                result.drop(ImportProblem(test.file, err.line, f"replay failed: {err}"), "replay failed")
                continue
            except NotVerified as err:
                result.drop(ImportProblem(test.file, test.line, f"not kept: {err}"), "no check fails before")
                continue
            except Exception as err:  # the browser's own failures (a crash)
                message = f"replay failed: {clean_error(err)}"
                result.drop(ImportProblem(test.file, test.line, message), "replay failed")
                continue
        if not records:
            continue
        meta: dict = {"file": test.file, "line": test.line}
        if verify:
            broken = _passes_when_broken(driver, start, steps)
            if broken is None:
                message = "not kept: it asserts no text or value, so a broken page cannot be detected"
                result.drop(ImportProblem(test.file, test.line, message), "nothing to break")
                continue
            if broken:
                message = "not kept: it still passes on a page where the outcomes it expects do not happen"
                result.drop(ImportProblem(test.file, test.line, message), "passes when broken")
                continue
            meta["verified"] = {"replayed": True, "a_check_fails_before": True, "fails_when_broken": True}
        site = start.strip("/").split("/")[0] or "imported"
        result.records.append(Record(site, start, test.description, "generate", records, style="imported",
                                     source="import", meta=meta))
    return result
