"""`testgen eval`: grade generated tests on held-out records, the model beside the rule-based baseline."""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from testgen.data.build import DEFAULT_HELDOUT_SITES
from testgen.generate.errors import GenerateError

EXAMPLE = """examples:
  testgen eval --data datasets/sites/heldout.jsonl.gz --limit 40
  testgen eval --data datasets/handwritten/blind.jsonl.gz --sites all --limit 16   # tasks people wrote
  testgen eval --planners rules --limit 10 --json
  testgen eval --data datasets/written --sites all --ablate --limit 40   # what training added
"""
DEFAULT_DATA = Path("datasets/sites")
FIGURES = (
    "tasks",
    "pass",
    "steps_match",
    "expectations_asserted",
    "fails_when_broken",
    "complete",
    "right",
    "breakable",
    "refused",
    "refusals_naming_a_clause",
    "passed_with_unrealized_clause",
    "passed_incomplete",
    "median_seconds",
)
ASSERTING = ("I.see(", "I.dont_see(", "I.see_value(", "I.see_url(")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="grade generated tests on held-out tasks (model vs rule-based baseline)",
        description="Generate a test for each held-out task with each planner, run it clean, run it against "
        "a broken page, compare with the reference; print the figures side by side.",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help="a records file (.jsonl/.jsonl.gz) or a dataset folder (its heldout split)",
    )
    parser.add_argument("--limit", type=int, default=20, help="tasks to grade (a seeded sample)")
    parser.add_argument(
        "--sites",
        default=",".join(DEFAULT_HELDOUT_SITES),
        help="comma-separated sites whose tasks are graded (default: the held-out sites; 'all': every site)",
    )
    parser.add_argument("--planners", default="model,rules", help="comma-separated: model, ablated, rules")
    parser.add_argument(
        "--ablate",
        action="store_true",
        help="also grade the model with its learned weights at their initial values (planner 'ablated')",
    )
    parser.add_argument("--model", help="a generator checkpoint folder (default: the shipped base model)")
    parser.add_argument(
        "--adapter",
        help="a folder written by `testgen finetune` (or a LoRA adapter): its weights are merged onto the "
        "model and its vocabulary.json restates tasks on the team's site in the page's words",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true", help="print JSON: figures and every task's outcome")
    parser.set_defaults(func=run)


def heldout_records(data: Path, limit: int, seed: int, sites: str = "all") -> list:
    """A seeded sample of the generate records (with at least one check) in `data`, of `sites` only
    (comma-separated; "all" for every site)."""
    from testgen.data.record import read_records

    if data.is_dir():
        files = [p for p in (data / "heldout.jsonl", data / "heldout.jsonl.gz") if p.is_file()]
    else:
        files = [data] if data.is_file() else []
    if not files:
        raise GenerateError(
            f"no held-out records at {data}; build them with `testgen data build` or pass --data "
            "FILE.jsonl.gz"
        )
    # A generated test must check something, so tasks whose reference checks nothing are not graded.
    records = [
        r
        for f in files
        for r in read_records(f)
        if r.kind == "generate"
        and any(s.line.startswith(ASSERTING) for s in r.steps)
        and (sites == "all" or r.site in sites.split(","))
    ]
    random.Random(seed).shuffle(records)
    return records[:limit]


def run(args: argparse.Namespace) -> int:
    from testgen.browser import launch_browser, shared_playwright
    from testgen.examples import start_server
    from testgen.generate.evaluate import evaluate_record, outcome_dict, summarise
    from testgen.generate.live import GenerateConfig
    from testgen.generate.load import load_vocabulary, planner_factory

    records = heldout_records(args.data, args.limit, args.seed, args.sites)
    planners = [p.strip() for p in args.planners.split(",") if p.strip()]
    if args.ablate and "ablated" not in planners:
        planners.append("ablated")
    factories = {p: planner_factory(p, args.model, args.adapter) for p in planners}
    vocabulary = load_vocabulary(args.adapter)
    config = GenerateConfig.from_env()
    outcomes: dict[str, list] = {p: [] for p in planners}
    console = Console(stderr=True)
    with start_server(port=0, quiet=True) as server:
        browser = launch_browser(shared_playwright())
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        try:
            with Progress(*columns, console=console) as progress:
                bar = progress.add_task("grading", total=len(records) * len(planners))
                for record in records:
                    for name in planners:
                        progress.update(bar, description=f"{name}: {record.task[:40]!r}")
                        outcomes[name].append(
                            evaluate_record(record, server.url, factories[name], browser, config, vocabulary)
                        )
                        progress.advance(bar)
        finally:
            browser.close()
    figures = {name: summarise(results) for name, results in outcomes.items()}
    if args.json:
        print(
            json.dumps(
                {
                    "data": str(args.data),
                    "figures": figures,
                    "outcomes": {n: [outcome_dict(o) for o in r] for n, r in outcomes.items()},
                },
                ensure_ascii=False,
            )
        )
        return 0
    table = Table(title=f"generation on {len(records)} held-out tasks ({args.data})")
    table.add_column("figure")
    for name in planners:
        table.add_column(name, justify="right")
    for figure in FIGURES:
        table.add_row(figure, *[str(figures[name][figure]) for name in planners])
    Console().print(table)
    return 0
