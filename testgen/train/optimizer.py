"""AdamW with weight decay on the large matrices only, as the RWKV-7 reference trains.

Decayed: parameters of two or more dimensions whose name ends in `weight` (embedding, projections, head).
Not decayed: the small low-rank factors (`w1`, `a2`, ...), mixing vectors, norms, biases, a tuned state.
"""

from __future__ import annotations

import torch
from torch import nn


def is_decayed(name: str, parameter: torch.Tensor) -> bool:
    """Whether weight decay applies to this parameter (see the module docstring)."""
    return parameter.squeeze().dim() >= 2 and name.endswith("weight")


def parameter_groups(model: nn.Module, weight_decay: float) -> list[dict]:
    """AdamW groups over the trainable parameters: decayed matrices, everything else (empty ones dropped)."""
    decay, no_decay = [], []
    for name, parameter in model.named_parameters():
        if parameter.requires_grad:
            (decay if is_decayed(name, parameter) else no_decay).append(parameter)
    groups = [{"params": decay, "weight_decay": weight_decay}, {"params": no_decay, "weight_decay": 0.0}]
    return [group for group in groups if group["params"]]


def build_optimizer(
    model: nn.Module, lr: float, weight_decay: float, betas: tuple[float, float], eps: float
) -> torch.optim.AdamW:
    """AdamW over `parameter_groups`; fused on CUDA where torch offers it."""
    fused = next(model.parameters()).is_cuda
    return torch.optim.AdamW(parameter_groups(model, weight_decay), lr=lr, betas=betas, eps=eps, fused=fused)
