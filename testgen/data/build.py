"""Build a dataset: explore each example site, synthesise verified tasks in resumable batches, then split.

Layout of `--out` (e.g. `datasets/sites`):
  raw/<site>.bNNNNN.jsonl.gz  records of one checkpointed batch
  raw/<site>.explore.json     the exploration, saved so a resumed build does not explore again
  raw/<site>.progress.json    batches done for the site (what `--resume` skips)
  train.jsonl.gz, valid.jsonl.gz, heldout.jsonl.gz, DATACARD.md   written by `finish`
"""

from __future__ import annotations

import hashlib
import json
import os
import random
from dataclasses import asdict, dataclass, field
from pathlib import Path

from testgen.data.corpus import CorpusSession, page_records
from testgen.data.english import HELDOUT_STYLES
from testgen.data.explore import Exploration, ExploreConfig, Move, State, explore
from testgen.data.record import Record, read_records, write_records
from testgen.data.synthesize import SynthConfig, synthesize
from testgen.errors import TestgenError
from testgen.step import Step

DEFAULT_HELDOUT_SITES = ("bank", "settings")


class BuildError(TestgenError):
    """A build that cannot start or continue (unknown site, output folder from another build)."""


@dataclass
class BuildConfig:
    """One dataset build; `testgen data build` flags and `TESTGEN_DATA_*` env vars override the defaults."""

    out: Path = Path("datasets/sites")
    sites: list[str] = field(default_factory=list)  # empty: every example site
    heldout_sites: tuple[str, ...] = DEFAULT_HELDOUT_SITES
    max_records: int = 60000
    seed: int = 0
    batch_walks: int = 40
    corpus_pages_per_batch: int = 2
    max_batches: int = 100  # per site
    valid_fraction: float = 0.05
    explore: ExploreConfig = field(default_factory=ExploreConfig)
    synth: SynthConfig = field(default_factory=SynthConfig)

    @classmethod
    def from_env(cls, **overrides) -> BuildConfig:
        config = cls(**{k: v for k, v in overrides.items() if v is not None})
        if os.environ.get("TESTGEN_DATA_HELDOUT_SITES"):
            config.heldout_sites = tuple(os.environ["TESTGEN_DATA_HELDOUT_SITES"].split(","))
        if os.environ.get("TESTGEN_DATA_BATCH_WALKS"):
            config.batch_walks = int(os.environ["TESTGEN_DATA_BATCH_WALKS"])
        return config


def save_exploration(graph: Exploration, path: Path) -> None:
    data = {
        "site": graph.site, "start_url": graph.start_url,
        "states": [asdict(s) for s in graph.states],
        "moves": [{"source": m.source, "target": m.target, "steps": [s.render() for s in m.steps],
                   "roles": m.roles} for m in graph.moves],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data))


def load_exploration(path: Path) -> Exploration:
    data = json.loads(path.read_text())
    graph = Exploration(data["site"], data["start_url"], [State(**s) for s in data["states"]])
    graph.moves = [Move(m["source"], m["target"], [Step.parse(s) for s in m["steps"]], m["roles"])
                   for m in data["moves"]]
    return graph


class SiteProgress:
    """`progress.json`: batches done and records written per site, saved after every batch."""

    def __init__(self, path: Path):
        self.path = path
        self.data: dict = json.loads(path.read_text()) if path.exists() else {}

    def site(self, name: str) -> dict:
        return self.data.setdefault(name, {"batches": 0, "records": 0, "walks": 0, "verified": 0,
                                           "failed": 0, "dropped_assertions": 0})

    def total_records(self) -> int:
        return sum(s["records"] for s in self.data.values())

    def save(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.data, indent=1))
        tmp.replace(self.path)


def site_graph(driver, site: str, config: BuildConfig) -> Exploration:
    """The site's exploration: loaded when a previous run saved it, else explored now and saved."""
    explored = config.out / "raw" / f"{site}.explore.json"
    if explored.exists():
        return load_exploration(explored)
    graph = explore(driver, site, f"/{site}/", config.explore)
    save_exploration(graph, explored)
    return graph


def build_batch(driver, graph: Exploration, config: BuildConfig, progress: SiteProgress) -> int | None:
    """Synthesise one checkpointed batch for the graph's site; None when the site's share is done."""
    state = progress.site(graph.site)
    share = config.max_records // max(1, len(config.sites))
    if state["batches"] >= config.max_batches or state["records"] >= share or not graph.moves:
        return None
    synth = SynthConfig(**{**asdict(config.synth), "seed": f"{config.seed}:{state['batches']}"})
    records, counts = synthesize(driver.session, graph, config.batch_walks, synth)
    # One file per batch, renamed into place once whole: a build stopped mid-write leaves nothing broken.
    final = config.out / "raw" / f"{graph.site}.b{state['batches']:05d}.jsonl.gz"
    partial = config.out / "raw" / "partial" / final.name
    write_records(partial, records)
    partial.replace(final)
    for key, value in counts.items():
        state[key] = state.get(key, 0) + value
    state["records"] += len(records)
    state["batches"] += 1
    progress.save()
    return len(records)


def build_corpus_batch(driver, config: BuildConfig, progress: SiteProgress, pages: list[Path]) -> int | None:
    """Single-page tasks on the next `corpus_pages_per_batch` saved pages; None when every page is done."""
    state = progress.site("corpus")
    first = state["batches"] * config.corpus_pages_per_batch
    chosen = pages[first:first + config.corpus_pages_per_batch]
    if not chosen:
        return None
    records = []
    for path in chosen:
        rng = random.Random(f"{config.seed}:{path.name}")
        try:
            with CorpusSession(driver.browser, path, driver.config) as session:
                records.extend(page_records(session, path, rng))
        except Exception:  # a page the browser cannot render within the timeouts gives no tasks
            state["failed"] = state.get("failed", 0) + 1
    final = config.out / "raw" / f"corpus.b{state['batches']:05d}.jsonl.gz"
    partial = config.out / "raw" / "partial" / final.name
    write_records(partial, records)
    partial.replace(final)
    state["walks"] += len(chosen)
    state["records"] += len(records)
    state["batches"] += 1
    progress.save()
    return len(records)


def split_of(record: Record, heldout_sites: tuple[str, ...], valid_fraction: float) -> str:
    """train / valid / heldout: held-out sites and held-out phrasings never reach training."""
    if record.site in heldout_sites or record.style in HELDOUT_STYLES:
        return "heldout"
    steps = "\n".join(s.line for s in record.steps)
    bucket = int(hashlib.sha1(f"{record.site}\n{steps}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "valid" if bucket < valid_fraction else "train"


def finish(out: Path, heldout_sites: tuple[str, ...], valid_fraction: float) -> dict[str, int]:
    """Deduplicate every raw record and write the three splits; returns the count per split."""
    seen: set[str] = set()
    splits: dict[str, list[Record]] = {"train": [], "valid": [], "heldout": []}
    for path in sorted((out / "raw").glob("*.jsonl.gz")):
        for record in read_records(path):
            key = record.key()
            if key in seen:
                continue
            seen.add(key)
            splits[split_of(record, heldout_sites, valid_fraction)].append(record)
    for name, records in splits.items():
        write_records(out / f"{name}.jsonl.gz", records)
    return {name: len(records) for name, records in splits.items()}



def write_card(out: Path, config: BuildConfig, counts: dict[str, int]) -> Path:
    """DATACARD.md: sources, counts, step and phrasing statistics, how it was built and how to rebuild it."""
    from testgen.data.stats import dataset_stats

    lines = [f"# Dataset `{out.name}`", "",
             "Verified (English task, page outlines, test) records from exploring testgen's example sites. "
             "Every record was run in a fresh browser context through the runtime and passed; "
             "every assertion failed on the page before the action that caused it. "
             "Format: `datasets/SCHEMA.md`.", "",
             "## Splits", "", "| split | records |", "|---|---|"]
    lines += [f"| {name} | {count} |" for name, count in counts.items()]
    lines += ["", f"Held-out sites (only in `heldout`): {', '.join(config.heldout_sites)}. "
              f"Held-out phrasings (only in `heldout`): {', '.join(HELDOUT_STYLES)}. "
              f"`valid` is {config.valid_fraction:.0%} of the training sites' tests, split by test so "
              "the same steps never sit in both.", ""]
    for name in counts:
        path = out / f"{name}.jsonl.gz"
        if not path.exists() or not counts[name]:
            continue
        stats = dataset_stats(path)
        ways = stats["records"] / max(stats["tests"], 1)
        lines += [f"## {name}", "",
                  f"- distinct tests: {stats['tests']} (each said in {ways:.1f} ways on average)",
                  f"- steps: {stats['steps']} (mean task {stats['mean_task_chars']} chars, "
                  f"mean outline {stats['mean_outline_chars']} chars)"]
        for key in ("sites", "kinds", "styles", "verbs", "steps_per_record", "mutations"):
            if stats[key]:
                lines.append(f"- {key}: " + ", ".join(f"{k} {v}" for k, v in stats[key].items()))
        lines.append("")
    progress = {}
    for path in sorted((out / "raw").glob("*.progress.json")):
        progress.update(json.loads(path.read_text()))
    if progress:
        lines += ["## Verification", "",
                  "| site | walks | verified | failed | assertions dropped | records |",
                  "|---|---|---|---|---|---|"]
        lines += [f"| {site} | {p.get('walks', 0)} | {p.get('verified', 0)} | {p.get('failed', 0)} | "
                  f"{p.get('dropped_assertions', 0)} | {p.get('records', 0)} |"
                  for site, p in progress.items()]
        lines.append("")
    lines += ["## Rebuild", "", "```",
              f"testgen data build --out {out} --max-records {config.max_records} --seed {config.seed} "
              f"--sites {','.join(config.sites)} --fresh",
              "```", "", "A stopped build continues with `--resume` (batches are checkpointed per site); "
              "`--finish` splits what it has. Records per second and rebuild time: `benchmarks/RESULTS.md` "
              "(Training data).", ""]
    card = out / "DATACARD.md"
    card.write_text("\n".join(lines))
    return card
