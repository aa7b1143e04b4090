"""RWKV-7 ("x070", Goose): trains in parallel over a sequence, generates as an RNN with a fixed-size state.

Parameter names follow the official checkpoints (`emb.weight`, `blocks.N.att.w0`, ...), so their state dicts
load directly. The WKV recurrence itself lives in `testgen.kernels.wkv7`.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from testgen.kernels import wkv7
from testgen.model.config import RWKV7Config
from testgen.model.initialization import init_rwkv7
from testgen.model.state import State

LN_X_EPS = 64e-5  # the reference GroupNorm eps for ln_x
MAX_LOG_DECAY = math.exp(-0.5)  # per step the decay is at least exp(-exp(-0.5))


def token_shift(x: Tensor, last: Tensor) -> Tensor:
    """x shifted one step later along time, with `last` [B, C] (the previous chunk's final x) in front."""
    return torch.cat((last.unsqueeze(1), x[:, :-1]), dim=1)


class TimeMix(nn.Module):
    """The RWKV-7 time mix: r, w, k, v, a, g from token-shifted inputs, then the WKV state update."""

    def __init__(self, config: RWKV7Config, layer_id: int) -> None:
        super().__init__()
        self.layer_id = layer_id
        self.n_head, self.head_size = config.n_head, config.head_size
        width = config.n_embd

        def vector() -> nn.Parameter:
            return nn.Parameter(torch.zeros(1, 1, width))

        def matrix(rows: int, cols: int) -> nn.Parameter:
            return nn.Parameter(torch.zeros(rows, cols))

        self.x_r, self.x_w, self.x_k, self.x_v, self.x_a, self.x_g = (vector() for _ in range(6))
        self.w0, self.w1, self.w2 = vector(), matrix(width, config.d_decay), matrix(config.d_decay, width)
        self.a0, self.a1, self.a2 = vector(), matrix(width, config.d_aaa), matrix(config.d_aaa, width)
        self.v0, self.v1, self.v2 = vector(), matrix(width, config.d_mv), matrix(config.d_mv, width)
        self.g1, self.g2 = matrix(width, config.d_gate), matrix(config.d_gate, width)
        self.k_k, self.k_a = vector(), vector()
        self.r_k = nn.Parameter(torch.zeros(self.n_head, self.head_size))
        self.receptance = nn.Linear(width, width, bias=False)
        self.key = nn.Linear(width, width, bias=False)
        self.value = nn.Linear(width, width, bias=False)
        self.output = nn.Linear(width, width, bias=False)
        self.ln_x = nn.GroupNorm(self.n_head, width, eps=LN_X_EPS)

    def forward(
        self, x: Tensor, last_x: Tensor, wkv_state: Tensor, v_first: Tensor | None
    ) -> tuple[Tensor, Tensor, Tensor, Tensor]:
        """x [B, T, C] -> (output [B, T, C], last x [B, C], WKV state [B, H, N, N], layer-0 values)."""
        batch, steps, width = x.shape
        heads = (batch, steps, self.n_head, self.head_size)
        delta = token_shift(x, last_x) - x
        mixes = (self.x_r, self.x_w, self.x_k, self.x_v, self.x_a, self.x_g)
        xr, xw, xk, xv, xa, xg = (x + delta * mix for mix in mixes)

        r = self.receptance(xr)
        k = self.key(xk)
        v = self.value(xv)
        # log decay = -exp(-softplus(-z) - 0.5) = -exp(-0.5) * sigmoid(z), in float32 for low-precision models
        log_decay = -MAX_LOG_DECAY * torch.sigmoid((self.w0 + torch.tanh(xw @ self.w1) @ self.w2).float())
        if self.layer_id == 0:
            v_first = v
        else:
            v = v + (v_first - v) * torch.sigmoid(self.v0 + (xv @ self.v1) @ self.v2)
        a = torch.sigmoid(self.a0 + (xa @ self.a1) @ self.a2)
        g = torch.sigmoid(xg @ self.g1) @ self.g2

        kk = F.normalize((k * self.k_k).view(heads), dim=-1, p=2.0)
        k = k * (1 + (a - 1) * self.k_a)
        r, k, v, a = r.view(heads), k.view(heads), v.view(heads), a.view(heads)
        y, wkv_state = wkv7(r, log_decay.view(heads), k, v, -kk, kk * a, wkv_state)
        y = self.ln_x(y.reshape(batch * steps, width)).view(batch, steps, width)
        bonus = (r * k * self.r_k).sum(dim=-1, keepdim=True) * v
        y = y + bonus.view(batch, steps, width)
        return self.output(y * g), x[:, -1], wkv_state, v_first


class ChannelMix(nn.Module):
    """The RWKV-7 channel mix: token shift, then a squared-ReLU feed-forward layer."""

    def __init__(self, config: RWKV7Config) -> None:
        super().__init__()
        self.x_k = nn.Parameter(torch.zeros(1, 1, config.n_embd))
        self.key = nn.Linear(config.n_embd, config.dim_ffn, bias=False)
        self.value = nn.Linear(config.dim_ffn, config.n_embd, bias=False)

    def forward(self, x: Tensor, last_x: Tensor) -> tuple[Tensor, Tensor]:
        """x [B, T, C] -> (output [B, T, C], last x [B, C])."""
        mixed = x + (token_shift(x, last_x) - x) * self.x_k
        return self.value(torch.relu(self.key(mixed)) ** 2), x[:, -1]


class Block(nn.Module):
    """One layer: (ln0 on layer 0,) pre-norm time mix and channel mix, each with a residual."""

    def __init__(self, config: RWKV7Config, layer_id: int) -> None:
        super().__init__()
        self.layer_id = layer_id
        if layer_id == 0:
            self.ln0 = nn.LayerNorm(config.n_embd)
        self.ln1 = nn.LayerNorm(config.n_embd)
        self.ln2 = nn.LayerNorm(config.n_embd)
        self.att = TimeMix(config, layer_id)
        self.ffn = ChannelMix(config)

    def forward(
        self, x: Tensor, att_shift: Tensor, wkv_state: Tensor, ffn_shift: Tensor, v_first: Tensor | None
    ) -> tuple[Tensor, Tensor, Tensor, Tensor, Tensor]:
        """Returns (x, att shift, WKV state, ffn shift, layer-0 values)."""
        if self.layer_id == 0:
            x = self.ln0(x)
        mixed, att_shift, wkv_state, v_first = self.att(self.ln1(x), att_shift, wkv_state, v_first)
        x = x + mixed
        mixed, ffn_shift = self.ffn(self.ln2(x), ffn_shift)
        return x + mixed, att_shift, wkv_state, ffn_shift, v_first


class RWKV7(nn.Module):
    """The RWKV-7 language model: `forward` for sequences (training, prefill), `step` for one token."""

    def __init__(self, config: RWKV7Config, init_weights: bool = True) -> None:
        super().__init__()
        self.config = config
        self.emb = nn.Embedding(config.vocab_size, config.n_embd)
        self.blocks = nn.ModuleList(Block(config, i) for i in range(config.n_layer))
        self.ln_out = nn.LayerNorm(config.n_embd)
        self.head = nn.Linear(config.n_embd, config.vocab_size, bias=False)
        if init_weights:
            self.init_weights()

    def init_weights(self) -> None:
        """Re-initialise every parameter with the RWKV-7 reference recipe for training from scratch."""
        init_rwkv7(self)

    def initial_state(self, batch_size: int) -> State:
        """A zero state on this model's device and dtype."""
        weight = self.emb.weight
        return State.zeros(self.config, batch_size, device=weight.device, dtype=weight.dtype)

    def forward(
        self, tokens: Tensor, state: State | None = None, return_hidden: bool = False
    ) -> tuple[Tensor, State] | tuple[Tensor, State, Tensor]:
        """tokens [B, T] -> (logits [B, T, V], state after the last token[, hidden [B, T, C]]).

        `hidden` is the final normalised representation of each position (what the head reads).
        Splitting a sequence and passing the state along gives the same result as one pass.
        """
        if tokens.dim() != 2:
            raise ValueError(f"tokens must be [batch, time], got shape {tuple(tokens.shape)}")
        if state is None:
            state = self.initial_state(tokens.shape[0])
        x = self.emb(tokens)
        v_first = None
        att_shifts, wkv_states, ffn_shifts = [], [], []
        for i, block in enumerate(self.blocks):
            x, att_shift, wkv_state, ffn_shift, v_first = block(
                x, state.att_shift[i], state.wkv[i], state.ffn_shift[i], v_first
            )
            att_shifts.append(att_shift)
            wkv_states.append(wkv_state)
            ffn_shifts.append(ffn_shift)
        hidden = self.ln_out(x)
        logits = self.head(hidden)
        new_state = State(torch.stack(att_shifts), torch.stack(wkv_states), torch.stack(ffn_shifts))
        if return_hidden:
            return logits, new_state, hidden
        return logits, new_state

    def step(self, token: Tensor, state: State | None = None) -> tuple[Tensor, State]:
        """One token per sequence: token [B] -> (logits [B, V], next state); constant memory per token."""
        logits, state = self.forward(token.view(-1, 1), state)
        return logits[:, 0], state

    def num_parameters(self) -> int:
        """Total parameter count."""
        return sum(p.numel() for p in self.parameters())
