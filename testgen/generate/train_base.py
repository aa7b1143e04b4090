"""Train the shipped base generator from scratch on the CPU: loss on every token plus the pointer losses,
pages short-to-long. Checkpoints as it goes and resumes where it stopped.

    python -m testgen.generate.train_base --data datasets/sites --out runs/base --minutes 40
    python -m testgen.generate.train_base --out runs/base --resume      # continue
    python -m testgen.generate.train_base --out runs/base --export testgen/weights/base
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import torch
import torch.nn.functional as F

from testgen.data.record import Record, read_records
from testgen.errors import TestgenError
from testgen.generate.decode import VerbTrie
from testgen.generate.examples import Decision, RawDecision, Slot, decisions_of, encode_decision
from testgen.generate.planner import cursor_after
from testgen.generate.pointer import Generator
from testgen.generate.prior import verb_prior
from testgen.generate.prompt import step_pieces, task_spans
from testgen.model import BPETokenizer, CheckpointError, State
from testgen.model.checkpoint import read_torch_file
from testgen.model.special_tokens import DIFF, END, PAGE, STEP, TASK
from testgen.step import Step

# Weights of the token head's verb log-probability tried against the keyword prior at export.
CALIBRATION_WEIGHTS = (0.02, 0.1, 0.25, 0.5, 1.0, 2.0)
# Weights of the learned pointer score tried beside the features at export.
RESIDUAL_WEIGHTS = (0.0, 0.25, 0.5, 1.0)
# Curriculum: (share of the run, most outline lines shown); the last phase shows whole pages.
CURRICULUM = ((0.2, 8), (0.45, 24), (1.0, None))


@dataclass
class BaseTrainConfig:
    """One training run; flags and `TESTGEN_BASE_<FIELD>` env vars override these."""

    data: str = "datasets/sites"
    out: str = "runs/base"
    n_layer: int = 2
    n_embd: int = 128
    vocab_size: int = 4096
    minutes: float = 40.0
    batch_size: int = 8
    lr: float = 3e-3
    max_tokens: int = 2048
    eval_every: int = 100
    eval_size: int = 40
    seed: int = 0
    threads: int = 2
    learn_feature_weights: bool = False  # True: the pointer also retunes the hand-set feature weights


def dataset_files(data: str, split: str) -> list[Path]:
    """The jsonl(.gz) files of a split: a dataset folder's `<split>.jsonl[.gz]`, or the file itself."""
    found = []
    for part in data.split(","):
        path = Path(part)
        if path.is_file():
            found.append(path)
        else:
            found.extend(p for p in (path / f"{split}.jsonl", path / f"{split}.jsonl.gz") if p.is_file())
    return found


def load_records(data: str, split: str) -> list[Record]:
    return [r for path in dataset_files(data, split) for r in read_records(path)]


def tokenizer_texts(records: list[Record]) -> list[str]:
    """What the tokenizer learns merges from: tasks, outline lines, diffs and step pieces."""
    texts = []
    for record in records:
        texts.append(record.task)
        for step in record.steps:
            texts.extend(line + "\n" for line in step.outline.splitlines())
            texts.append(step.diff)
            texts.extend(step_pieces(Step.parse(step.line)))
        texts.extend(s.text for s in task_spans(record.task))
    return texts + [TASK, PAGE, DIFF, STEP, END]


def max_lines_at(progress: float) -> int | None:
    return next(lines for share, lines in CURRICULUM if progress <= share)


def fits(decision: Decision, max_tokens: int) -> bool:
    return len(decision.ids) <= max_tokens


def slot_scores(generator: Generator, decision: Decision, slot: Slot, hidden: torch.Tensor) -> torch.Tensor:
    """The pointer's scores for one slot of a decision; `hidden` [T, C] is the decision's hidden states."""
    return generator.heads.score(
        slot.kind, hidden[slot.query], slot.choices, hidden, decision.line_end, decision.span_bounds
    )


def one_standard_error(results: dict[float, float], n: int) -> float:
    """The smallest weight whose accuracy is within one standard error of the best (of `n` decisions), so a
    learned score only outweighs the training-free one where it clearly helps."""
    top = max(results.values())
    error = math.sqrt(top * (1 - top) / max(n, 1))
    return min(w for w, accuracy in results.items() if accuracy >= top - error)


def batch_loss(generator: Generator, batch: list[Decision]) -> tuple[torch.Tensor, dict[str, float]]:
    """Next-token loss on every token plus cross-entropy of every pointer slot."""
    length = max(len(d.ids) for d in batch)
    tokens = torch.zeros(len(batch), length, dtype=torch.long)
    mask = torch.zeros(len(batch), length)
    for row, decision in enumerate(batch):
        tokens[row, : len(decision.ids)] = torch.tensor(decision.ids)
        mask[row, : len(decision.ids) - 1] = 1.0
    logits, _, hidden = generator.rwkv(tokens, return_hidden=True)
    lm = F.cross_entropy(
        logits[:, :-1].reshape(-1, logits.shape[-1]), tokens[:, 1:].reshape(-1), reduction="none"
    )
    lm = (lm * mask[:, :-1].reshape(-1)).sum() / mask.sum().clamp(min=1)
    pointer_losses, hits, slots = [], 0, 0
    for row, decision in enumerate(batch):
        for slot in decision.slots:
            scores = slot_scores(generator, decision, slot, hidden[row])
            pointer_losses.append(F.cross_entropy(scores[None], torch.tensor([slot.label])))
            hits += int(scores.argmax().item() == slot.label)
            slots += 1
    pointer = torch.stack(pointer_losses).mean() if pointer_losses else torch.zeros(())
    return lm + pointer, {"lm": lm.item(), "pointer": pointer.item(), "slot_acc": hits / max(slots, 1)}


def verb_candidates(trie: VerbTrie) -> tuple[list[tuple[tuple[int, ...], str]], torch.Tensor]:
    """The trie's sequences and a padded [S, L] batch of them."""
    sequences = list(trie.sequences.items())
    batch = torch.zeros(len(sequences), max(len(seq) for seq, _ in sequences), dtype=torch.long)
    for row, (seq, _) in enumerate(sequences):
        batch[row, : len(seq)] = torch.tensor(seq)
    return sequences, batch


@torch.no_grad()
def verb_scores(generator: Generator, decision: Decision, trie: VerbTrie) -> dict[str, float]:
    """The token head's log-probability of every verb sequence at the decision's `<|step|>`."""
    sequences, batch = verb_candidates(trie)
    logits, state = generator.rwkv(torch.tensor([decision.ids[: decision.step_at + 1]]))
    first = torch.log_softmax(logits[0, -1], -1)
    following, _ = generator.rwkv(batch, State.cat([state] * len(sequences)))
    following = torch.log_softmax(following, -1)
    return {
        verb: first[seq[0]].item() + sum(following[row, t - 1, seq[t]].item() for t in range(1, len(seq)))
        for row, (seq, verb) in enumerate(sequences)
    }


def same_text(slot: Slot, chosen: int) -> bool:
    """Whether choice `chosen` puts the reference's text in the step (the same value said twice in a task is
    two spans, and either one writes the same step)."""
    return slot.choices[chosen].text == slot.choices[slot.label].text


@torch.no_grad()
def evaluate(generator: Generator, decisions: list[Decision], trie: VerbTrie) -> dict[str, float]:
    """Target, value and verb accuracy on whole pages (a verb by its constrained, teacher-forced score)."""
    generator.eval()
    counts = {"target": [0, 0], "value": [0, 0], "verb": [0, 0]}
    for decision in decisions:
        _, _, hidden = generator.rwkv(torch.tensor([decision.ids]), return_hidden=True)
        for slot in decision.slots:
            scores = slot_scores(generator, decision, slot, hidden[0])
            key = "target" if slot.kind == "element" else "value"
            counts[key][0] += int(same_text(slot, int(scores.argmax())))
            counts[key][1] += 1
        scores = verb_scores(generator, decision, trie)
        counts["verb"][0] += int(max(scores, key=scores.__getitem__) == decision.verb)
        counts["verb"][1] += 1
    generator.train()
    return {f"{k}_acc": (hit / total if total else float("nan")) for k, (hit, total) in counts.items()}


def calibrate_verbs(generator: Generator, raws: list[RawDecision], rng: random.Random) -> dict[str, float]:
    """Choose how much the token head counts against the keyword prior, by verb accuracy on `raws`."""
    trie = VerbTrie(generator.tokenizer)
    rows = []
    for raw in raws:
        decision = encode_decision(raw, generator.tokenizer, None, rng)
        history = [Step.parse(s.line) for s in raw.record.steps[: raw.index]]
        prior = verb_prior(raw.record.task, cursor_after(raw.record.task, history), 1.0)
        rows.append((verb_scores(generator, decision, trie), prior, decision.verb))
    prior_weight = generator.heads.config.verb_prior_weight
    results = {}
    for weight in CALIBRATION_WEIGHTS:
        hits = 0
        for model, prior, truth in rows:
            total = {v: weight * lp + prior_weight * prior.get(v, 0.0) for v, lp in model.items()}
            hits += int(max(total, key=total.__getitem__) == truth)
        results[weight] = hits / max(len(rows), 1)
    best = one_standard_error(results, len(rows))
    generator.heads.config.verb_model_weight = best
    return {"verb_model_weight": best, "verb_acc_by_weight": results, "decisions": len(rows)}


def build_tokenizer(records: list[Record], vocab_size: int) -> BPETokenizer:
    return BPETokenizer.train(tokenizer_texts(records), vocab_size=vocab_size)


def save_checkpoint(
    folder: Path, generator: Generator, optimizer: torch.optim.Optimizer, progress: dict
) -> None:
    """Model folder plus optimizer and progress; written to a temporary folder, then swapped in."""
    staging = folder.with_name(folder.name + ".tmp")
    generator.save(staging)
    torch.save(
        {
            "optimizer": optimizer.state_dict(),
            "progress": progress,
            "rng": random.getstate(),
            "torch_rng": torch.get_rng_state(),
        },
        staging / "training.pt",
    )
    if folder.exists():
        for child in folder.iterdir():
            child.unlink()
        folder.rmdir()
    staging.rename(folder)


def read_training_file(checkpoint: Path) -> dict:
    """The optimizer, progress and RNG states `save_checkpoint` wrote (read as plain tensors, never code)."""
    fix = "delete the checkpoint folder and train without --resume"
    saved = read_torch_file(checkpoint / "training.pt", fix)
    if not isinstance(saved, dict) or not {"optimizer", "progress", "rng", "torch_rng"} <= set(saved):
        raise CheckpointError(f"{checkpoint / 'training.pt'} is not this trainer's state; {fix}")
    return saved


def train(config: BaseTrainConfig, resume: bool = False) -> dict:
    """Run (or continue) a training job for `config.minutes` of wall-clock time; returns the last metrics."""
    torch.set_num_threads(config.threads)
    out = Path(config.out)
    out.mkdir(parents=True, exist_ok=True)
    checkpoint = out / "checkpoint"
    train_records = load_records(config.data, "train")
    valid_records = load_records(config.data, "valid") or train_records[-50:]
    if not train_records:
        raise SystemExit(f"no training records under {config.data}; build them with `testgen data build`")
    rng = random.Random(config.seed)
    torch.manual_seed(config.seed)
    if resume and checkpoint.is_dir():
        generator = Generator.load(checkpoint).train()
        saved = read_training_file(checkpoint)
        progress = saved["progress"]
        random.setstate(saved["rng"])
        torch.set_rng_state(saved["torch_rng"])
    else:
        tokenizer = build_tokenizer(train_records, config.vocab_size)
        generator = Generator.fresh(tokenizer, config.n_layer, config.n_embd).train()
        progress = {"step": 0, "tokens": 0, "seconds": 0.0}
        saved = None
    generator.heads.element_weights.requires_grad_(config.learn_feature_weights)
    generator.heads.value_weights.requires_grad_(config.learn_feature_weights)
    trainable = [p for p in generator.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(trainable, lr=config.lr, weight_decay=0.01)
    if saved is not None:
        optimizer.load_state_dict(saved["optimizer"])
    trie = VerbTrie(generator.tokenizer)
    pool = decisions_of(train_records)
    valid_pool = decisions_of(valid_records)
    valid_raw = rng.sample(valid_pool, min(config.eval_size, len(valid_pool)))
    valid = [
        d
        for d in (encode_decision(r, generator.tokenizer, None, rng) for r in valid_raw)
        if fits(d, config.max_tokens)
    ]
    budget = config.minutes * 60
    log = (out / "metrics.jsonl").open("a")
    started, last_save, metrics = time.perf_counter() - progress["seconds"], time.perf_counter(), {}
    while (elapsed := time.perf_counter() - started) < budget:
        share = elapsed / budget
        lines = max_lines_at(share)
        batch = [
            encode_decision(raw, generator.tokenizer, lines, rng)
            for raw in rng.sample(pool, config.batch_size)
        ]
        batch = [d for d in batch if fits(d, config.max_tokens)] or batch[:1]
        for group in optimizer.param_groups:
            group["lr"] = config.lr * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * share)))
        loss, parts = batch_loss(generator, batch)
        optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(trainable, 1.0)
        optimizer.step()
        progress["step"] += 1
        progress["tokens"] += sum(len(d.ids) for d in batch)
        progress["seconds"] = time.perf_counter() - started
        if progress["step"] % config.eval_every == 0:
            metrics = {**progress, "max_lines": lines, **parts, **evaluate(generator, valid, trie)}
            log.write(json.dumps(metrics) + "\n")
            log.flush()
            print(json.dumps(metrics), flush=True)
        if time.perf_counter() - last_save > 120:
            save_checkpoint(checkpoint, generator, optimizer, progress)
            last_save = time.perf_counter()
    metrics = {**progress, **evaluate(generator, valid, trie)}
    log.write(json.dumps({**metrics, "final": True}) + "\n")
    save_checkpoint(checkpoint, generator, optimizer, progress)
    (out / "config.json").write_text(json.dumps(asdict(config), indent=2) + "\n")
    return metrics


def export(config: BaseTrainConfig, destination: Path, card: str | None) -> dict:
    """Copy a run's model (without optimizer state) to a shipped weights folder, verb mix calibrated on the
    validation records, with its model card."""
    generator = Generator.load(Path(config.out) / "checkpoint")
    rng = random.Random(config.seed)
    pool = decisions_of(load_records(config.data, "valid"))
    raws = rng.sample(pool, min(config.eval_size * 5, len(pool)))
    calibration = calibrate_verbs(generator, raws, rng)
    calibration.update(calibrate_pointer(generator, raws, rng))
    generator.save(destination, model_card=card)
    return calibration


@torch.no_grad()
def calibrate_pointer(generator: Generator, raws: list[RawDecision], rng: random.Random) -> dict:
    """Choose how much the learned pointer score counts beside the features, by slot accuracy on `raws`
    (the one-standard-error rule again: the learned score only counts where it clearly helps)."""
    rows = []
    for raw in raws:
        decision = encode_decision(raw, generator.tokenizer, None, rng)
        if not decision.slots:
            continue
        _, _, hidden = generator.rwkv(torch.tensor([decision.ids]), return_hidden=True)
        rows.extend((decision, slot, hidden[0]) for slot in decision.slots)
    results = {}
    for weight in RESIDUAL_WEIGHTS:
        generator.heads.config.residual_weight = weight
        hits = 0
        for decision, slot, hidden in rows:
            scores = slot_scores(generator, decision, slot, hidden)
            hits += int(same_text(slot, int(scores.argmax())))
        results[weight] = hits / max(len(rows), 1)
    best = one_standard_error(results, len(rows))
    generator.heads.config.residual_weight = best
    return {"residual_weight": best, "slot_acc_by_residual_weight": results, "slots": len(rows)}


def config_from_args(args: argparse.Namespace) -> BaseTrainConfig:
    config = BaseTrainConfig()
    for name, default in asdict(config).items():
        env = os.environ.get(f"TESTGEN_BASE_{name.upper()}")
        if env is not None:
            setattr(
                config,
                name,
                env.lower() in ("1", "true", "yes") if isinstance(default, bool) else type(default)(env),
            )
        if getattr(args, name, None) is not None:
            setattr(config, name, getattr(args, name))
    return config


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Train the base generator (RWKV-7 + pointer heads) on the CPU.",
        epilog=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    for name, default in asdict(BaseTrainConfig()).items():
        flag = f"--{name.replace('_', '-')}"
        if isinstance(default, bool):
            parser.add_argument(flag, dest=name, action="store_true", default=None)
        else:
            parser.add_argument(flag, dest=name, type=type(default), default=None)
    parser.add_argument("--resume", action="store_true", help="continue the run in --out")
    parser.add_argument("--export", type=Path, help="copy the run's model to this weights folder and stop")
    parser.add_argument("--card", type=Path, help="model card to ship with --export")
    args = parser.parse_args(argv)
    config = config_from_args(args)
    try:
        if args.export:
            card = args.card.read_text() if args.card else None
            print(json.dumps(export(config, args.export, card)))
            return 0
        print(json.dumps(train(config, resume=args.resume)))
    except TestgenError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
