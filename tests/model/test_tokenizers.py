"""World tokenizer (official vocabulary, greedy longest match) and our byte-level BPE."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from testgen.model import BPETokenizer, Tokenizer, world_tokenizer
from testgen.model.special_tokens import END, PAD, SPECIAL_TOKENS, STEP, TASK


def test_world_known_vector():
    ids = world_tokenizer().encode("The Eiffel Tower is located in the city of")
    assert ids == [6699, 304, 25740, 109, 37480, 4600, 52151, 4596, 22590, 30449, 4706]


def test_world_takes_the_longest_match():
    tokenizer = world_tokenizer()
    ids = tokenizer.encode(" " * 300)
    assert [len(tokenizer.id_to_bytes[i]) for i in ids] == [128, 128, 44]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_world_round_trip(text):
    tokenizer = world_tokenizer()
    assert tokenizer.decode(tokenizer.encode(text)) == text


def test_world_matches_the_official_tokenizer_on_mixed_text():
    official = pytest.importorskip("rwkv.rwkv_tokenizer", reason="the rwkv package is the oracle")
    from testgen.model.world_tokenizer import WORLD_VOCAB

    text = 'Log in — Änderungen speichern 保存 <button id="x">OK</button>\n\t  I.click("Log in") 🚀'
    assert world_tokenizer().encode(text) == official.TRIE_TOKENIZER(str(WORLD_VOCAB)).encode(text)


def test_world_special_ids_and_protocol():
    tokenizer = world_tokenizer()
    assert isinstance(tokenizer, Tokenizer)
    assert tokenizer.vocab_size == 65536
    assert tokenizer.special_ids[END] == 0 and tokenizer.special_ids[PAD] == 0


@pytest.fixture(scope="module")
def bpe() -> BPETokenizer:
    lines = [
        '[1] button "Log in"',
        '[2] textbox "Username"',
        'I.fill("Username", "bob")',
        'I.click("Add to cart")',
        "Log in as bob and check the dashboard shows his orders",
    ]
    return BPETokenizer.train([line for _ in range(50) for line in lines], vocab_size=400)


def test_bpe_special_tokens_are_single_ids_in_order(bpe):
    assert isinstance(bpe, Tokenizer)
    assert [bpe.special_ids[t] for t in SPECIAL_TOKENS] == list(range(len(SPECIAL_TOKENS)))
    ids = bpe.encode(f'{TASK}Log in as bob{STEP}I.click("Log in"){END}')
    assert ids[0] == bpe.special_ids[TASK] and ids[-1] == bpe.special_ids[END]
    assert ids.count(bpe.special_ids[STEP]) == 1


def test_bpe_learns_domain_merges(bpe):
    text = 'I.click("Log in")'
    assert len(bpe.encode(text)) < len(text.encode("utf-8")) / 2
    assert bpe.vocab_size <= 400


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_bpe_round_trip_any_text(bpe, text):
    assert bpe.decode(bpe.encode(text)) == text


def test_bpe_save_load(bpe, tmp_path):
    bpe.save(tmp_path / "tokenizer.json")
    loaded = BPETokenizer.load(tmp_path / "tokenizer.json")
    text = f'{TASK}I.fill("Username", "bob"){END}'
    assert loaded.encode(text) == bpe.encode(text)
    assert loaded.special_ids == bpe.special_ids
