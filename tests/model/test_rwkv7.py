"""RWKV7 behaviour: sequence mode equals token-by-token mode, state hand-off, State operations, init."""

from __future__ import annotations

import pytest
import torch

from testgen.model import RWKV7, RWKV7Config, State

VOCAB = 211


@pytest.fixture(scope="module")
def model() -> RWKV7:
    """A small model with every parameter perturbed, so that no path is trivially zero."""
    torch.manual_seed(0)
    net = RWKV7(RWKV7Config(vocab_size=VOCAB, n_layer=3, n_embd=128))
    with torch.no_grad():
        for p in net.parameters():
            p.add_(torch.randn_like(p) * 0.1)
    return net.eval()


@pytest.fixture(scope="module")
def tokens() -> torch.Tensor:
    return torch.randint(0, VOCAB, (3, 50), generator=torch.Generator().manual_seed(1))


@torch.no_grad()
def test_parallel_forward_equals_repeated_step(model, tokens):
    logits, state = model(tokens)
    step_state, step_logits = None, []
    for t in range(tokens.shape[1]):
        out, step_state = model.step(tokens[:, t], step_state)
        step_logits.append(out)
    torch.testing.assert_close(torch.stack(step_logits, dim=1), logits, rtol=1e-4, atol=1e-4)
    torch.testing.assert_close(step_state.wkv, state.wkv, rtol=1e-4, atol=1e-4)
    torch.testing.assert_close(step_state.att_shift, state.att_shift)


@torch.no_grad()
def test_state_carried_across_a_split(model, tokens):
    logits, state = model(tokens)
    first, mid = model(tokens[:, :17])
    second, end = model(tokens[:, 17:], mid)
    torch.testing.assert_close(torch.cat((first, second), dim=1), logits, rtol=1e-4, atol=1e-4)
    for got, expected in zip(end.tensors().values(), state.tensors().values(), strict=True):
        torch.testing.assert_close(got, expected, rtol=1e-4, atol=1e-4)


@torch.no_grad()
def test_state_changes_the_prediction(model, tokens):
    _, state = model(tokens[:, :20])
    with_context, _ = model(tokens[:, 20:25], state)
    without_context, _ = model(tokens[:, 20:25])
    assert not torch.allclose(with_context, without_context, atol=1e-3)


@torch.no_grad()
def test_return_hidden_gives_what_the_head_reads(model, tokens):
    logits, _, hidden = model(tokens, return_hidden=True)
    assert hidden.shape == (*tokens.shape, model.config.n_embd)
    torch.testing.assert_close(model.head(hidden), logits)


@torch.no_grad()
def test_state_select_cat_clone_and_batch_independence(model, tokens):
    _, state = model(tokens)
    rows = [state.select(i) for i in range(3)]
    joined = State.cat([rows[2], rows[0]])
    assert joined.batch_size == 2
    torch.testing.assert_close(joined.wkv[:, 0], state.wkv[:, 2])
    # each sequence in a batch evolves alone: stepping row 1 by itself matches the batched step
    next_tokens = torch.tensor([5, 6, 7])
    batched, _ = model.step(next_tokens, state)
    single, _ = model.step(next_tokens[1:2], state.select([1]))
    torch.testing.assert_close(single[0], batched[1], rtol=1e-5, atol=1e-5)
    copy = state.clone()
    copy.wkv.add_(1.0)
    assert not torch.equal(copy.wkv, state.wkv)


def test_state_save_load_round_trip(model, tokens, tmp_path):
    with torch.no_grad():
        _, state = model(tokens[:, :10])
    state.save(tmp_path / "state.safetensors")
    loaded = State.load(tmp_path / "state.safetensors")
    for key, tensor in state.tensors().items():
        torch.testing.assert_close(loaded.tensors()[key], tensor)
    assert loaded.to(dtype=torch.float64).wkv.dtype == torch.float32


def test_gradients_reach_every_used_parameter_and_a_learnable_state(model, tokens):
    model.train()
    state = model.initial_state(tokens.shape[0])
    state.wkv.requires_grad_()
    logits, _ = model(tokens[:, :-1], state)
    loss = torch.nn.functional.cross_entropy(logits.reshape(-1, VOCAB), tokens[:, 1:].reshape(-1))
    loss.backward()
    model.eval()
    assert state.wkv.grad is not None and state.wkv.grad.abs().sum() > 0
    unused = {"blocks.0.att.v0", "blocks.0.att.v1", "blocks.0.att.v2"}  # layer 0 has no value residual
    for name, p in model.named_parameters():
        if name not in unused:
            assert p.grad is not None and p.grad.abs().sum() > 0, name
    model.zero_grad(set_to_none=True)


def test_fresh_init_follows_the_reference_recipe():
    torch.manual_seed(0)
    net = RWKV7(RWKV7Config(vocab_size=1000, n_layer=4, n_embd=128))
    for block in net.blocks:
        assert torch.count_nonzero(block.att.output.weight) == 0
        assert torch.count_nonzero(block.ffn.value.weight) == 0
        weight = block.att.receptance.weight
        torch.testing.assert_close(weight @ weight.T, torch.eye(128), atol=1e-4, rtol=0)
    assert net.emb.weight.abs().max() <= 1e-4
    # decay: slow channels at the end of each layer, fast at the start; deeper layers keep more
    w0 = net.blocks[0].att.w0.flatten()
    assert w0[-1] > w0[0]
    # ln_x scale grows with depth; the token-shift mix shrinks with depth
    scales = [b.att.ln_x.weight[0].item() for b in net.blocks]
    assert scales == sorted(scales) and scales[-1] == pytest.approx(1.0)
    assert net.blocks[0].att.x_k.mean() > net.blocks[-1].att.x_k.mean()
    # a fresh model starts near-uniform over the vocabulary
    with torch.no_grad():
        logits, _ = net(torch.randint(0, 1000, (1, 8)))
    assert logits.softmax(-1).max() < 0.05


def test_config_defaults_follow_the_reference_formulas():
    config = RWKV7Config(n_embd=768, n_layer=12)
    assert (config.d_decay, config.d_aaa, config.d_mv, config.d_gate) == (64, 64, 32, 128)
    assert config.dim_ffn == 3072 and config.n_head == 12
    with pytest.raises(ValueError, match="multiple of 64"):
        RWKV7Config(n_embd=100)
