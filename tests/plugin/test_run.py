"""`testgen run`: exit codes, one line per test, JSON output, and one clear message for each bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

PASSING = '''
def test_heading(page):
    page.goto("/login.html")
    assert page.inner_text("h1") == "Welcome back"

def test_title(page):
    page.goto("/login.html")
    assert page.title() == "Log in"
'''

ONE_FAILING = PASSING + '''
def test_missing_button(page):
    page.goto("/login.html")
    assert page.get_by_role("button", name="Sign up").count() == 1, "no Sign up button on the login page"
'''


def run_testgen(run_python, *args: str, env: dict[str, str] | None = None):
    return run_python("-m", "testgen", "run", *args, env=env)


@pytest.mark.browser
def test_all_pass_exits_0_with_one_line_per_test(run_python, tmp_path: Path, site_url: str,
                                                 browser_path: str) -> None:
    (tmp_path / "test_ok.py").write_text(PASSING)
    done = run_testgen(run_python, "test_ok.py", "--base-url", site_url, "--junitxml", "junit.xml",
                       env={"TESTGEN_BROWSER": browser_path})
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert [line.split()[:2] for line in lines[:2]] == [["✓", "test_ok.py::test_heading"],
                                                          ["✓", "test_ok.py::test_title"]]
    assert lines[-1].startswith("2 passed in ")
    assert (tmp_path / "junit.xml").read_text().count("<testcase") == 2


@pytest.mark.browser
def test_one_failure_exits_1_and_json_names_the_error(run_python, tmp_path: Path, site_url: str,
                                                      browser_path: str) -> None:
    (tmp_path / "test_mixed.py").write_text(ONE_FAILING)
    done = run_testgen(run_python, "test_mixed.py", "--base-url", site_url, "--json", "-n", "2",
                       "--artifacts", "art", env={"TESTGEN_BROWSER": browser_path})
    assert done.returncode == 1, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert (report["ok"], report["exit_code"], report["passed"], report["failed"]) == (False, 1, 2, 1)
    failed = next(t for t in report["tests"] if t["outcome"] == "failed")
    assert failed["name"] == "test_mixed.py::test_missing_button"
    assert failed["error"].startswith("AssertionError: no Sign up button on the login page")
    trace = json.loads(Path(failed["trace"]).read_text())
    assert trace["outcome"] == "failed" and Path(trace["screenshot"]).parent == tmp_path / "art"


def test_syntax_error_names_file_and_line(run_python, tmp_path: Path) -> None:
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_broken.py").write_text('def test_x(page):\n    I.click("Log in"\n')
    done = run_testgen(run_python, "tests")
    assert done.returncode == 2
    assert done.stderr.startswith("error: tests/test_broken.py:2:")
    assert "fix that line" in done.stderr
    assert done.stdout == ""


def test_missing_path_is_named(run_python, tmp_path: Path) -> None:
    (tmp_path / "test_ok.py").write_text(PASSING)
    done = run_testgen(run_python, "test_ok.py", "no_such_dir/test_x.py::test_y")
    assert done.returncode == 2
    assert "error: no_such_dir/test_x.py does not exist" in done.stderr


def test_no_browser_fails_fast_with_the_fix(run_python, tmp_path: Path) -> None:
    (tmp_path / "test_ok.py").write_text(PASSING)
    done = run_testgen(run_python, "test_ok.py", env={"TESTGEN_BROWSER": str(tmp_path / "no-chrome")})
    assert done.returncode == 2
    assert "TESTGEN_BROWSER" in done.stderr and "does not exist" in done.stderr


def test_import_error_in_a_test_file_is_one_clear_line(run_python, tmp_path: Path, browser_path: str) -> None:
    (tmp_path / "test_imports.py").write_text("import no_such_module_here\n\ndef test_x():\n    pass\n")
    done = run_testgen(run_python, "test_imports.py", env={"TESTGEN_BROWSER": browser_path})
    assert done.returncode == 2
    assert "could not load test_imports.py: ModuleNotFoundError: No module named 'no_such_module_here'" \
        in done.stderr


def test_no_tests_collected_exits_1(run_python, tmp_path: Path, browser_path: str) -> None:
    (tmp_path / "test_empty.py").write_text("VALUE = 1\n")
    done = run_testgen(run_python, "test_empty.py", "--json", env={"TESTGEN_BROWSER": browser_path})
    assert done.returncode == 1
    assert json.loads(done.stdout)["problem"].startswith("no tests found in test_empty.py")
