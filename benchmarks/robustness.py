"""Huge inputs, end to end: wall time, peak RSS and the answer of `testgen generate --html` on a 50 MB page
and a page of 200,000 buttons, and of reading a 64K-token stream through the shipped model.

Each case runs in a child process of its own, so its peak RSS is its own. Baselines beside them: the
64K tokens read in one model call instead of streamed in chunks, and (last, the slowest) the
20,000-button page with the outline budget lifted (the whole outline read by the model, as before).

    python benchmarks/robustness.py            # every case (about 10 minutes on a loaded 2-core CPU)
    python benchmarks/robustness.py --quick    # the 20,000-button page and the stream only
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.robustness.pages import buttons_page, catalogue_page  # noqa: E402

# Runs a callable's work in this child and prints one JSON line: the answer and the peak RSS.
CHILD = """
import json, resource, sys, contextlib, io
kind, args = sys.argv[1], sys.argv[2:]
if kind == "generate":
    from testgen.cli import main
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(["generate", *args, "--json"])
    answer = json.loads(out.getvalue().strip().splitlines()[-1])
    answer = answer["error"]["type"] + ": " + answer["error"]["message"][:60] if "error" in answer else \
        " ".join(answer["steps"])
else:
    import torch
    from testgen.generate.load import load_generator
    from testgen.generate.planner import stream
    generator = load_generator()
    seeded = torch.Generator().manual_seed(0)
    ids = torch.randint(0, generator.tokenizer.vocab_size, (int(args[0]),), generator=seeded).tolist()
    with torch.no_grad():
        if kind == "stream":
            _, state, hidden = stream(generator.rwkv, ids)
        else:
            _, state, hidden = generator.rwkv(torch.tensor([ids]), return_hidden=True)
            hidden = hidden[0]
    answer = f"read {len(ids):,} tokens, hidden {tuple(hidden.shape)}"
print(json.dumps({"answer": answer, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run_case(kind: str, args: list[str], env: dict[str, str] | None = None) -> dict:
    """One case in a fresh child: wall seconds, peak RSS in MB and the answer (or how the child died)."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, kind, *args], capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": f"{ROOT}:{ROOT / 'plugins'}", **(env or {})},
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        answer = f"died ({done.returncode}): {tail[:80]}"
        return {"seconds": seconds, "rss_mb": float("nan"), "answer": answer}
    return {"seconds": seconds, **json.loads(done.stdout.strip().splitlines()[-1])}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="the 20,000-button page and the stream only")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="testgen-robustness-") as folder:
        folder = Path(folder)
        buttons = ["Click Button 17 and see Done", "--html"]
        page_20k = str(buttons_page(folder / "20k.html", 20_000))
        cases = [
            ("64K-token stream, one call (before)", "one_pass", ["65536"], None),
            ("64K-token stream, chunks", "stream", ["65536"], None),
            ("20,000 buttons", "generate", [*buttons, page_20k], None),
        ]
        if not args.quick:
            cases += [
                ("200,000 buttons", "generate", [*buttons, str(buttons_page(folder / "200k.html", 200_000))],
                 None),
                ("50 MB page", "generate",
                 ["Click Add 17 and see End of list", "--html", str(catalogue_page(folder / "50.html", 50))],
                 None),
            ]
        cases.append(("20,000 buttons, no budget (before)", "generate", [*buttons, page_20k],
                      {"TESTGEN_GENERATE_BUDGET": str(10**9)}))
        if not args.json:
            print("| case | wall s | peak RSS MB | answer |")
            print("|---|---|---|---|", flush=True)
        for name, kind, case_args, env in cases:
            rows.append({"case": name, **run_case(kind, case_args, env)})
            row = rows[-1]
            if not args.json:  # each row as it is measured: the big pages take minutes
                line = f"| {name} | {row['seconds']:.1f} | {row['rss_mb']:.0f} | `{row['answer']}` |"
                print(line, flush=True)
    if args.json:
        print(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
