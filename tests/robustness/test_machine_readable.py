"""Under `--json` every answer is one JSON object, failures included; JUnit records collection errors."""

from __future__ import annotations

import json
from xml.etree import ElementTree

import pytest

from testgen.cli import main


def answer(capsys, argv: list[str]) -> tuple[int, dict]:
    code = main(argv)
    out = capsys.readouterr().out
    return code, json.loads(out)


@pytest.mark.parametrize(
    ("argv", "kind", "said"),
    [
        (["generate", "see Hello", "--html", "missing.html", "--json"], "GenerateError", "missing.html"),
        (["generate", "--json"], "UsageError", "required: task"),
        (["generate", "see Hello", "--json", "--html", "x.html", "--beam", "many"], "UsageError", "--beam"),
        (["generate", "see Hello", "--url", "http://127.0.0.1:9/", "--model", "nowhere", "--json"],
         "GenerateError", "nowhere"),
        (["run", "no_such_tests/", "--json"], "TestPathNotFound", "no_such_tests"),
        (["compact", "missing.html", "--json"], None, "missing.html"),
    ],
)
def test_failures_answer_in_json(capsys, tmp_path, monkeypatch, argv, kind, said):
    monkeypatch.chdir(tmp_path)
    code, data = answer(capsys, argv)
    assert code == 2
    assert set(data) == {"error"}
    assert said in data["error"]["message"]
    if kind:
        assert data["error"]["type"] == kind


def test_an_unexpected_failure_still_answers_in_json(capsys, tmp_path, monkeypatch):
    page = tmp_path / "page.html"
    page.write_text("<button>Go</button><p>Hello</p>")

    def broken(*args, **kwargs):
        raise RuntimeError("the planner broke")

    monkeypatch.setattr("testgen.generate.live.generate_offline", broken)
    code, data = answer(capsys, ["generate", "click Go and see Hello", "--html", str(page), "--json",
                                 "--planner", "rules"])
    assert code == 1
    assert data == {"error": {"type": "RuntimeError", "message": "the planner broke"}}


def test_without_json_a_failure_is_one_line_on_stderr(capsys, tmp_path):
    code = main(["generate", "see Hello", "--html", str(tmp_path / "missing.html")])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err.startswith("error: ") and "missing.html" in captured.err


def test_a_test_file_that_does_not_parse_is_recorded_in_junit(capsys, tmp_path):
    bad = tmp_path / "test_bad.py"
    bad.write_text("def test_x(:\n    pass\n")
    report = tmp_path / "junit.xml"
    code, data = answer(capsys, ["run", str(bad), "--json", "--junitxml", str(report)])
    assert code == 2 and data["error"]["type"] == "TestFileSyntaxError"
    suite = ElementTree.parse(report).getroot().find("testsuite")
    assert suite.get("errors") == "1"
    error = suite.find("testcase/error")
    assert error is not None and "test_bad.py:1" in error.text
