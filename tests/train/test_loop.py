"""The training loop: it learns, it resumes exactly, it refuses damaged checkpoints, it masks the loss."""

from __future__ import annotations

import json
import signal

import pytest
import torch

from testgen.model import RWKV7, CheckpointError, RWKV7Config, load_model
from testgen.train import TrainConfigError, train
from testgen.train.data import Batch, Example, collate, write_examples
from testgen.train.distributed import DistributedContext
from testgen.train.loop import Trainer, masked_loss_sum
from testgen.train.optimizer import parameter_groups
from tests.train.conftest import tiny_config


def test_tiny_model_overfits_a_small_batch(data_path, tokenizer_path, tmp_path):
    config = tiny_config(
        data_path,
        tmp_path / "run",
        tokenizer=str(tokenizer_path),
        steps=40,
        batch_size=8,
        lr=1e-2,
        warmup_steps=3,
        weight_decay=0.0,
    )
    result = train(config)
    assert result.losses[0] > 4.0  # about ln(vocab) at the start
    assert result.train_loss < 0.1
    model, _ = load_model(result.export)
    assert model.config.n_layer == 1 and model.config.n_embd == 64
    records = [json.loads(line) for line in (tmp_path / "run" / "metrics.jsonl").read_text().splitlines()]
    assert [r["step"] for r in records if "loss" in r] == list(range(1, 41))


def test_resume_continues_with_the_same_next_step_loss(data_path, tokenizer_path, tmp_path):
    uninterrupted = train(tiny_config(data_path, tmp_path / "a", tokenizer=str(tokenizer_path)))
    first_half = train(tiny_config(data_path, tmp_path / "b", tokenizer=str(tokenizer_path), stop_at=3))
    assert first_half.export is None and first_half.steps == 3
    second_half = train(tiny_config(data_path, tmp_path / "b", tokenizer=str(tokenizer_path), resume=True))
    assert first_half.losses == pytest.approx(uninterrupted.losses[:3], rel=0, abs=0)
    assert second_half.losses == pytest.approx(uninterrupted.losses[3:], rel=1e-6, abs=1e-7)
    a, _ = load_model(uninterrupted.export)
    b, _ = load_model(second_half.export)
    for (name, pa), pb in zip(a.state_dict().items(), b.state_dict().values(), strict=True):
        torch.testing.assert_close(pa, pb, msg=name)


def test_a_time_limit_ends_the_run_with_an_export(data_path, tokenizer_path, tmp_path):
    limited = train(
        tiny_config(data_path, tmp_path / "run", tokenizer=str(tokenizer_path), steps=1000, minutes=1e-9)
    )
    assert limited.steps == 1 and limited.export is not None
    model, _ = load_model(limited.export)
    assert model.config.n_layer == 1
    with pytest.raises(TrainConfigError, match="--minutes"):
        train(tiny_config(data_path, tmp_path / "bad", tokenizer=str(tokenizer_path), minutes=-1))


def test_an_existing_checkpoint_needs_resume(data_path, tokenizer_path, tmp_path):
    train(tiny_config(data_path, tmp_path / "run", tokenizer=str(tokenizer_path), steps=1))
    with pytest.raises(TrainConfigError, match="--resume"):
        train(tiny_config(data_path, tmp_path / "run", tokenizer=str(tokenizer_path), steps=1))


@pytest.mark.parametrize("damaged", ["training_state.pt", "model.safetensors"])
def test_a_corrupt_checkpoint_fails_resume_clearly(data_path, tokenizer_path, tmp_path, damaged):
    out = tmp_path / "run"
    train(tiny_config(data_path, out, tokenizer=str(tokenizer_path), steps=4, stop_at=2))
    target = out / "checkpoint" / damaged
    target.write_bytes(target.read_bytes()[: target.stat().st_size // 2])
    with pytest.raises(CheckpointError, match=damaged):
        train(tiny_config(data_path, out, tokenizer=str(tokenizer_path), steps=4, resume=True))


def test_masked_tokens_do_not_reach_the_gradients():
    torch.manual_seed(0)
    model = RWKV7(RWKV7Config(vocab_size=50, n_layer=1, n_embd=64))
    batch = collate(
        [Example(tuple(range(1, 11)), (False,) * 6 + (True,) * 4)], seq_len=32, loss_on_all_tokens=False
    )

    def gradients(targets: list[int]) -> list[torch.Tensor]:
        model.zero_grad()
        logits, _ = model(batch.inputs)
        masked_loss_sum(logits, Batch(batch.inputs, torch.tensor([targets]), batch.weights)).backward()
        return [p.grad.clone() for p in model.parameters() if p.grad is not None]

    targets = batch.targets[0].tolist()
    reference = gradients(targets)
    masked_changed = gradients([33, 44] + targets[2:])  # positions 0 and 1 are prompt: weight 0
    answer_changed = gradients(targets[:-1] + [45])  # the last position is in the loss
    for ga, gb in zip(reference, masked_changed, strict=True):
        torch.testing.assert_close(ga, gb, rtol=0, atol=0)
    assert any(not torch.allclose(ga, gb) for ga, gb in zip(reference, answer_changed, strict=True))


def test_weight_decay_only_on_large_weight_matrices():
    model = RWKV7(RWKV7Config(vocab_size=50, n_layer=2, n_embd=64))
    decayed_group, plain_group = parameter_groups(model, weight_decay=0.1)
    names = {id(p): n for n, p in model.named_parameters()}
    decayed = {names[id(p)] for p in decayed_group["params"]}
    plain = {names[id(p)] for p in plain_group["params"]}
    assert (decayed_group["weight_decay"], plain_group["weight_decay"]) == (0.1, 0.0)
    assert {"emb.weight", "head.weight", "blocks.1.att.key.weight", "blocks.0.ffn.value.weight"} <= decayed
    assert {
        "blocks.0.att.w1",
        "blocks.0.att.a2",
        "blocks.1.ln1.weight",
        "blocks.0.att.x_r",
        "blocks.0.att.r_k",
        "blocks.1.att.ln_x.bias",
    } <= plain
    assert decayed.isdisjoint(plain) and len(decayed | plain) == len(names)


def test_ctrl_c_ends_after_the_step_with_a_resumable_checkpoint(
    data_path, tokenizer_path, tmp_path, monkeypatch
):
    one_step = Trainer.train_step

    def step_then_ctrl_c(self):
        loss = one_step(self)
        if self.step == 2:
            signal.raise_signal(signal.SIGINT)
        return loss

    monkeypatch.setattr(Trainer, "train_step", step_then_ctrl_c)
    stopped = train(tiny_config(data_path, tmp_path / "run", tokenizer=str(tokenizer_path), steps=4))
    assert (stopped.steps, stopped.export) == (2, None)
    monkeypatch.undo()
    finished = train(
        tiny_config(data_path, tmp_path / "run", tokenizer=str(tokenizer_path), steps=4, resume=True)
    )
    assert finished.steps == 4 and len(finished.losses) == 2 and finished.export is not None


def test_a_swap_cut_short_resumes_from_the_previous_checkpoint(data_path, tokenizer_path, tmp_path):
    out = tmp_path / "run"
    train(tiny_config(data_path, out, tokenizer=str(tokenizer_path), steps=4, stop_at=2))
    (out / "checkpoint").rename(out / "checkpoint.old")  # as if killed between the two renames
    resumed = train(tiny_config(data_path, out, tokenizer=str(tokenizer_path), steps=4, resume=True))
    assert resumed.steps == 4 and len(resumed.losses) == 2
    assert (out / "checkpoint").is_dir() and not (out / "checkpoint.old").exists()


def test_the_run_starts_on_short_examples(tokenizer_path, tmp_path):
    data = tmp_path / "mixed.jsonl"
    write_examples(data, [Example(tuple(range(2, 2 + n)), (True,) * n) for n in range(4, 44)])
    config = tiny_config(
        data,
        tmp_path / "run",
        tokenizer=str(tokenizer_path),
        steps=10,
        batch_size=2,
        curriculum_fraction=0.5,
        curriculum_quantile=0.25,
    )
    trainer = Trainer(config, torch.device("cpu"), DistributedContext())
    lengths = [len(trainer.train_set[i]) for _ in range(5) for i in trainer.sampler.next_batch()]
    assert max(lengths) < 14  # the shortest quarter of lengths 4..43
    later = [len(trainer.train_set[i]) for _ in range(20) for i in trainer.sampler.next_batch()]
    assert max(later) > 14
