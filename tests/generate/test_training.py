"""The generator's network and its training by `testgen train` on test records: an untrained pointer is the
rule scorer; training runs, saves, resumes, lowers its loss and exports a calibrated generator."""

from __future__ import annotations

import gzip
import json
import random
from dataclasses import replace
from pathlib import Path

import pytest
import torch
from safetensors.torch import save_file

from html_compactor.reader import read_outline
from testgen.generate.candidates import ELEMENT_EXTRA_WEIGHTS, VALUE_WEIGHTS, element_choices
from testgen.generate.examples import decisions_of, encode_decision
from testgen.generate.features import DEFAULT_WEIGHTS
from testgen.generate.pointer import Generator, PointerModelError
from testgen.generate.prompt import encode_page, encode_task, task_spans
from testgen.train import TrainConfig, train
from testgen.train.generator import (
    RESIDUAL_WEIGHTS,
    collate_decisions,
    decision_loss,
    holds_records,
    load_records,
)

from .conftest import OUTLINE

TASK = "Tick Gift wrap, then click Log in"


def record(task: str, steps: list[dict]) -> dict:
    return {"site": "shop", "start_url": "/shop/", "task": task, "kind": "generate", "steps": steps}


def write_dataset(folder) -> None:
    step = {"outline": OUTLINE, "diff": "", "line": 'I.click("Log in")', "target_id": 8}
    see = {
        "outline": OUTLINE,
        "diff": "",
        "line": 'I.see("Total: $24.00")',
        "value_source": "task",
        "value_span": [34, 48],
    }
    rows = [
        record("Click Log in and check that 'Total: $24.00' is shown", [step, see]),
        record("Click the Log in button", [step]),
    ]
    folder.mkdir(parents=True, exist_ok=True)
    for split in ("train", "valid"):
        with gzip.open(folder / f"{split}.jsonl.gz", "wt") as handle:
            handle.writelines(json.dumps(row) + "\n" for row in rows)


def test_an_untrained_pointer_ranks_like_the_rules(generator, tokenizer):
    lines = read_outline(OUTLINE)
    choices = element_choices(TASK, lines, "check", [], 0, "") + element_choices(
        TASK, lines, "click", [], 0, ""
    )
    spans = task_spans(TASK)
    task = encode_task(tokenizer, TASK, spans)
    page = encode_page(tokenizer, OUTLINE, "", len(task.ids))
    _, _, hidden = generator.rwkv(torch.tensor([task.ids + page.ids]), return_hidden=True)
    scores = generator.heads.score(
        "element", hidden[0, -1], choices, hidden[0], page.line_end, task.span_bounds
    )
    weights = torch.tensor([*DEFAULT_WEIGHTS, *ELEMENT_EXTRA_WEIGHTS])
    rules = torch.tensor([c.features for c in choices]) @ weights
    assert torch.allclose(scores, rules)


def test_decisions_label_the_reference_target_and_span(tmp_path, tokenizer):
    write_dataset(tmp_path)
    records = load_records(str(tmp_path), "train")
    encoded = [encode_decision(raw, tokenizer, None, random.Random(0)) for raw in decisions_of(records)]
    click = next(d for d in encoded if d.verb == "click")
    slot = click.slots[0]
    assert slot.choices[slot.label].element.id == 8
    see = next(d for d in encoded if d.verb == "see")
    assert see.slots[0].choices[see.slots[0].label].text == "Total: $24.00"
    assert sum(d.verb == "<end>" for d in encoded) == 2


def mean_loss(generator: Generator, batch) -> float:
    loss_sum, weight, _ = decision_loss(generator, batch)
    return (loss_sum / weight).item()


def test_training_on_records_saves_resumes_learns_and_exports(tmp_path):
    write_dataset(tmp_path / "data")
    assert holds_records(str(tmp_path / "data")) and not holds_records(str(tmp_path / "nothing"))
    config = TrainConfig(
        data=str(tmp_path / "data"), out=str(tmp_path / "run"), n_layer=1, n_embd=64, vocab_size=300,
        steps=8, stop_at=4, batch_size=2, lr=3e-3, warmup_steps=1, eval_every=2, save_every=2, log_every=1,
        seq_len=1024, threads=1, progress=False,
    )
    first = train(config)
    checkpoint = tmp_path / "run" / "checkpoint"
    assert first.steps == 4 and first.export is None and (checkpoint / "pointer.safetensors").is_file()
    generator = Generator.load(checkpoint)
    records = load_records(config.data, "train")
    raws = decisions_of(records)
    decisions = [encode_decision(r, generator.tokenizer, None, random.Random(0)) for r in raws]
    batch = collate_decisions(decisions)
    fresh = Generator.fresh(generator.tokenizer, 1, 64)
    assert mean_loss(generator, batch) < mean_loss(fresh, batch)
    second = train(replace(config, stop_at=0, resume=True))
    assert second.steps == 8 and second.tokens > first.tokens
    # The hand-set feature weights stay as they are; only the learned scores moved.
    shipped = Generator.load(Path(second.export))
    assert torch.equal(
        shipped.heads.element_weights, torch.tensor([*DEFAULT_WEIGHTS, *ELEMENT_EXTRA_WEIGHTS])
    )
    assert torch.equal(shipped.heads.value_weights, torch.tensor(VALUE_WEIGHTS))
    assert shipped.heads.config.residual_weight in RESIDUAL_WEIGHTS
    card = (Path(second.export) / "MODEL_CARD.md").read_text()
    assert "generator" in card and '"residual_weight"' in card


def test_a_lora_adapter_trains_on_records_and_leaves_the_base_alone(tmp_path, generator):
    write_dataset(tmp_path / "data")
    base = generator.save(tmp_path / "base")
    config = TrainConfig(data=str(tmp_path / "data"), out=str(tmp_path / "lora"), base=str(base), lora=True,
                         steps=3, batch_size=2, lr=1e-2, warmup_steps=1, save_every=3, eval_every=3,
                         seq_len=1024, threads=1, progress=False)
    result = train(config)
    assert (Path(result.export) / "adapter_model.safetensors").is_file()
    from testgen.generate.load import load_generator

    tuned = load_generator(base, result.export)
    weights = dict(generator.rwkv.named_parameters())
    assert any(not torch.equal(p, weights[n]) for n, p in tuned.rwkv.named_parameters())


@pytest.mark.parametrize("damage", ["shape", "bytes"])
def test_a_pointer_file_that_does_not_fit_is_a_clear_error(tmp_path, generator, damage):
    folder = generator.save(tmp_path / "model")
    if damage == "shape":  # pointer heads written with another feature set
        state = generator.heads.state_dict()
        state["element_weights"] = torch.zeros(len(state["element_weights"]) - 1)
        save_file(state, folder / "pointer.safetensors")
    else:
        (folder / "pointer.safetensors").write_bytes(b"not a safetensors file" * 4)
    with pytest.raises(PointerModelError, match="pointer.safetensors does not fit"):
        Generator.load(folder)
