"""The server on a real loopback socket: events arrive as they happen, a full queue answers 429, a client
that disconnects cancels its job and frees its browser context, a request past its timeout is stopped."""

from __future__ import annotations

import time

import httpx
import pytest

from testgen.serve import ServeConfig
from testgen.serve.http import read_events
from tests.serve.conftest import SLOW_SECONDS, serving

SLOW_TASK = 'Click Next page and check that "Arrived" is shown'
pytestmark = pytest.mark.browser


def wait_for_queue(base: str, ready, seconds: float = 60.0) -> dict:
    """Poll /healthz until `ready(queue)` holds; return that queue status."""
    deadline = time.monotonic() + seconds
    while True:
        queue = httpx.get(f"{base}/healthz").json()["queue"]
        if ready(queue):
            return queue
        assert time.monotonic() < deadline, f"the queue never got there: {queue}"
        time.sleep(0.2)


def test_events_arrive_while_the_job_runs(slow_site: str) -> None:
    with serving(ServeConfig()) as base, httpx.stream(
        "POST", f"{base}/v1/generate", json={"task": SLOW_TASK, "url": slow_site, "planner": "rules"},
        timeout=120,
    ) as answer:
        arrived = [(name, data, time.monotonic()) for name, data in read_events(answer.iter_lines())]
    order = [name for name, _, _ in arrived]
    assert order == ["accepted", "started", "clauses", "step", "step", "clause_map", "test", "done"]
    first_step = next(at for name, _, at in arrived if name == "step")
    test_at = next(at for name, _, at in arrived if name == "test")
    assert test_at - first_step > SLOW_SECONDS * 0.75  # the step was sent before the slow page finished
    test = next(data for name, data, _ in arrived if name == "test")
    assert test["passed"] and 'I.click("Next page")' in test["source"]
    assert 'I.see("Arrived")' in test["source"]


def test_a_full_queue_answers_429_with_retry_after(slow_site: str) -> None:
    with serving(ServeConfig(queue_size=0)) as base, httpx.Client(base_url=base, timeout=120) as http:
        body = {"task": SLOW_TASK, "url": slow_site, "planner": "rules"}
        with http.stream("POST", "/v1/generate", json=body) as first:
            events = read_events(first.iter_lines())
            assert [next(events)[0], next(events)[0]] == ["accepted", "started"]
            busy = http.post("/v1/generate", json=body)
            assert busy.status_code == 429
            assert int(busy.headers["retry-after"]) >= 1
            error = busy.json()["error"]
            assert error["kind"] == "busy" and "queue holds 0" in error["message"]
            assert [name for name, _ in events][-1] == "done"
        queue = http.get("/healthz").json()["queue"]
        assert queue["jobs"]["rejected"] == 1 and queue["jobs"]["done"] == 1


def test_a_client_that_disconnects_cancels_its_job_and_frees_its_context(slow_site: str) -> None:
    with serving(ServeConfig()) as base:
        with httpx.stream("POST", f"{base}/v1/generate", timeout=120,
                          json={"task": SLOW_TASK, "url": slow_site, "planner": "rules"}) as answer:
            for name, _ in read_events(answer.iter_lines()):
                if name == "step":  # the page behind the click is still loading: leave now
                    break
        queue = wait_for_queue(base, lambda q: q["running"] is None)
        assert queue["jobs"]["cancelled"] == 1 and queue["jobs"]["done"] == 0
        assert queue["open_contexts"] == 0


def test_a_request_past_its_timeout_ends_with_a_timeout_error(slow_site: str) -> None:
    with serving(ServeConfig()) as base, httpx.stream(
        "POST", f"{base}/v1/generate", timeout=120,
        json={"task": SLOW_TASK, "url": slow_site, "planner": "rules", "timeout": 1.5},
    ) as answer:
        events = list(read_events(answer.iter_lines()))
    assert [name for name, _ in events][-2:] == ["error", "done"]
    assert dict(events)["error"]["kind"] == "timeout" and dict(events)["done"]["outcome"] == "timeout"
    assert "test" not in dict(events)
