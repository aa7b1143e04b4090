"""The browser thread's queue without a browser: its bound, the wait estimate, cancelled and late jobs."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from testgen.serve.jobs import BrowserWorker, Job, QueueFull


@pytest.fixture
def worker():
    started = BrowserWorker(queue_size=1)
    started.start()
    yield started
    started.stop()


def wait_until(condition, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline
        time.sleep(0.01)


def job(work, timeout: float = 30.0) -> Job:
    return Job("test", work, timeout, asyncio.new_event_loop())


def test_the_queue_is_bounded_and_a_cancelled_waiting_job_never_runs(worker: BrowserWorker) -> None:
    release, ran = threading.Event(), []
    first = job(lambda j, contexts: release.wait(10))
    second = job(lambda j, contexts: ran.append("second"))
    assert worker.submit(first) == 0
    wait_until(lambda: worker.running is first)
    assert worker.submit(second) == 0
    with pytest.raises(QueueFull) as full:
        worker.submit(job(lambda j, contexts: None))
    assert full.value.retry_after >= 1 and "queue holds 1" in str(full.value)
    second.cancel("the client disconnected")
    release.set()
    wait_until(lambda: second.finished)
    assert ran == [] and second.outcome == "cancelled"
    assert worker.status()["jobs"] == {"done": 1, "failed": 0, "cancelled": 1, "timeout": 0, "rejected": 1}


def test_a_job_past_its_deadline_stops_at_its_next_check(worker: BrowserWorker) -> None:
    def slow(j: Job, contexts) -> None:
        time.sleep(0.3)
        j.check()
        raise AssertionError("check() should have stopped the job")

    late = job(slow, timeout=0.1)
    worker.submit(late)
    wait_until(lambda: late.finished)
    assert late.outcome == "timeout"


def test_a_failing_job_is_reported_and_the_thread_goes_on(worker: BrowserWorker) -> None:
    broken = job(lambda j, contexts: 1 / 0)
    fine = job(lambda j, contexts: None)
    worker.submit(broken)
    wait_until(lambda: broken.finished)
    worker.submit(fine)
    wait_until(lambda: fine.finished)
    assert (broken.outcome, fine.outcome) == ("failed", "done")
