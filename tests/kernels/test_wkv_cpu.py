"""The chunked WKV-7 backend and the dispatcher against the float64 per-step reference, on CPU."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

from testgen.kernels import WKVBackendError, chunked, wkv7
from testgen.kernels.chunked import wkv7_chunked
from testgen.kernels.reference import wkv7_reference

# (log-decay low, high): decays near 1, the model's own range, and decays near 0
DECAY_RANGES = {"near_one": (-1e-4, 0.0), "model": (-0.6065, 0.0), "near_zero": (-60.0, -20.0)}


def make_inputs(batch, steps, heads, size, decay_range, seed, dtype=torch.float64, requires_grad=False):
    """Random WKV inputs shaped like the model's: a = -kk, b = kk * gate with kk unit-norm per head."""
    gen = torch.Generator().manual_seed(seed)
    shape = (batch, steps, heads, size)
    low, high = decay_range
    r = torch.randn(shape, generator=gen, dtype=dtype)
    w = low + (high - low) * torch.rand(shape, generator=gen, dtype=dtype)
    k = torch.randn(shape, generator=gen, dtype=dtype) * 0.5
    v = torch.randn(shape, generator=gen, dtype=dtype)
    kk = F.normalize(torch.randn(shape, generator=gen, dtype=dtype), dim=-1)
    gate = torch.rand(shape, generator=gen, dtype=dtype)
    tensors = [r, w, k, v, -kk, kk * gate]
    if requires_grad:
        tensors = [t.detach().requires_grad_() for t in tensors]
    state0 = torch.randn(batch, heads, size, size, generator=gen, dtype=dtype)
    return tensors, state0


@pytest.mark.parametrize("decays", list(DECAY_RANGES))
@pytest.mark.parametrize(("steps", "chunk"), [(1, 16), (37, 16), (64, 32), (50, 64), (100, 8)])
@pytest.mark.parametrize("with_state", [False, True])
def test_chunked_matches_reference_values(decays, steps, chunk, with_state):
    tensors, state0 = make_inputs(2, steps, 3, 16, DECAY_RANGES[decays], seed=steps + chunk)
    state0 = state0 if with_state else None
    y_ref, s_ref = wkv7_reference(*tensors, state0)
    y, s = wkv7_chunked(*tensors, state0, chunk=chunk)
    assert y.shape == y_ref.shape and s.shape == s_ref.shape
    torch.testing.assert_close(y, y_ref, rtol=1e-9, atol=1e-9)
    torch.testing.assert_close(s, s_ref, rtol=1e-9, atol=1e-9)


@pytest.mark.parametrize("decays", list(DECAY_RANGES))
@pytest.mark.parametrize("with_state", [False, True])
def test_chunked_matches_reference_gradients(decays, with_state):
    steps, chunk = 29, 8  # T not a multiple of the chunk
    tensors, state0 = make_inputs(1, steps, 2, 8, DECAY_RANGES[decays], seed=7, requires_grad=True)
    state0 = state0.requires_grad_() if with_state else None
    leaves = tensors + ([state0] if with_state else [])
    gen = torch.Generator().manual_seed(3)
    y_weight = torch.randn(1, steps, 2, 8, generator=gen, dtype=torch.float64)
    s_weight = torch.randn(1, 2, 8, 8, generator=gen, dtype=torch.float64)

    def grads(fn):
        y, s = fn(*tensors, state0)
        return torch.autograd.grad((y * y_weight).sum() + (s * s_weight).sum(), leaves)

    expected = grads(wkv7_reference)
    got = grads(lambda *args: wkv7_chunked(*args, chunk=chunk))
    for name, g, g_ref in zip("rwkvab" + "s", got, expected, strict=False):
        torch.testing.assert_close(g, g_ref, rtol=1e-8, atol=1e-8, msg=f"gradient of {name}")


@pytest.mark.parametrize("path", ["pairwise", "factorized"])
def test_both_intra_chunk_paths_match_reference(monkeypatch, path):
    limit = {"pairwise": -1.0, "factorized": float("inf")}[path]
    monkeypatch.setitem(chunked.FACTORIZED_SPAN_LIMIT, torch.float64, limit)
    tensors, state0 = make_inputs(2, 41, 2, 16, DECAY_RANGES["model"], seed=9, requires_grad=True)
    y_ref, s_ref = wkv7_reference(*tensors, state0)
    y, s = wkv7_chunked(*tensors, state0, chunk=16)
    torch.testing.assert_close(y, y_ref, rtol=1e-9, atol=1e-9)
    torch.testing.assert_close(s, s_ref, rtol=1e-9, atol=1e-9)
    grad_ref = torch.autograd.grad(y_ref.sum() + s_ref.sum(), tensors)
    grad = torch.autograd.grad(y.sum() + s.sum(), tensors)
    for g, g_ref in zip(grad, grad_ref, strict=True):
        torch.testing.assert_close(g, g_ref, rtol=1e-8, atol=1e-8)


def test_float32_chunked_close_to_reference_at_model_decays():
    tensors, state0 = make_inputs(2, 300, 4, 64, DECAY_RANGES["model"], seed=11, dtype=torch.float32)
    y_ref, s_ref = wkv7_reference(*tensors, state0)
    y, s = wkv7_chunked(*tensors, state0)
    assert y.dtype == torch.float32 and s.dtype == torch.float32
    assert float((y - y_ref).abs().max() / y_ref.abs().max()) < 1e-5
    assert float((s - s_ref).abs().max() / s_ref.abs().max()) < 1e-5


def test_splitting_the_sequence_carries_the_state():
    tensors, state0 = make_inputs(2, 45, 2, 16, DECAY_RANGES["model"], seed=5)
    y_full, s_full = wkv7_chunked(*tensors, state0)
    first = [t[:, :20] for t in tensors]
    second = [t[:, 20:] for t in tensors]
    y1, s1 = wkv7_chunked(*first, state0)
    y2, s2 = wkv7_chunked(*second, s1)
    torch.testing.assert_close(torch.cat((y1, y2), dim=1), y_full)
    torch.testing.assert_close(s2, s_full)


def test_dispatcher_backends_agree_and_keep_dtypes():
    tensors, state0 = make_inputs(1, 20, 2, 64, DECAY_RANGES["model"], seed=2, dtype=torch.bfloat16)
    y_chunk, s_chunk = wkv7(*tensors, state0.float(), backend="chunked")
    y_ref, s_ref = wkv7(*tensors, state0.float(), backend="reference")
    assert y_chunk.dtype == torch.bfloat16 and s_chunk.dtype == torch.float32
    torch.testing.assert_close(s_chunk, s_ref, rtol=1e-4, atol=1e-4)
    one_step = [t[:, :1] for t in tensors]
    y_step, s_step = wkv7(*one_step, state0.float())
    y_step_ref, s_step_ref = wkv7_reference(*one_step, state0.float())
    torch.testing.assert_close(s_step, s_step_ref, rtol=1e-5, atol=1e-5)


def test_dispatcher_rejects_unknown_and_unavailable_backends():
    tensors, _ = make_inputs(1, 4, 1, 8, DECAY_RANGES["model"], seed=1)
    with pytest.raises(WKVBackendError, match="unknown WKV backend"):
        wkv7(*tensors, backend="fast")
    if not torch.cuda.is_available():
        with pytest.raises(WKVBackendError):
            wkv7(*tensors, backend="cuda")
