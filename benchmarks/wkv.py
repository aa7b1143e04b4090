"""WKV-7 speed on one GPU: testgen's CUDA kernel beside fla's chunk_rwkv7, the chunked PyTorch backend and the
memory-traffic floor, all measured in the same run.

    python benchmarks/wkv.py                 # the three reference shapes
    python benchmarks/wkv.py --quick         # B16 T1024 H8 only
    python benchmarks/wkv.py --json out.json # also write the figures as JSON

Inputs are bf16 [B, T, H, 64] as in benchmarks/RESULTS.md: a = -kk, b = kk * gate with kk unit-norm, log decay
in the model's range, state fp32. Times are medians of triton.testing.do_bench (CUDA events when triton is
absent). The floor moves the 7 tensors r, w, k, v, a, b, y once (fwd) or twice (fwd+bwd) at the
device-to-device copy bandwidth measured here.

fla is optional. The GPU machine has no internet, so carry the wheel there and install it without deps:
    pip download --no-deps fla-core==0.6.0 -d wheels/   # here
    pip install --no-deps wheels/fla_core-0.6.0-*.whl    # there (needs triton, which CUDA torch brings)
Without CUDA the script prints that it needs CUDA and exits 0.
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections.abc import Callable
from pathlib import Path

import torch
import torch.nn.functional as F
from rich.progress import track

from testgen.kernels import wkv7

SHAPES = [(16, 1024, 8), (8, 4096, 32), (1, 4096, 32)]
HEAD_SIZE = 64
TENSORS_MOVED = 7  # r, w, k, v, a, b read and y written


def timer() -> Callable[[Callable[[], object]], float]:
    """Median milliseconds of a callable: triton's do_bench when available, else CUDA events."""
    try:
        from triton.testing import do_bench
    except ImportError:
        do_bench = None
    if do_bench is not None:
        return lambda fn: float(do_bench(fn, warmup=25, rep=100, return_mode="median"))

    def with_events(fn: Callable[[], object]) -> float:
        for _ in range(5):
            fn()
        times = []
        for _ in range(30):
            start, stop = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
            start.record()
            fn()
            stop.record()
            torch.cuda.synchronize()
            times.append(start.elapsed_time(stop))
        return statistics.median(times)

    return with_events


def copy_bandwidth(measure: Callable[[Callable[[], object]], float]) -> float:
    """Device-to-device copy rate in bytes/s, counting bytes read plus bytes written."""
    source = torch.empty(512 * 2**20, dtype=torch.uint8, device="cuda")
    target = torch.empty_like(source)
    ms = measure(lambda: target.copy_(source))
    return 2 * source.numel() / (ms * 1e-3)


def make_inputs(batch: int, steps: int, heads: int) -> list[torch.Tensor]:
    """bf16 r, w (log decay), k, v, a, b on the GPU, shaped like RWKV-7's."""
    gen = torch.Generator(device="cuda").manual_seed(0)
    shape = (batch, steps, heads, HEAD_SIZE)

    def randn() -> torch.Tensor:
        return torch.randn(shape, generator=gen, device="cuda")

    kk = F.normalize(randn(), dim=-1)
    gate = torch.sigmoid(randn())
    log_decay = -0.6065 * torch.sigmoid(randn())
    return [x.to(torch.bfloat16) for x in (randn(), log_decay, randn() * 0.5, randn(), -kk, kk * gate)]


def fla_operator() -> Callable | None:
    """fla's chunk_rwkv7 as (r, w, k, v, a, b) -> (y, state), or None when fla is not installed."""
    try:
        from fla.ops.rwkv7 import chunk_rwkv7
    except ImportError:
        return None
    return lambda r, w, k, v, a, b: chunk_rwkv7(r, w, k, v, a, b, scale=1.0, output_final_state=True)


def time_operator(operator: Callable, inputs: list[torch.Tensor], measure) -> tuple[float, float]:
    """(forward ms, forward+backward ms) with gradients for all six inputs and the final state."""
    with torch.no_grad():
        forward_ms = measure(lambda: operator(*inputs))
    leaves = [x.detach().clone().requires_grad_() for x in inputs]
    y, state = operator(*leaves)
    dy, dstate = torch.randn_like(y), torch.randn_like(state)
    del y, state

    def forward_backward() -> None:
        for leaf in leaves:
            leaf.grad = None
        y, state = operator(*leaves)
        torch.autograd.backward((y, state), (dy, dstate))

    return forward_ms, measure(forward_backward)


def relative_difference(x: torch.Tensor, ref: torch.Tensor) -> float:
    return ((x.double() - ref.double()).norm() / ref.double().norm()).item()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="only the first shape")
    parser.add_argument("--no-chunked", action="store_true", help="skip the chunked PyTorch backend")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args()
    if not torch.cuda.is_available():
        print("benchmarks/wkv.py needs CUDA: torch.cuda.is_available() is False here; nothing measured.")
        return

    measure = timer()
    bandwidth = copy_bandwidth(measure)
    fla = fla_operator()
    operators = {"testgen cuda": lambda *x: wkv7(*x, backend="cuda")}
    if fla is not None:
        operators["fla chunk_rwkv7"] = fla
    if not args.no_chunked:
        operators["testgen chunked"] = lambda *x: wkv7(*x, backend="chunked")

    print(f"\n{torch.cuda.get_device_name()}, torch {torch.__version__}, "
          f"copy bandwidth {bandwidth / 1e12:.2f} TB/s{'' if fla else ', fla not installed'}; median ms\n")
    columns = ["floor fwd", "floor fwd+bwd"]
    columns += [f"{name} {kind}" for name in operators for kind in ("fwd", "fwd+bwd")]
    columns += ["y diff vs fla"] if fla is not None else []
    print("| shape | " + " | ".join(columns) + " |")
    print("|---" * (len(columns) + 1) + "|", flush=True)
    rows = []
    for batch, steps, heads in track(SHAPES[:1] if args.quick else SHAPES, description="WKV-7 shapes"):
        inputs = make_inputs(batch, steps, heads)
        floor_ms = TENSORS_MOVED * inputs[0].numel() * inputs[0].element_size() / bandwidth * 1e3
        row = {"shape": f"B{batch} T{steps} H{heads}", "floor fwd": floor_ms, "floor fwd+bwd": 2 * floor_ms}
        for name, operator in operators.items():
            try:
                row[f"{name} fwd"], row[f"{name} fwd+bwd"] = time_operator(operator, inputs, measure)
            except Exception as err:  # out of memory, or an fla version with another signature: report, go on
                print(f"{name} at {row['shape']} failed: {type(err).__name__}: {err}")
                row[f"{name} fwd"] = row[f"{name} fwd+bwd"] = float("nan")
            torch.cuda.empty_cache()
        if fla is not None:
            try:
                with torch.no_grad():
                    ours, theirs = operators["testgen cuda"](*inputs)[0], fla(*inputs)[0]
                row["y diff vs fla"] = relative_difference(ours, theirs)
            except Exception:  # the failure was reported with the timings
                row["y diff vs fla"] = float("nan")
        rows.append(row)
        print(f"| {row['shape']} | " + " | ".join(f"{row[c]:.3g}" for c in columns) + " |", flush=True)
    if fla is not None:
        print("\n| shape | cuda speed-up over fla, fwd | fwd+bwd |\n|---|---|---|")
        for row in rows:
            print(f"| {row['shape']} | {row['fla chunk_rwkv7 fwd'] / row['testgen cuda fwd']:.2f}x | "
                  f"{row['fla chunk_rwkv7 fwd+bwd'] / row['testgen cuda fwd+bwd']:.2f}x |")
    if args.json:
        args.json.write_text(json.dumps({"device": torch.cuda.get_device_name(), "bandwidth": bandwidth,
                                         "rows": rows}, indent=2))


if __name__ == "__main__":
    main()
