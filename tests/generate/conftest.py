"""Fixtures for the generator's tests: a small tokenizer and an untrained generator over it."""

from __future__ import annotations

import pytest

from testgen.generate.pointer import Generator
from testgen.model import BPETokenizer
from testgen.model.special_tokens import SPECIAL_TOKENS
from testgen.step import VERBS

OUTLINE = """banner
  [1] link "Northwind"
  form "Search"
    [2] searchbox "Search products"
    [3] button "Search"
main
  heading 1 "Your cart"
  "Total: $24.00"
  [4] spinbutton "Quantity" value="1"
  [5] combobox "Colour" value="Black" options: Black, Silver, Blue
  [6] checkbox "Gift wrap"
  [7] button "Add to Cart" near="Mug"
  [8] button "Log in"
"""


@pytest.fixture(scope="session")
def tokenizer() -> BPETokenizer:
    texts = [
        OUTLINE,
        "Add two mugs to the cart and check the total is $24.00",
        *SPECIAL_TOKENS,
        *[f"I.{verb}(" for verb in VERBS],
        '"Log in"',
        ", ",
        ")\n",
    ]
    return BPETokenizer.train(texts * 3, vocab_size=400)


@pytest.fixture(scope="session")
def generator(tokenizer: BPETokenizer) -> Generator:
    return Generator.fresh(tokenizer, n_layer=1, n_embd=64).eval()
