"""`testgen analyze` end to end: the JSON shape, --apply, the HTML report, the refusal to weaken an
assertion, and the pointers `testgen run` and the plugin's --analyze give to it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from testgen.commands.run import plugin_args

pytestmark = pytest.mark.browser

STALE = """from testgen import I


def test_sign_in():
    I.go_to("/app/")
    I.fill("Username", "ada")
    I.click("Sign on")
    I.see("Welcome back, ada")
"""

REWORDED = """from testgen import I


def test_save():
    I.go_to("/app/")
    I.click("Save preferences")
    I.see("Your preferences were stored.")
"""


def run_testgen(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "TESTGEN_"))}
    return subprocess.run(
        [sys.executable, "-m", "testgen", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_json_apply_and_html_report(tmp_path: Path, app_url: str) -> None:
    test_file = tmp_path / "test_stale.py"
    test_file.write_text(STALE)
    done = run_testgen(
        tmp_path,
        "analyze",
        "test_stale.py",
        "--base-url",
        app_url,
        "--json",
        "--apply",
        "--html",
        "report.html",
        "--step-timeout",
        "1.5",
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert {"status", "failing_step", "cause", "explanation", "fixes", "patch"} <= set(result)
    assert (result["status"], result["cause"]) == ("fixed", "renamed")
    assert result["failing_step"] == {"line": 7, "source": 'I.click("Sign on")'}
    assert result["fixes"][0] == {**result["fixes"][0], "source": 'I.click("Sign in")', "verified": True}
    assert result["patch"].startswith("--- a/test_stale.py\n+++ b/test_stale.py\n")
    assert result["applied"] is True
    assert test_file.read_text() == STALE.replace('I.click("Sign on")', 'I.click("Sign in")')
    report = (tmp_path / "report.html").read_text()
    assert "data:image/png;base64," in report and "I.click(&quot;Sign in&quot;)" in report
    again = run_testgen(tmp_path, "analyze", "test_stale.py", "--base-url", app_url, "--json")
    assert json.loads(again.stdout)["status"] == "passes"


def test_a_fix_that_changes_an_assertion_is_not_applied_without_consent(tmp_path: Path, app_url: str) -> None:
    test_file = tmp_path / "test_reworded.py"
    test_file.write_text(REWORDED)
    refused = run_testgen(
        tmp_path, "analyze", "test_reworded.py", "--base-url", app_url, "--apply", "--step-timeout", "1.5"
    )
    assert refused.returncode == 1
    assert "behaviour changed" in refused.stdout and "not applied" in refused.stderr
    assert test_file.read_text() == REWORDED
    accepted = run_testgen(
        tmp_path,
        "analyze",
        "test_reworded.py",
        "--base-url",
        app_url,
        "--apply",
        "--accept-behaviour-change",
        "--step-timeout",
        "1.5",
        "--json",
    )
    assert json.loads(accepted.stdout)["applied"] is True
    assert 'I.see("Your preferences were saved.")' in test_file.read_text()


def test_bad_input_is_one_clear_line(tmp_path: Path) -> None:
    (tmp_path / "test_two.py").write_text(STALE + '\n\ndef test_save():\n    I.click("Save")\n')
    done = run_testgen(tmp_path, "analyze", "test_two.py", "--base-url", "http://127.0.0.1:9")
    assert done.returncode == 2
    assert "test_sign_in, test_save" in done.stderr and "FILE.py::test_name" in done.stderr
    missing = run_testgen(tmp_path, "analyze", "nope.py::test_x", "--base-url", "http://127.0.0.1:9")
    assert missing.returncode == 2 and "nope.py does not exist" in missing.stderr


def test_run_names_the_analyze_command_and_the_plugin_adds_the_analysis_to_junit(
    tmp_path: Path, app_url: str
) -> None:
    (tmp_path / "test_stale.py").write_text(STALE)
    ran = run_testgen(tmp_path, "run", "test_stale.py", "--base-url", app_url, "--step-timeout", "1.5")
    assert ran.returncode == 1
    assert f"testgen analyze test_stale.py::test_sign_in --base-url {app_url}" in ran.stdout
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "TESTGEN_"))}
    pytest_run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "test_stale.py",
            *plugin_args(),
            "--analyze",
            f"--base-url={app_url}",
            "--step-timeout=1.5",
            "--junitxml=junit.xml",
            "-q",
            "-p",
            "no:cacheprovider",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert pytest_run.returncode == 1, pytest_run.stdout + pytest_run.stderr
    junit = (tmp_path / "junit.xml").read_text()
    assert "testgen analyze" in junit and "renamed" in junit and 'I.click("Sign in")' in junit
