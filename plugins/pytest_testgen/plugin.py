"""pytest plugin for testgen tests: one browser per session, a fresh context and page per test.

A test gets a page when it requests the `page` fixture or uses `I` (`from testgen import I`) in its body,
a helper of its module or one of its fixtures; every other test runs without Playwright being imported.
For each browser test the plugin writes `<artifacts>/<test>.json` (the step trace), when the test fails
`<artifacts>/<test>.png`, and with `--tracing` a Playwright trace `<artifacts>/<test>.trace.zip`
(`playwright show-trace FILE`). `--browser` picks Chromium, Firefox or WebKit (several: each browser test
runs once in each); `--testgen-html FILE` writes one self-contained HTML report of the run.
"""

from __future__ import annotations

import inspect
import json
import os
import re
import sys
import time
import types
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from pytest_testgen.options import BROWSER_NAMES, TRACING_MODES

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page

    from testgen.runtime import Actor, StepResult

REPORTS_KEY = pytest.StashKey[dict[str, pytest.TestReport]]()
SESSION_KEY = pytest.StashKey["BrowserSession"]()


@dataclass
class PluginConfig:
    """Settings for browser tests: a flag beats its `TESTGEN_*` variable, which beats the default."""

    base_url: str | None = None
    browser_path: str | None = None
    headed: bool = False
    step_timeout: float | None = None  # None: the runtime's own default (TESTGEN_TIMEOUT, else 5 s)
    artifacts: Path = Path("testgen-results")
    report: Path | None = None
    browsers: tuple[str, ...] = ("chromium",)
    browsers_named: bool = False  # chosen with --browser/TESTGEN_BROWSERS: one not installed skips its tests
    tracing: str = "off"  # "on": keep every test's Playwright trace; "retain-on-failure": only failing ones
    html: Path | None = None

    @classmethod
    def from_pytest(cls, config: pytest.Config) -> PluginConfig:
        """Flags, else `TESTGEN_BASE_URL`, `TESTGEN_HEADED`, `TESTGEN_TIMEOUT`, `TESTGEN_ARTIFACTS`,
        `TESTGEN_BROWSERS` (comma-separated), `TESTGEN_TRACING`."""
        env = os.environ
        base_url = config.getoption("testgen_base_url") or env.get("TESTGEN_BASE_URL")
        headed_env = env.get("TESTGEN_HEADED", "").lower() in ("1", "true", "yes")
        timeout = config.getoption("testgen_step_timeout") or env.get("TESTGEN_TIMEOUT")
        artifacts = config.getoption("testgen_artifacts") or env.get("TESTGEN_ARTIFACTS")
        report = config.getoption("testgen_report")
        html = config.getoption("testgen_html")
        root = config.invocation_params.dir
        named = config.getoption("testgen_browsers") or env.get("TESTGEN_BROWSERS", "").split(",")
        browsers = tuple(dict.fromkeys(name.strip().lower() for name in named if name.strip()))
        browsers = browsers or cls.browsers
        unknown = [name for name in browsers if name not in BROWSER_NAMES]
        if unknown:
            choices = ", ".join(BROWSER_NAMES)
            raise pytest.UsageError(f"unknown browser {', '.join(unknown)}; choose from {choices}")
        tracing = config.getoption("testgen_tracing") or env.get("TESTGEN_TRACING") or cls.tracing
        if tracing not in TRACING_MODES:
            raise pytest.UsageError(f"tracing {tracing!r} is not one of {', '.join(TRACING_MODES)}")
        try:
            step_timeout = float(timeout) if timeout is not None else None
        except ValueError:
            step_timeout = -1.0
        if step_timeout is not None and step_timeout <= 0:
            raise pytest.UsageError(
                f"step timeout {timeout!r} is not a positive number of seconds; pass e.g. --step-timeout 5"
            )
        return cls(
            base_url=base_url,
            browser_path=config.getoption("testgen_browser_path"),
            headed=config.getoption("testgen_headed") or headed_env,
            step_timeout=step_timeout,
            artifacts=root / (artifacts or cls.artifacts),
            report=root / report if report else None,
            browsers=browsers,
            browsers_named=any(name.strip() for name in named),
            tracing=tracing,
            html=root / html if html else None,
        )


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("testgen", "testgen browser tests")
    group.addoption("--base-url", dest="testgen_base_url", help="URL that relative addresses resolve against")
    group.addoption("--browser-path", dest="testgen_browser_path",
                    help="Chromium or Chrome executable (default: TESTGEN_BROWSER, else found automatically)")
    group.addoption("--headed", dest="testgen_headed", action="store_true", help="show the browser window")
    group.addoption("--step-timeout", dest="testgen_step_timeout", type=float, metavar="S",
                    help="seconds each step waits for its target (default 5)")
    group.addoption("--artifacts", dest="testgen_artifacts", metavar="DIR",
                    help="where traces and failure screenshots go (default testgen-results/)")
    group.addoption("--testgen-report", dest="testgen_report", metavar="FILE",
                    help="append one JSON line per finished test (used by `testgen run`)")
    group.addoption("--browser", dest="testgen_browsers", action="append", choices=BROWSER_NAMES,
                    help="browser to run in (repeat for several; default chromium); one not installed skips")
    group.addoption("--tracing", dest="testgen_tracing", choices=TRACING_MODES,
                    help="record a Playwright trace per test: on, off (default), retain-on-failure")
    group.addoption("--testgen-html", dest="testgen_html", metavar="FILE",
                    help="write a self-contained HTML report: each test's steps, timings, screenshots")
    group.addoption("--analyze", dest="testgen_analyze", action="store_true",
                    help="analyze each failing browser test and add the cause and fix to its failure text")


class BrowserUnavailable(Exception):
    """A browser named with `--browser` cannot be launched here; its tests skip with this reason."""


def launch_named(name: str, settings: PluginConfig) -> Browser:
    """Chromium by testgen's own search (`--browser-path`, `TESTGEN_BROWSER`, Playwright's, the system's);
    Firefox and WebKit as `playwright install` put them. A browser that cannot start is `BrowserUnavailable`
    when it was named with --browser (its tests skip), else the error itself (the run fails with the fix)."""
    from playwright.sync_api import Error as PlaywrightError

    from testgen.browser import launch_browser, shared_playwright
    from testgen.errors import BrowserNotFound

    try:
        if name == "chromium":
            return launch_browser(
                shared_playwright(), headed=settings.headed, executable=settings.browser_path
            )
        return getattr(shared_playwright(), name).launch(headless=not settings.headed)
    except (BrowserNotFound, PlaywrightError) as err:
        if not settings.browsers_named:
            raise
        raise BrowserUnavailable(
            f"{name} is not installed here ({first_line(str(err))}); "
            f"install it with `python -m playwright install {name}` or leave out --browser {name}"
        ) from None


class BrowserSession:
    """The browsers of one pytest process (each xdist worker has its own), each started on first use."""

    def __init__(self, settings: PluginConfig) -> None:
        self.settings = settings
        self._browsers: dict[str, Browser] = {}
        self._unavailable: dict[str, str] = {}

    @property
    def browser(self) -> Browser:
        """The first browser asked for (Chromium by default)."""
        return self.browser_named(self.settings.browsers[0])

    def browser_named(self, name: str) -> Browser:
        """The running browser `name`; `BrowserUnavailable` (remembered, so tried once) if it cannot start."""
        if name in self._unavailable:
            raise BrowserUnavailable(self._unavailable[name])
        if name not in self._browsers:
            try:
                self._browsers[name] = launch_named(name, self.settings)
            except BrowserUnavailable as err:
                self._unavailable[name] = str(err)
                raise
        return self._browsers[name]

    def new_context(self, name: str | None = None) -> BrowserContext:
        browser = self.browser_named(name or self.settings.browsers[0])
        context = browser.new_context(base_url=self.settings.base_url)
        if self.settings.step_timeout is not None:
            context.set_default_timeout(self.settings.step_timeout * 1000)
        return context

    def close(self) -> None:
        for browser in self._browsers.values():
            browser.close()
        self._browsers.clear()


def pytest_configure(config: pytest.Config) -> None:
    config.stash[SESSION_KEY] = BrowserSession(PluginConfig.from_pytest(config))


def pytest_unconfigure(config: pytest.Config) -> None:
    session = config.stash.get(SESSION_KEY, None)
    if session is not None:
        session.close()


def runtime_actor() -> Actor | None:
    """The runtime's `I` if a test module has imported it; never imports the runtime itself."""
    runtime = sys.modules.get("testgen.runtime")
    return getattr(runtime, "I", None)


def uses_actor(function: types.FunctionType, actor: object) -> bool:
    """Whether `function`, or a function of its module that it calls, refers to the `actor` object."""
    seen: set[types.CodeType] = set()
    pending = [function.__code__]
    names = function.__globals__
    while pending:
        code = pending.pop()
        if code in seen:
            continue
        seen.add(code)
        pending.extend(const for const in code.co_consts if isinstance(const, types.CodeType))
        for name in code.co_names:
            value = names.get(name)
            if value is actor:
                return True
            if isinstance(value, types.FunctionType) and value.__globals__ is names:
                pending.append(value.__code__)
    return False


def needs_browser(item: pytest.Item) -> bool:
    """Whether the test asks for `page`, or its body or one of its fixtures uses the runtime's `I`."""
    if "page" in getattr(item, "fixturenames", ()):
        return True
    actor = runtime_actor()
    if actor is None:
        return False
    functions = [getattr(item, "function", None)]
    fixture_info = getattr(item, "_fixtureinfo", None)
    if fixture_info is not None:
        functions += [defs[-1].func for defs in fixture_info.name2fixturedefs.values() if defs]
    return any(
        isinstance(function, types.FunctionType) and uses_actor(function, actor)
        for function in map(inspect.unwrap, filter(None, functions))
    )


def artifact_stem(nodeid: str) -> str:
    """A file name for a test id: path separators, `::` and brackets become `_`."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", nodeid).strip("_")[:200]


def first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def failure_message(report: pytest.TestReport) -> str:
    """The first line of what went wrong: the exception's message when there is one."""
    crash = getattr(report.longrepr, "reprcrash", None)
    if crash is not None:
        return first_line(crash.message)
    return first_line(str(report.longrepr))


def test_outcome(reports: dict[str, pytest.TestReport]) -> tuple[str, str]:
    """(outcome, error) of a test from its setup and call reports."""
    for phase in ("setup", "call"):
        report = reports.get(phase)
        if report is None:
            continue
        if report.failed:
            return ("failed" if phase == "call" else "error"), failure_message(report)
        if report.skipped:
            return "skipped", failure_message(report)
    return "passed", ""


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    """Keep each phase's report on the item so fixtures can see at teardown whether the test failed."""
    report = yield
    item.stash.setdefault(REPORTS_KEY, {})[report.when] = report
    analyze = item.config.getoption("testgen_analyze")
    if report.when == "call" and report.failed and analyze and needs_browser(item):
        from pytest_testgen.analysis import explain_failure

        session = item.config.stash[SESSION_KEY]
        explain_failure(item, report, session.browser, session.settings.base_url)
    return report


def write_trace(
    item: pytest.Item,
    page: Page,
    steps: list[StepResult],
    started: float,
    settings: PluginConfig,
    browser_name: str,
    playwright_trace: Path | None,
) -> Path:
    """Write `<artifacts>/<test>.json`, and the screenshot first when the test did not pass."""
    outcome, error = test_outcome(item.stash.get(REPORTS_KEY, {}))
    stem = artifact_stem(item.nodeid)
    settings.artifacts.mkdir(parents=True, exist_ok=True)
    screenshot = None
    if outcome in ("failed", "error") and not page.is_closed():
        screenshot = settings.artifacts / f"{stem}.png"
        try:
            page.screenshot(path=str(screenshot), full_page=True)
        except Exception as err:  # a crashed page must not hide the test's own failure
            screenshot, error = None, f"{error} (screenshot failed: {first_line(str(err))})"
    trace = {
        "test": item.nodeid,
        "outcome": outcome,
        "error": error or None,
        "duration": round(time.perf_counter() - started, 3),
        "browser": browser_name,
        "url": None if page.is_closed() else page.url,
        "screenshot": str(screenshot) if screenshot else None,
        "playwright_trace": str(playwright_trace) if playwright_trace else None,
        "steps": [step.to_dict() for step in steps],
    }
    path = settings.artifacts / f"{stem}.json"
    path.write_text(json.dumps(trace, indent=2, default=str))
    return path


def stop_tracing(context: BrowserContext, item: pytest.Item, settings: PluginConfig) -> Path | None:
    """End the context's Playwright trace: saved as `<artifacts>/<test>.trace.zip` when the mode keeps it."""
    outcome, _ = test_outcome(item.stash.get(REPORTS_KEY, {}))
    failed = outcome in ("failed", "error")
    keep = settings.tracing == "on" or (settings.tracing == "retain-on-failure" and failed)
    if not keep:
        context.tracing.stop()
        return None
    settings.artifacts.mkdir(parents=True, exist_ok=True)
    path = settings.artifacts / f"{artifact_stem(item.nodeid)}.trace.zip"
    context.tracing.stop(path=str(path))
    return path


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """With several browsers, every browser test runs once in each (`test_x[firefox]`)."""
    browsers = metafunc.config.stash[SESSION_KEY].settings.browsers
    if len(browsers) > 1 and "browser_name" in metafunc.fixturenames and needs_browser(metafunc.definition):
        metafunc.parametrize("browser_name", browsers, scope="function")


@pytest.fixture
def browser_name(request: pytest.FixtureRequest) -> str:
    """The browser this test runs in: "chromium" (default), "firefox" or "webkit"."""
    return getattr(request, "param", None) or request.config.stash[SESSION_KEY].settings.browsers[0]


@pytest.fixture(scope="session")
def testgen_browser(request: pytest.FixtureRequest) -> Browser:
    """This process's first browser (started on first use), for tests that manage their own contexts."""
    return request.config.stash[SESSION_KEY].browser


@pytest.fixture
def page(request: pytest.FixtureRequest, browser_name: str) -> Iterator[Page]:
    """A fresh browser context and page for this test; `I` is bound to it when the runtime is loaded."""
    session = request.config.stash[SESSION_KEY]
    settings = session.settings
    try:
        context = session.new_context(browser_name)
    except BrowserUnavailable as err:
        pytest.skip(str(err))
    if settings.tracing != "off":
        context.tracing.start(screenshots=True, snapshots=True)
    browser_page = context.new_page()
    actor = runtime_actor()
    started = time.perf_counter()
    if actor is not None:
        actor.bind(browser_page, base_url=settings.base_url, timeout=settings.step_timeout)
        actor.config = replace(actor.config, artifacts=settings.artifacts)  # step screenshots beside traces
    try:
        yield browser_page
    finally:
        steps = list(actor.trace) if actor is not None else []
        if actor is not None:
            actor.unbind()
        try:
            tracing = settings.tracing != "off"
            playwright_trace = stop_tracing(context, request.node, settings) if tracing else None
            trace = write_trace(request.node, browser_page, steps, started, settings, browser_name,
                                playwright_trace)
            request.node.user_properties.append(("testgen_trace", str(trace)))
        finally:
            context.close()


@pytest.fixture(autouse=True)
def _testgen_browser_for_actor(request: pytest.FixtureRequest, browser_name: str) -> None:
    """Give a page to tests that use `I` without asking for `page`; others never touch the browser."""
    if "page" not in request.fixturenames and needs_browser(request.node):
        request.getfixturevalue("page")


class FinishedTests:
    """Gathers each test's setup, call and teardown reports into one record once the test has ended."""

    def __init__(self) -> None:
        self.phases: dict[str, dict[str, pytest.TestReport]] = {}

    def record(self, report: pytest.TestReport) -> dict[str, Any] | None:
        """The finished test's record at its teardown report, else None."""
        phases = self.phases.setdefault(report.nodeid, {})
        phases[report.when] = report
        if report.when != "teardown":
            return None
        outcome, error = test_outcome(phases)
        if report.failed and outcome == "passed":
            outcome, error = "error", failure_message(report)
        del self.phases[report.nodeid]
        return {"kind": "test", "name": report.nodeid, "outcome": outcome,
                "duration": round(sum(r.duration for r in phases.values()), 3), "error": error or None,
                "trace": dict(report.user_properties).get("testgen_trace")}


class RunReport:
    """Appends one JSON line per finished test to a file (on the xdist controller, which sees them all)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.finished = FinishedTests()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("")

    def emit(self, record: dict[str, Any]) -> None:
        with self.path.open("a") as out:
            out.write(json.dumps(record) + "\n")

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        self.emit({"kind": "collected", "count": len(session.items)})

    @pytest.hookimpl(optionalhook=True)
    def pytest_xdist_node_collection_finished(self, node: Any, ids: list[str]) -> None:
        self.emit({"kind": "collected", "count": len(ids)})

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if report.failed:
            self.emit({"kind": "collect_error", "name": report.nodeid, "error": str(report.longrepr)})

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        record = self.finished.record(report)
        if record is not None:
            self.emit(record)


@pytest.hookimpl(trylast=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    settings = session.config.stash[SESSION_KEY].settings
    if hasattr(session.config, "workerinput"):  # an xdist worker: the controller reports for all
        return
    if settings.report is not None:
        session.config.pluginmanager.register(RunReport(settings.report), "testgen-run-report")
    if settings.html is not None:
        from pytest_testgen.html_report import HtmlReport

        html_report = HtmlReport(settings.html, FinishedTests())
        session.config.pluginmanager.register(html_report, "testgen-html-report")
