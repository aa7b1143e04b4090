"""The example-site server: static files, content types, SPA fallback, the shop's server-rendered pages."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from testgen.examples import ServerConfig, SitesDirMissing, find_sites_dir, list_sites, start_server
from testgen.examples.shop import PAGE_SIZE, load_catalogue

SITES_DIR = Path(__file__).resolve().parents[2] / "examples" / "sites"
PRICE = re.compile(r'class="price__now">\$([\d,]+\.\d\d)<')
CARD_TITLE = re.compile(r'class="product-card__title">([^<]+)<')


def fetch(url: str) -> tuple[int, str, str]:
    """(status, content type, body) without raising on 4xx."""
    try:
        with urllib.request.urlopen(url) as response:
            return response.status, response.headers["Content-Type"], response.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.headers["Content-Type"], err.read().decode()


def test_every_site_folder_is_listed_and_its_index_served(sites_url: str) -> None:
    sites = list_sites(SITES_DIR)
    assert {"shop", "todo", "widgets"} <= {site.name for site in sites}
    _, _, listing = fetch(sites_url + "/")
    for site in sites:
        assert f'href="/{site.name}/"' in listing
        status, content_type, body = fetch(f"{sites_url}/{site.name}/")
        assert status == 200, site.name
        assert content_type == "text/html; charset=utf-8"
        assert (site.path / "index.html").read_text(encoding="utf-8") == body


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("/shop/assets/shop.css", "text/css; charset=utf-8"),
        ("/shop/assets/shop.js", "text/javascript; charset=utf-8"),
        ("/shop/products.json", "application/json; charset=utf-8"),
    ],
)
def test_static_files_carry_their_content_type(sites_url: str, path: str, content_type: str) -> None:
    status, served_type, body = fetch(sites_url + path)
    assert (status, served_type) == (200, content_type)
    assert body == (SITES_DIR / path.lstrip("/")).read_text(encoding="utf-8")


def test_folder_without_slash_redirects_and_clean_urls_find_html_files(sites_url: str) -> None:
    request = urllib.request.Request(sites_url + "/shop/cart")
    with urllib.request.urlopen(request) as response:
        assert "Your cart" in response.read().decode()
    opener = urllib.request.build_opener(_NoRedirect())
    with pytest.raises(urllib.error.HTTPError) as redirect:
        opener.open(sites_url + "/todo?x=1")
    assert redirect.value.code == 301
    assert redirect.value.headers["Location"] == "/todo/?x=1"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


@pytest.mark.parametrize(
    "path", ["/nowhere/", "/shop/no-such-page.html", "/shop/assets/missing.js", "/shop/../../pyproject.toml",
             "/shop/_templates/x.html", "/shop/product/no-such-product"],
)
def test_unknown_paths_are_404(sites_url: str, path: str) -> None:
    status, content_type, _ = fetch(sites_url + path)
    assert status == 404
    assert content_type.startswith("text/html")


def test_spa_folder_falls_back_to_its_index(tmp_path: Path) -> None:
    app = tmp_path / "app"
    app.mkdir()
    (app / ".spa").touch()
    (app / "index.html").write_text("<title>App</title><div id=root></div>")
    (app / "main.js").write_text("console.log(1)")
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "index.html").write_text("<title>Plain</title>")
    with start_server(sites_dir=tmp_path) as server:
        assert fetch(server.url + "/app/settings/profile") == (200, "text/html; charset=utf-8",
                                                                 "<title>App</title><div id=root></div>")
        assert fetch(server.url + "/app/main.js")[2] == "console.log(1)"
        assert fetch(server.url + "/app/missing.js")[0] == 404
        assert fetch(server.url + "/plain/settings/profile")[0] == 404
        assert [s.name for s in server.sites] == ["app", "plain"]


def test_shop_listing_pages_hold_different_products(sites_url: str) -> None:
    first = CARD_TITLE.findall(fetch(sites_url + "/shop/products")[2])
    second = CARD_TITLE.findall(fetch(sites_url + "/shop/products?page=2")[2])
    assert len(first) == len(second) == PAGE_SIZE
    assert not set(first) & set(second)


def test_shop_sort_by_price_ascending_is_ascending_across_pages(sites_url: str) -> None:
    prices = []
    for page in (1, 2, 3):
        body = fetch(f"{sites_url}/shop/products?page={page}&sort=price-asc")[2]
        prices += [float(p.replace(",", "")) for p in PRICE.findall(body)]
    assert len(prices) == 3 * PAGE_SIZE
    assert prices == sorted(prices)
    catalogue_prices = sorted(p["price"] for p in load_catalogue(SITES_DIR / "shop")["products"])
    assert prices == catalogue_prices[: len(prices)]


def test_shop_sort_by_name_descending_and_category_filter(sites_url: str) -> None:
    names = CARD_TITLE.findall(fetch(sites_url + "/shop/products?sort=name-desc&category=shoes")[2])
    shoes = {p["name"] for p in load_catalogue(SITES_DIR / "shop")["products"] if p["category"] == "shoes"}
    assert names == sorted(names, key=str.lower, reverse=True)
    assert set(names) <= shoes and len(names) == min(len(shoes), PAGE_SIZE)


def test_shop_search_filters_by_words(sites_url: str) -> None:
    names = CARD_TITLE.findall(fetch(sites_url + "/shop/products?q=leather")[2])
    assert names
    products = load_catalogue(SITES_DIR / "shop")["products"]
    expected = {p["name"] for p in products if "leather" in (p["name"] + " " + p["description"]).lower()}
    assert set(names) == expected


def test_shop_product_page_carries_options_and_add_to_cart(sites_url: str) -> None:
    product = load_catalogue(SITES_DIR / "shop")["products"][0]
    status, _, body = fetch(f"{sites_url}/shop/product/{product['slug']}")
    assert status == 200
    assert f"<h1 class=\"product__title\">{product['name']}</h1>" in body
    assert f"<title>{product['name']} | Northwind Outfitters</title>" in body
    for value in product["options"]["Colour"]:
        assert f"<option>{value}</option>" in body
    assert "Add to cart" in body and 'id="quantity"' in body


def test_missing_sites_dir_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TESTGEN_SITES_DIR", str(tmp_path / "gone"))
    with pytest.raises(SitesDirMissing, match="TESTGEN_SITES_DIR"):
        find_sites_dir()
    with pytest.raises(SitesDirMissing, match="gone"):
        start_server()


def test_config_reads_testgen_sites_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TESTGEN_SITES_PORT", raising=False)
    assert ServerConfig.from_env().port == 8765
    monkeypatch.setenv("TESTGEN_SITES_PORT", "9123")
    monkeypatch.setenv("TESTGEN_SITES_DIR", str(tmp_path))
    config = ServerConfig.from_env()
    assert (config.port, config.sites_dir) == (9123, tmp_path)
