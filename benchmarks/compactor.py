"""Compactor speed and size on the saved-page corpus, side by side with the usual ways to shrink a page.

    python benchmarks/compactor.py            # every corpus page (product and listing), linear-growth check
    python benchmarks/compactor.py --quick    # 3 pages, no 50 MB page
    python benchmarks/compactor.py --summary --cache /tmp/compactor-cache   # the summary line only; the
        # browser's reading of each page (aria snapshot, page models) is kept in the folder and reused, so a
        # rerun after a compactor change only outlines (token counts and recall come out the same)

Tokens are counted with the RWKV World tokenizer (rwkv 0.8.32's vocabulary). Recall is the share of the
a/button/input/select/textarea elements a plain reading of the HTML finds that the full outline prints by a
name they answer to, their name or their `title` (the outline's strings read with their escapes undone). The
plain reading is the browser's page model (JS off, requests aborted) of the page with its `<style>` blocks
removed: every element the markup itself does not hide, named by the browser. "styled recall" counts only
what the browser shows with the page's own stylesheets applied. "every line" is the outline with nothing
folded (`fold=False`).
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import html2text
import lxml.html
from bs4 import BeautifulSoup
from rich.progress import track

from html_compactor import compact
from html_compactor.page_model import normalize_text, snapshot
from testgen.browser import launch_browser, shared_playwright

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
FORM_TAGS = {"a", "button", "input", "select", "textarea"}


def read_gz(path: Path) -> bytes:
    with gzip.open(path) as stream:
        return stream.read()


def world_tokenizer():
    import rwkv
    from rwkv.rwkv_tokenizer import TRIE_TOKENIZER

    return TRIE_TOKENIZER(str(Path(rwkv.__file__).parent / "rwkv_vocab_v20230424.txt"))


def timed(fn, repeat: int = 3) -> tuple[float, object]:
    """Best of `repeat` in CPU seconds of this process: on a shared machine, wall time mostly measures the
    other jobs."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.process_time()
        result = fn()
        best = min(best, time.process_time() - start)
    return best * 1000, result


@dataclass
class Reading:
    """What the browser reads of a page: aria snapshot time and tokens, and the a/button/input/select/textarea
    of the plain reading (`<style>` blocks removed) and of the styled page, each as [tag, visible, name,
    title]."""

    aria_ms: float
    aria_tok: int
    plain: list[list]
    styled: list[list]


def recall(elements: list[list], outline_text: str) -> tuple[float, int]:
    """Share of the visible, named a/button/input/select/textarea that the outline prints by a name it
    answers to: its name, or its `title` (the tooltip a tester names an icon link by)."""
    wanted = [(name, title) for tag, visible, name, title in elements if visible and name.strip()]
    folded = normalize_text(outline_text.replace('\\"', '"').replace("\\\\", "\\"))

    def printed(name: str) -> bool:
        return bool(name.strip()) and normalize_text(name)[:110] in folded

    found = sum(1 for name, title in wanted if printed(name) or printed(title))
    return found / max(len(wanted), 1), len(wanted)


def browser_reading(context, html: str, count) -> Reading:
    """Aria snapshot (time, tokens) and the form elements of the styled page and of the plain reading."""

    def form_elements(model) -> list[list]:
        return [[e.tag, e.visible, e.name, e.title] for e in model.elements if e.tag in FORM_TAGS]

    page = context.new_page()
    page.route("**/*", lambda route: route.abort())
    page.set_content(html, wait_until="domcontentloaded")
    start = time.perf_counter()
    aria = page.locator("body").aria_snapshot()
    aria_ms = (time.perf_counter() - start) * 1000
    styled = form_elements(snapshot(page))
    page.evaluate("() => document.querySelectorAll('style').forEach((s) => s.remove())")
    plain = form_elements(snapshot(page))
    page.close()
    return Reading(aria_ms, count(aria), plain, styled)


class Browser:
    """The browser's reading of pages, started only when a page is not in the cache folder (if any)."""

    def __init__(self, cache: Path | None, count) -> None:
        self.cache, self.count, self.browser, self.context = cache, count, None, None
        if cache:
            cache.mkdir(parents=True, exist_ok=True)

    def reading(self, path: Path, html: str) -> Reading:
        stored = self.cache / (path.name.removesuffix(".html.gz") + ".json") if self.cache else None
        if stored and stored.exists():
            return Reading(**json.loads(stored.read_text(encoding="utf-8")))
        if self.context is None:
            self.browser = launch_browser(shared_playwright())
            self.context = self.browser.new_context(java_script_enabled=False)
        result = browser_reading(self.context, html, self.count)
        if stored:
            stored.write_text(json.dumps(asdict(result)), encoding="utf-8")
        return result

    def close(self) -> None:
        if self.browser is not None:
            self.browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="3 pages and no 50 MB page")
    parser.add_argument("--no-growth", action="store_true", help="skip the synthetic-listing size check")
    parser.add_argument(
        "--summary", action="store_true",
        help="print the summary line only: skip the columns it does not use (raw tokens, every line, @2048, "
        "html2text) and the synthetic-listing check",
    )
    parser.add_argument(
        "--cache", type=Path, metavar="DIR",
        help="keep the browser's reading of each page (aria snapshot, page models) in DIR and reuse it",
    )
    args = parser.parse_args()
    pages = sorted((CORPUS / "product-pages").glob("*.html.gz"), key=lambda p: p.stat().st_size)
    if not pages:
        raise SystemExit(f"no corpus at {CORPUS}; put the shared corpus beside the checkout")
    pages = pages[-3:] if args.quick else pages
    pages += sorted((CORPUS / "listing-pages").glob("*.html.gz"))[: 1 if args.quick else 4]
    tokenizer = world_tokenizer()
    count = lambda text: len(tokenizer.encode(text))  # noqa: E731
    rows = []
    browser = Browser(args.cache, count)
    for path in track(pages, description="pages"):
        data = read_gz(path)
        text = data.decode("utf-8", errors="replace")
        ours_ms, outline = timed(lambda d=data: compact(d))
        lxml_ms, _ = timed(lambda d=data: lxml.html.document_fromstring(d))
        bs4_ms, bs4_text = timed(lambda d=data: BeautifulSoup(d, "lxml").get_text())
        reading = browser.reading(path, text)
        plain, wanted = recall(reading.plain, outline.text)
        styled, _ = recall(reading.styled, outline.text)
        row = {
            "page": path.name[:12], "bytes": len(data), "full": count(outline.text), "ms": ours_ms,
            "lxml": lxml_ms, "bs4": bs4_ms, "aria": reading.aria_ms, "aria_tok": reading.aria_tok,
            "recall": plain, "styled": styled, "wanted": wanted,
        }
        if not args.summary:
            h2t_ms, h2t_text = timed(lambda t=text: html2text.html2text(t), repeat=1)
            row |= {
                "raw": count(text), "every": count(compact(data, fold=False).text),
                "b2048": count(compact(data, budget=2048, count=count).text), "bs4_tok": count(bs4_text),
                "h2t": h2t_ms, "h2t_tok": count(h2t_text),
            }
        rows.append(row)
    browser.close()
    if not args.summary:
        print_table(rows)
    print_summary(rows)
    if args.no_growth or args.summary:
        return
    # A long listing of product cards: a concatenation of saved pages would not do, since the first page's
    # unclosed hidden wrappers swallow every later copy and nothing past it gets outlined.
    print("\n| listing size | elements | compact s | s per MB |\n|---|---|---|---|")
    for megabytes in (5, 10) if args.quick else (5, 10, 50):
        body = synthetic_listing(megabytes * 1_000_000)
        seconds, outline = timed(lambda b=body: compact(b, budget=2048), repeat=1)
        seconds /= 1000
        print(f"| {len(body) / 1e6:.0f} MB | {len(outline.elements):,} | {seconds:.2f} | "
              f"{seconds / (len(body) / 1e6):.3f} |")


def print_table(rows: list[dict]) -> None:
    head = ("| page | bytes | raw tok | outline tok | every line tok | @2048 tok | compact ms "
            "| lxml parse ms | bs4 get_text ms (tok) | html2text ms (tok) | aria snapshot ms (tok) "
            "| recall (n) | styled recall |")
    print(head)
    print("|" + "---|" * 13)
    for r in rows:
        print(f"| {r['page']} | {r['bytes']:,} | {r['raw']:,} | {r['full']:,} | {r['every']:,} | "
              f"{r['b2048']:,} | "
              f"{r['ms']:.0f} | {r['lxml']:.1f} | {r['bs4']:.0f} ({r['bs4_tok']:,}) | "
              f"{r['h2t']:.0f} ({r['h2t_tok']:,}) | "
              f"{r['aria']:.0f} ({r['aria_tok']:,}) | {r['recall']:.1%} ({r['wanted']}) | "
              f"{r['styled']:.1%} |")


def print_summary(rows: list[dict]) -> None:
    med = lambda key: statistics.median(r[key] for r in rows)  # noqa: E731
    worst = min(rows, key=lambda r: r["recall"])
    print(f"\nOver {len(rows)} pages: recall min {worst['recall']:.1%} ({worst['page']}), median "
          f"{med('recall'):.1%}, {sum(r['recall'] < 0.98 for r in rows)} pages under 98% (styled recall min "
          f"{min(r['styled'] for r in rows):.1%}); medians: outline {med('full'):,.0f} tok = "
          f"{med('full') / med('aria_tok'):.1%} of aria snapshot ({med('aria_tok'):,.0f}), sum "
          f"{sum(r['full'] for r in rows) / sum(r['aria_tok'] for r in rows):.1%}; "
          f"compact {med('ms'):.0f} ms vs "
          f"bs4 get_text {med('bs4'):.0f} ms vs lxml parse {med('lxml'):.1f} ms; pages slower than get_text: "
          f"{sum(r['ms'] > r['bs4'] for r in rows)}")


def synthetic_listing(size: int) -> str:
    """About `size` bytes of product cards (image, title link, price, rating, button), every one visible."""
    cards, total, i = [], 0, 0
    while total < size:
        card = (f'<li class="card"><a href="/p/{i}"><img src="/i/{i}.jpg" alt="Product photo {i}"></a>'
                f'<h3><a href="/p/{i}">Wireless headphones model {i} with noise cancelling</a></h3>'
                f'<span class="price">${i % 500}.99</span><span class="stars">{i % 5} of 5 stars</span>'
                f'<button type="button">Add to cart</button></li>\n')
        cards.append(card)
        total += len(card)
        i += 1
    return "<html><body><main><h1>Results</h1><ul>" + "".join(cards) + "</ul></main></body></html>"

if __name__ == "__main__":
    main()
