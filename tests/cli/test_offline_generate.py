"""`testgen generate --html` writes a test that runs as written: it opens a page first, and says it was
planned offline, not run."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from testgen.cli import main
from testgen.step import TestScript

PAGE = "<main><label>Name <input name=n></label><button onclick=\"r.hidden=false\">Save</button>" \
       "<p id=r hidden>Ready</p></main>"
TASK = 'Type "Ana" into Name, click Save and check that "Ready" is shown'


def generate(tmp_path, *extra: str) -> tuple[int, str]:
    page = tmp_path / "page.html"
    page.write_text(PAGE)
    out = tmp_path / "test_offline.py"
    code = main(["generate", TASK, "--html", str(page), "--planner", "rules", "-o", str(out), *extra])
    return code, out.read_text()


def test_the_offline_test_opens_the_saved_file_by_default(tmp_path):
    code, source = generate(tmp_path)
    assert code == 0
    steps = [s.render() for s in TestScript.parse(source).steps()]
    assert steps[0] == f'I.go_to("{(tmp_path / "page.html").resolve().as_uri()}")'
    assert steps[1:] == ['I.fill("Name", "Ana")', 'I.click("Save")', 'I.see("Ready")']
    assert "Planned offline" in source and "not run" in source


def test_url_names_the_address_the_offline_test_opens(tmp_path, capsys):
    code, source = generate(tmp_path, "--url", "http://127.0.0.1:9999/form/", "--json")
    payload = json.loads(capsys.readouterr().out)
    assert code == 0 and payload["planned_offline"] is True and payload["validated"] is False
    assert payload["steps"][0] == 'I.go_to("http://127.0.0.1:9999/form/")'
    assert 'I.go_to("http://127.0.0.1:9999/form/")' in source


def test_neither_url_nor_html_is_a_clear_error(capsys):
    assert main(["generate", TASK]) == 2
    assert "--url URL" in capsys.readouterr().err


@pytest.mark.browser
@pytest.mark.slow  # a pytest run in a fresh process: imports and a browser
def test_the_offline_test_passes_as_written(tmp_path):
    code, _ = generate(tmp_path)
    assert code == 0
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
                          str(tmp_path / "test_offline.py")], capture_output=True, text=True, timeout=300,
                         cwd=tmp_path)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]


def test_the_json_answer_and_the_module_carry_the_clause_map(tmp_path, capsys):
    code, source = generate(tmp_path, "--json")
    mapping = json.loads(capsys.readouterr().out)["clause_map"]
    assert code == 0 and mapping["unrealized"] == []
    assert [(c["text"], c["steps"]) for c in mapping["clauses"]] == [
        ('Type "Ana" into Name', [1]), ("click Save", [2]), ('check that "Ready" is shown', [3])
    ]
    lines = source.splitlines()
    assert lines[lines.index('    I.click("Save")') - 1] == "    # click Save"
