"""Counts that describe a dataset split: sites, kinds, styles, verbs, lengths, sources, repairs."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from testgen.data.record import read_records


def _sorted(counter: Counter) -> dict:
    return dict(sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))))


def dataset_stats(path: str | Path) -> dict:
    """Read a split once and count what a data card reports."""
    counts = {name: Counter() for name in ("sites", "kinds", "styles", "verbs", "steps_per_record", "sources",
                                           "mutations", "writers")}
    records = steps = task_chars = outline_chars = 0
    tests: set[tuple] = set()  # distinct step sequences: one test said in several ways counts once
    for record in read_records(path):
        records += 1
        tests.add((record.site, record.start_url, record.kind, tuple(s.line for s in record.steps)))
        steps += len(record.steps)
        task_chars += len(record.task)
        outline_chars += sum(len(s.outline) for s in record.steps)
        counts["sites"][record.site] += 1
        counts["kinds"][record.kind] += 1
        counts["styles"][record.style or "-"] += 1
        counts["sources"][record.source or "-"] += 1
        if "writer" in record.meta:
            counts["writers"][record.meta["writer"]] += 1
        counts["steps_per_record"][len(record.steps)] += 1
        for step in record.steps:
            counts["verbs"][step.line.split("(", 1)[0].removeprefix("I.")] += 1
        if record.repair:
            counts["mutations"][f"{record.repair.mutation}/{record.repair.verdict}"] += 1
    out: dict = {"records": records, "tests": len(tests), "steps": steps,
                 "mean_task_chars": round(task_chars / records, 1) if records else 0,
                 "mean_outline_chars": round(outline_chars / steps, 1) if steps else 0}
    for name, counter in counts.items():
        out[name] = dict(sorted(counter.items())) if name == "steps_per_record" else _sorted(counter)
    return out


def totals(splits: dict[str, dict], heldout_writers: tuple[str, ...] = (),
           heldout_sites: tuple[str, ...] = ()) -> dict:
    """Counts over every split, and which held-out writers or sites (if any) leaked into `train`."""
    train = splits.get("train", {})
    leaked = [w for w in heldout_writers if w in train.get("writers", {})]
    leaked += [s for s in heldout_sites if s in train.get("sites", {})]
    return {"records": sum(block["records"] for block in splits.values()),
            "writers": len({w for block in splits.values() for w in block["writers"]}),
            "sites": len({s for block in splits.values() for s in block["sites"]}),
            "heldout_writers": list(heldout_writers), "heldout_sites": list(heldout_sites),
            "heldout_in_train": leaked}
