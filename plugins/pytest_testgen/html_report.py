"""`--testgen-html FILE`: one self-contained HTML page for a test run (no scripts, no files beside it).

Each test shows its outcome, time and error; a browser test also its steps (the line, the element that
answered, milliseconds, how it ended), its screenshots embedded as data URLs, and where its Playwright trace
was kept. Failing tests come first and open.
"""

from __future__ import annotations

import base64
import json
import os
import time
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from pytest_testgen.plugin import FinishedTests

MARKS = {"passed": "✓", "failed": "✗", "error": "✗", "skipped": "–"}
STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; color: #1d232b; }
h1 { font-size: 1.4rem; } .counts span { margin-right: 1.2rem; font-weight: 600; }
details { border: 1px solid #d7dce2; border-radius: 6px; margin: .5rem 0; padding: .3rem .8rem; }
summary { cursor: pointer; } .passed { color: #17743a; } .failed, .error { color: #b3261e; }
.skipped { color: #8a6d00; } pre { background: #f5f6f8; padding: .6rem; white-space: pre-wrap; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
td, th { border-bottom: 1px solid #e6e9ed; padding: .25rem .5rem; text-align: left; vertical-align: top; }
td.ms { text-align: right; font-variant-numeric: tabular-nums; } code { font-size: 13px; }
img { max-width: 100%; border: 1px solid #d7dce2; margin: .4rem 0; }
"""


def data_url(path: str | None) -> str | None:
    """A PNG as a `data:` URL, or None when there is no such file."""
    if not path or not Path(path).is_file():
        return None
    return "data:image/png;base64," + base64.b64encode(Path(path).read_bytes()).decode()


def read_trace(path: str | None) -> dict[str, Any]:
    """The plugin's JSON trace of a browser test ({} for a test without a page)."""
    if not path or not Path(path).is_file():
        return {}
    try:
        return json.loads(Path(path).read_text())
    except ValueError:
        return {}


def step_rows(steps: list[dict[str, Any]]) -> str:
    rows = []
    for number, step in enumerate(steps, start=1):
        resolved = step.get("resolved") or {}
        answered = f'{resolved.get("role", "")} "{resolved.get("name", "")}"' if resolved else ""
        outcome = step.get("outcome", "")
        error = f"<br>{escape(step['error'])}" if step.get("error") else ""
        shot = data_url(step.get("screenshot"))
        image = f'<br><img alt="step {number} screenshot" src="{shot}">' if shot else ""
        rows.append(
            f"<tr><td>{number}</td><td><code>{escape(step.get('line', ''))}</code></td>"
            f"<td>{escape(answered)}</td><td class=ms>{step.get('ms', 0):.0f}</td>"
            f'<td class="{escape(outcome)}">{escape(outcome)}{error}{image}</td></tr>'
        )
    if not rows:
        return ""
    return ("<table><tr><th>#</th><th>step</th><th>element</th><th>ms</th><th>outcome</th></tr>"
            + "".join(rows) + "</table>")


def test_section(record: dict[str, Any], report_dir: Path) -> str:
    """One test: a summary line that opens to its error, steps, screenshot and trace."""
    outcome = record["outcome"]
    trace = read_trace(record.get("trace"))
    browser = f" · {escape(trace['browser'])}" if trace.get("browser") else ""
    parts = [f"<pre>{escape(record['error'])}</pre>"] if record.get("error") else []
    parts.append(step_rows(trace.get("steps", [])))
    shot = data_url(trace.get("screenshot"))
    if shot:
        parts.append(f'<p>The page when the test failed:</p><img alt="failure screenshot" src="{shot}">')
    if trace.get("playwright_trace"):
        zip_path = Path(trace["playwright_trace"])
        link = escape(os.path.relpath(zip_path.resolve(), report_dir.resolve()))
        parts.append(f'<p>Playwright trace: <a href="{link}">{escape(zip_path.name)}</a> '
                     f"(open with <code>playwright show-trace {escape(str(zip_path))}</code>)</p>")
    opened = " open" if outcome in ("failed", "error") else ""
    return (f'<details{opened}><summary><span class="{escape(outcome)}">{MARKS.get(outcome, "?")} '
            f"{escape(record['name'])}</span> · {record['duration']:.2f} s{browser}</summary>"
            + "".join(parts) + "</details>")


def render_report(records: list[dict[str, Any]], seconds: float, report_dir: Path) -> str:
    """The whole page for `records` (the plugin's finished-test records)."""
    counts = {outcome: sum(r["outcome"] == outcome for r in records) for outcome in MARKS}
    failing_first = sorted(records, key=lambda r: r["outcome"] not in ("failed", "error"))
    summary = "".join(f'<span class="{k}">{v} {k}</span>' for k, v in counts.items() if v) or "no tests ran"
    stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime())
    return (
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>testgen report</title>"
        f"<style>{STYLE}</style></head><body><h1>testgen report</h1>"
        f"<p class=counts>{summary}</p><p>{len(records)} tests in {seconds:.1f} s, {stamp}</p>"
        + "".join(test_section(r, report_dir) for r in failing_first)
        + "</body></html>\n"
    )


class HtmlReport:
    """Collects finished tests (on the xdist controller, which sees them all); writes the page at the end."""

    def __init__(self, path: Path, finished: FinishedTests) -> None:
        self.path = path
        self.finished = finished
        self.records: list[dict[str, Any]] = []
        self.started = time.perf_counter()

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        record = self.finished.record(report)
        if record is not None:
            self.records.append(record)

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        page = render_report(self.records, time.perf_counter() - self.started, self.path.parent)
        self.path.write_text(page, encoding="utf-8")
