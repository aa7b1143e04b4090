"""RWKV7Config: the shape of an RWKV-7 model, with the reference's default low-rank sizes."""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass


def lora_dim(n_embd: int, factor: float) -> int:
    """The reference's low-rank width: factor * sqrt(C) rounded to a multiple of 32, at least 32."""
    return max(32, int(round(factor * math.sqrt(n_embd) / 32) * 32))


@dataclass
class RWKV7Config:
    """Sizes of an RWKV-7 ("x070") model. Low-rank dims of 0 take the reference formulas from n_embd."""

    vocab_size: int = 65536
    n_layer: int = 12
    n_embd: int = 768
    head_size: int = 64
    d_decay: int = 0
    d_aaa: int = 0
    d_mv: int = 0
    d_gate: int = 0
    dim_ffn: int = 0

    def __post_init__(self) -> None:
        if self.n_embd % self.head_size or self.n_embd % 64:
            raise ValueError(
                f"n_embd={self.n_embd} must be a multiple of 64 and of head_size={self.head_size}"
            )
        self.d_decay = self.d_decay or lora_dim(self.n_embd, 2.5)
        self.d_aaa = self.d_aaa or lora_dim(self.n_embd, 2.5)
        self.d_mv = self.d_mv or lora_dim(self.n_embd, 1.7)
        self.d_gate = self.d_gate or lora_dim(self.n_embd, 5.0)
        self.dim_ffn = self.dim_ffn or 4 * self.n_embd

    @property
    def n_head(self) -> int:
        """Number of WKV heads (n_embd / head_size)."""
        return self.n_embd // self.head_size

    def to_dict(self) -> dict:
        """Plain dict for config.json."""
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> RWKV7Config:
        """Build from config.json, ignoring keys this version does not know."""
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})
