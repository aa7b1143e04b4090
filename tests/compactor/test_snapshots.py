"""Stored outlines of the example sites, reviewed by eye once; any change to them must be deliberate.

Regenerate after an intended change with `TESTGEN_UPDATE_SNAPSHOTS=1 pytest tests/compactor/test_snapshots.py`
and review the diff of tests/compactor/snapshots/.
"""

from __future__ import annotations

import os
import urllib.request
from pathlib import Path

import pytest

from html_compactor import compact

SNAPSHOTS = Path(__file__).parent / "snapshots"
PAGES = {"shop": "/shop/", "cart": "/shop/cart.html", "login": "/shop/login.html", "widgets": "/widgets/"}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_example_site_outline_matches_snapshot(sites_url, name):
    text = compact(urllib.request.urlopen(sites_url + PAGES[name]).read()).text
    path = SNAPSHOTS / f"{name}.txt"
    if os.environ.get("TESTGEN_UPDATE_SNAPSHOTS") == "1" or not path.exists():
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")
