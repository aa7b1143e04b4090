"""The CI examples (`examples/ci/`) kept true: their commands run here, step by step as the CI would run
them, except the install step (it needs the network; this machine has testgen and Chromium already)."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
FAILING_TEST = '''from testgen import I


def test_a_price_that_is_not_there():
    I.go_to("/widgets/")
    I.see("$999 per year", timeout=1)
'''
pytestmark = pytest.mark.browser


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A user's project: one file of the example tests, and one test that fails."""
    (tmp_path / "tests").mkdir()
    shutil.copy(ROOT / "examples" / "tests" / "test_todo.py", tmp_path / "tests")
    (tmp_path / "tests" / "test_failing.py").write_text(FAILING_TEST)
    return tmp_path


def ci_env(variables: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "TESTGEN_"))}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}"  # `testgen` of this install
    return {**env, **variables, "APP_PORT": str(free_port())}


def run_shell(script: str, cwd: Path, env: dict[str, str], sessions: list[int]) -> int:
    """Run `script` with `bash -e` in its own session (so whatever it leaves running can be stopped)."""
    shell = subprocess.Popen(["bash", "-e", "-o", "pipefail", "-c", script], cwd=cwd, env=env,
                             start_new_session=True)
    sessions.append(shell.pid)
    return shell.wait(timeout=600)


def stop_sessions(sessions: list[int]) -> None:
    for session in sessions:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(session, signal.SIGTERM)


def check_results(project: Path) -> None:
    """JUnit, the HTML report, the failing test's screenshot and Playwright trace: what CI uploads."""
    results = project / "testgen-results"
    suite = ET.parse(results / "junit.xml").getroot().find("testsuite")
    assert int(suite.get("failures")) == 1 and int(suite.get("tests")) >= 2
    report = (results / "report.html").read_text()
    assert "test_a_price_that_is_not_there" in report and "data:image/png;base64," in report
    assert [p.name for p in results.glob("*.trace.zip")] == [
        "tests_test_failing.py_test_a_price_that_is_not_there.trace.zip"
    ]
    assert len(list(results.glob("*.png"))) >= 1


def test_github_actions_workflow_runs_here(project: Path) -> None:
    workflow = yaml.safe_load((ROOT / "examples" / "ci" / "github-actions.yml").read_text())
    job = workflow["jobs"]["ui-tests"]
    steps = [step for step in job["steps"] if "run" in step]
    assert [step["id"] for step in steps] == ["install", "start-app", "run-tests"]
    uploads = [step for step in job["steps"] if step.get("uses", "").startswith("actions/upload-artifact")]
    uploaded = uploads[0]
    assert uploaded["if"] == "always()"
    env, sessions = ci_env(job["env"]), []
    try:
        codes = {step["id"]: run_shell(step["run"], project, env, sessions) for step in steps[1:]}
    finally:
        stop_sessions(sessions)
    assert codes == {"start-app": 0, "run-tests": 1}  # the failing test fails the job
    check_results(project)
    for pattern in uploaded["with"]["path"].split():
        assert pattern == "app.log" or list(project.glob(pattern)), f"nothing to upload for {pattern}"


def test_gitlab_ci_job_runs_here(project: Path) -> None:
    job = yaml.safe_load((ROOT / "examples" / "ci" / "gitlab-ci.yml").read_text())["ui-tests"]
    assert "junit" in job["artifacts"]["reports"] and job["artifacts"]["when"] == "always"
    env, sessions = ci_env(job["variables"]), []
    try:
        code = run_shell("\n".join(job["script"]), project, env, sessions)
    finally:
        stop_sessions(sessions)
    assert code == 1
    check_results(project)
    assert (project / job["artifacts"]["reports"]["junit"]).is_file()
