"""`testgen examples`: serve the example sites (`serve`) or list them (`list`)."""

from __future__ import annotations

import argparse
import json
import threading
from dataclasses import replace
from pathlib import Path

from rich.console import Console
from rich.table import Table

from testgen.examples import ServerConfig, find_sites_dir, list_sites, start_server

EPILOG = """\
examples:
  testgen examples serve                 # http://127.0.0.1:8765/shop/, /todo/, /widgets/, ...
  testgen examples serve --port 9000 --log
  testgen examples list --json
environment: TESTGEN_SITES_PORT, TESTGEN_SITES_HOST, TESTGEN_SITES_DIR
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "examples",
        help="serve or list the example sites",
        description="The example sites under examples/sites/, one folder per site, served at /<folder>/.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = parser.add_subparsers(dest="examples_action", metavar="ACTION", required=True)

    help_format = {"epilog": EPILOG, "formatter_class": argparse.RawDescriptionHelpFormatter}
    sites_dir_help = "folder of sites (default: examples/sites/ of the checkout)"
    serve = actions.add_parser("serve", help="serve every site until Ctrl-C", **help_format)
    serve.add_argument("--port", type=int, help="port to listen on (default 8765, 0 picks a free one)")
    serve.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--sites-dir", type=Path, help=sites_dir_help)
    serve.add_argument("--log", action="store_true", help="print one line per request")
    serve.add_argument("--json", action="store_true", help="print the base URL and sites as one JSON line")
    serve.set_defaults(func=serve_sites)

    listing = actions.add_parser("list", help="list the sites", **help_format)
    listing.add_argument("--sites-dir", type=Path, help=sites_dir_help)
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(func=list_example_sites)


def serve_sites(args: argparse.Namespace) -> int:
    """Serve until interrupted, after printing where each site lives."""
    config = ServerConfig.from_env()
    config = replace(
        config,
        port=config.port if args.port is None else args.port,
        host=args.host or config.host,
        sites_dir=args.sites_dir or config.sites_dir,
        quiet=not args.log,
    )
    server = start_server(config.port, host=config.host, sites_dir=config.sites_dir, quiet=config.quiet)
    if args.json:
        sites = [{"name": s.name, "title": s.title, "url": server.site_url(s.name)} for s in server.sites]
        print(json.dumps({"url": server.url, "sites": sites}), flush=True)
    else:
        console = Console(soft_wrap=True)
        console.print(f"Serving the example sites at [bold]{server.url}/[/bold] (Ctrl-C stops)")
        for site in server.sites:
            console.print(f"  {server.site_url(site.name):<40} {site.title}", highlight=False)
    try:
        threading.Event().wait()
    finally:
        server.stop()
    return 0


def list_example_sites(args: argparse.Namespace) -> int:
    root = find_sites_dir(args.sites_dir)
    sites = list_sites(root)
    if args.json:
        rows = [{"name": s.name, "title": s.title, "path": f"/{s.name}/", "spa": s.spa} for s in sites]
        print(json.dumps({"sites_dir": str(root), "sites": rows}, indent=2))
        return 0
    table = Table(title=f"Example sites in {root}")
    for column in ("path", "title", "kind"):
        table.add_column(column)
    for site in sites:
        table.add_row(site.url_path, site.title, "single-page app" if site.spa else "pages")
    Console().print(table)
    return 0
