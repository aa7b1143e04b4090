"""LoRA through peft: adapters train, save apart, load back, and merge into the base exactly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from testgen.model import CheckpointError, load_model
from testgen.train import (
    AdapterError,
    add_lora,
    load_adapter,
    merge_adapter,
    save_adapter,
    train,
    write_examples,
)
from tests.train.conftest import random_examples, tiny_config


@pytest.fixture(scope="module")
def lora_run(tmp_path_factory, base_checkpoint, tokenizer):
    folder = tmp_path_factory.mktemp("lora")
    write_examples(folder / "train.jsonl", random_examples(8, 12, tokenizer.vocab_size, seed=1))
    config = tiny_config(
        folder / "train.jsonl",
        folder / "run",
        base=str(base_checkpoint),
        lora=True,
        lora_rank=4,
        steps=8,
        lr=2e-2,
    )
    return train(config)


def logits_of(model, tokens):
    with torch.no_grad():
        return model(tokens)[0]


def test_training_saves_only_the_adapter_and_lowers_the_loss(lora_run):
    assert lora_run.mode == "lora"
    assert lora_run.losses[-1] < lora_run.losses[0]
    files = sorted(p.name for p in Path(lora_run.export).iterdir())
    assert files == ["adapter_config.json", "adapter_model.safetensors"]
    config = json.loads((Path(lora_run.export) / "adapter_config.json").read_text())
    assert set(config["target_modules"]) == {
        "att.receptance",
        "att.key",
        "att.value",
        "att.output",
        "ffn.key",
        "ffn.value",
    }


def test_loaded_adapter_changes_outputs_and_merges_to_the_same_outputs(lora_run, base_checkpoint):
    tokens = torch.randint(0, 200, (2, 10), generator=torch.Generator().manual_seed(0))
    base, _ = load_model(base_checkpoint)
    base_logits = logits_of(base, tokens)
    adapted = load_adapter(base, lora_run.export)
    adapted_logits = logits_of(adapted, tokens)
    assert not torch.allclose(adapted_logits, base_logits, atol=1e-3)
    merged = merge_adapter(adapted)
    assert not any("lora" in name for name, _ in merged.named_parameters())
    torch.testing.assert_close(logits_of(merged, tokens), adapted_logits, rtol=1e-4, atol=1e-4)


def test_adapter_round_trip_keeps_every_weight(lora_run, base_checkpoint, tmp_path):
    first = load_adapter(load_model(base_checkpoint)[0], lora_run.export)
    save_adapter(first, tmp_path / "copy")
    second = load_adapter(load_model(base_checkpoint)[0], tmp_path / "copy")
    first_lora = {n: p for n, p in first.named_parameters() if "lora_" in n}
    second_lora = {n: p for n, p in second.named_parameters() if "lora_" in n}
    assert first_lora.keys() == second_lora.keys() and first_lora
    assert any(
        p.abs().sum() > 0 for n, p in first_lora.items() if "lora_B" in n
    )  # trained, not the zero init
    for name, parameter in first_lora.items():
        torch.testing.assert_close(parameter, second_lora[name], rtol=0, atol=0)


def test_fresh_adapter_freezes_the_base_and_starts_as_the_identity(base_checkpoint):
    tokens = torch.randint(0, 200, (1, 8), generator=torch.Generator().manual_seed(1))
    base, _ = load_model(base_checkpoint)
    expected = logits_of(base, tokens)
    wrapped = add_lora(base, ["att.key", "ffn.value"], rank=2, alpha=4)
    trainable = [n for n, p in wrapped.named_parameters() if p.requires_grad]
    assert trainable and all("lora_" in n for n in trainable)
    assert all(".att.key." in n or ".ffn.value." in n for n in trainable)
    torch.testing.assert_close(logits_of(wrapped, tokens), expected)


def test_unknown_target_and_missing_adapter_name_the_fix(base_checkpoint, tmp_path):
    base, _ = load_model(base_checkpoint)
    with pytest.raises(AdapterError, match="--lora-targets"):
        add_lora(base, ["att.query"], rank=2, alpha=4)
    with pytest.raises(AdapterError, match="adapter_model.safetensors"):
        load_adapter(base, tmp_path)


def test_resume_with_a_damaged_adapter_is_a_checkpoint_error(data_path, base_checkpoint, tmp_path):
    out = tmp_path / "run"
    train(tiny_config(data_path, out, base=str(base_checkpoint), lora=True, steps=4, stop_at=2))
    weights = out / "checkpoint" / "adapter_model.safetensors"
    weights.write_bytes(b"not a safetensors file")
    with pytest.raises(CheckpointError, match="cannot resume"):
        train(tiny_config(data_path, out, base=str(base_checkpoint), lora=True, steps=4, resume=True))
