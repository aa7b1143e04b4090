"""Constrained decoding: whatever the logits and pointer scores, the step is valid and names only what the
page or the task offers."""

from __future__ import annotations

import ast
import random

import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from html_compactor.reader import read_outline
from testgen.generate.candidates import spans_of
from testgen.generate.decode import END_OF_TEST, VerbTrie, decode_verbs, rank_choices
from testgen.generate.planner import build_step, slot_choices
from testgen.generate.prompt import slot_kinds
from testgen.reading.clauses import KEY_WORDS
from testgen.step import TARGET_ROLES, VERBS, Step

from .conftest import OUTLINE

TASK = 'Add two mugs to the cart, pick Blue, tick Gift wrap and check that "Total: $24.00" is shown'


def random_advance(seed: int):
    rng = torch.Generator().manual_seed(seed)

    def advance(carry, token):
        return torch.randn(VOCAB, generator=rng) * 10, carry

    return advance


VOCAB = 400


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 10_000), width=st.integers(1, 6), temperature=st.sampled_from([0.0, 0.7, 2.0]))
def test_verbs_are_always_known_whatever_the_logits(tokenizer, seed, width, temperature):
    trie = VerbTrie(tokenizer)
    first = torch.randn(tokenizer.vocab_size, generator=torch.Generator().manual_seed(seed)) * 10
    ranked = decode_verbs(trie, first, None, random_advance(seed), width, temperature, random.Random(seed))
    assert ranked, "decoding always finishes at least one verb"
    for verb, logp, _ in ranked:
        assert verb in VERBS or verb == END_OF_TEST
        assert logp <= 1e-6
    assert len({verb for verb, _, _ in ranked}) == len(ranked)


def test_the_mask_only_allows_prefixes_of_verbs(tokenizer):
    trie = VerbTrie(tokenizer)
    for sequence, verb in trie.sequences.items():
        for depth in range(len(sequence)):
            assert sequence[depth] in trie.allowed(sequence[:depth])
        assert trie.complete(sequence) == verb
    assert not trie.allowed(next(iter(trie.sequences)) + (0,) * 3)


@settings(max_examples=80, deadline=None)
@given(seed=st.integers(0, 10_000), verb=st.sampled_from(sorted(VERBS)))
def test_steps_from_random_pointer_scores_stay_on_the_page(seed, verb):
    lines = read_outline(OUTLINE)
    spans = spans_of(TASK)
    page_ids = {line.id: line for line in lines if line.id is not None}
    picked = []
    generator = torch.Generator().manual_seed(seed)
    for kind in slot_kinds(verb):
        element = picked[0].element if picked else None
        choices = slot_choices(TASK, spans, lines, kind, verb, [], 0, "", element)
        if not choices:
            return  # nothing on this page fits the verb: the decoder skips it
        index, _ = rank_choices(torch.randn(len(choices), generator=generator) * 5, 1)[0]
        picked.append(choices[index])
    step = build_step(verb, picked)
    assert Step.parse(step.render()) == step
    roles = TARGET_ROLES.get(VERBS[verb].kind or "")
    first = picked[0]
    if first.element is not None:
        assert first.element.id in page_ids and page_ids[first.element.id].name == step.target
        assert roles is None or first.element.role in roles
    allowed_text = {s.text for s in spans} | set(KEY_WORDS) | {line.text for line in lines if line.text}
    allowed_text |= {o for line in lines for o in line.options}
    for choice in picked[1:] if first.element is not None else picked:
        assert choice.text in allowed_text


def test_hostile_page_text_stays_inside_its_literal():
    hostile = 'Log in") ; import os; os.system("rm -rf /") #\n\\'
    line = read_outline('[1] button "Say \\"hi\\" \\\\ now"')[0]
    assert line.name == 'Say "hi" \\ now'
    step = Step("click", hostile)
    tree = ast.parse(step.render(), mode="eval")
    assert isinstance(tree.body, ast.Call) and len(tree.body.args) == 1
    assert tree.body.args[0].value == hostile
    assert Step.parse(step.render()) == step


def test_rank_choices_orders_by_score_and_samples_valid_indices():
    scores = torch.tensor([0.1, 3.0, -2.0, 1.0])
    assert [i for i, _ in rank_choices(scores, 3)] == [1, 3, 0]
    rng = random.Random(0)
    for _ in range(20):
        ranked = rank_choices(scores, 2, temperature=1.5, rng=rng)
        assert len(ranked) == 2 and all(0 <= i < 4 for i, _ in ranked)


def test_a_chosen_option_is_written_as_the_page_shows_it_when_the_words_name_it_alone():
    from testgen.generate.candidates import Choice

    [field] = read_outline(
        '[4] combobox "From account" options: Checking (...4821), Savings (...7730), Credit Card (...0092), '
        "Business Card (...0093)"
    )
    element = Choice(field.name, (), line=0, element=field)

    def chosen(said: str) -> str | None:
        return build_step("select", [element, Choice(said, ())]).value

    assert field.options[2] == "Credit Card (...0092)"
    assert chosen("0092") == "Credit Card (...0092)"
    assert chosen("savings") == "Savings (...7730)"
    assert chosen("Card") == "Card"  # two options hold it: the words stay as said, and the run decides
    assert build_step("fill", [element, Choice("0092", ())]).value == "0092"
