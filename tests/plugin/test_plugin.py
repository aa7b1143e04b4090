"""The pytest plugin, run as a user runs it: pytest in a child process over small generated test files."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pytest_testgen.plugin import artifact_stem, uses_actor

BROWSER_TESTS = '''
def test_signs_in(page):
    page.goto("/login.html")
    page.fill("#user", "bob")
    page.click("text=Log in")
    assert page.inner_text("#status") == "Signed in as bob"

def test_wrong_heading(page):
    page.goto("/login.html")
    assert page.inner_text("h1") == "Goodbye", "heading should say goodbye"
'''

PLAIN_TESTS = '''
import sys

def test_arithmetic():
    assert "playwright" not in sys.modules, "a test without a page must not load Playwright"
'''


def trace_of(artifacts: Path, nodeid: str) -> dict:
    return json.loads((artifacts / f"{artifact_stem(nodeid)}.json").read_text())


@pytest.mark.browser
def test_traces_screenshot_and_junit(run_python, tmp_path: Path, site_url: str, browser_path: str) -> None:
    (tmp_path / "test_login.py").write_text(BROWSER_TESTS)
    done = run_python("-m", "pytest", "-q", "test_login.py", f"--base-url={site_url}",
                      "--junitxml=out/junit.xml", "--artifacts=results", f"--browser-path={browser_path}")
    assert done.returncode == 1, done.stdout + done.stderr
    artifacts = tmp_path / "results"

    passed = trace_of(artifacts, "test_login.py::test_signs_in")
    assert passed["outcome"] == "passed" and passed["error"] is None and passed["screenshot"] is None
    assert passed["url"] == f"{site_url}/login.html"
    assert not (artifacts / f"{artifact_stem('test_login.py::test_signs_in')}.png").exists()

    failed = trace_of(artifacts, "test_login.py::test_wrong_heading")
    assert failed["outcome"] == "failed"
    assert failed["error"].startswith("AssertionError: heading should say goodbye")
    screenshot = Path(failed["screenshot"])
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    suite = ET.parse(tmp_path / "out" / "junit.xml").getroot().find("testsuite")
    assert (suite.get("tests"), suite.get("failures")) == ("2", "1")
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    assert cases["test_wrong_heading"].find("failure") is not None
    assert cases["test_signs_in"].find("failure") is None
    trace_property = cases["test_signs_in"].find("properties/property[@name='testgen_trace']")
    expected = artifacts / f"{artifact_stem('test_login.py::test_signs_in')}.json"
    assert Path(trace_property.get("value")) == expected


def test_tests_without_a_page_never_start_the_browser(run_python, tmp_path: Path) -> None:
    (tmp_path / "test_plain.py").write_text(PLAIN_TESTS)
    done = run_python("-m", "pytest", "-q", "test_plain.py", env={"TESTGEN_BROWSER": str(tmp_path / "none")})
    assert done.returncode == 0, done.stdout + done.stderr
    assert not (tmp_path / "testgen-results").exists()


@pytest.mark.browser
def test_environment_settings_and_parallel_workers(run_python, tmp_path: Path, site_url: str,
                                                    browser_path: str) -> None:
    (tmp_path / "test_login.py").write_text(BROWSER_TESTS)
    env = {"TESTGEN_BASE_URL": site_url, "TESTGEN_ARTIFACTS": "from-env", "TESTGEN_BROWSER": browser_path}
    done = run_python("-m", "pytest", "-q", "-n", "2", "test_login.py", env=env)
    assert done.returncode == 1, done.stdout + done.stderr
    traces = sorted(p.name for p in (tmp_path / "from-env").glob("*.json"))
    assert traces == sorted(f"{artifact_stem(f'test_login.py::{name}')}.json"
                            for name in ("test_signs_in", "test_wrong_heading"))
    assert trace_of(tmp_path / "from-env", "test_login.py::test_signs_in")["outcome"] == "passed"


def test_bad_step_timeout_is_a_usage_error(run_python, tmp_path: Path) -> None:
    (tmp_path / "test_plain.py").write_text(PLAIN_TESTS)
    done = run_python("-m", "pytest", "-q", "test_plain.py", env={"TESTGEN_TIMEOUT": "soon"})
    assert done.returncode == 4
    assert "'soon' is not a positive number of seconds" in done.stderr


class Actor:
    """Stands in for the runtime's `I`: only its identity matters to `uses_actor`."""


ACTOR = Actor()
OTHER = Actor()


def helper_that_acts() -> None:
    print(ACTOR)


def test_uses_actor_follows_helpers_and_nested_code() -> None:
    def direct() -> None:
        print(ACTOR)

    def through_helper() -> None:
        helper_that_acts()

    def in_a_lambda() -> None:
        (lambda: ACTOR)()

    def elsewhere() -> None:
        print(OTHER)

    assert uses_actor(direct, ACTOR)
    assert uses_actor(through_helper, ACTOR)
    assert uses_actor(in_a_lambda, ACTOR)
    assert not uses_actor(elsewhere, ACTOR)


def test_artifact_names_are_safe_file_names() -> None:
    assert artifact_stem("tests/test_a.py::test_b[x/y-1]") == "tests_test_a.py_test_b_x_y-1"
    assert len(artifact_stem("t.py::" + "x" * 500)) == 200


ACTOR_TESTS = '''
import pytest
from testgen import I

def sign_in(name):
    I.fill("Username", name)
    I.click("Log in")

def test_signs_in():
    I.go_to("/login.html")
    sign_in("bob")
    I.see("Signed in as bob")

@pytest.fixture
def signed_in_as_bob():
    I.go_to("/login.html")
    sign_in("bob")

def test_expects_another_user(signed_in_as_bob):
    I.see("Signed in as alice", timeout=1)

def test_only_a_fixture_acts(signed_in_as_bob):
    assert True
'''


@pytest.mark.browser
def test_tests_using_I_get_a_bound_page_and_a_step_trace(run_python, tmp_path: Path, site_url: str,
                                                          browser_path: str) -> None:
    (tmp_path / "test_actor.py").write_text(ACTOR_TESTS)
    done = run_python("-m", "pytest", "-q", "test_actor.py", f"--base-url={site_url}", "--step-timeout=3",
                      env={"TESTGEN_BROWSER": browser_path})
    assert done.returncode == 1, done.stdout + done.stderr
    artifacts = tmp_path / "testgen-results"

    passed = trace_of(artifacts, "test_actor.py::test_signs_in")
    assert passed["outcome"] == "passed"
    steps = passed["steps"]
    assert [step["verb"] for step in steps] == ["go_to", "fill", "click", "see"]
    assert all(step["outcome"] == "passed" and step["ms"] > 0 for step in steps)
    assert steps[1]["args"] == ["Username", "bob"]
    assert (steps[1]["resolved"]["role"], steps[1]["resolved"]["name"]) == ("textbox", "Username")
    assert (steps[2]["resolved"]["role"], steps[2]["resolved"]["name"]) == ("button", "Log in")

    failed = trace_of(artifacts, "test_actor.py::test_expects_another_user")
    assert failed["outcome"] == "failed"
    last = failed["steps"][-1]
    assert (last["verb"], last["outcome"]) == ("see", "failed")
    assert "Signed in as alice" in last["error"] and "Signed in as alice" in failed["error"]
    assert Path(last["screenshot"]).parent == artifacts
    assert Path(failed["screenshot"]).is_file()
    through_fixture = trace_of(artifacts, "test_actor.py::test_only_a_fixture_acts")
    assert [step["verb"] for step in through_fixture["steps"]] == ["go_to", "fill", "click"]
