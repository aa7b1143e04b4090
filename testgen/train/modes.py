"""What a run trains, and how each kind is built, saved and restored.

full: every weight of an RWKV7 (from scratch or from --base); saved as a model checkpoint folder.
lora: peft adapters on a frozen base; saved as an adapter folder.
state: the initial WKV state of a frozen base; saved as `state.safetensors`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from torch import nn

from testgen.model import (
    RWKV7,
    BPETokenizer,
    CheckpointError,
    RWKV7Config,
    Tokenizer,
    load_model,
    save_model,
    world_tokenizer,
)
from testgen.train.config import TrainConfig, TrainConfigError
from testgen.train.lora import AdapterError, add_lora, load_adapter, save_adapter
from testgen.train.state_tuning import StateTuner, TunedStateError

# n_layer, n_embd of a model trained from scratch; tiny and small are what a CPU trains in hours.
SIZES = {"tiny": (2, 128), "small": (4, 256), "base": (12, 768)}


@dataclass
class Trainable:
    """The module the optimizer updates, the RWKV7 inside it, and the vocabulary."""

    mode: str
    module: nn.Module
    model: RWKV7
    tokenizer: Tokenizer


def mode_of(config: TrainConfig) -> str:
    return "lora" if config.lora else "state" if config.state_tuning else "full"


def load_tokenizer(spec: str) -> Tokenizer:
    """`world` for the RWKV World vocabulary, else the path of a BPE `tokenizer.json`."""
    if spec == "world":
        return world_tokenizer()
    if not Path(spec).is_file():
        raise TrainConfigError(f"tokenizer {spec} does not exist: pass a tokenizer.json or 'world'")
    return BPETokenizer.load(spec)


def build_trainable(config: TrainConfig, resume_from: Path | None) -> Trainable:
    """Build the module for `config`'s mode, with weights from `resume_from` when resuming."""
    mode = mode_of(config)
    if mode == "full":
        if resume_from is not None:
            model, tokenizer = load_model(resume_from)
        elif config.base:
            model, tokenizer = load_model(config.base)
        else:
            tokenizer = load_tokenizer(config.tokenizer)
            n_layer, n_embd = SIZES[config.size]
            n_layer, n_embd = config.n_layer or n_layer, config.n_embd or n_embd
            model = RWKV7(RWKV7Config(vocab_size=tokenizer.vocab_size, n_layer=n_layer, n_embd=n_embd))
        model.train()
        return Trainable(mode, model, model, tokenizer)
    base, tokenizer = load_model(config.base)
    try:
        if mode == "lora":
            if resume_from is not None:
                module = load_adapter(base, resume_from, trainable=True)
            else:
                module = add_lora(
                    base, config.lora_target_list(), config.lora_rank, config.lora_alpha, config.lora_dropout
                )
        else:
            module = StateTuner(base)
            if resume_from is not None:
                module.load(resume_from)
    except (AdapterError, TunedStateError) as err:
        raise CheckpointError(f"cannot resume from {resume_from}: {err}") from err
    module.train()
    return Trainable(mode, module, base, tokenizer)


def save_trainable(trainable: Trainable, folder: Path, model_card: str) -> Path:
    """Write what the mode trained into `folder`; returns the path a user loads it from."""
    if trainable.mode == "full":
        return save_model(trainable.model, trainable.tokenizer, folder, model_card=model_card)
    if trainable.mode == "lora":
        return save_adapter(trainable.module, folder)
    return trainable.module.save(folder)
