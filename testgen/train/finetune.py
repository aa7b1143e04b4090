"""Fine-tuning on a team's own tests: import their suite, replay it against their app to record the pages,
learn the team's words (`testgen.reading.vocabulary`), train a LoRA adapter on the shipped generator with the
tasks restated in them (what generation will read), and grade generation before and after on held-out files.

The split is by test file, so the held-out part is tests the adapter never saw; both gradings run in the
same call on the same tasks. The adapter folder carries `adapter_card.json`: the base model it was made for
(a fingerprint of its weights), the data, the steps, the time and the figures before and after.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
import zlib
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from html_compactor.reader import read_outline
from testgen.data.record import Record, write_records
from testgen.errors import TestgenError
from testgen.reading.vocabulary import Vocabulary, learn_vocabulary
from testgen.step import Step

CARD_FILE = "adapter_card.json"
WEIGHT_FILES = ("model.safetensors", "pointer.safetensors")


class FinetuneError(TestgenError):
    """A fine-tune that cannot run (nothing imported, a method that does not apply) or an adapter that does
    not belong to the model it is put on."""


@dataclass
class FinetuneConfig:
    """One fine-tune; `testgen finetune` flags override these."""

    method: str = "lora"
    steps: int = 200
    minutes: float = 8.0  # training stops here whatever the steps, so a fine-tune fits a coffee break
    lr: float = 3e-3
    lora_rank: int = 8
    heldout_share: float = 0.25  # of the test files, at least one when there are two or more
    seed: int = 0
    threads: int = 0


def fingerprint(model_folder: Path) -> str:
    """A short hash of a generator's weights: what an adapter records as its base."""
    digest = hashlib.sha256()
    for name in WEIGHT_FILES:
        path = model_folder / name
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def in_team_words(record: Record, vocabulary: Vocabulary) -> Record:
    """The record with its task restated in the page's words as generation will restate it (the team's
    words replaced, its phrasings and routine spelled out), so the adapter learns from what it will read."""
    outline = record.steps[0].outline if record.steps else ""
    names = {line.name for line in read_outline(outline) if line.name}
    task = vocabulary.restate(record.task, names)
    if task == record.task:
        return record
    steps = [replace(s, value_span=None) for s in record.steps]  # spans into the words as written
    return replace(record, task=task, steps=steps)


def split_by_file(records: list[Record], share: float, seed: int) -> tuple[list[Record], list[Record]]:
    """(train, held-out): whole test files go one way or the other, chosen by a stable hash of the file name,
    so the held-out part is tests the adapter never saw."""
    files = sorted({r.meta.get("file", "") for r in records})
    if len(files) < 2:
        return records, []
    ranked = sorted(files, key=lambda f: zlib.crc32(f"{seed}:{f}".encode()))
    held = set(ranked[: max(1, round(share * len(files)))])
    kept = [r for r in records if r.meta.get("file", "") not in held]
    return kept, [r for r in records if r.meta.get("file", "") in held]


def check_adapter(adapter: Path, base: Path) -> None:
    """FinetuneError when the adapter's card names another base model than `base`."""
    card_path = adapter / CARD_FILE
    if not card_path.is_file():
        return  # an adapter trained by `testgen train --lora` directly carries no card
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise FinetuneError(f"{card_path} cannot be read ({err}); run testgen finetune again") from None
    made_for, here = card.get("base", {}).get("fingerprint"), fingerprint(base)
    if made_for and made_for != here:
        raise FinetuneError(
            f"the adapter in {adapter} was made for another base model (weights {made_for}; {base} is "
            f"{here}): fine-tune again on this model with `testgen finetune`, or pass --model with its base"
        )


def grade(
    records: list[Record], base_url: str, factory: Callable[[str], Any], vocabulary: Vocabulary | None = None
) -> dict:
    """Generation graded on `records` (`testgen.generate.evaluate`), with the headline: the share of tests
    that pass, do every step and check asked for, and fail when the page is broken."""
    from testgen.browser import launch_browser, shared_playwright
    from testgen.generate.evaluate import evaluate_record, outcome_dict, summarise
    from testgen.generate.live import GenerateConfig

    config = GenerateConfig.from_env()
    browser = launch_browser(shared_playwright())
    try:
        outcomes = [evaluate_record(r, base_url, factory, browser, config, vocabulary) for r in records]
    finally:
        browser.close()
    figures = summarise(outcomes)
    return {"headline": figures["right"], **figures, "outcomes": [outcome_dict(o) for o in outcomes]}


def finetune(
    paths: list[Path],
    base_url: str,
    out: Path,
    config: FinetuneConfig,
    progress: Callable[[str], None] = lambda message: None,
) -> dict:
    """Import, replay, split, train the adapter, learn the team's words and grade before and after (and with
    the words alone on the base model); returns the report (also in the adapter's card). Tests that could
    not be imported or replayed are listed with file:line and why."""
    from testgen.data.driver import Driver
    from testgen.data.importers import parse_paths
    from testgen.data.importers.replay import replay
    from testgen.generate.load import BASE_MODEL, planner_factory
    from testgen.train import TrainConfig, train

    if config.method != "lora":
        raise FinetuneError(
            f"--method {config.method}: a generator is fine-tuned on test records with LoRA; state tuning "
            "trains on token data only (`testgen train --state-tuning`)"
        )
    files, tests, problems = parse_paths(paths)
    progress(f"replaying {len(tests)} tests from {len(files)} files against {base_url}")
    with Driver(base_url) as driver:
        replayed = replay(driver, tests)
    problems += [str(p) for p in replayed.problems]
    if not replayed.records:
        raise FinetuneError(f"none of the {len(tests)} tests in {len(files)} files could be replayed against "
                            f"{base_url}: {'; '.join(problems[:3]) or 'no tests found'}")
    train_records, heldout = split_by_file(replayed.records, config.heldout_share, config.seed)
    vocabulary = learn_vocabulary(
        ((r.task, [Step.parse(s.line) for s in r.steps]) for r in train_records),
        [r.start_url for r in train_records],
    )
    data = out / "data"
    write_records(data / "train.jsonl.gz", [in_team_words(r, vocabulary) for r in train_records])
    write_records(data / "valid.jsonl.gz", [in_team_words(r, vocabulary) for r in heldout or train_records])
    if heldout:
        write_records(data / "heldout.jsonl.gz", heldout)
    base = planner_factory("model")
    before = grade(heldout, base_url, base) if heldout else None
    progress(f"training a LoRA adapter on {len(train_records)} tests for {config.steps} steps")
    started = time.perf_counter()
    run = train(
        replace(
            TrainConfig(),
            data=str(data / "train.jsonl.gz"),
            val_data=str(data / "valid.jsonl.gz"),
            out=str(out / "run"),
            base=str(BASE_MODEL),
            lora=True,
            lora_rank=config.lora_rank,
            steps=config.steps,
            minutes=config.minutes,
            lr=config.lr,
            warmup_steps=min(20, config.steps),
            batch_size=4,
            seq_len=2048,
            save_every=max(1, config.steps // 4),
            eval_every=config.steps,
            seed=config.seed,
            threads=config.threads,
            progress=False,
        )
    )
    seconds = time.perf_counter() - started
    adapter = out / "adapter"
    if adapter.exists():
        shutil.rmtree(adapter)
    shutil.copytree(run.export, adapter)
    vocabulary.save(adapter)
    progress("grading generation with the adapter")
    after = words_only = None
    if heldout:
        after = grade(heldout, base_url, planner_factory("model", adapter=adapter), vocabulary)
        words_only = grade(heldout, base_url, base, vocabulary)
    report = {
        "adapter": str(adapter),
        "base": {"model": str(BASE_MODEL), "fingerprint": fingerprint(BASE_MODEL)},
        "data": {
            "files": len(files),
            "tests": len(tests),
            "train": len(train_records),
            "heldout": len(heldout),
            "heldout_files": sorted({r.meta.get("file", "") for r in heldout}),
        },
        "training": {"method": config.method, "steps": run.steps, "seconds": round(seconds, 1),
                     "train_loss": run.train_loss, "config": asdict(config)},
        "vocabulary": vocabulary.to_dict(),
        "before": before,
        "after": after,
        "vocabulary_only": words_only,
        "problems": problems,
    }
    (adapter / CARD_FILE).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return report
