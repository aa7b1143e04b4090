"""Checkpoints: our folder format (safetensors + config + tokenizer) and official RWKV-7 `.pth` files.

Folder layout: `model.safetensors`, `config.json`, then `tokenizer.json` (BPE) or `tokenizer_world.txt`
(a marker naming the World vocabulary), and optionally `MODEL_CARD.md`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import torch
from safetensors import SafetensorError, safe_open
from safetensors.torch import load_file, save_file
from torch import Tensor

from testgen.errors import TestgenError
from testgen.model.bpe import BPETokenizer
from testgen.model.config import RWKV7Config
from testgen.model.rwkv7 import RWKV7
from testgen.model.tokenizer import Tokenizer
from testgen.model.world_tokenizer import WORLD_VOCAB, WorldTokenizer, world_tokenizer

WEIGHTS_FILE = "model.safetensors"
CONFIG_FILE = "config.json"
BPE_FILE = "tokenizer.json"
WORLD_MARKER_FILE = "tokenizer_world.txt"
MODEL_CARD_FILE = "MODEL_CARD.md"
FORMAT = "testgen-rwkv7"
# Layer 0 never uses its value-residual parameters; some official files leave them out.
OPTIONAL_KEYS = ("blocks.0.att.v0", "blocks.0.att.v1", "blocks.0.att.v2")
# What a config may claim before anything is allocated; far above any RWKV-7 that runs on one machine.
CONFIG_LIMITS = {
    "vocab_size": 1 << 20,
    "n_layer": 256,
    "n_embd": 16384,
    "head_size": 1024,
    "d_decay": 4096,
    "d_aaa": 4096,
    "d_mv": 4096,
    "d_gate": 4096,
    "dim_ffn": 65536,
}


class CheckpointError(TestgenError):
    """A checkpoint file is missing, unreadable, truncated, or holds tensors of the wrong shape."""


def save_model(model: RWKV7, tokenizer: Tokenizer, path: str | Path, model_card: str | None = None) -> Path:
    """Write `model` and `tokenizer` as a checkpoint folder at `path` (created if needed)."""
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True)
    tensors = {key: t.detach().contiguous().cpu() for key, t in model.state_dict().items()}
    save_file(tensors, str(folder / WEIGHTS_FILE), metadata={"format": FORMAT})
    config = {"format": FORMAT, "dtype": str(model.emb.weight.dtype).removeprefix("torch."),
              **model.config.to_dict()}
    (folder / CONFIG_FILE).write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    if isinstance(tokenizer, BPETokenizer):
        tokenizer.save(folder / BPE_FILE)
    elif isinstance(tokenizer, WorldTokenizer):
        (folder / WORLD_MARKER_FILE).write_text(WORLD_VOCAB.name + "\n", encoding="utf-8")
    else:
        raise CheckpointError(f"cannot save a tokenizer of type {type(tokenizer).__name__}; "
                              "use BPETokenizer or WorldTokenizer")
    if model_card is not None:
        (folder / MODEL_CARD_FILE).write_text(model_card, encoding="utf-8")
    return folder


def load_model(path: str | Path, device: torch.device | str = "cpu",
               dtype: torch.dtype = torch.float32) -> tuple[RWKV7, Tokenizer]:
    """Load a checkpoint folder or an official RWKV-7 `.pth` file; the model comes back in eval mode."""
    path = Path(path)
    if not path.exists():
        raise CheckpointError(f"no checkpoint at {path}; pass a checkpoint folder or an RWKV-7 .pth file")
    if path.is_dir():
        model, tokenizer = _load_folder(path)
    else:
        model, tokenizer = _load_official(path), world_tokenizer()
    return model.to(device=device, dtype=dtype).eval(), tokenizer


def _load_folder(folder: Path) -> tuple[RWKV7, Tokenizer]:
    config_path, weights_path = folder / CONFIG_FILE, folder / WEIGHTS_FILE
    for required in (config_path, weights_path):
        if not required.is_file():
            raise CheckpointError(f"{required} is missing; a checkpoint folder needs {CONFIG_FILE} and "
                                  f"{WEIGHTS_FILE} (write one with testgen.model.save_model)")
    # The config is held to the weight file's tensor shapes before a single tensor is allocated.
    config = checked_config(read_json(config_path), tensor_shapes(weights_path), config_path)
    try:
        tensors = load_file(str(weights_path))
    except (SafetensorError, OSError) as err:
        raise CheckpointError(f"{weights_path} cannot be read ({err}); the file is truncated or corrupt, "
                              "copy or save it again") from err
    model = build_model(config, tensors, source=weights_path)
    if (folder / BPE_FILE).is_file():
        tokenizer: Tokenizer = read_bpe(folder / BPE_FILE)
    elif (folder / WORLD_MARKER_FILE).is_file():
        tokenizer = world_tokenizer()
    else:
        raise CheckpointError(f"{folder} has no tokenizer: add {BPE_FILE} or {WORLD_MARKER_FILE}")
    return model, tokenizer


def read_json(path: Path) -> dict:
    """A JSON object from `path`; anything else (binary, a list, broken text) is a CheckpointError."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError, OSError) as err:
        raise CheckpointError(f"{path} is not valid JSON ({err}); write it again") from None
    if not isinstance(data, dict):
        raise CheckpointError(f"{path} must hold a JSON object, not {type(data).__name__}")
    return data


def tensor_shapes(path: Path) -> dict[str, tuple[int, ...]]:
    """Every tensor's shape in a safetensors file, read from its header only (nothing is loaded)."""
    try:
        with safe_open(str(path), framework="pt") as weights:
            return {key: tuple(weights.get_slice(key).get_shape()) for key in weights.keys()}  # noqa: SIM118
    except (SafetensorError, OSError) as err:
        raise CheckpointError(f"{path} cannot be read ({err}); the file is truncated or corrupt, "
                              "copy or save it again") from None


def checked_config(data: dict, shapes: dict[str, tuple[int, ...]], source: Path) -> RWKV7Config:
    """The config in `data`, after every size is checked to be a whole number within CONFIG_LIMITS and
    equal to what the weight file's shapes say; CheckpointError names the first field that is not."""
    for field, limit in CONFIG_LIMITS.items():
        value = data.get(field)
        whole = isinstance(value, int) and not isinstance(value, bool)
        if value is not None and not (whole and 0 < value <= limit):
            raise CheckpointError(f"{source}: field {field!r} is {value!r}; it must be a whole number "
                                  f"from 1 to {limit}")
    try:
        config = RWKV7Config.from_dict(data)
    except (ValueError, TypeError) as err:
        raise CheckpointError(f"{source} is not a valid model config ({err}); rewrite it with "
                              "save_model") from None
    found = config_from_shapes(shapes, source)
    for field in CONFIG_LIMITS:
        if getattr(config, field) != getattr(found, field):
            raise CheckpointError(f"{source}: field {field!r} says {getattr(config, field)} but the "
                                  f"weights hold {getattr(found, field)}; the config does not belong to them")
    return config


def read_torch_file(path: Path, fix: str) -> Any:
    """A `torch.save` file read with `weights_only=True`: tensors and plain containers only, so a crafted
    file can never run code; any failure is a CheckpointError that ends with `fix`."""
    try:
        return torch.load(str(path), map_location="cpu", weights_only=True)
    except Exception as err:  # noqa: BLE001 - torch raises unrelated types for a damaged zip or a refused pickle
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise CheckpointError(f"{path} cannot be read as tensors ({first}); {fix}") from None


def read_bpe(path: Path) -> BPETokenizer:
    """A `tokenizer.json`; a damaged or foreign file is a CheckpointError."""
    try:
        return BPETokenizer.load(path)
    except Exception as err:  # noqa: BLE001 - the tokenizers library raises a bare Exception
        raise CheckpointError(f"{path} is not a tokenizer.json ({str(err)[:200]}); save it again") from None


def _load_official(path: Path) -> RWKV7:
    tensors = read_torch_file(path, "it is truncated or not a .pth state dict, download or save it again")
    if not isinstance(tensors, dict) or "emb.weight" not in tensors:
        raise CheckpointError(f"{path} is not an RWKV-7 state dict (no emb.weight tensor)")
    return build_model(infer_config(tensors, path), tensors, source=path)


def infer_config(tensors: dict[str, Tensor], source: Path | str = "checkpoint") -> RWKV7Config:
    """Read the model's sizes off the tensor shapes of an official RWKV-7 state dict."""
    return config_from_shapes({key: tuple(t.shape) for key, t in tensors.items()}, source)


def config_from_shapes(shapes: dict[str, tuple[int, ...]], source: Path | str = "checkpoint") -> RWKV7Config:
    """The model sizes that RWKV-7 (x070) tensors of these shapes make."""
    try:
        vocab_size, n_embd = shapes["emb.weight"]
        layers = {int(m.group(1)) for key in shapes if (m := re.match(r"blocks\.(\d+)\.", key))}
        n_layer = max(layers) + 1
        value_lora = shapes.get(f"blocks.{1 if n_layer > 1 else 0}.att.v1")
        return RWKV7Config(
            vocab_size=vocab_size,
            n_layer=n_layer,
            n_embd=n_embd,
            head_size=shapes["blocks.0.att.r_k"][-1],
            d_decay=shapes["blocks.0.att.w1"][1],
            d_aaa=shapes["blocks.0.att.a1"][1],
            d_mv=value_lora[1] if value_lora is not None else 0,
            d_gate=shapes["blocks.0.att.g1"][1],
            dim_ffn=shapes["blocks.0.ffn.key.weight"][0],
        )
    except (KeyError, ValueError, IndexError) as err:
        raise CheckpointError(f"{source} is not a complete RWKV-7 (x070) state dict: missing or odd tensor "
                              f"{err}") from None


def build_model(config: RWKV7Config, tensors: dict[str, Tensor], source: Path | str = "checkpoint") -> RWKV7:
    """An RWKV7 holding `tensors`, after checking every name and shape against `config`."""
    model = RWKV7(config, init_weights=False)
    expected = model.state_dict()
    for key, target in expected.items():
        found = tensors.get(key)
        if found is None:
            if key in OPTIONAL_KEYS:
                continue
            raise CheckpointError(f"{source}: tensor {key} is missing (expected shape "
                                  f"{tuple(target.shape)}); the file is incomplete or from another model")
        if found.shape != target.shape:
            raise CheckpointError(f"{source}: tensor {key} has shape {tuple(found.shape)}, expected "
                                  f"{tuple(target.shape)}; the file does not match its config")
    unknown = sorted(set(tensors) - set(expected))
    if unknown:
        raise CheckpointError(f"{source}: unexpected tensors {', '.join(unknown[:5])}; this is not a plain "
                              "RWKV-7 x070 checkpoint")
    with torch.no_grad():
        for key, target in expected.items():
            if key in tensors:
                target.copy_(tensors[key])
            else:
                target.zero_()
    return model
