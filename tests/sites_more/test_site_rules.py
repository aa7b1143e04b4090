"""Rules every site in this folder keeps: small, self-contained (no request leaves the server), error-free."""

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page

pytestmark = pytest.mark.browser

SITES_DIR = Path(__file__).resolve().parents[2] / "examples" / "sites"
SITES = ["admin", "ariaapp", "bank", "news", "settings", "signup", "spa"]
MAX_SITE_BYTES = 150 * 1024


@pytest.mark.parametrize("site", SITES)
def test_site_is_small_and_makes_no_outside_requests(page: Page, sites_url: str, site: str) -> None:
    folder = SITES_DIR / site
    size = sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())
    assert size <= MAX_SITE_BYTES, f"{site} weighs {size} bytes, over the {MAX_SITE_BYTES} byte budget"

    server = urlsplit(sites_url).netloc
    outside: list[str] = []
    page.on("request", lambda request: outside.append(request.url)
            if urlsplit(request.url).scheme in ("http", "https") and urlsplit(request.url).netloc != server
            else None)
    failed: list[str] = []
    page.on("response", lambda response: failed.append(response.url) if response.status >= 400 else None)
    pages = sorted(path.relative_to(folder).as_posix() for path in folder.glob("*.html"))
    assert "index.html" in pages
    for name in pages:
        page.goto(f"{sites_url}/{site}/{name}", wait_until="load")
    assert not outside, f"{site} requested outside resources: {outside}"
    assert not failed, f"{site} has broken references: {failed}"
