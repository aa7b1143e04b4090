"""Tiny vocabularies, data and base checkpoints so every training test runs in seconds on a CPU."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import torch

from testgen.model import RWKV7, BPETokenizer, RWKV7Config, save_model
from testgen.train import Example, TrainConfig, write_examples

TINY_SHAPE = {"n_layer": 1, "n_embd": 64}


@pytest.fixture(scope="session")
def tokenizer_path(tmp_path_factory) -> Path:
    """A byte-level BPE of about 280 ids (the 256 bytes, the special tokens and a few merges)."""
    folder = tmp_path_factory.mktemp("tokenizer")
    lines = ['I.click("Log in")', 'I.fill("Username", "bob")', 'I.see("Welcome")'] * 20
    BPETokenizer.train(lines, vocab_size=300).save(folder / "tokenizer.json")
    return folder / "tokenizer.json"


@pytest.fixture(scope="session")
def tokenizer(tokenizer_path) -> BPETokenizer:
    return BPETokenizer.load(tokenizer_path)


def random_examples(count: int, length: int, vocab: int, seed: int) -> list[Example]:
    rng = random.Random(seed)
    return [
        Example(tuple(rng.randrange(vocab) for _ in range(length)), (True,) * length) for _ in range(count)
    ]


@pytest.fixture
def data_path(tmp_path, tokenizer) -> Path:
    """Eight random 12-token sequences: memorisable, so the loss must fall fast."""
    path = tmp_path / "train.jsonl"
    write_examples(path, random_examples(8, 12, tokenizer.vocab_size, seed=0))
    return path


@pytest.fixture(scope="session")
def base_checkpoint(tmp_path_factory, tokenizer) -> Path:
    """A freshly initialised tiny model saved as a checkpoint folder (the base for LoRA and state tuning)."""
    torch.manual_seed(0)
    model = RWKV7(RWKV7Config(vocab_size=tokenizer.vocab_size, **TINY_SHAPE))
    # Give the zero-initialised output projections some weight so adapters on them see a signal.
    with torch.no_grad():
        for block in model.blocks:
            block.att.output.weight.normal_(0, 0.02)
            block.ffn.value.weight.normal_(0, 0.02)
    return save_model(model, tokenizer, tmp_path_factory.mktemp("base") / "model")


def tiny_config(data_path: Path, out: Path, **overrides) -> TrainConfig:
    """A run small enough for a test: one 64-wide layer, a handful of steps, no progress bar."""
    settings = dict(
        data=str(data_path),
        out=str(out),
        n_layer=1,
        n_embd=64,
        steps=6,
        batch_size=4,
        seq_len=32,
        lr=3e-3,
        warmup_steps=2,
        val_fraction=0.0,
        eval_every=1000,
        save_every=1000,
        log_every=1,
        threads=1,
        progress=False,
    )
    settings.update(overrides)
    return TrainConfig(**settings)
