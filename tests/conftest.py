"""Fixtures shared by the whole test suite."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import settings

from testgen.examples import start_server

# Property tests check what comes out, not how fast: a busy 2-core machine makes single examples slow.
settings.register_profile("testgen", deadline=None)
settings.load_profile("testgen")


@pytest.fixture(scope="session")
def sites_url() -> Iterator[str]:
    """Base URL of the example sites (`http://127.0.0.1:PORT`, no trailing slash), served for the session."""
    with start_server(port=0) as server:
        yield server.url


@pytest.fixture
def page(page):
    """The plugin's fresh page at 1280×900 with 5 s waits; the test fails if the page threw a JS error."""
    page.set_viewport_size({"width": 1280, "height": 900})
    page.set_default_timeout(5000)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    assert not errors, f"JavaScript errors on the page: {errors}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked `slow` (minutes of compiling or huge inputs) run only with TESTGEN_SLOW=1."""
    if os.environ.get("TESTGEN_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="slow; set TESTGEN_SLOW=1 to run it")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
