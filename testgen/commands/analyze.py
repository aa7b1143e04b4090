"""`testgen analyze TEST.py[::test_name]`: why the test fails against the live site, and the verified fix."""

from __future__ import annotations

import argparse
import json
import os
import re
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from testgen.errors import TestgenError

EXAMPLE = """examples:
  testgen analyze tests/test_bank.py::test_sign_in --base-url http://127.0.0.1:8765
  testgen analyze test_login.py --base-url http://127.0.0.1:8765 --html report.html --apply
  testgen analyze test_login.py --json     # base URL from TESTGEN_BASE_URL

exit status: 0 when the test passes or a verified fix was found, 1 otherwise, 2 on bad input.
A fix that changes an assertion is a `behaviour_changed` verdict: --apply writes it only with
--accept-behaviour-change. A passing run is remembered (<artifacts>/<test>.baseline.json) and the next
analysis of that test compares the failing page with it.
"""


class AnalyzeInputError(TestgenError):
    """The test path, the test name or the base URL given to `testgen analyze` cannot be used."""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "analyze",
        help="why did this test fail? the cause on the live page and a verified fix",
        description="Run the test to its failing step, diagnose the cause on the live page, and propose "
        "fixes verified by re-running the whole test. Never weakens an assertion silently.",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("test", metavar="TEST.py[::test_name]", help="the test file, and the test in it")
    parser.add_argument("--base-url", help="URL relative addresses resolve against (or TESTGEN_BASE_URL)")
    parser.add_argument("--json", action="store_true", help="print the analysis as JSON")
    parser.add_argument("--html", type=Path, metavar="FILE", help="also write a self-contained HTML report")
    parser.add_argument("--apply", action="store_true", help="write the verified fix into the test file")
    parser.add_argument(
        "--accept-behaviour-change",
        action="store_true",
        help="with --apply: also write a fix that changes what the test asserts",
    )
    parser.add_argument("--step-timeout", type=float, metavar="S", help="seconds each step waits (default 5)")
    parser.add_argument("--artifacts", metavar="DIR", help="screenshots, baselines (testgen-results/)")
    parser.set_defaults(func=run)


def analyze_command(nodeid: str, base_url: str | None) -> str:
    """The one-line `testgen analyze` command that explains a failed test (printed by `testgen run`)."""
    return f"testgen analyze {nodeid}" + (f" --base-url {base_url}" if base_url else "")


def trace_baseline(artifacts: Path, nodeid: str, steps: int) -> list[dict] | None:
    """What each step acted on in the plugin's trace of this test, when its last run passed (no outlines)."""
    trace_file = artifacts / f"{re.sub(r'[^A-Za-z0-9_.-]+', '_', nodeid).strip('_')[:200]}.json"
    if not trace_file.is_file():
        return None
    trace = json.loads(trace_file.read_text())
    acted = [step for step in trace.get("steps", []) if step.get("verb") != "within"]
    if trace.get("outcome") != "passed" or len(acted) != steps:
        return None
    return [{"resolved": step.get("resolved"), "outline": None} for step in acted]


def split_target(target: str) -> tuple[Path, str | None]:
    """`file.py::test_name` → (path, name); the file must exist."""
    path_text, _, name = target.partition("::")
    path = Path(path_text)
    if not path.is_file():
        raise AnalyzeInputError(f"{path} does not exist; pass a test file, optionally as FILE.py::test_name")
    return path, name or None


def run(args: argparse.Namespace) -> int:
    from testgen.analyze import AnalyzeConfig, Analyzer
    from testgen.analyze.report import render_html
    from testgen.analyze.script import load_test

    path, name = split_target(args.test)
    base_url = args.base_url or os.environ.get("TESTGEN_BASE_URL")
    if not base_url:
        raise AnalyzeInputError("no base URL: pass --base-url http://HOST:PORT or set TESTGEN_BASE_URL")
    artifacts = Path(args.artifacts or os.environ.get("TESTGEN_ARTIFACTS") or "testgen-results")
    config = AnalyzeConfig.from_env(step_timeout=args.step_timeout, artifacts=str(artifacts / "analyze"))
    source = path.read_text()
    test = load_test(source, name)  # a missing or ambiguous test name fails here, before a browser starts
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", f"{path.stem}-{test.name}")
    baseline_file = artifacts / f"{stem}.baseline.json"
    if baseline_file.is_file():
        baseline = json.loads(baseline_file.read_text())
    else:
        baseline = trace_baseline(artifacts, f"{path}::{test.name}", len(test.steps))
    console = Console(stderr=True)
    analyzer = Analyzer(config)
    try:
        with console.status("running the test", spinner="dots") as status:

            def progress(event: dict) -> None:
                kind = event["event"]
                if kind == "failing_step":
                    status.update(f"line {event['line']} failed; reading the page")
                elif kind == "cause":
                    status.update(f"cause: {event['cause']}; verifying fixes")
                elif kind == "fix":
                    mark = "[green]passes[/green]" if event["verified"] else "[red]fails[/red]"
                    console.print(f"  tried {escape(event['source'])}: {mark}")

            analysis = analyzer.analyze(source, test_name=test.name, base_url=base_url, on_event=progress,
                                        baseline=baseline, path=str(path))
    finally:
        analyzer.close()
    if analysis.status == "passes" and analysis.baseline is not None:
        baseline_file.parent.mkdir(parents=True, exist_ok=True)
        baseline_file.write_text(json.dumps(analysis.baseline))
    written = apply_fix(analysis, path, args.apply, args.accept_behaviour_change, console)
    if args.html:
        args.html.write_text(render_html(analysis, str(path)))
    if args.json:
        print(json.dumps({**analysis.to_json(), "applied": written}, ensure_ascii=False, indent=2))
    else:
        print(analysis.summary())
        if args.html:
            print(f"report: {args.html}")
    return 0 if analysis.status in ("passes", "fixed") else 1


def apply_fix(analysis, path: Path, apply: bool, accept_change: bool, console: Console) -> bool:
    """Write the patched test when asked and allowed; say why not when refused."""
    if not apply or not analysis.patched_source:
        if apply and analysis.status != "passes":
            console.print("[yellow]nothing applied: no fix passed a full re-run[/yellow]")
        return False
    if analysis.status == "behaviour_changed" and not accept_change:
        console.print("[yellow]not applied: the fix changes what the test checks (behaviour changed); "
                      "pass --accept-behaviour-change to write it[/yellow]")
        return False
    path.write_text(analysis.patched_source)
    console.print(f"[green]applied[/green] to {path}")
    return True
