"""The outline read back (`read_outline`): every element line gives back the element the compactor printed."""

from __future__ import annotations

from pathlib import Path

import pytest

from html_compactor import compact, read_outline

SITES = Path(__file__).resolve().parents[2] / "examples" / "sites"


@pytest.mark.parametrize("page", sorted(SITES.glob("*/index.html")), ids=lambda p: p.parent.name)
def test_every_element_line_reads_back_as_its_element(page):
    outline = compact(page.read_text(encoding="utf-8"))
    lines = outline.lines
    assert lines == tuple(read_outline(outline.text))
    shown = [line for line in lines if line.id is not None]
    assert {line.id for line in shown} == set(outline.shown_ids)
    for line in shown:
        element = outline.elements[line.id]
        assert (line.role, line.name, line.near) == (element.role, element.name, element.near), line.raw


def test_escaped_quotes_and_options_read_back():
    outline = compact('<button>Say "hi" \\ now</button><select aria-label="Size"><option>S</option>'
                      '<option>M</option></select><p>Plain "words"</p>')
    button, select, text = outline.lines
    assert button.name == 'Say "hi" \\ now' and select.options == ("S", "M")
    assert text.id is None and text.text == 'Plain "words"'
