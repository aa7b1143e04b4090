"""Fixtures for analyzer tests: a small site served on a free port and an analyzer with short waits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from testgen.analyze import AnalyzeConfig, Analyzer
from testgen.examples import start_server

SITES = Path(__file__).resolve().parent / "sites"


@pytest.fixture(scope="module")
def app_url() -> Iterator[str]:
    """Base URL of tests/analyze/sites (the fixture app is at /app/)."""
    with start_server(port=0, sites_dir=SITES) as server:
        yield server.url


@pytest.fixture
def analyzer(testgen_browser, tmp_path) -> Iterator[Analyzer]:
    """An analyzer on the session's browser: 1 s step waits, screenshots under the test's tmp folder."""
    config = AnalyzeConfig(step_timeout=1.5, quick_wait=0.5, slow_wait=8.0, artifacts=str(tmp_path / "shots"))
    tool = Analyzer(config, browser=testgen_browser)
    yield tool
    tool.close()
