"""Model benchmarks on this CPU: WKV backends, throughput, memory over long streams, tokens per page.

    .venv/bin/python benchmarks/model.py            # full run (several minutes on 2 cores)
    .venv/bin/python benchmarks/model.py --quick    # smaller sizes and shorter streams

Every table puts a baseline measured in the same run beside our figure: the per-step WKV loop for the
chunked operator, a KV-cache transformer of the same width and depth for streaming, the World tokenizer
for our BPE.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from testgen.kernels.chunked import wkv7_chunked
from testgen.kernels.reference import wkv7_recurrent
from testgen.model import RWKV7, BPETokenizer, RWKV7Config, world_tokenizer

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
SIZES = {"L2-C128": (2, 128), "L4-C256": (4, 256), "L6-C384": (6, 384)}
VOCAB = 4096


def rss_mib() -> float:
    """Resident memory of this process, from /proc/self/status."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("VmRSS not found in /proc/self/status (Linux only)")


def timed(fn: Callable[[], object], repeats: int = 3) -> float:
    """Median seconds of `fn` over `repeats` runs after one warm-up."""
    fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def table(title: str, header: list[str], rows: list[list[object]]) -> str:
    """A Markdown table, printed and returned."""
    lines = [f"### {title}", "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    text = "\n".join(lines) + "\n"
    print(text, flush=True)
    return text


def wkv_inputs(batch: int, steps: int, heads: int, requires_grad: bool = False) -> list[Tensor]:
    shape = (batch, steps, heads, 64)
    kk = F.normalize(torch.randn(shape), dim=-1)
    tensors = [torch.randn(shape), -0.6 * torch.rand(shape), torch.randn(shape) * 0.3, torch.randn(shape),
               -kk, kk * torch.rand(shape)]
    return [t.requires_grad_(requires_grad) for t in tensors]


def bench_wkv(quick: bool) -> str:
    """Chunked operator vs the plain per-step loop, forward and forward+backward, float32."""
    shapes = [(1, 256, 2), (2, 256, 4)] if quick else [(1, 1024, 4), (4, 1024, 4), (1, 4096, 6)]
    rows = []
    for batch, steps, heads in shapes:
        row = [f"B{batch} T{steps} H{heads}"]
        for backward in (False, True):
            inputs = wkv_inputs(batch, steps, heads, requires_grad=backward)

            def run(fn, inputs=inputs, backward=backward):
                y, s = fn(*inputs)
                if backward:
                    (y.sum() + s.sum()).backward()

            loop = timed(lambda run=run: run(wkv7_recurrent), repeats=1)
            chunk = timed(lambda run=run: run(wkv7_chunked), repeats=3)
            row += [f"{loop * 1e3:.0f} ms", f"{chunk * 1e3:.1f} ms", f"{loop / chunk:.1f}x"]
        rows.append(row)
    header = ["shape", "loop fwd", "chunked fwd", "speedup", "loop fwd+bwd", "chunked fwd+bwd", "speedup"]
    return table("WKV-7 operator, float32: chunked vs per-step loop", header, rows)


def make_model(n_layer: int, n_embd: int) -> RWKV7:
    torch.manual_seed(0)
    return RWKV7(RWKV7Config(vocab_size=VOCAB, n_layer=n_layer, n_embd=n_embd)).eval()


@torch.no_grad()
def bench_throughput(quick: bool) -> str:
    """Prefill and single-token step speed per model size, plus training forward+backward."""
    rows = []
    prefill_len, steps = (128, 16) if quick else (1024, 128)
    for name, (n_layer, n_embd) in SIZES.items():
        model = make_model(n_layer, n_embd)
        tokens = torch.randint(0, VOCAB, (1, prefill_len))
        prefill = timed(lambda model=model, tokens=tokens: model(tokens), repeats=2)

        def stream(model=model):
            state = None
            token = torch.zeros(1, dtype=torch.long)
            for _ in range(steps):
                _, state = model.step(token, state)

        step = timed(stream, repeats=2)
        batch = torch.randint(0, VOCAB, (2, 128) if quick else (4, 512))

        def train_step(model=model, batch=batch):
            with torch.enable_grad():
                logits, _ = model(batch[:, :-1])
                F.cross_entropy(logits.reshape(-1, VOCAB), batch[:, 1:].reshape(-1)).backward()

        train = timed(train_step, repeats=1)
        params = model.num_parameters() / 1e6
        rows.append([name, f"{params:.1f} M", f"{prefill_len / prefill:,.0f}", f"{steps / step:,.0f}",
                     f"{batch[:, 1:].numel() / train:,.0f}"])
    header = ["model", "params", "prefill tok/s (B1)", "step tok/s (B1)", "train fwd+bwd tok/s"]
    return table(f"RWKV-7 throughput, float32, vocab {VOCAB}", header, rows)


class KVCacheTransformer(nn.Module):
    """A minimal pre-norm GPT with a key/value cache: the baseline for memory over long contexts."""

    def __init__(self, n_layer: int, n_embd: int, max_len: int) -> None:
        super().__init__()
        self.n_head = n_embd // 64
        self.emb = nn.Embedding(VOCAB, n_embd)
        self.pos = nn.Embedding(max_len, n_embd)
        self.layers = nn.ModuleList(
            nn.ModuleDict({"ln1": nn.LayerNorm(n_embd), "qkv": nn.Linear(n_embd, 3 * n_embd),
                           "out": nn.Linear(n_embd, n_embd), "ln2": nn.LayerNorm(n_embd),
                           "up": nn.Linear(n_embd, 4 * n_embd), "down": nn.Linear(4 * n_embd, n_embd)})
            for _ in range(n_layer)
        )
        self.ln_out = nn.LayerNorm(n_embd)
        self.head = nn.Linear(n_embd, VOCAB, bias=False)
        # untouched pages of torch.empty are not resident, so RSS grows only as the cache fills
        self.cache = torch.empty(n_layer, 2, self.n_head, max_len, 64)
        self.length = 0

    def forward(self, tokens: Tensor) -> Tensor:
        start, count = self.length, tokens.shape[1]
        end = start + count
        x = self.emb(tokens[0]) + self.pos(torch.arange(start, end))
        mask = torch.ones(count, end, dtype=torch.bool).tril(diagonal=start)
        for i, layer in enumerate(self.layers):
            q, k, v = layer["qkv"](layer["ln1"](x)).view(count, 3, self.n_head, 64).permute(1, 2, 0, 3)
            self.cache[i, 0, :, start:end] = k
            self.cache[i, 1, :, start:end] = v
            attended = F.scaled_dot_product_attention(q, self.cache[i, 0, :, :end], self.cache[i, 1, :, :end],
                                                      attn_mask=mask)
            x = x + layer["out"](attended.transpose(0, 1).reshape(count, -1))
            x = x + layer["down"](F.gelu(layer["up"](layer["ln2"](x))))
        self.length = end
        return self.head(self.ln_out(x[-1:]))


@torch.no_grad()
def bench_memory(quick: bool) -> str:
    """Stream tokens in prefill chunks; RSS and time at each length, RWKV-7 vs a KV-cache transformer."""
    n_layer, n_embd = SIZES["L2-C128"]
    marks = [1024, 4096] if quick else [1024, 8192, 32768, 65536]
    chunk, probe_steps = 512, 16
    rows = {mark: [f"{mark:,}"] for mark in marks}
    for kind in ("rwkv", "transformer"):
        torch.manual_seed(0)
        if kind == "rwkv":
            model = make_model(n_layer, n_embd)
        else:
            model = KVCacheTransformer(n_layer, n_embd, marks[-1] + probe_steps)
        state = None
        tokens = torch.randint(0, VOCAB, (1, chunk))
        if kind == "rwkv":
            model(tokens)  # warm-up: allocator pools reach their working size before the baseline
        base = rss_mib()
        done, start = 0, time.perf_counter()
        for mark in marks:
            while done < mark:
                if kind == "rwkv":
                    _, state = model(tokens, state)
                else:
                    model(tokens)
                done += chunk
            elapsed = time.perf_counter() - start
            probe = time.perf_counter()
            if kind == "rwkv":
                probe_state = state.clone()
                for _ in range(probe_steps):
                    _, probe_state = model.step(tokens[:, 0], probe_state)
            else:
                saved_length = model.length
                for _ in range(probe_steps):
                    model(tokens[:, :1])
                model.length = saved_length
            step_rate = probe_steps / (time.perf_counter() - probe)
            start += time.perf_counter() - probe
            rss = rss_mib()
            rows[mark] += [f"{rss:.0f} MiB (+{100 * (rss - base) / base:.1f}%)", f"{elapsed:.1f} s",
                           f"{step_rate:,.0f}"]
        del model, state
    header = ["tokens streamed", "RWKV-7 RSS", "RWKV-7 time", "RWKV-7 step tok/s at this length",
              "KV transformer RSS", "KV transformer time", "KV transformer step tok/s"]
    title = f"Streaming memory, L{n_layer}-C{n_embd}, prefill chunks of {chunk} (growth vs start of stream)"
    return table(title, header, list(rows.values()))


def bench_tokens(quick: bool) -> str:
    """Outline tokens per corpus page: World vocabulary vs a 4,096-entry BPE trained on other pages."""
    pages = sorted((CORPUS / "product-pages").glob("*.gz")) + sorted((CORPUS / "listing-pages").glob("*.gz"))
    if not pages:
        return table("Outline tokens per page", ["skipped"], [[f"no corpus at {CORPUS}"]])
    try:
        from html_compactor import compact
    except ImportError:
        return table("Outline tokens per page", ["skipped"], [["html_compactor is not installed"]])
    if quick:
        pages = pages[::8]
    outlines = [compact(gzip.decompress(page.read_bytes())).text for page in pages]
    train, test = outlines[::2], outlines[1::2]
    bpe = BPETokenizer.train(train, vocab_size=4096)
    world = world_tokenizer()
    chars = [len(text) for text in test]
    world_counts = [len(world.encode(text)) for text in test]
    bpe_counts = [len(bpe.encode(text)) for text in test]
    rows = [
        ["median", f"{statistics.median(chars):,.0f}", f"{statistics.median(world_counts):,.0f}",
         f"{statistics.median(bpe_counts):,.0f}",
         f"{statistics.median(b / w for b, w in zip(bpe_counts, world_counts, strict=True)):.2f}"],
        ["max", f"{max(chars):,}", f"{max(world_counts):,}", f"{max(bpe_counts):,}", ""],
    ]
    header = ["outline (no budget)", "chars", "World tokens", "BPE-4096 tokens", "BPE / World"]
    title = f"Outline tokens per page: {len(test)} held-out corpus pages (BPE trained on {len(train)} others)"
    return table(title, header, rows)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="smaller shapes and shorter streams")
    parser.add_argument("--threads", type=int, default=1,
                        help="torch threads (default 1: steady figures on a shared machine)")
    parser.add_argument("--only", choices=["wkv", "throughput", "memory", "tokens"], help="run one section")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads\n")
    sections = {
        "wkv": bench_wkv, "throughput": bench_throughput, "memory": bench_memory, "tokens": bench_tokens
    }
    for name, fn in sections.items():
        if args.only in (None, name):
            fn(args.quick)


if __name__ == "__main__":
    main()
