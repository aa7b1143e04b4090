"""The CUDA path: bf16 autocast and fused AdamW train a tiny model and export float32 weights."""

from __future__ import annotations

import pytest
import torch
from safetensors.torch import load_file

from testgen.train import train
from tests.train.conftest import tiny_config

pytestmark = [
    pytest.mark.gpu,
    pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device; the CPU path is tested"),
]


def test_cuda_training_in_bf16_lowers_the_loss(data_path, tokenizer_path, tmp_path):
    config = tiny_config(
        data_path,
        tmp_path / "run",
        tokenizer=str(tokenizer_path),
        device="cuda",
        steps=20,
        batch_size=8,
        lr=1e-2,
    )
    result = train(config)
    assert result.losses[-1] < result.losses[0] - 1.0
    weights = load_file(f"{result.export}/model.safetensors")
    assert all(t.dtype == torch.float32 for t in weights.values())
