"""`testgen eval`'s grading: which tasks are graded, and a generated test graded against its reference."""

from __future__ import annotations

import pytest

from testgen.commands.eval import heldout_records
from testgen.data.record import Record, StepRecord, write_records
from testgen.generate.baseline import RulePlanner
from testgen.generate.evaluate import Outcome, evaluate_record, summarise
from testgen.generate.live import GenerateConfig

CONFIG = GenerateConfig(step_timeout=2.0)
TASK = 'Click the Yearly tab and check that "$120 per year" is shown'


@pytest.fixture
def browser(testgen_browser):
    return testgen_browser


def widgets_record(
    task: str = TASK, lines: tuple[str, ...] = ('I.click("Yearly")', 'I.see("$120 per year")')
):
    steps = [StepRecord(outline="", diff="", line=line) for line in lines]
    return Record("widgets", "/widgets/", task, "generate", steps)


def test_only_checking_tasks_of_the_chosen_sites_are_graded(tmp_path):
    checks = widgets_record()
    silent = widgets_record("Click the Yearly tab", ('I.click("Yearly")',))
    elsewhere = Record(
        "bank", "/bank/", "See Harbor Trust", "generate", [StepRecord("", "", 'I.see("Harbor")')]
    )
    path = tmp_path / "heldout.jsonl.gz"
    write_records(path, [checks, silent, elsewhere])
    assert [r.task for r in heldout_records(path, 10, 0, "widgets")] == [TASK]
    assert sorted(r.site for r in heldout_records(path, 10, 0, "all")) == ["bank", "widgets"]


def test_a_right_test_passes_matches_and_fails_on_the_broken_page(sites_url, browser):
    outcome = evaluate_record(widgets_record(), sites_url, RulePlanner, browser, CONFIG)
    assert outcome.passed and outcome.steps_match and outcome.expectations
    assert outcome.fails_when_broken is True and outcome.complete and outcome.right


def test_a_test_that_checks_something_else_is_graded_down(sites_url, browser):
    # The reference expects a text the generated test never checks.
    record = widgets_record(lines=('I.click("Yearly")', 'I.see("Billed once a year")'))
    outcome = evaluate_record(record, sites_url, RulePlanner, browser, CONFIG)
    assert outcome.passed and not outcome.steps_match and not outcome.expectations
    assert not outcome.complete and not outcome.right


def test_a_task_whose_generation_crashes_is_graded_as_failed_and_the_run_goes_on(sites_url, browser):
    def crashing(task):
        raise RuntimeError("Target page, context or browser has been closed")

    outcome = evaluate_record(widgets_record(), sites_url, crashing, browser, CONFIG)
    assert (
        not outcome.passed
        and outcome.error == "RuntimeError: Target page, context or browser has been closed"
    )


def test_rates_count_only_breakable_passing_tests_for_fail_when_broken():
    def outcome(passed: bool, broken: bool | None, complete: bool = True) -> Outcome:
        return Outcome("t", passed, passed, passed, broken, 1.0, [], complete=complete)

    figures = summarise(
        [outcome(True, True), outcome(True, False), outcome(False, None), outcome(True, None),
         outcome(True, True, complete=False)]
    )
    assert figures["pass"] == 0.8 and figures["breakable"] == 3 and figures["fails_when_broken"] == 0.667
    # right: passes, does every step asked for, and fails on the broken page (only the first)
    assert figures["complete"] == 0.8 and figures["right"] == 0.2
