"""Fixtures for runtime tests: an `Actor` bound to the plugin's fresh page, with short waits."""

from __future__ import annotations

from pathlib import Path

import pytest

from testgen.runtime import Actor, RuntimeConfig

PAGES = Path(__file__).resolve().parent / "pages"


@pytest.fixture
def actor(page, tmp_path):
    """A runtime actor on a fresh page: 2 s waits, screenshots under the test's tmp folder."""
    tester = Actor(RuntimeConfig(timeout=2.0, poll_interval=0.05, artifacts=tmp_path / "artifacts"))
    tester.bind(page, base_url=PAGES.as_uri() + "/")
    yield tester
    tester.unbind()
