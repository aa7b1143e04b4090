"""The generator's network: RWKV-7 for verbs and the end of the test, pointer heads for every argument.

At a slot, a query read from the model's state scores each candidate's key (the hidden state where its
outline line or task span ends) and ADDS the candidate's training-free features through learned weights
initialised to the hand-set defaults (training keeps them fixed unless asked to learn them, so what the
features know about unseen sites is not traded for fitting the training sites). The key projections start at
zero, so an untrained pointer is exactly the rule-based scorer and training can only move it from there.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import torch
from safetensors import SafetensorError
from safetensors.torch import load_file, save_file
from torch import Tensor, nn

from testgen.generate.candidates import (
    ELEMENT_EXTRA_WEIGHTS,
    VALUE_FEATURES,
    VALUE_WEIGHTS,
    Choice,
)
from testgen.generate.features import DEFAULT_WEIGHTS
from testgen.model import RWKV7, CheckpointError, RWKV7Config, load_model, save_model
from testgen.model.checkpoint import read_json, tensor_shapes
from testgen.model.tokenizer import Tokenizer

POINTER_FILE = "pointer.safetensors"
POINTER_CONFIG = "pointer.json"
SLOTS = ("element", "value", "text", "key")


MAX_KEY_DIM = 4096


class PointerModelError(CheckpointError):
    """A generator checkpoint that cannot be loaded; the message names the missing or broken file."""


@dataclass
class PointerConfig:
    """Width of the query/key space the pointer heads compare in, and how verb scores are mixed: the token
    head's log-probability times `verb_model_weight` plus the keyword prior times `verb_prior_weight`, and
    how much the learned pointer score adds to the features' (both calibrated on validation decisions when a
    model is exported)."""

    key_dim: int = 64
    verb_model_weight: float = 1.0
    verb_prior_weight: float = 3.0
    residual_weight: float = 1.0  # how much the learned key-query score counts beside the features


class PointerHeads(nn.Module):
    """Queries per slot kind, keys for outline lines and task spans, and weights over the features."""

    def __init__(self, n_embd: int, config: PointerConfig) -> None:
        super().__init__()
        self.config = config
        self.query = nn.ModuleDict({slot: nn.Linear(n_embd, config.key_dim) for slot in SLOTS})
        self.line_key = nn.Linear(n_embd, config.key_dim, bias=False)
        self.span_key = nn.Linear(2 * n_embd, config.key_dim, bias=False)
        nn.init.zeros_(self.line_key.weight)
        nn.init.zeros_(self.span_key.weight)
        self.element_weights = nn.Parameter(torch.tensor([*DEFAULT_WEIGHTS, *ELEMENT_EXTRA_WEIGHTS]))
        self.value_weights = nn.Parameter(torch.tensor(VALUE_WEIGHTS))
        if len(VALUE_WEIGHTS) != len(VALUE_FEATURES):
            raise ValueError("VALUE_WEIGHTS must give one weight per VALUE_FEATURES entry")

    def score(
        self,
        slot: str,
        query_hidden: Tensor,
        choices: list[Choice],
        hidden: Tensor,
        line_end: dict[int, int],
        span_bounds: list[tuple[int, int]],
    ) -> Tensor:
        """Scores [len(choices)] for one slot; `hidden` [T, C] holds the keys' positions."""
        if not choices:
            return hidden.new_zeros(0)
        query = self.query[slot](query_hidden)
        keys = torch.zeros(len(choices), self.config.key_dim, dtype=hidden.dtype, device=hidden.device)
        line_rows = [
            (i, line_end[c.line]) for i, c in enumerate(choices) if c.span is None and c.line in line_end
        ]
        if line_rows:
            index, positions = zip(*line_rows, strict=True)
            keys[list(index)] = self.line_key(hidden[list(positions)])
        span_rows = [(i, span_bounds[c.span]) for i, c in enumerate(choices) if c.span is not None]
        if span_rows:
            index, bounds = zip(*span_rows, strict=True)
            before = hidden[[b[0] for b in bounds]]
            last = hidden[[b[1] for b in bounds]]
            keys[list(index)] = self.span_key(torch.cat([before, last], dim=-1))
        features = torch.tensor([c.features for c in choices], dtype=hidden.dtype, device=hidden.device)
        weights = self.element_weights if slot == "element" else self.value_weights
        learned = keys @ query / self.config.key_dim**0.5
        return self.config.residual_weight * learned + features @ weights


class Generator(nn.Module):
    """RWKV-7 plus pointer heads; `load`/`save` use a checkpoint folder (`docs/architecture.md`)."""

    def __init__(self, rwkv: RWKV7, tokenizer: Tokenizer, pointer: PointerConfig | None = None) -> None:
        super().__init__()
        self.rwkv = rwkv
        self.tokenizer = tokenizer
        self.heads = PointerHeads(rwkv.config.n_embd, pointer or PointerConfig())

    @classmethod
    def fresh(cls, tokenizer: Tokenizer, n_layer: int, n_embd: int, head_size: int = 64) -> Generator:
        """An untrained generator whose vocabulary is `tokenizer`'s."""
        config = RWKV7Config(
            vocab_size=tokenizer.vocab_size, n_layer=n_layer, n_embd=n_embd, head_size=head_size
        )
        return cls(RWKV7(config), tokenizer)

    def save(self, folder: str | Path, model_card: str | None = None) -> Path:
        """Write the RWKV-7 checkpoint and the pointer heads beside it."""
        folder = Path(folder)
        save_model(self.rwkv, self.tokenizer, folder, model_card=model_card)
        save_file(
            {k: v.detach().contiguous() for k, v in self.heads.state_dict().items()}, folder / POINTER_FILE
        )
        (folder / POINTER_CONFIG).write_text(json.dumps(asdict(self.heads.config), indent=2) + "\n")
        return folder

    @classmethod
    def load(cls, folder: str | Path) -> Generator:
        """Read a folder written by `save`."""
        folder = Path(folder)
        for name in (POINTER_FILE, POINTER_CONFIG):
            if not (folder / name).is_file():
                raise PointerModelError(
                    f"{folder / name} is missing: {folder} is not a generator checkpoint; pass --model with "
                    "a "
                    "folder written by `testgen train` on test records, or leave --model out"
                )
        rwkv, tokenizer = load_model(folder)
        config = pointer_config(folder, rwkv.config.n_embd)
        generator = cls(rwkv, tokenizer, config)
        try:
            generator.heads.load_state_dict(load_file(str(folder / POINTER_FILE)))
        except (RuntimeError, OSError, SafetensorError) as err:  # another feature set's shapes, or damage
            detail = " ".join(line.strip() for line in str(err).splitlines()[-2:])
            raise PointerModelError(
                f"{folder / POINTER_FILE} does not fit this version's pointer heads "
                f"({detail}); export the model again with "
                "`testgen train --data RECORDS --base FOLDER --steps 1`, or retrain it"
            ) from None
        return generator.eval()


def pointer_config(folder: Path, n_embd: int) -> PointerConfig:
    """`pointer.json`, each field checked (known, of its type, in range, `key_dim` equal to the width the
    weights hold) before the heads are built; PointerModelError names the field that is wrong."""
    path = folder / POINTER_CONFIG
    data = read_json(path)
    known = {f.name: f for f in fields(PointerConfig)}
    for name, value in data.items():
        if name not in known:
            raise PointerModelError(f"{path}: unknown field {name!r}; the fields are {', '.join(known)}")
        if name == "key_dim":
            if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_KEY_DIM:
                raise PointerModelError(f"{path}: field 'key_dim' is {value!r}; it must be 1 to "
                                        f"{MAX_KEY_DIM}")
        elif isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise PointerModelError(f"{path}: field {name!r} is {value!r}; it must be a finite number")
    config = PointerConfig(**data)
    try:
        held = tensor_shapes(folder / POINTER_FILE).get("line_key.weight")
    except CheckpointError as err:
        raise PointerModelError(
            f"{folder / POINTER_FILE} does not fit this version's pointer heads ({err}); export the model "
            "again with `testgen train --data RECORDS --base FOLDER --steps 1`, or retrain it"
        ) from None
    if held != (config.key_dim, n_embd):
        raise PointerModelError(
            f"{path}: field 'key_dim' says {config.key_dim} but {POINTER_FILE} holds line keys of shape "
            f"{held}; the config does not belong to these weights"
        )
    return config
