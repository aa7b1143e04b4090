"""The `testgen` command: finds every subcommand module under `testgen.commands`."""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys

from testgen import __version__, commands
from testgen.errors import TestgenError, UsageError


class Parser(argparse.ArgumentParser):
    """An argument parser whose mistakes are a typed `UsageError`, so `--json` can answer them in JSON.
    Subcommand parsers are made of the same class."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}; see `{self.prog} --help`")


def build_parser() -> argparse.ArgumentParser:
    """Build the top-level parser with one subparser per module in `testgen.commands`."""
    parser = Parser(
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


def error_json(err: BaseException) -> str:
    """The one JSON shape of every failure under `--json`."""
    return json.dumps({"error": {"type": type(err).__name__, "message": str(err)}}, ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    """Run one subcommand; typed errors become one clear line (one JSON object under `--json`) and exit
    code 2; under `--json` even an unexpected failure answers in JSON (exit code 1)."""
    argv = sys.argv[1:] if argv is None else argv
    as_json = "--json" in argv
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as err:
        print(error_json(err) if as_json else f"error: {err}", file=sys.stdout if as_json else sys.stderr)
        return 2
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except TestgenError as err:
        print(error_json(err) if as_json else f"error: {err}", file=sys.stdout if as_json else sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as err:
        if not as_json:
            raise
        print(error_json(err))
        return 1


if __name__ == "__main__":
    sys.exit(main())
