"""`testgen doctor`: check that this machine can generate and run tests; say how to fix what is missing."""

from __future__ import annotations

import argparse
import importlib
import importlib.metadata
import json
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from testgen.errors import TestgenError

EPILOG = """\
examples:
  testgen doctor
  testgen doctor --json --no-launch
"""
MIN_PYTHON = (3, 11)
WEIGHTS_DIR = Path(__file__).resolve().parents[1] / "weights"


@dataclass
class Check:
    """One line of the report: `ok` False on a `required` check makes doctor exit 1."""

    name: str
    ok: bool
    detail: str
    required: bool = True
    fix: str = ""


def check_python() -> Check:
    version = ".".join(map(str, sys.version_info[:3]))
    ok = sys.version_info[:2] >= MIN_PYTHON
    fix = "" if ok else f"install Python {MIN_PYTHON[0]}.{MIN_PYTHON[1]} or newer and recreate the venv"
    return Check("python", ok, f"{version} ({sys.executable})", fix=fix)


def check_package(name: str, fix: str) -> Check:
    try:
        return Check(name, True, importlib.metadata.version(name))
    except importlib.metadata.PackageNotFoundError:
        return Check(name, False, "not installed", fix=fix)


def check_cuda() -> Check:
    """CUDA speeds up the model but is optional: the CPU path always works."""
    try:
        import torch
    except ImportError:
        return Check("cuda", False, "torch not installed", required=False, fix="pip install torch==2.13.0")
    if not torch.cuda.is_available():
        return Check(
            "cuda", False, f"not available (torch built for CUDA {torch.version.cuda or 'none'}); using CPU",
            required=False, fix="optional: an NVIDIA GPU with a driver and a CUDA build of torch==2.13.0",
        )
    names = ", ".join(torch.cuda.get_device_name(i) for i in range(torch.cuda.device_count()))
    return Check("cuda", True, f"CUDA {torch.version.cuda}: {names}", required=False)


def check_browser(launch: bool) -> Check:
    """Find the browser and, unless told not to, start it once: a found but broken Chromium fails here."""
    from testgen.browser import find_browser, launch_browser, shared_playwright

    try:
        info = find_browser()
    except TestgenError as err:
        return Check("browser", False, "not found", fix=str(err))
    detail = f"{info.path} (via {info.how})"
    if not launch:
        return Check("browser", True, detail)
    try:
        browser = launch_browser(shared_playwright(), executable=info.path)
        detail += f", launches: version {browser.version}"
        browser.close()
    except Exception as err:  # any launch failure (missing libraries, sandbox) is the finding itself
        first_line = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        fix = ("install the browser's system libraries (`python -m playwright install-deps chromium`) "
               "or point TESTGEN_BROWSER at a working Chrome")
        return Check("browser", False, f"{detail}; fails to launch: {first_line}", fix=fix)
    return Check("browser", True, detail)


def shipped_checkpoint() -> Path | None:
    """The checkpoint packaged under `testgen/weights/`: a folder with config.json, or an RWKV `.pth`."""
    if not WEIGHTS_DIR.is_dir():
        return None
    folders = sorted(p.parent for p in WEIGHTS_DIR.rglob("config.json"))
    pth_files = sorted(WEIGHTS_DIR.rglob("*.pth"))
    return (folders or pth_files or [None])[0]


def check_model() -> Check:
    """Load the shipped model; "not available" (not a failure) when this build has no model package."""
    try:
        load_model = importlib.import_module("testgen.model").load_model
    except (ImportError, AttributeError) as err:
        return Check("model", False, f"not available ({err})", required=False,
                     fix="this build has no model loader; reinstall testgen with `pip install -e .`")
    checkpoint = shipped_checkpoint()
    if checkpoint is None:
        return Check("model", False, f"no checkpoint under {WEIGHTS_DIR}",
                     fix="reinstall testgen so its weights ship with it (`pip install -e .`)")
    try:
        load_model(checkpoint)
    except Exception as err:  # a broken checkpoint of any kind is what this check reports
        return Check("model", False, f"{checkpoint} fails to load: {err}",
                     fix="reinstall testgen, or remove the damaged files under testgen/weights/")
    return Check("model", True, f"loads {checkpoint.relative_to(WEIGHTS_DIR.parent)}")


def run_checks(launch: bool, console: Console) -> list[Check]:
    """Run every check in order, showing which one is running."""
    steps: list[tuple[str, Callable[[], Check]]] = [
        ("python", check_python),
        ("torch", lambda: check_package("torch", "pip install torch==2.13.0")),
        ("playwright", lambda: check_package("playwright", "pip install playwright")),
        ("browser", lambda: check_browser(launch)),
        ("cuda", check_cuda),
        ("model", check_model),
    ]
    checks = []
    with console.status("checking") as status:
        for name, step in steps:
            status.update(f"checking {name}")
            checks.append(step())
    return checks


def status_mark(check: Check) -> str:
    if check.ok:
        return "[green]ok[/]"
    return "[red]missing[/]" if check.required else "[yellow]optional[/]"


def print_table(checks: list[Check], console: Console) -> None:
    table = Table(show_header=True, header_style="bold")
    for column in ("check", "status", "detail", "fix"):
        table.add_column(column, overflow="fold")
    for check in checks:
        table.add_row(check.name, status_mark(check), check.detail, check.fix)
    console.print(table)


def doctor(args: argparse.Namespace) -> int:
    """Print the report; exit 1 when something required is missing."""
    checks = run_checks(launch=not args.no_launch, console=Console(stderr=True))
    healthy = all(c.ok for c in checks if c.required)
    if args.json:
        print(json.dumps({"ok": healthy, "checks": [asdict(c) for c in checks]}, indent=2))
    else:
        print_table(checks, Console())
        print("all required checks pass" if healthy else "something required is missing: see the fix column")
    return 0 if healthy else 1


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "doctor",
        help="check Python, torch, Playwright, the browser, CUDA and the shipped model",
        description="Check that this machine can generate and run tests; print the fix for anything missing.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--no-launch", action="store_true", help="find the browser but do not start it")
    parser.set_defaults(func=doctor)
