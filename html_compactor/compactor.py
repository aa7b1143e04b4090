"""The entry points: `compact` for saved HTML (static mode) and `compact_page` for a live Playwright page."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from html_compactor.budget import folded_lines
from html_compactor.config import CompactorConfig
from html_compactor.emptiness import emptiness_warning
from html_compactor.layout import lay_out
from html_compactor.near import add_near
from html_compactor.nodes import Node
from html_compactor.outline import Outline
from html_compactor.source import parse_html, read_source
from html_compactor.static_tree import build_tree
from html_compactor.tokens import TokenCounter, approx_tokens

if TYPE_CHECKING:
    from playwright.sync_api import Page


def compact(
    html: str | bytes | os.PathLike,
    *,
    url: str | None = None,
    budget: int | None = None,
    query: str | None = None,
    fold: bool | None = None,
    config: CompactorConfig | None = None,
    count: TokenCounter = approx_tokens,
) -> Outline:
    """Outline saved HTML (str, bytes in any charset, or a path to a .html / .html.gz file).

    No budget: every visible line, except that long runs of similar siblings fold to their first few and one
    line listing the names of the rest (`fold=False`: nothing folded, every element with its [id]). With
    `budget` tokens: runs fold to a count and the lines most relevant to `query` are kept first. What had to
    be repaired or could not be read, and why an outline of a page with text is empty, is in `warnings`.
    """
    config = config or CompactorConfig.from_env()
    warnings: list[str] = []
    root = parse_html(read_source(html, config.max_bytes), warnings)
    outline = compact_tree(
        build_tree(root, config.fold_min, warnings),
        url=url,
        budget=budget,
        query=query,
        fold=fold,
        config=config,
        count=count,
        warnings=warnings,
    )
    empty = emptiness_warning(root, len(outline.layout.lines), len(outline.text))
    if empty:
        outline.warnings.append(empty)
    return outline


def compact_tree(
    document: Node,
    *,
    url: str | None = None,
    budget: int | None = None,
    query: str | None = None,
    fold: bool | None = None,
    config: CompactorConfig | None = None,
    count: TokenCounter = approx_tokens,
    warnings: list[str] | None = None,
) -> Outline:
    """Outline a page tree built by either mode."""
    config = config or CompactorConfig.from_env()
    layout = lay_out(document, config, query)
    fold = True if fold is None else fold
    fold_min = config.full_fold_min if budget is None else config.fold_min
    # Anchors in folded items are taken last: the reader does not see them.
    add_near(layout, folded_lines(layout, config, fold_min) if fold or budget is not None else ())
    return Outline.build(
        layout, config, url=url, budget=budget, query=query, fold=fold, count=count, warnings=warnings
    )


def compact_page(
    page: Page,
    *,
    budget: int | None = None,
    query: str | None = None,
    fold: bool | None = None,
    config: CompactorConfig | None = None,
    count: TokenCounter = approx_tokens,
) -> Outline:
    """Outline a live page from its page model: real visibility, open shadow roots, same-origin iframes."""
    from html_compactor.live_tree import build_live_tree
    from html_compactor.page_model import snapshot

    config = config or CompactorConfig.from_env()
    document = build_live_tree(snapshot(page), config.fold_min)
    return compact_tree(
        document, url=page.url, budget=budget, query=query, fold=fold, config=config, count=count
    )
