"""`testgen compact FILE|URL`: print the outline the model would read for a saved page or a live URL."""

from __future__ import annotations

import argparse
import json
import os

from html_compactor import CompactionError, CompactorConfig, Outline, compact, compact_page
from testgen.errors import TestgenError

EXAMPLE = """examples:
  testgen compact page.html.gz
  testgen compact page.html.gz --every-line     # no folding: every element on its own line with its [id]
  testgen compact page.html --budget 2048 --query 'Add "Kindle Paperwhite" to the cart'
  testgen compact http://127.0.0.1:8765/shop/ --json
"""


class CompactFailed(TestgenError):
    """The page could not be outlined; the message says why and what to do."""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "compact",
        help="outline a saved page or a live URL the way the model reads it",
        description="Turn a page into the short outline testgen's model reads: [ids] on actionable elements.",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("source", help="an .html or .html.gz file, or an http(s) URL (opened in Chromium)")
    parser.add_argument("--budget", type=int, default=None, help="keep the most useful lines within N tokens")
    parser.add_argument("--query", default=None, help="the test sentence; what it names is kept first")
    parser.add_argument(
        "--every-line", action="store_true", help="fold nothing: every element on its own line with its [id]"
    )
    parser.add_argument(
        "--timeout", type=float, default=30.0, help="seconds a URL may take to answer, and to be read (30)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON: text, tokens and elements")
    parser.set_defaults(func=run)


def outline_of(args: argparse.Namespace) -> Outline:
    config = CompactorConfig.from_env()
    fold = False if args.every_line else None
    if args.source.startswith(("http://", "https://")):
        from testgen.browser import PageWatch, launch_browser, open_url, shared_playwright

        browser = launch_browser(shared_playwright())
        try:
            page = browser.new_page()
            watch = PageWatch(page)  # before the page's scripts run: one that loops on load cannot hang us
            open_url(page, args.source, args.timeout)
            with watch.deadline(args.timeout, "testgen read the page"):
                return compact_page(page, budget=args.budget, query=args.query, fold=fold, config=config)
        finally:
            browser.close()
    if not os.path.isfile(args.source):
        raise CompactFailed(f"{args.source} is neither a file nor an http(s) URL; pass a saved page or a URL")
    return compact(args.source, budget=args.budget, query=args.query, fold=fold, config=config)


def run(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.markup import escape

    console = Console(stderr=True)
    try:
        with console.status(f"compacting {args.source}", spinner="dots"):
            outline = outline_of(args)
    except CompactionError as err:
        raise CompactFailed(str(err)) from None
    if args.json:
        elements = [
            {"id": e.id, "role": e.role, "name": e.name, "states": e.states, "section": list(e.section),
             "near": e.near, "shown": outline.chosen[e.line]}
            for e in outline.elements.values()
        ]
        print(json.dumps({"text": outline.text, "tokens": outline.tokens(), "elements": elements,
                          "warnings": outline.warnings}, ensure_ascii=False, default=str))
    else:
        print(outline.text, end="")
    for warning in outline.warnings:
        console.print(f"[yellow]warning:[/yellow] {escape(warning)}", highlight=False)
    return 0
