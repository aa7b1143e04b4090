"""TrainConfig: every knob of a training run in one dataclass, overridable by `TESTGEN_TRAIN_*` env vars."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from typing import Any

from testgen.errors import TestgenError

ENV_PREFIX = "TESTGEN_TRAIN_"
DEFAULT_LORA_TARGETS = "att.receptance,att.key,att.value,att.output,ffn.key,ffn.value"


class TrainConfigError(TestgenError):
    """A training setting is missing or contradicts another one."""


@dataclass
class TrainConfig:
    """One training run: data, model, optimisation, checkpoints and the fine-tuning mode."""

    data: str = field(
        default="",
        metadata={
            "help": "test records (dataset folders or records files, comma-separated: trains the whole "
            "generator) or JSONL of token examples (testgen/train/data.py)"
        },
    )
    out: str = field(
        default="runs/train",
        metadata={"help": "folder for checkpoints, metrics.jsonl and the final model/adapter/state"},
    )
    val_data: str = field(
        default="", metadata={"help": "JSONL for validation; empty: hold out --val-fraction of --data"}
    )
    val_fraction: float = field(
        default=0.05,
        metadata={"help": "share of --data held out for validation when --val-data is not given"},
    )
    size: str = field(
        default="tiny", metadata={"help": "preset for a model trained from scratch: tiny | small | base"}
    )
    n_layer: int = field(default=0, metadata={"help": "overrides the preset's layer count when > 0"})
    n_embd: int = field(
        default=0, metadata={"help": "overrides the preset's width (a multiple of 64) when > 0"}
    )
    base: str = field(
        default="",
        metadata={
            "help": "checkpoint folder (or official .pth) to start from; required for --lora/--state-tuning"
        },
    )
    tokenizer: str = field(
        default="",
        metadata={
            "help": "a tokenizer.json or 'world' for a model trained from scratch; default: the base's"
        },
    )
    vocab_size: int = field(
        default=4096, metadata={"help": "size of the vocabulary a new generator learns from its records"}
    )
    steps: int = field(default=1000, metadata={"help": "length of the whole run (the schedule spans it)"})
    stop_at: int = field(
        default=0,
        metadata={
            "help": "stop after this step with a checkpoint (continue with --resume); 0: run to --steps"
        },
    )
    minutes: float = field(
        default=0.0,
        metadata={
            "help": "stop after this many minutes of training and export what was learned, as if --steps "
            "had been reached there; 0: no limit"
        },
    )
    batch_size: int = field(default=8, metadata={"help": "sequences per device per micro-step"})
    grad_accum: int = field(default=1, metadata={"help": "micro-batches per optimizer step"})
    seq_len: int = field(
        default=512,
        metadata={"help": "longest sequence; longer examples are truncated (longer decisions skipped)"},
    )
    lr: float = field(default=6e-4, metadata={"help": "peak learning rate"})
    min_lr_ratio: float = field(default=0.1, metadata={"help": "cosine ends at lr * min_lr_ratio"})
    warmup_steps: int = field(default=50, metadata={"help": "steps of linear warmup from zero"})
    weight_decay: float = field(default=0.1, metadata={"help": "AdamW decay on the large weight matrices"})
    beta1: float = field(default=0.9, metadata={"help": "AdamW beta1"})
    beta2: float = field(default=0.99, metadata={"help": "AdamW beta2"})
    adam_eps: float = field(default=1e-8, metadata={"help": "AdamW epsilon"})
    grad_clip: float = field(
        default=1.0, metadata={"help": "clip the gradient norm to this (0: no clipping)"}
    )
    seed: int = field(default=1337, metadata={"help": "seed of weights, data order and validation split"})
    loss_on_all_tokens: bool = field(
        default=True,
        metadata={"help": "loss on every token; --no-loss-on-all-tokens: only on tokens marked in the loss"},
    )
    curriculum_fraction: float = field(
        default=0.2,
        metadata={
            "help": "share of --steps drawn only from the shortest examples (short pages first); 0: off"
        },
    )
    curriculum_quantile: float = field(
        default=0.3, metadata={"help": "'shortest' = up to this length quantile"}
    )
    eval_every: int = field(default=100, metadata={"help": "validation loss every N steps"})
    eval_batches: int = field(default=8, metadata={"help": "validation batches per evaluation"})
    save_every: int = field(default=200, metadata={"help": "checkpoint every N steps (and at the end)"})
    log_every: int = field(default=10, metadata={"help": "metrics.jsonl line every N steps"})
    resume: bool = field(default=False, metadata={"help": "continue from OUT/checkpoint"})
    lora: bool = field(
        default=False, metadata={"help": "train LoRA adapters on --base instead of all weights"}
    )
    lora_rank: int = field(default=8, metadata={"help": "LoRA rank"})
    lora_alpha: int = field(default=16, metadata={"help": "LoRA alpha (scale = alpha / rank)"})
    lora_dropout: float = field(default=0.0, metadata={"help": "LoRA dropout"})
    lora_targets: str = field(
        default=DEFAULT_LORA_TARGETS, metadata={"help": "comma-separated module-name suffixes"}
    )
    learn_feature_weights: bool = field(
        default=False,
        metadata={"help": "a generator also retunes the hand-set weights of its pointer features"},
    )
    state_tuning: bool = field(default=False, metadata={"help": "train only the initial WKV state of --base"})
    device: str = field(default="auto", metadata={"help": "auto | cpu | cuda"})
    threads: int = field(
        default=0, metadata={"help": "CPU threads for torch; 0: all cores this process may use"}
    )
    progress: bool = field(default=True, metadata={"help": "show a progress bar"})

    def validate(self) -> TrainConfig:
        """Raise TrainConfigError on settings that cannot run; return self for chaining."""
        if not self.data:
            raise TrainConfigError("no training data: pass --data FILE.jsonl (or set TESTGEN_TRAIN_DATA)")
        if self.lora and self.state_tuning:
            raise TrainConfigError("--lora and --state-tuning are separate fine-tunes: choose one")
        if (self.lora or self.state_tuning) and not self.base:
            raise TrainConfigError(
                "--lora and --state-tuning fine-tune a trained model: pass --base CHECKPOINT"
            )
        if not self.base and not self.tokenizer and not self.on_records():
            raise TrainConfigError(
                "a model trained from scratch needs a vocabulary: pass --tokenizer "
                "tokenizer.json (or world), or --base CHECKPOINT to start from"
            )
        if self.size not in ("tiny", "small", "base"):
            raise TrainConfigError(f"unknown --size {self.size!r}: use tiny, small or base")
        positive = ("steps", "batch_size", "grad_accum", "seq_len", "eval_every", "save_every", "log_every")
        for name in positive:
            if getattr(self, name) < 1:
                raise TrainConfigError(
                    f"--{name.replace('_', '-')} must be at least 1, got {getattr(self, name)}"
                )
        if not 0.0 <= self.curriculum_fraction <= 1.0 or not 0.0 < self.curriculum_quantile <= 1.0:
            raise TrainConfigError(
                "--curriculum-fraction must be in [0, 1] and --curriculum-quantile in (0, 1]"
            )
        if self.minutes < 0:
            raise TrainConfigError(f"--minutes must be 0 (no limit) or more, got {self.minutes}")
        if not 0.0 <= self.val_fraction < 1.0:
            raise TrainConfigError(f"--val-fraction must be in [0, 1), got {self.val_fraction}")
        return self

    def on_records(self) -> bool:
        """Whether --data holds test records (the run trains the whole generator)."""
        from testgen.train.generator import holds_records

        return holds_records(self.data)

    def lora_target_list(self) -> list[str]:
        return [name.strip() for name in self.lora_targets.split(",") if name.strip()]

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def _parse_env_value(raw: str, default: Any, name: str) -> Any:
    if isinstance(default, bool):
        if raw.lower() in ("1", "true", "yes", "on"):
            return True
        if raw.lower() in ("0", "false", "no", "off", ""):
            return False
        raise TrainConfigError(f"{ENV_PREFIX}{name.upper()}={raw!r} is not a boolean: use 1 or 0")
    try:
        return type(default)(raw)
    except ValueError as err:
        raise TrainConfigError(
            f"{ENV_PREFIX}{name.upper()}={raw!r} is not a {type(default).__name__}: fix or unset it"
        ) from err


def config_from_env(config: TrainConfig | None = None, environ: dict[str, str] | None = None) -> TrainConfig:
    """Return a copy of `config` with every `TESTGEN_TRAIN_<FIELD>` environment variable applied."""
    config = dataclasses.replace(config or TrainConfig())
    environ = os.environ if environ is None else environ
    for setting in dataclasses.fields(config):
        raw = environ.get(ENV_PREFIX + setting.name.upper())
        if raw is not None:
            setattr(config, setting.name, _parse_env_value(raw, getattr(config, setting.name), setting.name))
    return config
