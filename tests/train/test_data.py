"""Examples, JSONL reading, batching and the curriculum sampler."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from testgen.train.data import (
    Example,
    TextPiece,
    TrainingDataError,
    TrainingText,
    collate,
    encode_training_text,
    read_examples,
    split_validation,
    write_examples,
)
from testgen.train.sampler import CurriculumSampler


class ByteEncoder:
    def encode(self, text: str) -> list[int]:
        return list(text.encode("utf-8"))


def test_pieces_keep_prompt_out_of_the_mask():
    text = TrainingText((TextPiece("task:", False), TextPiece("ok", True)))
    example = encode_training_text(text, ByteEncoder())
    assert example.tokens == tuple(b"task:ok")
    assert example.loss_mask == (False,) * 5 + (True,) * 2


@pytest.mark.parametrize("name", ["d.jsonl", "d.jsonl.gz"])
def test_jsonl_round_trip_both_shapes(tmp_path, name):
    items = [
        Example((1, 2, 3), (False, True, True)),
        TrainingText((TextPiece("ab", False), TextPiece("c", True))),
    ]
    path = tmp_path / name
    write_examples(path, items)
    examples = read_examples(path, ByteEncoder())
    assert examples[0] == items[0]
    assert examples[1] == Example(tuple(b"abc"), (False, False, True))


def test_text_pieces_without_tokenizer_name_the_fix(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"pieces": [{"text": "hi", "loss": True}]}) + "\n")
    with pytest.raises(TrainingDataError, match="--tokenizer"):
        read_examples(path)


def test_bad_line_reports_its_number(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text('{"tokens": [1, 2]}\n{oops\n')
    with pytest.raises(TrainingDataError, match=":2 "):
        read_examples(path)


def test_collate_shifts_pads_and_masks():
    examples = [Example((5, 6, 7, 8), (False, False, True, True)), Example((9, 10), (True, True))]
    answer_only = collate(examples, seq_len=16, loss_on_all_tokens=False)
    assert answer_only.inputs.tolist() == [[5, 6, 7], [9, 0, 0]]
    assert answer_only.targets.tolist() == [[6, 7, 8], [10, 0, 0]]
    assert answer_only.weights.tolist() == [[0, 1, 1], [1, 0, 0]]
    everything = collate(examples, seq_len=16, loss_on_all_tokens=True)
    assert everything.weights.tolist() == [[1, 1, 1], [1, 0, 0]]
    truncated = collate(examples, seq_len=2, loss_on_all_tokens=True)
    assert truncated.inputs.shape == (2, 2)


def test_validation_split_is_disjoint_and_seeded():
    examples = [Example((i, i + 1), (True, True)) for i in range(40)]
    train, val = split_validation(examples, 0.1, seed=3)
    assert len(val) == 4 and len(train) == 36
    assert not set(train) & set(val)
    assert split_validation(examples, 0.1, seed=3) == (train, val)
    assert split_validation(examples, 0.1, seed=4)[1] != val


def test_curriculum_draws_short_examples_first_then_all():
    lengths = list(range(2, 102))
    sampler = CurriculumSampler(lengths, batch_size=4, seed=0, curriculum_batches=10, curriculum_quantile=0.2)
    early = [i for _ in range(10) for i in sampler.next_batch()]
    assert max(lengths[i] for i in early) <= lengths[19]
    later = [i for _ in range(50) for i in sampler.next_batch()]
    assert max(lengths[i] for i in later) > lengths[19]


def test_an_epoch_covers_each_example_once_in_length_buckets():
    lengths = [(i * 37) % 200 + 2 for i in range(128)]
    sampler = CurriculumSampler(lengths, batch_size=8, seed=1)
    batches = [sampler.next_batch() for _ in range(16)]
    assert Counter(i for b in batches for i in b) == Counter(range(128))
    spread = sum(max(lengths[i] for i in b) - min(lengths[i] for i in b) for b in batches) / len(batches)
    assert spread < 40  # unsorted batches of 8 would span ~150 on average


def test_sampler_position_resumes_the_same_sequence():
    lengths = [(i * 13) % 50 + 2 for i in range(30)]
    first = CurriculumSampler(lengths, batch_size=4, seed=5, curriculum_batches=3)
    for _ in range(11):
        first.next_batch()
    saved = first.state_dict()
    expected = [first.next_batch() for _ in range(12)]
    second = CurriculumSampler(lengths, batch_size=4, seed=5, curriculum_batches=3)
    second.load_state_dict(saved)
    assert [second.next_batch() for _ in range(12)] == expected
