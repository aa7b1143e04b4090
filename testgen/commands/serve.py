"""`testgen serve`: the HTTP server (FastAPI) for generating, running and analyzing tests, with a web page."""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import sys
from dataclasses import fields

from rich.console import Console

EXAMPLE = """examples:
  testgen serve                                   # http://127.0.0.1:8000/ (page), /docs (API)
  testgen serve --port 9000 --token-file token.txt --queue-size 32
  curl -N -X POST http://127.0.0.1:8000/v1/generate -H 'Content-Type: application/json' \\
      -d '{"task": "Click the Yearly tab and check that \\"$120 per year\\" is shown",
           "url": "http://127.0.0.1:8765/widgets/"}'

Every setting also reads TESTGEN_SERVE_<NAME> (e.g. TESTGEN_SERVE_QUEUE_SIZE=32); a flag wins.
Logs are JSON lines on stderr.
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="serve generation, runs and analysis over HTTP, with a web page",
        description="Start the testgen server: POST /v1/generate, /v1/run, /v1/analyze stream Server-Sent "
        "Events; GET /healthz, /v1/models; the web page at /, the API docs at /docs.",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--host", help="address to listen on (default 127.0.0.1: this machine only)")
    parser.add_argument("--port", type=int, help="port (default 8000; 0: any free port, printed at start)")
    parser.add_argument("--token-file", help="require `Authorization: Bearer <the file's text>` on /v1/*")
    parser.add_argument("--workers", type=int, help="processes, each with a model and browser (default 1)")
    parser.add_argument("--queue-size", type=int, help="requests waiting per process before 429 (default 16)")
    parser.add_argument("--timeout", type=float, help="seconds one request may take (default 120)")
    parser.add_argument("--max-body", type=int, help="bytes of one request body (default 4000000)")
    parser.add_argument("--max-html", type=int, help="bytes of a page sent as html (default 2000000)")
    parser.add_argument("--max-task", type=int, help="characters of one sentence (default 2000)")
    parser.add_argument("--max-source", type=int, help="bytes of a test file to run/analyze (default 200000)")
    parser.add_argument("--model", help="a generator checkpoint folder (default: the shipped base model)")
    parser.add_argument(
        "--adapter",
        help="a folder written by `testgen finetune` (or a LoRA adapter): its weights are merged onto the "
        "model and its vocabulary.json restates tasks on the team's site in the page's words",
    )
    parser.add_argument("--log-level", default="info", choices=("debug", "info", "warning", "error"))
    parser.add_argument("--json", action="store_true", help="print the address as one JSON line at start")
    parser.set_defaults(func=run)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run(args: argparse.Namespace) -> int:
    """Resolve the settings, bind the socket, print the address, serve until Ctrl-C."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    from testgen.serve import ServeConfig, create_app
    from testgen.serve.logs import log_config

    names = [spec.name for spec in fields(ServeConfig)]
    config = ServeConfig.from_env(**{name: getattr(args, name, None) for name in names})
    config.token()  # an empty token file is an error now, not at the first request
    console = Console(stderr=True)
    if not is_loopback(config.host) and config.token_file is None:
        console.print(f"[yellow]warning:[/yellow] listening on {config.host} without --token-file: anyone "
                      "who can reach this port can make the browser open any URL")
    for name in names:  # worker processes build their app from the same settings
        value = getattr(config, name)
        if value is not None:
            os.environ[f"TESTGEN_SERVE_{name.upper()}"] = str(value)
    app = "testgen.serve.app:create_app" if config.workers > 1 else create_app(config)
    server_config = uvicorn.Config(
        app, host=config.host, port=config.port, workers=config.workers, factory=config.workers > 1,
        log_config=log_config(args.log_level), access_log=False, timeout_graceful_shutdown=5,
    )
    sock = server_config.bind_socket()
    sock.listen(server_config.backlog)  # connections made once the address is printed wait, not fail
    host, port = sock.getsockname()[:2]
    url = f"http://{host if ':' not in host else f'[{host}]'}:{port}"
    if args.json:
        listening = {"event": "listening", "url": url, "docs": f"{url}/docs", "workers": config.workers}
        print(json.dumps(listening))
    else:
        print(f"testgen serve: {url}/  (API docs {url}/docs; Ctrl-C stops)")
    sys.stdout.flush()
    server = uvicorn.Server(server_config)
    try:
        if config.workers > 1:
            Multiprocess(server_config, sockets=[sock]).run()
        else:
            server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    return 0
