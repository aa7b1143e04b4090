"""`testgen generate "SENTENCE" --url URL`: write a validated test from plain English."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from testgen.generate.errors import GenerateError

EXAMPLE = """examples:
  testgen generate "Add two mugs to the cart and check the total is $24.00" --url http://127.0.0.1:8765/shop/
  testgen generate "Log in as bob/hunter2 and see Welcome, bob" --url http://127.0.0.1:8765/shop/login.html \\
      -o test_login.py --beam 4
  testgen generate "Search for mugs and see the results" --html saved_page.html --json
  testgen generate "Search for mugs and see the results" --html saved_page.html \\
      --url http://127.0.0.1:8765/shop/ -o test_search.py

With --html the steps are planned on the saved page without a browser: nothing is run, so the test is not
validated (run it with `testgen run`). The test opens --url, by default the saved file's own file:// URL.
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "generate",
        help="write a test from a plain-English sentence, validated in a real browser",
        description="Read the live page, decide the steps one by one, run them, hand back a passing test "
        "(with --html: plan on a saved page, without running).",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("task", help="what the test should do and check, in plain English")
    parser.add_argument(
        "--url", help="the page the test starts on (live mode, in Chromium); with --html, the address to open"
    )
    parser.add_argument("--html", type=Path, help="a saved page: plan the steps offline, without a browser")
    parser.add_argument("-o", "--output", type=Path, help="write the test module here (default: print it)")
    parser.add_argument("--model", help="a generator checkpoint folder (default: the shipped base model)")
    parser.add_argument(
        "--adapter",
        help="a folder written by `testgen finetune` (or a LoRA adapter): its weights are merged onto the "
        "model and its vocabulary.json restates tasks on the team's site in the page's words",
    )
    parser.add_argument(
        "--planner", choices=("model", "rules"), default="model", help="'rules': the model-free baseline"
    )
    parser.add_argument("--beam", type=int, default=None, help="candidates kept per decision (default 3)")
    parser.add_argument("--temperature", type=float, default=None, help="sample with this temperature")
    parser.add_argument("--max-steps", type=int, default=None, help="most steps in one test (default 12)")
    parser.add_argument("--json", action="store_true", help="print a JSON result")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from testgen.generate.faithful import map_clauses
    from testgen.generate.live import GenerateConfig, generate_live, generate_offline, script_for
    from testgen.generate.load import load_vocabulary, planner_factory

    if not (args.url or args.html):
        raise GenerateError("say which page the test is for: --url URL (live) or --html FILE (offline)")
    console = Console(stderr=True)
    config = GenerateConfig.from_env(beam=args.beam, temperature=args.temperature, max_steps=args.max_steps)
    factory = planner_factory(args.planner, args.model, args.adapter, config.beam, config.temperature)

    def shown(step) -> None:
        console.print(f"  [green]✓[/green] {escape(step.render())}")

    with console.status("reading the page and deciding steps", spinner="dots"):
        if args.html:
            if not args.html.is_file():
                raise GenerateError(f"{args.html} does not exist; pass a saved .html or .html.gz page")
            steps = generate_offline(args.task, str(args.html), factory, config, on_step=shown)
            result, mapping = None, map_clauses(args.task, steps)
            start = args.url or args.html.resolve().as_uri()
            script = script_for(args.task, start, steps, mapping)
        else:
            vocabulary = load_vocabulary(args.adapter)
            result = generate_live(args.task, args.url, factory, config, on_step=shown, vocabulary=vocabulary)
            script = result.script
    source = script.render()
    if result is None:
        source = f"# Planned offline on {args.html.name}, not run: check it with `testgen run`.\n" + source
    if args.output and (result is None or result.passed):
        args.output.write_text(source)
    if args.json:
        payload = (
            result.to_dict()
            if result
            else {
                "task": args.task,
                "passed": None,
                "validated": False,
                "planned_offline": True,
                "url": start,
                "steps": [s.render() for s in script.steps()],
                "source": source,
                "clause_map": mapping.to_dict(),
            }
        )
        payload["written"] = str(args.output) if args.output and (result is None or result.passed) else None
        print(json.dumps(payload, ensure_ascii=False))
    elif not args.output:
        sys.stdout.write(source)
    if result is None:
        where = f", written to {args.output}" if args.output else ""
        console.print(
            f"[yellow]offline: planned on a saved page, not run[/yellow] (opens {escape(start)}){where}"
        )
        return 0
    if not result.passed:
        console.print(
            f"[red]the generated test failed its clean re-run:[/red] {escape(result.failure or '')}"
        )
        return 1
    where = f", written to {args.output}" if args.output else ""
    console.print(f"[green]passed[/green] in a clean re-run ({result.seconds:.1f}s){where}")
    return 0
