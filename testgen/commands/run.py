"""`testgen run`: run test files in a browser through pytest and the testgen plugin; one line per test."""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from xml.etree import ElementTree

from pytest_testgen.options import BROWSER_NAMES, TRACING_MODES
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TimeElapsedColumn

from testgen.browser import find_browser
from testgen.commands.analyze import analyze_command
from testgen.errors import TestgenError

EPILOG = """\
examples:
  testgen run tests/generated/ --base-url http://127.0.0.1:8765/shop/
  testgen run test_login.py -n 2 --junitxml results.xml --json
  testgen run tests/ -n auto --html report.html --trace retain-on-failure --browser chromium --browser firefox
"""
POLL_SECONDS = 0.1
# pytest's own exit codes that `testgen run` explains rather than passes through.
PYTEST_TESTS_FAILED = 1
PYTEST_NO_TESTS = 5
OUTCOMES = ("passed", "failed", "error", "skipped")


class TestPathNotFound(TestgenError):
    """A path given to `testgen run` does not exist."""


class TestFileSyntaxError(TestgenError):
    """A test file is not valid Python, so pytest could not even import it."""


@dataclass
class TestResult:
    """One finished test as `testgen run` reports it."""

    name: str
    outcome: str
    duration: float
    error: str | None = None
    trace: str | None = None


def test_files(path: Path) -> list[Path]:
    """The Python files pytest imports for `path`: the file itself, or the tests and conftests below it."""
    if path.is_file():
        return [path] if path.suffix == ".py" else []
    return sorted(
        p for p in path.rglob("*.py")
        if p.name == "conftest.py" or p.name.startswith("test_") or p.name.endswith("_test.py")
    )


def check_paths(paths: list[str]) -> None:
    """Fail with one clear message for a missing path or a test file that does not parse."""
    files = [Path(path.split("::")[0]) for path in paths]  # `file.py::test_name` selects one test
    for path in files:
        if not path.exists():
            raise TestPathNotFound(f"{path} does not exist; pass a test file or a folder of test files")
    for path in files:
        for source_file in test_files(path):
            try:
                compile(source_file.read_bytes(), str(source_file), "exec")
            except SyntaxError as err:
                line = (err.text or "").strip()
                raise TestFileSyntaxError(
                    f"{source_file}:{err.lineno}:{err.offset}: {err.msg}: {line!r}; "
                    "fix that line (or generate the test again) and rerun"
                ) from None


def worker_count(text: str) -> str:
    """`-n` takes a positive number of processes or `auto` (one per CPU)."""
    if text == "auto" or (text.isdigit() and int(text) > 0):
        return text
    raise argparse.ArgumentTypeError(f"{text!r} is not a positive number of processes or 'auto'")


def plugin_args() -> list[str]:
    """`-p pytest_testgen.plugin` unless pytest will load it by itself through its entry point."""
    autoload = not os.environ.get("PYTEST_DISABLE_PLUGIN_AUTOLOAD")
    entry_points = importlib.metadata.entry_points(group="pytest11")
    installed = any(ep.value == "pytest_testgen.plugin" for ep in entry_points)
    return [] if autoload and installed else ["-p", "pytest_testgen.plugin"]


def pytest_command(args: argparse.Namespace, report: Path) -> list[str]:
    """The pytest command line; options are written `--name=value` so that pytest never mistakes a value
    for a test path when it picks its root directory."""
    command = [sys.executable, "-m", "pytest", *args.paths, *plugin_args(),
               f"--testgen-report={report}", "-q", "--color=no", "-p", "no:cacheprovider"]
    options = {
        "--base-url": args.base_url, "--browser-path": args.browser_path, "--step-timeout": args.step_timeout,
        "--artifacts": args.artifacts, "--junitxml": args.junitxml, "--numprocesses": args.workers,
    }
    command += [f"{flag}={value}" for flag, value in options.items() if value is not None]
    command += [f"--browser={name}" for name in args.browsers or ()]
    command.append(f"--tracing={args.trace}")
    if args.html:
        command.append(f"--testgen-html={args.html}")
    if args.headed:
        command.append("--headed")
    return command


def collect_error_line(longrepr: str) -> str:
    """The line of a collection failure that names the exception (pytest marks it with `E   `)."""
    marked = [line[1:].strip() for line in longrepr.splitlines() if line.startswith("E ")]
    lines = [line.strip() for line in longrepr.splitlines() if line.strip()]
    return (marked or lines or ["could not import the test file"])[-1]


def result_line(result: TestResult) -> str:
    mark = {"passed": "[green]✓[/]", "skipped": "[yellow]-[/]"}.get(result.outcome, "[red]✗[/]")
    line = f"{mark} {escape(result.name)} ({result.duration:.2f}s)"
    return f"{line}  {escape(result.error)}" if result.error else line


class ReportReader:
    """Reads the JSON lines the plugin appends, as they arrive."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.offset = 0

    def new_records(self) -> list[dict]:
        if not self.path.exists():
            return []
        with self.path.open() as report:
            report.seek(self.offset)
            text = report.read()
        complete = text[: text.rfind("\n") + 1]
        self.offset += len(complete.encode())
        return [json.loads(line) for line in complete.splitlines() if line]


def run_pytest(
    args: argparse.Namespace,
    workdir: Path,
    quiet: bool,
    on_result: Callable[[TestResult], None] | None = None,
    check: Callable[[], None] | None = None,
) -> tuple[int, list[TestResult], list[str], str]:
    """Run pytest in a child process, printing each test as it ends (and handing it to `on_result`).

    `check()` is called while pytest runs; whatever it raises stops pytest and propagates (the server's
    cancellation). Returns pytest's exit code, the tests, the collection errors and pytest's own output."""
    report_path, log_path = workdir / "report.jsonl", workdir / "pytest.log"
    reader = ReportReader(report_path)
    results: list[TestResult] = []
    collect_errors: list[str] = []
    console = Console()
    columns = (SpinnerColumn(), "running tests", BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    progress = Progress(*columns, console=Console(stderr=True), transient=True, disable=quiet)
    task = progress.add_task("tests", total=None)

    def consume() -> None:
        for record in reader.new_records():
            if record["kind"] == "collected":
                progress.update(task, total=record["count"])
            elif record["kind"] == "collect_error":
                collect_errors.append(f"{record['name']}: {collect_error_line(record['error'])}")
            else:
                result = TestResult(record["name"], record["outcome"], record["duration"], record["error"],
                                    record["trace"])
                results.append(result)
                if on_result:
                    on_result(result)
                progress.advance(task)
                if not quiet:
                    console.print(result_line(result), highlight=False, soft_wrap=True)

    with log_path.open("w") as log, progress:
        child = subprocess.Popen(pytest_command(args, report_path), stdout=log, stderr=subprocess.STDOUT)
        try:
            while child.poll() is None:
                consume()
                if check:
                    check()
                time.sleep(POLL_SECONDS)
        except BaseException:  # Ctrl-C, or `check` asking to stop: never leave pytest running
            child.terminate()
            child.wait()
            raise
        consume()
    return child.returncode, results, collect_errors, log_path.read_text()


def write_collection_error(junitxml: str, err: TestFileSyntaxError) -> None:
    """A JUnit report holding one test file that could not be collected, so CI records the failure."""
    root = ElementTree.Element("testsuites")
    suite = ElementTree.SubElement(root, "testsuite", name="testgen", tests="1", errors="1", failures="0")
    case = ElementTree.SubElement(suite, "testcase", classname="collection", name=str(err).split(":")[0])
    ElementTree.SubElement(case, "error", message="collection failure").text = str(err)
    ElementTree.ElementTree(root).write(junitxml, encoding="utf-8", xml_declaration=True)


def run(args: argparse.Namespace) -> int:
    """Check the inputs, run the tests, print the summary; exit 0 only when every test passed."""
    try:
        check_paths(args.paths)
    except TestFileSyntaxError as err:
        if args.junitxml:
            write_collection_error(args.junitxml, err)
        raise
    if args.browser_path is None and "chromium" in (args.browsers or ["chromium"]):
        find_browser()  # raises BrowserNotFound with the fix before any test starts
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="testgen-run-") as workdir:
        code, results, collect_errors, pytest_output = run_pytest(args, Path(workdir), quiet=args.json)
    elapsed = time.perf_counter() - started
    counts = {outcome: sum(r.outcome == outcome for r in results) for outcome in OUTCOMES}
    problem = None
    if collect_errors:
        problem = "could not load " + "; ".join(collect_errors)
    elif code == PYTEST_NO_TESTS:
        where = ", ".join(args.paths)
        problem = f"no tests found in {where}; name files test_*.py and test functions test_*"
    elif code not in (0, PYTEST_TESTS_FAILED):
        tail = "\n".join(pytest_output.strip().splitlines()[-15:])
        problem = f"pytest stopped with exit code {code}:\n{tail}"
    all_passed = code == 0 and not problem and counts["failed"] == counts["error"] == 0
    exit_code = 0 if all_passed else (1 if code in (0, PYTEST_TESTS_FAILED, PYTEST_NO_TESTS) else 2)
    if args.json:
        explain = {r.name: analyze_command(r.name, args.base_url) for r in results if r.outcome == "failed"}
        print(json.dumps({"ok": all_passed, "exit_code": exit_code, "duration": round(elapsed, 3), **counts,
                          "problem": problem, "tests": [asdict(r) for r in results], "analyze": explain},
                         indent=2))
        return exit_code
    if problem:
        print(f"error: {problem}", file=sys.stderr)
    summary = ", ".join(f"{n} {outcome}" for outcome, n in counts.items() if n) or "no tests ran"
    print(f"{summary} in {elapsed:.1f}s")
    for result in results:
        if result.outcome == "failed":
            print(f"why {result.name} failed: {analyze_command(result.name, args.base_url)}")
    return exit_code


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "run",
        help="run test files in a browser; one line per test, exit 0 only when all pass",
        description="Run testgen tests (pytest files using `I`) in a browser, with traces and screenshots.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="test files, folders, or file.py::test_name")
    parser.add_argument("--base-url", help="URL that relative addresses resolve against")
    parser.add_argument("--browser-path", help="Chromium or Chrome executable (default: found automatically)")
    parser.add_argument("--junitxml", metavar="FILE", help="also write a JUnit XML report")
    parser.add_argument("-n", dest="workers", type=worker_count, metavar="N",
                        help="run in N parallel processes ('auto': one per CPU)")
    parser.add_argument("--browser", dest="browsers", action="append", choices=BROWSER_NAMES,
                        help="chromium (default), firefox or webkit; repeat for several; missing ones skip")
    parser.add_argument("--trace", choices=TRACING_MODES, default="retain-on-failure",
                        help="keep a Playwright trace.zip per test: on, off, retain-on-failure (default)")
    parser.add_argument("--html", metavar="FILE", help="also write a self-contained HTML report")
    parser.add_argument("--headed", action="store_true", help="show the browser window")
    parser.add_argument("--step-timeout", type=float, metavar="S", help="seconds each step waits (default 5)")
    parser.add_argument("--artifacts", metavar="DIR",
                        help="traces, screenshots, trace.zip files (default testgen-results/)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.set_defaults(func=run)
