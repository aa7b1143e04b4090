"""`testgen data build|written|stats|show|import`: build, inspect and import training data."""

from __future__ import annotations

import argparse
import json
import multiprocessing
import shutil
import signal
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from testgen.errors import TestgenError

EPILOG_BUILD = """\
examples:
  testgen data build --out datasets/sites --max-records 60000 --seed 0
  testgen data build --sites shop,todo --max-records 2000 --out /tmp/small --json
  testgen data build --out datasets/sites --resume      # continue where a stopped build left off
"""
EPILOG_STATS = "example:\n  testgen data stats datasets/sites --json\n"
EPILOG_SHOW = "example:\n  testgen data show datasets/sites --split train --index 3 --outline\n"
EPILOG_IMPORT = """\
examples:
  testgen data import tests/e2e/ --out datasets/imported/train.jsonl.gz
  testgen data import login_test.js test_shop.py --base-url http://127.0.0.1:8765 --json
"""
EPILOG_WRITTEN = """\
examples:
  testgen data written                                  # datasets/written/src -> datasets/written
  testgen data written --src datasets/written/src --out datasets/written --workers 4 --json
Files already replayed (same content) are taken from <out>/cache, so a stopped build resumes.
"""
SPLITS = ("train", "valid", "heldout")


class DataCommandError(TestgenError):
    """A `testgen data` invocation that cannot run as given."""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("data", help="build, inspect and import training data",
                                   description="Build, inspect and import training data.")
    sub = parser.add_subparsers(dest="data_command", metavar="ACTION", required=True)
    fmt = argparse.RawDescriptionHelpFormatter

    build = sub.add_parser("build", help="explore the example sites and synthesise verified records",
                           epilog=EPILOG_BUILD, formatter_class=fmt)
    build.add_argument("--sites", help="comma-separated example sites (default: all)")
    build.add_argument("--out", type=Path, default=Path("datasets/sites"), help="output folder")
    build.add_argument("--max-records", type=int, default=60000, help="stop after about this many records")
    build.add_argument("--seed", type=int, default=0)
    build.add_argument("--resume", action="store_true", help="continue a build in --out")
    build.add_argument("--fresh", action="store_true", help="delete what --out holds and start again")
    build.add_argument("--workers", type=int, default=1, help="sites built in parallel, one browser each")
    build.add_argument("--batch-walks", type=int, help="walks per checkpointed batch")
    build.add_argument("--max-states", type=int, help="explorer: states per site")
    build.add_argument("--max-depth", type=int, help="explorer: moves from the start page")
    build.add_argument("--no-corpus", dest="corpus", action="store_false",
                       help="leave out single-page tasks on the saved pages of ../shared/corpus")
    build.add_argument("--finish", action="store_true",
                       help="only split what --out/raw holds and write the data card")
    build.add_argument("--json", action="store_true", help="print a JSON summary")
    build.set_defaults(func=run_build)

    written = sub.add_parser("written", help="verify and split the tasks and tests people wrote",
                             epilog=EPILOG_WRITTEN, formatter_class=fmt)
    written.add_argument("--src", type=Path, default=Path("datasets/written/src"),
                         help="folder of writers' folders, each with test_<site>.py files")
    written.add_argument("--out", type=Path, default=Path("datasets/written"),
                         help="dataset folder holding writers.json; splits, cache and build.json go here")
    written.add_argument("--base-url", help="where the sites are served (default: the example sites)")
    written.add_argument("--workers", type=int, default=1, help="browsers replaying files at once")
    written.add_argument("--json", action="store_true", help="print the build log as JSON")
    written.set_defaults(func=run_written)

    stats = sub.add_parser("stats", help="counts per split and over all (writers, sites, held-out leaks)",
                           epilog=EPILOG_STATS, formatter_class=fmt)
    stats.add_argument("path", type=Path, nargs="?", default=Path("datasets/sites"))
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(func=run_stats)

    show = sub.add_parser("show", help="print records", epilog=EPILOG_SHOW, formatter_class=fmt)
    show.add_argument("path", type=Path, nargs="?", default=Path("datasets/sites"),
                      help="a dataset folder, or one .jsonl(.gz) file")
    show.add_argument("--split", default="train", choices=SPLITS)
    show.add_argument("--index", type=int, default=0, help="first record to show")
    show.add_argument("-n", type=int, default=1, help="how many records")
    show.add_argument("--site", help="only records of this site")
    show.add_argument("--outline", action="store_true", help="print each step's page outline too")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=run_show)

    imp = sub.add_parser("import", help="turn existing tests into records by replaying them",
                         epilog=EPILOG_IMPORT, formatter_class=fmt)
    imp.add_argument("paths", type=Path, nargs="+", help="test files or folders")
    imp.add_argument("--base-url", help="where the tests' pages are served (default: the example sites)")
    imp.add_argument("--out", type=Path, default=Path("datasets/imported/train.jsonl.gz"))
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(func=run_import)


def _build_sites(sites: list[str], config, queue, corpus: bool) -> None:
    """One worker: its own server and browser; one batch per site in turn, so every site grows together."""
    from testgen.data.build import SiteProgress, build_batch, build_corpus_batch, site_graph
    from testgen.data.corpus import corpus_pages
    from testgen.data.driver import Driver
    from testgen.examples import start_server

    with start_server(port=0) as server, Driver(server.url) as driver:
        graphs = {site: site_graph(driver, site, config) for site in sites}
        progress = {site: SiteProgress(config.out / "raw" / f"{site}.progress.json") for site in sites}
        active = list(sites)
        pages = corpus_pages() if corpus else []
        if pages:
            progress["corpus"] = SiteProgress(config.out / "raw" / "corpus.progress.json")
            active.append("corpus")
        while active:
            for site in list(active):
                if site == "corpus":
                    made = build_corpus_batch(driver, config, progress[site], pages)
                else:
                    made = build_batch(driver, graphs[site], config, progress[site])
                if made is None:
                    active.remove(site)
                else:
                    queue.put(made)
    queue.put(None)


def run_build(args: argparse.Namespace) -> int:
    from testgen.data.build import BuildConfig, SiteProgress, finish, write_card
    from testgen.examples import find_sites_dir, list_sites

    available = [s.name for s in list_sites(find_sites_dir())]
    sites = args.sites.split(",") if args.sites else available
    unknown = sorted(set(sites) - set(available))
    if unknown:
        raise DataCommandError(f"unknown site(s) {', '.join(unknown)}; choose from {', '.join(available)}")
    out: Path = args.out
    if args.fresh and out.exists():
        shutil.rmtree(out / "raw", ignore_errors=True)
    if (out / "raw").exists() and any((out / "raw").iterdir()) and not (args.resume or args.finish):
        raise DataCommandError(f"{out} already holds a build; pass --resume to go on or --fresh to redo it")
    config = BuildConfig.from_env(out=out, sites=sites, max_records=args.max_records, seed=args.seed,
                                  batch_walks=args.batch_walks)
    if args.max_states:
        config.explore.max_states = args.max_states
    if args.max_depth:
        config.explore.max_depth = args.max_depth
    (out / "raw").mkdir(parents=True, exist_ok=True)
    done = sum(SiteProgress(out / "raw" / f"{s}.progress.json").total_records() for s in sites)
    workers = max(1, min(args.workers, len(sites)))
    groups = [sites[i::workers] for i in range(workers)]
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    procs = [] if args.finish else [
        context.Process(target=_build_sites, args=(group, config, queue, args.corpus and i == 0), daemon=True)
        for i, group in enumerate(groups)]
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so the workers are stopped with the build
    console = Console(stderr=True)
    columns = [TextColumn("building"), BarColumn(), MofNCompleteColumn(), TextColumn("records"),
               TimeElapsedColumn()]
    with Progress(*columns, console=console, disable=args.json) as bar:
        task = bar.add_task("records", total=config.max_records, completed=min(done, config.max_records))
        for proc in procs:
            proc.start()
        running = len(procs)
        while running:
            item = queue.get()
            if item is None:
                running -= 1
            else:
                bar.advance(task, item)
        for proc in procs:
            proc.join()
    if any(proc.exitcode for proc in procs):
        raise DataCommandError("a build worker failed (see its error above); fix it and rerun with --resume")
    counts = finish(out, config.heldout_sites, config.valid_fraction)
    write_card(out, config, counts)
    summary = {"out": str(out), "splits": counts, "sites": sites, "heldout_sites": list(config.heldout_sites)}
    if args.json:
        print(json.dumps(summary))
    else:
        console.print(f"wrote {sum(counts.values())} records to {out}: " +
                      ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


def _split_paths(path: Path) -> dict[str, Path]:
    if path.is_file():
        return {path.name.split(".")[0]: path}
    found = {s: p for s in SPLITS for p in (path / f"{s}.jsonl.gz", path / f"{s}.jsonl") if p.exists()}
    if not found:
        raise DataCommandError(f"no {'/'.join(SPLITS)}.jsonl(.gz) in {path}; make one: `testgen data build`")
    return found


def run_stats(args: argparse.Namespace) -> int:
    from testgen.data.stats import dataset_stats, totals
    from testgen.data.written import Plan

    stats = {name: dataset_stats(path) for name, path in _split_paths(args.path).items()}
    plan_path = args.path / "writers.json"
    plan = Plan.load(plan_path) if plan_path.is_file() else None
    held_writers = tuple(w.id for w in plan.writers.values() if w.heldout) if plan else ()
    stats["all"] = totals(stats, held_writers, plan.heldout_sites if plan else ())
    if args.json:
        print(json.dumps(stats))
        return 0
    console = Console()
    every = stats.pop("all")
    leaks = ", ".join(every["heldout_in_train"]) or "none"
    console.print(f"{every['records']} records, {every['writers']} writers, {every['sites']} sites; "
                  f"held-out writers or sites in train: {leaks}")
    for name, block in stats.items():
        table = Table(title=f"{name}: {block['records']} records, {block['steps']} steps")
        table.add_column("what")
        table.add_column("counts")
        for key in ("sites", "writers", "kinds", "styles", "verbs", "steps_per_record", "sources",
                    "mutations"):
            table.add_row(key, ", ".join(f"{k} {v}" for k, v in block[key].items()))
        console.print(table)
    return 0


def run_written(args: argparse.Namespace) -> int:
    from contextlib import nullcontext

    from testgen.data.driver import Driver
    from testgen.data.written import Plan, build_written, replay_in_parallel, source_files, write_card
    from testgen.examples import start_server

    if args.workers < 1:
        raise DataCommandError(f"--workers must be at least 1, got {args.workers}")
    files = source_files(args.src, Plan.load(args.out / "writers.json"))
    server = nullcontext(None) if args.base_url else start_server(port=0)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with server as running, Progress(*columns, console=Console(stderr=True), disable=args.json) as bar:
        base_url = args.base_url or running.url
        task = bar.add_task("replaying written test files", total=len(files))
        if args.workers > 1:
            replay_in_parallel(files, args.out, base_url, args.workers, lambda path: bar.advance(task))
            bar.update(task, completed=0)
        with Driver(base_url) as driver:
            log = build_written(args.src, args.out, driver, lambda path, result: bar.advance(task))
    write_card(args.out, log)
    if args.json:
        print(json.dumps(log | {"problems": len(log["problems"])}))
        return 0
    print(f"{log['kept']} of {log['tests']} written tests kept ({log['splits']}); dropped: {log['dropped']}; "
          f"duplicates: {log['duplicates']}; every problem is in {args.out / 'build.json'}")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from testgen.data.record import read_records

    paths = _split_paths(args.path)
    chosen = args.path if args.path.is_file() else paths.get(args.split)
    if chosen is None:
        raise DataCommandError(f"{args.path} has no {args.split} split; it has {', '.join(paths)}")
    shown = []
    skipped = 0
    for record in read_records(chosen):
        if args.site and record.site != args.site:
            continue
        if skipped < args.index:
            skipped += 1
            continue
        shown.append(record)
        if len(shown) >= args.n:
            break
    if args.json:
        print(json.dumps([r.to_dict() for r in shown]))
        return 0
    for record in shown:
        print(f"# {record.site} {record.start_url} [{record.kind}, {record.style or '-'}, {record.source}]")
        print(record.task)
        for step in record.steps:
            if args.outline:
                print("    | " + step.outline.replace("\n", "\n    | "))
            print("  " + step.line)
        if record.repair:
            fix = record.repair.fixed_line or "(the behaviour changed: the assertion no longer holds)"
            print(f"  ! {record.repair.mutation} broke step {record.repair.failing_step}: {fix}")
        print()
    return 0


def run_import(args: argparse.Namespace) -> int:
    from contextlib import nullcontext

    from testgen.data.driver import Driver
    from testgen.data.importers import ImportFailed, parse_paths
    from testgen.data.importers.replay import replay
    from testgen.data.record import write_records
    from testgen.examples import start_server

    try:
        files, tests, failures = parse_paths(args.paths)
    except ImportFailed as err:
        raise DataCommandError(str(err)) from None
    console = Console(stderr=True)
    server = nullcontext(None) if args.base_url else start_server(port=0)
    status = console.status(f"replaying {len(tests)} tests") if not args.json else nullcontext()
    with server as running, Driver(args.base_url or running.url) as driver, status:
        result = replay(driver, tests)
    written = write_records(args.out, result.records) if result.records else 0
    problems = failures + [str(p) for p in result.problems]
    if args.json:
        print(json.dumps({"files": len(files), "tests": len(tests), "records": written, "out": str(args.out),
                          "problems": problems}))
    else:
        for problem in problems:
            print(f"not converted: {problem}", file=sys.stderr)
        print(f"{written} of {len(tests)} tests from {len(files)} files became records in {args.out}; "
              f"{len(problems)} problems reported above")
    return 0
