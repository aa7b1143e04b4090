"""The RWKV-7 reference initialisation for training from scratch.

Token-shift mixes and decays vary smoothly across channels and layers; projections into the residual stream
(att.output, ffn.value) start at zero so each block begins as the identity; other matrices are orthogonal.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import torch
from torch import Tensor, nn

if TYPE_CHECKING:
    from testgen.model.rwkv7 import RWKV7, ChannelMix, TimeMix


def orthogonal_lora(weight: Tensor, scale: float) -> None:
    """Orthogonal init with the reference gain: sqrt(rows / cols) for tall matrices, times `scale`."""
    rows, cols = weight.shape
    gain = math.sqrt(rows / cols) if rows > cols else 1.0
    nn.init.orthogonal_(weight, gain=gain * scale)


@torch.no_grad()
def init_time_mix(att: TimeMix, n_layer: int) -> None:
    """Ratio-based token-shift mixes, the decay schedule w0, and the a0/v0/k_k/k_a/r_k constants."""
    width = att.x_r.shape[-1]
    head_size = att.head_size
    ratio_0_to_1 = att.layer_id / max(n_layer - 1, 1)
    ratio_1_to_almost0 = 1.0 - att.layer_id / n_layer
    channel = torch.arange(width, dtype=torch.float64)
    fraction = (channel / width).view(1, 1, width)
    for mix, power in ((att.x_r, 0.2), (att.x_w, 0.9), (att.x_k, 0.7), (att.x_v, 0.7), (att.x_a, 0.9),
                       (att.x_g, 0.2)):
        mix.copy_(1.0 - fraction ** (power * ratio_1_to_almost0))

    linear = channel / (width - 1) - 0.5
    zigzag = ((channel % head_size) - (head_size - 1) / 2) / ((head_size - 1) / 2)
    zigzag = zigzag * zigzag.abs()
    decay_speed = -6 + 6 * (channel / (width - 1)) ** (1 + ratio_0_to_1**0.3)
    att.w0.copy_((decay_speed + 0.5 + zigzag * 2.5).view(1, 1, width))
    att.a0.copy_((-0.19 + zigzag * 0.3 + linear * 0.4).view(1, 1, width))
    att.v0.copy_((0.73 - linear * 0.4).view(1, 1, width))
    att.k_k.copy_((0.71 - linear * 0.1).view(1, 1, width))
    att.k_a.fill_(1.02)
    att.r_k.fill_(-0.04)

    for down, up in ((att.w1, att.w2), (att.a1, att.a2), (att.v1, att.v2), (att.g1, att.g2)):
        down.zero_()
        orthogonal_lora(up, 0.1)

    nn.init.orthogonal_(att.receptance.weight, gain=1.0)
    nn.init.orthogonal_(att.key.weight, gain=0.1)
    nn.init.orthogonal_(att.value.weight, gain=1.0)
    att.output.weight.zero_()
    att.ln_x.weight.fill_(((1 + att.layer_id) / n_layer) ** 0.7)
    att.ln_x.bias.zero_()


@torch.no_grad()
def init_channel_mix(ffn: ChannelMix, layer_id: int, n_layer: int) -> None:
    """Token-shift mix by layer depth, orthogonal key, zero value."""
    width = ffn.x_k.shape[-1]
    fraction = (torch.arange(width, dtype=torch.float64) / width).view(1, 1, width)
    ffn.x_k.copy_(1.0 - fraction ** ((1.0 - layer_id / n_layer) ** 4))
    nn.init.orthogonal_(ffn.key.weight, gain=1.0)
    ffn.value.weight.zero_()


@torch.no_grad()
def init_rwkv7(model: RWKV7) -> None:
    """Initialise a whole model in place: tiny embedding, scaled orthogonal head, unit LayerNorms."""
    config = model.config
    nn.init.uniform_(model.emb.weight, -1e-4, 1e-4)
    head_gain = 0.5 * math.sqrt(max(config.vocab_size / config.n_embd, 1.0))
    nn.init.orthogonal_(model.head.weight, gain=head_gain)
    for module in model.modules():
        if isinstance(module, nn.LayerNorm):
            module.reset_parameters()
    for block in model.blocks:
        init_time_mix(block.att, config.n_layer)
        init_channel_mix(block.ffn, block.layer_id, config.n_layer)
