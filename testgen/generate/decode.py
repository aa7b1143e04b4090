"""Constrained decoding of one step: only known verbs, only arguments the page or the task offers.

Verbs come from the model's token head, masked so that every token keeps the text a prefix of some
`I.<verb>(` (or is the end marker). Arguments are chosen by the pointer heads among `candidates` (elements
of the current outline that fit the verb, task spans, options, page text), so a step can never name an
element that is not on the page. Greedy, beam and temperature sampling share these functions.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import torch
from torch import Tensor

from testgen.generate.prompt import verb_prefix
from testgen.model.special_tokens import END
from testgen.model.tokenizer import Tokenizer
from testgen.step import VERBS

END_OF_TEST = "<end>"


class VerbTrie:
    """The token sequences of every `I.<verb>(` and of the end marker, for masking the token head."""

    def __init__(self, tokenizer: Tokenizer, verbs: Sequence[str] = tuple(VERBS)) -> None:
        self.sequences: dict[tuple[int, ...], str] = {
            tuple(tokenizer.encode(verb_prefix(verb))): verb for verb in verbs
        }
        self.sequences[(tokenizer.special_ids[END],)] = END_OF_TEST

    def allowed(self, prefix: Sequence[int]) -> set[int]:
        """Token ids that keep `prefix` on the way to some complete sequence."""
        depth, prefix = len(prefix), tuple(prefix)
        return {seq[depth] for seq in self.sequences if len(seq) > depth and seq[:depth] == prefix}

    def complete(self, prefix: Sequence[int]) -> str | None:
        """The verb (or END_OF_TEST) that `prefix` spells out, or None while it is unfinished."""
        return self.sequences.get(tuple(prefix))


@dataclass
class Beam:
    """One partial verb: its tokens, log-probability and whatever the caller tracks (model state)."""

    tokens: tuple[int, ...]
    logp: float
    carry: object


def masked_log_softmax(logits: Tensor, allowed: set[int], temperature: float = 1.0) -> dict[int, float]:
    """Log-probabilities over the allowed ids only (renormalised), at `temperature`."""
    ids = sorted(allowed)
    values = logits[ids].float() / max(temperature, 1e-6)
    return dict(zip(ids, torch.log_softmax(values, dim=0).tolist(), strict=True))


def decode_verbs(
    trie: VerbTrie,
    first_logits: Tensor,
    carry: object,
    advance: Callable[[object, int], tuple[Tensor, object]],
    width: int = 3,
    temperature: float = 0.0,
    rng: random.Random | None = None,
    prior: dict[str, float] | None = None,
    model_weight: float = 1.0,
) -> list[tuple[str, float, object]]:
    """Verbs ranked by log-probability under the mask: (verb or END_OF_TEST, score, carry after it).

    `advance(carry, token)` feeds one token and returns the next logits and carry. A finished verb scores
    `model_weight` × its log-probability plus its training-free `prior` bonus. With `temperature` > 0 one
    sampled verb comes first, then the beam's ranking; greedy is `width=1`.
    """
    prior = prior or {}
    done: list[tuple[str, float, object]] = []
    if temperature > 0:
        rng = rng or random.Random()
        tokens: tuple[int, ...] = ()
        logits, state, logp = first_logits, carry, 0.0
        while True:
            dist = masked_log_softmax(logits, trie.allowed(tokens), temperature)
            token = rng.choices(list(dist), weights=[math.exp(v) for v in dist.values()])[0]
            logp += dist[token]
            tokens += (token,)
            verb = trie.complete(tokens)
            if verb != END_OF_TEST:
                logits, state = advance(state, token)
            if verb is not None:
                done.append((verb, model_weight * logp + prior.get(verb, 0.0), state))
                break
    sampled = len(done)
    beams = [Beam((), 0.0, (first_logits, carry))]
    while beams:
        grown: list[tuple[tuple[int, ...], float, object, int]] = []
        for beam in beams:
            logits, state = beam.carry  # type: ignore[misc]
            for token, lp in masked_log_softmax(logits, trie.allowed(beam.tokens)).items():
                grown.append((beam.tokens + (token,), beam.logp + lp, state, token))
        grown.sort(key=lambda g: -g[1])
        beams = []
        for tokens, logp, state, token in grown[:width]:
            verb = trie.complete(tokens)
            if verb == END_OF_TEST:
                done.append((verb, model_weight * logp + prior.get(verb, 0.0), state))
                continue
            logits, after = advance(state, token)
            if verb is not None:
                done.append((verb, model_weight * logp + prior.get(verb, 0.0), after))
            else:
                beams.append(Beam(tokens, logp, (logits, after)))
    head = done[:sampled]
    ranked = sorted((d for d in done[sampled:] if d[0] not in {h[0] for h in head}), key=lambda d: -d[1])
    return [*head, *ranked]


def score_all_verbs(
    trie: VerbTrie,
    first_logits: Tensor,
    run: Callable[[Tensor], tuple[Tensor, list[object]]],
    prior: dict[str, float] | None = None,
    model_weight: float = 1.0,
) -> list[tuple[str, float, object]]:
    """Every verb of the trie scored exactly (an unbounded beam), in one batched pass, like `decode_verbs`.

    `run(tokens [S, L])` feeds every sequence from the current state and returns the log-probabilities
    [S, L, V] and, per sequence, the carry after its last token. Sorted best first.
    """
    prior = prior or {}
    sequences = list(trie.sequences.items())
    tokens = torch.zeros(len(sequences), max(len(seq) for seq, _ in sequences), dtype=torch.long)
    for row, (seq, _) in enumerate(sequences):
        tokens[row, : len(seq)] = torch.tensor(seq)
    logp, carries = run(tokens)
    first = torch.log_softmax(first_logits.float(), -1)
    ranked = []
    for row, (seq, verb) in enumerate(sequences):
        total = first[seq[0]].item() + sum(logp[row, t - 1, seq[t]].item() for t in range(1, len(seq)))
        ranked.append((verb, model_weight * total + prior.get(verb, 0.0), carries[row]))
    return sorted(ranked, key=lambda r: -r[1])


def rank_choices(
    scores: Tensor, k: int, temperature: float = 0.0, rng: random.Random | None = None
) -> list[tuple[int, float]]:
    """The top `k` choice indices with their log-probabilities; with `temperature`, a sample first."""
    if scores.numel() == 0:
        return []
    logp = torch.log_softmax(scores.float(), dim=0)
    order = torch.argsort(logp, descending=True).tolist()[:k]
    if temperature > 0:
        rng = rng or random.Random()
        probs = torch.softmax(scores.float() / temperature, dim=0).tolist()
        pick = rng.choices(range(len(probs)), weights=probs)[0]
        order = [pick, *[i for i in order if i != pick]][:k]
    return [(i, float(logp[i])) for i in order]
