"""Our RWKV-7 against the `rwkv` 0.8.32 package on random checkpoints in the official .pth format."""

from __future__ import annotations

import importlib
import os
import sys

import pytest
import torch

from testgen.model import RWKV7, RWKV7Config, load_model

rwkv_package = pytest.importorskip("rwkv", reason="the rwkv package (dev extra) is the oracle")


def official_rwkv_class():
    """Import rwkv.model with RWKV-7 on, JIT and CUDA off (the flags are read at import time)."""
    os.environ.update(RWKV_V7_ON="1", RWKV_JIT_ON="0", RWKV_CUDA_ON="0")
    sys.modules.pop("rwkv.model", None)
    return importlib.import_module("rwkv.model").RWKV


def random_official_checkpoint(path, n_embd: int, n_layer: int, vocab: int, seed: int) -> dict:
    """A randomly perturbed model saved as an official .pth state dict (non-trivial in every tensor)."""
    torch.manual_seed(seed)
    model = RWKV7(RWKV7Config(vocab_size=vocab, n_layer=n_layer, n_embd=n_embd))
    with torch.no_grad():
        for p in model.parameters():
            p.add_(torch.randn_like(p) * 0.1)
    state_dict = {key: t.clone() for key, t in model.state_dict().items()}
    torch.save(state_dict, path)
    return state_dict


def relative_error(ours: torch.Tensor, theirs: torch.Tensor) -> float:
    return float((ours - theirs).abs().max() / theirs.abs().max())


@pytest.mark.parametrize(("n_embd", "n_layer", "vocab"), [(64, 2, 300), (128, 2, 517)])
def test_logits_match_official_package(tmp_path, n_embd, n_layer, vocab):
    path = tmp_path / "tiny.pth"
    random_official_checkpoint(path, n_embd, n_layer, vocab, seed=n_embd)
    official = official_rwkv_class()(model=str(path.with_suffix("")), strategy="cpu fp32")
    ours, _ = load_model(path)
    ours.eval()
    tokens = torch.randint(0, vocab, (40,), generator=torch.Generator().manual_seed(1)).tolist()

    expected_seq, _ = official.forward(tokens, None, full_output=True)
    with torch.no_grad():
        got_seq, _ = ours(torch.tensor([tokens]))
    assert relative_error(got_seq[0], expected_seq) < 1e-5

    state_theirs, state_ours = None, None
    for token in tokens:
        expected, state_theirs = official.forward([token], state_theirs)
        with torch.no_grad():
            got, state_ours = ours.step(torch.tensor([token]), state_ours)
        assert relative_error(got[0], expected) < 1e-5
    assert relative_error(state_ours.wkv[:, 0], torch.stack(state_theirs[1::3])) < 1e-5
