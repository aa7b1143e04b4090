"""Single-page tasks on real saved pages (`../shared/corpus/`): fill, choose and see, verified in place.

Pages are rendered with JavaScript off and every request but the document aborted. A field task is the action
followed by `see_value`, which must fail before the action; a `see` task names a heading or text on the page.
"""

from __future__ import annotations

import gzip
import random
from pathlib import Path
from typing import Any

from testgen.data.actions import step_to_action
from testgen.data.driver import DriverConfig, Session, diff_text, outline_id
from testgen.data.english import describe
from testgen.data.explore import FILLABLE, plausible_value
from testgen.data.record import Record, StepRecord
from testgen.step import Step

CORPUS_ORIGIN = "http://corpus.test"


def default_corpus_dir() -> Path:
    """`../shared/corpus` beside the checkout."""
    return Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"


def corpus_pages(root: Path | None = None) -> list[Path]:
    """Every saved page (`*.html.gz`) under the corpus folder, sorted; empty when the folder is absent."""
    root = root or default_corpus_dir()
    return sorted(root.rglob("*.html.gz")) if root.is_dir() else []


class CorpusSession(Session):
    """A fresh context with JavaScript off that serves one saved page and aborts every other request."""

    def __init__(self, browser: Any, page_path: Path, config: DriverConfig, budget: int = 1500):
        with gzip.open(page_path) as handle:
            self.html = handle.read()
        self.url = f"{CORPUS_ORIGIN}/{page_path.parent.name}/{page_path.name.removesuffix('.gz')}"
        super().__init__(browser, CORPUS_ORIGIN, config, java_script=False, budget=budget)
        self.context.unroute_all()
        self.context.route("**/*", self._serve)

    def _serve(self, route: Any) -> None:
        if route.request.url == self.url:
            route.fulfill(body=self.html, content_type="text/html; charset=utf-8")
        else:
            route.abort()


def _tasks(model: Any, rng: random.Random, limit: int) -> list[tuple[list[Step], list[str | None]]]:
    names = [el.name for el in model.elements if el.visible and el.name]
    tasks = []
    for el in model.elements:
        if not (el.visible and el.enabled and el.name and len(el.name) <= 50 and names.count(el.name) == 1):
            continue
        if el.role in FILLABLE and not el.states.get("value"):
            value = plausible_value(el.name, rng)
            steps = [Step("fill", el.name, value), Step("see_value", el.name, value)]
            tasks.append((steps, [el.role, el.role]))
        elif el.role == "combobox" and len(el.states.get("options") or []) > 1:
            options = [o for o in el.states["options"] if o and o != el.states.get("selected_option")]
            if options:
                option = rng.choice(options)
                tasks.append(([Step("select", el.name, option), Step("see_value", el.name, option)],
                              [el.role, el.role]))
        elif el.role == "heading" and 3 <= len(el.name) <= 50:
            tasks.append(([Step("see", el.name)], [None]))
    rng.shuffle(tasks)
    return tasks[:limit]


def page_records(session: CorpusSession, page_path: Path, rng: random.Random, tasks: int = 8,
                 phrasings: int = 3) -> list[Record]:
    """Verified single-page tasks on one saved page, each described `phrasings` ways."""
    start = f"corpus:{page_path.parent.name}/{page_path.name}"
    session.run(Step("go_to", session.url))
    first = session.observe()
    records = []
    for steps, roles in _tasks(first.model, rng, tasks):
        # The outline is cut to a budget; the task's words pick the lines, as they will when generating.
        words = " ".join(filter(None, [steps[0].target, steps[0].value]))
        before = session.observe(words)
        if steps[-1].verb == "see_value" and not session.fails(steps[-1]):
            continue  # already true before the action: proves nothing
        executed = []
        try:
            current, previous = before, None
            for step in steps:
                executed.append((step, current, previous))
                session.run(step)
                if step.verb not in ("see", "see_value"):
                    previous, current = current, session.observe(words)
        except Exception:  # a field that the saved page cannot really use (hidden by CSS we dropped, ...)
            continue
        if steps[0].verb != "see" and outline_id(before.outline, roles[0], steps[0].target or "") is None:
            continue  # the budget left the target out: the model could not point at it
        actions = [step_to_action(step, role) for step, role in zip(steps, roles, strict=True)]
        for _ in range(phrasings):
            text = describe(actions, rng, page_name="the page")
            step_records = []
            for i, (step, outline_now, outline_before) in enumerate(executed):
                span = text.value_spans[i]
                target = outline_id(outline_now.outline, roles[i], step.target or "") \
                    if step.verb in ("fill", "select", "see_value") else None
                see_line = next((n for n, line in enumerate(outline_now.text.splitlines())
                                 if step.verb == "see" and (step.target or "") in line), None)
                step_records.append(StepRecord(outline_now.text, diff_text(outline_before, outline_now),
                                               step.render(), target, "task" if span else None,
                                               list(span) if span else None, see_line))
            records.append(Record("corpus", start, text.text, "generate", step_records, style=text.style,
                                  source="corpus"))
    return records
