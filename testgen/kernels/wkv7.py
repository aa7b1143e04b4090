"""The WKV-7 operator: one function, one convention, and the choice of backend.

Convention (shared by every backend, the CUDA one included):
- r, w, k, v, a, b are [B, T, H, N] (N = 64 in the model); any T, no padding needed from callers.
- `w` is the LOG decay (<= 0): a step multiplies the state's key columns by exp(w). RWKV-7 computes
  w = -exp(-softplus(-(w0 + tanh(x w1) w2)) - 0.5) = -exp(-0.5) * sigmoid(w0 + ...), so its decay
  exp(w) lies in [0.545, 1]; the operator itself accepts any w <= 0, decays near 0 included.
- The state is [B, H, N, N] in float32, indexed S[b, h, value_i, key_j]. Per step:
      S <- S diag(exp(w_t)) + (S a_t) b_t^T + v_t k_t^T,   y_t = S r_t.
  RWKV-7 passes a = -kk and b = kk * a_gate.
- Returns (y in the input dtype, final state in float32; float64 for float64 inputs).

Backends: "cuda" (the fused kernel in `testgen.kernels.cuda`, CUDA tensors only), "chunked" (PyTorch, CPU
and GPU, differentiable), "reference" (float64 loop, for tests). "auto" picks cuda when it loads for CUDA
inputs, else chunked; a single step always takes the direct recurrence. `TESTGEN_WKV_BACKEND` overrides.
"""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Callable

from torch import Tensor

from testgen.errors import TestgenError
from testgen.kernels.chunked import wkv7_chunked
from testgen.kernels.reference import wkv7_recurrent, wkv7_reference

log = logging.getLogger(__name__)

Backend = Callable[..., tuple[Tensor, Tensor]]
BACKENDS = ("auto", "cuda", "chunked", "reference")
_cuda_backend: Backend | None = None
_cuda_failed = False


class WKVBackendError(TestgenError):
    """A WKV backend was asked for by name but cannot run these inputs."""


def wkv7(
    r: Tensor,
    w: Tensor,
    k: Tensor,
    v: Tensor,
    a: Tensor,
    b: Tensor,
    state0: Tensor | None = None,
    backend: str | None = None,
) -> tuple[Tensor, Tensor]:
    """Run the WKV-7 recurrence over [B, T, H, N] inputs from `state0` (zeros when None)."""
    name = backend or os.environ.get("TESTGEN_WKV_BACKEND", "auto")
    if name not in BACKENDS:
        raise WKVBackendError(f"unknown WKV backend {name!r}; use one of {', '.join(BACKENDS)}")
    if name == "reference":
        return wkv7_reference(r, w, k, v, a, b, state0)
    if name == "cuda" or (name == "auto" and r.is_cuda):
        kernel = _load_cuda(required=name == "cuda")
        if kernel is not None:
            if not r.is_cuda:
                raise WKVBackendError("the cuda WKV backend needs CUDA tensors; move them with .cuda() "
                                      "or use backend='chunked'")
            return kernel(r, w, k, v, a, b, state0)
    if r.shape[1] == 1:
        return wkv7_recurrent(r, w, k, v, a, b, state0)
    return wkv7_chunked(r, w, k, v, a, b, state0)


def _load_cuda(required: bool) -> Backend | None:
    """The CUDA kernel from `testgen.kernels.cuda.load()`, or None (logged once) when it cannot load."""
    global _cuda_backend, _cuda_failed
    if _cuda_backend is not None or (_cuda_failed and not required):
        return _cuda_backend
    try:
        _cuda_backend = importlib.import_module("testgen.kernels.cuda").load()
    except Exception as err:  # any build or import failure means: use the PyTorch path
        _cuda_failed = True
        if required:
            raise WKVBackendError(f"the CUDA WKV kernel did not load ({err}); check nvcc and the CUDA "
                                  "toolkit, or set TESTGEN_WKV_BACKEND=chunked") from err
        log.warning("CUDA WKV kernel unavailable (%s); using the chunked PyTorch backend", err)
    return _cuda_backend
