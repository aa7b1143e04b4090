"""The plugin's --browser (several browsers, missing ones skip with the fix), --tracing (Playwright
trace.zip files) and --testgen-html (one self-contained report), and `testgen run` passing them on."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from pytest_testgen.plugin import artifact_stem

from testgen.browser import playwright_registry_dir
from tests.plugin.test_plugin import ACTOR_TESTS, BROWSER_TESTS, trace_of

pytestmark = pytest.mark.browser


def installed(name: str) -> bool:
    """Whether `playwright install NAME` has put that browser on this machine."""
    return any(playwright_registry_dir().glob(f"{name}-*"))


def test_several_browsers_run_each_test_in_each_and_skip_the_missing(
    run_python, tmp_path: Path, site_url: str, browser_path: str
) -> None:
    (tmp_path / "test_login.py").write_text(BROWSER_TESTS)
    done = run_python("-m", "pytest", "-q", "-rs", "test_login.py", f"--base-url={site_url}",
                      "--browser=chromium", "--browser=firefox", "--browser=webkit",
                      "--testgen-report=r.jsonl",
                      env={"TESTGEN_BROWSER": browser_path})
    records = [json.loads(line) for line in (tmp_path / "r.jsonl").read_text().splitlines()]
    outcomes = {r["name"]: (r["outcome"], r["error"]) for r in records if r["kind"] == "test"}
    assert outcomes["test_login.py::test_signs_in[chromium]"] == ("passed", None)
    assert outcomes["test_login.py::test_wrong_heading[chromium]"][0] == "failed"
    for name in ("firefox", "webkit"):
        outcome, reason = outcomes[f"test_login.py::test_signs_in[{name}]"]
        if installed(name):
            assert outcome == "passed"
        else:
            assert outcome == "skipped", done.stdout
            assert f"{name} is not installed here" in reason
            assert f"python -m playwright install {name}" in reason
    trace = trace_of(tmp_path / "testgen-results", "test_login.py::test_signs_in[chromium]")
    assert trace["browser"] == "chromium"


def test_an_unknown_browser_is_a_usage_error(run_python, tmp_path: Path) -> None:
    (tmp_path / "test_login.py").write_text(BROWSER_TESTS)
    done = run_python("-m", "pytest", "-q", "test_login.py", "--browser=opera")
    assert done.returncode == 4 and "opera" in done.stderr


def test_tracing_on_keeps_a_playwright_trace_per_test(run_python, tmp_path: Path, site_url: str,
                                                      browser_path: str) -> None:
    (tmp_path / "test_login.py").write_text(BROWSER_TESTS)
    run_python("-m", "pytest", "-q", "test_login.py", f"--base-url={site_url}", "--tracing=on",
               env={"TESTGEN_BROWSER": browser_path})
    artifacts = tmp_path / "testgen-results"
    for name in ("test_signs_in", "test_wrong_heading"):
        trace = trace_of(artifacts, f"test_login.py::{name}")
        archive = Path(trace["playwright_trace"])
        assert archive == artifacts / f"{artifact_stem(f'test_login.py::{name}')}.trace.zip"
        with zipfile.ZipFile(archive) as zipped:
            names = zipped.namelist()
        assert any(n.endswith(".trace") for n in names) and any(n.endswith(".network") for n in names)


def test_tracing_off_and_retain_on_failure(run_python, tmp_path: Path, site_url: str,
                                           browser_path: str) -> None:
    (tmp_path / "test_login.py").write_text(BROWSER_TESTS)
    env = {"TESTGEN_BROWSER": browser_path}
    run_python("-m", "pytest", "-q", "test_login.py", f"--base-url={site_url}", "--artifacts=off", env=env)
    assert not list((tmp_path / "off").glob("*.zip"))
    run_python("-m", "pytest", "-q", "test_login.py", f"--base-url={site_url}", "--artifacts=kept",
               env={**env, "TESTGEN_TRACING": "retain-on-failure"})
    assert [p.name for p in (tmp_path / "kept").glob("*.zip")] == [
        f"{artifact_stem('test_login.py::test_wrong_heading')}.trace.zip"
    ]


def test_html_report_holds_steps_timings_and_screenshots(run_python, tmp_path: Path, site_url: str,
                                                         browser_path: str) -> None:
    (tmp_path / "test_actor.py").write_text(ACTOR_TESTS)
    done = run_python("-m", "pytest", "-q", "-n", "2", "test_actor.py", f"--base-url={site_url}",
                      "--step-timeout=3", "--testgen-html=out/report.html",
                      env={"TESTGEN_BROWSER": browser_path})
    assert done.returncode == 1, done.stdout + done.stderr
    report = (tmp_path / "out" / "report.html").read_text()
    assert re.search(r'<span class="passed">2 passed</span><span class="failed">1 failed</span>', report)
    failing = report.index("test_expects_another_user")
    assert failing < report.index("test_signs_in")  # failures first
    assert "<details open><summary><span class=\"failed\">" in report
    assert "<code>I.fill(&quot;Username&quot;, &quot;bob&quot;)</code>" in report
    assert "textbox &quot;Username&quot;" in report
    assert report.count('src="data:image/png;base64,') >= 2  # the failing step's and the page's screenshot
    assert "<script" not in report and "http://" not in report.replace(site_url, "")


def test_testgen_run_passes_browsers_trace_and_html(run_python, tmp_path: Path, site_url: str,
                                                    browser_path: str) -> None:
    (tmp_path / "test_login.py").write_text(BROWSER_TESTS)
    done = run_python("-m", "testgen", "run", "test_login.py", "--base-url", site_url,
                      "--browser", "chromium", "--browser", "firefox", "--trace", "off",
                      "--html", "report.html", "--json",
                      env={"TESTGEN_BROWSER": browser_path})
    result = json.loads(done.stdout)
    outcomes = {t["name"]: t["outcome"] for t in result["tests"]}
    assert outcomes["test_login.py::test_signs_in[chromium]"] == "passed"
    assert outcomes["test_login.py::test_wrong_heading[chromium]"] == "failed"
    if not installed("firefox"):
        assert outcomes["test_login.py::test_signs_in[firefox]"] == "skipped"
    assert not list((tmp_path / "testgen-results").glob("*.zip"))
    assert "test_wrong_heading[chromium]" in (tmp_path / "report.html").read_text()
