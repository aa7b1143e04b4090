"""The Outline: what `compact` returns. Text with [ids], the elements behind the ids, chunks, and a diff."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from html_compactor.budget import line_text, render, select_lines
from html_compactor.config import CompactorConfig
from html_compactor.layout import Element, Layout
from html_compactor.query import Query
from html_compactor.reader import OutlineLine, read_outline
from html_compactor.tokens import TokenCounter, approx_tokens


@dataclass(frozen=True)
class Chunk:
    """A self-contained piece of the outline: one section with the header lines that place it."""

    title: str
    text: str
    worth: float
    element_ids: tuple[int, ...]


@dataclass
class Outline:
    """A page as a tester sees it. `text` is what the model reads; `elements` maps each [id] to the page."""

    text: str
    elements: dict[int, Element]
    layout: Layout
    chosen: list[bool]
    url: str | None = None
    query: str | None = None
    warnings: list[str] = field(default_factory=list)  # what was repaired or lost reading the page

    @classmethod
    def build(
        cls,
        layout: Layout,
        config: CompactorConfig,
        *,
        url: str | None = None,
        budget: int | None = None,
        query: str | None = None,
        fold: bool = False,
        count: TokenCounter = approx_tokens,
        warnings: list[str] | None = None,
    ) -> Outline:
        """Choose lines for the budget and query, and render them."""
        chosen = select_lines(layout, config, budget=budget, query=Query.parse(query), fold=fold, count=count)
        listed = config.name_chars if budget is None else None  # without a budget, fold lines list names
        text = render(layout, chosen, listed)
        return cls(text, layout.elements, layout, chosen, url, query, list(warnings or []))

    @cached_property
    def lines(self) -> tuple[OutlineLine, ...]:
        """The lines of `text` as objects (`reader.read_outline`), read once."""
        return tuple(read_outline(self.text))

    @property
    def shown_ids(self) -> list[int]:
        """Ids of the elements printed in `text` (a budget may leave some out)."""
        return [i for i, element in self.elements.items() if self.chosen[element.line]]

    def tokens(self, count: TokenCounter = approx_tokens) -> int:
        return count(self.text)

    def chunks(self, max_tokens: int = 1024, count: TokenCounter = approx_tokens) -> list[Chunk]:
        """Split the shown outline by section into chunks of at most ~`max_tokens`, query-relevant first.

        Each chunk starts with the header lines of the sections it sits in, so it reads on its own.
        """
        lines, chosen = self.layout.lines, self.chosen
        parsed = Query.parse(self.query)
        pieces: list[list[int]] = []
        for i, line in enumerate(lines):
            if not chosen[i]:
                continue
            if line.depth == 0 or not pieces:
                pieces.append([i])
            else:
                pieces[-1].append(i)
        result: list[Chunk] = []
        for piece in pieces:
            for part in split_piece(piece, lines, max_tokens, count):
                context = ancestors(part[0], lines)
                indices = context + part
                text = "\n".join(line_text(lines[i]) for i in indices) + "\n"
                worth = sum(10.0 * parsed.matches(lines[i].name or lines[i].body) for i in part)
                if parsed.quoted and any(parsed.must_keep(lines[i].name or lines[i].body) for i in part):
                    worth += 1e6
                title = lines[indices[0]].body
                ids = tuple(lines[i].element_id for i in part if lines[i].element_id is not None)
                result.append(Chunk(title, text, worth, ids))
        order = sorted(range(len(result)), key=lambda k: (-result[k].worth, k))
        return [result[k] for k in order]


def ancestors(index: int, lines: list) -> list[int]:
    """The header lines above `index`, outermost first."""
    chain, parent = [], lines[index].parent
    while parent >= 0:
        chain.append(parent)
        parent = lines[parent].parent
    return chain[::-1]


def split_piece(piece: list[int], lines: list, max_tokens: int, count: TokenCounter) -> list[list[int]]:
    """Cut a run of lines into parts of about `max_tokens`, only where a line is no deeper than the first."""
    parts, current, used = [], [], 0
    base = lines[piece[0]].depth
    for i in piece:
        cost = count(lines[i].body)
        if current and used + cost > max_tokens and lines[i].depth <= base + 1:
            parts.append(current)
            current, used = [], 0
        current.append(i)
        used += cost
    if current:
        parts.append(current)
    return parts
