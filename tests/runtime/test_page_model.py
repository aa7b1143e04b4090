"""The page model on real saved pages and through a lazily launched browser."""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pytest

from html_compactor.page_model import normalize_text, snapshot
from testgen.runtime.resolve import resolve_target

pytestmark = pytest.mark.browser

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
PAGES = Path(__file__).resolve().parent / "pages"


def test_normalize_text_folds_case_and_whitespace():
    assert normalize_text("  Straße\n\tUND\u00a0Mehr ") == "strasse und mehr"


@pytest.fixture
def static_page(page):
    """A page with JavaScript off and every request aborted, for saved real-world HTML."""
    context = page.context.browser.new_context(java_script_enabled=False)
    quiet = context.new_page()
    quiet.route("**/*", lambda route: route.abort())
    yield quiet
    context.close()


@pytest.mark.skipif(not (CORPUS / "product-pages").is_dir(), reason="no shared corpus beside the checkout")
def test_big_real_page_snapshots_and_every_visible_control_resolves_by_its_name(static_page):
    biggest = max((CORPUS / "product-pages").glob("*.html.gz"), key=lambda p: p.stat().st_size)
    html = gzip.decompress(biggest.read_bytes()).decode("utf-8", "replace")
    static_page.set_content(html, wait_until="domcontentloaded")
    model = snapshot(static_page)
    assert len(model) > 1000
    assert all(el.id == i and el.parent < i for i, el in enumerate(model.elements))
    assert len(model.full_text(0)) > 200
    controls = [el for el in model.elements if el.visible and el.role in ("button", "link") and el.name][:40]
    assert controls
    for control in controls:
        found = resolve_target(model, control.name, "clickable").element
        assert found is not None and normalize_text(found.name) == normalize_text(control.name)
        assert found.visible and found.role in ("button", "link")


def test_unbound_I_launches_a_browser_and_closes_it_at_exit(tmp_path):
    script = tmp_path / "standalone.py"
    script.write_text(
        "from testgen import I\n"
        f"I.go_to({(PAGES / 'form.html').as_uri()!r})\n"
        "I.fill('Username', 'zoe')\n"
        "I.see_value('Username', 'zoe')\n"
        "print([r.outcome for r in I.trace])\n"
    )
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['passed', 'passed', 'passed']"
