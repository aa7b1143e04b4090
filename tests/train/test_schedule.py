"""The learning-rate schedule and the configuration overrides."""

from __future__ import annotations

import pytest

from testgen.train.config import TrainConfig, TrainConfigError, config_from_env
from testgen.train.schedule import WarmupCosine


def test_warmup_rises_linearly_then_cosine_falls_to_the_floor():
    schedule = WarmupCosine(warmup_steps=10, total_steps=110, min_ratio=0.1)
    warm = [schedule(s) for s in range(10)]
    assert warm == pytest.approx([(s + 1) / 10 for s in range(10)])
    decay = [schedule(s) for s in range(10, 111)]
    assert decay[0] == pytest.approx(1.0)
    assert all(a >= b for a, b in zip(decay, decay[1:], strict=False))
    assert decay[50] == pytest.approx(0.55)  # half-way down the cosine: mid-point of 1.0 and 0.1
    assert decay[-1] == pytest.approx(0.1)
    assert schedule(500) == pytest.approx(0.1)


def test_env_overrides_typed_fields():
    env = {"TESTGEN_TRAIN_STEPS": "7", "TESTGEN_TRAIN_LR": "0.01", "TESTGEN_TRAIN_LORA": "1"}
    config = config_from_env(TrainConfig(), env)
    assert (config.steps, config.lr, config.lora) == (7, 0.01, True)
    with pytest.raises(TrainConfigError, match="TESTGEN_TRAIN_STEPS"):
        config_from_env(TrainConfig(), {"TESTGEN_TRAIN_STEPS": "many"})


def test_validate_names_the_missing_piece():
    with pytest.raises(TrainConfigError, match="--base"):
        TrainConfig(data="x.jsonl", lora=True).validate()
    with pytest.raises(TrainConfigError, match="choose one"):
        TrainConfig(data="x.jsonl", lora=True, state_tuning=True, base="b").validate()
