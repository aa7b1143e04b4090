"""Verified records per second: `testgen data build`'s synthesis against a naive builder, side by side.

Both verify by running every test in a fresh browser context on the example sites. The naive builder runs
each task on its own, with every request of the page passing through a Python route handler (the obvious
way to block outside requests) and one English description per run. testgen's builder routes only outside
requests (the pattern is matched in the browser driver), cuts several tasks from one verified run (every
prefix of a passing run passes) and writes several phrasings of each.

    .venv/bin/python benchmarks/data.py --site todo --walks 6
"""

from __future__ import annotations

import argparse
import random
import time

from testgen.data.actions import step_to_action
from testgen.data.driver import Driver, Session
from testgen.data.english import describe
from testgen.data.explore import ExploreConfig, explore
from testgen.data.synthesize import SynthConfig, run_walk, sample_walk, synthesize
from testgen.examples import start_server
from testgen.step import Step


class NaiveSession(Session):
    """A fresh context whose every request goes through Python (continued, or aborted if it leaves)."""

    def __init__(self, browser, base_url, config):
        super().__init__(browser, base_url, config)
        self.context.unroute_all()
        self.context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base_url)
                           else route.abort())


def naive_records(driver: Driver, graph, walks: int, seed: int) -> int:
    """One task per fresh context, one description per task: how many records `walks` runs give."""
    rng = random.Random(seed)
    config = SynthConfig(seed=seed)
    made = 0
    for _ in range(walks):
        walk = sample_walk(graph, rng, config)
        if not walk:
            continue
        with NaiveSession(driver.browser, driver.base_url, driver.config) as session:
            run = run_walk(session, graph, walk, rng, config)
        if run.executed:
            describe([step_to_action(e.step, e.role) for e in run.executed], rng)
            made += 1
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", default="todo")
    parser.add_argument("--walks", type=int, default=6)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    with start_server(port=0) as server, Driver(server.url) as driver:
        started = time.perf_counter()
        graph = explore(driver, args.site, f"/{args.site}/", ExploreConfig(max_states=10, max_depth=2,
                                                                           moves_per_state=5, seed=args.seed))
        explore_s = time.perf_counter() - started
        with driver.session() as warm:
            warm.run(Step("go_to", f"/{args.site}/"))

        started = time.perf_counter()
        naive = naive_records(driver, graph, args.walks, args.seed)
        naive_s = time.perf_counter() - started

        started = time.perf_counter()
        records, counts = synthesize(driver.session, graph, args.walks,
                                     SynthConfig(seed=args.seed, repair_rate=0.0))
        ours_s = time.perf_counter() - started

    naive_rate, ours_rate = naive / naive_s, len(records) / ours_s
    print(f"site {args.site}: explored {len(graph.states)} states, {len(graph.moves)} moves in "
          f"{explore_s:.1f} s; {args.walks} walks each ({counts['verified']} verified)")
    print("| builder | records | seconds | records/s | vs naive |")
    print("|---|---|---|---|---|")
    print(f"| naive: task per run, every request routed through Python | {naive} | {naive_s:.1f} | "
          f"{naive_rate:.2f} | 1.0x |")
    print(f"| testgen: prefixes x phrasings per run, outside requests only | {len(records)} | {ours_s:.1f} | "
          f"{ours_rate:.2f} | {ours_rate / naive_rate:.1f}x |")


if __name__ == "__main__":
    main()
