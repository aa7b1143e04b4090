"""Why the test failed, read from the live page at its failing step, and which changed lines could fix it.

The cause is decided from the runtime's typed error, the page model at that moment (is the target there
but hidden, disabled, covered; is something like it there under another name; does the text appear given
more time), the page's errors, and, when there is one, the page the last passing run saw at that step.
Candidates are ranked by name and structure similarity; the analyzer verifies them by re-running the test.
"""

from __future__ import annotations

import math
import re
import time
from dataclasses import dataclass, field
from typing import Any

from html_compactor.page_model import Element, PageModel, normalize_text, snapshot
from testgen.analyze.config import AnalyzeConfig
from testgen.analyze.replay import Run, StepRun, outline_entries
from testgen.analyze.script import ScriptStep, TestUnderAnalysis
from testgen.analyze.similarity import best_window, name_similarity, shared_words
from testgen.reading.page_words import BUSY, DISMISS
from testgen.runtime.errors import NavigationFailed, TextOnlyMatch
from testgen.runtime.resolve import INTERACTIVE_ROLES, box_distance, fits, resolve_target
from testgen.step import VERBS, Step, quote

# Causes whose only honest outcome is `behaviour_changed`: the page no longer does what the test says.
BEHAVIOUR_CAUSES = frozenset(
    {
        "removed",
        "disabled",
        "hidden",
        "text_changed",
        "text_gone",
        "value_changed",
        "navigation",
        "page_error",
    }
)
CAUSES = (
    "renamed",
    "moved",
    "ambiguous",
    "disabled",
    "hidden",
    "covered",
    "removed",
    "text_changed",
    "text_gone",
    "value_changed",
    "timing",
    "navigation",
    "page_error",
    "unknown",
)
NULL_LOOKUP = re.compile(r"properties of null|\bis null\b|null is not an object", re.IGNORECASE)
RENAME_FLOOR = 0.5  # a renamed target must read at least this much like the old name, without other evidence
TEXT_FLOOR = 0.6  # a reworded text must read at least this much like the expected one
TEXT_WORDS = 0.5  # and keep at least this share of its words
ANCHORS_TRIED = 8  # nearest texts tried as `near=` for each of several same-named elements
ELEMENT_VERBS = frozenset(v for v, spec in VERBS.items() if spec.kind not in (None, "text"))


@dataclass
class Candidate:
    """A proposed change: step `index` replaced by `steps`."""

    steps: list[ScriptStep]
    reason: str
    score: float
    changes_assertion: bool = False
    also: dict[int, list[ScriptStep]] = field(default_factory=dict)  # other steps changed the same way

    def edits(self, index: int) -> list[tuple[int, list[ScriptStep]]]:
        """Every change this candidate makes, for `TestUnderAnalysis.replaced` and `patched_source`."""
        return [(index, self.steps), *self.also.items()]


@dataclass
class Diagnosis:
    """The cause, the step to change (which may precede the one that failed), and candidate fixes."""

    cause: str
    index: int
    failed_at: int
    explanation: str
    candidates: list[Candidate] = field(default_factory=list)
    confidence: float = 0.5
    outline_diff: str = ""

    @property
    def behaviour_changed(self) -> bool:
        return self.cause in BEHAVIOUR_CAUSES


def with_step(item: ScriptStep, step: Step) -> ScriptStep:
    return ScriptStep(step, item.scopes, item.line, item.end_line)


def added(item: ScriptStep, step: Step) -> ScriptStep:
    return ScriptStep(step, item.scopes)


class Diagnoser:
    """Looks at one failed run (its context still open) and decides the cause and the candidates."""

    def __init__(
        self, test: TestUnderAnalysis, run: Run, baseline: list[StepRun] | None, config: AnalyzeConfig
    ):
        self.test, self.run, self.config = test, run, config
        self.baseline = baseline if baseline and len(baseline) == len(test.steps) else None
        self.failed = run.failed_at if run.failed_at is not None else 0
        self._focus(self.failed)

    def _focus(self, index: int) -> None:
        """Look at step `index`: the failing one, or an earlier one suspected of acting on a wrong element."""
        self.index = index
        self.item = self.test.steps[index]
        self.step = self.item.step

    # -- entry point -----------------------------------------------------------------------------------

    def diagnose(self) -> list[Diagnosis]:
        """Diagnoses to try, most likely first: an earlier step that acted on the wrong element (a later
        failure is often its consequence), then the cause at the failing step itself."""
        own = self._own_cause()
        own.outline_diff = self._outline_diff()
        earlier = self._earlier_wrong_element()
        if earlier is None:
            return [own]
        earlier.outline_diff = own.outline_diff
        if earlier.behaviour_changed:  # the later failure is only its consequence
            return [earlier]
        return [earlier, own]

    def _own_cause(self) -> Diagnosis:
        page_error = self._page_error()
        if isinstance(self.run.error, NavigationFailed):
            return self._navigation()
        if self.run.model is None:
            return self._verdict("unknown", f"the page could not be read after {self.run.error_text}", 0.2)
        if self.step.verb in ELEMENT_VERBS:
            found = self._element_cause()
        elif self.step.verb in ("see", "wait_for"):
            found = self._text_cause()
        elif self.step.verb == "dont_see":
            found = self._verdict(
                "text_changed",
                f"{quote(self.step.target or '')} is still shown, which the test says it should not be",
                0.7,
            )
        elif self.step.verb == "see_url":
            found = self._url_cause()
        else:
            found = self._verdict("unknown", f"{self.step.render()} failed: {self.run.error_text}", 0.2)
        if page_error and found.cause == "removed" and self._errors_look_for_elements():
            # The site's script failed looking for an element that is gone: the removal is the cause.
            found.explanation += f"; the page's script also fails without it ({self.run.page_errors[0]})"
            return found
        if page_error and found.cause in ("removed", "text_gone", "unknown", "navigation"):
            return self._verdict("page_error", f"{page_error}; {found.explanation}", 0.8)
        return found

    # -- helpers ---------------------------------------------------------------------------------------

    def _verdict(
        self,
        cause: str,
        explanation: str,
        confidence: float,
        candidates: list[Candidate] | None = None,
        index: int | None = None,
    ) -> Diagnosis:
        at = self.index if index is None else index
        return Diagnosis(cause, at, self.failed, explanation, candidates or [], confidence)

    def _page_error(self) -> str:
        """The page's own failure (an HTTP error status, an uncaught script error), or ''."""
        for status, kind, url in self.run.http_errors:
            if kind == "document" or status >= 500:
                return f"the server answered {status} for {url}"
        for status, _kind, url in self.run.http_errors:
            return f"a request failed with {status} ({url})"
        if self.run.page_errors:
            return f"the page reported an error: {self.run.page_errors[0]}"
        return ""

    def _errors_look_for_elements(self) -> bool:
        """Every page error is a script reading from null, as code does whose element is not there (a
        lookup that found nothing), and no request failed."""
        return not self.run.http_errors and all(NULL_LOOKUP.search(e) for e in self.run.page_errors)

    def _resolve(
        self,
        model: PageModel,
        target: str,
        kind: str,
        near: str | None = None,
        scopes: tuple[str, ...] | None = None,
    ):
        return resolve_target(
            model, target, kind, near=near, within=self.item.scopes if scopes is None else scopes
        )

    def _kind(self) -> str:
        return VERBS[self.step.verb].kind or "clickable"

    def _watch(self, done: Any) -> float | None:
        """Keep looking at the live page (long when it says it is busy) until `done(model)`; the seconds it
        took beyond the step's own wait, or None if it never happened."""
        model = self.run.model
        busy = model is not None and any(
            el.visible and (el.role == "progressbar" or BUSY.search(el.text or el.name or ""))
            for el in model.elements
        )
        limit = self.config.slow_wait if busy else self.config.quick_wait
        started = time.monotonic()
        page = self.run.page
        while time.monotonic() - started < limit:
            try:
                fresh = snapshot(page)
            except Exception:  # noqa: BLE001 - a page mid-navigation; look again
                fresh = None
            if fresh is not None and done(fresh):
                self.run.model = fresh
                return time.monotonic() - started
            page.wait_for_timeout(200)
        return None

    def _later_timeout(self, waited: float) -> float:
        """A timeout (seconds) with room for a step that needed `waited` beyond the usual wait."""
        needed = (self.step.timeout or self.config.step_timeout) + waited
        return float(max(10, 5 * math.ceil(needed * 1.5 / 5)))

    def _timing_fix(self, waited: float, what: str) -> Diagnosis:
        timeout = self._later_timeout(waited)
        fixed = Step(self.step.verb, self.step.target, self.step.value, self.step.near, timeout)
        return self._verdict(
            "timing",
            f"{what} appeared only {waited + self.config.step_timeout:.1f} s after the step began; "
            f"the page is slow, not changed",
            0.8,
            [Candidate([with_step(self.item, fixed)], "wait longer", 0.9)],
        )

    # -- elements --------------------------------------------------------------------------------------

    def _element_cause(self, expected: dict | None = None) -> Diagnosis:
        """Why the step's element could not be used; `expected` ({role, name}) is what an earlier step acted
        on in the last passing run when it acted on something else this time."""
        model, kind, target = self.run.model, self._kind(), self.step.target or ""
        assert model is not None
        resolution = self._resolve(model, target, kind, self.step.near)
        # The runtime refused text (or acted on another element than before): the control meant is elsewhere.
        wrong = expected is not None or (
            isinstance(self.run.error, TextOnlyMatch) and self.index == self.failed
        )
        if resolution.missing:
            return self._moved_out_of_section(resolution.missing)
        element = resolution.element
        if wrong:
            if expected is not None:
                meant = lambda el: (el.role, el.name or el.text) == (expected["role"], expected["name"])  # noqa: E731
            else:
                meant = lambda el: el.role in INTERACTIVE_ROLES  # noqa: E731
            element = next((el for el in resolution.ranked if meant(el)), None)
        if element is not None and element.visible and element.enabled:
            covering = self._covering(element)
            if covering is not None:
                return self._covered(element, covering)
            if resolution.ties:
                return self._ambiguous(self.index, resolution.ties)
            if self.step.verb == "see_value" and self.index == self.failed:
                return self._verdict(
                    "value_changed",
                    f"{element.describe()} does not hold "
                    f"{quote(self.step.value or '')}: {self.run.error_text}",
                    0.75,
                )
            if self.step.verb == "select" and self.index == self.failed:
                return self._option_cause(element)
            # Usable now, so it was not in time: the same step given longer, verified like any fix.
            fixed = Step(
                self.step.verb,
                self.step.target,
                self.step.value,
                self.step.near,
                self._later_timeout(self.config.step_timeout),
            )
            return self._verdict(
                "timing",
                f"{element.describe()} is there and usable now; it was not in time ({self.run.error_text})",
                0.4,
                [Candidate([with_step(self.item, fixed)], "wait longer", 0.5)],
            )

        def ready(fresh: PageModel) -> bool:
            found = self._resolve(fresh, target, kind, self.step.near)
            return found.ready and (found.element.role in INTERACTIVE_ROLES or not wrong)

        waited = self._watch(ready) if self.index == self.failed else None  # a slow page before any guess
        if waited is not None:
            return self._timing_fix(waited, f"{quote(target)}")
        if element is not None:
            if not element.visible:
                return self._hidden(element)
            return self._verdict(
                "disabled", f"{element.describe()} is on the page but disabled; the step cannot use it", 0.85
            )
        opener = self._probe_openers(None) if self.index == self.failed else None
        if opener is not None:
            return self._opened_by(opener, f"{quote(target)}")
        renamed = self._renamed(self.index, model, target, kind)
        if renamed is not None:
            return renamed
        what = "an element" if kind == "clickable" else f"a {kind} element"
        return self._verdict(
            "removed",
            f"no {quote(target)} is on the page any more, nor {what} that reads "
            "like it; the page no longer offers what the test uses",
            0.7,
        )

    def _option_cause(self, element: Element) -> Diagnosis:
        """A dropdown without the option the step chooses: renamed when one option reads like it."""
        wanted = self.step.value or ""
        options = [o for o in element.states.get("options", []) if name_similarity(wanted, o) >= RENAME_FLOOR]
        options.sort(key=lambda o: -name_similarity(wanted, o))
        if not options:
            return self._verdict(
                "removed",
                f"{element.describe()} has no option {quote(wanted)} any more, nor one that reads like it",
                0.7,
            )
        candidates = [
            Candidate(
                [
                    with_step(
                        self.item, Step("select", self.step.target, o, self.step.near, self.step.timeout)
                    )
                ],
                f"option {quote(o)} reads like {quote(wanted)}",
                name_similarity(wanted, o),
            )
            for o in options[: self.config.max_fixes]
        ]
        return self._verdict(
            "renamed",
            f"{element.describe()} no longer offers {quote(wanted)}; {quote(options[0])} reads like it",
            0.7,
            candidates,
        )

    def _renamed(self, index: int, model: PageModel, target: str, kind: str) -> Diagnosis | None:
        """Elements of the step's kind that read like `target` (or took its place), best first."""
        item = self.test.steps[index]
        others = {normalize_text(s.step.target or "") for s in self.test.steps if s.step.target}
        before = self._baseline_entries(index)
        expected_role = self._baseline_role(index)
        pool: dict[tuple[str, str], tuple[float, Element]] = {}
        for element in model.elements:
            name = element.name or (element.text if kind == "clickable" else "")
            if not name or len(name) > 80 or not element.visible or not fits(element, kind):
                continue
            if kind == "clickable" and element.role not in INTERACTIVE_ROLES:
                continue
            if normalize_text(name) in others:  # another step's target: a different element
                continue
            score = name_similarity(target, name)
            evidence = ""
            if before is not None:
                existed = any(e[0] == element.role and e[1] == name for e in before)
                if existed:
                    score *= 0.5  # it was there already, beside the old target: another element
                elif any(e[1] == target for e in before):
                    score += 0.3  # it appeared while the old name vanished
                    evidence = "appeared where it vanished"
            if expected_role and element.role == expected_role:
                score += 0.1
            if score < RENAME_FLOOR and not evidence:
                continue
            key = (element.role, name)
            if key not in pool or pool[key][0] < score:
                pool[key] = (score, element)
        ranked = sorted(pool.values(), key=lambda found: -found[0])[: self.config.max_fixes]
        if not ranked:
            return None

        def named(other: ScriptStep, name: str) -> list[ScriptStep]:
            o = other.step
            return [with_step(other, Step(o.verb, name, o.value, o.near, o.timeout))]

        # The other steps that name the same element (same words, same kind of target) follow the rename.
        same = [
            i
            for i, other in enumerate(self.test.steps)
            if i != index
            and other.step.target == target
            and (VERBS[other.step.verb].kind or "") not in ("", "text")
        ]
        candidates = [
            Candidate(
                named(item, el.name or el.text)[:1],
                f"{el.describe()} reads like {quote(target)}",
                min(score, 1.0),
                also={i: named(self.test.steps[i], el.name or el.text) for i in same},
            )
            for score, el in ranked
        ]
        best = ranked[0][1]
        return self._verdict(
            "renamed",
            f"{quote(target)} is no longer on the page; {best.describe()} reads "
            "like it and sits where a renamed one would",
            min(0.95, 0.5 + ranked[0][0] / 2),
            candidates,
            index,
        )

    def _hidden(self, element: Element) -> Diagnosis:
        """The target is there but not shown: behind something to open first (moved), else just hidden."""
        opener = self._probe_openers(element)
        if opener is not None:
            return self._opened_by(opener, element.describe())
        return self._verdict(
            "hidden",
            f"{element.describe()} is on the page but hidden, and nothing on the page shows it",
            0.75,
        )

    def _opened_by(self, opener: str, what: str) -> Diagnosis:
        opened = added(self.item, Step("click", opener))
        return self._verdict(
            "moved",
            f"{what} is now inside something closed; clicking {quote(opener)} shows it",
            0.85,
            [Candidate([opened, self.item], f"open {quote(opener)} first", 0.9)],
        )

    def _probe_openers(self, element: Element | None) -> str | None:
        """Click, on the live page, what may open the target's container (when the page model does not
        hold the target at all, only the collapsed controls); the first that shows it."""
        model = self.run.model
        assert model is not None
        target, kind = self.step.target or "", self._kind()
        ancestors = model.ancestors(element.id) if element is not None else []
        summaries = [
            kid
            for a in ancestors
            if model.elements[a].tag == "details"
            for kid in model.children[a]
            if model.elements[kid].tag == "summary"
        ]
        collapsed = [
            el.id
            for el in model.elements
            if el.visible and el.states.get("expanded") is False and el.id not in summaries
        ]
        # Only controls that say they open something (aria-expanded, <summary>): clicking any other button
        # to see what appears would "fix" a test by acting on an element its words do not support.
        at = element.id if element is not None else 0
        tried = summaries + sorted(collapsed, key=lambda i: abs(i - at))
        # Handles first: a snapshot after a click renumbers the page model's elements.
        openers = [
            (model.elements[i].name or model.elements[i].text, model.handle(i))
            for i in tried[:8]
            if model.elements[i].name or model.elements[i].text
        ]
        for name, handle in openers:
            try:
                handle.click(timeout=max(1000, 500 * self.config.step_timeout))
            except Exception:  # noqa: BLE001 - a control that cannot be clicked is simply not the one
                continue
            if self._shown_soon(lambda fresh: self._resolve(fresh, target, kind, self.step.near).ready):
                return name
        return None

    def _shown_soon(self, done: Any, seconds: float = 1.0) -> bool:
        """Whether `done(model)` holds on the live page within `seconds` (a re-render after a click)."""
        deadline = time.monotonic() + seconds
        while True:
            self.run.page.wait_for_timeout(150)
            try:
                if done(snapshot(self.run.page)):
                    return True
            except Exception:  # noqa: BLE001 - a page mid-navigation; look again
                pass
            if time.monotonic() > deadline:
                return False

    def _covering(self, element: Element) -> int | None:
        """The page-model id of what lies on top of the target's centre, if something else does."""
        model = self.run.model
        assert model is not None
        try:
            top = model.handle(element.id).evaluate(
                """el => { const r = el.getBoundingClientRect();
                  const x = r.left + r.width / 2, y = r.top + r.height / 2;
                  let hit = document.elementFromPoint(x, y);
                  if (!hit || el === hit || el.contains(hit) || hit.contains(el)) return -1;
                  while (hit && window.__testgenNodes.indexOf(hit) < 0) hit = hit.parentElement;
                  return hit ? window.__testgenNodes.indexOf(hit) : -1; }"""
            )
        except Exception:  # noqa: BLE001 - off-screen or detached: not covered as far as we can tell
            return None
        return top if isinstance(top, int) and top >= 0 else None

    def _covered(self, element: Element, covering: int) -> Diagnosis:
        model = self.run.model
        assert model is not None
        layer = covering
        for ancestor in model.ancestors(covering):  # the outermost container the covering part belongs to
            if model.elements[ancestor].tag in ("body", "html", "main"):
                break
            layer = ancestor
        controls = [
            el
            for el in model.elements
            if el.visible
            and el.enabled
            and el.role in ("button", "link")
            and model.contains(layer, el.id)
            and (el.name or el.text)
        ]
        controls.sort(key=lambda el: (not DISMISS.search(el.name or el.text), el.id))
        candidates = [
            Candidate(
                [added(self.item, Step("click", el.name or el.text)), self.item],
                f"dismiss what covers it with {quote(el.name or el.text)}",
                0.8 if DISMISS.search(el.name or el.text) else 0.4,
            )
            for el in controls[: self.config.max_fixes]
        ]
        over = model.elements[covering]
        return self._verdict(
            "covered",
            f"{element.describe()} is covered by {over.describe()}, so a click cannot reach it",
            0.8,
            candidates,
        )

    def _ambiguous(self, index: int, ties: list[Element]) -> Diagnosis:
        item = self.test.steps[index]
        step = item.step
        anchors = self._anchors(index, ties)
        candidates = [
            Candidate(
                [with_step(item, Step(step.verb, step.target, step.value, anchor, step.timeout))],
                f"the {quote(step.target or '')} near {quote(anchor)}",
                0.8 - 0.1 * n,
            )
            for n, anchor in enumerate(anchors[: self.config.max_fixes])
        ]
        return self._verdict(
            "ambiguous",
            f"{len(ties)} elements are named {quote(step.target or '')}, so the "
            "step may act on the wrong one",
            0.75,
            candidates,
            index,
        )

    def _anchors(self, index: int, ties: list[Element]) -> list[str]:
        """For each tied element, the nearest text on the page that, as `near=`, picks it alone."""
        model = self.run.model
        assert model is not None
        item = self.test.steps[index]
        kind = VERBS[item.step.verb].kind or "clickable"
        texts = [el for el in model.elements if el.visible and _anchor_text(el)]
        before = self._baseline_entries(index)
        known = {normalize_text(e[1]) for e in before} if before is not None else set()
        anchors: list[str] = []
        for element in ties:
            nearest = sorted(texts, key=lambda el: box_distance(el.box, element.box))
            for other in nearest[:ANCHORS_TRIED]:
                anchor = _anchor_text(other)
                if anchor in anchors or normalize_text(anchor) == normalize_text(item.step.target or ""):
                    continue
                found = self._resolve(model, item.step.target or "", kind, anchor, item.scopes)
                if found.element is not None and found.element.id == element.id and not found.ties:
                    anchors.append(anchor)
                    break
        # A text the passing page already had comes first: a newly added section is more likely a decoy.
        anchors.sort(key=lambda a: normalize_text(a) not in known)
        return anchors

    def _moved_out_of_section(self, missing: str) -> Diagnosis:
        model = self.run.model
        assert model is not None
        target = self.step.target or ""
        anywhere = self._resolve(model, target, self._kind(), None, ())
        if anywhere.element is not None and anywhere.ready:
            candidates = []
            if not self.item.scopes and self.step.near is not None:
                fixed = Step(self.step.verb, self.step.target, self.step.value, None, self.step.timeout)
                anchors = self._anchors(self.index, anywhere.ties or [anywhere.element])
                candidates = [
                    Candidate(
                        [with_step(self.item, Step(fixed.verb, fixed.target, fixed.value, a))],
                        f"near {quote(a)}",
                        0.7,
                    )
                    for a in anchors
                ]
                candidates.append(Candidate([with_step(self.item, fixed)], "without near=", 0.5))
            return self._verdict(
                "moved",
                f"{missing}; {anywhere.element.describe()} is elsewhere on the page",
                0.75,
                candidates,
            )
        return self._verdict("removed", missing, 0.6)

    # -- texts -----------------------------------------------------------------------------------------

    def _text_cause(self) -> Diagnosis:
        text = self.step.target or ""
        model = self.run.model
        assert model is not None

        def shown(fresh: PageModel) -> bool:
            return self._resolve(fresh, text, "text", self.step.near).element is not None

        waited = self._watch(shown)
        if waited is not None:
            return self._timing_fix(waited, quote(text))
        before = self._baseline_entries(self.index)
        shown_before = [normalize_text(e[1]) for e in before] if before is not None else []
        wanted = normalize_text(text)
        best = (0.0, "")
        for element in model.elements:
            if element.visible and element.text:
                whole = model.full_text(element.id) if len(element.text) < 300 else element.text
                found = best_window(text, whole)
                if found[0] <= best[0] or shared_words(text, found[1]) < TEXT_WORDS:
                    continue
                # A text the passing page already showed beside the expected one is another text.
                if any(normalize_text(found[1]) in line and wanted not in line for line in shown_before):
                    continue
                best = found
        if best[0] >= TEXT_FLOOR and normalize_text(best[1]) != normalize_text(text):
            fixed = Step(self.step.verb, best[1], None, self.step.near, self.step.timeout)
            return self._verdict(
                "text_changed",
                f"the page no longer says {quote(text)}; it says {quote(best[1])} instead — "
                "the expected outcome changed",
                0.8,
                [Candidate([with_step(self.item, fixed)], "assert the new wording", best[0], True)],
            )
        reworded = self._reworded_in_place(text)
        if reworded is not None:
            fixed = Step(self.step.verb, reworded, None, self.step.near, self.step.timeout)
            return self._verdict(
                "text_changed",
                f"the page no longer says {quote(text)}; where it said it, it now says {quote(reworded)} — "
                "the expected outcome changed",
                0.7,
                [Candidate([with_step(self.item, fixed)], "assert the new wording", 0.6, True)],
            )
        return self._verdict(
            "text_gone",
            f"the page no longer shows {quote(text)}, nor anything that reads "
            "like it: the behaviour the test checks has changed",
            0.75,
        )

    def _reworded_in_place(self, text: str) -> str | None:
        """With a baseline: the new text of the line that held `text` in the passing run (same role and
        section, a name the passing page did not have), or None."""
        before, outline = self._baseline_entries(self.index), self.run.outline
        if before is None or outline is None:
            return None
        wanted = normalize_text(text)
        held = [e for e in before if wanted in normalize_text(e[1])]
        names_before = {(e[0], e[1]) for e in before}
        for entry in outline_entries(outline):
            if (entry[0], entry[1]) in names_before or not entry[1] or len(entry[1]) > 200:
                continue
            if any(entry[0] == old[0] and entry[2] == old[2] for old in held):
                return entry[1] if len(held[0][1]) <= len(text) + 2 else None
        return None

    def _url_cause(self) -> Diagnosis:
        fragment = self.step.target or ""
        waited = self._watch(lambda _model: fragment in self.run.page.url)
        if waited is not None:
            return self._timing_fix(waited, f"the URL with {quote(fragment)}")
        return self._verdict(
            "navigation", f"the page is at {self.run.page.url}, not at a URL with {quote(fragment)}", 0.7
        )

    def _navigation(self) -> Diagnosis:
        message = self.run.error_text
        if "Timeout" in message:
            fixed = Step("go_to", self.step.target, timeout=self._later_timeout(self.config.step_timeout))
            return self._verdict(
                "timing",
                f"the page took too long to load ({message})",
                0.6,
                [Candidate([with_step(self.item, fixed)], "wait longer", 0.6)],
            )
        page_error = self._page_error()
        if page_error:
            return self._verdict("page_error", page_error, 0.9)
        return self._verdict("navigation", message, 0.6)

    # -- the earlier step that acted on the wrong element -------------------------------------------

    def _earlier_wrong_element(self) -> Diagnosis | None:
        """A passed step before the failure that chose between equal elements, or acted on another element
        than in the last passing run: the failure is often its consequence."""
        model = self.run.model
        if model is None:
            return None
        for index in range(self.index - 1, -1, -1):
            step_run = self.run.steps[index]
            item = self.test.steps[index]
            if item.step.verb not in ELEMENT_VERBS:
                continue
            found = self._resolve(
                model,
                item.step.target or "",
                VERBS[item.step.verb].kind or "clickable",
                item.step.near,
                item.scopes,
            )
            if step_run.ties > 1 and len(found.ties) > 1:
                return self._ambiguous(index, found.ties)
            twins = self._new_twins(index, found.ranked, step_run.resolved)
            if twins:
                return self._ambiguous(index, twins)
            if self.baseline is not None and self.baseline[index].resolved and step_run.resolved:
                was, now = self.baseline[index].resolved, step_run.resolved
                if (was["role"], was["name"]) != (now["role"], now["name"]):
                    self._focus(index)
                    try:
                        found = self._element_cause(expected=was)
                    finally:
                        self._focus(self.failed)
                    # A fix to try, or the element acted on before still there but unusable: that is why.
                    if found.candidates or found.cause in ("hidden", "disabled"):
                        found.explanation = (
                            f"line {item.line} acted on {now['role']} {quote(now['name'])}, "
                            f"not {was['role']} {quote(was['name'])} as before; " + found.explanation
                        )
                        return found
        return None

    def _new_twins(self, index: int, ranked: list[Element], resolved: dict | None) -> list[Element]:
        """Elements now named like the one step `index` acted on, when the passing page had only one of
        them: a newcomer with the same name may have taken the step (the runtime picks by position)."""
        before = self._baseline_entries(index)
        if before is None or not resolved:
            return []
        key = (resolved["role"], resolved["name"])
        twins = [el for el in ranked if el.visible and (el.role, el.name or el.text) == key]
        was = sum((entry[0], entry[1]) == key for entry in before)
        return twins if was == 1 and len(twins) > 1 else []

    # -- the page the passing run saw ---------------------------------------------------------------

    def _baseline_entries(self, index: int) -> list[list] | None:
        if self.baseline is None:
            return None
        return self.baseline[index].outline

    def _baseline_role(self, index: int) -> str | None:
        if self.baseline is None or not self.baseline[index].resolved:
            return None
        return self.baseline[index].resolved.get("role")

    def _outline_diff(self) -> str:
        """What differs between the page the last passing run saw at this step and the page now."""
        before = self._baseline_entries(self.index)
        if before is None or self.run.outline is None:
            return ""
        now = outline_entries(self.run.outline)

        def key(entry: list) -> tuple:
            return (entry[0], entry[1], tuple(entry[2]), entry[4])

        gone = [e for e in before if key(e) not in {key(n) for n in now}]
        new = [e for e in now if key(e) not in {key(b) for b in before}]

        def line(entry: list) -> str:
            where = f"  (in {' > '.join(entry[2])})" if entry[2] else ""
            return f"{entry[0]} {quote(entry[1])}{' disabled' if entry[4] else ''}{where}"

        return "".join(f"- {line(e)}\n" for e in gone[:40]) + "".join(f"+ {line(e)}\n" for e in new[:40])


def _anchor_text(element: Element) -> str:
    """What an element offers as a `near=` anchor: a heading's or label's name, or its own short text."""
    if element.role in ("heading", "label") and element.name:
        text = element.name
    elif element.role in ("generic", "paragraph", "text", "none", "cell", "listitem", "strong", "emphasis"):
        text = element.text
    else:
        return ""
    text = " ".join(text.split())
    return text if 0 < len(text) <= 40 else " ".join(text.split()[:6])[:40] if len(text) > 40 else ""
