"""Sample tasks from an exploration, verify them by running them, and turn them into records.

A walk is a few moves through the explored graph with assertions about what each move changed (a text that
appears or disappears, a field's value, the URL). It runs in a fresh context through the runtime: each
assertion must fail just before the move that causes it and pass just after, or it is dropped. Every prefix
of a passing run is itself a passing test, so one run yields several tasks, each described in English.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from html_compactor.page_model import normalize_text
from testgen.data.actions import step_to_action
from testgen.data.driver import Observation, Session, diff_text, outline_id
from testgen.data.english import HELDOUT_STYLES, describe
from testgen.data.explore import Exploration, Move, State
from testgen.data.record import Record, StepRecord
from testgen.data.repair import MUTATIONS, make_repair
from testgen.step import Step

ASSERT_VERBS = {"see", "dont_see", "see_value", "see_url"}


@dataclass
class SynthConfig:
    """How tasks are sampled: walk lengths, assertions per move, English renderings per task."""

    max_steps: int = 10
    max_moves: int = 5
    assertions_per_move: int = 2
    phrasings: int = 6
    prefixes: int = 4  # extra tasks cut from one run, besides the whole walk
    heldout_style_rate: float = 0.08  # share of descriptions in held-out phrasings (they go to `heldout`)
    repair_rate: float = 0.3  # share of verified runs that also yield a repair record
    seed: int | str = 0


@dataclass
class Executed:
    """One step as it ran: the step, its element's role, and the page it acted on."""

    step: Step
    role: str | None
    observation: Observation
    previous: Observation | None


@dataclass
class Run:
    """A verified walk: the steps that passed, in order; `cuts` are step counts where a task may end."""

    start_url: str
    executed: list[Executed] = field(default_factory=list)
    cuts: list[int] = field(default_factory=list)
    dropped_assertions: int = 0


def sample_walk(graph: Exploration, rng: random.Random, config: SynthConfig) -> list[Move]:
    """A random path of moves from the start state, at most `max_moves` long."""
    outgoing: dict[int, list[Move]] = {}
    for move in graph.moves:
        outgoing.setdefault(move.source, []).append(move)
    walk: list[Move] = []
    state, steps = 0, 0
    for _ in range(rng.randint(1, config.max_moves)):
        options = [m for m in outgoing.get(state, []) if steps + len(m.steps) <= config.max_steps - 1]
        if not options:
            break
        move = rng.choice(options)
        walk.append(move)
        steps += len(move.steps)
        state = move.target
    return walk


def plan_assertions(before: State, after: State, move: Move, rng: random.Random, limit: int) -> list[Step]:
    """Assertions that should hold after `move` and not before it, judged from the explored outlines."""
    candidates: list[Step] = []
    appeared = [t for t in after.texts if normalize_text(t) not in before.page_text]
    gone = [t for t in before.texts if normalize_text(t) not in after.page_text]
    if appeared:
        candidates.append(Step("see", rng.choice(appeared)))
    if gone:
        candidates.append(Step("dont_see", rng.choice(gone)))
    for step in move.steps:
        if step.verb == "fill" and after.fields.get(step.target) == step.value \
                and before.fields.get(step.target) != step.value:
            candidates.append(Step("see_value", step.target, step.value))
    old, new = urlsplit(before.url), urlsplit(after.url)
    fragment = new.path + (f"?{new.query}" if new.query else "")
    if (old.path, old.query) != (new.path, new.query) and fragment not in before.url:
        candidates.append(Step("see_url", fragment))
    rng.shuffle(candidates)
    return candidates[:limit]


def run_walk(session: Session, graph: Exploration, walk: list[Move], rng: random.Random,
             config: SynthConfig) -> Run:
    """Execute the walk with its assertions; stop at the first action that fails."""
    run = Run(graph.start_url)
    session.run(Step("go_to", graph.start_url))
    current = session.observe()
    previous: Observation | None = None
    budget = config.max_steps
    for move in walk:
        planned = plan_assertions(graph.states[move.source], graph.states[move.target], move, rng,
                                  min(config.assertions_per_move, budget - len(move.steps)))
        honest = [a for a in planned if session.fails(a)]
        run.dropped_assertions += len(planned) - len(honest)
        mark = len(run.executed)
        try:
            for step, role in zip(move.steps, move.roles, strict=True):
                run.executed.append(Executed(step, role, current, previous))
                session.run(step)
                previous, current = current, session.observe()
        except Exception:  # the walk diverged from the exploration; keep what passed before this move
            del run.executed[mark:]
            break
        budget -= len(move.steps)
        for assertion in honest:
            try:
                session.run(assertion)
            except Exception:  # held in exploration but not now: not a verified assertion
                run.dropped_assertions += 1
                continue
            run.executed.append(Executed(assertion, None, current, previous))
            previous = current
            budget -= 1
        run.cuts.append(len(run.executed))
    return run


def _page_name(graph: Exploration) -> str:
    heading = graph.states[0].heading
    return f"the {heading} page" if heading and len(heading) < 40 else f"the {graph.site} site"


def records_from_run(run: Run, graph: Exploration, rng: random.Random, config: SynthConfig) -> list[Record]:
    """Tasks cut from a verified run (the whole run and a few prefixes), each in several phrasings."""
    cuts = sorted({c for c in run.cuts if c > 0})
    if not cuts:
        return []
    chosen = {cuts[-1]} | set(rng.sample(cuts[:-1], min(config.prefixes, len(cuts) - 1)))
    records = []
    for cut in sorted(chosen):
        executed = run.executed[:cut]
        actions = [step_to_action(e.step, e.role) for e in executed]
        for _ in range(config.phrasings):
            style = rng.choice(HELDOUT_STYLES) if rng.random() < config.heldout_style_rate else None
            description = describe(actions, rng, style, page_name=_page_name(graph))
            steps = [_step_record(e, description.value_spans[i]) for i, e in enumerate(executed)]
            records.append(Record(graph.site, run.start_url, description.text, "generate", steps,
                                  style=description.style, source="explore"))
    return records


def repair_record(session_factory, run: Run, graph: Exploration, rng: random.Random) -> Record | None:
    """Break the verified run with one random mutation; a record of the break and its fix, if it broke."""
    steps = [e.step for e in run.executed]
    roles = [e.role for e in run.executed]
    repair = make_repair(session_factory, run.start_url, steps, roles, rng.choice(MUTATIONS), rng)
    if repair is None:
        return None
    actions = [step_to_action(e.step, e.role) for e in run.executed]
    description = describe(actions, rng, page_name=_page_name(graph))
    records = [_step_record(e, description.value_spans[i]) for i, e in enumerate(run.executed)]
    return Record(graph.site, run.start_url, description.text, "repair", records, style=description.style,
                  source="mutation", repair=repair)


def _step_record(executed: Executed, span: tuple[int, int] | None) -> StepRecord:
    step, observation = executed.step, executed.observation
    target_id = None
    if step.verb not in ("go_to", "press", "see", "dont_see", "see_url", "type"):
        target_id = outline_id(observation.outline, executed.role, step.target or "")
    see_line = None
    if step.verb == "see":
        wanted = normalize_text(step.target or "")
        see_line = next((i for i, line in enumerate(observation.text.splitlines())
                         if wanted in normalize_text(line)), None)
    return StepRecord(
        outline=observation.text,
        diff=diff_text(executed.previous, observation),
        line=step.render(),
        target_id=target_id,
        value_source="task" if span else None,
        value_span=list(span) if span else None,
        see_line=see_line,
    )


def synthesize(session_factory, graph: Exploration, walks: int,
               config: SynthConfig | None = None) -> tuple[list[Record], dict[str, int]]:
    """Sample, verify and render `walks` walks; returns the records and counts of what was kept or dropped."""
    config = config or SynthConfig()
    rng = random.Random(f"{config.seed}:{graph.site}:{graph.start_url}")
    records: list[Record] = []
    counts = {"walks": 0, "verified": 0, "failed": 0, "dropped_assertions": 0, "repairs": 0}
    for _ in range(walks):
        walk = sample_walk(graph, rng, config)
        counts["walks"] += 1
        if not walk:
            continue
        try:
            with session_factory() as session:
                run = run_walk(session, graph, walk, rng, config)
        except Exception:  # the start page itself failed to open: nothing of this walk is verified
            counts["failed"] += 1
            continue
        counts["dropped_assertions"] += run.dropped_assertions
        if run.executed:
            counts["verified"] += 1
            records.extend(records_from_run(run, graph, rng, config))
            if rng.random() < config.repair_rate:
                try:
                    record = repair_record(session_factory, run, graph, rng)
                except Exception:  # the mutated page never opened: no repair from this run
                    record = None
                counts["repairs"] += record is not None
                records.extend([record] if record else [])
        else:
            counts["failed"] += 1
    return records, counts
