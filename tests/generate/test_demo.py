"""`testgen demo` end to end, as `make demo` runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from testgen.generate.load import BASE_MODEL

pytestmark = pytest.mark.browser


@pytest.mark.skipif(not BASE_MODEL.is_dir(), reason="no shipped model in testgen/weights/base")
def test_demo_generates_and_runs_passing_tests(tmp_path):
    done = subprocess.run([sys.executable, "-m", "testgen", "demo", "--out", str(tmp_path), "--json"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    summary = json.loads(done.stdout)
    assert summary["out"] == str(tmp_path) and len(summary["tests"]) >= 2
    for test in summary["tests"]:
        assert test["generated"] and test["ran"] == "passed"
        source = Path(test["file"]).read_text()
        assert "I.see" in source and source.startswith('"""')
