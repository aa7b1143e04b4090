"""One browser driver for the data tests (they replay many short walks against the example sites)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from testgen.browser import BrowserNotFound, find_browser


@pytest.fixture(scope="session")
def driver(sites_url: str) -> Iterator[object]:
    """A `Driver` on the example sites with short step timeouts, so failing steps fail fast."""
    try:
        find_browser()
    except BrowserNotFound as err:
        pytest.skip(f"no browser to replay with: {err}")
    from testgen.data.driver import Driver, DriverConfig

    with Driver(sites_url, DriverConfig(step_timeout=4.0)) as started:
        yield started
