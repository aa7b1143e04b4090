"""`testgen eval`'s grading: which tasks are graded, and a generated test graded against its reference."""

from __future__ import annotations

import pytest
import torch

from testgen.cli import main
from testgen.commands.eval import heldout_records
from testgen.data.record import Record, StepRecord, write_records
from testgen.generate.baseline import RulePlanner
from testgen.generate.evaluate import Outcome, evaluate_record, summarise
from testgen.generate.live import GenerateConfig
from testgen.generate.load import BASE_MODEL, ablated, load_generator

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


def test_refusals_are_counted_with_whether_they_name_a_clause():
    task = "Click Save and check that Saved is shown"
    named = Outcome(task, False, False, False, None, 0.0, [], "could not do 'check that Saved is shown'",
                    refused=True)
    vague = Outcome(task, False, False, False, None, 0.0, [], "no candidate worked", refused=True)
    crashed = Outcome(task, False, False, False, None, 0.0, [], "RuntimeError: closed")
    unfaithful = Outcome(task, True, False, False, None, 1.0, [], unrealized=["check that Saved is shown"])
    figures = summarise([named, vague, crashed, unfaithful])
    assert figures["refused"] == 0.5 and figures["refusals_naming_a_clause"] == 0.5
    assert figures["passed_with_unrealized_clause"] == 1
    complete = Outcome(task, True, True, True, True, 1.0, [], complete=True)
    assert figures["passed_incomplete"] == 1 and summarise([complete])["passed_incomplete"] == 0


@pytest.mark.skipif(not BASE_MODEL.is_dir(), reason="no shipped model in testgen/weights/base")
def test_the_ablated_model_has_its_learned_weights_at_their_initial_values():
    trained = load_generator()
    blank = ablated(trained)
    assert not torch.equal(trained.rwkv.emb.weight, blank.rwkv.emb.weight)
    assert blank.heads.line_key.weight.abs().sum() == 0 and blank.heads.span_key.weight.abs().sum() == 0
    assert blank.heads.config == trained.heads.config  # the mix is kept, only what training learned goes
    assert torch.equal(trained.heads.element_weights, blank.heads.element_weights)  # hand-set, not learned
    again = ablated(trained)
    assert torch.equal(again.rwkv.emb.weight, blank.rwkv.emb.weight)  # seeded: the same blank every time


def test_eval_grades_the_ablated_model_beside_the_others_when_asked(monkeypatch, capsys):
    from testgen.commands import eval as eval_command

    asked = []
    monkeypatch.setattr(eval_command, "heldout_records", lambda *a, **k: [])
    monkeypatch.setattr("testgen.generate.load.planner_factory", lambda kind, *a: asked.append(kind))
    monkeypatch.setattr("testgen.browser.launch_browser", lambda *a: type("B", (), {"close": lambda s: 0})())
    monkeypatch.setattr("testgen.browser.shared_playwright", lambda: None)
    main(["eval", "--planners", "model,rules", "--ablate", "--json"])
    assert asked == ["model", "rules", "ablated"]
