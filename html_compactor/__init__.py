"""html_compactor: turn a web page into a short outline a tester (and a model) can read.

    from html_compactor import compact
    outline = compact(html, budget=2048, query='Add "Kindle" to the cart')
    print(outline.text)            # [12] button "Add to Cart" ...
    outline.elements[12].handle    # the lxml element (static) or page-model id (live)

The outline grammar is in docs/outline.md. The package stands alone: it imports nothing from testgen.
"""

from html_compactor.compactor import compact, compact_page, compact_tree
from html_compactor.config import CompactorConfig
from html_compactor.diff import Change, OutlineDiff, diff
from html_compactor.errors import CompactionError, NotHtmlError
from html_compactor.layout import Element
from html_compactor.outline import Chunk, Outline
from html_compactor.reader import OutlineLine, read_outline
from html_compactor.tokens import approx_tokens

__all__ = [
    "Change",
    "Chunk",
    "CompactionError",
    "CompactorConfig",
    "Element",
    "NotHtmlError",
    "Outline",
    "OutlineDiff",
    "OutlineLine",
    "approx_tokens",
    "compact",
    "compact_page",
    "compact_tree",
    "diff",
    "read_outline",
]
