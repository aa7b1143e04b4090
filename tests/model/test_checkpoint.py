"""Checkpoint folders and official .pth files: round trips, and clear errors for damaged files."""

from __future__ import annotations

import json

import pytest
import torch
from safetensors.torch import load_file, save_file

from testgen.model import (
    RWKV7,
    BPETokenizer,
    CheckpointError,
    RWKV7Config,
    WorldTokenizer,
    load_model,
    save_model,
    world_tokenizer,
)
from testgen.model.special_tokens import STEP, TASK


def small_model(vocab: int = 300) -> RWKV7:
    torch.manual_seed(4)
    model = RWKV7(RWKV7Config(vocab_size=vocab, n_layer=2, n_embd=64))
    with torch.no_grad():
        for p in model.parameters():
            p.add_(torch.randn_like(p) * 0.1)
    return model.eval()


@pytest.fixture(scope="module")
def bpe() -> BPETokenizer:
    texts = [f'{TASK}Log in as user{i}{STEP}I.click("Log in")\n[{i}] button "Log in"' for i in range(200)]
    return BPETokenizer.train(texts, vocab_size=300)


def test_folder_round_trip_with_bpe(tmp_path, bpe):
    model = small_model(vocab=bpe.vocab_size)
    save_model(model, bpe, tmp_path / "ckpt", model_card="# tiny\n")
    loaded, tokenizer = load_model(tmp_path / "ckpt")
    assert isinstance(tokenizer, BPETokenizer)
    text = f'{TASK}Log in as user7{STEP}I.click("Log in")'
    assert tokenizer.encode(text) == bpe.encode(text)
    tokens = torch.tensor([bpe.encode(text)])
    with torch.no_grad():
        torch.testing.assert_close(loaded(tokens)[0], model(tokens)[0])
    assert loaded.config == model.config
    assert (tmp_path / "ckpt" / "MODEL_CARD.md").read_text() == "# tiny\n"


def test_folder_round_trip_with_world_marker(tmp_path):
    model = small_model()
    save_model(model, world_tokenizer(), tmp_path / "ckpt")
    loaded, tokenizer = load_model(tmp_path / "ckpt")
    assert isinstance(tokenizer, WorldTokenizer)
    assert json.loads((tmp_path / "ckpt" / "config.json").read_text())["n_embd"] == 64
    torch.testing.assert_close(loaded.head.weight, model.head.weight)


def test_official_pth_loads_with_inferred_config(tmp_path):
    model = small_model()
    state_dict = model.state_dict()
    for key in ("blocks.0.att.v0", "blocks.0.att.v1", "blocks.0.att.v2"):
        del state_dict[key]  # official files may omit layer 0's unused value-residual tensors
    torch.save({k: v.to(torch.bfloat16) for k, v in state_dict.items()}, tmp_path / "m.pth")
    loaded, tokenizer = load_model(tmp_path / "m.pth")
    assert loaded.config == model.config
    assert isinstance(tokenizer, WorldTokenizer)
    assert loaded.emb.weight.dtype == torch.float32
    torch.testing.assert_close(loaded.blocks[1].att.w1, model.blocks[1].att.w1, atol=1e-2, rtol=1e-2)


def test_wrong_shape_names_the_tensor(tmp_path):
    save_model(small_model(), world_tokenizer(), tmp_path / "ckpt")
    weights = tmp_path / "ckpt" / "model.safetensors"
    tensors = load_file(str(weights))
    tensors["blocks.1.att.key.weight"] = torch.zeros(64, 32)
    save_file(tensors, str(weights))
    with pytest.raises(CheckpointError, match=r"blocks\.1\.att\.key\.weight.*\(64, 32\).*\(64, 64\)"):
        load_model(tmp_path / "ckpt")


def test_missing_tensor_is_named(tmp_path):
    state_dict = small_model().state_dict()
    del state_dict["blocks.1.ffn.value.weight"]
    torch.save(state_dict, tmp_path / "m.pth")
    with pytest.raises(CheckpointError, match=r"blocks\.1\.ffn\.value\.weight is missing"):
        load_model(tmp_path / "m.pth")


@pytest.mark.parametrize("kind", ["folder", "pth"])
def test_truncated_file_names_the_file(tmp_path, kind):
    model = small_model()
    if kind == "folder":
        save_model(model, world_tokenizer(), tmp_path / "ckpt")
        damaged, target = tmp_path / "ckpt" / "model.safetensors", tmp_path / "ckpt"
    else:
        damaged = target = tmp_path / "m.pth"
        torch.save(model.state_dict(), damaged)
    data = damaged.read_bytes()
    damaged.write_bytes(data[: len(data) // 2])
    with pytest.raises(CheckpointError, match=damaged.name):
        load_model(target)


def test_missing_path_and_missing_tokenizer(tmp_path):
    with pytest.raises(CheckpointError, match="no checkpoint"):
        load_model(tmp_path / "nothing")
    save_model(small_model(), world_tokenizer(), tmp_path / "ckpt")
    (tmp_path / "ckpt" / "tokenizer_world.txt").unlink()
    with pytest.raises(CheckpointError, match="no tokenizer"):
        load_model(tmp_path / "ckpt")
