"""`testgen finetune`: the split by file, the adapter's card and its base, the whole run on example tests."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from testgen.data.record import Record, StepRecord
from testgen.generate.load import BASE_MODEL, load_generator
from testgen.generate.pointer import Generator
from testgen.reading.vocabulary import Vocabulary
from testgen.train.finetune import (
    CARD_FILE,
    FinetuneConfig,
    FinetuneError,
    finetune,
    fingerprint,
    in_team_words,
    split_by_file,
)

EXAMPLE_TESTS = Path(__file__).resolve().parents[2] / "examples" / "tests"


def record(file: str) -> Record:
    return Record("todo", "/todo/", f"a task in {file}", "generate", [StepRecord("", "", 'I.see("x")')],
                  meta={"file": file, "line": 1})


def test_whole_files_are_held_out_the_same_way_every_time():
    records = [record(f"test_{name}.py") for name in "abcdefgh" for _ in range(3)]
    train, heldout = split_by_file(records, 0.25, seed=0)
    held_files = {r.meta["file"] for r in heldout}
    assert len(held_files) == 2 and not held_files & {r.meta["file"] for r in train}
    assert len(train) + len(heldout) == len(records)
    assert split_by_file(records, 0.25, seed=0) == (train, heldout)
    assert split_by_file([record("one.py")] * 3, 0.25, seed=0)[1] == []  # one file: nothing to hold out


def test_an_adapter_made_for_another_base_is_a_clear_error(tmp_path, tokenizer):
    base = Generator.fresh(tokenizer, 1, 64).save(tmp_path / "base")
    adapter = tmp_path / "adapter"
    adapter.mkdir()
    (adapter / CARD_FILE).write_text(json.dumps({"base": {"fingerprint": "0123456789abcdef"}}))
    with pytest.raises(FinetuneError, match="made for another base model"):
        load_generator(base, adapter)
    assert fingerprint(base) != "0123456789abcdef" and len(fingerprint(base)) == 16


def test_state_tuning_a_generator_is_refused_before_any_work(tmp_path):
    with pytest.raises(FinetuneError, match="LoRA"):
        finetune([EXAMPLE_TESTS], "http://127.0.0.1:9/", tmp_path, FinetuneConfig(method="state"))


@pytest.mark.browser
@pytest.mark.slow  # replays three example files, trains, and grades the held-out file twice
@pytest.mark.skipif(not BASE_MODEL.is_dir(), reason="no shipped model in testgen/weights/base")
def test_the_adapter_trains_on_the_task_as_generation_will_read_it():
    team = Vocabulary({"review": "Continue"})
    said = Record("bank", "/bank/", "HB-9 hit Review", "generate",
                  [StepRecord("", "", 'I.click("Continue")', value_span=[3, 4], value_source="task")])
    restated = in_team_words(said, team)
    assert restated.task == "HB-9 hit Continue" and restated.steps[0].value_span is None
    assert said.task == "HB-9 hit Review"  # the record as written is left as it is
    plain = record("test_a.py")
    assert in_team_words(plain, team) is plain


def test_a_suite_becomes_an_adapter_graded_before_and_after(tmp_path, sites_url):
    suite = tmp_path / "suite"
    shutil.copytree(EXAMPLE_TESTS, suite)
    (suite / "test_broken.py").write_text("def test_(:\n")  # reported, not fatal
    config = FinetuneConfig(steps=2, heldout_share=0.34, threads=int(os.environ.get("TESTGEN_THREADS", "0")))
    report = finetune([suite], sites_url, tmp_path / "out", config)
    assert any("test_broken.py" in problem for problem in report["problems"])
    assert report["data"]["heldout"] > 0 and len(report["data"]["heldout_files"]) == 1
    assert set(report["before"]) >= {"headline", "pass", "complete"} and "headline" in report["after"]
    card = json.loads((Path(report["adapter"]) / CARD_FILE).read_text())
    assert card["base"]["fingerprint"] == fingerprint(BASE_MODEL) and card["training"]["steps"] == 2
    assert isinstance(load_generator(None, report["adapter"]), Generator)
    saved = Vocabulary.load(report["adapter"])
    assert saved.to_dict() == report["vocabulary"] and saved.scope  # the words belong to the suite's site
