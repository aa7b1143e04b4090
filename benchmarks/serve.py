"""Load test of `testgen serve` on loopback: one client asking in turn, then 50 clients at once.

Starts the example sites and `testgen serve` (both on free loopback ports), sends generate requests for
sentences on the example sites, and checks that none is lost: every request ends with a test, a refusal or
an error event, or is turned away at once with 429 and Retry-After. Prints latency (p50/p95 of the served
requests, from sending to the last event) and throughput beside the single-client run.

    python benchmarks/serve.py                      # 8 in turn, then 50 at once with queue 16 and 64
    python benchmarks/serve.py --concurrent 20 --queues 8 --single 4
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import httpx
from rich.console import Console
from rich.table import Table

from testgen.commands.demo import DEMO_TASKS
from testgen.examples import start_server
from testgen.serve.http import read_events

# More sentences on the example sites beside the demo's, so the load is not one page over and over.
TASKS = (
    *DEMO_TASKS,
    ("/widgets/", 'Click the Monthly tab and check that "$12 per month" is shown'),
    ("/shop/login.html", 'Log in as bob with password hunter2 and check that "Welcome, bob" is shown'),
)
REQUEST_TIMEOUT = 900.0  # seconds a client waits for a whole answer (the run is bounded by the server's)


@dataclass
class Answer:
    """How one request ended: `test`, `refusal`, `error` (an event), `busy` (429), `http_<status>`, `lost`."""

    kind: str
    seconds: float
    detail: str = ""


def ask(base: str, path_and_task: tuple[str, str], sites: str) -> Answer:
    """One generate request, read to its end."""
    path, task = path_and_task
    started = time.perf_counter()
    try:
        with httpx.stream("POST", f"{base}/v1/generate", json={"task": task, "url": sites + path},
                          timeout=REQUEST_TIMEOUT) as answer:
            if answer.status_code == 429:
                answer.read()
                retry = answer.headers.get("retry-after", "")
                return Answer("busy", time.perf_counter() - started, f"Retry-After {retry}")
            if answer.status_code != 200:
                answer.read()
                return Answer(f"http_{answer.status_code}", time.perf_counter() - started, answer.text[:200])
            final, outcome = None, None
            for name, data in read_events(answer.iter_lines()):
                if name in ("test", "refusal", "error"):
                    final = (name, data.get("message", ""))
                elif name == "done":
                    outcome = data["outcome"]
    except httpx.HTTPError as err:
        return Answer("lost", time.perf_counter() - started, f"{type(err).__name__}: {err}")
    if final is None or outcome is None:
        return Answer("lost", time.perf_counter() - started, "the stream ended without an answer")
    return Answer(final[0], time.perf_counter() - started, final[1])


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def start_serve(queue_size: int) -> tuple[subprocess.Popen, str]:
    """`testgen serve` on a free loopback port; its base URL once it answers."""
    server = subprocess.Popen(
        [sys.executable, "-m", "testgen", "serve", "--host", "127.0.0.1", "--port", "0", "--json",
         "--queue-size", str(queue_size), "--timeout", "600", "--log-level", "warning"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    base = json.loads(server.stdout.readline())["url"]
    deadline = time.monotonic() + 180
    while True:
        try:
            if httpx.get(f"{base}/healthz", timeout=5).status_code == 200:
                return server, base
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline or server.poll() is not None:
            server.kill()
            raise SystemExit("testgen serve did not start")
        time.sleep(0.5)


def run_load(queue_size: int, requests: int, parallel: int, sites: str) -> tuple[list[Answer], float, dict]:
    """`requests` generate requests, `parallel` at a time, against a fresh server; answers, wall seconds,
    and the server's own job counts."""
    server, base = start_serve(queue_size)
    try:
        ask(base, TASKS[0], sites)  # warm-up: the first browser launch is not part of the figures
        jobs = list(httpx.get(f"{base}/healthz").json()["queue"]["jobs"].items())
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=parallel) as pool:
            answers = list(pool.map(lambda i: ask(base, TASKS[i % len(TASKS)], sites), range(requests)))
        seconds = time.perf_counter() - started
        after = httpx.get(f"{base}/healthz").json()["queue"]["jobs"]
        counts = {name: after[name] - before for name, before in jobs}
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(60)
        except subprocess.TimeoutExpired:
            server.kill()
    return answers, seconds, counts


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--single", type=int, default=8, help="requests from one client, in turn")
    parser.add_argument("--concurrent", type=int, default=50, help="requests sent at once")
    parser.add_argument("--queues", type=int, nargs="+", default=[16, 64], help="queue sizes to try")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args()
    console = Console(stderr=True)
    runs = [("1 client, in turn", 16, args.single, 1)]
    runs += [
        (f"{args.concurrent} at once, queue {q}", q, args.concurrent, args.concurrent) for q in args.queues
    ]
    rows = []
    with start_server(port=0) as sites:
        for label, queue_size, requests, parallel in runs:
            with console.status(f"{label}: {requests} requests"):
                answers, seconds, jobs = run_load(queue_size, requests, parallel, sites.url)
            kinds = Counter(a.kind for a in answers)
            served = [a.seconds for a in answers if a.kind in ("test", "refusal", "error")]
            rows.append({
                "run": label, "requests": requests, "tests": kinds["test"], "refusals": kinds["refusal"],
                "errors": kinds["error"], "busy_429": kinds["busy"],
                "other": sum(n for k, n in kinds.items() if k.startswith("http_")), "lost": kinds["lost"],
                "p50_s": round(percentile(served, 0.5), 2), "p95_s": round(percentile(served, 0.95), 2),
                "wall_s": round(seconds, 1), "answers_per_s": round(len(answers) / seconds, 2),
                "tests_per_min": round(60 * kinds["test"] / seconds, 1), "server_jobs": jobs,
                "examples": sorted({f"{a.kind}: {a.detail[:90]}" for a in answers if a.kind != "test"})[:4],
            })
    if args.json:
        print(json.dumps(rows, indent=2))
    table = Table(title=f"testgen serve, loopback, {os.cpu_count()} CPUs (generate requests, model planner)")
    columns = ("run", "requests", "tests", "refusals", "errors", "busy_429", "lost", "p50_s", "p95_s",
               "wall_s", "answers_per_s", "tests_per_min")
    for column in columns:
        table.add_column(column.replace("_", " "), justify="left" if column == "run" else "right")
    for row in rows:
        table.add_row(*(str(row[c]) for c in columns))
    Console(width=170).print(table)
    for row in rows:
        for example in row["examples"]:
            console.print(f"  {row['run']}: {example}")
    return 1 if any(row["lost"] or row["other"] for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
