"""Evaluation on held-out records: does the generated test pass, match the reference, assert every
expectation, and FAIL when the page is broken so that the described outcome does not happen?

A broken page is the same site where the reference's expected outcomes do not happen
(`testgen.data.breaker`).
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from testgen.data.breaker import breaker
from testgen.data.record import Record
from testgen.generate.errors import GenerateError
from testgen.generate.faithful import map_clauses
from testgen.generate.live import ASSERT_VERBS, GenerateConfig, generate_live, rerun
from testgen.generate.planner import Planner
from testgen.reading.clauses import clauses
from testgen.reading.vocabulary import Vocabulary
from testgen.reading.words import normalise
from testgen.step import Step


def key(step: Step) -> tuple:
    """What must agree for two steps to be the same: verb and arguments (not near= or timeouts)."""
    return (step.verb, step.target, step.value)


@dataclass
class Outcome:
    """One task under one planner."""

    task: str
    passed: bool
    steps_match: bool
    expectations: bool
    fails_when_broken: bool | None  # None: the test did not pass, or nothing to break
    seconds: float
    steps: list[str]
    error: str | None = None
    complete: bool = False  # every step of the reference (its go_to aside) is among the generated steps
    unrealized: list[str] | None = None  # a passing test's clauses that no step realizes (must stay empty)
    refused: bool = False  # generation answered with a GenerateError instead of a test

    @property
    def right(self) -> bool:
        """Passes, does every step and check the task asks for, and fails when the page is broken."""
        return self.passed and self.complete and self.fails_when_broken is True


def names_a_clause(task: str, message: str) -> bool:
    """Whether a refusal quotes one of the task's clauses (or the whole task), so the user knows which part
    of the sentence could not be done."""
    said = normalise(message)
    parts = [normalise(task[a:b]) for a, b in clauses(task)] + [normalise(task)]
    return any(part and part in said for part in parts)


def evaluate_record(
    record: Record,
    base_url: str,
    factory: Callable[[str], Planner],
    browser: Any,
    config: GenerateConfig,
    vocabulary: Vocabulary | None = None,
) -> Outcome:
    """Generate a test for one record (with a team's `vocabulary` when given) and grade it."""
    reference = [Step.parse(s.line) for s in record.steps]
    url = base_url.rstrip("/") + record.start_url
    try:
        result = generate_live(record.task, url, factory, config, browser=browser, vocabulary=vocabulary)
    except GenerateError as err:
        message = str(err).splitlines()[0]
        return Outcome(record.task, False, False, False, None, 0.0, [], message, refused=True)
    except Exception as err:  # noqa: BLE001 - one task's browser failure is graded as a failure, not fatal
        message = f"{type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''}"
        return Outcome(record.task, False, False, False, None, 0.0, [], message)
    generated = [s for s in result.steps if s.verb != "go_to"]
    got = {key(s) for s in generated}
    expected = [key(s) for s in reference if s.verb in ASSERT_VERBS]
    broken = None
    route = breaker(reference)
    if result.passed and route is not None:
        still_passes, _ = rerun(result.script, url, browser, config, route)
        broken = not still_passes
    mapping = result.clause_map or map_clauses(record.task, generated)
    unrealized = [c.text for c in mapping.unrealized] if result.passed else None
    return Outcome(
        record.task,
        result.passed,
        [key(s) for s in generated] == [key(s) for s in reference],
        all(e in got for e in expected),
        broken,
        result.seconds,
        [s.render() for s in generated],
        result.failure,
        all(key(s) in got for s in reference if s.verb != "go_to"),
        unrealized,
    )


def summarise(outcomes: list[Outcome]) -> dict[str, float | int | None]:
    """Rates over the outcomes of one planner; fail-when-broken over the tests that passed and could break."""
    n = len(outcomes)
    breakable = [o for o in outcomes if o.fails_when_broken is not None]
    times = [o.seconds for o in outcomes if o.seconds]
    refusals = [o for o in outcomes if o.refused]

    def rate(values: list[bool], over: int) -> float | None:
        return round(sum(values) / over, 3) if over else None

    return {
        "tasks": n,
        "pass": rate([o.passed for o in outcomes], n),
        "steps_match": rate([o.steps_match for o in outcomes], n),
        "expectations_asserted": rate([o.expectations for o in outcomes], n),
        "fails_when_broken": rate([bool(o.fails_when_broken) for o in breakable], len(breakable)),
        "complete": rate([o.complete for o in outcomes], n),
        "right": rate([o.right for o in outcomes], n),
        "breakable": len(breakable),
        "refused": rate([o.refused for o in outcomes], n),
        "refusals_naming_a_clause": rate([names_a_clause(o.task, o.error) for o in refusals], len(refusals)),
        "passed_with_unrealized_clause": sum(bool(o.unrealized) for o in outcomes),
        # Judged against the reference, not the clause map: a passing test that leaves out a step or check
        # the reference has (some do less than asked, some only less than the reference's author did).
        "passed_incomplete": sum(o.passed and not o.complete for o in outcomes),
        "median_seconds": round(statistics.median(times), 2) if times else None,
    }


def outcome_dict(outcome: Outcome) -> dict:
    return {**asdict(outcome), "right": outcome.right}
