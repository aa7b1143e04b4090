"""What a run trains, and how each kind is built, saved and restored.

full: every weight of an RWKV7 (from scratch or from --base); saved as a model checkpoint folder.
lora: peft adapters on a frozen base; saved as an adapter folder.
state: the initial WKV state of a frozen base; saved as `state.safetensors`.

On test records the module is the whole generator (RWKV-7 and its pointer heads): full training saves a
generator folder, LoRA trains adapters on its RWKV-7 (the heads stay as they are).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from torch import nn

from testgen.generate.pointer import POINTER_FILE, Generator
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
    """The module the optimizer updates, the RWKV7 inside it, and the vocabulary; `generator` when the run
    trains the whole generator on test records (then `module` is the generator)."""

    mode: str
    module: nn.Module
    model: RWKV7
    tokenizer: Tokenizer
    generator: Generator | None = None


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


def build_generator(config: TrainConfig, resume_from: Path | None, records: list) -> Trainable:
    """The generator a run on test records trains: from `resume_from`, from --base, or new (its vocabulary
    learned from `records` unless --tokenizer names one)."""
    from testgen.train.generator import build_tokenizer

    mode = mode_of(config)
    if mode == "state":
        raise TrainConfigError(
            "--state-tuning trains on token examples only; fine-tune a generator on test records with --lora"
        )
    if mode == "full":
        if resume_from is not None or config.base:
            generator = load_generator_folder(resume_from or Path(config.base))
        else:
            if config.tokenizer:
                tokenizer = load_tokenizer(config.tokenizer)
            else:
                tokenizer = build_tokenizer(records, config.vocab_size)
            n_layer, n_embd = SIZES[config.size]
            generator = Generator.fresh(tokenizer, config.n_layer or n_layer, config.n_embd or n_embd)
        # The hand-set feature weights stay fixed unless asked: what they know about unseen sites is not
        # traded for fitting the training sites.
        generator.heads.element_weights.requires_grad_(config.learn_feature_weights)
        generator.heads.value_weights.requires_grad_(config.learn_feature_weights)
        generator.train()
        return Trainable(mode, generator, generator.rwkv, generator.tokenizer, generator)
    generator = load_generator_folder(Path(config.base))
    base = generator.rwkv
    try:
        if resume_from is not None:
            generator.rwkv = load_adapter(base, resume_from, trainable=True)
        else:
            generator.rwkv = add_lora(
                base, config.lora_target_list(), config.lora_rank, config.lora_alpha, config.lora_dropout
            )
    except AdapterError as err:
        raise CheckpointError(f"cannot resume from {resume_from}: {err}") from err
    generator.heads.requires_grad_(False)
    generator.train()
    return Trainable(mode, generator, base, generator.tokenizer, generator)


def load_generator_folder(folder: Path) -> Generator:
    """A generator checkpoint folder; a plain RWKV-7 checkpoint gets fresh pointer heads."""
    if (folder / POINTER_FILE).is_file():
        return Generator.load(folder)
    model, tokenizer = load_model(folder)
    return Generator(model, tokenizer)


def save_trainable(trainable: Trainable, folder: Path, model_card: str) -> Path:
    """Write what the mode trained into `folder`; returns the path a user loads it from."""
    if trainable.generator is not None:
        if trainable.mode == "lora":
            return save_adapter(trainable.generator.rwkv, folder)
        return trainable.generator.save(folder, model_card=model_card)
    if trainable.mode == "full":
        return save_model(trainable.model, trainable.tokenizer, folder, model_card=model_card)
    if trainable.mode == "lora":
        return save_adapter(trainable.module, folder)
    return trainable.module.save(folder)
