"""The `testgen` command: finds every subcommand module under `testgen.commands`."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from testgen import __version__, commands
from testgen.errors import TestgenError


def build_parser() -> argparse.ArgumentParser:
    """Build the top-level parser with one subparser per module in `testgen.commands`."""
    parser = argparse.ArgumentParser(
        prog="testgen",
        description="Generate and run browser tests written in plain English; outline pages, build training "
        "data, train and evaluate the model.",
        epilog='example: testgen generate "Log in as bob and see the dashboard" --url http://127.0.0.1:8765/shop/',
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"testgen {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        importlib.import_module(f"testgen.commands.{info.name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one subcommand; typed errors become one clear line and exit code 2."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except TestgenError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
