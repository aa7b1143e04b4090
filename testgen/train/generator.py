"""What `testgen train` learns from test records: the whole generator, by the language-model loss on every
token plus the cross-entropy of every pointer slot, and how a trained generator is exported.

Records (`datasets/SCHEMA.md`: a task, the page before each step, the step) become one example per decision
(`testgen.generate.examples`), the same prompt the live loop builds, so training sees what generation sees.
At export the verb mix (token head against the keyword prior) and the pointer mix (learned score beside the
features) are chosen on validation decisions by the one-standard-error rule.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from pathlib import Path

import torch
import torch.nn.functional as F

from testgen.data.record import Record, RecordError, read_records
from testgen.generate.decode import VerbTrie
from testgen.generate.examples import Decision, RawDecision, Slot, decisions_of, encode_decision
from testgen.generate.planner import cursor_after
from testgen.generate.pointer import Generator
from testgen.generate.prior import verb_prior
from testgen.generate.prompt import step_pieces, task_spans
from testgen.model import BPETokenizer, State
from testgen.model.special_tokens import DIFF, END, PAGE, STEP, TASK
from testgen.reading.restate import restate
from testgen.step import Step

# Weights of the token head's verb log-probability tried against the keyword prior at export.
CALIBRATION_WEIGHTS = (0.02, 0.1, 0.25, 0.5, 1.0, 2.0)
# Weights of the learned pointer score tried beside the features at export.
RESIDUAL_WEIGHTS = (0.0, 0.25, 0.5, 1.0)
CALIBRATION_DECISIONS = 200


def record_files(data: str, split: str) -> list[Path]:
    """The records of a split: each comma-separated part is a dataset folder (its `<split>.jsonl[.gz]`) or
    a records file (used for every split)."""
    found = []
    for part in filter(None, (p.strip() for p in data.split(","))):
        path = Path(part)
        if path.is_file():
            found.append(path)
        else:
            found.extend(p for p in (path / f"{split}.jsonl", path / f"{split}.jsonl.gz") if p.is_file())
    return found


def holds_records(data: str) -> bool:
    """Whether `--data` names test records (a dataset folder, or a file whose lines have a task and steps)
    rather than token examples."""
    for part in filter(None, (p.strip() for p in data.split(","))):
        path = Path(part)
        if path.is_dir():
            return bool(record_files(part, "train"))
        if path.is_file():
            try:
                return next(read_records(path), None) is not None
            except (RecordError, ValueError, KeyError, TypeError, OSError):
                return False
    return False


def load_records(data: str, split: str) -> list[Record]:
    return [r for path in record_files(data, split) for r in read_records(path)]


def tokenizer_texts(records: list[Record]) -> list[str]:
    """What a new vocabulary learns merges from: tasks, outline lines, diffs and step pieces."""
    texts = []
    for record in records:
        texts.append(record.task)
        for step in record.steps:
            texts.extend(line + "\n" for line in step.outline.splitlines())
            texts.append(step.diff)
            texts.extend(step_pieces(Step.parse(step.line)))
        texts.extend(s.text for s in task_spans(record.task))
    return texts + [TASK, PAGE, DIFF, STEP, END]


def build_tokenizer(records: list[Record], vocab_size: int) -> BPETokenizer:
    return BPETokenizer.train(tokenizer_texts(records), vocab_size=vocab_size)


@dataclass
class DecisionBatch:
    """Encoded decisions padded into one batch: tokens [B, T], the loss mask [B, T-1] and the decisions."""

    tokens: torch.Tensor
    mask: torch.Tensor
    decisions: list[Decision]

    @property
    def n_tokens(self) -> int:
        return sum(len(d.ids) for d in self.decisions)


def collate_decisions(decisions: list[Decision], device: torch.device | str = "cpu") -> DecisionBatch:
    length = max(len(d.ids) for d in decisions)
    tokens = torch.zeros(len(decisions), length, dtype=torch.long)
    mask = torch.zeros(len(decisions), length - 1)
    for row, decision in enumerate(decisions):
        tokens[row, : len(decision.ids)] = torch.tensor(decision.ids)
        mask[row, : len(decision.ids) - 1] = 1.0
    return DecisionBatch(tokens.to(device), mask.to(device), decisions)


def slot_scores(generator: Generator, decision: Decision, slot: Slot, hidden: torch.Tensor) -> torch.Tensor:
    """The pointer's scores for one slot of a decision; `hidden` [T, C] is the decision's hidden states."""
    return generator.heads.score(
        slot.kind, hidden[slot.query], slot.choices, hidden, decision.line_end, decision.span_bounds
    )


def decision_loss(generator: Generator, batch: DecisionBatch) -> tuple[torch.Tensor, torch.Tensor, dict]:
    """(summed loss, weight, parts): next-token cross-entropy summed over every token plus each pointer
    slot's cross-entropy (a slot weighs as much as a token); the weight is what the sum is averaged over."""
    logits, _, hidden = generator.rwkv(batch.tokens, return_hidden=True)
    predicted = logits[:, :-1].float().reshape(-1, logits.shape[-1])
    lm = F.cross_entropy(predicted, batch.tokens[:, 1:].reshape(-1), reduction="none")
    lm_sum = (lm * batch.mask.reshape(-1)).sum()
    pointer_sum, hits, slots = lm_sum.new_zeros(()), 0, 0
    for row, decision in enumerate(batch.decisions):
        for slot in decision.slots:
            scores = slot_scores(generator, decision, slot, hidden[row].float())
            target = torch.tensor([slot.label], device=scores.device)
            pointer_sum = pointer_sum + F.cross_entropy(scores[None], target, reduction="sum")
            hits += int(scores.argmax().item() == slot.label)
            slots += 1
    weight = batch.mask.sum() + slots
    parts = {"lm": (lm_sum / batch.mask.sum().clamp(min=1)).item(), "slot_acc": hits / max(slots, 1)}
    return lm_sum + pointer_sum, weight, parts


class DecisionSet:
    """The decisions of some records, encoded on demand with a tokenizer (pages whole)."""

    def __init__(self, records: list[Record], generator: Generator, max_tokens: int, seed: int) -> None:
        self.raw: list[RawDecision] = decisions_of(records)
        self.generator, self.max_tokens = generator, max_tokens
        self.rng = random.Random(seed)
        # The sampler's lengths: a record's outline size stands for its decisions' (encoding all is slow).
        self.lengths = [
            sum(len(s.outline) for s in raw.record.steps[max(0, raw.index - 1) : raw.index + 1]) // 3 + 1
            for raw in self.raw
        ]

    def __len__(self) -> int:
        return len(self.raw)

    def encode(self, indices: list[int]) -> list[Decision]:
        """The decisions at `indices` that fit `max_tokens` (at least one, cut to fit)."""
        encoded = [encode_decision(self.raw[i], self.generator.tokenizer, None, self.rng) for i in indices]
        kept = [d for d in encoded if len(d.ids) <= self.max_tokens]
        return kept or [shortest_cut(min(encoded, key=lambda d: len(d.ids)), self.max_tokens)]


def shortest_cut(decision: Decision, max_tokens: int) -> Decision:
    """A decision longer than `max_tokens` keeps its language-model tokens up to the limit and drops its
    pointer slots (their keys may lie past the cut)."""
    step_at = min(decision.step_at, max_tokens - 1)
    return Decision(decision.ids[:max_tokens], [], {}, [], decision.verb, step_at)


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


def one_standard_error(results: dict[float, float], n: int) -> float:
    """The smallest weight whose accuracy is within one standard error of the best (of `n` decisions), so a
    learned score only outweighs the training-free one where it clearly helps."""
    top = max(results.values())
    error = math.sqrt(top * (1 - top) / max(n, 1))
    return min(w for w, accuracy in results.items() if accuracy >= top - error)


def calibrate_verbs(generator: Generator, raws: list[RawDecision], rng: random.Random) -> dict:
    """Choose how much the token head counts against the keyword prior, by verb accuracy on `raws`."""
    trie = VerbTrie(generator.tokenizer)
    rows = []
    for raw in raws:
        decision = encode_decision(raw, generator.tokenizer, None, rng)
        history = [Step.parse(s.line) for s in raw.record.steps[: raw.index]]
        read = restate(raw.record.task)  # as generation reads it
        prior = verb_prior(read, cursor_after(read, history), 1.0)
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


@torch.no_grad()
def calibrate_pointer(generator: Generator, raws: list[RawDecision], rng: random.Random) -> dict:
    """Choose how much the learned pointer score counts beside the features, by slot accuracy on `raws`."""
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
        hits = sum(same_text(slot, int(slot_scores(generator, d, slot, h).argmax())) for d, slot, h in rows)
        results[weight] = hits / max(len(rows), 1)
    best = one_standard_error(results, len(rows))
    generator.heads.config.residual_weight = best
    return {"residual_weight": best, "slot_acc_by_residual_weight": results, "slots": len(rows)}


def calibrate(generator: Generator, records: list[Record], seed: int) -> dict:
    """Both mixes, chosen on up to CALIBRATION_DECISIONS decisions of `records` (the validation split)."""
    rng = random.Random(seed)
    pool = decisions_of(records)
    raws = rng.sample(pool, min(CALIBRATION_DECISIONS, len(pool)))
    generator.eval()
    figures = {**calibrate_verbs(generator, raws, rng), **calibrate_pointer(generator, raws, rng)}
    generator.train()
    return figures
