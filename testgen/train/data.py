"""Training examples: token ids plus a loss mask, read from JSONL and padded into batches.

A JSONL line is either already tokenised, `{"tokens": [ids], "loss_mask": [0/1, ...]}` (mask optional:
every token counts), or text pieces for a tokenizer, `{"pieces": [{"text": "...", "loss": false}, ...]}`,
so a (task, outline) prompt can be kept out of the loss while its steps stay in it.
"""

from __future__ import annotations

import gzip
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import torch

from testgen.errors import TestgenError


class TrainingDataError(TestgenError):
    """The training JSONL cannot be read as examples."""


class TextEncoder(Protocol):
    """Anything that turns text into token ids (the model's tokenizers do)."""

    def encode(self, text: str) -> list[int]: ...


@dataclass(frozen=True)
class TextPiece:
    """A run of text and whether the model is trained to predict it."""

    text: str
    in_loss: bool


@dataclass(frozen=True)
class TrainingText:
    """An example before tokenisation: prompt pieces (out of the loss) and answer pieces (in it)."""

    pieces: tuple[TextPiece, ...]

    def to_json(self) -> dict:
        return {"pieces": [{"text": p.text, "loss": p.in_loss} for p in self.pieces]}


@dataclass(frozen=True)
class Example:
    """One training sequence: token ids and, per token, whether predicting it counts in the loss."""

    tokens: tuple[int, ...]
    loss_mask: tuple[bool, ...]

    def __post_init__(self) -> None:
        if len(self.tokens) != len(self.loss_mask):
            raise TrainingDataError(
                f"example has {len(self.tokens)} tokens but {len(self.loss_mask)} mask entries: "
                "give every token one mask entry"
            )

    def __len__(self) -> int:
        return len(self.tokens)


def encode_training_text(text: TrainingText, encoder: TextEncoder) -> Example:
    """Tokenise each piece separately so the loss mask lines up exactly with piece boundaries."""
    tokens: list[int] = []
    mask: list[bool] = []
    for piece in text.pieces:
        ids = encoder.encode(piece.text)
        tokens.extend(ids)
        mask.extend([piece.in_loss] * len(ids))
    return Example(tuple(tokens), tuple(mask))


def parse_example(record: dict, encoder: TextEncoder | None) -> Example:
    """Turn one decoded JSONL record into an Example (see the module docstring for the two shapes)."""
    if "tokens" in record:
        tokens = tuple(int(t) for t in record["tokens"])
        mask = tuple(bool(m) for m in record.get("loss_mask", [1] * len(tokens)))
        return Example(tokens, mask)
    if "pieces" in record:
        if encoder is None:
            raise TrainingDataError(
                "examples are text pieces but no tokenizer is known: pass --tokenizer or --base CHECKPOINT"
            )
        pieces = tuple(TextPiece(str(p["text"]), bool(p.get("loss", True))) for p in record["pieces"])
        return encode_training_text(TrainingText(pieces), encoder)
    raise TrainingDataError(f"record has neither 'tokens' nor 'pieces' (keys: {sorted(record)}): add one")


def read_examples(path: str | Path, encoder: TextEncoder | None = None) -> list[Example]:
    """Read every non-empty line of a JSONL file (gzipped if it ends in .gz); examples under 2 tokens
    teach nothing and are dropped."""
    path = Path(path)
    if not path.is_file():
        raise TrainingDataError(f"training data {path} does not exist: check --data / --val-data")
    examples = []
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise TrainingDataError(
                    f"{path}:{number} is not JSON ({err.msg}): fix or drop that line"
                ) from err
            example = parse_example(record, encoder)
            if len(example) >= 2:
                examples.append(example)
    if not examples:
        raise TrainingDataError(f"{path} holds no example of 2 tokens or more: check the file")
    return examples


def write_examples(path: str | Path, items: Sequence[Example | TrainingText]) -> None:
    """Write examples (token ids) or training texts (pieces) as JSONL that `read_examples` reads back."""
    opener = gzip.open if Path(path).suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8") as out:
        for item in items:
            if isinstance(item, Example):
                record = {"tokens": list(item.tokens), "loss_mask": [int(m) for m in item.loss_mask]}
            else:
                record = item.to_json()
            out.write(json.dumps(record) + "\n")


def split_validation(
    examples: list[Example], fraction: float, seed: int
) -> tuple[list[Example], list[Example]]:
    """Hold out a seeded random `fraction` of the examples (at least one when fraction > 0)."""
    if fraction <= 0 or len(examples) < 2:
        return examples, []
    order = list(range(len(examples)))
    random.Random(seed).shuffle(order)
    n_val = max(1, int(len(examples) * fraction))
    held_out = set(order[:n_val])
    train = [e for i, e in enumerate(examples) if i not in held_out]
    val = [e for i, e in enumerate(examples) if i in held_out]
    return train, val


@dataclass
class Batch:
    """Inputs and next-token targets, [B, T] each, with a float weight per target (0 = not in the loss)."""

    inputs: torch.Tensor
    targets: torch.Tensor
    weights: torch.Tensor
    n_tokens: int = 0  # real (unpadded) input tokens, for throughput

    def to(self, device: torch.device | str) -> Batch:
        return Batch(self.inputs.to(device), self.targets.to(device), self.weights.to(device), self.n_tokens)


def collate(examples: Sequence[Example], seq_len: int, loss_on_all_tokens: bool) -> Batch:
    """Pad examples on the right to one length; padding and (optionally) prompt tokens get weight 0.

    A recurrent model reads left to right, so right padding never changes what real tokens see.
    """
    clipped = [(e.tokens[: seq_len + 1], e.loss_mask[: seq_len + 1]) for e in examples]
    width = max(len(tokens) for tokens, _ in clipped) - 1
    inputs = torch.zeros(len(clipped), width, dtype=torch.long)
    targets = torch.zeros(len(clipped), width, dtype=torch.long)
    weights = torch.zeros(len(clipped), width, dtype=torch.float32)
    for row, (tokens, mask) in enumerate(clipped):
        n = len(tokens) - 1
        ids = torch.tensor(tokens, dtype=torch.long)
        inputs[row, :n] = ids[:-1]
        targets[row, :n] = ids[1:]
        if loss_on_all_tokens:
            weights[row, :n] = 1.0
        else:
            weights[row, :n] = torch.tensor(mask[1:], dtype=torch.float32)
    return Batch(inputs, targets, weights, sum(len(tokens) - 1 for tokens, _ in clipped))
