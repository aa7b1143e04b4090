"""TrainConfig: every knob of a training run in one dataclass, overridable by `TESTGEN_TRAIN_*` env vars."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from typing import Any

from testgen.errors import TestgenError

ENV_PREFIX = "TESTGEN_TRAIN_"
DEFAULT_LORA_TARGETS = "att.receptance,att.key,att.value,att.output,ffn.key,ffn.value"


class TrainConfigError(TestgenError):
    """A training setting is missing or contradicts another one."""


@dataclass
class TrainConfig:
    """One training run: data, model, optimisation, checkpoints and the fine-tuning mode."""

    data: str = ""  # JSONL of training examples (see testgen/train/data.py)
    out: str = "runs/train"  # folder for checkpoints, metrics.jsonl and the final model/adapter/state
    val_data: str = ""  # JSONL for validation; empty: hold out `val_fraction` of `data`
    val_fraction: float = 0.05
    size: str = "tiny"  # preset for a model trained from scratch: tiny | small | base
    n_layer: int = 0  # overrides the preset's layer count when > 0
    n_embd: int = 0  # overrides the preset's width (a multiple of 64) when > 0
    base: str = ""  # checkpoint folder (or official .pth) to start from; required for --lora/--state-tuning
    tokenizer: str = ""  # a tokenizer.json or "world" for a model trained from scratch; default: the base's
    steps: int = 1000  # length of the whole run (the schedule spans it)
    stop_at: int = 0  # end this run after this step with a checkpoint, as if interrupted; 0: run to `steps`
    batch_size: int = 8  # sequences per device per micro-step
    grad_accum: int = 1
    seq_len: int = 512  # longest sequence; longer examples are truncated
    lr: float = 6e-4
    min_lr_ratio: float = 0.1  # cosine ends at lr * min_lr_ratio
    warmup_steps: int = 50
    weight_decay: float = 0.1
    beta1: float = 0.9
    beta2: float = 0.99
    adam_eps: float = 1e-8
    grad_clip: float = 1.0
    seed: int = 1337
    loss_on_all_tokens: bool = True  # False: loss only on tokens the example marks (the answer)
    curriculum_steps: int = 0  # first N steps draw only from the shortest examples
    curriculum_quantile: float = 0.3  # "shortest" = up to this length quantile
    eval_every: int = 100
    eval_batches: int = 8
    save_every: int = 200
    log_every: int = 10
    resume: bool = False
    lora: bool = False
    lora_rank: int = 8
    lora_alpha: int = 16
    lora_dropout: float = 0.0
    lora_targets: str = DEFAULT_LORA_TARGETS  # comma-separated module-name suffixes
    state_tuning: bool = False
    device: str = "auto"  # auto | cpu | cuda
    threads: int = 0  # CPU threads for torch; 0: all cores this process may use
    progress: bool = True

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
        if not self.base and not self.tokenizer:
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
        if not 0.0 <= self.val_fraction < 1.0:
            raise TrainConfigError(f"--val-fraction must be in [0, 1), got {self.val_fraction}")
        return self

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
    for field in dataclasses.fields(config):
        raw = environ.get(ENV_PREFIX + field.name.upper())
        if raw is not None:
            setattr(config, field.name, _parse_env_value(raw, getattr(config, field.name), field.name))
    return config
