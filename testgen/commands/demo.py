"""`testgen demo`: serve the example sites, generate tests from English with the shipped model, run them."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

EXAMPLE = """examples:
  testgen demo
  testgen demo --out demo_tests --json
"""
# (site path, sentence): what the demo asks for, on the example sites, in three ways testers write: a
# Gherkin scenario, an element named by its place ("the second tab"), a terse note.
DEMO_TASKS = (
    (
        "/todo/",
        'Scenario: adding a todo\n  When I type "Buy milk" into What needs to be done? and press Enter\n'
        '  Then I should see "1 item left"',
    ),
    ("/widgets/", 'Open the second tab under Pricing plans and make sure it says "$120 per year"'),
    ("/widgets/", 'name field = Ana Lopez -> Your name holds "Ana Lopez"'),
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="generate and run a few tests on the example sites with the shipped model",
        description="Start the example sites, turn a few English sentences into tests, run them.",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--out", type=Path, help="folder for the generated tests (default: a new temp folder)"
    )
    parser.add_argument(
        "--planner", choices=("model", "rules"), default="model", help="'rules': the model-free baseline"
    )
    parser.add_argument("--json", action="store_true", help="print a JSON summary")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from testgen.browser import launch_browser, shared_playwright
    from testgen.examples import start_server
    from testgen.generate.errors import GenerateError
    from testgen.generate.live import GenerateConfig, generate_live
    from testgen.generate.load import planner_factory

    console = Console(stderr=True)
    out = args.out or Path(tempfile.mkdtemp(prefix="testgen-demo-"))
    out.mkdir(parents=True, exist_ok=True)
    factory = planner_factory(args.planner)
    config = GenerateConfig.from_env()
    rows: list[dict] = []
    started = time.perf_counter()
    with start_server(port=0) as server:
        browser = launch_browser(shared_playwright())
        try:
            for number, (path, task) in enumerate(DEMO_TASKS, start=1):
                console.print(f"\n[bold]{number}. {escape(task)}[/bold]  ({server.url}{path})")
                row = {
                    "task": task,
                    "url": server.url + path,
                    "file": None,
                    "generated": False,
                    "error": None,
                }
                try:
                    with console.status("deciding steps", spinner="dots"):
                        result = generate_live(
                            task,
                            server.url + path,
                            factory,
                            config,
                            browser=browser,
                            on_step=lambda s: console.print(f"   {escape(s.render())}"),
                        )
                except GenerateError as err:
                    row["error"] = str(err)
                    console.print(f"   [red]{escape(str(err))}[/red]")
                    rows.append(row)
                    continue
                row["seconds"] = round(result.seconds, 2)
                if result.passed:
                    target = out / f"{result.script.name}.py"
                    target.write_text(result.script.render())
                    row.update(file=str(target), generated=True)
                else:
                    row["error"] = result.failure
                    console.print(f"   [red]clean re-run failed: {escape(result.failure or '')}[/red]")
                rows.append(row)
        finally:
            browser.close()
        files = [row["file"] for row in rows if row["file"]]
        ran = run_tests(files, console) if files else {}
    for row in rows:
        row["ran"] = ran.get(row["file"], "not run") if row["file"] else "not generated"
    show_summary(rows, out, time.perf_counter() - started, console, args.json)
    ok = all(row["generated"] and row["ran"] == "passed" for row in rows)
    return 0 if ok else 1


def run_tests(files: list[str], console: Console) -> dict[str, str]:
    """Run the generated modules in one pytest session (the testgen plugin binds `I`); outcome per file."""
    with console.status("running the generated tests with pytest", spinner="dots"):
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-rA", "-p", "no:cacheprovider", *files],
            capture_output=True,
            text=True,
            cwd=str(Path(files[0]).parent),
        )
    lines = done.stdout.splitlines()
    passed = {Path(line.split()[1].split("::")[0]).name for line in lines if line.startswith("PASSED ")}
    return {file: "passed" if Path(file).name in passed else "failed" for file in files}


def show_summary(rows: list[dict], out: Path, seconds: float, console: Console, as_json: bool) -> None:
    if as_json:
        print(json.dumps({"out": str(out), "seconds": round(seconds, 1), "tests": rows}, ensure_ascii=False))
        return
    table = Table(title=f"testgen demo: tests written to {out}")
    for column in ("sentence", "generated", "pytest", "file"):
        table.add_column(column)
    for row in rows:
        table.add_row(
            escape(row["task"]),
            "yes" if row["generated"] else f"no: {escape(row['error'] or '')}",
            row["ran"],
            escape(Path(row["file"]).name if row["file"] else "-"),
        )
    console.print(table)
    passed = sum(row["ran"] == "passed" for row in rows)
    console.print(f"{passed}/{len(rows)} generated tests pass ({seconds:.0f}s)")
