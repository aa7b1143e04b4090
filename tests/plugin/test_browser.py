"""Browser discovery: the search order, its overrides, and the message when nothing is found."""

from __future__ import annotations

import json
import os
import platform
import stat
from pathlib import Path

import pytest

from testgen import browser
from testgen.browser import BrowserInfo, find_browser, launch_browser, shared_playwright
from testgen.errors import BrowserNotFound, TestgenError


def make_executable(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


@pytest.fixture
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No TESTGEN_BROWSER, an empty Playwright registry and an empty PATH; returns a scratch folder."""
    monkeypatch.delenv("TESTGEN_BROWSER", raising=False)
    monkeypatch.setenv("PLAYWRIGHT_BROWSERS_PATH", str(tmp_path / "registry"))
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.setattr(browser, "SYSTEM_BROWSER_PATHS", ())
    return tmp_path


def fake_playwright_chromium(registry: Path) -> Path:
    layout = browser.PLAYWRIGHT_CHROMIUM_LAYOUT.get((platform.system(), platform.machine()))
    revision = browser.playwright_chromium_revision()
    if layout is None or revision is None:
        pytest.skip(f"Playwright has no Chromium build for {platform.system()} {platform.machine()}")
    return make_executable(registry / f"chromium-{revision}" / Path(*layout))


@pytest.mark.skipif(os.name == "nt", reason="fake executables here are POSIX shell scripts")
def test_system_browser_on_path_is_found(isolated: Path) -> None:
    fake = make_executable(isolated / "bin" / "chromium-browser")
    assert find_browser() == BrowserInfo(str(fake), "system")


def test_chromium_is_preferred_over_google_chrome(isolated: Path) -> None:
    make_executable(isolated / "bin" / "google-chrome")
    chromium = make_executable(isolated / "bin" / "chromium")
    assert find_browser().path == str(chromium)


def test_playwright_chromium_beats_system_browser(isolated: Path) -> None:
    make_executable(isolated / "bin" / "chromium")
    own = fake_playwright_chromium(isolated / "registry")
    assert find_browser() == BrowserInfo(str(own), "playwright")


def test_playwright_chromium_of_another_revision_is_ignored(isolated: Path) -> None:
    system = make_executable(isolated / "bin" / "chromium")
    fake_playwright_chromium(isolated / "registry")
    revision_dir = isolated / "registry" / f"chromium-{browser.playwright_chromium_revision()}"
    revision_dir.rename(isolated / "registry" / "chromium-1")
    assert find_browser() == BrowserInfo(str(system), "system")


def test_env_override_beats_everything(isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_executable(isolated / "bin" / "chromium")
    fake_playwright_chromium(isolated / "registry")
    chosen = make_executable(isolated / "my chrome" / "chrome")
    monkeypatch.setenv("TESTGEN_BROWSER", str(chosen))
    assert find_browser() == BrowserInfo(str(chosen), "env")


def test_env_override_to_a_missing_file_is_an_error_not_a_fallback(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_executable(isolated / "bin" / "chromium")
    monkeypatch.setenv("TESTGEN_BROWSER", str(isolated / "gone" / "chrome"))
    with pytest.raises(BrowserNotFound, match="TESTGEN_BROWSER=.*gone.*does not exist"):
        find_browser()


def test_nothing_found_names_every_fix(isolated: Path) -> None:
    with pytest.raises(BrowserNotFound) as caught:
        find_browser()
    message = str(caught.value)
    assert isinstance(caught.value, TestgenError)
    assert "apt-get install chromium" in message
    assert "python -m playwright install chromium" in message
    assert "TESTGEN_BROWSER=/path" in message
    assert str(isolated / "registry") in message


def test_launch_with_missing_executable_fails_before_playwright(tmp_path: Path) -> None:
    with pytest.raises(BrowserNotFound, match="does not exist"):
        launch_browser(None, executable=str(tmp_path / "nope"))  # type: ignore[arg-type]


def test_module_cli_reports_found_browser(run_python, browser_path: str) -> None:
    found = run_python("-m", "testgen.browser", "--json")
    assert found.returncode == 0
    report = json.loads(found.stdout)
    assert report["found"] is True
    assert report["path"] == browser_path
    quiet = run_python("-m", "testgen.browser", "--quiet")
    assert (quiet.returncode, quiet.stdout, quiet.stderr) == (0, "", "")


def test_module_cli_prints_the_fix_and_exits_1(run_python, tmp_path: Path) -> None:
    missing = run_python("-m", "testgen.browser", env={"TESTGEN_BROWSER": str(tmp_path / "nope")})
    assert missing.returncode == 1
    assert "TESTGEN_BROWSER" in missing.stderr and "does not exist" in missing.stderr


@pytest.mark.browser
def test_launch_browser_starts_a_working_chromium(browser_path: str) -> None:
    chromium = launch_browser(shared_playwright())
    try:
        page = chromium.new_page()
        page.set_content("<button>Log in</button>")
        assert page.get_by_role("button").inner_text() == "Log in"
    finally:
        chromium.close()
