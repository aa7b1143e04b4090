"""Evaluation on held-out records: does the generated test pass, match the reference, assert every
expectation, and FAIL when the page is broken so that the described outcome does not happen?

A broken page is the same site with an init script that hides the deepest elements showing the texts the
reference expects to see (in the page and in open shadow roots, whatever the case and spacing), shows the
texts it expects gone, and clears the values it expects in fields.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from testgen.data.record import Record
from testgen.generate.errors import GenerateError
from testgen.generate.live import ASSERT_VERBS, GenerateConfig, generate_live, rerun
from testgen.generate.planner import Planner
from testgen.step import Step

BREAK_PAGE = """(texts, gone, values) => {
  const norm = (text) => text.replace(/\\s+/g, " ").trim().toLowerCase();
  const wanted = texts.map(norm).filter(Boolean);
  const children = (el) => (el.shadowRoot ? [...el.shadowRoot.children, ...el.children] : [...el.children]);
  const deepText = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE) return "";
    const own = [...node.childNodes];
    const nodes = node.shadowRoot ? [...node.shadowRoot.childNodes, ...own] : own;
    return nodes.map(deepText).join("");
  };
  // Hide the deepest elements whose text holds `text`; returns whether `el` holds it.
  const hide = (el, text) => {
    if (!norm(deepText(el)).includes(text)) return false;
    let inside = false;
    for (const child of children(el)) inside = hide(child, text) || inside;
    if (!inside && el.style && el.style.getPropertyValue("visibility") !== "hidden") {
      el.style.setProperty("visibility", "hidden", "important");
    }
    return true;
  };
  const scrub = () => { if (document.body) for (const text of wanted) hide(document.body, text); };
  new MutationObserver(scrub).observe(document, {subtree: true, childList: true, characterData: true});
  setInterval(scrub, 50);  // shadow roots are not observed
  document.addEventListener("DOMContentLoaded", () => {
    scrub();
    for (const text of gone) {
      const note = document.createElement("p");
      note.textContent = text;
      document.body.appendChild(note);
    }
  });
  document.addEventListener("input", (event) => {
    const field = event.target;
    if (field && typeof field.value === "string" && values.some((v) => v && field.value.includes(v))) {
      field.value = "";
    }
  }, true);
}"""


def key(step: Step) -> tuple:
    """What must agree for two steps to be the same: verb and arguments (not near= or timeouts)."""
    return (step.verb, step.target, step.value)


def breaker(reference: list[Step]) -> Callable[[Any], None] | None:
    """An init script that stops the reference's expectations from holding, or None if it has none."""
    texts = [s.target for s in reference if s.verb in ("see", "wait_for") and s.target]
    gone = [s.target for s in reference if s.verb == "dont_see" and s.target]
    values = [s.value for s in reference if s.verb == "see_value" and s.value]
    if not (texts or gone or values):
        return None
    script = f"({BREAK_PAGE})({json.dumps(texts)}, {json.dumps(gone)}, {json.dumps(values)})"
    return lambda context: context.add_init_script(script=script)


@dataclass
class Outcome:
    """One task under one planner."""

    task: str
    passed: bool
    steps_match: bool
    expectations: bool
    fails_when_broken: bool | None  # None: the test did not pass, or nothing to break
    seconds: float
    steps: list[str]
    error: str | None = None


def evaluate_record(
    record: Record, base_url: str, factory: Callable[[str], Planner], browser: Any, config: GenerateConfig
) -> Outcome:
    """Generate a test for one record and grade it."""
    reference = [Step.parse(s.line) for s in record.steps]
    url = base_url.rstrip("/") + record.start_url
    try:
        result = generate_live(record.task, url, factory, config, browser=browser)
    except GenerateError as err:
        return Outcome(record.task, False, False, False, None, 0.0, [], str(err).splitlines()[0])
    except Exception as err:  # noqa: BLE001 - one task's browser failure is graded as a failure, not fatal
        message = f"{type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''}"
        return Outcome(record.task, False, False, False, None, 0.0, [], message)
    generated = [s for s in result.steps if s.verb != "go_to"]
    got = {key(s) for s in generated}
    expected = [key(s) for s in reference if s.verb in ASSERT_VERBS]
    broken = None
    route = breaker(reference)
    if result.passed and route is not None:
        still_passes, _ = rerun(result.script, url, browser, config, route)
        broken = not still_passes
    return Outcome(
        record.task,
        result.passed,
        [key(s) for s in generated] == [key(s) for s in reference],
        all(e in got for e in expected),
        broken,
        result.seconds,
        [s.render() for s in generated],
        result.failure,
    )


def summarise(outcomes: list[Outcome]) -> dict[str, float | int | None]:
    """Rates over the outcomes of one planner; fail-when-broken over the tests that passed and could break."""
    n = len(outcomes)
    breakable = [o for o in outcomes if o.fails_when_broken is not None]
    times = [o.seconds for o in outcomes if o.seconds]

    def rate(values: list[bool], over: int) -> float | None:
        return round(sum(values) / over, 3) if over else None

    return {
        "tasks": n,
        "pass": rate([o.passed for o in outcomes], n),
        "steps_match": rate([o.steps_match for o in outcomes], n),
        "expectations_asserted": rate([o.expectations for o in outcomes], n),
        "fails_when_broken": rate([bool(o.fails_when_broken) for o in breakable], len(breakable)),
        "breakable": len(breakable),
        "median_seconds": round(statistics.median(times), 2) if times else None,
    }


def outcome_dict(outcome: Outcome) -> dict:
    return asdict(outcome)
