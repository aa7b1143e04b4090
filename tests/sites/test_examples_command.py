"""`testgen examples list` and `testgen examples serve`."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from testgen.cli import main


def test_list_json_names_every_site(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["examples", "list", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    by_name = {site["name"]: site for site in listing["sites"]}
    assert {"shop", "todo", "widgets"} <= set(by_name)
    assert by_name["shop"]["path"] == "/shop/"
    assert Path(listing["sites_dir"], "shop", "index.html").is_file()


def test_list_with_a_missing_folder_exits_2_and_says_how_to_fix(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["examples", "list", "--sites-dir", str(tmp_path / "gone")]) == 2
    err = capsys.readouterr().err
    assert "gone" in err and "TESTGEN_SITES_DIR" in err


def test_serve_prints_site_urls_that_answer() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "testgen", "examples", "serve", "--port", "0", "--json"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        announced = json.loads(process.stdout.readline())
        sites = {site["name"]: site["url"] for site in announced["sites"]}
        with urllib.request.urlopen(sites["todo"]) as response:
            assert "What needs to be done?" in response.read().decode()
    finally:
        process.terminate()
        process.wait(timeout=10)
