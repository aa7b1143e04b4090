"""The training loop: `train(config) -> TrainResult` for full training, LoRA and state tuning alike, on
token examples (a language model) or on test records (the whole generator: language-model and pointer
losses, `testgen.train.generator`).

One optimizer step = `grad_accum` micro-batches of `batch_size` sequences per process. Rank 0 writes the
checkpoint (every `save_every` steps and at the end), `metrics.jsonl` and the final model/adapter/state; a
generator's final model has its verb and pointer mixes calibrated on the validation records.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

import torch
import torch.nn.functional as F
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from torch import nn
from torch.nn.parallel import DistributedDataParallel

from testgen.train.checkpoint import (
    capture_rng,
    latest_checkpoint,
    read_training_state,
    restore_rng,
    swap_in,
    write_training_state,
)
from testgen.train.config import TrainConfig, TrainConfigError
from testgen.train.data import Batch, Example, collate, read_examples, split_validation
from testgen.train.distributed import (
    DistributedContext,
    barrier,
    init_distributed,
    shutdown_distributed,
    sum_across_ranks,
)
from testgen.train.generator import (
    DecisionSet,
    calibrate,
    collate_decisions,
    decision_loss,
    load_records,
)
from testgen.train.modes import Trainable, build_generator, build_trainable, save_trainable
from testgen.train.optimizer import build_optimizer
from testgen.train.sampler import CurriculumSampler
from testgen.train.schedule import build_scheduler

CHECKPOINT_DIR = "checkpoint"
METRICS_FILE = "metrics.jsonl"
EXPORT_NAMES = {"full": "model", "lora": "adapter", "state": "state.safetensors"}


@dataclass
class TrainResult:
    """What a run did and where its outputs are."""

    mode: str
    steps: int
    tokens: int
    train_loss: float
    val_loss: float | None
    tokens_per_s: float
    seconds: float
    out: str
    checkpoint: str
    export: str | None  # the trained model / adapter / state; None when the run stopped early
    losses: list[float] = field(default_factory=list)  # train loss of every step this run made

    def to_dict(self) -> dict:
        return asdict(self)


def masked_loss_sum(logits: torch.Tensor, batch: Batch) -> torch.Tensor:
    """Sum of per-token cross-entropies weighted by the batch's loss mask (masked tokens add nothing)."""
    losses = F.cross_entropy(logits.float().flatten(0, 1), batch.targets.flatten(), reduction="none")
    return (losses * batch.weights.flatten()).sum()


def pick_device(name: str, context: DistributedContext) -> torch.device:
    if name == "auto":
        name = "cuda" if torch.cuda.is_available() else "cpu"
    if name == "cuda":
        if not torch.cuda.is_available():
            raise TrainConfigError("--device cuda but torch sees no CUDA device: use --device cpu")
        torch.cuda.set_device(context.local_rank)
        return torch.device("cuda", context.local_rank)
    return torch.device(name)


def set_cpu_threads(config: TrainConfig, context: DistributedContext) -> None:
    """Split this machine's cores between the training processes unless --threads says otherwise."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    torch.set_num_threads(config.threads or max(1, cores // context.world_size))


def model_card(config: TrainConfig, trainable: Trainable, step: int, figures: dict | None = None) -> str:
    shape = trainable.model.config
    what = "generator: RWKV-7 and pointer heads" if trainable.generator is not None else "RWKV-7"
    card = (
        f"# testgen {what} ({trainable.mode} training)\n\n"
        f"{shape.n_layer} layers, width {shape.n_embd}, vocabulary {shape.vocab_size}; "
        f"{step} steps of batch {config.batch_size} x {config.grad_accum} on `{config.data}`.\n"
    )
    if figures:
        card += f"\nCalibrated on the validation records:\n\n```json\n{json.dumps(figures, indent=2)}\n```\n"
    return card


class Trainer:
    """Holds everything one run needs; `run()` trains from step 0 or from a checkpoint to the end."""

    def __init__(self, config: TrainConfig, device: torch.device, context: DistributedContext) -> None:
        self.config = config
        self.device = device
        self.context = context
        self.out = Path(config.out)
        self.checkpoint_dir = self.out / CHECKPOINT_DIR
        resume_from = self._resume_folder()
        random.seed(config.seed)
        torch.manual_seed(config.seed)  # same seed on every rank: identical initial weights

        self.on_records = config.on_records()
        if self.on_records:
            if context.enabled:
                raise TrainConfigError(
                    "a generator trains in one process: run `testgen train` without torchrun on test records"
                )
            self.train_records = load_records(config.data, "train")
            self.val_records = load_records(config.val_data or config.data, "valid")
            if not self.train_records:
                raise TrainConfigError(f"no training records under {config.data}: build them with "
                                       "`testgen data build` or `testgen data written`")
            self.trainable = build_generator(config, resume_from, self.train_records)
        else:
            self.trainable = build_trainable(config, resume_from)
        self.module = self.trainable.module.to(device)
        self.train_set, self.val_set = self._load_data()
        self.optimizer = build_optimizer(
            self.module, config.lr, config.weight_decay, (config.beta1, config.beta2), config.adam_eps
        )
        self.scheduler = build_scheduler(
            self.optimizer, config.warmup_steps, config.steps, config.min_lr_ratio
        )
        global_batch = config.batch_size * context.world_size
        self.sampler = CurriculumSampler(
            self.train_set.lengths if self.on_records else [len(e) for e in self.train_set],
            global_batch,
            config.seed,
            round(config.curriculum_fraction * config.steps) * config.grad_accum,
            config.curriculum_quantile,
        )
        self.step = 0
        self.tokens = 0
        if resume_from is not None:
            self._restore(read_training_state(resume_from))
        self.ddp: nn.Module = self.module
        if context.enabled:
            # Layer 0 never uses its value-residual parameters, so in full training they get no gradient.
            self.ddp = DistributedDataParallel(
                self.module,
                device_ids=[device.index] if device.type == "cuda" else None,
                find_unused_parameters=self.trainable.mode == "full",
            )

    def autocast(self) -> contextlib.AbstractContextManager:
        """bf16 autocast on CUDA (the weights and optimizer stay float32); plain float32 on CPU."""
        if self.device.type == "cuda":
            return torch.autocast("cuda", dtype=torch.bfloat16)
        return contextlib.nullcontext()

    def _resume_folder(self) -> Path | None:
        found = latest_checkpoint(self.checkpoint_dir)
        if found is not None and not self.config.resume:
            raise TrainConfigError(
                f"{self.out} already holds a checkpoint: pass --resume to continue it, "
                "or choose another --out"
            )
        return found if self.config.resume else None

    def _load_data(self) -> tuple[list[Example], list[Example]] | tuple[DecisionSet, DecisionSet]:
        config, tokenizer = self.config, self.trainable.tokenizer
        if self.on_records:
            generator = self.trainable.generator
            return (
                DecisionSet(self.train_records, generator, config.seq_len, config.seed),
                DecisionSet(self.val_records, generator, config.seq_len, config.seed + 1),
            )
        examples = read_examples(config.data, tokenizer)
        if config.val_data:
            train_set, val_set = examples, read_examples(config.val_data, tokenizer)
        else:
            train_set, val_set = split_validation(examples, config.val_fraction, config.seed)
        vocab = self.trainable.model.config.vocab_size
        largest = max(max(e.tokens) for e in train_set + val_set)
        if largest >= vocab:
            raise TrainConfigError(
                f"the data holds token id {largest} but the vocabulary has {vocab} ids: "
                "tokenize the data with this model's tokenizer"
            )
        return train_set, val_set

    def _restore(self, state: dict) -> None:
        self.optimizer.load_state_dict(state["optimizer"])
        self.scheduler.load_state_dict(state["scheduler"])
        self.sampler.load_state_dict(state["sampler"])
        restore_rng(state["rng"])
        self.step, self.tokens = int(state["step"]), int(state["tokens"])

    def _micro_batch(self):
        indices = self.sampler.next_batch()[self.context.rank :: self.context.world_size]
        if self.on_records:
            return collate_decisions(self.train_set.encode(indices), self.device)
        examples = [self.train_set[i] for i in indices]
        return collate(examples, self.config.seq_len, self.config.loss_on_all_tokens).to(self.device)

    def _loss(self, batch) -> tuple[torch.Tensor, torch.Tensor]:
        """(summed loss, weight) of one micro-batch."""
        with self.autocast():
            if self.on_records:
                loss_sum, weight, _ = decision_loss(self.module, batch)
                return loss_sum, weight
            logits, _ = self.ddp(batch.inputs)
        return masked_loss_sum(logits, batch), batch.weights.sum()

    def train_step(self) -> float:
        """One optimizer step; returns the step's mean loss per counted token over all ranks."""
        config = self.config
        loss_total, weight_total, tokens = 0.0, 0.0, 0
        for micro in range(config.grad_accum):
            batch = self._micro_batch()
            last = micro == config.grad_accum - 1
            sync = contextlib.nullcontext() if last or not self.context.enabled else self.ddp.no_sync()
            with sync:
                loss_sum, weight = self._loss(batch)
                (loss_sum / weight.clamp(min=1.0) / config.grad_accum).backward()
            loss_total += loss_sum.item()
            weight_total += weight.item()
            tokens += batch.n_tokens
        if config.grad_clip > 0:
            nn.utils.clip_grad_norm_(
                [p for p in self.module.parameters() if p.requires_grad], config.grad_clip
            )
        self.optimizer.step()
        self.scheduler.step()
        self.optimizer.zero_grad(set_to_none=True)
        self.step += 1
        loss_total, weight_total, tokens = sum_across_ranks(
            [loss_total, weight_total, tokens], self.context, self.device
        )
        self.tokens += int(tokens)
        return loss_total / max(weight_total, 1.0)

    @torch.no_grad()
    def evaluate(self) -> float | None:
        """Mean loss per counted token on up to `eval_batches` validation batches, split across ranks."""
        if not len(self.val_set):
            return None
        config = self.config
        loss_total, weight_total = 0.0, 0.0
        self.module.eval()
        if self.on_records:  # the same validation decisions every time
            size = min(len(self.val_set), config.batch_size * config.eval_batches)
            for start in range(0, size, config.batch_size):
                indices = list(range(start, min(start + config.batch_size, len(self.val_set))))
                loss_sum, weight = self._loss(collate_decisions(self.val_set.encode(indices), self.device))
                loss_total, weight_total = loss_total + loss_sum.item(), weight_total + weight.item()
            self.module.train()
            return loss_total / weight_total if weight_total else None
        ordered = sorted(self.val_set, key=len)
        starts = range(0, len(ordered), config.batch_size)[: config.eval_batches]
        for start in starts[self.context.rank :: self.context.world_size]:
            batch = collate(
                ordered[start : start + config.batch_size], config.seq_len, config.loss_on_all_tokens
            ).to(self.device)
            loss_sum, weight = self._loss(batch)
            loss_total += loss_sum.item()
            weight_total += weight.item()
        self.module.train()
        loss_total, weight_total = sum_across_ranks([loss_total, weight_total], self.context, self.device)
        return loss_total / weight_total if weight_total else None

    def save_checkpoint(self) -> None:
        """Rank 0 writes the checkpoint beside the old one and swaps it in; others wait."""
        if self.context.is_main:
            staging = self.checkpoint_dir.with_name(CHECKPOINT_DIR + ".new")
            staging.mkdir(parents=True, exist_ok=True)
            save_trainable(self.trainable, staging, model_card(self.config, self.trainable, self.step))
            write_training_state(
                staging,
                {
                    "step": self.step,
                    "tokens": self.tokens,
                    "optimizer": self.optimizer.state_dict(),
                    "scheduler": self.scheduler.state_dict(),
                    "sampler": self.sampler.state_dict(),
                    "rng": capture_rng(),
                    "config": self.config.to_dict(),
                },
            )
            swap_in(staging, self.checkpoint_dir)
        barrier(self.context)

    def log(self, record: dict) -> None:
        if self.context.is_main:
            with (self.out / METRICS_FILE).open("a", encoding="utf-8") as metrics:
                metrics.write(json.dumps(record) + "\n")

    @contextlib.contextmanager
    def _stop_on_ctrl_c(self) -> Iterator[threading.Event]:
        """Ctrl-C ends the run after the current step with a checkpoint; a second Ctrl-C stops at once.

        Under torchrun every rank gets the signal at a different point, so there Ctrl-C keeps its default.
        """
        stop = threading.Event()
        if self.context.enabled or threading.current_thread() is not threading.main_thread():
            yield stop
            return

        def request_stop(signum: int, frame: object) -> None:
            stop.set()
            signal.signal(signal.SIGINT, previous)

        previous = signal.signal(signal.SIGINT, request_stop)
        try:
            yield stop
        finally:
            signal.signal(signal.SIGINT, previous)

    def run(self) -> TrainResult:
        """Train to --steps (or --stop-at, or until --minutes are up), logging, evaluating and checkpointing
        on the way; a run that used up its minutes ends like one that reached --steps."""
        config = self.config
        if self.context.is_main:
            self.out.mkdir(parents=True, exist_ok=True)
        last_step = min(config.stop_at or config.steps, config.steps)
        losses: list[float] = []
        val_loss = None
        started, tokens_at_start = time.perf_counter(), self.tokens
        window_losses: list[float] = []
        out_of_time = False
        show = config.progress and self.context.is_main
        columns = (
            TextColumn("train"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[stats]}"),
            TimeRemainingColumn(),
        )
        with (
            Progress(*columns, disable=not show, transient=False) as progress,
            self._stop_on_ctrl_c() as stop,
        ):
            bar = progress.add_task("train", total=config.steps, completed=self.step, stats="")
            while self.step < last_step and not stop.is_set() and not out_of_time:
                loss = self.train_step()
                losses.append(loss)
                window_losses.append(loss)
                elapsed = time.perf_counter() - started
                out_of_time = bool(config.minutes) and elapsed >= config.minutes * 60
                if out_of_time:
                    last_step = self.step
                speed = (self.tokens - tokens_at_start) / max(elapsed, 1e-9)
                progress.update(bar, completed=self.step, stats=f"loss {loss:.3f}  {speed:,.0f} tok/s")
                if self.step % config.log_every == 0 or self.step == last_step:
                    self.log(
                        {
                            "step": self.step,
                            "loss": sum(window_losses) / len(window_losses),
                            "lr": self.scheduler.get_last_lr()[0],
                            "tokens": self.tokens,
                            "tokens_per_s": speed,
                            "seconds": elapsed,
                        }
                    )
                    window_losses = []
                if self.step % config.eval_every == 0 or self.step == last_step:
                    val_loss = self.evaluate()
                    if val_loss is not None:
                        self.log({"step": self.step, "val_loss": val_loss})
                if self.step % config.save_every == 0 or self.step == last_step or stop.is_set():
                    self.save_checkpoint()
        seconds = time.perf_counter() - started
        export = None
        if self.step >= config.steps or out_of_time:
            export = self.out / EXPORT_NAMES[self.trainable.mode]
            if self.context.is_main:
                figures = None
                if self.on_records and self.trainable.mode == "full" and self.val_records:
                    figures = calibrate(self.trainable.generator, self.val_records, config.seed)
                    self.log({"step": self.step, "calibration": figures})
                card = model_card(config, self.trainable, self.step, figures)
                export = save_trainable(self.trainable, export, card)
            barrier(self.context)
        return TrainResult(
            mode=self.trainable.mode,
            steps=self.step,
            tokens=self.tokens,
            train_loss=losses[-1] if losses else float("nan"),
            val_loss=val_loss,
            tokens_per_s=(self.tokens - tokens_at_start) / max(seconds, 1e-9),
            seconds=seconds,
            out=str(self.out),
            checkpoint=str(self.checkpoint_dir),
            export=str(export) if export is not None else None,
            losses=losses,
        )


def train(config: TrainConfig) -> TrainResult:
    """Run one training job described by `config` (single process, or one rank under torchrun)."""
    config.validate()
    context = init_distributed("cuda" if config.device != "cpu" and torch.cuda.is_available() else "cpu")
    try:
        device = pick_device(config.device, context)
        if device.type == "cpu":
            set_cpu_threads(config, context)
        return Trainer(config, device, context).run()
    finally:
        shutdown_distributed(context)
