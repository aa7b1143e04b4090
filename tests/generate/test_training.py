"""The generator's network and its training: an untrained pointer is the rule scorer; training runs, saves,
resumes and lowers its loss."""

from __future__ import annotations

import gzip
import json
import random
from dataclasses import replace

import pytest
import torch
from safetensors.torch import save_file

from testgen.generate.candidates import ELEMENT_EXTRA_WEIGHTS, VALUE_WEIGHTS, element_choices
from testgen.generate.examples import decisions_of, encode_decision
from testgen.generate.features import DEFAULT_WEIGHTS
from testgen.generate.pointer import Generator, PointerModelError
from testgen.generate.prompt import encode_page, encode_task, parse_outline, task_spans
from testgen.generate.train_base import (
    RESIDUAL_WEIGHTS,
    BaseTrainConfig,
    batch_loss,
    export,
    load_records,
    train,
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
    lines = parse_outline(OUTLINE)
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


def test_training_saves_resumes_and_learns(tmp_path):
    write_dataset(tmp_path / "data")
    config = BaseTrainConfig(
        data=str(tmp_path / "data"),
        out=str(tmp_path / "run"),
        n_layer=1,
        n_embd=64,
        vocab_size=300,
        minutes=0.15,
        batch_size=2,
        eval_every=1000,
        eval_size=4,
    )
    first = train(config)
    checkpoint = tmp_path / "run" / "checkpoint"
    assert (checkpoint / "pointer.safetensors").is_file() and (checkpoint / "training.pt").is_file()
    generator = Generator.load(checkpoint)
    records = load_records(config.data, "train")
    batch = [
        encode_decision(raw, generator.tokenizer, None, random.Random(0)) for raw in decisions_of(records)
    ]
    trained_loss, _ = batch_loss(generator, batch)
    fresh = Generator.fresh(generator.tokenizer, 1, 64)
    fresh_loss, _ = batch_loss(fresh, batch)
    assert trained_loss.item() < fresh_loss.item()
    second = train(
        replace(config, minutes=0.3), resume=True
    )  # a longer budget: the run goes on from its step
    assert second["step"] > first["step"] and second["tokens"] > first["tokens"]
    # The hand-set feature weights stay as they are; only the learned scores moved.
    trained = Generator.load(checkpoint)
    assert torch.equal(
        trained.heads.element_weights, torch.tensor([*DEFAULT_WEIGHTS, *ELEMENT_EXTRA_WEIGHTS])
    )
    assert torch.equal(trained.heads.value_weights, torch.tensor(VALUE_WEIGHTS))
    calibration = export(config, tmp_path / "weights", "# card\n")
    shipped = Generator.load(tmp_path / "weights")
    assert calibration["residual_weight"] in RESIDUAL_WEIGHTS
    assert shipped.heads.config.residual_weight == calibration["residual_weight"]
    assert shipped.heads.config.verb_model_weight == calibration["verb_model_weight"]


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
