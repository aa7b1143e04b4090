"""The written corpus builder: replay with verification, drop reasons, splits by writer and site, cache."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from testgen.data.record import read_records
from testgen.data.written import Plan, WrittenError, build_written, source_files, write_card

GOOD = '''
def test_login():
    """login bob/hunter2 -> 'Welcome, bob'"""
    I.go_to("/shop/login.html")
    I.fill("Username", "bob")
    I.fill("Password", "hunter2")
    I.click("Log in")
    I.see("Welcome, bob")
'''
SHOP = '''"""shop: tasks written by a."""

from testgen import I

''' + GOOD + '''

def test_trivial():
    """Log in as bob and the page still says Log in"""
    I.go_to("/shop/login.html")
    I.fill("Username", "bob")
    I.click("Log in")
    I.see("Log in")


def test_missing_button():
    """launch the rocket"""
    I.go_to("/shop/login.html")
    I.click("Launch rocket")


def test_no_check():
    """just press log in"""
    I.go_to("/shop/login.html")
    I.click("Log in")


def test_loop():
    """remove both from the cart"""
    I.go_to("/shop/login.html")
    for name in ("Pen", "Cup"):
        I.click(name)
'''


def _plan(out, heldout_writer: bool = False) -> None:
    out.mkdir(parents=True, exist_ok=True)
    writers = {"a": {"style": "terse", "brief": "writes short notes"},
               "b": {"style": "chatty", "brief": "writes paragraphs", "heldout": heldout_writer}}
    (out / "writers.json").write_text(json.dumps({"heldout_sites": ["bank"], "writers": writers}))


def _write(folder, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(textwrap.dedent(text))


def test_folders_without_a_brief_are_refused(tmp_path):
    _plan(tmp_path / "out")
    _write(tmp_path / "src" / "zed", "test_shop.py", SHOP)
    with pytest.raises(WrittenError, match="no writer 'zed'"):
        source_files(tmp_path / "src", Plan.load(tmp_path / "out" / "writers.json"))
    with pytest.raises(WrittenError, match="writers.json not found"):
        Plan.load(tmp_path / "nowhere" / "writers.json")


@pytest.mark.browser
def test_only_tests_that_catch_a_broken_feature_are_kept(tmp_path, driver):
    src, out = tmp_path / "src", tmp_path / "out"
    _plan(out, heldout_writer=True)
    _write(src / "a", "test_shop.py", SHOP)
    _write(src / "b", "test_shop.py", '"""shop"""\nfrom testgen import I\n' + GOOD.replace(
        "login bob/hunter2 -> 'Welcome, bob'", "so I'd log in as bob (hunter2) and it should greet me"))
    log = build_written(src, out, driver)
    assert log["tests"] == 6 and log["kept"] == 2
    assert log["dropped"] == {"no check fails before": 1, "not convertible": 1, "nothing to break": 1,
                              "replay failed": 1}
    assert any("Launch rocket" in p for p in log["problems"])
    heldout = list(read_records(out / "heldout.jsonl.gz"))
    trained = list(read_records(out / "train.jsonl.gz")) + list(read_records(out / "valid.jsonl.gz"))
    assert [r.meta["writer"] for r in heldout] == ["b"] and [r.meta["writer"] for r in trained] == ["a"]
    [record] = trained
    assert record.style == "terse" and record.meta["style"] == "terse" and record.source == "written"
    assert set(record.meta["verified"]) == {"replayed", "a_check_fails_before", "fails_when_broken"}
    assert all(record.meta["verified"].values())
    assert [s.line for s in record.steps][-1] == 'I.see("Welcome, bob")'

    class NoBrowser:  # a second build with unchanged files must not replay anything
        def session(self, *args, **kwargs):
            raise AssertionError("replayed a cached file")

    again = build_written(src, out, NoBrowser())
    assert again["kept"] == 2
    card = write_card(out, again).read_text()
    assert "| b | chatty | heldout |" in card and "2 tasks drawn at random" in card
    assert "so I'd log in as bob (hunter2)" in card


def test_numbered_steps_keep_their_lines():
    from testgen.data.importers import describe_test

    doc = """Add a todo
        1. Type   milk
        2. Press Enter

        Expected: 1 item left"""
    expected = "Add a todo\n1. Type milk\n2. Press Enter\nExpected: 1 item left"
    assert describe_test(doc, "test_x", []) == expected


def _children(pid: int) -> set[int]:
    """Processes whose parent is `pid`, read from /proc."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


@pytest.mark.browser
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc (Linux)")
def test_stopping_the_build_stops_its_workers(tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    _plan(out)
    # Enough tests that the build is still replaying when it is stopped.
    _write(src / "a", "test_shop.py", SHOP + "".join(GOOD.replace("test_login", f"test_login_{i}")
                                                      for i in range(40)))
    _write(src / "b", "test_shop.py", SHOP)
    script = ("import sys; from pathlib import Path; "
              "from testgen.data.written import Plan, replay_in_parallel, source_files; "
              "plan = Plan.load(Path(sys.argv[2]) / 'writers.json'); "
              "replay_in_parallel(source_files(Path(sys.argv[1]), plan), Path(sys.argv[2]), "
              "'http://127.0.0.1:9', 2)")
    build = subprocess.Popen([sys.executable, "-c", script, str(src), str(out)])
    deadline = time.monotonic() + 120
    while len(_children(build.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    workers = _children(build.pid)
    assert len(workers) >= 2, "the build never started its workers"
    build.send_signal(signal.SIGTERM)
    assert build.wait(timeout=60) != 0
    deadline = time.monotonic() + 30
    while any(Path(f"/proc/{pid}").exists() for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()], "workers outlived the build"


@pytest.mark.browser
def test_a_site_that_does_not_answer_stops_the_build_and_caches_nothing(tmp_path, testgen_browser):
    from testgen.data.driver import Driver, DriverConfig
    from testgen.data.importers.replay import SiteUnreachable

    src, out = tmp_path / "src", tmp_path / "out"
    _plan(out)
    _write(src / "a", "test_shop.py", SHOP)
    down = Driver("http://127.0.0.1:9", DriverConfig(navigation_timeout=3.0), browser=testgen_browser)
    with pytest.raises(SiteUnreachable, match="127.0.0.1:9"):
        build_written(src, out, down)
    assert not list((out / "cache").rglob("*.json.gz")), "a failed replay of a down site was cached"
