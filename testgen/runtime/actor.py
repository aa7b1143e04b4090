"""`I`: the object tests talk to. Each verb finds its target by the words a person reads, waits for it,
acts through Playwright and records a StepResult; a failure raises a typed error pointing at the test line.
"""

from __future__ import annotations

import atexit
import contextlib
import difflib
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from html_compactor.page_model import Element, PageModel, snapshot
from testgen.reading.positions import ordinal, read_position
from testgen.runtime.config import RuntimeConfig
from testgen.runtime.errors import (
    AssertionFailed,
    BadValue,
    NavigationFailed,
    StateUnchanged,
    StepFailed,
    StepTimeout,
    TargetNotFound,
    TextOnlyMatch,
    UnknownVerb,
)
from testgen.runtime.resolve import (
    CHOICE_GROUPS,
    INTERACTIVE_ROLES,
    KIND_WORDS,
    Resolution,
    closest_candidates,
    resolve_option,
    resolve_scope,
    resolve_target,
    warn_ties,
)
from testgen.runtime.trace import StepResult
from testgen.step import TARGET_ROLES, VERBS, Step, quote, suggest

_RUNTIME_DIR = str(Path(__file__).resolve().parent)
# A checkbox or radio drawn by its <label> (the input itself transparent, clipped, tiny or under the label):
# the label to click instead, else the element itself.
_CLICK_TARGET_JS = """n => {
  const labels = n.labels ? [...n.labels] : [];
  const label = labels.find((l) => { const r = l.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(l).visibility === "visible"; });
  if (!label) return n;
  const style = getComputedStyle(n);
  let r = n.getBoundingClientRect();
  if (style.opacity === "0" || r.width < 2 || r.height < 2 || style.visibility !== "visible"
      || style.clipPath !== "none" || (style.clip !== "auto" && style.position === "absolute")) return label;
  if (r.bottom < 0 || r.top > innerHeight) {
    n.scrollIntoView({ block: "center" });
    r = n.getBoundingClientRect();
  }
  const hit = n.getRootNode().elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
  return hit && hit !== n && labels.some((l) => l.contains(hit)) ? label : n;
}"""
# Whether a checkbox or radio that is hidden itself has a <label> with a box a person can click.
_SHOWN_LABEL_JS = """n => !!n.labels && [...n.labels].some((l) => { const r = l.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && getComputedStyle(l).visibility === "visible"; })"""
# A checkable's state: true, false, or null once it has left the document.
_CHECKED_JS = """n => !n.isConnected ? null
  : n instanceof HTMLInputElement && (n.type === "checkbox" || n.type === "radio") ? n.checked
  : n.getAttribute("aria-checked") === "true"
"""


def _click_target(handle: Any) -> Any:
    """What a person clicks for this element: its label when the label draws a hidden checkbox or radio."""
    return handle.evaluate_handle(_CLICK_TARGET_JS).as_element() or handle


# Playwright calls behind the element verbs, each given (element handle, timeout in ms).
_ACTIONS: dict[str, Callable[[Any, float], None]] = {
    "click": lambda handle, ms: _click_target(handle).click(timeout=ms),
    "double_click": lambda handle, ms: handle.dblclick(timeout=ms),
    "hover": lambda handle, ms: handle.hover(timeout=ms),
}
_CHECKABLE_INPUT_ROLES = frozenset({"checkbox", "radio", "switch"})
_RANGE_ROLES = frozenset({"spinbutton", "slider"})
MAX_KEY_PRESSES = 500  # arrow presses `fill` spends moving a spin button or slider before giving up
# Verbs that act like a person's click: on a text that is not a control they would do nothing.
_CLICKS = frozenset({"click", "double_click"})
RIVAL_SIMILARITY = 0.5  # how alike an interactive element's name must read to count as the meant target
_CHECKED_WORDS = {"true": True, "checked": True, "on": True, "yes": True,
                  "false": False, "unchecked": False, "off": False, "no": False}


def _caller() -> tuple[str, int]:
    """File and line of the test code that called `I` (the first frame outside the runtime)."""
    frame = sys._getframe(1)
    while frame is not None:
        name = frame.f_code.co_filename
        if not name.startswith(_RUNTIME_DIR) and not name.endswith("contextlib.py"):
            return name, frame.f_lineno
        frame = frame.f_back
    return "<unknown>", 0


def _first_line(error: BaseException) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


class Actor:
    """The `I` of the test language, bound to one Playwright sync Page at a time."""

    def __init__(self, config: RuntimeConfig | None = None) -> None:
        self.config = config or RuntimeConfig.from_env()
        self.page: Any = None
        self.base_url: str | None = None
        self.trace: list[StepResult] = []
        self._scopes: list[str] = []
        self._previous_box: tuple[float, float, float, float] | None = None
        self._own_browser: Any = None  # the browser `I` launched itself, when used unbound

    # -- binding -----------------------------------------------------------------------------------------

    def bind(self, page: Any, base_url: str | None = None, timeout: float | None = None) -> None:
        """Drive `page` from now on; start a fresh trace. `timeout` (seconds) overrides the default wait."""
        self.page = page
        self.base_url = base_url
        self.trace = []
        self._scopes = []
        self._previous_box = None
        if timeout is not None:
            self.config = replace(self.config, timeout=timeout)

    def unbind(self) -> None:
        """Forget the page (closing the browser if `I` launched it itself)."""
        self.page = None
        self._scopes = []
        self._previous_box = None
        self._close_own_browser()

    def _ensure_page(self) -> Any:
        if self.page is None:
            from testgen.browser import launch_browser, shared_playwright

            browser = launch_browser(shared_playwright(), headed=self.config.headed)
            self._own_browser = browser
            atexit.register(self._close_own_browser)
            self.page = browser.new_page()
        return self.page

    def _pause(self) -> None:
        """Wait one poll interval inside Playwright, so the page's events (navigations, URL) keep flowing."""
        self.page.wait_for_timeout(self.config.poll_interval * 1000)

    def _close_own_browser(self) -> None:
        if self._own_browser is not None:
            browser, self._own_browser = self._own_browser, None
            self.page = None
            with contextlib.suppress(Exception):
                browser.close()

    # -- the verbs -------------------------------------------------------------------------------------------

    def go_to(self, url: str, timeout: float | None = None) -> None:
        """Open `url`; a relative URL is resolved against `I.base_url` (or the current page)."""
        self._run(Step("go_to", url, timeout=timeout), self._go_to)

    def click(self, target: str, near: str | None = None, timeout: float | None = None) -> None:
        self._run(Step("click", target, near=near, timeout=timeout), self._on_element(_ACTIONS["click"]))

    def double_click(self, target: str, near: str | None = None, timeout: float | None = None) -> None:
        step = Step("double_click", target, near=near, timeout=timeout)
        self._run(step, self._on_element(_ACTIONS["double_click"]))

    def fill(self, target: str, value: str, near: str | None = None, timeout: float | None = None) -> None:
        """Clear the field named `target`, then type `value` into it."""
        step = Step("fill", target, value, near=near, timeout=timeout)
        self._run(step, self._on_element(lambda h, t: self._fill(h, value, t)))

    def type(self, text: str, timeout: float | None = None) -> None:
        """Type `text` into whatever has focus."""
        self._run(Step("type", text, timeout=timeout), lambda step, deadline: self._keys(step, "type"))

    def press(self, key: str, timeout: float | None = None) -> None:
        """Press a key or chord by its Playwright name: "Enter", "Escape", "ArrowDown", "Control+A"."""
        self._run(Step("press", key, timeout=timeout), lambda step, deadline: self._keys(step, "press"))

    def select(self, target: str, option: str, near: str | None = None, timeout: float | None = None) -> None:
        """Choose `option` (its text, words naming only it, else its value) in the dropdown `target`."""
        self._run(Step("select", target, option, near=near, timeout=timeout), self._select)

    def check(self, target: str, near: str | None = None, timeout: float | None = None) -> None:
        """Tick the checkbox, radio or switch named `target` (nothing to do when it is ticked already)."""
        step = Step("check", target, near=near, timeout=timeout)
        self._run(step, self._on_element(lambda h, ms: self._set_checked(h, True, ms)))

    def uncheck(self, target: str, near: str | None = None, timeout: float | None = None) -> None:
        """Clear the checkbox or switch named `target` (nothing to do when it is clear already)."""
        step = Step("uncheck", target, near=near, timeout=timeout)
        self._run(step, self._on_element(lambda h, ms: self._set_checked(h, False, ms)))

    def hover(self, target: str, near: str | None = None, timeout: float | None = None) -> None:
        self._run(Step("hover", target, near=near, timeout=timeout), self._on_element(_ACTIONS["hover"]))

    def see(self, text: str, near: str | None = None, timeout: float | None = None) -> None:
        """Pass once `text` is visible on the page (polling until the timeout)."""
        self._run(Step("see", text, near=near, timeout=timeout), self._see)

    def dont_see(self, text: str, near: str | None = None, timeout: float | None = None) -> None:
        """Pass once `text` is nowhere visible (polling until the timeout)."""
        self._run(Step("dont_see", text, near=near, timeout=timeout), self._dont_see)

    def see_value(
        self, target: str, value: str, near: str | None = None, timeout: float | None = None
    ) -> None:
        """Pass once the field named `target` holds `value` (a select: its option; a checkbox: "checked")."""
        self._run(Step("see_value", target, value, near=near, timeout=timeout), self._see_value)

    def see_url(self, fragment: str, timeout: float | None = None) -> None:
        """Pass once the page's URL contains `fragment`."""
        self._run(Step("see_url", fragment, timeout=timeout), self._see_url)

    def wait_for(self, text: str, near: str | None = None, timeout: float | None = None) -> None:
        """Wait until `text` is visible; raise StepTimeout if it never is."""
        self._run(Step("wait_for", text, near=near, timeout=timeout), self._see)

    @contextlib.contextmanager
    def within(self, target: str) -> Iterator[None]:
        """Limit the steps inside the block to the section (form, dialog, list item, ...) named `target`."""
        self._scopes.append(target)
        try:
            self._run(Step("see", target), self._enter_scope, verb="within")
            yield
        finally:
            self._scopes.pop()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        verbs = [*VERBS, "within"]
        hint = suggest(name, verbs) or f" The verbs are: {', '.join(verbs)}."
        raise UnknownVerb(f"I has no verb {name!r}.{hint}")

    # -- running a step --------------------------------------------------------------------------------------

    def _run(
        self, step: Step, execute: Callable[[Step, float], Element | None], verb: str | None = None
    ) -> None:
        """Run one step with its deadline, record it in the trace, and turn failures into located errors."""
        page = self._ensure_page()
        filename, lineno = _caller()
        where = f"{Path(filename).name}:{lineno}"
        line = step.render() if verb is None else f"I.within({quote(step.target or '')})"
        call = line.removeprefix("I.")
        started = time.perf_counter()
        deadline = time.monotonic() + (step.timeout or self.config.timeout)
        result = StepResult(verb or step.verb, list(step.args), line, None, 0.0, "passed")
        self.trace.append(result)
        try:
            element = execute(step, deadline)
            if element is not None:
                name = element.name or element.text
                result.resolved = {"role": element.role, "name": name, "frame": element.frame}
                self._previous_box = element.box
        except StepFailed as failure:
            shot = self._screenshot(page, filename, lineno, result.verb)
            message = f"{call} at {where} — {failure}. Screenshot: {shot or 'none'}"
            result.outcome, result.error, result.screenshot = "failed", message, shot
            raise type(failure)(message, shot) from None
        finally:
            result.ms = round((time.perf_counter() - started) * 1000, 1)

    def _screenshot(self, page: Any, filename: str, lineno: int, verb: str) -> str | None:
        folder = Path(self.config.artifacts)
        path = folder / f"{Path(filename).stem}-line{lineno}-{verb}-{len(self.trace)}.png"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(path), timeout=3000)
        except Exception:  # a screenshot is a courtesy; the step's own error matters more
            return None
        return str(path)

    def _snapshot(self) -> PageModel | None:
        from playwright.sync_api import Error as PlaywrightError

        try:
            return snapshot(self.page)
        except PlaywrightError:  # the page is navigating; the next poll sees the new document
            return None

    def _poll(self, deadline: float, attempt: Callable[[PageModel], bool]) -> PageModel | None:
        """Snapshot the page until `attempt(model)` is true or the deadline passes; return the last model."""
        model = None
        while True:
            fresh = self._snapshot()
            model = fresh or model
            if fresh is not None and attempt(fresh):
                return fresh
            if time.monotonic() >= deadline:
                return model
            self._pause()

    def _resolve(self, model: PageModel, step: Step, kind: str) -> Resolution:
        return resolve_target(
            model, step.target or "", kind, near=step.near, within=self._scopes, previous=self._previous_box
        )

    def _not_found(
        self, model: PageModel | None, step: Step, kind: str, resolution: Resolution | None
    ) -> StepFailed:
        """The error for a target that never became usable, with the closest names on the page."""
        if resolution is not None and resolution.missing:
            return TargetNotFound(resolution.missing)
        if resolution is not None and resolution.element is not None:
            element = resolution.element
            state = "hidden" if not element.visible else "disabled"
            waited = self._wait_words(step)
            return StepTimeout(f"found {element.describe()} but it stayed {state} for {waited}")
        scope = f" inside {quote(self._scopes[-1])}" if self._scopes else ""
        if resolution is not None and resolution.ranked and read_position(step.target or ""):
            counted, total = ", ".join(el.describe() for el in resolution.ranked[:6]), len(resolution.ranked)
            return TargetNotFound(
                f"{quote(step.target or '')} names no single element{scope}: the page shows {total} "
                f"({counted}); count from 1st to {ordinal(total)}, or say 'last'"
            )
        message = f"no {KIND_WORDS[kind]} named {quote(step.target or '')}{scope}"
        if model is not None:
            close = closest_candidates(model, step.target or "", kind)
            if close:
                message += ". Closest: " + ", ".join(el.describe() for el in close)
        return TargetNotFound(message)

    def _wait_words(self, step: Step) -> str:
        return f"{step.timeout or self.config.timeout:g} s"

    def _find(self, step: Step, deadline: float, kind: str) -> tuple[PageModel, Element]:
        """Wait until the step's target is visible and enabled; raise the located reason if it never is."""
        outcome: dict[str, Any] = {}

        def attempt(model: PageModel) -> bool:
            resolution = outcome["last"] = self._resolve(model, step, kind)
            outcome["usable"] = resolution.ready or _drawn_by_label(model, resolution.element)
            outcome["rival"] = None
            if resolution.ready and step.verb in _CLICKS:
                rival = _interactive_rival(model, step.target or "", resolution)
                if rival is not None and not _is_control_label(model, resolution.element):
                    outcome["rival"] = rival
            return outcome["usable"] and outcome["rival"] is None

        model = self._poll(deadline, attempt)
        resolution = outcome.get("last")
        if resolution is not None and resolution.ready and outcome.get("rival") is not None:
            assert resolution.element is not None
            rival = outcome["rival"]
            state = " (hidden)" if not rival.visible else "" if rival.enabled else " (disabled)"
            raise TextOnlyMatch(
                f"{quote(step.target or '')} matches only {resolution.element.describe()}, which is not "
                f"interactive, while {rival.describe()}{state} is the control meant; click that by its "
                "name, or use near= / within to choose the text on purpose"
            )
        if model is None or resolution is None or not outcome["usable"]:
            raise self._not_found(model, step, kind, resolution)
        warn_ties(step.render().removeprefix("I."), resolution)
        assert resolution.element is not None
        return model, resolution.element

    def _on_element(self, action: Callable[[Any, float], None]) -> Callable[[Step, float], Element]:
        """A step that finds its element, then acts on it; a detached or moving element is found again."""

        def execute(step: Step, deadline: float) -> Element:
            from playwright.sync_api import Error as PlaywrightError

            kind = VERBS[step.verb].kind or "clickable"
            while True:
                model, element = self._find(step, deadline, kind)
                try:
                    action(model.handle(element.id), max(1.0, (deadline - time.monotonic()) * 1000))
                    return element
                except PlaywrightError as error:
                    if time.monotonic() >= deadline:
                        raise StepTimeout(
                            f"{element.describe()} could not be used within {self._wait_words(step)}: "
                            f"{_first_line(error)}"
                        ) from None
                    self._pause()

        return execute

    # -- verb bodies ----------------------------------------------------------------------------------------

    def _go_to(self, step: Step, deadline: float) -> None:
        from playwright.sync_api import Error as PlaywrightError

        url = step.target or ""
        base = self.base_url or (self.page.url if self.page.url.startswith("http") else None)
        if "://" not in url and not url.startswith(("about:", "data:")):
            if base is None:
                raise NavigationFailed(f"{quote(url)} is relative and no base URL is set; set I.base_url "
                                       "or run pytest with --base-url")
            url = urljoin(base, url)
        try:
            self.page.goto(url, timeout=max(1.0, (deadline - time.monotonic()) * 1000))
        except PlaywrightError as error:
            raise NavigationFailed(
                f"could not open {url} ({_first_line(error)}); "
                "check that the server is running and the URL is right"
            ) from None

    def _keys(self, step: Step, how: str) -> None:
        from playwright.sync_api import Error as PlaywrightError

        try:
            getattr(self.page.keyboard, how)(step.target)
        except PlaywrightError as error:
            hint = "key names look like Enter, Escape, ArrowDown, Control+A"
            raise StepFailed(f"{_first_line(error)}; {hint}") from None

    def _set_checked(self, handle: Any, wanted: bool, timeout: float) -> None:
        """Click a checkable unless it is in the `wanted` state, then wait for that state. An element the
        click removed or re-rendered (its row left the view) counts as done: the click landed."""
        if handle.evaluate(_CHECKED_JS) is wanted:
            return
        _click_target(handle).click(timeout=timeout)
        settle = time.monotonic() + timeout / 1000
        while True:
            state = handle.evaluate(_CHECKED_JS)
            if state is None or state is wanted:
                return
            if time.monotonic() >= settle:
                name = handle.evaluate("n => n.getAttribute('aria-label') || (n.labels && n.labels[0] "
                                       "&& n.labels[0].textContent.trim()) || n.textContent.trim()")
                raise StateUnchanged(
                    f"clicked {quote(name)}, but it stayed {'unchecked' if wanted else 'checked'}; "
                    "the page may refuse the change (a disabled option, a rule of the form)"
                )
            self._pause()

    def _fill(self, handle: Any, value: str, timeout: float) -> None:
        # A spin button or slider drawn without an <input> takes arrow keys only.
        if handle.evaluate("n => !n.matches('input,textarea,select,[contenteditable]') && "
                           "['spinbutton', 'slider'].includes(n.getAttribute('role'))"):
            self._move_to(handle, value)
            return
        # An ARIA 1.1 combobox wraps its text input; type into that input.
        inner = handle.evaluate_handle(
            "n => n.matches('input,textarea,[contenteditable]') ? n : n.querySelector('input,textarea') || n"
        ).as_element()
        inner.fill(value, timeout=timeout)

    @staticmethod
    def _move_to(handle: Any, value: str) -> None:
        """Move an ARIA spin button or slider with the keyboard until its aria-valuenow is the number in
        `value` ("20", "$40", "16 pt"): Home or End first when that end is nearer, then arrow keys."""
        def number(raw: str | None) -> float | None:
            found = re.search(r"-?\d+(?:\.\d+)?", (raw or "").replace(",", ""))
            return float(found.group()) if found else None

        read = handle.evaluate("n => [n.getAttribute('aria-label') || n.textContent.trim(), "
                               "n.getAttribute('aria-valuenow'), n.getAttribute('aria-valuemin'), "
                               "n.getAttribute('aria-valuemax')]")
        name, low, high = read[0], number(read[2]), number(read[3])
        wanted = number(value)
        if wanted is None:
            raise BadValue(f"{quote(value)} holds no number to set {quote(name)} to; write one, like \"20\"")
        if (low is not None and wanted < low) or (high is not None and wanted > high):
            raise BadValue(
                f"{quote(name)} goes from {read[2]} to {read[3]}; {quote(value)} is out of its range"
            )
        handle.focus()
        now = number(handle.get_attribute("aria-valuenow"))
        if now is not None and low is not None and abs(wanted - low) < abs(wanted - now):
            handle.press("Home")
        elif now is not None and high is not None and abs(high - wanted) < abs(wanted - now):
            handle.press("End")
        for _ in range(MAX_KEY_PRESSES):
            now = number(handle.get_attribute("aria-valuenow"))
            if now == wanted:
                return
            if now is None:
                break
            handle.press("ArrowUp" if now < wanted else "ArrowDown")
            moved = number(handle.get_attribute("aria-valuenow"))
            if moved is None or moved == now or (moved - wanted) * (now - wanted) < 0:
                break  # stuck, or stepped over the value
        raise BadValue(f"arrow keys did not bring {quote(name)} to {quote(value)}; it reads "
                       f"{handle.get_attribute('aria-valuenow')}")

    def _select(self, step: Step, deadline: float) -> Element:
        wanted = step.value or ""
        model, chooser = self._find(step, deadline, "selectable")
        options = chooser.states.get("options", [])
        listed = f"; its options are: {', '.join(options)}" if options else ""
        if chooser.tag == "select":
            label = resolve_option(options, wanted)
            choice = {"label": label} if label else {"value": wanted}
            try:
                # The option is usually there already; a busy page may still need the rest of the wait.
                remaining = max(1000.0, (deadline - time.monotonic()) * 1000)
                model.handle(chooser.id).select_option(**choice, timeout=remaining)
            except Exception:
                raise TargetNotFound(f"no option {quote(wanted)} in {chooser.describe()}{listed}") from None
            return chooser
        if chooser.role in CHOICE_GROUPS:
            return self._choose_in_group(step, deadline, model, chooser)
        # An ARIA combobox or listbox: open it (typing the option, if it takes text), then click the option.
        if chooser.role == "combobox":
            handle = model.handle(chooser.id)
            handle.click(timeout=max(1.0, (deadline - time.monotonic()) * 1000))
            if chooser.tag in ("input", "textarea"):
                handle.fill(wanted, timeout=max(1.0, (deadline - time.monotonic()) * 1000))
        outer = self._scopes
        self._scopes = [] if chooser.role == "combobox" else [*outer, step.target or ""]
        try:
            self._on_element(_ACTIONS["click"])(Step("click", wanted), deadline)
        except TargetNotFound:
            raise TargetNotFound(f"no option {quote(wanted)} in {chooser.describe()}{listed}") from None
        finally:
            self._scopes = outer
        return chooser

    def _choose_in_group(self, step: Step, deadline: float, model: PageModel, group: Element) -> Element:
        """Click the radio, tree item or tab of `group` whose name is the step's option (as options are
        named: exactly, else by whole words naming only it)."""
        from playwright.sync_api import Error as PlaywrightError

        wanted = step.value or ""
        role = CHOICE_GROUPS[group.role]
        while True:
            items = [el for el in model.elements
                     if el.role == role and el.visible and model.contains(group.id, el.id)]
            names = [el.name or model.full_text(el.id) for el in items]
            chosen = resolve_option(names, wanted)
            if chosen is None:
                listed = f"; its {role}s are: {', '.join(names)}" if names else ""
                raise TargetNotFound(f"no {role} {quote(wanted)} in {group.describe()}{listed}")
            item = items[names.index(chosen)]
            try:
                model.handle(item.id).click(timeout=max(1.0, (deadline - time.monotonic()) * 1000))
                return group
            except PlaywrightError as error:
                if time.monotonic() >= deadline:
                    raise StepTimeout(f"{item.describe()} could not be clicked within "
                                      f"{self._wait_words(step)}: {_first_line(error)}") from None
                self._pause()
                model, group = self._find(step, deadline, "selectable")

    def _text_found(self, model: PageModel, step: Step) -> Resolution:
        return self._resolve(model, step, "text")

    def _see(self, step: Step, deadline: float) -> Element:
        found: dict[str, Resolution] = {}

        def attempt(model: PageModel) -> bool:
            found["last"] = self._text_found(model, step)
            return found["last"].element is not None

        model = self._poll(deadline, attempt)
        resolution = found.get("last")
        if resolution is not None and resolution.element is not None:
            return resolution.element
        if resolution is not None and resolution.missing:
            raise TargetNotFound(resolution.missing)
        close = closest_candidates(model, step.target or "", "text") if model else []
        hint = (". Closest: " + ", ".join(el.describe() for el in close)) if close else ""
        if step.verb == "see":
            raise AssertionFailed(f"did not see {quote(step.target or '')}{hint}")
        raise StepTimeout(f"{quote(step.target or '')} did not appear within {self._wait_words(step)}{hint}")

    def _dont_see(self, step: Step, deadline: float) -> None:
        found: dict[str, Resolution] = {}

        def attempt(model: PageModel) -> bool:
            found["last"] = self._text_found(model, step)
            return found["last"].element is None and not found["last"].missing

        self._poll(deadline, attempt)
        resolution = found.get("last")
        if resolution is not None and resolution.element is not None:
            raise AssertionFailed(f"still see {quote(step.target or '')} in {resolution.element.describe()} "
                                  f"after {self._wait_words(step)}")
        if resolution is not None and resolution.missing:
            raise TargetNotFound(resolution.missing)

    def _see_value(self, step: Step, deadline: float) -> Element:
        wanted = step.value or ""
        seen: dict[str, Any] = {}

        def attempt(model: PageModel) -> bool:
            resolution = self._resolve(model, step, "field")
            seen["resolution"] = resolution
            if resolution.element is None:
                return False
            seen["value"] = _field_value(model, resolution.element)
            seen["options"] = resolution.element.states.get("options", [])
            seen["readings"] = _readings(model, resolution.element)
            return any(_value_matches(reading, wanted, seen["options"]) for reading in seen["readings"])

        model = self._poll(deadline, attempt)
        resolution = seen.get("resolution")
        if resolution is None or resolution.element is None:
            raise self._not_found(model, step, "field", resolution)
        if not any(_value_matches(reading, wanted, seen["options"]) for reading in seen["readings"]):
            shown = [str(r) for r in seen["readings"][1:] if str(r) != str(seen["value"])]
            also = f" (shown as {', '.join(quote(r) for r in shown)})" if shown else ""
            holds = f"{quote(str(seen['value']))}{also}"
            raise AssertionFailed(f"{resolution.element.describe()} holds {holds}, not {quote(wanted)}")
        return resolution.element

    def _see_url(self, step: Step, deadline: float) -> None:
        fragment = step.target or ""
        while fragment not in self.page.url:
            if time.monotonic() >= deadline:
                raise AssertionFailed(f"the URL is {self.page.url}, which does not contain {quote(fragment)}")
            self._pause()

    def _enter_scope(self, step: Step, deadline: float) -> None:
        scopes = list(self._scopes)
        model = self._poll(deadline, lambda m: resolve_scope(m, scopes) is not None)
        if model is None or resolve_scope(model, scopes) is None:
            close = closest_candidates(model, step.target or "", "scope") if model else []
            hint = (". Closest: " + ", ".join(el.describe() for el in close)) if close else ""
            raise TargetNotFound(f"no section named {quote(step.target or '')}{hint}")


def _interactive_rival(model: PageModel, target: str, resolution: Resolution) -> Element | None:
    """For a click whose words match no usable control, only text: the control meant instead (one matching
    the words but hidden or disabled, else, when the words are only part of the text, the visible, enabled
    control whose name reads most like them, difflib ratio at least RIVAL_SIMILARITY), or None when there is
    none and clicking the text is fine."""
    if any(el.role in INTERACTIVE_ROLES and el.visible and el.enabled for el in resolution.ranked):
        return None
    unusable = next((el for el in resolution.ranked if el.role in INTERACTIVE_ROLES), None)
    if unusable is not None:
        return unusable
    wanted = " ".join(target.split()).casefold()
    said = [resolution.element.name, resolution.element.text] if resolution.element else []
    if wanted in {" ".join((text or "").split()).casefold() for text in said}:
        return None  # the words are the whole text: a clickable text (a div with a handler) was meant
    matcher = difflib.SequenceMatcher(b=wanted, autojunk=False)
    best: tuple[float, Element | None] = (RIVAL_SIMILARITY, None)
    for element in model.elements:
        label = element.name or element.text
        if element.role not in INTERACTIVE_ROLES or not element.visible or not element.enabled or not label:
            continue
        matcher.set_seq1(" ".join(label.split()).casefold())
        ratio = matcher.ratio()
        if ratio >= best[0]:
            best = (ratio, element)
    return best[1]


def _drawn_by_label(model: PageModel, element: Element | None) -> bool:
    """Whether a hidden, enabled checkbox or radio input has a <label> a person can click instead."""
    if element is None or element.visible or not element.enabled or element.tag != "input":
        return False
    return element.role in _CHECKABLE_INPUT_ROLES and bool(model.handle(element.id).evaluate(_SHOWN_LABEL_JS))


def _is_control_label(model: PageModel, element: Element | None) -> bool:
    """Whether `element` is the <label> of a form control (clicking it acts on the control)."""
    return element is not None and element.tag == "label" and bool(
        model.handle(element.id).evaluate("l => !!l.control")
    )


def _readings(model: PageModel, element: Element) -> list[str | bool]:
    """The values a person may read a field as: its value, and for a spin button or slider also its
    aria-valuetext and the text it shows ("16 pt", "$40")."""
    value = _field_value(model, element)
    if element.role not in _RANGE_ROLES:
        return [value]
    readings: list[str | bool] = [value]
    with contextlib.suppress(Exception):  # a detached element has no attributes to read; its value stands
        readings.append(model.handle(element.id).get_attribute("aria-valuetext") or "")
    readings.append(model.full_text(element.id))
    return [r for i, r in enumerate(readings) if r != "" and r not in readings[:i]]


def _field_value(model: PageModel, element: Element) -> str | bool:
    """What a field holds now: the chosen option's text, checked state, or text value."""
    states = element.states
    if "selected_option" in states:
        return states["selected_option"]
    if "checked" in states and element.role in TARGET_ROLES["checkable"]:
        return states["checked"]
    if "value" in states:
        return states["value"]
    return model.full_text(element.id)


def _value_matches(actual: str | bool, wanted: str, options: list[str]) -> bool:
    """Whether a field's value is `wanted`; a select's chosen option also when `wanted` names just it."""
    if isinstance(actual, bool):
        return _CHECKED_WORDS.get(wanted.strip().lower()) is actual
    if " ".join(actual.split()) == " ".join(wanted.split()):
        return True
    return bool(options) and resolve_option(options, wanted) == actual
