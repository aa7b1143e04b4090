"""What each endpoint's job does on the browser thread: the same code as `testgen generate`, `testgen run`
and `testgen analyze`, reporting through the job's events instead of the terminal.

Events of a generation, in order: `clauses` (the sentence read into clauses), one `step` per step as it is
carried out, `clause_map` (which steps realize each clause), then `test` (the validated test) or `refusal`
(why no test, with the fix).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from testgen.errors import TestgenError
from testgen.generate.errors import GenerateError
from testgen.reading.vocabulary import Vocabulary
from testgen.serve.jobs import Cancelled, ContextPool, Job
from testgen.step import Step

Work = Callable[[Job, ContextPool], None]
SUBMITTED_FILE = "test_submitted.py"


class CheckedPlanner:
    """A planner that lets its job stop (client gone, timeout) before each decision."""

    def __init__(self, planner: Any, job: Job) -> None:
        self.planner = planner
        self.job = job

    def propose(self, page: Any, history: list[Step]) -> list:
        self.job.check()
        return self.planner.propose(page, history)


def step_event(number: int, step: Step) -> dict[str, Any]:
    return {"number": number, "line": step.render(), "verb": step.verb, "args": list(step.args)}


def clause_list(task: str) -> list[dict[str, Any]]:
    """The sentence's clauses as the generator reads them: text and character range."""
    from testgen.reading.clauses import clauses

    return [{"text": task[a:b], "start": a, "end": b} for a, b in clauses(task)]


def clause_map(task: str, steps: list[Step], error: GenerateError | None = None) -> dict[str, Any]:
    """Which steps realize each clause, and the clauses none does (`testgen.generate.faithful`)."""
    from testgen.generate.faithful import map_clauses

    mapping = getattr(error, "clause_map", None) or map_clauses(task, steps)
    return mapping.to_dict()


def generate_work(
    task: str,
    url: str | None,
    html: str | None,
    planner_for: Callable[[str], Any],
    config: Any,
    vocabulary: Vocabulary | None = None,
) -> Work:
    """The job for `POST /v1/generate`: live on `url` (validated, in the team's `vocabulary` when the
    server has an adapter), or planned on `html` (not validated)."""

    def work(job: Job, contexts: ContextPool) -> None:
        from testgen.generate.live import generate_live, generate_offline, test_name
        from testgen.step import TestScript

        steps: list[Step] = []

        def on_step(step: Step) -> None:
            steps.append(step)
            job.emit("step", step_event(len(steps), step))
            job.check()

        def planner(sentence: str) -> CheckedPlanner:
            return CheckedPlanner(planner_for(sentence), job)

        job.emit("clauses", {"clauses": clause_list(task)})
        try:
            if html is not None:
                # bytes: a short text is never taken for a path on the server's disk
                generate_offline(task, html.encode(), planner, config, on_step=on_step)
                script = TestScript(test_name(task), task, tuple(steps))
                job.emit("clause_map", clause_map(task, steps))
                job.emit("test", {"name": script.name, "source": script.render(), "validated": False,
                                  "passed": None, "steps": [s.render() for s in steps]})
                return
            result = generate_live(
                task, url or "", planner, config, browser=contexts, on_step=on_step, vocabulary=vocabulary
            )
        except GenerateError as err:
            job.emit("clause_map", clause_map(task, steps, err))
            job.emit("refusal", {"kind": type(err).__name__, "message": str(err)})
            return
        job.emit("clause_map", clause_map(task, steps))
        answer = {**result.to_dict(), "name": result.script.name, "validated": True}
        if result.passed:
            job.emit("test", answer)
        else:
            message = f"the generated test failed its clean re-run: {result.failure}"
            job.emit("refusal", {**answer, "kind": "RerunFailed", "message": message})

    return work


def run_options(test_file: Path, base_url: str | None, workdir: Path, step_timeout: float | None) -> Any:
    """The options `testgen run` would parse for one submitted file (one process, Chromium, no extras)."""
    return argparse.Namespace(
        paths=[str(test_file)], base_url=base_url, browser_path=None, step_timeout=step_timeout,
        artifacts=str(workdir / "artifacts"), junitxml=None, workers=None, headed=False, browsers=None,
        trace="off", html=None,
    )


def run_work(source: str, base_url: str | None, step_timeout: float | None) -> Work:
    """The job for `POST /v1/run`: the test file run as `testgen run` runs it; one `test` event per test
    (with its step trace), then `summary`."""

    def work(job: Job, contexts: ContextPool) -> None:
        from testgen.commands.run import TestFileSyntaxError, check_paths, run_pytest

        with tempfile.TemporaryDirectory(prefix="testgen-serve-run-") as folder:
            workdir = Path(folder)
            test_file = workdir / SUBMITTED_FILE
            test_file.write_text(source)
            try:
                check_paths([str(test_file)])
            except TestFileSyntaxError as err:
                job.emit("refusal", {"kind": "TestFileSyntaxError",
                                     "message": str(err).replace(str(workdir) + "/", "")})
                return

            def on_result(result: Any) -> None:
                record = asdict(result)
                trace = Path(record.pop("trace") or "")
                steps = json.loads(trace.read_text()).get("steps", []) if trace.is_file() else []
                job.emit("test", {**record, "name": record["name"].rsplit("::", 1)[-1], "steps": steps})

            options = run_options(test_file, base_url, workdir, step_timeout)
            code, results, collect_errors, _ = run_pytest(options, workdir, True, on_result, job.check)
        counts = {o: sum(r.outcome == o for r in results) for o in ("passed", "failed", "error", "skipped")}
        problems = [error.replace(str(workdir) + "/", "") for error in collect_errors]
        job.emit("summary", {"ok": code == 0 and bool(results) and not problems, "exit_code": code,
                             **counts, "problems": problems})

    return work


def analyze_work(source: str, base_url: str, test_name: str | None) -> Work:
    """The job for `POST /v1/analyze`: the analyzer's progress as `progress` events, then `analysis`. The
    analyzer takes its contexts from the pool, so a cancelled analysis leaves none open."""

    def work(job: Job, contexts: ContextPool) -> None:
        from testgen.analyze import Analyzer

        def on_event(event: dict) -> None:
            job.emit("progress", event)
            job.check()

        analyzer = Analyzer(browser=contexts)
        try:
            analysis = analyzer.analyze(source, test_name=test_name, base_url=base_url, on_event=on_event)
        except Cancelled:
            raise
        except TestgenError as err:  # a test the analyzer cannot read: the message says what to change
            job.emit("refusal", {"kind": type(err).__name__, "message": str(err)})
            return
        job.emit("analysis", analysis.to_json())

    return work
