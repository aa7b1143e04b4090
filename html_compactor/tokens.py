"""Token counting for budgets: pluggable, with a fast default that needs no vocabulary.

The default estimates one token per 3.5 UTF-8 bytes plus one per line: close to the RWKV World tokenizer on
outlines of English and European pages (`benchmarks/compactor.py` prints both side by side).
"""

from __future__ import annotations

from collections.abc import Callable

TokenCounter = Callable[[str], int]


def approx_tokens(text: str) -> int:
    """Estimate the token count of `text` from its UTF-8 length (bytes / 3.5, at least 1 per line)."""
    return int(len(text.encode("utf-8")) / 3.5) + 1
