"""`testgen finetune`: from a team's test suite to a LoRA adapter that changes what testgen writes."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rich.console import Console
from rich.table import Table

EXAMPLE = """examples:
  testgen finetune tests/e2e/ --base-url http://127.0.0.1:3000
  testgen finetune tests/e2e/ login_test.js --base-url http://127.0.0.1:3000 --out runs/team --json
  testgen generate "hit Submit and see the thanks" --url http://127.0.0.1:3000/ --adapter runs/team/adapter

The suite (testgen's own tests, Playwright Python, CodeceptJS) is replayed against --base-url to record each
page; each test's docstring, title or comments are its description. Whole files are held out (a quarter) and
graded before and after in the same run: the headline is the share of held-out tests whose generated test
passes, does every step and check asked for, and fails when the page is broken. The team's own words are
learned too ("hit Review" for the button named Continue, the sign-in its tests do without saying it) and
saved as OUT/adapter/vocabulary.json, which the team may read and edit; the words alone on the base model
are graded beside. OUT/adapter holds the adapter, the words and adapter_card.json (base model, data, steps,
time, every grading). Training stops after --minutes (default 8) whatever --steps says.
"""
FIGURES = ("headline", "pass", "complete", "fails_when_broken", "refused", "median_seconds")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "finetune",
        help="fine-tune the generator on a team's own tests (a LoRA adapter), graded before and after",
        description=__doc__.split(": ", 1)[1],
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="+", type=Path, help="test files or folders")
    parser.add_argument("--base-url", required=True, help="where the team's app is served")
    parser.add_argument("--method", default="lora", choices=("lora", "state"), help="what is trained")
    parser.add_argument(
        "--out", type=Path, default=Path("runs/finetune"), help="folder for the data, the run and the adapter"
    )
    parser.add_argument("--steps", type=int, default=200, help="optimizer steps (batches of 4 decisions)")
    parser.add_argument(
        "--minutes", type=float, default=8.0, help="most minutes of training (the steps end sooner or there)"
    )
    parser.add_argument("--lr", type=float, default=3e-3, help="peak learning rate")
    parser.add_argument("--heldout-share", type=float, default=0.25, help="share of test files held out")
    parser.add_argument(
        "--seed", type=int, default=0, help="which files are held out (another seed, another split)"
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from testgen.train.finetune import FinetuneConfig, finetune

    console = Console(stderr=True)
    config = FinetuneConfig(
        args.method, args.steps, args.minutes, args.lr, heldout_share=args.heldout_share, seed=args.seed
    )
    with console.status("importing the suite") as status:
        report = finetune(args.paths, args.base_url, args.out, config, progress=status.update)
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    for problem in report["problems"]:
        console.print(f"[yellow]not used:[/yellow] {problem}")
    table = Table(title=f"held-out tests ({report['data']['heldout']}), before and after the adapter")
    table.add_column("figure")
    table.add_column("base model")
    table.add_column("with the adapter")
    table.add_column("base model + the team's words")
    gradings = [report[name] or {} for name in ("before", "after", "vocabulary_only")]
    for figure in FIGURES:
        table.add_row(figure, *(str(g.get(figure, "-")) for g in gradings))
    Console().print(table)
    for word, name in report["vocabulary"]["words"].items():
        console.print(f"learned: {word!r} means {name!r}")
    if report["vocabulary"]["routine"]:
        console.print(f"learned: tests begin with {', '.join(report['vocabulary']['routine'])}")
    training = report["training"]
    console.print(f"adapter: {report['adapter']} ({training['steps']} steps in {training['seconds']} s)")
    return 0
