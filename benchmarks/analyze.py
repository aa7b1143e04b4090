"""Mutation benchmark of `testgen analyze`: break verified tests of every example site in a known way (page
init scripts and routes; the sites' files are never edited), analyze each failing test, and grade the cause,
the verified fix, and the false fixes (a `fixed` verdict on a page whose described behaviour really broke).

Base tests are the verified records of `datasets/` for every site the example server finds. Half of the
cases are fixable (renamed, moved, ambiguous, covered, timing), half real behaviour breaks (removed, disabled,
hidden, text_changed, text_gone, page_error). Each base test is first run clean, which records the baseline
(the page at each step) the analysis compares with; `--no-baseline` grades without it.

    .venv/bin/python benchmarks/analyze.py --cases 300 --workers 2 --minutes 50 --out /tmp/analyze.jsonl
    .venv/bin/python benchmarks/analyze.py --cases 24 --sites bank,todo     # a quick look while developing
    .venv/bin/python benchmarks/analyze.py --table /tmp/analyze.jsonl       # the table of a finished run
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass
from multiprocessing import get_context
from pathlib import Path

from html_compactor.page_model import PAGE_MODEL_JS
from testgen.analyze.script import load_test
from testgen.data.breaker import BREAK_PAGE
from testgen.data.record import read_records
from testgen.data.repair import MUTATION_JS, Mutation, renamed
from testgen.errors import TestgenError
from testgen.step import Step, TestScript

FIXABLE = ("renamed", "moved", "ambiguous", "covered", "timing")
BROKEN = ("removed", "disabled", "hidden", "text_changed", "text_gone", "page_error")
MODULES = ("examples/tests", "datasets/handwritten/tests")  # hand-written tests, by the site they open
DATA = ("datasets/sites/heldout.jsonl.gz", "datasets/sites/valid.jsonl.gz", "datasets/sites/train.jsonl.gz")
CLICKS = {"click", "double_click"}
ELEMENT_VERBS = {"click", "fill", "select", "check", "uncheck"}
# Dismiss controls and disclosure names a site might use; the analyzer knows none of these lists.
DISMISSERS = ("Accept all", "Close", "Got it", "I understand", "No thanks", "Continue to site")
OPENERS = ("Show advanced", "Options", "Expand", "More settings")

# Changes not in the data builder's repair set. Each finds its element with the page model, as the runtime
# resolves; runs at DOMContentLoaded and again while the page renders (client-side apps).
EXTRA_JS = r"""
(spec) => {
  const pageModel = PAGE_MODEL;
  let done = false, tries = 0;
  const once = (key) => {
    if (sessionStorage.getItem(key)) return false;
    sessionStorage.setItem(key, "1");
    return true;
  };
  function findTarget() {
    const rows = JSON.parse(pageModel()).elements;
    const at = rows.findIndex(r => r[6] && r[3] === spec.name && (!spec.role || r[2] === spec.role));
    return at >= 0 ? window.__testgenNodes[at] : null;
  }
  function box(el) {
    const label = el.labels && el.labels[0];
    if (label && label.contains(el)) return label;
    return el.closest(".field") || el;
  }
  function mutate(el) {
    if (spec.kind === "disabled") {
      el.setAttribute("disabled", ""); el.setAttribute("aria-disabled", "true");
      if (el.tagName === "A") el.style.pointerEvents = "none";
    } else if (spec.kind === "hidden") {
      box(el).style.display = "none";
      if (el.labels) Array.from(el.labels).forEach(l => l.style.display = "none");
    } else if (spec.kind === "disclosure") {
      const outer = box(el);
      const panel = document.createElement("div");
      panel.id = "panel-" + Math.random().toString(36).slice(2);
      panel.hidden = true;
      const toggle = document.createElement("button");
      toggle.type = "button"; toggle.textContent = spec.opener;
      toggle.setAttribute("aria-expanded", "false"); toggle.setAttribute("aria-controls", panel.id);
      toggle.addEventListener("click", () => {
        const open = toggle.getAttribute("aria-expanded") !== "true";
        toggle.setAttribute("aria-expanded", String(open)); panel.hidden = !open;
      });
      outer.before(toggle, panel);
      if (el.labels && el.labels[0] && !el.labels[0].contains(el) && !outer.contains(el.labels[0]))
        panel.append(el.labels[0]);
      panel.append(outer);
    } else if (spec.kind === "crash") {
      box(el).remove();
      setTimeout(() => { throw new TypeError("cannot read properties of undefined (reading 'items')"); }, 0);
    }
  }
  function global() {
    if (spec.kind === "covered" && once("covered")) {
      const layer = document.createElement("div");
      layer.style.cssText = "position:fixed;inset:0;z-index:2147483647;background:rgba(20,20,30,.55)";
      const card = document.createElement("div");
      card.setAttribute("role", "dialog"); card.setAttribute("aria-label", "Before you continue");
      card.style.cssText = "background:#fff;max-width:28rem;margin:15vh auto;padding:1.2rem";
      const note = document.createElement("p");
      note.textContent = "We use cookies to improve your visit. Choose how we may use them.";
      const ok = document.createElement("button");
      ok.textContent = spec.dismiss;
      ok.addEventListener("click", () => layer.remove());
      card.append(note, ok); layer.append(card); document.body.append(layer);
    } else if (spec.kind === "timing" && once("slow")) {
      const cover = document.createElement("div");
      cover.textContent = "Loading…";
      cover.setAttribute("role", "status");
      cover.style.cssText = "position:fixed;top:0;left:0;padding:1rem;background:#fff;z-index:2147483647";
      const shown = Array.from(document.body.children).map(child => [child, child.style.display]);
      for (const [child] of shown) child.style.display = "none";
      document.body.append(cover);
      setTimeout(() => {
        for (const [child, display] of shown) child.style.display = display;
        cover.remove();
      }, spec.delay_ms);
    }
  }
  function reword(root) {
    // The asserted text, whole inside one text node, reworded wherever and whenever it appears.
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (node.data.includes(spec.text)) node.data = node.data.split(spec.text).join(spec.new_text);
  }
  if (spec.kind === "reword") {
    new MutationObserver(() => document.body && reword(document.body)).observe(document,
      {subtree: true, childList: true, characterData: true});
    document.addEventListener("DOMContentLoaded", () => reword(document.body));
    return;
  }
  function apply() {
    if (done || !document.body || ++tries > 20) return;
    if (spec.kind === "covered" || spec.kind === "timing") { done = true; global(); return; }
    const el = findTarget();
    if (el) { done = true; mutate(el); }
  }
  const observer = new MutationObserver(() => {
    if (done || tries > 20) observer.disconnect(); else setTimeout(apply, 50);
  });
  const start = () => {
    apply();
    if (!done) observer.observe(document.body, {childList: true, subtree: true});
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
}
""".replace("PAGE_MODEL", PAGE_MODEL_JS.strip().rstrip(";"))


@dataclass
class BaseTest:
    """A verified test of one site, as a module, with what its clean run resolved at each step."""

    site: str
    source: str
    steps: list[Step]  # in the order they run, the opening go_to first
    name: str = "test_case"


@dataclass
class Case:
    """One way to break one base test, and what the right verdict is."""

    test: int  # index into the base tests
    label: str  # the cause the change makes
    spec: dict  # what the init script or route does
    step: int  # the step it aims at (index among the test's steps, go_to first)


@dataclass
class Outcome:
    case: int
    site: str
    label: str
    fixable: bool
    status: str
    cause: str | None
    fixed: bool
    seconds: float
    fix: str | None = None
    error: str | None = None


def base_tests(sites: set[str], per_site: int, rng: random.Random) -> list[BaseTest]:
    """Distinct verified tests per site with at least one element step and one `see`, longer ones first."""
    seen: set[tuple] = set()
    by_site: dict[str, list[BaseTest]] = defaultdict(list)
    for folder in MODULES:
        for path in sorted(Path(folder).glob("test_*.py")):
            source = path.read_text()
            for name in re.findall(r"^def (test_\w+)\(", source, flags=re.MULTILINE):
                try:
                    steps = [item.step for item in load_test(source, name).steps]
                except TestgenError:
                    continue
                site = (steps[0].target or "").strip("/").split("/")[0] if steps[0].verb == "go_to" else ""
                if site in sites and suits(steps):
                    by_site[site].append(BaseTest(site, source, steps, name))
    for path in DATA:
        if not Path(path).is_file():
            continue
        for record in read_records(path):
            if record.kind != "generate" or record.site not in sites:
                continue
            steps = [Step.parse(s.line) for s in record.steps]
            key = (record.start_url, tuple(s.render() for s in steps))
            if key in seen or len(steps) < 2 or not suits(steps):
                continue
            seen.add(key)
            script = TestScript("test_case", record.task, (Step("go_to", record.start_url), *steps))
            by_site[record.site].append(
                BaseTest(record.site, script.render(), [Step("go_to", record.start_url), *steps])
            )
    chosen = []
    for site in sorted(by_site):
        tests = by_site[site]
        rng.shuffle(tests)
        tests.sort(key=lambda t: -min(len(t.steps), 6))
        chosen.extend(tests[:per_site])
    return chosen


def suits(steps: list[Step]) -> bool:
    """A test worth breaking: at least one element step and one `see`, at most 16 steps."""
    return (
        len(steps) <= 16
        and any(s.verb in ELEMENT_VERBS for s in steps)
        and any(s.verb == "see" for s in steps)
    )


def make_case(
    index: int, test: BaseTest, resolved: list[dict | None], label: str, rng: random.Random
) -> Case | None:
    """A change of `label` kind aimed at a suitable step of `test`, or None when no step suits it."""
    steps = test.steps
    elements = [i for i, s in enumerate(steps) if s.verb in ELEMENT_VERBS and resolved[i]]
    sees = [i for i, s in enumerate(steps) if s.verb == "see"]

    def target(i: int) -> dict:
        found = resolved[i] or {}
        return {"name": found.get("name", ""), "role": found.get("role")}

    if label == "renamed":
        options = [i for i in elements if renamed(target(i)["name"])]
        if not options:
            return None
        i = rng.choice(options)
        spec = Mutation(
            "rename",
            i,
            name=target(i)["name"],
            role=target(i)["role"],
            new_name=renamed(target(i)["name"]) or "",
        ).spec()
        return Case(index, label, {"script": "repair", **spec}, i)
    if label == "moved":
        if not elements:
            return None
        i = rng.choice(elements)
        if steps[i].verb in CLICKS or rng.random() < 0.5:
            spec = {"script": "extra", "kind": "disclosure", **target(i), "opener": rng.choice(OPENERS)}
        else:
            spec = {"script": "repair", **Mutation("move", i, **target(i)).spec()}
        return Case(index, label, spec, i)
    if label == "ambiguous":
        if not elements:
            return None
        i = rng.choice(elements)
        return Case(index, label, {"script": "repair", **Mutation("decoy", i, **target(i)).spec()}, i)
    if label == "covered":
        if not any(steps[i].verb in CLICKS | {"check", "uncheck", "select"} for i in elements):
            return None  # only a click needs the page's surface free; typing into a field does not
        return Case(
            index, label, {"script": "extra", "kind": "covered", "dismiss": rng.choice(DISMISSERS)}, 1
        )
    if label == "timing":
        return Case(index, label, {"script": "extra", "kind": "timing", "delay_ms": 0}, 1)
    if label in ("removed", "disabled", "hidden"):
        options = elements
        if label == "disabled":
            options = [i for i in elements if (resolved[i] or {}).get("role") != "link"]
        if not options:
            return None
        i = rng.choice(options)
        spec = (
            {"script": "repair", **Mutation("remove", i, **target(i)).spec()}
            if label == "removed"
            else {"script": "extra", "kind": label, **target(i)}
        )
        return Case(index, label, spec, i)
    if label == "text_changed":
        options = [i for i in sees if renamed(" ".join((steps[i].target or "").split()))]
        if not options:
            return None
        i = rng.choice(options)
        text = " ".join((steps[i].target or "").split())
        return Case(
            index, label, {"script": "extra", "kind": "reword", "text": text, "new_text": renamed(text)}, i
        )
    if label == "text_gone":
        if not sees:
            return None
        i = rng.choice(sees)
        return Case(index, label, {"script": "break", "text": steps[i].target}, i)
    if label == "page_error":
        if elements and rng.random() < 0.5:
            i = rng.choice(elements)
            return Case(index, label, {"script": "extra", "kind": "crash", **target(i)}, i)
        return Case(index, label, {"script": "status", "status": rng.choice((500, 502, 503))}, 0)
    raise ValueError(label)


def hook_for(spec: dict, step_timeout: float):
    """Prepare a fresh context so that its pages carry the change."""

    def hook(context) -> None:
        kind = spec["script"]
        if kind == "repair":
            context.add_init_script(script=f"({MUTATION_JS})({json.dumps(spec)})")
        elif kind == "extra":
            data = dict(spec)
            if data["kind"] == "timing":
                data["delay_ms"] = int((step_timeout + 2.5) * 1000)
            context.add_init_script(script=f"({EXTRA_JS})({json.dumps(data)})")
        elif kind == "break":
            context.add_init_script(script=f"({BREAK_PAGE})({json.dumps([spec['text']])}, [], [])")
        elif kind == "status":
            context.route(
                "**/*",
                lambda route: (
                    route.fulfill(status=spec["status"], body="Service unavailable")
                    if route.request.resource_type == "document"
                    else route.continue_()
                ),
            )

    return hook


# -- workers ------------------------------------------------------------------------------------------

_STATE: dict = {}


def _worker_init(base_url: str, step_timeout: float, artifacts: str) -> None:
    from testgen.analyze import AnalyzeConfig, Analyzer

    config = AnalyzeConfig.from_env(step_timeout=step_timeout, artifacts=artifacts, screenshots=False)
    _STATE.update(base_url=base_url, step_timeout=step_timeout, analyzer=Analyzer(config))


def _clean_run(source: str, name: str) -> dict:
    analyzer = _STATE["analyzer"]
    analyzer.hook = None
    try:
        analysis = analyzer.analyze(source, test_name=name, base_url=_STATE["base_url"])
    except Exception as err:  # noqa: BLE001 - a base test that cannot run clean is left out
        return {"status": f"error: {type(err).__name__}", "baseline": None}
    return {"status": analysis.status, "baseline": analysis.baseline}


def _analyze_case(source: str, name: str, spec: dict, baseline: list | None) -> dict:
    analyzer = _STATE["analyzer"]
    analyzer.hook = hook_for(spec, _STATE["step_timeout"])
    started = time.perf_counter()
    try:
        analysis = analyzer.analyze(source, test_name=name, base_url=_STATE["base_url"], baseline=baseline)
    except Exception as err:  # noqa: BLE001 - one broken case is reported, not fatal
        return {
            "status": "error",
            "cause": None,
            "fixed": False,
            "seconds": time.perf_counter() - started,
            "error": f"{type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''}",
        }
    fix = analysis.proposed
    return {
        "status": analysis.status,
        "cause": analysis.cause,
        "fixed": analysis.status == "fixed",
        "seconds": analysis.seconds,
        "fix": fix.source if fix else None,
    }


# -- the table ----------------------------------------------------------------------------------------


def table(outcomes: list[Outcome]) -> str:
    """Per cause: broken cases, diagnosis accuracy, fix rate (fixable) or false-fix rate (behaviour)."""
    rows = [
        "| cause | kind | cases | diagnosis | fixed (verified) | false fixes | median s |",
        "|---|---|---|---|---|---|---|",
    ]

    def pct(part: int, whole: int) -> str:
        return f"{100 * part / whole:.1f}%" if whole else "-"

    groups = [(label, [o for o in outcomes if o.label == label]) for label in (*FIXABLE, *BROKEN)]
    for label, done in groups:
        if not done:
            continue
        right = sum(o.cause == o.label for o in done)
        fixed = sum(o.fixed for o in done)
        seconds = statistics.median(o.seconds for o in done)
        fixable = label in FIXABLE
        rows.append(
            f"| {label} | {'fixable' if fixable else 'behaviour'} | {len(done)} | {pct(right, len(done))} | "
            f"{pct(fixed, len(done)) if fixable else '-'} | {'-' if fixable else pct(fixed, len(done))} | "
            f"{seconds:.1f} |"
        )
    fixable = [o for o in outcomes if o.fixable]
    broken = [o for o in outcomes if not o.fixable]
    rows.append(
        f"| **all** | | {len(outcomes)} | {pct(sum(o.cause == o.label for o in outcomes), len(outcomes))} | "
        f"{pct(sum(o.fixed for o in fixable), len(fixable))} | "
        f"{pct(sum(o.fixed for o in broken), len(broken))} | "
        f"{statistics.median(o.seconds for o in outcomes):.1f} |"
        if outcomes
        else ""
    )
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cases", type=int, default=300, help="cases to build (half fixable, half broken)")
    parser.add_argument("--sites", default="", help="comma-separated (default: every site the server finds)")
    parser.add_argument("--per-site", type=int, default=12, help="base tests taken from each site")
    parser.add_argument("--workers", type=int, default=1, help="processes, each with its own browser")
    parser.add_argument("--step-timeout", type=float, default=5.0, help="seconds each step waits")
    parser.add_argument("--minutes", type=float, default=60.0, help="stop starting cases after this long")
    parser.add_argument("--no-baseline", action="store_true", help="analyze without the clean run's pages")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--causes", default="", help="comma-separated: only cases of these causes")
    parser.add_argument("--out", type=Path, help="also write one JSON line per case here")
    parser.add_argument("--table", type=Path, metavar="JSONL", help="only print the table of an --out file")
    args = parser.parse_args()
    if args.table:
        fields = set(Outcome.__dataclass_fields__)
        rows = [json.loads(line) for line in args.table.read_text().splitlines() if line.strip()]
        print(table([Outcome(**{k: v for k, v in row.items() if k in fields}) for row in rows]))
        return

    from testgen.examples import start_server

    rng = random.Random(args.seed)
    started = time.monotonic()
    with start_server(port=0) as server:
        sites = {s for s in args.sites.split(",") if s} or {site.name for site in server.sites}
        tests = base_tests(sites, args.per_site, rng)
        context = get_context("spawn")
        artifacts = "/tmp/testgen-analyze-benchmark"
        with ProcessPoolExecutor(
            args.workers,
            mp_context=context,
            initializer=_worker_init,
            initargs=(server.url, args.step_timeout, artifacts),
        ) as pool:
            clean = list(pool.map(_clean_run, [t.source for t in tests], [t.name for t in tests]))
            passing = [(t, c) for t, c in zip(tests, clean, strict=True) if c["status"] == "passes"]
            print(
                f"{len(passing)} of {len(tests)} base tests pass clean on {len(sites)} sites "
                f"({time.monotonic() - started:.0f} s)",
                flush=True,
            )
            cases: list[tuple[Case, BaseTest, list | None]] = []
            labels = [FIXABLE[i % len(FIXABLE)] for i in range(args.cases // 2)]
            labels += [BROKEN[i % len(BROKEN)] for i in range(args.cases - len(labels))]
            if args.causes:
                wanted = args.causes.split(",")
                labels = [wanted[i % len(wanted)] for i in range(args.cases)]
            for n, label in enumerate(labels):
                for _ in range(50):  # find a test the change suits
                    test, run = passing[rng.randrange(len(passing))]
                    resolved = [None] + [s.get("resolved") for s in run["baseline"][1:]]
                    case = make_case(n, test, resolved, label, rng)
                    if case is not None:
                        cases.append((case, test, None if args.no_baseline else run["baseline"]))
                        break
            futures = {}
            for case, test, baseline in cases:
                futures[pool.submit(_analyze_case, test.source, test.name, case.spec, baseline)] = (
                    case,
                    test,
                )
            outcomes: list[Outcome] = []
            unbroken = Counter()
            for future in as_completed(futures):
                case, test = futures[future]
                if time.monotonic() - started > args.minutes * 60:
                    for other in futures:
                        other.cancel()
                if future.cancelled():  # not started before the time limit
                    continue
                result = future.result()
                if result["status"] == "passes":
                    unbroken[case.label] += 1  # the change did not break this test: not a case
                    continue
                outcome = Outcome(
                    case.test,
                    test.site,
                    case.label,
                    case.label in FIXABLE,
                    result["status"],
                    result["cause"],
                    result["fixed"],
                    result["seconds"],
                    result.get("fix"),
                    result.get("error"),
                )
                outcomes.append(outcome)
                if args.out:
                    with args.out.open("a") as out:
                        out.write(
                            json.dumps(
                                {
                                    **asdict(outcome),
                                    "spec": case.spec,
                                    "source": test.source,
                                    "test": test.name,
                                }
                            )
                            + "\n"
                        )
                if len(outcomes) % 10 == 0:
                    print(f"{len(outcomes)} cases analyzed ({time.monotonic() - started:.0f} s)", flush=True)
    print(
        f"\n{len(outcomes)} broken tests analyzed ({sum(unbroken.values())} changes broke nothing: "
        f"{dict(unbroken)}); step timeout {args.step_timeout:g} s, "
        f"{'no baseline' if args.no_baseline else 'baseline from a clean run'}, {args.workers} worker(s), "
        f"{time.monotonic() - started:.0f} s\n"
    )
    print(table(outcomes))


if __name__ == "__main__":
    main()
