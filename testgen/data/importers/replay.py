"""Replay imported tests in the browser to capture the page each step acts on, producing records."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from testgen.data.actions import action_to_step
from testgen.data.driver import Driver, Observation, clean_error, diff_text, outline_id
from testgen.data.importers import ImportedTest, ImportProblem
from testgen.data.record import Record, StepRecord


@dataclass
class ReplayResult:
    """Records from tests that replayed cleanly, and the problems of the rest."""

    records: list[Record] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)


def _start_path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "") if parts.scheme else url


def _value_span(task: str, value: str | None) -> list[int] | None:
    if not value:
        return None
    at = task.find(value)
    return [at, at + len(value)] if at >= 0 else None


def replay(driver: Driver, tests: list[ImportedTest]) -> ReplayResult:
    """Run each test's steps; a test whose step fails is reported with its file and line, not kept."""
    result = ReplayResult()
    for test in tests:
        result.problems.extend(test.problems)
        if not test.actions or test.actions[0].verb != "open":
            message = f"test {test.name!r} does not start by opening a page (page.goto, I.amOnPage, I.go_to)"
            result.problems.append(ImportProblem(test.file, test.line, message))
            continue
        start = _start_path(test.actions[0].value or "/")
        steps: list[StepRecord] = []
        with driver.session() as session:
            try:
                session.run(action_to_step(test.actions[0]))
                previous: Observation | None = None
                failed_line = test.line
                current = session.observe()
                for action, line in zip(test.actions[1:], test.lines[1:], strict=True):
                    failed_line = line
                    step = action_to_step(action)
                    if step.verb == "go_to":
                        step = type(step)("go_to", _start_path(step.target or "/"))
                    target = None
                    if step.verb in ("click", "fill", "select", "check", "uncheck", "see_value"):
                        target = outline_id(current.outline, action.role, step.target or "")
                    value = action.value if step.verb in ("fill", "select", "see_value") else None
                    span = _value_span(test.description, value)
                    steps.append(StepRecord(current.text, diff_text(previous, current), step.render(), target,
                                            "task" if span else None, span))
                    session.run(step)
                    if step.verb not in ("see", "dont_see", "see_value", "see_url"):
                        previous, current = current, session.observe()
            except Exception as err:  # the runtime's typed errors, or the browser's
                message = f"replay failed: {clean_error(err)}"
                result.problems.append(ImportProblem(test.file, failed_line, message))
                continue
        if steps:
            site = start.strip("/").split("/")[0] or "imported"
            result.records.append(Record(site, start, test.description, "generate", steps, style="imported",
                                         source="import", meta={"file": test.file, "line": test.line}))
    return result
