"""The browser thread: one thread owns Playwright, the browser and the model's turn, and runs queued jobs one
at a time (the runtime's `I` drives one page at a time). The queue is bounded: a request beyond it is
refused at once with a wait estimate, never left hanging.
"""

from __future__ import annotations

import asyncio
import logging
import math
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from testgen.errors import TestgenError

log = logging.getLogger("testgen.serve")
FIRST_GUESS_SECONDS = 5.0  # what one job is assumed to take before any has finished
AVERAGE_WEIGHT = 0.2  # weight of the newest job in the running average of job seconds


class Cancelled(TestgenError):
    """The client went away, the request ran past its timeout (`timed_out`), or the server is stopping."""

    def __init__(self, message: str, timed_out: bool = False) -> None:
        super().__init__(message)
        self.timed_out = timed_out


class QueueFull(TestgenError):
    """Every place in the queue is taken; `retry_after` is the estimated seconds until one frees up."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass
class Job:
    """One request's work: `work(job, contexts)` runs on the browser thread and reports through `emit`."""

    kind: str
    work: Callable[[Job, ContextPool], None]
    timeout: float
    loop: asyncio.AbstractEventLoop
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    events: asyncio.Queue = field(default_factory=asyncio.Queue)
    accepted: float = field(default_factory=time.monotonic)
    finished: bool = False
    outcome: str = "pending"  # then "done", "failed", "cancelled" or "timeout"
    _stop: threading.Event = field(default_factory=threading.Event)
    _reason: str = ""
    _timed_out: bool = False

    @property
    def deadline(self) -> float:
        return self.accepted + self.timeout

    def emit(self, event: str, data: dict[str, Any]) -> None:
        """Send one event to the client's stream (thread-safe; dropped once the stream has ended)."""
        if not self.finished:
            self.loop.call_soon_threadsafe(self.events.put_nowait, (event, data))

    def cancel(self, reason: str, timed_out: bool = False) -> None:
        """Ask the work to stop at its next checkpoint (any thread)."""
        if not self._stop.is_set():
            self._reason, self._timed_out = reason, timed_out
            self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def check(self) -> None:
        """Raise `Cancelled` when the job should stop: called by the work between its steps."""
        if not self._stop.is_set() and time.monotonic() > self.deadline:
            self.cancel(f"the request ran past its {self.timeout:g} s timeout", timed_out=True)
        if self._stop.is_set():
            raise Cancelled(self._reason, self._timed_out)

    def end(self) -> None:
        """Close the stream: the client sees no event after this one."""
        self.loop.call_soon_threadsafe(self.events.put_nowait, None)
        self.finished = True


class ContextPool:
    """The browser's contexts, lent to one job at a time: launched on first use (a crashed browser is
    relaunched) and every context the job left open is closed when it ends, so nothing leaks into the next."""

    def __init__(self) -> None:
        self._browser: Any = None
        self._open: list[Any] = []

    @property
    def browser(self) -> Any:
        if self._browser is None or not self._browser.is_connected():
            from testgen.browser import launch_browser, shared_playwright

            self._browser = launch_browser(shared_playwright())  # this thread's own Playwright
        return self._browser

    @property
    def open_contexts(self) -> int:
        return len(self._open)

    def new_context(self, **options: Any) -> Any:
        """A fresh context (the generator calls this as it would on a browser)."""
        context = self.browser.new_context(**options)
        self._open.append(context)
        context.on("close", lambda closed: self._open.remove(closed) if closed in self._open else None)
        return context

    def close_all(self) -> None:
        for context in list(self._open):
            try:
                context.close()
            except Exception:  # noqa: BLE001 - a context of a crashed browser is gone already
                self._open.remove(context)

    def shutdown(self) -> None:
        self.close_all()
        if self._browser is not None:
            try:
                self._browser.close()
            except Exception:  # noqa: BLE001 - closing at exit must never raise
                log.warning("browser did not close cleanly", extra={"event": "browser_close_failed"})
            self._browser = None


class BrowserWorker:
    """The queue and the thread that drains it."""

    def __init__(self, queue_size: int) -> None:
        self.queue_size = queue_size
        self.contexts = ContextPool()
        self.waiting: deque[Job] = deque()
        self.running: Job | None = None
        self.counts = {"done": 0, "failed": 0, "cancelled": 0, "timeout": 0, "rejected": 0}
        self.average_seconds = FIRST_GUESS_SECONDS
        self._wake = threading.Condition()
        self._stopping = False
        self._thread = threading.Thread(target=self._drain, name="testgen-browser", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, wait: float = 30.0) -> None:
        """Cancel every waiting and running job, close the browser, end the thread."""
        with self._wake:
            self._stopping = True
            for job in [*self.waiting, *([self.running] if self.running else [])]:
                job.cancel("the server is stopping")
            self._wake.notify_all()
        if self._thread.is_alive():
            self._thread.join(wait)

    def submit(self, job: Job) -> int:
        """Queue `job`; its place (0: it runs next). Raise `QueueFull` when the queue holds `queue_size`."""
        with self._wake:
            idle = self.running is None and not self.waiting
            if self._stopping or (not idle and len(self.waiting) >= self.queue_size):
                self.counts["rejected"] += 1
                ahead = len(self.waiting) + 1
                retry = max(1, math.ceil(ahead * self.average_seconds))
                raise QueueFull(
                    f"the server is busy: {ahead} request(s) ahead and the queue holds {self.queue_size}; "
                    f"retry in about {retry} s",
                    retry,
                )
            self.waiting.append(job)
            self._wake.notify()
            return len(self.waiting) - 1

    def status(self) -> dict[str, Any]:
        with self._wake:
            return {
                "running": self.running.kind if self.running else None,
                "waiting": len(self.waiting),
                "queue_size": self.queue_size,
                "open_contexts": self.contexts.open_contexts,
                "average_seconds": round(self.average_seconds, 2),
                "jobs": dict(self.counts),
            }

    def _drain(self) -> None:
        try:
            while True:
                with self._wake:
                    while not self.waiting and not self._stopping:
                        self._wake.wait()
                    if not self.waiting:
                        return
                    self.running = self.waiting.popleft()
                self._run(self.running)
                with self._wake:
                    self.running = None
        finally:
            self.contexts.shutdown()
            from testgen.browser import stop_shared_playwright

            stop_shared_playwright()

    def _run(self, job: Job) -> None:
        """Run one job to its end: its own events, or one `error` event naming why it stopped."""
        started = time.monotonic()
        try:
            job.check()
            job.emit("started", {"waited": round(started - job.accepted, 3)})
            job.work(job, self.contexts)
            job.outcome = "done"
        except Cancelled as stop:
            job.outcome = "timeout" if stop.timed_out else "cancelled"
            job.emit("error", {"kind": job.outcome, "message": str(stop)})
        except Exception as err:  # noqa: BLE001 - one failed request must never stop the browser thread
            job.outcome = "failed"
            log.exception("job failed", extra={"event": "job_failed", "job": job.id, "kind": job.kind})
            job.emit("error", {"kind": "internal", "message": f"{type(err).__name__}: {err}"})
        finally:
            self.contexts.close_all()
            seconds = time.monotonic() - started
            with self._wake:
                self.counts[job.outcome] += 1
                if job.outcome == "done":
                    self.average_seconds += AVERAGE_WEIGHT * (seconds - self.average_seconds)
            log.info(
                "job ended",
                extra={"event": "job_end", "job": job.id, "kind": job.kind, "outcome": job.outcome,
                       "seconds": round(seconds, 3), "waited": round(started - job.accepted, 3)},
            )
            job.end()
