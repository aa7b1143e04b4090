"""Run a test's steps in a fresh browser context and keep what the analyzer needs from the moment it fails:
the typed error, the live page (model, outline), page errors, HTTP errors, ties and a screenshot."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from html_compactor import compact_tree
from html_compactor.diff import keyed_entries
from html_compactor.live_tree import build_live_tree
from html_compactor.outline import Outline
from html_compactor.page_model import PageModel, snapshot
from testgen.analyze.config import AnalyzeConfig
from testgen.analyze.script import ScriptStep
from testgen.data.driver import clean_error
from testgen.runtime import Actor
from testgen.step import Step

NAVIGATION_TIMEOUT = 15.0  # seconds a go_to without its own timeout may take
ContextHook = Callable[[Any], None]  # called with each fresh BrowserContext before its page opens


@dataclass
class StepRun:
    """What one step did: the element it acted on and the equally good rivals it chose between."""

    resolved: dict[str, str] | None = None
    ties: int = 0
    outline: list[list] | None = None  # the page before the step, as outline entries (baselines only)


@dataclass
class Run:
    """One replay: where it failed (None: it passed) and the live page at that moment."""

    failed_at: int | None
    error: BaseException | None
    steps: list[StepRun]
    seconds: float
    context: Any = None
    page: Any = None
    model: PageModel | None = None
    outline: Outline | None = None
    page_errors: list[str] = field(default_factory=list)
    http_errors: list[tuple[int, str, str]] = field(default_factory=list)  # (status, resource type, url)
    screenshot: str | None = None
    actor: Actor | None = None

    @property
    def passed(self) -> bool:
        return self.failed_at is None

    @property
    def error_text(self) -> str:
        """The runtime's message without where the replay called it from or its screenshot note."""
        return clean_error(self.error) if self.error is not None else ""

    def close(self) -> None:
        if self.context is not None:
            self.context.close()
            self.context = self.page = None


class _TieLog(logging.Handler):
    """Counts the runtime's warnings that a step chose between equally good elements."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if "equally well" in record.msg and isinstance(record.args, tuple) and len(record.args) > 1:
            self.count = int(record.args[1])


def outline_entries(outline: Outline) -> list[list]:
    """Every element and text line of the outline as [role, name, section, near, disabled], keyed the way
    the compactor's `diff` keys lines, for baselines and the page-then-and-now diff."""
    entries = []
    for key, (_text, _line, element) in keyed_entries(outline).items():
        near = element.near if element is not None else None
        disabled = bool(element is not None and element.states.get("disabled"))
        entries.append([key[0], key[1], list(key[2]), near or "", disabled])
    return entries


def outline_of(model: PageModel, url: str, query: str | None, config: AnalyzeConfig) -> Outline:
    """The whole page as an outline (no budget), ranked by `query`."""
    from html_compactor import CompactorConfig

    compactor = CompactorConfig.from_env()
    return compact_tree(build_live_tree(model, compactor.fold_min), url=url, config=compactor, query=query)


def run_steps(
    browser: Any,
    steps: tuple[ScriptStep, ...] | list[ScriptStep],
    base_url: str,
    config: AnalyzeConfig,
    *,
    hook: ContextHook | None = None,
    record: bool = False,
    keep_open: bool = False,
    shot_name: str | None = None,
) -> Run:
    """Replay `steps` in a fresh context; stop at the first failure.

    `record` keeps each step's page as outline entries (a baseline). `keep_open` leaves the context open
    on failure so the caller can look at the live page; the caller then calls `Run.close()`. `shot_name`:
    a screenshot of where the run ended (failed or passed), under the artifacts folder.
    """
    width, height = config.viewport
    context = browser.new_context(base_url=base_url, viewport={"width": width, "height": height})
    if hook is not None:
        hook(context)
    page = context.new_page()
    run = Run(None, None, [], 0.0, context, page)
    page.on("pageerror", lambda error: run.page_errors.append(str(error).splitlines()[0][:300]))
    # A failed load is seen as its HTTP status (below); the console's copy of it would count it twice.
    page.on(
        "console",
        lambda msg: (
            msg.type == "error"
            and not msg.text.startswith("Failed to load resource")
            and run.page_errors.append(msg.text[:300])
        ),
    )

    def on_response(response: Any) -> None:
        kind = response.request.resource_type
        if response.status >= 400 and kind in ("document", "xhr", "fetch"):
            run.http_errors.append((response.status, kind, response.url))

    page.on("response", on_response)
    actor = Actor()
    actor.bind(page, base_url=base_url, timeout=config.step_timeout)
    # The analyzer takes its own screenshots; a path that cannot be created makes the runtime skip its own.
    actor.config = replace(actor.config, artifacts=Path(os.devnull) / "testgen-analyze")
    run.actor = actor
    ties = _TieLog()
    runtime_log = logging.getLogger("testgen.runtime")
    runtime_log.addHandler(ties)
    started = time.perf_counter()
    open_scopes: list[tuple[str, Any]] = []
    try:
        for index, item in enumerate(steps):
            step_run = StepRun()
            run.steps.append(step_run)
            if record:
                step_run.outline = _page_entries(page, config)
            ties.count = 0
            try:
                _enter_scopes(actor, open_scopes, item.scopes)
                step = item.step
                if step.verb == "go_to" and step.timeout is None:  # opening a page on a busy machine is slow
                    step = Step("go_to", step.target, timeout=max(config.step_timeout, NAVIGATION_TIMEOUT))
                getattr(actor, step.verb)(*step.args, **_keywords(step))
            except Exception as error:  # noqa: BLE001 - a step's failure, whatever its type, is what we study
                run.failed_at, run.error = index, error
                break
            step_run.ties = ties.count
            last = actor.trace[-1] if actor.trace else None
            step_run.resolved = dict(last.resolved) if last and last.resolved else None
        while open_scopes:
            open_scopes.pop()[1].__exit__(None, None, None)
    finally:
        runtime_log.removeHandler(ties)
        run.seconds = time.perf_counter() - started
    if run.failed_at is not None:
        _look_at_failure(run, steps[run.failed_at], config)
    if shot_name and config.screenshots:
        run.screenshot = _screenshot(run.page, Path(config.artifacts) / f"{shot_name}.png")
    if run.failed_at is None or not keep_open:
        actor.unbind()
        run.close()
    return run


def _enter_scopes(actor: Actor, open_scopes: list[tuple[str, Any]], wanted: tuple[str, ...]) -> None:
    """Leave the `within` blocks the step is not in and enter the ones it is in."""
    shared = 0
    while shared < min(len(open_scopes), len(wanted)) and open_scopes[shared][0] == wanted[shared]:
        shared += 1
    while len(open_scopes) > shared:
        open_scopes.pop()[1].__exit__(None, None, None)
    for scope in wanted[shared:]:
        block = actor.within(scope)
        block.__enter__()
        open_scopes.append((scope, block))


def _page_entries(page: Any, config: AnalyzeConfig) -> list[list] | None:
    """The page now as outline entries, or None when it cannot be read (a document still loading)."""
    try:
        return outline_entries(outline_of(snapshot(page), page.url, None, config))
    except Exception:  # noqa: BLE001 - a baseline with a gap is still a baseline
        return None


def _look_at_failure(run: Run, item: ScriptStep, config: AnalyzeConfig) -> None:
    """Keep the page model and the outline ranked by the failing step's words."""
    try:
        run.model = snapshot(run.page)
        query = " ".join(a for a in item.step.args if a)
        run.outline = outline_of(run.model, run.page.url, query, config)
    except Exception:  # noqa: BLE001 - a crashed page still gets a diagnosis (from the error alone)
        run.model = run.outline = None


LATE_VERBS = ("click", "double_click", "fill", "check", "uncheck", "hover", "see", "wait_for")


def ready_now(run: Run, item: ScriptStep, seconds: float = 1.5) -> bool:
    """Whether the failed step of `run` (its context still open) could be carried out within `seconds`
    after it gave up: its element there and usable, or its text shown. Steps whose failure is about a value
    (a select's option, a field's content) or an absence are never judged late."""
    from testgen.runtime.resolve import resolve_target
    from testgen.step import VERBS

    step = item.step
    if run.page is None or not step.target or step.verb not in LATE_VERBS:
        return False
    kind = VERBS[step.verb].kind or "clickable"
    deadline = time.monotonic() + seconds
    while True:
        try:
            found = resolve_target(snapshot(run.page), step.target, kind, near=step.near, within=item.scopes)
            if found.element is not None if kind == "text" else found.ready:
                return True
        except Exception:  # noqa: BLE001 - a page mid-navigation; look again
            pass
        if time.monotonic() > deadline:
            return False
        run.page.wait_for_timeout(200)


def _screenshot(page: Any, path: Path) -> str | None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(path), timeout=3000)
    except Exception:  # noqa: BLE001 - a screenshot is a courtesy
        return None
    return str(path)


def _keywords(step: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if step.near is not None:
        out["near"] = step.near
    if step.timeout is not None:
        out["timeout"] = step.timeout
    return out
