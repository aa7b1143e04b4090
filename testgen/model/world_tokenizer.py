"""The RWKV "World" tokenizer: greedy longest byte match over the official 65,536-entry vocabulary."""

from __future__ import annotations

import ast
from collections import defaultdict
from functools import cache
from pathlib import Path

from testgen.model.special_tokens import END, PAD

WORLD_VOCAB = Path(__file__).resolve().parents[1] / "tokenizer_data" / "rwkv_vocab_v20230424.txt"
WORLD_VOCAB_SIZE = 65536
END_OF_TEXT_ID = 0  # not in the file: the World models use id 0 to end a document


class WorldTokenizer:
    """Encodes UTF-8 bytes by taking, at each position, the longest vocabulary entry that matches there.

    Candidates are indexed by their first two bytes, longest first, so a position costs a handful of
    dictionary lookups. Special prompt tokens other than end/pad are not in this vocabulary and are
    encoded as plain text.
    """

    def __init__(self, vocab_path: str | Path = WORLD_VOCAB) -> None:
        self.id_to_bytes: dict[int, bytes] = {}
        for line in Path(vocab_path).read_text(encoding="utf-8").splitlines():
            token_id = int(line[: line.index(" ")])
            self.id_to_bytes[token_id] = parse_token(line[line.index(" ") + 1 : line.rindex(" ")])
        self.bytes_to_id = {token: token_id for token_id, token in self.id_to_bytes.items()}
        by_prefix: dict[bytes, set[int]] = defaultdict(set)
        for token in self.bytes_to_id:
            if len(token) >= 2:
                by_prefix[token[:2]].add(len(token))
        self.lengths_by_prefix = {prefix: sorted(found, reverse=True) for prefix, found in by_prefix.items()}

    @property
    def vocab_size(self) -> int:
        """Size of the embedding table the World models use."""
        return WORLD_VOCAB_SIZE

    @property
    def special_ids(self) -> dict[str, int]:
        """End of text (also used as padding); the other prompt markers have no id here."""
        return {END: END_OF_TEXT_ID, PAD: END_OF_TEXT_ID}

    def encode(self, text: str) -> list[int]:
        """Token ids for `text`, greedy longest match over its UTF-8 bytes."""
        data = text.encode("utf-8")
        ids: list[int] = []
        position, size = 0, len(data)
        lookup, lengths_by_prefix = self.bytes_to_id.get, self.lengths_by_prefix
        while position < size:
            for length in lengths_by_prefix.get(data[position : position + 2], ()):
                token_id = lookup(data[position : position + length]) if position + length <= size else None
                if token_id is not None:
                    break
            else:
                length, token_id = 1, self.bytes_to_id[data[position : position + 1]]
            ids.append(token_id)
            position += length
        return ids

    def decode_bytes(self, ids: list[int]) -> bytes:
        """The raw bytes of `ids` (a token may hold part of a UTF-8 character); id 0 decodes to nothing."""
        return b"".join(self.id_to_bytes.get(token_id, b"") for token_id in ids)

    def decode(self, ids: list[int]) -> str:
        """Text for `ids`; incomplete UTF-8 sequences become U+FFFD."""
        return self.decode_bytes(ids).decode("utf-8", errors="replace")


def parse_token(literal: str) -> bytes:
    """A token's bytes from its Python literal in the vocabulary file (plain quoted text parsed directly)."""
    if literal[0] in "'\"" and "\\" not in literal:
        return literal[1:-1].encode("utf-8")
    value = ast.literal_eval(literal)
    return value.encode("utf-8") if isinstance(value, str) else value


@cache
def world_tokenizer() -> WorldTokenizer:
    """The shared World tokenizer (the vocabulary is read once per process)."""
    return WorldTokenizer()
