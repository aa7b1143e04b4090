"""Pages in several languages and encodings read as a browser reads them, and the causes real pages taught
us of empty or thin outlines: a stylesheet that hides the page until a script runs, links in collapsed menus,
content the markup hides. An (almost) empty outline of a page with text always carries a warning."""

from __future__ import annotations

import codecs

import pytest

from html_compactor import compact

SHOP = {  # heading, a line of text, a link, a button, in the language of each encoding
    "euc-kr": ("오늘의 특가 상품", "무료 배송으로 내일 도착합니다", "장바구니 보기", "구매하기"),
    "shift_jis": ("本日のおすすめ商品", "送料無料で明日お届けします", "カートを見る", "購入する"),
    "windows-1252": ("Crème brûlée à la française", "Livraison gratuite dès demain, garantie à vie",
                     "Voir le panier", "Acheter maintenant"),
    "utf-8": ("Größte Auswahl für Ihr Zuhause", "Kostenloser Versand – schon morgen bei Ihnen",
              "Warenkorb ansehen", "Jetzt kaufen"),
}


def shop_page(heading: str, text: str, link: str, button: str, meta: str = "") -> str:
    return (f"<!doctype html><html><head>{meta}<title>{heading}</title></head><body><main>"
            f"<h1>{heading}</h1><p>{text}</p><a href='/cart'>{link}</a><button>{button}</button>"
            "</main></body></html>")


def assert_reads(outline, heading: str, text: str, link: str, button: str) -> None:
    assert f'heading 1 "{heading}"' in outline.text
    assert f'"{text}"' in outline.text
    assert f'link "{link}"' in outline.text and f'button "{button}"' in outline.text
    assert "\ufffd" not in outline.text


@pytest.mark.parametrize("encoding", sorted(SHOP))
@pytest.mark.parametrize("declared", ["meta", "http-equiv", "none"])
def test_each_encoding_reads_declared_or_not(encoding, declared):
    words = SHOP[encoding]
    meta = {"meta": f"<meta charset='{encoding}'>",
            "http-equiv": f'<meta http-equiv="Content-Type" content="text/html; charset={encoding}">',
            "none": ""}[declared]
    assert_reads(compact(shop_page(*words, meta=meta).encode(encoding)), *words)


@pytest.mark.parametrize("encoding", sorted(SHOP))
def test_a_declaration_after_four_kilobytes_of_head_is_not_needed(encoding):
    words = SHOP[encoding]
    padding = "<meta name='keywords' content='" + "x" * 5000 + "'>"
    page = shop_page(*words, meta=padding + f"<meta charset='{encoding}'>")
    assert_reads(compact(page.encode(encoding)), *words)


@pytest.mark.parametrize("bom", [True, False])
@pytest.mark.parametrize("meta", ["<meta charset='utf-8'>", ""])
def test_utf8_with_and_without_a_bom_and_a_declaration(bom, meta):
    words = ("한국어 상품 페이지", "日本語とEnglish, mixed — «texte»", "Ссылка в корзину", "按钮购买")
    data = shop_page(*words, meta=meta).encode("utf-8")
    assert_reads(compact(codecs.BOM_UTF8 + data if bom else data), *words)


def test_euc_kr_reads_the_wider_windows_949_letters_browsers_read():
    words = ("똠방각하 특가", "뷁 같은 글자도 보입니다", "장바구니", "구매")
    page = shop_page(*words, meta="<meta charset='euc-kr'>").encode("cp949")
    assert_reads(compact(page), *words)


def test_cyrillic_without_a_declaration_is_not_read_as_western():
    words = ("Распродажа недели", "Бесплатная доставка по всей стране завтра", "Корзина", "Купить сейчас")
    assert_reads(compact(shop_page(*words).encode("cp1251")), *words)


def korean_shop(rows: int, style: str) -> bytes:
    """A Korean shopping page, UTF-8, whose stylesheet hides it until a script runs (a loading screen)."""
    cards = "".join(
        f"<li class='item'><a href='/p/{i}'>상품 {i}번 무선 이어폰</a><span>{i * 1000:,}원</span>"
        f"<button>장바구니 담기</button></li>" for i in range(rows)
    )
    return (f"<html><head><meta charset='utf-8'><style>{style}</style>"
            "<script>document.documentElement.className='ready'</script></head><body>"
            "<div id='wrap'><header><a href='/'>쇼핑 홈</a></header><main><h1>오늘의 추천 상품</h1>"
            f"<ul>{cards}</ul></main></div></body></html>").encode()


@pytest.mark.parametrize("style", [
    "body { display: none }",
    "#wrap { visibility: hidden }",
    "html:not(.ready) body { opacity: 0 } body { opacity: 0 }",
])
def test_a_stylesheet_hiding_the_page_until_a_script_runs_is_overruled_with_a_warning(style):
    outline = compact(korean_shop(40, style))
    assert 'heading 1 "오늘의 추천 상품"' in outline.text
    assert 'link "상품 0번 무선 이어폰"' in outline.text and "상품 39번 무선 이어폰" in outline.text
    assert any("until a script" in warning for warning in outline.warnings)


def test_a_backface_visibility_style_hides_nothing():
    page = korean_shop(3, "").replace(b"<body>", b'<body style="-webkit-backface-visibility: hidden">')
    outline = compact(page)
    assert 'heading 1 "오늘의 추천 상품"' in outline.text and outline.warnings == []


def test_links_in_a_collapsed_menu_are_listed_once_by_name():
    page = """<style>.drop { display: none } .drop a { color: red }</style>
    <nav><ul><li><a href='/g'>Guitars</a><div class='drop'><a href='/g/e'>Electric guitars</a>
      <a href='/g/a'>Acoustic guitars</a><a href='/g'>Guitars</a></div></li>
    <li><a href='/d'>Drums</a><div class='drop'><a href='/d/k'>Drum kits</a></div></li></ul></nav>
    <main><h1>Music shop</h1></main>"""
    outline = compact(page)
    assert 'collapsed: "Electric guitars", "Acoustic guitars"' in outline.text
    assert 'collapsed: "Drum kits"' in outline.text
    assert outline.text.count("Guitars") == 1  # shown once, where it is a visible link
    assert {e.name for e in outline.elements.values()} == {"Guitars", "Drums"}  # the hidden are no targets
    under_budget = compact(page, budget=30, query="open the music shop")
    assert "collapsed" not in under_budget.text  # the least worth under a budget


@pytest.mark.parametrize(("page", "cause"), [
    ("<body><div id='app' hidden><h1>Store</h1><p>" + "Fresh fruit every day. " * 20 + "</p></div></body>",
     'the markup hides, the largest <div id="app">'),
    ("<body><div aria-hidden='true'><p>" + "Quiet words here. " * 20 + "</p></div><div></div></body>",
     "the markup hides"),
    ("<body><div id='root'></div><noscript>You need to enable JavaScript to run this app.</noscript></body>",
     "built by a script"),
])
def test_an_empty_outline_of_a_page_with_text_says_why(page, cause):
    outline = compact(page)
    assert len(outline.text.splitlines()) <= 2
    assert any(cause in warning for warning in outline.warnings), outline.warnings


def test_a_full_outline_has_no_warning():
    words = SHOP["utf-8"]
    assert compact(shop_page(*words)).warnings == []
