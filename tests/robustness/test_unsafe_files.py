"""Files a model, adapter, tokenizer or training run is read from: a crafted pickle never runs, a config is
held to its weights before anything is allocated, and every refusal is a CheckpointError naming the cause."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file, save_file

from testgen.generate.load import BASE_MODEL
from testgen.generate.pointer import Generator, PointerModelError
from testgen.model import RWKV7, CheckpointError, RWKV7Config, load_model, save_model, world_tokenizer
from testgen.train import load_adapter
from testgen.train.checkpoint import read_training_state
from testgen.train.lora import AdapterError
from testgen.train.state_tuning import TunedStateError, read_tuned_wkv

MARKER = "testgen-pickle-ran"


class Payload:
    """Unpickling this object creates a marker file: the proof that a loader ran code from a file."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def crafted(path: Path, marker: Path, wrap: bool = True) -> Path:
    """A torch file at `path` whose unpickling would run `Path.touch(marker)`."""
    body = {"step": 1, "optimizer": {}, "scheduler": {}, "sampler": {}, "rng": {}, "extra": Payload(marker)}
    torch.save(body if wrap else Payload(marker), path)
    return path


@pytest.fixture
def marker(tmp_path) -> Path:
    path = tmp_path / MARKER
    yield path
    assert not path.exists(), "a loader ran code from a crafted file"


def small_checkpoint(folder: Path) -> Path:
    torch.manual_seed(0)
    save_model(RWKV7(RWKV7Config(vocab_size=300, n_layer=2, n_embd=64)), world_tokenizer(), folder)
    return folder


def test_the_crafted_file_really_runs_code_when_unpickled(tmp_path):
    """The payload is live: an unsafe load of it creates the marker (so the tests below prove something)."""
    path = crafted(tmp_path / "evil.pt", tmp_path / MARKER)
    torch.load(path, weights_only=False)  # the one unsafe load, on purpose, in a test only
    assert (tmp_path / MARKER).exists()


def test_official_pth_with_a_pickle_is_refused(tmp_path, marker):
    path = crafted(tmp_path / "model.pth", marker, wrap=False)
    with pytest.raises(CheckpointError, match="cannot be read as tensors"):
        load_model(path)


def test_model_folder_whose_weights_are_a_pickle_is_refused(tmp_path, marker):
    folder = small_checkpoint(tmp_path / "ckpt")
    crafted(folder / "model.safetensors", marker)
    with pytest.raises(CheckpointError, match="model.safetensors"):
        load_model(folder)


def test_tokenizer_that_is_a_pickle_is_refused(tmp_path, marker):
    folder = tmp_path / "gen"
    shutil.copytree(BASE_MODEL, folder)
    crafted(folder / "tokenizer.json", marker)
    with pytest.raises(CheckpointError, match="tokenizer.json"):
        Generator.load(folder)


def test_training_state_that_runs_code_is_refused(tmp_path, marker):
    crafted(tmp_path / "training_state.pt", marker)
    with pytest.raises(CheckpointError, match="training_state.pt"):
        read_training_state(tmp_path)


def test_adapter_whose_weights_are_a_pickle_is_refused(tmp_path, marker):
    folder = tmp_path / "adapter"
    folder.mkdir()
    (folder / "adapter_config.json").write_text(json.dumps(
        {"peft_type": "LORA", "r": 2, "lora_alpha": 4, "target_modules": ["key"], "task_type": None}
    ))
    crafted(folder / "adapter_model.safetensors", marker)
    base = RWKV7(RWKV7Config(vocab_size=300, n_layer=2, n_embd=64))
    with pytest.raises(AdapterError):
        load_adapter(base, folder)


def test_tuned_state_that_is_a_pickle_is_refused(tmp_path, marker):
    path = crafted(tmp_path / "state.safetensors", marker)
    with pytest.raises(TunedStateError):
        read_tuned_wkv(path, RWKV7(RWKV7Config(vocab_size=300, n_layer=2, n_embd=64)))


def test_config_claiming_a_huge_model_is_refused_before_allocation(tmp_path, monkeypatch):
    folder = small_checkpoint(tmp_path / "ckpt")
    config = json.loads((folder / "config.json").read_text())
    (folder / "config.json").write_text(json.dumps({**config, "n_layer": 64, "n_embd": 4096}))
    built = []
    monkeypatch.setattr("testgen.model.checkpoint.RWKV7", lambda *a, **k: built.append(a))
    with pytest.raises(CheckpointError, match="'n_layer' says 64 but the weights hold 2"):
        load_model(folder)
    assert not built, "a model was allocated before its config was checked"


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("n_embd", -64, "'n_embd' is -64"),
        ("vocab_size", 1 << 40, "'vocab_size' is"),
        ("n_layer", "2", "'n_layer' is '2'"),
        ("dim_ffn", 512, "'dim_ffn' says 512 but the weights hold 256"),
    ],
)
def test_config_fields_are_checked_and_named(tmp_path, field, value, said):
    folder = small_checkpoint(tmp_path / "ckpt")
    config = json.loads((folder / "config.json").read_text())
    (folder / "config.json").write_text(json.dumps({**config, field: value}))
    with pytest.raises(CheckpointError, match=said):
        load_model(folder)


@pytest.mark.parametrize("text", ["[1, 2]", "{not json", "\x00\x01binary"])
def test_config_that_is_not_an_object_is_refused(tmp_path, text):
    folder = small_checkpoint(tmp_path / "ckpt")
    (folder / "config.json").write_text(text)
    with pytest.raises(CheckpointError, match="config.json"):
        load_model(folder)


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ({"surprise": 1}, "unknown field 'surprise'"),
        ({"key_dim": 1 << 30}, "'key_dim' is"),
        ({"key_dim": 128}, "'key_dim' says 128"),
        ({"verb_prior_weight": "high"}, "'verb_prior_weight' is 'high'"),
    ],
)
def test_pointer_config_is_checked_and_named(tmp_path, change, said):
    folder = tmp_path / "gen"
    shutil.copytree(BASE_MODEL, folder)
    config = json.loads((folder / "pointer.json").read_text())
    (folder / "pointer.json").write_text(json.dumps({**config, **change}))
    with pytest.raises(PointerModelError, match=said):
        Generator.load(folder)
    assert issubclass(PointerModelError, CheckpointError)


def test_weights_with_a_foreign_tensor_layout_name_the_tensor(tmp_path):
    folder = small_checkpoint(tmp_path / "ckpt")
    tensors = load_file(str(folder / "model.safetensors"))
    del tensors["blocks.0.att.r_k"]
    save_file(tensors, str(folder / "model.safetensors"))
    with pytest.raises(CheckpointError, match="r_k"):
        load_model(folder)
