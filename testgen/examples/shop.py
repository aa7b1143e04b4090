"""The shop's server-rendered pages: the product listing (search, category, sort, paging) and product pages.

Rendered from `examples/sites/shop/products.json` and the HTML in `shop/_templates/`, inside the shop home
page's layout (its `<main>` is swapped), so the HTML reaching the browser already carries the products.
"""

from __future__ import annotations

import html
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

PAGE_SIZE = 12
# sort key -> (label shown in the select, sort key function, descending?)
SORTS = {
    "featured": ("Featured", lambda p: (not p["featured"], p["id"]), False),
    "price-asc": ("Price: low to high", lambda p: (p["price"], p["name"]), False),
    "price-desc": ("Price: high to low", lambda p: (p["price"], p["name"]), True),
    "name-asc": ("Name: A to Z", lambda p: p["name"].lower(), False),
    "name-desc": ("Name: Z to A", lambda p: p["name"].lower(), True),
}
ICONS = {
    "tops": "M8 3 4 6l2 4 2-1v12h8V9l2 1 2-4-4-3c-1 2-3 2-4 2s-3 0-4-2z",
    "bottoms": "M7 3h10l1 18h-4l-2-11-2 11H6z",
    "shoes": "M2 16c0-3 2-4 5-4l3-4 4 3c2 1 5 1 7 2 1 1 1 3 1 3z M2 16v3h20v-3",
    "bags": "M5 8h14l-1 13H6z M9 8V6a3 3 0 0 1 6 0v2",
    "home": "M12 3 3 10v11h6v-6h6v6h6V10z",
}
_MAIN = re.compile(r"(<main\b[^>]*>).*?(</main>)", re.DOTALL)
_TITLE = re.compile(r"<title>.*?</title>", re.DOTALL)
_SLOT = re.compile(r"\{\{(\w+)\}\}")


@dataclass(frozen=True)
class RenderedPage:
    """A page the shop rendered: HTTP status and the full HTML document."""

    status: int
    html: str


def load_catalogue(site_dir: Path) -> dict:
    """The catalogue: `{"categories": [{slug, name}], "products": [...]}`."""
    return json.loads((site_dir / "products.json").read_text(encoding="utf-8"))


def render(site_dir: Path, path: str, query: dict[str, str]) -> RenderedPage | None:
    """The page for `path` (relative to `/shop`), or None when the path belongs to a static file."""
    if path.rstrip("/") == "/products":
        title, main = _listing(site_dir, load_catalogue(site_dir), query)
        return RenderedPage(200, _in_layout(site_dir, title, main))
    if path.startswith("/product/"):
        slug = path.removeprefix("/product/").strip("/")
        catalogue = load_catalogue(site_dir)
        product = next((p for p in catalogue["products"] if p["slug"] == slug), None)
        if product is None:
            main = _fill(site_dir, "not-found", {"slug": slug})
            return RenderedPage(404, _in_layout(site_dir, "Product not found", main))
        main = _product(site_dir, catalogue, product)
        return RenderedPage(200, _in_layout(site_dir, product["name"], main))
    return None


def select_products(catalogue: dict, query: dict[str, str]) -> tuple[list[dict], int, int]:
    """Filter by `q` and `category`, sort by `sort`, cut out `page`: (that page's products, total, page)."""
    products = catalogue["products"]
    if category := query.get("category"):
        products = [p for p in products if p["category"] == category]
    if words := query.get("q", "").lower().split():
        products = [p for p in products if all(w in f"{p['name']} {p['description']}".lower() for w in words)]
    _, key, descending = SORTS.get(query.get("sort", ""), SORTS["featured"])
    products = sorted(products, key=key, reverse=descending)
    pages = max(1, math.ceil(len(products) / PAGE_SIZE))
    page = min(max(1, int(query["page"]) if query.get("page", "").isdigit() else 1), pages)
    return products[(page - 1) * PAGE_SIZE : page * PAGE_SIZE], len(products), page


def money(amount: float) -> str:
    return f"${amount:,.2f}"


def _fill(site_dir: Path, template: str, text: dict[str, object], markup: dict | None = None) -> str:
    """`_templates/<template>.html` with its `{{slots}}` filled: `text` values escaped, `markup` as is."""
    values = {key: html.escape(str(value)) for key, value in text.items()} | (markup or {})
    source = (site_dir / "_templates" / f"{template}.html").read_text(encoding="utf-8")
    return _SLOT.sub(lambda m: values[m.group(1)], source)


def _in_layout(site_dir: Path, title: str, main: str) -> str:
    layout = (site_dir / "index.html").read_text(encoding="utf-8")
    layout = _TITLE.sub(f"<title>{html.escape(title)} | Northwind Outfitters</title>", layout, count=1)
    return _MAIN.sub(lambda m: f"{m.group(1)}\n{main}  {m.group(2)}", layout, count=1)


def _listing_url(query: dict[str, str], **changes: object) -> str:
    merged = {k: str(v) for k, v in {**query, **changes}.items() if v not in (None, "")}
    return html.escape("/shop/products" + (f"?{urlencode(merged)}" if merged else ""))


def _listing(site_dir: Path, catalogue: dict, query: dict[str, str]) -> tuple[str, str]:
    products, total, page = select_products(catalogue, query)
    categories = {c["slug"]: c["name"] for c in catalogue["categories"]}
    chosen = query.get("category", "")
    heading = f"Results for “{query['q']}”" if query.get("q") else categories.get(chosen, "All products")
    first = (page - 1) * PAGE_SIZE + 1
    showing = f"Showing {first}–{first + len(products) - 1} of {total} products"
    if not products:
        showing = "No products found"
    sort = query.get("sort") if query.get("sort") in SORTS else "featured"
    sort_options = "".join(
        f'<option value="{key}"{" selected" if key == sort else ""}>{label}</option>'
        for key, (label, _, _) in SORTS.items()
    )
    hidden_fields = "".join(
        f'<input type="hidden" name="{key}" value="{html.escape(query[key])}">'
        for key in ("q", "category")
        if query.get(key)
    )
    chips = "\n".join(
        f'        <li><a class="chip{" chip--active" if slug == chosen else ""}"'
        f' href="{_listing_url({}, category=slug)}"{" aria-current=page" if slug == chosen else ""}>'
        f"{html.escape(name)}</a></li>"
        for slug, name in categories.items()
    )
    main = _fill(
        site_dir,
        "listing",
        {"heading": heading, "showing": showing},
        {
            "categories": chips,
            "hidden_fields": hidden_fields,
            "sort_options": sort_options,
            "cards": "\n".join(_card(site_dir, p) for p in products),
            "pagination": _pagination(query, page, math.ceil(total / PAGE_SIZE)),
        },
    )
    return heading, main


def _product_values(product: dict) -> tuple[dict[str, object], dict[str, str]]:
    """Slots shared by the card and the product page: (plain text, markup)."""
    was = ""
    if product.get("was_price"):
        was = f' <s class="price__was"><span class="sr-only">was </span>{money(product["was_price"])}</s>'
    text = {k: product[k] for k in ("id", "slug", "name", "colour_hex", "rating", "reviews")}
    text["price"] = money(product["price"])
    icon = (
        '<svg class="product-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">'
        f'<path d="{ICONS.get(product["category"], ICONS["home"])}"/></svg>'
    )
    return text, {"was_price": was, "icon": icon}


def _card(site_dir: Path, product: dict) -> str:
    text, markup = _product_values(product)
    markup["badge"] = '<span class="badge badge--sale">Sale</span>' if product.get("was_price") else ""
    return _fill(site_dir, "card", text, markup).rstrip("\n")


def _pagination(query: dict[str, str], page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    def link(number: int, label: object) -> str:
        current = ' page-link--current" aria-current="page' if number == page and label == number else ""
        return f'<li><a class="page-link{current}" href="{_listing_url(query, page=number)}">{label}</a></li>'

    links = [link(page - 1, "Previous")] if page > 1 else []
    links += [link(number, number) for number in range(1, pages + 1)]
    links += [link(page + 1, "Next")] if page < pages else []
    return f'<nav class="pagination" aria-label="Pagination"><ul>{"".join(links)}</ul></nav>'


def _product(site_dir: Path, catalogue: dict, product: dict) -> str:
    category = next(c for c in catalogue["categories"] if c["slug"] == product["category"])
    text, markup = _product_values(product)
    text |= {"category": category["name"], "category_slug": category["slug"], "price_value": product["price"],
             "description": product["description"]}
    markup["option_fields"] = "".join(
        _fill(
            site_dir,
            "option",
            {"key": option.lower(), "option": option},
            {"choices": "".join(f"<option>{html.escape(v)}</option>" for v in values)},
        )
        for option, values in product["options"].items()
    )
    markup["stock"] = '<p class="stock">In stock</p>'
    if product["stock"] < 5:
        markup["stock"] = '<p class="stock stock--low">Only a few left</p>'
    return _fill(site_dir, "product", text, markup)
