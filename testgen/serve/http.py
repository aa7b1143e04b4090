"""The HTTP edges of the server: bearer-token auth, the body-size limit, the access log, and the
Server-Sent-Events stream of one job."""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import time
import uuid
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

from fastapi import HTTPException, Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from testgen.serve.jobs import Job

log = logging.getLogger("testgen.serve")
KEEPALIVE_SECONDS = 10.0  # a comment line this often keeps proxies and clients from timing out a quiet job
TIMEOUT_GRACE_SECONDS = 5.0  # past its deadline a job has this long to stop by itself before its stream ends


def error_body(kind: str, message: str, **more: Any) -> dict[str, Any]:
    """Every error answer has this shape: `{"error": {"kind", "message", ...}}`."""
    return {"error": {"kind": kind, "message": message, **more}}


class ApiError(HTTPException):
    """An error answer with a kind and a message that says how to fix the request."""

    def __init__(self, status: int, kind: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(status, error_body(kind, message), headers)


def require_token(token: str | None):
    """A FastAPI dependency: 401 unless `Authorization: Bearer <token>` matches (constant-time)."""

    def check(request: Request) -> None:
        if token is None:
            return
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
            raise ApiError(401, "unauthorized", "send the server's token as `Authorization: Bearer TOKEN`",
                           {"WWW-Authenticate": "Bearer"})

    return check


class BodyLimit:
    """Refuse a request body over `max_body` bytes with 413, by its Content-Length or while it streams in
    (then the app is told the client left, and whatever it answers is dropped)."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_body:
            await self.refuse(send, int(length))
            return
        seen = 0
        refused = False

        async def counted() -> Message:
            nonlocal seen, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_body:
                refused = True
                await self.refuse(send, seen)
                return {"type": "http.disconnect"}
            return message

        async def unless_refused(message: Message) -> None:
            if not refused:
                await send(message)

        await self.app(scope, counted, unless_refused)

    async def refuse(self, send: Send, size: int) -> None:
        body = json.dumps(error_body(
            "too_large", f"the request body is at least {size} bytes; the limit is {self.max_body} bytes "
            "(set by --max-body or TESTGEN_SERVE_MAX_BODY)", limit=self.max_body)).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})


class AccessLog:
    """One JSON log line per request when it ends: id, method, path, status, milliseconds."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = uuid.uuid4().hex[:12]
        scope.setdefault("state", {})["request_id"] = request_id
        status = 500
        started = time.perf_counter()

        async def watched(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", []).append((b"x-request-id", request_id.encode()))
            await send(message)

        try:
            await self.app(scope, receive, watched)
        finally:
            client = scope.get("client") or ("", 0)
            log.info("request", extra={
                "event": "request", "request": request_id, "method": scope["method"], "path": scope["path"],
                "status": status, "ms": round((time.perf_counter() - started) * 1000, 1), "client": client[0],
            })


def sse(event: str, data: dict[str, Any]) -> str:
    """One Server-Sent Event: a name and a one-line JSON payload."""
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def read_events(lines: Iterable[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    """The client's side of `sse`: (event, data) pairs from the lines of a stream; comments skipped."""
    name, data = "message", ""
    for line in lines:
        if line.startswith("event: "):
            name = line[len("event: "):]
        elif line.startswith("data: "):
            data += line[len("data: "):]
        elif not line and data:
            yield name, json.loads(data)
            name, data = "message", ""


async def job_events(job: Job, position: int) -> AsyncIterator[str]:
    """The job's stream: `accepted`, the job's own events, then `done` with how it ended. A client that
    goes away cancels the job; a job past its deadline is told to stop and the stream ends with `error`."""
    yield sse("accepted", {"job": job.id, "kind": job.kind, "position": position})
    try:
        while True:
            remaining = job.deadline + TIMEOUT_GRACE_SECONDS - time.monotonic()
            if remaining <= 0:
                job.cancel(f"the request ran past its {job.timeout:g} s timeout", timed_out=True)
                job.outcome = "timeout"
                yield sse("error", {"kind": "timeout", "message": f"no answer within {job.timeout:g} s"})
                break
            try:
                item = await asyncio.wait_for(job.events.get(), timeout=min(KEEPALIVE_SECONDS, remaining))
            except TimeoutError:
                yield ": keep-alive\n\n"
                continue
            if item is None:
                break
            yield sse(*item)
        yield sse("done", {"job": job.id, "outcome": job.outcome})
    finally:
        if not job.finished:
            job.cancel("the client disconnected")
