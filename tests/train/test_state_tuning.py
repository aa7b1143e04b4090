"""State tuning: only the initial WKV state learns; it saves small and loads back as the model's state."""

from __future__ import annotations

import pytest
import torch
from safetensors.torch import load_file

from testgen.model import RWKV7, RWKV7Config, load_model
from testgen.train import StateTuner, TunedStateError, load_tuned_state, write_examples
from testgen.train.distributed import DistributedContext
from testgen.train.loop import Trainer
from tests.train.conftest import random_examples, tiny_config


@pytest.fixture(scope="module")
def tuned(tmp_path_factory, base_checkpoint, tokenizer):
    folder = tmp_path_factory.mktemp("state")
    write_examples(folder / "train.jsonl", random_examples(4, 12, tokenizer.vocab_size, seed=2))
    config = tiny_config(
        folder / "train.jsonl",
        folder / "run",
        base=str(base_checkpoint),
        state_tuning=True,
        steps=10,
        lr=0.1,
        warmup_steps=1,
    )
    trainer = Trainer(config.validate(), torch.device("cpu"), DistributedContext())
    return trainer, trainer.run()


@pytest.fixture(scope="module")
def state_run(tuned):
    return tuned[1]


def test_state_tuning_lowers_the_loss_and_saves_one_small_tensor(state_run, base_checkpoint):
    assert state_run.mode == "state"
    assert state_run.losses[-1] < state_run.losses[0] - 0.05
    tensors = load_file(state_run.export)
    base, _ = load_model(base_checkpoint)
    shape = base.config
    assert list(tensors) == ["wkv"]
    assert tensors["wkv"].shape == (shape.n_layer, shape.n_head, shape.head_size, shape.head_size)
    assert tensors["wkv"].abs().sum() > 0


def test_only_the_state_changes(tuned, base_checkpoint):
    trainer, _ = tuned
    assert [n for n, p in trainer.module.named_parameters() if p.requires_grad] == ["initial_wkv"]
    base, _ = load_model(base_checkpoint)
    trained = trainer.trainable.model.state_dict()
    for name, before in base.state_dict().items():
        torch.testing.assert_close(trained[name], before, rtol=0, atol=0, msg=name)


def test_loaded_state_reproduces_the_tuned_model(state_run, base_checkpoint):
    tokens = torch.randint(0, 200, (3, 9), generator=torch.Generator().manual_seed(0))
    tuner = StateTuner(load_model(base_checkpoint)[0])
    tuner.load(state_run.export)
    model, _ = load_model(base_checkpoint)
    with torch.no_grad():
        expected = tuner(tokens)[0]
        tuned = model(tokens, load_tuned_state(model, state_run.export, batch_size=3))[0]
        plain = model(tokens)[0]
    torch.testing.assert_close(tuned, expected)
    assert not torch.allclose(tuned, plain, atol=1e-3)


def test_a_state_for_another_shape_is_refused(state_run, tokenizer):
    wider = RWKV7(RWKV7Config(vocab_size=tokenizer.vocab_size, n_layer=2, n_embd=64))
    with pytest.raises(TunedStateError, match="another size"):
        load_tuned_state(wider, state_run.export)
