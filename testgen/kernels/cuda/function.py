"""The WKV-7 CUDA kernel as a differentiable torch operator with the convention of `testgen.kernels.wkv7`."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import torch
from torch import Tensor

from testgen.kernels.chunked import wkv7_chunked

Backend = Callable[..., tuple[Tensor, Tensor]]
HEAD_SIZE = 64
KERNEL_DTYPES = (torch.float32, torch.bfloat16)


class WKV7Function(torch.autograd.Function):
    """Forward stores u = S a per step and the state every 16 steps; backward recomputes from them."""

    @staticmethod
    def forward(ctx, extension: ModuleType, r, w, k, v, a, b, state0):
        y, state, u, checkpoints = extension.forward(r, w, k, v, a, b, state0, True)
        ctx.extension = extension
        ctx.has_state0 = state0 is not None
        ctx.save_for_backward(r, w, k, v, a, b, u, checkpoints)
        return y, state

    @staticmethod
    def backward(ctx, dy: Tensor, dstate: Tensor):
        r, w, k, v, a, b, u, checkpoints = ctx.saved_tensors
        dy = dy.to(r.dtype).contiguous()
        dstate = dstate.float().contiguous()
        dr, dw, dk, dv, da, db, dstate0 = ctx.extension.backward(r, w, k, v, a, b, u, checkpoints, dy, dstate)
        return None, dr, dw, dk, dv, da, db, dstate0 if ctx.has_state0 else None


def wkv7_cuda(
    extension: ModuleType,
    r: Tensor,
    w: Tensor,
    k: Tensor,
    v: Tensor,
    a: Tensor,
    b: Tensor,
    state0: Tensor | None = None,
) -> tuple[Tensor, Tensor]:
    """Run the kernel on CUDA tensors; shapes or dtypes it does not cover take the chunked backend."""
    if r.dtype not in KERNEL_DTYPES or r.shape[-1] != HEAD_SIZE or r.numel() == 0:
        return wkv7_chunked(r, w, k, v, a, b, state0)  # float64 oracles, other head sizes, empty inputs
    inputs = [x.to(r.dtype).contiguous() for x in (r, k, v, a, b)]
    log_decay = w.contiguous() if w.dtype == torch.float32 else w.to(r.dtype).contiguous()
    r, k, v, a, b = inputs
    if state0 is not None:
        state0 = state0.float().contiguous()
    tracked = [r, log_decay, k, v, a, b] + ([state0] if state0 is not None else [])
    if torch.is_grad_enabled() and any(x.requires_grad for x in tracked):
        return WKV7Function.apply(extension, r, log_decay, k, v, a, b, state0)
    if r.shape[1] == 1:
        return tuple(extension.step(r, log_decay, k, v, a, b, state0))
    y, state = extension.forward(r, log_decay, k, v, a, b, state0, False)
    return y, state
