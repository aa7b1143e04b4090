"""The FastAPI app of `testgen serve`: generate, run and analyze tests over HTTP, answers streamed as
Server-Sent Events; a web page at `/`; OpenAPI docs at `/docs`.

The model is loaded once when the app starts; every request's browser work goes through one bounded queue
(`jobs.BrowserWorker`), so a request beyond it gets 429 with Retry-After at once.
"""

from __future__ import annotations

import asyncio
import importlib.util
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, StreamingResponse
from fastapi_offline import FastAPIOffline
from pydantic import BaseModel, Field, model_validator

from testgen import __version__
from testgen.serve.config import ServeConfig
from testgen.serve.http import AccessLog, ApiError, BodyLimit, error_body, job_events, require_token
from testgen.serve.jobs import BrowserWorker, Job, QueueFull
from testgen.serve.work import Work, analyze_work, generate_work, run_work

log = logging.getLogger("testgen.serve")
PAGE = Path(__file__).with_name("page.html")
STREAM = {200: {"description": "Server-Sent Events, one JSON object per `data:` line",
                "content": {"text/event-stream": {"schema": {"type": "string"}}}},
          401: {"description": "missing or wrong bearer token"},
          413: {"description": "a body, page, sentence or test file over its limit"},
          429: {"description": "the queue is full; retry after `Retry-After` seconds"}}


class GenerateRequest(BaseModel):
    """A sentence and the page it starts on: a live `url` (validated) or a saved `html` (planned only)."""

    task: str = Field(description="what the test should do and check, in plain English",
                      examples=['Click the Yearly tab and check that "$120 per year" is shown'])
    url: str | None = Field(None, description="the page the test starts on (http or https)")
    html: str | None = Field(None, description="a saved page instead of a URL: steps are planned, not run")
    planner: Literal["model", "rules"] = Field("model", description="'rules': the model-free baseline")
    beam: int | None = Field(None, ge=1, le=8, description="candidates kept per decision (default 3)")
    max_steps: int | None = Field(None, ge=1, le=30, description="most steps in one test (default 12)")
    temperature: float | None = Field(None, ge=0, le=2, description="sample with this temperature")
    timeout: float | None = Field(None, gt=0, description="seconds for this request (at most the server's)")

    @model_validator(mode="after")
    def one_page(self) -> GenerateRequest:
        if (self.url is None) == (self.html is None):
            raise ValueError("send exactly one of `url` (a live page) and `html` (a saved page)")
        if self.url is not None and urlsplit(self.url).scheme not in ("http", "https"):
            raise ValueError(f"url {self.url!r} is not an http(s) address; send e.g. http://127.0.0.1:8765/shop/")
        return self


class RunRequest(BaseModel):
    """A test file's text, run as `testgen run` runs it."""

    source: str = Field(description="the test module (pytest, `from testgen import I`)")
    base_url: str | None = Field(None, description="where relative addresses in the test resolve")
    timeout: float | None = Field(None, gt=0, description="seconds for this request (at most the server's)")


class AnalyzeRequest(BaseModel):
    """A failing test's text and the site it runs against."""

    source: str = Field(description="the test module")
    base_url: str = Field(description="the site the test runs against")
    test_name: str | None = Field(None, description="which test of the module (default: the first failing)")
    timeout: float | None = Field(None, gt=0, description="seconds for this request (at most the server's)")


def check_size(what: str, size: int, limit: int, unit: str, setting: str) -> None:
    """413 naming the part, its size and the limit."""
    if size > limit:
        raise ApiError(413, "too_large", f"{what} is {size} {unit}; the limit is {limit} {unit} "
                       f"(set by --{setting.replace('_', '-')} or TESTGEN_SERVE_{setting.upper()})")


def analyzer_installed() -> bool:
    return importlib.util.find_spec("testgen.analyze") is not None


class Planners:
    """The model, loaded once, and a planner per request from it (or the rule baseline)."""

    def __init__(self, config: ServeConfig) -> None:
        from testgen.generate.load import load_generator, load_vocabulary

        self.folder = config.model
        self.generator = load_generator(config.model, config.adapter)
        self.vocabulary = load_vocabulary(config.adapter)

    def factory(self, kind: str, beam: int, temperature: float) -> Any:
        from testgen.generate.baseline import RulePlanner
        from testgen.generate.planner import ModelPlanner

        if kind == "rules":
            return RulePlanner
        return lambda task: ModelPlanner(self.generator, task, beam=beam, temperature=temperature)

    def describe(self) -> list[dict[str, Any]]:
        from testgen.generate.load import BASE_MODEL

        return [
            {"id": "model", "kind": "rwkv7", "path": str(self.folder or BASE_MODEL), "loaded": True,
             "default": True},
            {"id": "rules", "kind": "rule-based baseline", "path": None, "loaded": True, "default": False},
        ]


def create_app(config: ServeConfig | None = None) -> FastAPI:
    """The app for `config` (default: from TESTGEN_SERVE_* variables)."""
    config = config or ServeConfig.from_env()
    token = config.token()
    state: dict[str, Any] = {}

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        state["planners"] = await asyncio.to_thread(Planners, config)
        worker = BrowserWorker(config.queue_size)
        worker.start()
        state["worker"] = worker
        ready = {"event": "ready", "auth": token is not None, "queue_size": config.queue_size}
        log.info("ready", extra=ready)
        try:
            yield
        finally:
            await asyncio.to_thread(worker.stop)

    # The API docs' scripts are served from the package, not a CDN: testgen runs offline.
    app = FastAPIOffline(title="testgen", version=__version__, lifespan=lifespan,
                  description="Generate, run and analyze browser tests written in plain English.")
    app.add_middleware(BodyLimit, max_body=config.max_body)
    app.add_middleware(AccessLog)
    authorized = [Depends(require_token(token))]

    @app.exception_handler(ApiError)
    async def api_error(request: Request, err: ApiError) -> JSONResponse:
        return JSONResponse(err.detail, status_code=err.status_code, headers=err.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, err: RequestValidationError) -> JSONResponse:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc'][1:])) or 'body'}: {e['msg']}" for e in err.errors()
        )
        return JSONResponse(error_body("invalid_request", problems), status_code=422)

    def stream(kind: str, work: Work, timeout: float | None) -> StreamingResponse:
        job = Job(kind, work, min(timeout or config.timeout, config.timeout), asyncio.get_running_loop())
        try:
            position = state["worker"].submit(job)
        except QueueFull as full:
            raise ApiError(429, "busy", str(full), {"Retry-After": str(full.retry_after)}) from None
        accepted = {"event": "job_accepted", "job": job.id, "kind": kind, "position": position}
        log.info("job accepted", extra=accepted)
        return StreamingResponse(job_events(job, position), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def page() -> HTMLResponse:
        return HTMLResponse(PAGE.read_text(encoding="utf-8"))

    @app.get("/healthz", summary="whether the server is up, and how busy")
    async def healthz() -> dict[str, Any]:
        return {"ok": True, "version": __version__, "auth": token is not None,
                "analyze": analyzer_installed(), "queue": state["worker"].status()}

    @app.get("/v1/models", summary="the planners a generate request may name", dependencies=authorized)
    async def models() -> dict[str, Any]:
        return {"models": state["planners"].describe()}

    @app.post("/v1/generate", summary="a sentence into a validated test, streamed step by step",
              responses=STREAM, dependencies=authorized, response_class=StreamingResponse)
    async def generate(body: GenerateRequest) -> StreamingResponse:
        from testgen.generate.live import GenerateConfig

        check_size("the sentence", len(body.task), config.max_task, "characters", "max_task")
        if body.html is not None:
            check_size("the page (html)", len(body.html.encode()), config.max_html, "bytes", "max_html")
        settings = GenerateConfig.from_env(
            beam=body.beam, temperature=body.temperature, max_steps=body.max_steps
        )
        planner = state["planners"].factory(body.planner, settings.beam, settings.temperature)
        work = generate_work(body.task, body.url, body.html, planner, settings, state["planners"].vocabulary)
        return stream("generate", work, body.timeout)

    @app.post("/v1/run", summary="run a test file in the browser, streamed test by test",
              responses=STREAM, dependencies=authorized, response_class=StreamingResponse)
    async def run(body: RunRequest) -> StreamingResponse:
        check_size("the test file", len(body.source.encode()), config.max_source, "bytes", "max_source")
        return stream("run", run_work(body.source, body.base_url, config.step_timeout), body.timeout)

    @app.post("/v1/analyze", summary="why a test fails, with verified fixes, streamed as it is found",
              responses={**STREAM, 501: {"description": "the analyzer is not installed"}},
              dependencies=authorized, response_class=StreamingResponse)
    async def analyze(body: AnalyzeRequest) -> StreamingResponse:
        check_size("the test file", len(body.source.encode()), config.max_source, "bytes", "max_source")
        if not analyzer_installed():
            raise ApiError(501, "not_installed", "analysis is not installed: this testgen has no "
                           "testgen.analyze module; install a testgen that ships `testgen analyze`")
        return stream("analyze", analyze_work(body.source, body.base_url, body.test_name), body.timeout)

    return app
