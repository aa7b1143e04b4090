"""Bad input gives an outline or a CompactionError: never a crash, a hang or a RecursionError."""

from __future__ import annotations

import gzip
import os

import pytest

from html_compactor import CompactionError, compact


def test_malformed_html_still_outlines():
    text = compact("<div><p>Unclosed <b>bold <a href=/x>Go on</div></span><button>Buy</table>").text
    assert 'link "Go on"' in text and 'button "Buy"' in text


def test_page_without_body_or_html():
    assert 'button "OK"' in compact("<button>OK</button>").text
    assert '"just words"' in compact("just words <br>").text


def test_nesting_100000_levels_deep_does_not_recurse():
    html = "<div>" * 100_000 + "<button>Deep</button>" + "</div>" * 100_000
    outline = compact(html)  # libxml2 caps the depth; the walk itself is iterative
    assert isinstance(outline.text, str)


def test_bytes_invalid_in_every_charset_and_declared_charsets():
    assert compact(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xFF, 0xFE]) * 50 + b"<button>X</button>").text
    latin = "<meta charset='windows-1252'><button>Caf\xe9 cr\xe8me</button>".encode("cp1252")
    assert 'button "Café crème"' in compact(latin).text
    utf16 = "\ufeff<button>Grüße</button>".encode("utf-16-le")
    assert 'button "Grüße"' in compact(utf16).text


def test_one_megabyte_attribute_value():
    html = f'<a href="/x" title="{"t" * 1_000_000}" data-x="{"y" * 1_000_000}">Short</a>'
    assert 'link "Short"' in compact(html).text


def test_binary_garbage_and_empty_input():
    garbage = bytes(range(256)) * 4000
    try:
        assert isinstance(compact(garbage).text, str)
    except CompactionError as err:
        assert "HTML" in str(err)
    with pytest.raises(CompactionError, match="empty"):
        compact(b"   ")
    with pytest.raises(CompactionError, match="gzipped"):
        compact(b"\x1f\x8b\x08garbage")
    with pytest.raises(CompactionError, match="cannot compact"):
        compact(12345)  # type: ignore[arg-type]


def test_gzipped_bytes_and_paths(tmp_path):
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(b"<button>Zipped</button>"))
    assert 'button "Zipped"' in compact(page).text
    assert 'button "Zipped"' in compact(str(page)).text


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("TESTGEN_SLOW") != "1", reason="50 MB input; set TESTGEN_SLOW=1 to run")
def test_fifty_megabyte_page():
    row = "<div class=row><span>Item</span> <a href='/i'>Open item</a></div>\n"
    html = "<html><body>" + row * (50_000_000 // len(row)) + "</body></html>"
    outline = compact(html, budget=512)
    assert "Open item" in outline.text and outline.tokens() <= 512
