"""The written corpus: tasks people typed, each with the test its writer wrote, verified by replay.

`<src>/<writer>/test_<site>.py` holds one writer's tasks (the docstrings) and tests (the bodies);
`<out>/writers.json` gives each writer's style and brief, and names the held-out writers and sites. A test is
kept when it replays, each of its checks fails just before the action that causes it, and it fails on a page
where the outcomes it expects do not happen. Each file is replayed once per content (cached under
`<out>/cache/`, gzipped and kept with the dataset), so a build resumes where it stopped, a fresh clone
replays nothing already verified, and a changed file is replayed again.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import multiprocessing
import signal
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from testgen.data.driver import Driver
from testgen.data.importers import ImportFailed, parse_file
from testgen.data.importers.replay import replay
from testgen.data.record import Record, validate_record, write_records
from testgen.errors import TestgenError

SPLITS = ("train", "valid", "heldout")


class WrittenError(TestgenError):
    """The written corpus cannot be built as asked (a missing plan, an unknown writer)."""


@dataclass(frozen=True)
class Writer:
    """One person's brief: who they are, how they write, and whether their tasks are held out."""

    id: str
    style: str
    brief: str
    heldout: bool = False


@dataclass(frozen=True)
class Plan:
    """The writers and the sites whose tasks never reach training."""

    writers: dict[str, Writer]
    heldout_sites: tuple[str, ...]
    valid_percent: int = 6

    @classmethod
    def load(cls, path: Path) -> Plan:
        if not path.is_file():
            raise WrittenError(f"{path} not found: it names the writers (style, brief, held out) and the "
                               "held-out sites of the written corpus")
        data = json.loads(path.read_text(encoding="utf-8"))
        writers = {key: Writer(key, w["style"], w["brief"], bool(w.get("heldout"))) for key, w in
                   data["writers"].items()}
        return cls(writers, tuple(data.get("heldout_sites", ())), int(data.get("valid_percent", 6)))

    def split_of(self, record: Record) -> str:
        """Held-out writers and sites go to `heldout`; a stable share of the rest (by task) to `valid`."""
        if self.writers[record.meta["writer"]].heldout or record.site in self.heldout_sites:
            return "heldout"
        bucket = int(hashlib.sha1(record.task.encode()).hexdigest()[:8], 16) % 100
        return "valid" if bucket < self.valid_percent else "train"


@dataclass
class FileResult:
    """What replaying one writer's file gave: kept records, problems, and why tests were dropped."""

    tests: int
    records: list[Record]
    problems: list[str]
    dropped: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"tests": self.tests, "records": [r.to_dict() for r in self.records],
                "problems": self.problems, "dropped": self.dropped}

    @classmethod
    def from_json(cls, data: dict, where: str) -> FileResult:
        records = [validate_record(r, f"{where}[{i}]") for i, r in enumerate(data["records"])]
        return cls(data["tests"], records, data["problems"], data["dropped"])


def _cache_path(out: Path, writer: str, path: Path) -> Path:
    digest = hashlib.sha1(path.read_bytes()).hexdigest()[:12]
    return out / "cache" / writer / f"{path.stem}.{digest}.json.gz"


def build_file(driver: Driver, path: Path, writer: Writer, out: Path) -> FileResult:
    """Replay one file with verification (or take the cached result for this exact content)."""
    cached = _cache_path(out, writer.id, path)
    if cached.is_file():
        return FileResult.from_json(json.loads(gzip.decompress(cached.read_bytes())), str(cached))
    try:
        tests = parse_file(path)
    except ImportFailed as err:
        return FileResult(0, [], [str(err)], {"file unreadable": 1})
    result = replay(driver, tests, verify=True)
    for record in result.records:
        record.style = writer.style
        record.source = "written"
        record.meta.update(writer=writer.id, style=writer.style)
    done = FileResult(len(tests), result.records, [str(p) for p in result.problems], result.dropped)
    for stale in cached.parent.glob(f"{path.stem}.*.json.gz") if cached.parent.is_dir() else ():
        stale.unlink()
    cached.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(done.to_json(), ensure_ascii=False, separators=(",", ":"))
    cached.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    return done


_WORKER_DRIVER: Driver | None = None  # one browser per worker process


def _start_worker(base_url: str) -> None:
    global _WORKER_DRIVER
    _WORKER_DRIVER = Driver(base_url)


def _replay_job(job: tuple[Writer, Path, Path]) -> Path:
    writer, path, out = job
    assert _WORKER_DRIVER is not None
    build_file(_WORKER_DRIVER, path, writer, out)
    return path


def replay_in_parallel(files: list[tuple[Writer, Path]], out: Path, base_url: str, workers: int,
                       progress: Callable[[Path], None] | None = None) -> None:
    """Replay the files not yet cached in `workers` processes, one browser each (pages wait on the browser
    far more than on Python, so even two cores keep several busy); `build_written` then reads the cache."""
    todo = [(writer, path, out) for writer, path in files if not _cache_path(out, writer.id, path).is_file()]
    if not todo:
        return
    context = multiprocessing.get_context("spawn")
    # A SIGTERM to the build must stop its workers too: leaving the pool's block terminates them.
    previous = signal.signal(signal.SIGTERM, _exit_on_term)
    try:
        with context.Pool(workers, initializer=_start_worker, initargs=(base_url,)) as pool:
            for path in pool.imap_unordered(_replay_job, todo):
                if progress is not None:
                    progress(path)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _exit_on_term(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def source_files(src: Path, plan: Plan) -> list[tuple[Writer, Path]]:
    """Every writer's test files, in a stable order; a folder with no entry in the plan is an error."""
    if not src.is_dir():
        raise WrittenError(f"{src} is not a folder of writers' test files (<writer>/test_<site>.py)")
    files = []
    for folder in sorted(p for p in src.iterdir() if p.is_dir()):
        if folder.name not in plan.writers:
            raise WrittenError(f"{folder} has no writer {folder.name!r} in writers.json; add its brief there")
        files.extend((plan.writers[folder.name], path) for path in sorted(folder.glob("test_*.py")))
    return files


def build_written(src: Path, out: Path, driver: Driver,
                  progress: Callable[[Path, FileResult], None] | None = None) -> dict:
    """Replay every file, split the kept records and write them; returns the build log (in build.json too)."""
    plan = Plan.load(out / "writers.json")
    splits: dict[str, list[Record]] = {name: [] for name in SPLITS}
    seen: set[str] = set()
    tests, dropped, problems, duplicates = 0, Counter(), [], 0
    for writer, path in source_files(src, plan):
        result = build_file(driver, path, writer, out)
        tests += result.tests
        dropped.update(result.dropped)
        problems.extend(result.problems)
        for record in result.records:
            if record.key() in seen:
                duplicates += 1
                continue
            seen.add(record.key())
            splits[plan.split_of(record)].append(record)
        if progress is not None:
            progress(path, result)
    for name, records in splits.items():
        write_records(out / f"{name}.jsonl.gz", records)
    log = {"tests": tests, "kept": sum(len(r) for r in splits.values()),
           "splits": {name: len(records) for name, records in splits.items()},
           "dropped": dict(sorted(dropped.items())), "duplicates": duplicates,
           "heldout_writers": sorted(w.id for w in plan.writers.values() if w.heldout),
           "heldout_sites": list(plan.heldout_sites), "problems": problems}
    (out / "build.json").write_text(json.dumps(log, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return log


def write_card(out: Path, log: dict, sample: int = 50, seed: int = 0) -> Path:
    """DATACARD.md: who wrote what, how it was verified, counts per writer, style, site and verb, a random
    sample of tasks as written, and the commands that rebuild it."""
    import random

    from testgen.data.record import read_records
    from testgen.data.stats import dataset_stats

    plan = Plan.load(out / "writers.json")
    dropped = ", ".join(f"{why} {n}" for why, n in log["dropped"].items()) or "none"
    lines = [f"# Dataset `{out.name}`", "",
             "Tasks typed by people the way testers write them, each with the test its writer wrote in "
             "testgen's `I` language. No template, grammar or substitution produced any task: each writer "
             "worked alone from a brief of style and habits (below), saw no other writer's work, and never "
             "saw how testgen reads English. Format: `datasets/SCHEMA.md`; each record carries `meta.writer` "
             "and `meta.style`.", "",
             "## Verification", "",
             "A test is kept only when (1) it replays and passes in a fresh browser context, recording the "
             "outline of every page it acts on; (2) each of its checks fails on the page just before the "
             "action that precedes it, so no check is true from the start; (3) the whole test fails on a "
             "broken copy of the page where the outcomes it expects do not happen (the texts it expects are "
             "hidden, the texts it expects gone are shown, the values it expects are cleared: "
             "`testgen.data.breaker`). A `with I.within(\"Section\"):` block is imported as "
             "`near=\"Section\"` on the steps inside it; the converted test is what is replayed.", "",
             f"Of {log['tests']} written tests, {log['kept']} were kept and {log['duplicates']} were "
             f"duplicates. Dropped: {dropped}. Every dropped test and its reason: `build.json`.", "",
             "## Splits", "", "| split | records |", "|---|---|"]
    lines += [f"| {name} | {count} |" for name, count in log["splits"].items()]
    lines += ["", f"Held-out writers (only in `heldout`): {', '.join(log['heldout_writers'])}. "
              f"Held-out sites (only in `heldout`): {', '.join(log['heldout_sites'])}. `valid` is "
              f"{plan.valid_percent}% of the training writers' tasks on the training sites, chosen by task.",
              "",
              "## Writers", "", "| writer | style | split | brief |", "|---|---|---|---|"]
    lines += [f"| {w.id} | {w.style} | {'heldout' if w.heldout else 'train/valid'} | {w.brief} |"
              for w in plan.writers.values()]
    lines.append("")
    records = []
    for name in SPLITS:
        path = out / f"{name}.jsonl.gz"
        if not path.exists() or not log["splits"].get(name):
            continue
        records.extend(read_records(path))
        stats = dataset_stats(path)
        lines += [f"## {name}", "", f"- steps: {stats['steps']} (mean task {stats['mean_task_chars']} chars)"]
        for key in ("writers", "styles", "sites", "verbs", "steps_per_record"):
            if stats[key]:
                lines.append(f"- {key}: " + ", ".join(f"{k} {v}" for k, v in stats[key].items()))
        lines.append("")
    negative = sum(any(s.line.startswith("I.dont_see(") for s in r.steps) for r in records)
    lines += [f"Tasks with a check that something is NOT shown: {negative} of {len(records)}.", "",
              f"## {min(sample, len(records))} tasks drawn at random (seed {seed}), as written", ""]
    for record in random.Random(seed).sample(records, min(sample, len(records))):
        text = record.task.replace("\n", " / ")
        lines.append(f"- ({record.meta['writer']}, {record.site}) {text}")
    lines += ["", "## Rebuild", "", "```",
              "testgen data written --src datasets/written/src --out datasets/written",
              "testgen data stats datasets/written --json", "```", "",
              "Files already replayed with the same content are taken from `datasets/written/cache/` (kept "
              "with the dataset), so a stopped build resumes and only new or changed files are replayed.",
              "", "## Mixing with `datasets/sites`", "",
              "`datasets/sites` (grammar-built, 8 phrasing styles) stays an auxiliary set. Training reads "
              "both; the trainer's data mix says how many examples of each it draws.", ""]
    card = out / "DATACARD.md"
    card.write_text("\n".join(lines), encoding="utf-8")
    return card
