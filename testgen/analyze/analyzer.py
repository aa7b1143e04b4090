"""The analysis of one test: run it to its failing step, diagnose the cause on the live page, verify the
candidate fixes by re-running the whole test in a fresh context, and report the first that passes.

A fix that changes an assertion, or a cause that means the page no longer does what the test says, gives
the verdict `behaviour_changed`, never `fixed`: the analyzer does not weaken a test.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from testgen.analyze.analysis import Analysis, Fix, StepOutcome
from testgen.analyze.config import AnalyzeConfig
from testgen.analyze.diagnose import Candidate, Diagnoser, Diagnosis
from testgen.analyze.replay import ContextHook, Run, StepRun, ready_now, run_steps
from testgen.analyze.script import TestUnderAnalysis, load_test, patched_source, unified_patch

SLOW_STEPS = 2  # slow steps passed with a longer wait before the analysis looks at a later failure alone

EventSink = Callable[[dict], None]


class Analyzer:
    """Analyzes tests with one browser (launched on first use unless one is given)."""

    def __init__(
        self, config: AnalyzeConfig | None = None, browser: Any = None, hook: ContextHook | None = None
    ) -> None:
        self.config = config or AnalyzeConfig.from_env()
        self.hook = hook  # prepares every fresh context (the benchmark installs its page mutations here)
        self._browser = browser
        self._owns_browser = browser is None

    @property
    def browser(self) -> Any:
        if self._browser is None:
            from testgen.browser import launch_browser, shared_playwright

            self._browser = launch_browser(shared_playwright())
        return self._browser

    def close(self) -> None:
        if self._owns_browser and self._browser is not None:
            self._browser.close()
            self._browser = None

    def analyze(
        self,
        source: str,
        *,
        test_name: str | None = None,
        base_url: str,
        on_event: EventSink | None = None,
        baseline: list[dict] | None = None,
        path: str = "test.py",
    ) -> Analysis:
        """Analyze the test `test_name` of the module `source` against the site at `base_url`.

        `baseline` is the `Analysis.baseline` of an earlier passing analysis of the same test (the page at
        each step), which sharpens the diagnosis; `path` names the file in the patch.
        """
        emit = on_event or (lambda event: None)
        return self._analyze(source, test_name, base_url, emit, baseline, path, slow=0)

    def _analyze(
        self,
        source: str,
        test_name: str | None,
        base_url: str,
        emit: EventSink,
        baseline: list[dict] | None,
        path: str,
        slow: int,
    ) -> Analysis:
        """`analyze`; `slow` counts the steps already given a longer wait because the page was slow."""
        started = time.perf_counter()
        test = load_test(source, test_name)
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", f"{Path(path).stem}-{test.name}")
        emit({"event": "started", "test": test.name, "steps": len(test.steps)})
        # Record the page at each step unless the baseline given already holds it.
        record = not baseline or any(step.get("outline") is None for step in baseline)
        run = run_steps(
            self.browser,
            test.steps,
            base_url,
            self.config,
            hook=self.hook,
            record=record,
            keep_open=True,
            shot_name=f"{stem}-before",
        )
        emit({"event": "run", "passed": run.passed, "seconds": round(run.seconds, 2)})
        if run.passed:
            analysis = Analysis(
                test.name,
                "passes",
                steps=_outcomes(test, run),
                seconds=0.0,
                baseline=[_baseline_step(s) for s in run.steps] if record else baseline,
            )
            analysis.screenshots = {"before": run.screenshot, "after": None}
            analysis.seconds = time.perf_counter() - started
            emit({"event": "done", "status": "passes"})
            return analysis
        assert run.failed_at is not None
        failed_line = test.steps[run.failed_at]
        emit(
            {
                "event": "failing_step",
                "line": failed_line.line,
                "source": test.source_line(run.failed_at),
                "error": run.error_text,
            }
        )
        try:
            diagnoses = Diagnoser(test, run, _baseline_runs(baseline), self.config).diagnose()
        finally:
            run.close()
        chosen, fixes, further = diagnoses[-1], [], None
        for diagnosis in diagnoses:
            emit(
                {
                    "event": "cause",
                    "cause": diagnosis.cause,
                    "line": test.steps[diagnosis.index].line,
                    "explanation": diagnosis.explanation,
                }
            )
            tried, reached = self._verify(test, diagnosis, base_url, stem, emit)
            if any(fix.verified for fix, _ in tried):
                chosen, fixes = diagnosis, tried
                break
            if diagnosis is diagnoses[-1]:
                fixes = tried
            if diagnosis.cause == "timing" and reached is not None and reached[1] > diagnosis.failed_at:
                further = (diagnosis, reached[0])
        if further is not None and slow < SLOW_STEPS and not any(fix.verified for fix, _ in fixes):
            # The longer wait got the test past its slow step to a later failure: that one is the cause.
            slow_diagnosis, longer = further
            later = self._analyze(
                patched_source(test, longer.edits(slow_diagnosis.index)),
                test.name,
                base_url,
                emit,
                baseline,
                path,
                slow + 1,
            )
            if later.status != "passes":
                return _after_slow_step(test, later, test.source_line(slow_diagnosis.index), path, started)
            # It passed this time: the longer wait was all it needed.
            chosen, fixes = slow_diagnosis, [(Fix(longer.steps[0].render(), True, longer.reason), longer)]
        return self._report(test, run, chosen, fixes, started, path, emit)

    def _verify(
        self, test: TestUnderAnalysis, diagnosis: Diagnosis, base_url: str, stem: str, emit: EventSink
    ) -> tuple[list[tuple[Fix, Candidate]], tuple[Candidate, int] | None]:
        """Re-run the whole test with each candidate (best first) until one passes; also the candidate
        whose failing re-run got furthest and the step (of the original test) where it failed."""
        tried: list[tuple[Fix, Candidate]] = []
        reached: tuple[Candidate, int] | None = None
        ranked = sorted(diagnosis.candidates, key=lambda c: -c.score)[: self.config.max_fixes]
        for number, candidate in enumerate(ranked):
            steps = test.replaced(candidate.edits(diagnosis.index))
            run = self._rerun(steps, base_url, f"{stem}-after-{number}")
            source = "\n".join(item.render() for item in candidate.steps)
            reason = candidate.reason
            if candidate.also:
                lines = ", ".join(str(test.steps[i].line) for i in sorted(candidate.also))
                reason += f" (line {lines} changed the same way)"
            fix = Fix(
                source,
                run.passed,
                reason,
                candidate.changes_assertion,
                candidate.score,
                run.screenshot,
            )
            tried.append((fix, candidate))
            emit({"event": "fix", **fix.to_json()})
            if run.passed:
                break
            assert run.failed_at is not None
            at = run.failed_at - (len(candidate.steps) - 1 if run.failed_at > diagnosis.index else 0)
            if reached is None or at > reached[1]:
                reached = (candidate, at)
        return tried, reached

    def _rerun(self, steps: tuple, base_url: str, shot_name: str) -> Run:
        """A verification run. One that fails on a step whose target is there and usable right after is
        the machine being slow, not the fix being wrong: it runs once more with twice the wait."""
        run = run_steps(
            self.browser, steps, base_url, self.config, hook=self.hook, keep_open=True, shot_name=shot_name
        )
        if run.passed:
            return run
        assert run.failed_at is not None
        try:
            late = ready_now(run, steps[run.failed_at])
        finally:
            run.close()
        if not late:
            return run
        patient = replace(self.config, step_timeout=2 * self.config.step_timeout)
        return run_steps(self.browser, steps, base_url, patient, hook=self.hook, shot_name=shot_name)

    def _report(
        self,
        test: TestUnderAnalysis,
        run: Run,
        diagnosis: Diagnosis,
        tried: list[tuple[Fix, Candidate]],
        started: float,
        path: str,
        emit: EventSink,
    ) -> Analysis:
        verified = next(((fix, c) for fix, c in tried if fix.verified), None)
        if diagnosis.cause == "renamed" and verified is None:  # nothing that reads like it does the job
            diagnosis = replace(
                diagnosis,
                cause="removed",
                explanation=diagnosis.explanation
                + "; but the test fails with each name that reads like it, so it is gone",
            )
        if diagnosis.behaviour_changed or (verified is not None and verified[1].changes_assertion):
            status = "behaviour_changed"
        elif verified is not None:
            status = "fixed"
        else:
            status = "unknown"
        assert run.failed_at is not None
        at = test.steps[diagnosis.index]
        analysis = Analysis(
            test.name,
            status,
            failing_step={"line": at.line, "source": test.source_line(diagnosis.index)},
            failed_at={
                "line": test.steps[run.failed_at].line,
                "source": test.source_line(run.failed_at),
                "error": run.error_text,
            },
            cause=diagnosis.cause,
            explanation=diagnosis.explanation,
            confidence=diagnosis.confidence if status != "unknown" else min(diagnosis.confidence, 0.4),
            fixes=[fix for fix, _ in tried],
            outline_diff=diagnosis.outline_diff,
            steps=_outcomes(test, run),
        )
        analysis.screenshots = {"before": run.screenshot, "after": None}
        if verified is not None:
            analysis.patched_source = patched_source(test, verified[1].edits(diagnosis.index))
            analysis.patch = unified_patch(test, analysis.patched_source, path)
            analysis.screenshots["after"] = verified[0].screenshot
        analysis.seconds = time.perf_counter() - started
        emit({"event": "done", "status": status, "cause": diagnosis.cause})
        return analysis


def _after_slow_step(
    test: TestUnderAnalysis, later: Analysis, slow_line: str, path: str, started: float
) -> Analysis:
    """The analysis of the failure after a slow step, told against the test as written: its patch also
    carries the slow step's longer wait."""
    later.explanation = f"{slow_line} needed a longer wait (the page is slow); then {later.explanation}"
    if later.patched_source:
        later.patch = unified_patch(test, later.patched_source, path)
    later.seconds = time.perf_counter() - started
    return later


def _outcomes(test: TestUnderAnalysis, run: Run) -> list[StepOutcome]:
    failed = run.failed_at if run.failed_at is not None else len(test.steps)
    return [
        StepOutcome(
            item.line, test.source_line(i), "passed" if i < failed else "failed" if i == failed else "not run"
        )
        for i, item in enumerate(test.steps)
    ]


def _baseline_step(step: StepRun) -> dict:
    return {"resolved": step.resolved, "outline": step.outline}


def _baseline_runs(baseline: list[dict] | None) -> list[StepRun] | None:
    if not baseline:
        return None
    return [StepRun(resolved=s.get("resolved"), outline=s.get("outline")) for s in baseline]


def analyze(
    source: str,
    *,
    test_name: str | None = None,
    base_url: str,
    on_event: Callable[[dict], None] | None = None,
) -> Analysis:
    """Why the test in `source` fails against the site at `base_url`, and the verified fix if there is one.

    `on_event` receives progress as dicts: started, run, failing_step, cause, fix (each verified
    candidate), done. The browser is launched for this call and closed after it.
    """
    analyzer = Analyzer()
    try:
        return analyzer.analyze(source, test_name=test_name, base_url=base_url, on_event=on_event)
    finally:
        analyzer.close()
