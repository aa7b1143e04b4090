"""State: everything RWKV-7 carries from one token to the next, a fixed size whatever the context length."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file
from torch import Tensor

from testgen.model.config import RWKV7Config

STATE_KEYS = ("att_shift", "wkv", "ffn_shift")


@dataclass
class State:
    """Recurrent state of every layer, stacked on a leading layer axis.

    att_shift: [L, B, C] last input of each time mix; wkv: [L, B, H, N, N] float32, S[value, key];
    ffn_shift: [L, B, C] last input of each channel mix. Tensors are never modified in place, so a
    State can hold learnable tensors (state tuning) and be reused after a forward pass.
    """

    att_shift: Tensor
    wkv: Tensor
    ffn_shift: Tensor

    @classmethod
    def zeros(
        cls,
        config: RWKV7Config,
        batch_size: int,
        device: torch.device | str | None = None,
        dtype: torch.dtype = torch.float32,
    ) -> State:
        """The state before any token: all zeros."""
        layers, width, heads, size = config.n_layer, config.n_embd, config.n_head, config.head_size
        return cls(
            att_shift=torch.zeros(layers, batch_size, width, device=device, dtype=dtype),
            wkv=torch.zeros(layers, batch_size, heads, size, size, device=device, dtype=torch.float32),
            ffn_shift=torch.zeros(layers, batch_size, width, device=device, dtype=dtype),
        )

    @property
    def batch_size(self) -> int:
        """Number of sequences this state tracks."""
        return self.att_shift.shape[1]

    def tensors(self) -> dict[str, Tensor]:
        """The three tensors by name."""
        return {key: getattr(self, key) for key in STATE_KEYS}

    def clone(self) -> State:
        """An independent copy."""
        return State(**{key: t.clone() for key, t in self.tensors().items()})

    def detach(self) -> State:
        """The same values cut from the autograd graph (truncated backpropagation through time)."""
        return State(**{key: t.detach() for key, t in self.tensors().items()})

    def to(self, device: torch.device | str | None = None, dtype: torch.dtype | None = None) -> State:
        """Move to a device; `dtype` applies to the shift tensors, the WKV state stays float32."""
        return State(
            att_shift=self.att_shift.to(device=device, dtype=dtype),
            wkv=self.wkv.to(device=device),
            ffn_shift=self.ffn_shift.to(device=device, dtype=dtype),
        )

    def select(self, index: int | list[int] | Tensor) -> State:
        """The sequences at `index` along the batch axis (an int keeps a batch of one)."""
        if isinstance(index, int):
            index = [index]
        index = torch.as_tensor(index, device=self.att_shift.device)
        return State(**{key: t.index_select(1, index) for key, t in self.tensors().items()})

    @staticmethod
    def cat(states: list[State]) -> State:
        """Join states of several batches into one batch, in order."""
        return State(**{key: torch.cat([getattr(s, key) for s in states], dim=1) for key in STATE_KEYS})

    def save(self, path: str | Path) -> None:
        """Write to a safetensors file."""
        save_file({key: t.detach().contiguous().cpu() for key, t in self.tensors().items()}, str(path))

    @classmethod
    def load(cls, path: str | Path, device: torch.device | str | None = None) -> State:
        """Read a state written by `save`."""
        tensors = load_file(str(path), device=str(device) if device is not None else "cpu")
        return cls(**{key: tensors[key] for key in STATE_KEYS})
