"""Generator size and speed: weights and time to decide a six-step test, per model size, beside the rule
baseline in the same run. Decisions only (no browser): each reads the widget gallery's outline and the steps
so far, as the live loop does.

    .venv/bin/python benchmarks/generate.py
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import torch

from html_compactor import compact
from testgen.generate.baseline import RulePlanner
from testgen.generate.load import BASE_MODEL
from testgen.generate.planner import ModelPlanner, PageView
from testgen.generate.pointer import Generator
from testgen.model import BPETokenizer

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "examples" / "sites" / "widgets" / "index.html"
TASK = (
    'Click the Yearly tab, check that "$120 per year" is shown, '
    'type "ana@example.com" into the Billing Email, choose Express as the Delivery speed, '
    'tick I accept the delivery rules, then make sure Delivery speed holds "Express"'
)
SIZES = ((1, 64), (2, 64), (2, 128), (4, 256))
STEPS = 6
REPEATS = 3


def six_steps(planner_factory, outline: str) -> float:
    """Seconds to decide STEPS steps (greedy), the best of REPEATS runs."""
    best = float("inf")
    for _ in range(REPEATS):
        started = time.perf_counter()
        planner, history = planner_factory(TASK), []
        for _ in range(STEPS):
            proposals = [p for p in planner.propose(PageView(outline), history) if p.step is not None]
            history.append(proposals[0].step)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    torch.set_num_threads(2)
    outline = compact(str(PAGE), query=TASK).text
    tokenizer = BPETokenizer.load(BASE_MODEL / "tokenizer.json")
    print(f"page: {PAGE.relative_to(ROOT)} ({len(outline.splitlines())} outline lines); {STEPS} decisions")
    print("| planner | layers × width | weights MB | 6-step decide s | per decision ms |")
    print("|---|---|---|---|---|")
    rules = six_steps(RulePlanner, outline)
    print(f"| rules (baseline) | - | 0 | {rules:.2f} | {1000 * rules / STEPS:.0f} |")
    for n_layer, n_embd in SIZES:
        generator = Generator.fresh(tokenizer, n_layer, n_embd).eval()
        megabytes = sum(p.numel() * p.element_size() for p in generator.parameters()) / 2**20
        seconds = six_steps(lambda task, g=generator: ModelPlanner(g, task), outline)
        per_decision = 1000 * seconds / STEPS
        print(f"| model | {n_layer} × {n_embd} | {megabytes:.1f} | {seconds:.2f} | {per_decision:.0f} |")
    shipped = Generator.load(BASE_MODEL)
    megabytes = statistics.fsum(f.stat().st_size for f in BASE_MODEL.glob("*.safetensors")) / 2**20
    seconds = six_steps(lambda task: ModelPlanner(shipped, task), outline)
    size = f"{shipped.rwkv.config.n_layer} × {shipped.rwkv.config.n_embd}"
    print(f"| shipped base | {size} | {megabytes:.1f} | {seconds:.2f} | {1000 * seconds / STEPS:.0f} |")


if __name__ == "__main__":
    main()
