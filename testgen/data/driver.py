"""One browser for all data work: fresh contexts, the runtime's `I` bound to each, and the outline of a page.

Speed matters (every record is verified by replay), so one browser is reused, every request that leaves the
example server is aborted, and steps run with short timeouts.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from html_compactor import CompactorConfig, compact_tree
from html_compactor import diff as outline_diff
from html_compactor.live_tree import build_live_tree
from html_compactor.page_model import PageModel, snapshot
from testgen import I
from testgen.browser import launch_browser, shared_playwright
from testgen.step import Step


@dataclass
class DriverConfig:
    """How steps run while building data; `TESTGEN_DATA_STEP_TIMEOUT` overrides the step timeout (seconds)."""

    step_timeout: float = 4.0
    navigation_timeout: float = 15.0  # opening a page; generous, since a busy machine loads pages slowly
    negative_timeout: float = 0.05  # an assertion expected to fail gives up after one look
    settle_interval: float = 0.15  # an outline counts as settled when it is unchanged after this long
    settle_timeout: float = 3.0
    break_timeout: float = 1.5  # a step expected to break on a changed page gives up this fast
    viewport: tuple[int, int] = (1280, 900)

    @classmethod
    def from_env(cls) -> DriverConfig:
        config = cls()
        if "TESTGEN_DATA_STEP_TIMEOUT" in os.environ:
            config.step_timeout = float(os.environ["TESTGEN_DATA_STEP_TIMEOUT"])
        return config


@dataclass
class Observation:
    """What the page looks like now: its outline text, the outline object and the page model."""

    url: str
    outline: Any
    model: PageModel

    @property
    def text(self) -> str:
        return self.outline.text


def outline_id(outline: Any, role: str | None, name: str) -> int | None:
    """The outline id of the first element with this role (any role if None) and accessible name."""
    for element_id, element in outline.elements.items():
        if element.name == name and (role is None or element.role == role):
            return element_id
    return None


def diff_text(previous: Observation | None, current: Observation) -> str:
    """The outline as a diff against the previous page (the full outline when there is none)."""
    if previous is None:
        return current.text
    return outline_diff(previous.outline, current.outline).text


class Session:
    """A fresh browser context with the runtime bound to its page; close it when done."""

    def __init__(self, browser: Any, base_url: str, config: DriverConfig, java_script: bool = True,
                 budget: int | None = None, prepare: Callable[[Any], None] | None = None):
        self.base_url = base_url.rstrip("/")
        self.config = config
        self.compactor = CompactorConfig.from_env()
        self.budget = budget  # outline token budget (None: the whole page)
        self.java_script = java_script
        width, height = config.viewport
        self.context = browser.new_context(viewport={"width": width, "height": height},
                                           java_script_enabled=java_script)
        # Only requests that leave the example server reach Python (to be aborted); the pattern runs in the
        # browser driver, so the site's own requests never pay a round trip.
        origin = urlsplit(self.base_url)
        outside = re.compile(rf"^(?!{re.escape(origin.scheme)}://{re.escape(origin.netloc)}/)")
        self.context.route(outside, lambda route: route.abort())
        if prepare is not None:
            prepare(self.context)  # e.g. an init script that changes every page of the context
        self.page = self.context.new_page()
        I.bind(self.page, base_url=self.base_url, timeout=config.step_timeout)
        # Failure screenshots cost more than the checks themselves here, and negative checks fail on purpose:
        # an artifacts path that cannot be created makes the runtime skip them.
        I.config = replace(I.config, artifacts=Path(os.devnull) / "testgen-data")

    def run(self, step: Step) -> Any:
        """Execute one step through the runtime; raises the runtime's typed error when it fails."""
        if step.verb == "go_to" and step.timeout is None:
            step = Step("go_to", step.target, timeout=self.config.navigation_timeout)
        return getattr(I, step.verb)(*step.args, **_keywords(step))

    def fails(self, step: Step) -> bool:
        """Whether an assertion does NOT hold right now (checked with a short timeout)."""
        quick = Step(step.verb, step.target, step.value, step.near, self.config.negative_timeout)
        try:
            self.run(quick)
        except Exception:  # noqa: BLE001 - any failure of the assertion is what we look for
            return True
        return False

    def observe(self, query: str | None = None) -> Observation:
        """The settled page: outlined again until two looks a moment apart agree (pages load data late).

        With a budget, `query` (the words of the task) decides which lines make the cut.
        """
        current = self._look(query)
        if not self.java_script:
            return current  # nothing on the page can change by itself
        deadline = time.monotonic() + self.config.settle_timeout
        while time.monotonic() < deadline:
            time.sleep(self.config.settle_interval)
            again = self._look(query)
            if again.text == current.text and again.url == current.url:
                return again
            current = again
        return current

    def _look(self, query: str | None = None) -> Observation:
        # One snapshot serves both the outline and the explorer (what `compact_page` does, sharing the model).
        from playwright.sync_api import Error as PlaywrightError

        for _ in range(3):
            try:
                model = snapshot(self.page)
                break
            except PlaywrightError:  # the page navigated under the snapshot: look at the new document
                self.page.wait_for_load_state(timeout=self.config.navigation_timeout * 1000)
        else:
            model = snapshot(self.page)
        tree = build_live_tree(model, self.compactor.fold_min)
        outline = compact_tree(tree, url=self.page.url, config=self.compactor, budget=self.budget,
                               query=query)
        return Observation(self.page.url, outline, model)

    def close(self) -> None:
        I.unbind()
        self.context.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def clean_error(err: Exception) -> str:
    """The runtime's message without where the data builder called it from or the screenshot note."""
    text = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    text = re.sub(r" at [\w.-]+\.py:\d+", "", text)
    return re.sub(r"\.? Screenshot: \S+$", "", text)


def _keywords(step: Step) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if step.near is not None:
        out["near"] = step.near
    if step.timeout is not None:
        out["timeout"] = step.timeout
    return out


class Driver:
    """One browser (launched here, or one the caller already holds); hands out fresh `Session`s."""

    def __init__(self, base_url: str, config: DriverConfig | None = None, browser: Any = None):
        self.base_url = base_url
        self.config = config or DriverConfig.from_env()
        self._owns_browser = browser is None
        self.browser = browser or launch_browser(shared_playwright())

    def session(self, prepare: Callable[[Any], None] | None = None) -> Session:
        """A fresh context; `prepare(context)` runs before its page opens (init scripts, routes)."""
        return Session(self.browser, self.base_url, self.config, prepare=prepare)

    def close(self) -> None:
        if self._owns_browser:
            self.browser.close()

    def __enter__(self) -> Driver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
