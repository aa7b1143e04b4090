"""Fixtures shared by the whole test suite."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from testgen.examples import start_server


@pytest.fixture(scope="session")
def sites_url() -> Iterator[str]:
    """Base URL of the example sites (`http://127.0.0.1:PORT`, no trailing slash), served for the session."""
    with start_server(port=0) as server:
        yield server.url
