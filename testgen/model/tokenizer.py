"""The Tokenizer protocol shared by the World vocabulary and our own byte-level BPE."""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class Tokenizer(Protocol):
    """Text <-> token ids. `special_ids` maps each special token this vocabulary has to its id."""

    @property
    def vocab_size(self) -> int: ...

    @property
    def special_ids(self) -> dict[str, int]: ...

    def encode(self, text: str) -> list[int]: ...

    def decode(self, ids: list[int]) -> str: ...
