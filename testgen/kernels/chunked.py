"""WKV-7 in chunks with matrix products: parallel inside a chunk, one small matmul per chunk between chunks.

Within a chunk of L steps, with D_t the cumulative decay (D_0 = 1) and u_t = S_{t-1} a_t, the state is
    S_t = S_0 diag(D_t) + sum_{s<=t} (u_s b_s^T + v_s k_s^T) diag(D_t / D_s).
The u_t solve a unit lower-triangular system (the WY form of the product of (diag(w) + a b^T)):
    u_t = S_0 (a_t * D_{t-1}) + sum_{s<t} u_s <a_t, b_s D_{t-1}/D_s> + v_s <a_t, k_s D_{t-1}/D_s>,
so every chunk reduces to y = R_eff S_0^T + Y_intra and S_L = S_0 T_c + E_c, with R_eff, Y_intra, T_c, E_c
computed for all chunks at once. Only the S_0 -> S_L hand-off runs sequentially.

The pairwise factors D_t/D_s (s <= t) are <= 1. When a chunk's total log decay is small they are formed as
a product of exp(+cum) and exp(-cum) around the chunk's middle (fast matmuls); when it is large (decays near
0), exp(-cum) would overflow, so they are formed pairwise from differences of cumulative logs instead.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import Tensor

from testgen.kernels.reference import state_dtype

DEFAULT_CHUNK = 32
# Largest chunk log-decay span for which exp(+-cum) stays well inside the working dtype's range.
FACTORIZED_SPAN_LIMIT = {torch.float32: 30.0, torch.float64: 300.0}


def wkv7_chunked(
    r: Tensor,
    w: Tensor,
    k: Tensor,
    v: Tensor,
    a: Tensor,
    b: Tensor,
    state0: Tensor | None = None,
    chunk: int = DEFAULT_CHUNK,
) -> tuple[Tensor, Tensor]:
    """Chunked WKV-7 for any T on CPU or GPU, differentiable through autograd; see `testgen.kernels.wkv7`."""
    batch, steps, heads, size = r.shape
    work = torch.float64 if r.dtype == torch.float64 else torch.float32
    if state0 is None:
        state = torch.zeros(batch, heads, size, size, dtype=work, device=r.device)
    else:
        state = state0.to(work)
    if steps == 0:
        return r.new_zeros(r.shape), state.to(state_dtype(r))
    chunk = max(1, min(chunk, steps))
    n_chunks = -(-steps // chunk)
    pad = n_chunks * chunk - steps

    def split(x: Tensor) -> Tensor:
        # [B, T, H, N] -> [B, H, n_chunks, L, N]; padded steps have decay 1 and no input: they change nothing.
        x = F.pad(x.to(work), (0, 0, 0, 0, 0, pad))
        return x.view(batch, n_chunks, chunk, heads, size).permute(0, 3, 1, 2, 4)

    rc, wc, kc, vc, ac, bc = (split(x) for x in (r, w, k, v, a, b))
    r_eff, y_intra, transition, injection = _chunk_terms(rc, wc, kc, vc, ac, bc)

    chunk_starts = []
    for c in range(n_chunks):
        chunk_starts.append(state)
        state = torch.baddbmm(
            injection[:, :, c].reshape(-1, size, size),
            state.reshape(-1, size, size),
            transition[:, :, c].reshape(-1, size, size),
        ).view(batch, heads, size, size)
    starts = torch.stack(chunk_starts, dim=2)  # [B, H, n_chunks, N(value), N(key)]
    y = y_intra + r_eff @ starts.transpose(-1, -2)
    y = y.permute(0, 2, 3, 1, 4).reshape(batch, n_chunks * chunk, heads, size)[:, :steps]
    return y.to(r.dtype), state.to(state_dtype(r))


def _chunk_terms(r: Tensor, w: Tensor, k: Tensor, v: Tensor, a: Tensor, b: Tensor):
    """Per chunk: R_eff [L, N], Y_intra [L, N], T_c [N, N], E_c [N, N] (inputs [B, H, n_chunks, L, N])."""
    length = r.shape[-2]
    cum = w.cumsum(dim=-2)  # log D_t, inclusive
    cum_prev = cum - w  # log D_{t-1}
    total = cum[..., -1:, :]  # log D_L
    strict = torch.ones(length, length, dtype=torch.bool, device=r.device).tril(-1)
    causal = torch.ones(length, length, dtype=torch.bool, device=r.device).tril()

    span = float(-total.detach().min()) if total.numel() else 0.0
    if span <= FACTORIZED_SPAN_LIMIT[r.dtype]:
        middle = cum[..., length // 2 : length // 2 + 1, :]
        inv_b = b * torch.exp(middle - cum)
        inv_k = k * torch.exp(middle - cum)
        a_dec = a * torch.exp(cum_prev - middle)
        r_dec = r * torch.exp(cum - middle)
        a_b = (a_dec @ inv_b.transpose(-1, -2)).masked_fill(~strict, 0.0)
        a_k = (a_dec @ inv_k.transpose(-1, -2)).masked_fill(~strict, 0.0)
        r_b = (r_dec @ inv_b.transpose(-1, -2)).masked_fill(~causal, 0.0)
        r_k = (r_dec @ inv_k.transpose(-1, -2)).masked_fill(~causal, 0.0)
    else:
        minus_inf = torch.tensor(float("-inf"), dtype=r.dtype, device=r.device)
        gap_prev = cum_prev.unsqueeze(-2) - cum.unsqueeze(-3)  # [.., t, s, N]: log D_{t-1}/D_s
        gap = cum.unsqueeze(-2) - cum.unsqueeze(-3)  # log D_t/D_s
        decay_prev = torch.exp(torch.where(strict[..., None], gap_prev, minus_inf))
        decay = torch.exp(torch.where(causal[..., None], gap, minus_inf))
        a_b = torch.einsum("...tj,...sj,...tsj->...ts", a, b, decay_prev)
        a_k = torch.einsum("...tj,...sj,...tsj->...ts", a, k, decay_prev)
        r_b = torch.einsum("...tj,...sj,...tsj->...ts", r, b, decay)
        r_k = torch.einsum("...tj,...sj,...tsj->...ts", r, k, decay)

    size = r.shape[-1]
    eye = torch.eye(length, dtype=r.dtype, device=r.device)
    rhs = torch.cat((a * torch.exp(cum_prev), a_k @ v), dim=-1)
    solved = torch.linalg.solve_triangular(eye - a_b, rhs, upper=False, unitriangular=True)
    a_solved, u_from_v = solved[..., :size], solved[..., size:]  # u_t = S_0 a_solved_t + u_from_v_t

    r_eff = r * torch.exp(cum) + r_b @ a_solved
    y_intra = r_b @ u_from_v + r_k @ v
    to_end = torch.exp(total - cum)
    b_end, k_end = b * to_end, k * to_end
    transition = torch.diag_embed(torch.exp(total.squeeze(-2))) + a_solved.transpose(-1, -2) @ b_end
    injection = u_from_v.transpose(-1, -2) @ b_end + v.transpose(-1, -2) @ k_end
    return r_eff, y_intra, transition, injection
