"""The web page at `/`, driven in a real headless Chromium: type a sentence, watch the steps appear, take the
test, run it, see a failing run reported and analyzed."""

from __future__ import annotations

import pytest

from testgen.serve import ServeConfig
from tests.serve.conftest import WIDGETS_TASK, serving

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server_url() -> str:
    with serving(ServeConfig()) as base:
        yield base


def test_sentence_in_steps_stream_in_then_the_test(page, server_url: str, sites_url: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server_url)
    page.goto(f"{server_url}/")
    page.get_by_label("Sentence").fill(WIDGETS_TASK)
    page.get_by_label("Start URL").fill(f"{sites_url}/widgets/")
    page.get_by_role("button", name="Generate").click()

    steps = page.get_by_role("list", name="Steps").get_by_role("listitem")
    steps.nth(1).wait_for(timeout=90_000)
    assert steps.all_inner_texts() == ['I.click("Yearly")', 'I.see("$120 per year")']
    source = page.get_by_label("Test source")
    page.wait_for_function("document.getElementById('source').value.includes('I.see')", timeout=90_000)
    assert 'I.click("Yearly")' in source.input_value()
    assert "passed a clean re-run" in page.get_by_role("status").inner_text()
    clauses = page.get_by_role("list", name="Clauses").get_by_role("listitem").all_inner_texts()
    assert clauses == ["Click the Yearly tab → steps 1", 'check that "$120 per year" is shown → steps 2']

    page.get_by_role("button", name="Copy").click()
    page.get_by_text("Copied").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == source.input_value()

    page.get_by_role("button", name="Run").click()
    results = page.get_by_role("list", name="Run results").get_by_role("listitem")
    results.first.wait_for(timeout=90_000)
    assert results.first.inner_text().startswith("✓ test_click_the_yearly_tab_and_check")


def test_an_edited_test_that_fails_is_reported_and_analyzed(page, server_url: str, sites_url: str) -> None:
    page.goto(f"{server_url}/")
    page.get_by_label("Sentence").fill(WIDGETS_TASK)
    page.get_by_label("Start URL").fill(f"{sites_url}/widgets/")
    page.get_by_label("Planner").select_option("rules")
    page.get_by_role("button", name="Generate").click()
    page.wait_for_function("document.getElementById('source').value.includes('I.see')", timeout=90_000)
    source = page.get_by_label("Test source")
    source.fill(source.input_value().replace("$120 per year", "$999 per year"))
    page.get_by_role("button", name="Run").click()
    page.get_by_text("0 passed, 1 failed").wait_for(timeout=90_000)
    failed = page.get_by_role("list", name="Run results").get_by_role("listitem").first
    assert failed.inner_text().startswith("✗") and "$999 per year" in failed.inner_text()

    page.get_by_role("button", name="Analyze the failure").click()
    page.get_by_text("Verdict:").wait_for(timeout=120_000)
    # a checked text that is gone is a changed behaviour: the analyzer never weakens the assertion
    assert page.get_by_text("Verdict:").inner_text() == "Verdict: behaviour changed"
    analysis = page.locator("#analysis").inner_text()
    assert 'I.see("$999 per year")' in analysis and "Failing step, line" in analysis
    progress = page.get_by_role("list", name="Analysis progress").get_by_role("listitem").all_inner_texts()
    assert progress[0].startswith("running test_click_the_yearly_tab") and "the test fails" in progress
