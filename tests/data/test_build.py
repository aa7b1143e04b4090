"""Splitting and deduplication of a build: held-out sites and phrasings never reach train or valid."""

from __future__ import annotations

import random

from testgen.data.build import finish, load_exploration, save_exploration
from testgen.data.english import HELDOUT_STYLES
from testgen.data.explore import Exploration, Move, State
from testgen.data.record import Record, StepRecord, read_records, write_records
from testgen.step import Step


def _record(site: str, style: str, target: str, task: str) -> Record:
    step = StepRecord("[1] button", "", f'I.click("{target}")', 1)
    return Record(site, f"/{site}/", task, "generate", [step], style=style, source="explore")


def test_finish_splits_by_site_and_style_and_drops_duplicates(tmp_path):
    rng = random.Random(0)
    records = []
    for i in range(300):
        site = rng.choice(["shop", "todo", "bank"])
        style = rng.choice(["imperative", "gherkin", *HELDOUT_STYLES])
        records.append(_record(site, style, f"Button {i % 40}", f"Task {i % 120}"))
    write_records(tmp_path / "raw" / "mixed.b00000.jsonl.gz", records)
    write_records(tmp_path / "raw" / "again.b00000.jsonl.gz", records[:50])
    counts = finish(tmp_path, ("bank",), valid_fraction=0.2)
    unique = {r.key() for r in records}
    assert sum(counts.values()) == len(unique)
    splits = {name: list(read_records(tmp_path / f"{name}.jsonl.gz")) for name in counts}
    for name in ("train", "valid"):
        assert splits[name], name
        assert all(r.site != "bank" and r.style not in HELDOUT_STYLES for r in splits[name])
    assert any(r.site == "bank" for r in splits["heldout"])
    train = {(r.site, r.steps[0].line) for r in splits["train"]}
    valid = {(r.site, r.steps[0].line) for r in splits["valid"]}
    assert not train & valid, "the same test must not sit in train and valid"


def test_exploration_survives_a_save_and_load(tmp_path):
    graph = Exploration("shop", "/shop/", [State(0, "k0", "/shop/", "[1] link \"Cart\"", 0),
                                           State(1, "k1", "/shop/cart", "heading \"Cart\"", 1, [0])])
    steps = [Step("click", "Cart"), Step("fill", "Qty", "2", near="Shoes")]
    graph.moves = [Move(0, 1, steps, ["link", None])]
    save_exploration(graph, tmp_path / "shop.explore.json")
    loaded = load_exploration(tmp_path / "shop.explore.json")
    assert loaded == graph
    assert loaded.steps_to(1) == graph.moves[0].steps
