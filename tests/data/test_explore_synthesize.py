"""Exploration stays within bounds and repeats under a seed (on a page without timers); synthesised tests
pass when replayed and their assertions fail before the action that made them true."""

from __future__ import annotations

import random

import pytest

from testgen.data.explore import ExploreConfig, explore
from testgen.data.synthesize import ASSERT_VERBS, SynthConfig, records_from_run, run_walk, sample_walk
from testgen.step import Step

pytestmark = pytest.mark.browser
BOUNDS = ExploreConfig(max_states=5, max_depth=2, moves_per_state=3, seed=4)


@pytest.fixture(scope="module")
def graph(driver):
    return explore(driver, "todo", "/todo/", BOUNDS)


def test_exploration_respects_bounds_and_seed(driver, graph):
    assert 2 <= len(graph.states) <= BOUNDS.max_states
    assert all(state.depth <= BOUNDS.max_depth for state in graph.states)
    assert len({state.key for state in graph.states}) == len(graph.states)
    for move in graph.moves:
        assert move.source != move.target
        assert len(move.steps) == len(move.roles)
    again = explore(driver, "todo", "/todo/", BOUNDS)
    assert [s.key for s in again.states] == [s.key for s in graph.states]
    assert [[s.render() for s in m.steps] for m in again.moves] == \
        [[s.render() for s in m.steps] for m in graph.moves]


def _replay(session, start_url: str, steps: list[Step]) -> None:
    session.run(Step("go_to", start_url))
    for step in steps:
        session.run(step)


def test_synthesised_tests_pass_and_assertions_fail_before_their_action(driver, graph):
    rng = random.Random(2)
    config = SynthConfig(max_moves=3, phrasings=2, seed=2)
    checked_assertions = 0
    for _ in range(2):
        walk = sample_walk(graph, rng, config)
        with driver.session() as session:
            run = run_walk(session, graph, walk, rng, config)
        assert run.executed, "a walk over explored moves should replay"
        records = records_from_run(run, graph, rng, config)
        assert records
        for record in records[:1]:
            with driver.session() as session:
                _replay(session, record.start_url, [Step.parse(s.line) for s in record.steps])
        # Each assertion must fail on the page before the move that made it true.
        starts = [0, *run.cuts[:-1]]
        for begin, end in zip(starts, run.cuts, strict=True):
            for executed in run.executed[begin:end]:
                if executed.step.verb not in ASSERT_VERBS:
                    continue
                with driver.session() as session:
                    _replay(session, run.start_url, [e.step for e in run.executed[:begin]])
                    assert session.fails(executed.step), executed.step.render()
                checked_assertions += 1
    assert checked_assertions > 0


def test_records_point_at_their_arguments(driver, graph):
    rng = random.Random(9)
    config = SynthConfig(max_moves=2, phrasings=3, seed=9)
    with driver.session() as session:
        run = run_walk(session, graph, sample_walk(graph, rng, config), rng, config)
    for record in records_from_run(run, graph, rng, config):
        for step in record.steps:
            parsed = Step.parse(step.line)
            if step.value_span:
                value = record.task[step.value_span[0]:step.value_span[1]]
                assert value in (parsed.value, parsed.target)
            if step.target_id is not None:
                assert f"[{step.target_id}]" in step.outline
            if step.see_line is not None:
                assert parsed.target.casefold() in step.outline.splitlines()[step.see_line].casefold()
