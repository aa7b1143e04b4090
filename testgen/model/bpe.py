"""A byte-level BPE for our own models, trained on domain text (outlines, tasks, test scripts).

Any text round-trips (every byte has a symbol), and the prompt markers of `special_tokens` are single ids.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from tokenizers import Tokenizer as HFTokenizer
from tokenizers import decoders, models, pre_tokenizers, trainers

from testgen.model.special_tokens import SPECIAL_TOKENS

DEFAULT_VOCAB_SIZE = 4096


class BPETokenizer:
    """Wraps a Hugging Face `tokenizers` byte-level BPE behind the `Tokenizer` protocol."""

    def __init__(self, tokenizer: HFTokenizer) -> None:
        self.tokenizer = tokenizer

    @classmethod
    def train(cls, texts: Iterable[str], vocab_size: int = DEFAULT_VOCAB_SIZE) -> BPETokenizer:
        """Learn merges from `texts`; the special tokens take the first ids, in `SPECIAL_TOKENS` order."""
        tokenizer = HFTokenizer(models.BPE())
        tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
        tokenizer.decoder = decoders.ByteLevel()
        trainer = trainers.BpeTrainer(
            vocab_size=vocab_size,
            special_tokens=list(SPECIAL_TOKENS),
            initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
            show_progress=False,
        )
        tokenizer.train_from_iterator(texts, trainer=trainer)
        return cls(tokenizer)

    @classmethod
    def load(cls, path: str | Path) -> BPETokenizer:
        """Read a `tokenizer.json`."""
        return cls(HFTokenizer.from_file(str(path)))

    def save(self, path: str | Path) -> None:
        """Write a `tokenizer.json`."""
        self.tokenizer.save(str(path))

    @property
    def vocab_size(self) -> int:
        """Number of ids, special tokens included."""
        return self.tokenizer.get_vocab_size(with_added_tokens=True)

    @property
    def special_ids(self) -> dict[str, int]:
        """Every prompt marker and its id."""
        return {token: self.tokenizer.token_to_id(token) for token in SPECIAL_TOKENS}

    def encode(self, text: str) -> list[int]:
        """Ids for `text`; special markers in it become their single ids."""
        return self.tokenizer.encode(text, add_special_tokens=False).ids

    def decode(self, ids: list[int]) -> str:
        """Text for `ids`, special markers written out."""
        return self.tokenizer.decode(ids, skip_special_tokens=False)
