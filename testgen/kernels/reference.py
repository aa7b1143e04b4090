"""The WKV-7 recurrence as a plain per-step loop; in float64 it is the oracle for the fast backends."""

from __future__ import annotations

import torch
from torch import Tensor


def wkv7_recurrent(
    r: Tensor,
    w: Tensor,
    k: Tensor,
    v: Tensor,
    a: Tensor,
    b: Tensor,
    state0: Tensor | None = None,
    compute_dtype: torch.dtype = torch.float32,
) -> tuple[Tensor, Tensor]:
    """One step at a time: S <- S diag(exp(w_t)) + (S a_t) b_t^T + v_t k_t^T; y_t = S r_t.

    Inputs are [B, T, H, N] with `w` the log decay; the state is [B, H, N, N] indexed S[b, h, value, key].
    Returns y in the input dtype and the final state in float32 (float64 for float64 inputs).
    """
    batch, steps, heads, size = r.shape
    r64, w64, k64, v64, a64, b64 = (x.to(compute_dtype) for x in (r, w, k, v, a, b))
    state = r64.new_zeros(batch, heads, size, size) if state0 is None else state0.to(compute_dtype)
    decay = torch.exp(w64)
    outputs = []
    for t in range(steps):
        sa = torch.einsum("bhvk,bhk->bhv", state, a64[:, t])
        state = (
            state * decay[:, t, :, None, :]
            + sa[..., :, None] * b64[:, t, :, None, :]
            + v64[:, t, :, :, None] * k64[:, t, :, None, :]
        )
        outputs.append(torch.einsum("bhvk,bhk->bhv", state, r64[:, t]))
    y = torch.stack(outputs, dim=1) if outputs else r64.new_zeros(batch, 0, heads, size)
    return y.to(r.dtype), state.to(state_dtype(r))


def wkv7_reference(
    r: Tensor, w: Tensor, k: Tensor, v: Tensor, a: Tensor, b: Tensor, state0: Tensor | None = None
) -> tuple[Tensor, Tensor]:
    """The recurrence in float64, the oracle for every other backend."""
    return wkv7_recurrent(r, w, k, v, a, b, state0, compute_dtype=torch.float64)


def state_dtype(r: Tensor) -> torch.dtype:
    """The dtype of a returned WKV state: float32, or float64 when the inputs are float64."""
    return torch.float64 if r.dtype == torch.float64 else torch.float32
