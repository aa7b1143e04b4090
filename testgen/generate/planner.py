"""Deciding the next step from the page: the model's planner (RWKV-7 + pointers) behind one interface.

A planner proposes ranked candidate steps for the page as it is now; the live loop executes the best one
that works. `Proposal.step is None` means the planner ends the test.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Protocol

import torch

from html_compactor.reader import OutlineLine, read_outline
from testgen.generate.candidates import (
    Choice,
    advance_cursor,
    element_choices,
    spans_of,
    value_choices,
)
from testgen.generate.decode import END_OF_TEST, VerbTrie, decode_verbs, rank_choices, score_all_verbs
from testgen.generate.pointer import Generator
from testgen.generate.prior import verb_prior
from testgen.generate.prompt import encode_page, encode_steps, encode_task, slot_kinds
from testgen.model import State
from testgen.model.special_tokens import PAD, STEP
from testgen.reading.restate import restate
from testgen.runtime.resolve import resolve_option
from testgen.step import Step, quote

SHORT_INPUT = 48
# Tokens read per model call: a page of any length streams through the recurrent state in pieces this long,
# so memory is that of one piece (the logits of a piece alone are STREAM_CHUNK x vocabulary floats).
STREAM_CHUNK = 1024
TYPING_VERBS = frozenset({"fill", "select", "type"})


@dataclass(frozen=True)
class PageView:
    """The page a step acts on: its outline (the text the model reads and its lines as objects, which a
    live page passes from the compactor; read from the text when not given), what the last step changed,
    and its URL."""

    outline: str
    diff: str = ""
    url: str = ""
    lines: tuple[OutlineLine, ...] | None = None

    def outline_lines(self) -> list[OutlineLine]:
        return list(self.lines) if self.lines is not None else read_outline(self.outline)


@dataclass(frozen=True)
class Proposal:
    """A candidate next step (None: end the test) and its log-probability."""

    step: Step | None
    score: float


class Planner(Protocol):
    """Anything that proposes the next step of a test for a task."""

    def propose(self, page: PageView, history: list[Step]) -> list[Proposal]: ...


def cursor_after(task: str, history: list[Step]) -> int:
    """How far into the task the steps so far have read."""
    cursor = 0
    for step in history:
        cursor = advance_cursor(task, step, cursor)
    return cursor


def slot_choices(
    task: str, spans, lines, kind: str, verb: str, history: list[Step], cursor: int, diff: str, element=None
) -> list[Choice]:
    """Candidates for one slot of a `verb` step."""
    if kind == "element":
        return element_choices(task, lines, verb, history, cursor, diff)
    return value_choices(
        task,
        spans,
        lines,
        kind,
        history,
        cursor,
        diff,
        element,
        options=verb == "select",
        typing=verb in TYPING_VERBS,
    )


def stream(rwkv, ids: list[int], state: State | None = None, chunk: int | None = None):
    """Read `ids` through the recurrent state `chunk` tokens at a time (the same result as one pass, in the
    memory of one chunk): (the logits after the last token [V], the state after it, every position's hidden
    state [T, C])."""
    hidden, chunk = [], chunk or STREAM_CHUNK
    for start in range(0, len(ids), chunk):
        logits, state, piece = rwkv(torch.tensor([ids[start : start + chunk]]), state, return_hidden=True)
        hidden.append(piece[0])
    return logits[0, -1], state, torch.cat(hidden)


def build_step(verb: str, picked: list[Choice]) -> Step:
    """The step a verb and its chosen arguments make; an element brings its `near=` when it has one. An
    option is written as the page shows it ("0092" → "Credit Card (...0092)") when the words name it alone."""
    element = picked[0].element if picked else None
    texts = [c.text for c in picked] + [None, None]
    near = element.near if element is not None else None
    if verb == "select" and element is not None and texts[1]:
        texts[1] = resolve_option(list(element.options), texts[1]) or texts[1]
    return Step(verb, texts[0], texts[1], near=near)


class ModelPlanner:
    """Reads the task once, then each page and the steps so far; decodes ranked candidate steps."""

    def __init__(
        self,
        generator: Generator,
        task: str,
        beam: int = 3,
        temperature: float = 0.0,
        seed: int = 0,
    ) -> None:
        task = restate(task)
        self.generator, self.task = generator, task
        self.model_weight = generator.heads.config.verb_model_weight
        self.prior_weight = generator.heads.config.verb_prior_weight
        self.beam, self.temperature = max(1, beam), temperature
        self.rng = random.Random(seed)
        tokenizer = generator.tokenizer
        self.trie = VerbTrie(tokenizer)
        self.step_id, self.pad_id = tokenizer.special_ids[STEP], tokenizer.special_ids[PAD]
        self.spans = spans_of(task)
        self.task_encoded = encode_task(tokenizer, task, self.spans)
        with torch.no_grad():
            _, self.task_state, self.task_hidden = stream(generator.rwkv, self.task_encoded.ids)

    def _read(self, tokens: torch.Tensor, state: State):
        """`rwkv(tokens, state, return_hidden=True)`; short inputs go token by token, which skips the
        chunked kernel's fixed cost (tens of times faster below a few dozen tokens on a CPU)."""
        if tokens.shape[1] > SHORT_INPUT:
            return self.generator.rwkv(tokens, state, return_hidden=True)
        logits, hidden = [], []
        for column in range(tokens.shape[1]):
            step_logits, state, step_hidden = self.generator.rwkv(
                tokens[:, column : column + 1], state, return_hidden=True
            )
            logits.append(step_logits)
            hidden.append(step_hidden)
        return torch.cat(logits, 1), state, torch.cat(hidden, 1)

    # A carry is (state, ids read after that state but not yet folded in, hidden state at the last id).
    def _advance(self, carry, token: int):
        """One more verb token (sampling): the next logits and carry."""
        state, pending, _ = carry
        logits, state, hidden = self.generator.rwkv(
            torch.tensor([[*pending, token]]), state, return_hidden=True
        )
        return logits[0, -1], (state, [], hidden[0, -1])

    def _feed(self, carry, *texts: str):
        """The carry after also reading `texts` (each encoded on its own, as in training), in one pass."""
        state, pending, _ = carry
        ids = pending + [t for text in texts for t in self.generator.tokenizer.encode(text)]
        _, state, hidden = self._read(torch.tensor([ids]), state)
        return state, [], hidden[0, -1]

    def _run_verbs(self, state, tokens: torch.Tensor):
        """Every verb sequence from `state` in one batch: log-probs, and each one's carry after it."""
        rows = tokens.shape[0]
        logits, _, hidden = self._read(tokens, State.cat([state] * rows))
        carries = []
        for row in range(rows):
            ids = [int(t) for t in tokens[row] if int(t) != self.pad_id]
            carries.append((state, ids, hidden[row, len(ids) - 1]))
        return torch.log_softmax(logits, -1), carries

    @torch.no_grad()
    def propose(self, page: PageView, history: list[Step]) -> list[Proposal]:
        tokenizer, heads = self.generator.tokenizer, self.generator.heads
        offset = len(self.task_encoded.ids)
        page_encoded = encode_page(tokenizer, page.outline, page.diff, offset)
        steps_encoded, _ = encode_steps(tokenizer, history, offset + len(page_encoded.ids))
        ids = page_encoded.ids + steps_encoded.ids + [self.step_id]
        last_logits, state, hidden = stream(self.generator.rwkv, ids, self.task_state.clone())
        all_hidden = torch.cat([self.task_hidden, hidden])
        lines = page.outline_lines()
        cursor = cursor_after(self.task, history)
        width = max(self.beam, 3)
        prior = verb_prior(self.task, cursor, self.prior_weight, lines) if self.prior_weight else None
        if self.temperature > 0:
            verbs = decode_verbs(
                self.trie,
                last_logits,
                (state, [], hidden[-1]),
                self._advance,
                width,
                self.temperature,
                self.rng,
                prior,
                self.model_weight,
            )
        else:
            run = lambda tokens: self._run_verbs(state, tokens)  # noqa: E731 - one use, reads better inline
            verbs = score_all_verbs(self.trie, last_logits, run, prior, self.model_weight)
        asked = max(prior, key=prior.__getitem__) if prior else None
        # The verb the clause asks for is always among those tried, however the model ranks it.
        verbs = verbs[: width + 1] + [v for v in verbs[width + 1 :] if v[0] == asked]
        proposals: list[Proposal] = []
        for verb, verb_logp, carry in verbs:
            if verb == END_OF_TEST:
                proposals.append(Proposal(None, verb_logp))
                continue
            partial: list[tuple[list[Choice], float, object]] = [([], verb_logp, carry)]
            for index, kind in enumerate(slot_kinds(verb)):
                grown = []
                for picked, logp, slot_carry in partial:
                    element = picked[0].element if picked else None
                    choices = slot_choices(
                        self.task, self.spans, lines, kind, verb, history, cursor, page.diff, element
                    )
                    scores = heads.score(
                        kind,
                        slot_carry[2],
                        choices,
                        all_hidden,
                        page_encoded.line_end,
                        self.task_encoded.span_bounds,
                    )
                    last = index == len(slot_kinds(verb)) - 1
                    for choice_index, choice_logp in rank_choices(
                        scores, width if last else 2, self.temperature, self.rng
                    ):
                        choice = choices[choice_index]
                        after = slot_carry if last else self._feed(slot_carry, quote(choice.text), ", ")
                        grown.append(([*picked, choice], logp + choice_logp, after))
                partial = grown
            proposals.extend(Proposal(build_step(verb, picked), logp) for picked, logp, _ in partial)
        if self.temperature > 0:
            return proposals[:1] + sorted(proposals[1:], key=lambda p: -p.score)
        return sorted(proposals, key=lambda p: -p.score)
