"""Every command `--help` and the docs promise exists: the description, examples and docs name only
subcommands that are registered."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from testgen.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
INLINE = re.compile(r"`testgen ([a-z][a-z-]*)")  # `testgen run PATH…` in prose
AT_LINE_START = re.compile(r"(?m)^\s*(?:\$ )?testgen ([a-z][a-z-]*)")  # in examples and code blocks
FENCE = re.compile(r"```.*?```", re.S)


def named_commands(text: str, markdown: bool) -> set[str]:
    """Subcommand names a text shows as commands: inline code, and lines of examples (code blocks in docs)."""
    examples = "\n".join(FENCE.findall(text)) if markdown else text
    return set(INLINE.findall(text)) | set(AT_LINE_START.findall(examples))


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_the_description_promises_only_what_a_command_does():
    parser = build_parser()
    commands = subcommands(parser)
    words = set(re.findall(r"[a-z]+", parser.description.casefold()))
    for promise, command in (("generate", "generate"), ("run", "run"), ("repair", "analyze"),
                             ("analyze", "analyze"), ("serve", "serve"), ("train", "train"),
                             ("evaluate", "eval"), ("outline", "compact")):
        if promise in words:
            assert command in commands, f"the description promises {promise!r}; no `testgen {command}`"


def test_every_command_named_in_help_texts_and_docs_exists():
    parser = build_parser()
    commands = subcommands(parser)
    texts = {"testgen --help": (parser.format_help(), False)}
    texts.update({f"testgen {name} --help": (sub.format_help(), False) for name, sub in commands.items()})
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        texts[str(path.relative_to(ROOT))] = (path.read_text(encoding="utf-8"), True)
    missing = {
        (where, name) for where, (text, markdown) in texts.items() for name in named_commands(text, markdown)
        if name not in commands
    }
    assert missing == set()
