"""The saved-page parser keeps what a browser would show and refuses what is no page: content after a stray
`</html>`, content nested thousands of levels deep, undeclared Shift_JIS, and binary input."""

from __future__ import annotations

import random

import pytest

from html_compactor import CompactionError, NotHtmlError, compact


def test_content_after_a_stray_end_of_document_is_kept():
    page = ("<html><body><p>Before the end</p></body></html>\n"
            "<p>After the end</p><a href='/late'>Late link</a><button>Buy now</button>")
    text = compact(page).text
    assert '"After the end"' in text
    assert 'link "Late link"' in text and 'button "Buy now"' in text


def test_a_stray_end_of_body_inside_the_page_keeps_the_rest():
    page = "<body><main><h1>Shop</h1></body><section><h2>Offers</h2><a href='/o'>See offers</a></section>"
    text = compact(page).text
    assert 'heading 2 "Offers"' in text and 'link "See offers"' in text


@pytest.mark.parametrize("depth", [2_500, 6_000])
def test_content_nested_thousands_of_levels_deep_survives(depth):
    page = ("<html><body>" + "<div><span>" * (depth // 2) + "<a href='/deep'>Deep link</a>"
            + "</span></div>" * (depth // 2)
            + "<p>After the deep part</p><button>Checkout</button></body></html>")
    outline = compact(page)
    assert 'link "Deep link"' in outline.text
    assert '"After the deep part"' in outline.text and 'button "Checkout"' in outline.text


def test_lists_nested_too_deep_to_keep_are_read_as_text_with_a_warning():
    page = "<body>" + "<ul><li>" * 3_000 + "Innermost words</body>"
    outline = compact(page)
    assert "Innermost words" in outline.text
    assert any("nested deeper" in warning for warning in outline.warnings)


def test_shift_jis_without_a_charset_declaration_reads_as_japanese():
    page = ("<html><head><title>商品</title></head><body><h1>東京の天気は晴れです</h1>"
            "<p>送料無料でお届けします。ご注文はこちらから。</p>"
            "<a href='/cart'>カートに入れる</a></body></html>")
    text = compact(page.encode("shift_jis")).text
    assert 'heading 1 "東京の天気は晴れです"' in text
    assert 'link "カートに入れる"' in text


def test_random_bytes_are_refused_as_not_html():
    noise = random.Random(7).randbytes(2_000_000)
    with pytest.raises(NotHtmlError, match="binary, not HTML") as caught:
        compact(noise)
    assert isinstance(caught.value, CompactionError)


def test_undecodable_bytes_are_reported_not_hidden():
    page = "<meta charset='utf-8'><p>Grüße</p><button>Weiter</button>".encode() + b"<p>\xff\xfe broken</p>"
    outline = compact(page)
    assert 'button "Weiter"' in outline.text
    assert any("not valid utf-8" in warning for warning in outline.warnings)


@pytest.mark.slow
def test_a_two_megabyte_page_after_a_stray_end_keeps_its_last_link():
    rows = "".join(f"<li><a href='/p/{i}'>Product number {i}</a></li>" for i in range(40_000))
    page = "<html><body><p>Top</p></body></html><ul>" + rows + "</ul>"
    assert len(page) > 2_000_000
    outline = compact(page, fold=False)
    assert 'link "Product number 39999"' in outline.text
