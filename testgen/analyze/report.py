"""A self-contained HTML report of one analysis: steps, the failing step, screenshots before and after the
fix (embedded), the outline diff, the fixes tried and the patch. One file, no outside resources."""

from __future__ import annotations

import base64
from html import escape
from pathlib import Path

from testgen.analyze.analysis import Analysis

STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1d2330}
h1{font-size:1.4rem} h2{font-size:1.1rem;margin-top:1.8rem} code,pre{font:13px ui-monospace,monospace}
pre{background:#f4f5f7;padding:.8rem;overflow:auto;border-radius:4px}
.status{display:inline-block;padding:.15rem .6rem;border-radius:3px;color:#fff;font-weight:600}
.fixed,.passes{background:#1f7a3d} .behaviour_changed{background:#a4461b} .unknown{background:#5b6170}
ol.steps li{padding:.1rem .3rem} li.failed{background:#fde8e4;font-weight:600} li.notrun{color:#8a8f99}
li.fault{outline:2px solid #a4461b} .shots{display:flex;gap:1rem} .shots figure{flex:1;margin:0}
.shots img{max-width:100%;border:1px solid #ccd} table{border-collapse:collapse}
td,th{border:1px solid #ccd;padding:.3rem .5rem;text-align:left} .add{color:#1f7a3d} .del{color:#a4461b}
"""


def _image(path: str | None) -> str:
    if not path or not Path(path).is_file():
        return "<p>(no screenshot)</p>"
    data = base64.b64encode(Path(path).read_bytes()).decode()
    return f'<img alt="screenshot" src="data:image/png;base64,{data}">'


def _diff_block(text: str) -> str:
    lines = []
    for line in text.splitlines():
        css = "add" if line.startswith("+") else "del" if line.startswith("-") else ""
        lines.append(f'<span class="{css}">{escape(line)}</span>' if css else escape(line))
    return "<pre>" + "\n".join(lines) + "</pre>"


def render_html(analysis: Analysis, path: str = "") -> str:
    """The report as one HTML document."""
    fault = (analysis.failing_step or {}).get("line")
    steps = []
    for step in analysis.steps:
        css = {"failed": "failed", "not run": "notrun"}.get(step.outcome, "")
        if step.line == fault and step.outcome != "failed":
            css += " fault"
        steps.append(
            f'<li class="{css}"><code>{escape(step.source)}</code> '
            f"<small>line {step.line} · {escape(step.outcome)}</small></li>"
        )
    parts = [
        "<!doctype html><html lang=en><meta charset=utf-8>",
        f"<title>Analysis of {escape(analysis.test)}</title>",
        f"<style>{STYLE}</style>",
        f"<h1>{escape(analysis.test)} <small>{escape(path)}</small></h1>",
        f'<p><span class="status {analysis.status}">{escape(analysis.status.replace("_", " "))}</span> '
        f"cause: <b>{escape(analysis.cause or '-')}</b> · confidence {analysis.confidence:.0%} · "
        f"{analysis.seconds:.1f} s</p>",
        f"<p>{escape(analysis.explanation)}</p>",
    ]
    if analysis.failed_at:
        parts.append(
            f"<p>Failed at line {analysis.failed_at['line']}: "
            f"<code>{escape(analysis.failed_at['source'])}</code><br>"
            f"<small>{escape(analysis.failed_at.get('error') or '')}</small></p>"
        )
    parts.append('<h2>Steps</h2><ol class="steps">' + "".join(steps) + "</ol>")
    parts.append(
        '<h2>Screenshots</h2><div class="shots">'
        f"<figure>{_image(analysis.screenshots.get('before'))}<figcaption>where the test failed"
        f"</figcaption></figure><figure>{_image(analysis.screenshots.get('after'))}"
        "<figcaption>the end of the re-run with the fix</figcaption></figure></div>"
    )
    if analysis.outline_diff:
        parts.append(
            "<h2>Page then and now</h2><p>What the last passing run saw at this step (−) and what "
            "the page shows now (+).</p>" + _diff_block(analysis.outline_diff)
        )
    if analysis.fixes:
        rows = "".join(
            f"<tr><td><code>{escape(fix.source)}</code></td><td>{'passes' if fix.verified else 'fails'}</td>"
            f"<td>{'yes' if fix.changes_assertion else 'no'}</td><td>{escape(fix.reason)}</td></tr>"
            for fix in analysis.fixes
        )
        parts.append(
            "<h2>Fixes tried (each by re-running the whole test)</h2><table><tr><th>line</th>"
            f"<th>re-run</th><th>changes an assertion</th><th>why</th></tr>{rows}</table>"
        )
    if analysis.patch:
        parts.append("<h2>Patch</h2>" + _diff_block(analysis.patch))
    return "\n".join(parts) + "\n</html>\n"
