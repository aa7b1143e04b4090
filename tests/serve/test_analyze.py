"""`POST /v1/analyze`: the analyzer's progress streamed, then its analysis; a passing test says so."""

from __future__ import annotations

import pytest

from testgen.serve.http import read_events

pytestmark = pytest.mark.browser

TEST = '''from testgen import I


def test_yearly_price():
    I.go_to("/widgets/")
    I.click("{tab}")
    I.see("$120 per year")
'''


def analyze(client, source: str, base_url: str) -> list[tuple[str, dict]]:
    with client.stream("POST", "/v1/analyze", json={"source": source, "base_url": base_url}) as answer:
        assert answer.status_code == 200, answer.read()
        return list(read_events(answer.iter_lines()))


def test_a_passing_test_is_analyzed_as_passing(client, sites_url: str) -> None:
    events = analyze(client, TEST.format(tab="Yearly"), sites_url)
    order = [name for name, _ in events]
    assert order[:2] == ["accepted", "started"] and order[-2:] == ["analysis", "done"]
    assert set(order[2:-2]) == {"progress"}
    assert [data["event"] for name, data in events if name == "progress"][0] == "started"
    assert dict(events)["analysis"]["status"] == "passes"
    assert client.get("/healthz").json()["queue"]["open_contexts"] == 0


def test_a_failing_test_names_its_failing_step(client, sites_url: str) -> None:
    events = analyze(client, TEST.format(tab="Annual plan"), sites_url)
    progress = [data for name, data in events if name == "progress"]
    failing = next(data for data in progress if data["event"] == "failing_step")
    assert 'I.click("Annual plan")' in failing["source"]
    analysis = dict(events)["analysis"]
    assert analysis["status"] in ("fixed", "behaviour_changed", "unknown")
    assert 'I.click("Annual plan")' in analysis["failing_step"]["source"]
    assert dict(events)["done"]["outcome"] == "done"
    assert client.get("/healthz").json()["queue"]["open_contexts"] == 0


def test_a_module_without_tests_is_a_refusal(client, sites_url: str) -> None:
    events = analyze(client, "x = 1\n", sites_url)
    assert [name for name, _ in events][-2:] == ["refusal", "done"]
    assert dict(events)["refusal"]["message"]
