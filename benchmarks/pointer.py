"""Teacher-forced choice accuracy on held-out decisions: the training-free reader (clause verb prior, rule
features) beside a generator's pointer heads, on the same decisions. No browser: each decision is the page
and steps of a recorded test, and a choice counts as right when it writes the reference step's text.

    .venv/bin/python benchmarks/pointer.py --data datasets/sites/heldout.jsonl.gz --sites bank,settings
"""

from __future__ import annotations

import argparse
import random
from collections import Counter

import torch

from html_compactor.reader import read_outline
from testgen.data.record import read_records
from testgen.generate.baseline import score_element, score_value
from testgen.generate.examples import decisions_of, encode_decision
from testgen.generate.load import load_generator
from testgen.generate.planner import cursor_after
from testgen.generate.prior import verb_prior
from testgen.step import Step
from testgen.train.generator import same_text, slot_scores


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", default="datasets/sites/heldout.jsonl.gz")
    parser.add_argument("--sites", default="bank,settings", help="comma-separated; empty for every site")
    parser.add_argument("--limit", type=int, default=150, help="records (a seeded sample)")
    parser.add_argument("--model", help="generator folder (default: the shipped base model)")
    parser.add_argument("--residual-weight", type=float, help="override the learned pointer score's weight")
    args = parser.parse_args()
    torch.set_num_threads(2)
    sites = {s for s in args.sites.split(",") if s}
    records = [r for r in read_records(args.data) if r.kind == "generate" and (not sites or r.site in sites)]
    random.Random(0).shuffle(records)
    records = records[: args.limit]
    generator = load_generator(args.model)
    if args.residual_weight is not None:
        generator.heads.config.residual_weight = args.residual_weight
    mix = generator.heads.config.residual_weight
    rng = random.Random(0)
    hits, totals = Counter(), Counter()
    with torch.no_grad():
        for raw in decisions_of(records):
            steps = [Step.parse(s.line) for s in raw.record.steps]
            page = read_outline(raw.record.steps[min(raw.index, len(steps) - 1)].outline)
            prior = verb_prior(raw.record.task, cursor_after(raw.record.task, steps[: raw.index]), 1.0, page)
            decision = encode_decision(raw, generator.tokenizer, None, rng)
            totals["verb"] += 1
            hits["verb"] += max(prior, key=prior.__getitem__) == decision.verb
            if not decision.slots:
                continue
            _, _, hidden = generator.rwkv(torch.tensor([decision.ids]), return_hidden=True)
            for slot in decision.slots:
                kind = "target" if slot.kind == "element" else "value"
                rule = [score_element(c) if kind == "target" else score_value(c) for c in slot.choices]
                model = slot_scores(generator, decision, slot, hidden[0])
                totals[kind] += 1
                hits[f"{kind} rules"] += same_text(slot, max(range(len(rule)), key=rule.__getitem__))
                hits[f"{kind} model"] += same_text(slot, int(model.argmax()))
    print(f"{len(records)} records of {args.sites or 'every site'} from {args.data}")
    print(f"| choice | decisions | training-free reader | model (learned pointer weight {mix}) |")
    print("|---|---|---|---|")
    print(f"| verb (clause prior) | {totals['verb']} | {hits['verb'] / totals['verb']:.1%} | - |")
    for kind in ("target", "value"):
        n = max(totals[kind], 1)
        print(
            f"| {kind} | {totals[kind]} | {hits[kind + ' rules'] / n:.1%} | {hits[kind + ' model'] / n:.1%} |"
        )


if __name__ == "__main__":
    main()
