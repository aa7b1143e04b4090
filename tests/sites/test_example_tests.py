"""The hand-written tests in `examples/tests/` pass against the example sites and use every verb."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from testgen.step import VERBS

REPO = Path(__file__).resolve().parents[2]
EXAMPLE_TESTS = REPO / "examples" / "tests"


def used_verbs(folder: Path) -> tuple[set[str], bool]:
    """Every `I.<verb>(...)` called in the folder's tests, and whether any call passes `near=`."""
    verbs: set[str] = set()
    near = False
    for path in folder.glob("test_*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "I"):
                verbs.add(node.func.attr)
                near = near or any(keyword.arg == "near" for keyword in node.keywords)
    return verbs, near


def test_example_tests_use_every_verb_within_and_near() -> None:
    verbs, near = used_verbs(EXAMPLE_TESTS)
    assert set(VERBS) | {"within"} <= verbs, f"unused: {sorted(set(VERBS) | {'within'} - verbs)}"
    assert verbs <= set(VERBS) | {"within"}, f"not in the language: {sorted(verbs - set(VERBS) - {'within'})}"
    assert near


@pytest.mark.browser
@pytest.mark.slow
def test_example_tests_pass_against_the_sites(sites_url: str, tmp_path: Path) -> None:
    pytest.importorskip("testgen.runtime", reason="the runtime (`from testgen import I`) is not importable")
    junit = tmp_path / "junit.xml"
    run = subprocess.run(
        [sys.executable, "-m", "pytest", str(EXAMPLE_TESTS), "--base-url", sites_url, "-q",
         "-p", "no:cacheprovider", "--artifacts", str(tmp_path / "artifacts"), f"--junitxml={junit}"],
        cwd=REPO, capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    suite = ET.parse(junit).getroot().find("testsuite")
    assert suite is not None
    files = EXAMPLE_TESTS.glob("test_*.py")
    written = sum(len(re.findall(r"^def test_", path.read_text(), re.MULTILINE)) for path in files)
    assert int(suite.get("tests", 0)) == written
    assert suite.get("failures") == suite.get("errors") == suite.get("skipped") == "0"
