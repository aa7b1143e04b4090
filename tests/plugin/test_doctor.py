"""`testgen doctor`: the JSON report, exit 1 when something required is missing, and the model check."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest

from testgen.commands import doctor


def test_json_report_lists_every_check(run_python, browser_path: str) -> None:
    done = run_python("-m", "testgen", "doctor", "--json", "--no-launch")
    report = json.loads(done.stdout)
    checks = {check["name"]: check for check in report["checks"]}
    assert list(checks) == ["python", "torch", "playwright", "browser", "cuda", "model"]
    healthy = all(check["ok"] for check in checks.values() if check["required"])
    assert (report["ok"], done.returncode) == (healthy, 0 if healthy else 1)
    assert all(check["fix"] for check in checks.values() if not check["ok"])
    assert checks["browser"]["ok"] is True
    assert checks["python"]["detail"].startswith(".".join(map(str, sys.version_info[:3])))
    assert checks["torch"]["detail"].startswith("2.13.0")
    assert checks["browser"]["detail"].startswith(browser_path)
    assert checks["cuda"]["required"] is False


def test_missing_browser_exits_1_with_the_fix(run_python, tmp_path: Path) -> None:
    done = run_python("-m", "testgen", "doctor", "--json", env={"TESTGEN_BROWSER": str(tmp_path / "gone")})
    assert done.returncode == 1
    report = json.loads(done.stdout)
    browser = next(check for check in report["checks"] if check["name"] == "browser")
    assert report["ok"] is False and browser["ok"] is False
    assert "TESTGEN_BROWSER" in browser["fix"]


@pytest.mark.browser
def test_browser_check_launches_it(browser_path: str) -> None:
    check = doctor.check_browser(launch=True)
    assert check.ok, check.detail
    assert "launches: version " in check.detail


@pytest.fixture
def fake_model_package(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> types.ModuleType:
    """A `testgen.model` whose `load_model` records its argument, and a weights folder with one checkpoint."""
    module = types.ModuleType("testgen.model")
    monkeypatch.setitem(sys.modules, "testgen.model", module)
    weights = tmp_path / "weights"
    (weights / "base").mkdir(parents=True)
    (weights / "base" / "config.json").write_text("{}")
    monkeypatch.setattr(doctor, "WEIGHTS_DIR", weights)
    return module


def test_model_check_loads_the_shipped_checkpoint(fake_model_package: types.ModuleType) -> None:
    loaded = []
    fake_model_package.load_model = loaded.append
    check = doctor.check_model()
    assert check.ok, check.detail
    assert loaded == [doctor.WEIGHTS_DIR / "base"]


def test_model_that_fails_to_load_is_a_required_failure(fake_model_package: types.ModuleType) -> None:
    def broken(path: Path) -> None:
        raise ValueError("truncated safetensors header")

    fake_model_package.load_model = broken
    check = doctor.check_model()
    assert (check.ok, check.required) == (False, True)
    assert "truncated safetensors header" in check.detail and check.fix


def test_model_without_a_loader_is_reported_not_available(fake_model_package: types.ModuleType) -> None:
    check = doctor.check_model()
    assert (check.ok, check.required) == (False, False)
    assert check.detail.startswith("not available")
