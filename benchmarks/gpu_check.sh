#!/usr/bin/env bash
# One-go check of the CUDA WKV-7 kernel on a GPU machine; stage time limits add up to 8 minutes:
#   1. build the extension with ninja into a cache folder   2. run tests/kernels/test_cuda.py (not the
#      slow compile-only checks: stage 1 compiles for real)
#   3. compute-sanitizer memcheck on a small case            4. benchmarks/wkv.py, whose table is printed last
# Logs go to $OUT (a temporary folder when unset). Run from anywhere: bash benchmarks/gpu_check.sh
# Optional: PYTHON (default: the repo's .venv, else python3); FLA_WHEEL, a fla-core 0.6.0 wheel to install first
# (make it here with: pip download --no-deps fla-core==0.6.0 -d wheels/ ; wheels/fla_core-*.whl is also found).
set -uo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${OUT:-$(mktemp -d)}"
mkdir -p "$OUT"
cd "$REPO"
if [[ -z "${PYTHON:-}" ]]; then
    if [[ -x .venv/bin/python ]]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
export PYTHONPATH="$REPO${PYTHONPATH:+:$PYTHONPATH}"
export TESTGEN_CACHE="${TESTGEN_CACHE:-$OUT/cache}"
status=0

stage() { echo; echo "=== $1 ($(date +%T))"; }

stage "environment" | tee "$OUT/environment.log"
{ nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
  "$PYTHON" -c "import torch; print('torch', torch.__version__, 'cuda', torch.version.cuda, torch.cuda.is_available())"
  command -v nvcc && nvcc --version | tail -1; } 2>&1 | tee -a "$OUT/environment.log"
wheel="${FLA_WHEEL:-$(ls wheels/fla_core-*.whl 2>/dev/null | head -1)}"
if [[ -n "$wheel" ]]; then
    "$PYTHON" -m pip install --no-deps --quiet "$wheel" 2>&1 | tee -a "$OUT/environment.log"
fi

stage "1. build the extension (cache: $TESTGEN_CACHE)" | tee "$OUT/build.log"
if ! TESTGEN_KERNEL_VERBOSE=1 timeout 120 "$PYTHON" -c "
import time; start = time.time()
from testgen.kernels.cuda import load
load()
print(f'built and loaded in {time.time() - start:.1f} s')" >> "$OUT/build.log" 2>&1; then
    status=1
fi
tail -3 "$OUT/build.log"

stage "2. tests/kernels/test_cuda.py" | tee "$OUT/tests.log"
timeout 120 "$PYTHON" -m pytest -q -rs -p no:cacheprovider --noconftest -m "not slow" tests/kernels/test_cuda.py 2>&1 | tee -a "$OUT/tests.log" \
    | tail -25
[[ ${PIPESTATUS[0]} -eq 0 ]] || status=1

stage "3. compute-sanitizer memcheck, small case" | tee "$OUT/memcheck.log"
SANITIZER="$(command -v compute-sanitizer || echo /usr/local/cuda/bin/compute-sanitizer)"
timeout 90 "$SANITIZER" --tool memcheck --leak-check no --error-exitcode 1 "$PYTHON" -c "
import torch
from testgen.kernels import wkv7
torch.manual_seed(0)
shape = (2, 37, 3, 64)
for dtype in (torch.float32, torch.bfloat16):
    r, k, v, kk = (torch.randn(shape, device='cuda').to(dtype) for _ in range(4))
    w = (-0.6 * torch.rand(shape, device='cuda')).to(dtype)
    kk = torch.nn.functional.normalize(kk.float(), dim=-1).to(dtype)
    leaves = [x.requires_grad_() for x in (r, w, k, v, -kk, kk * 0.5)]
    state0 = torch.randn(2, 3, 64, 64, device='cuda', requires_grad=True)
    y, s = wkv7(*leaves, state0, backend='cuda')
    (y.float().sum() + s.sum()).backward()
    with torch.no_grad():
        wkv7(*(x[:, :1] for x in leaves), state0, backend='cuda')
torch.cuda.synchronize()
print('memcheck case ran')" 2>&1 | tee -a "$OUT/memcheck.log" | tail -4
[[ ${PIPESTATUS[0]} -eq 0 ]] || status=1

stage "4. benchmarks/wkv.py" | tee "$OUT/wkv.log"
timeout 150 "$PYTHON" benchmarks/wkv.py --json "$OUT/wkv.json" >> "$OUT/wkv.log" 2>&1 || status=1

echo
echo "=== summary: status $status (0 = every stage passed); logs in $OUT"
grep -E "passed|failed|skipped" "$OUT/tests.log" | tail -1
grep -E "ERROR SUMMARY" "$OUT/memcheck.log" | tail -1
grep -vE "^\s*$|^===|━|WKV-7 shapes" "$OUT/wkv.log" | tail -12
exit $status
