"""The CUDA WKV-7 kernel against the float64 reference.

On a GPU: the built extension through the dispatcher, forward, final state and every gradient. On any
machine: the same kernel source run by the CPU emulator (emulate.cpp), the sources compiling with nvcc and
g++, and the dispatcher falling back to the chunked backend with one log line when the kernel cannot load.
"""

from __future__ import annotations

import ctypes
import importlib
import logging
import re
import shutil
import subprocess
import sysconfig
from pathlib import Path

import pytest
import torch
import torch.nn.functional as F

from testgen.kernels import wkv7
from testgen.kernels.cuda import CudaKernelConfig, CudaKernelError, build_extension
from testgen.kernels.reference import wkv7_reference

dispatcher = importlib.import_module("testgen.kernels.wkv7")  # the module; the package exports the function
SOURCE_DIR = Path(__file__).resolve().parents[2] / "testgen" / "kernels" / "cuda"
N = 64
# log-decay ranges: decays near 1, the model's own range, and decays near 0
DECAYS = {"near_one": (-1e-4, 0.0), "model": (-0.6065, 0.0), "near_zero": (-40.0, -15.0)}
TOLERANCE = {torch.float32: 1e-4, torch.bfloat16: 1e-2}
GRAD_NAMES = ("r", "w", "k", "v", "a", "b", "state0")


def needs_cuda(test):
    """Marks a test `gpu` and skips it, with the reason, where torch sees no CUDA device."""
    return pytest.mark.gpu(pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")(test))



def make_inputs(batch, steps, heads, dtype, decays, seed, w_dtype=None, device="cpu"):
    """Fresh random inputs shaped like the model's (a = -kk, b = kk * gate) in `dtype`, and a state."""
    gen = torch.Generator().manual_seed(seed)
    shape = (batch, steps, heads, N)
    low, high = DECAYS[decays]
    r = torch.randn(shape, generator=gen)
    w = low + (high - low) * torch.rand(shape, generator=gen)
    k = torch.randn(shape, generator=gen) * 0.5
    v = torch.randn(shape, generator=gen)
    kk = F.normalize(torch.randn(shape, generator=gen), dim=-1)
    gate = torch.rand(shape, generator=gen)
    tensors = [x.to(dtype) for x in (r, w, k, v, -kk, kk * gate)]
    tensors[1] = w.to(w_dtype or dtype)
    state0 = torch.randn(batch, heads, N, N, generator=gen)
    return [x.to(device) for x in tensors], state0.to(device)


def relative_error(x: torch.Tensor, ref: torch.Tensor) -> float:
    """||x - ref|| / ||ref|| in float64; NaN anywhere in x makes it NaN (and fails every check)."""
    x, ref = x.double().cpu(), ref.double().cpu()
    return ((x - ref).norm() / ref.norm().clamp_min(1e-30)).item()


def reference_with_grads(tensors, state0, dy, dstate):
    """Float64 reference outputs and the gradients of <y, dy> + <state_T, dstate> wrt every input."""
    leaves = [x.detach().double().requires_grad_() for x in [*tensors, state0]]
    y, state = wkv7_reference(*leaves)
    ((y * dy.double()).sum() + (state * dstate.double()).sum()).backward()
    return y.detach(), state.detach(), [leaf.grad for leaf in leaves]


def assert_close_to_reference(name, got, ref, tolerance):
    error = relative_error(got, ref)
    assert error < tolerance, f"{name}: relative error {error:.3g} (limit {tolerance:g})"


# ---------------------------------------------------------------- the CUDA build, through the dispatcher


def poison_cuda_allocator(shapes):
    """Fill blocks the caching allocator will hand out next with NaN, so outputs the kernel skips show up."""
    blocks = [torch.full(shape, float("nan"), device="cuda") for shape in shapes for _ in range(2)]
    del blocks


CUDA_CASES = [
    # batch, steps, heads, dtype, decays, w in float32
    (1, 1, 1, torch.float32, "model", False),
    (3, 15, 8, torch.float32, "near_zero", False),
    (3, 16, 8, torch.float32, "near_one", False),
    (16, 1000, 8, torch.float32, "model", False),
    (1, 4096, 32, torch.float32, "model", False),
    (1, 1, 8, torch.bfloat16, "model", False),
    (3, 15, 1, torch.bfloat16, "near_one", False),
    (16, 16, 8, torch.bfloat16, "near_zero", True),
    (3, 1000, 8, torch.bfloat16, "model", True),
    (1, 4096, 32, torch.bfloat16, "model", False),
]


@needs_cuda
@pytest.mark.parametrize("with_state", [True, False])
@pytest.mark.parametrize(("batch", "steps", "heads", "dtype", "decays", "float_decay"), CUDA_CASES)
def test_cuda_kernel_matches_reference(batch, steps, heads, dtype, decays, float_decay, with_state):
    tensors, state0 = make_inputs(batch, steps, heads, dtype, decays, seed=steps * 7 + heads,
                                  w_dtype=torch.float32 if float_decay else None, device="cuda")
    gen = torch.Generator().manual_seed(steps)
    dy = torch.randn(batch, steps, heads, N, generator=gen).to(dtype).cuda()
    dstate = torch.randn(batch, heads, N, N, generator=gen).cuda()
    start = state0 if with_state else torch.zeros_like(state0)
    y_ref, s_ref, grads_ref = reference_with_grads(tensors, start, dy, dstate)

    leaves = [x.detach().clone().requires_grad_() for x in [*tensors, state0]]
    poison_cuda_allocator([tensors[0].shape] * 8 + [state0.shape] * 2 + [(batch * heads, steps, N, N)])
    y, state = wkv7(*leaves[:6], leaves[6] if with_state else None, backend="cuda")
    ((y.float() * dy.float()).sum() + (state * dstate).sum()).backward()
    tolerance = TOLERANCE[dtype]
    assert y.dtype == dtype and state.dtype == torch.float32
    assert_close_to_reference("y", y, y_ref, tolerance)
    assert_close_to_reference("state", state, s_ref, tolerance)
    for name, leaf, ref in zip(GRAD_NAMES, leaves, grads_ref, strict=True):
        if name == "state0" and not with_state:
            assert leaf.grad is None
            continue
        assert leaf.grad.dtype == leaf.dtype, name
        assert_close_to_reference(f"d{name}", leaf.grad, ref, tolerance)


@needs_cuda
@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
@pytest.mark.parametrize("decays", list(DECAYS))
def test_cuda_fused_step_equals_one_reference_step(dtype, decays):
    tensors, state0 = make_inputs(4, 1, 8, dtype, decays, seed=11, device="cuda")
    y_ref, s_ref = wkv7_reference(*[x.double() for x in tensors], state0.double())
    poison_cuda_allocator([tensors[0].shape, state0.shape])
    with torch.no_grad():  # generation: the step kernel
        y, state = wkv7(*tensors, state0, backend="cuda")
    assert_close_to_reference("y", y, y_ref, TOLERANCE[dtype])
    assert_close_to_reference("state", state, s_ref, 1e-5)


@needs_cuda
def test_cuda_state_passing_equals_one_long_run():
    """Streaming a page in pieces, handing the state on, gives the single run's outputs and state."""
    tensors, _ = make_inputs(2, 100, 4, torch.float32, "model", seed=5, device="cuda")
    with torch.no_grad():
        y_full, s_full = wkv7(*tensors, backend="cuda")
        state, pieces = None, []
        for start, stop in ((0, 37), (37, 38), (38, 100)):
            y, state = wkv7(*[x[:, start:stop] for x in tensors], state, backend="cuda")
            pieces.append(y)
    assert relative_error(torch.cat(pieces, dim=1), y_full) < 1e-6
    assert relative_error(state, s_full) < 1e-6


@needs_cuda
def test_cuda_auto_backend_picks_the_kernel_for_cuda_inputs():
    tensors, state0 = make_inputs(1, 20, 2, torch.float32, "model", seed=2, device="cuda")
    y_auto, s_auto = wkv7(*tensors, state0)
    y_ref, s_ref = wkv7_reference(*[x.double() for x in tensors], state0.double())
    assert dispatcher._cuda_backend is not None
    assert_close_to_reference("y", y_auto, y_ref, 1e-4)
    assert_close_to_reference("state", s_auto, s_ref, 1e-4)


# ---------------------------------------------------------------- the same kernels on the CPU emulator

DTYPE_CODE = {(torch.float32, torch.float32): 0, (torch.bfloat16, torch.bfloat16): 1,
              (torch.bfloat16, torch.float32): 2}


@pytest.fixture(scope="module")
def emulator(tmp_path_factory):
    """emulate.cpp compiled with the host C++ compiler and loaded with ctypes."""
    compiler = shutil.which("g++") or shutil.which("c++")
    if compiler is None:
        pytest.skip("needs a C++ compiler (g++) to build the kernel emulator")
    library = tmp_path_factory.mktemp("emulator") / "libwkv7_emulate.so"
    subprocess.run([compiler, "-std=c++17", "-O1", "-shared", "-fPIC", "-Wno-unknown-pragmas",
                    str(SOURCE_DIR / "emulate.cpp"), "-o", str(library)], check=True)
    return ctypes.CDLL(str(library))


def pointer(x):
    return None if x is None else ctypes.c_void_p(x.data_ptr())


def nan_like(x, dtype=None):
    return torch.full_like(x, float("nan"), dtype=dtype or x.dtype)


def emulate(lib, tensors, state0, dy, dstate, sub):
    """Forward (saving u and checkpoints) then backward on the emulator; outputs start as NaN."""
    r, w = tensors[0], tensors[1]
    batch, steps, heads, _ = r.shape
    code = DTYPE_CODE[(r.dtype, w.dtype)]
    chunks = lib.wkv7_checkpoint_count(steps)
    y, state = nan_like(r), torch.full((batch, heads, N, N), float("nan"))
    u = torch.full((batch, steps, heads, N), float("nan"))
    checkpoints = torch.full((batch * heads, chunks, N, N), float("nan"))
    lib.wkv7_forward(code, batch, steps, heads, *map(pointer, tensors), pointer(state0), pointer(y),
                     pointer(state), pointer(u), pointer(checkpoints))
    grads = [nan_like(x) for x in tensors] + [nan_like(state)]
    lib.wkv7_backward(code, sub, batch, steps, heads, *map(pointer, tensors), pointer(u),
                      pointer(checkpoints), pointer(dy), pointer(dstate), *map(pointer, grads))
    return y, state, grads


EMULATOR_CASES = [
    # batch, steps, heads, dtype, w dtype, decays, sub
    (1, 1, 1, torch.float32, torch.float32, "model", 8),
    (1, 15, 2, torch.float32, torch.float32, "near_zero", 8),
    (2, 16, 1, torch.float32, torch.float32, "near_one", 8),
    (1, 41, 1, torch.float32, torch.float32, "model", 4),
    (1, 35, 1, torch.float32, torch.float32, "near_zero", 2),
    (1, 23, 2, torch.bfloat16, torch.bfloat16, "model", 8),
    (1, 17, 1, torch.bfloat16, torch.float32, "near_one", 4),
]


@pytest.mark.parametrize(("batch", "steps", "heads", "dtype", "w_dtype", "decays", "sub"), EMULATOR_CASES)
def test_emulated_kernels_match_reference(emulator, batch, steps, heads, dtype, w_dtype, decays, sub):
    tensors, state0 = make_inputs(batch, steps, heads, dtype, decays, seed=steps + sub, w_dtype=w_dtype)
    gen = torch.Generator().manual_seed(steps)
    dy = torch.randn(batch, steps, heads, N, generator=gen).to(dtype)
    dstate = torch.randn(batch, heads, N, N, generator=gen)
    y_ref, s_ref, grads_ref = reference_with_grads(tensors, state0, dy, dstate)
    y, state, grads = emulate(emulator, tensors, state0, dy, dstate, sub)
    tolerance = TOLERANCE[dtype]
    assert_close_to_reference("y", y, y_ref, tolerance)
    assert_close_to_reference("state", state, s_ref, TOLERANCE[torch.float32])
    for name, grad, ref in zip(GRAD_NAMES, grads, grads_ref, strict=True):
        assert_close_to_reference(f"d{name}", grad, ref, TOLERANCE[grad.dtype])


@pytest.mark.parametrize(("dtype", "w_dtype"), list(DTYPE_CODE))
@pytest.mark.parametrize("with_state", [True, False])
def test_emulated_step_kernel_equals_one_reference_step(emulator, dtype, w_dtype, with_state):
    tensors, state0 = make_inputs(2, 1, 3, dtype, "model", seed=4, w_dtype=w_dtype)
    state0 = state0 if with_state else None
    y_ref, s_ref = wkv7_reference(*tensors, state0)
    y, state = nan_like(tensors[0]), torch.full((2, 3, N, N), float("nan"))
    emulator.wkv7_step(DTYPE_CODE[(dtype, w_dtype)], 2, 3, *map(pointer, tensors), pointer(state0),
                       pointer(y), pointer(state))
    assert_close_to_reference("y", y, y_ref, TOLERANCE[dtype])
    assert_close_to_reference("state", state, s_ref, 1e-5)


# ---------------------------------------------------------------- compiling the sources


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("nvcc") is None, reason="needs nvcc (the CUDA toolkit) on PATH")
def test_kernel_source_compiles_with_nvcc_for_sm90(tmp_path):
    result = subprocess.run(["nvcc", "-arch=sm_90", "-O3", "-std=c++17", "-Xptxas", "-v", "-c",
                             str(SOURCE_DIR / "wkv7.cu"), "-o", str(tmp_path / "wkv7.o")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "wkv7.o").stat().st_size > 0
    spills = [int(n) for n in re.findall(r"(\d+) bytes spill (?:stores|loads)", result.stderr)]
    assert spills and not any(spills), "a kernel spills registers to local memory: " + result.stderr


def torch_include_dirs() -> list[str]:
    from torch.utils.cpp_extension import include_paths

    return include_paths()


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("g++") is None, reason="needs g++ to check the torch binding")
@pytest.mark.skipif(not Path("/usr/local/cuda/include/cuda_runtime.h").exists(),
                    reason="needs the CUDA headers in /usr/local/cuda/include")
def test_torch_binding_passes_the_compiler_front_end(tmp_path):
    """The binding compiles against torch's headers (a CPU torch lacks one generated header: supply it)."""
    generated = Path(torch_include_dirs()[0]) / "c10" / "cuda" / "impl" / "cuda_cmake_macros.h"
    extra = []
    if not generated.exists():
        stub = tmp_path / "c10" / "cuda" / "impl" / "cuda_cmake_macros.h"
        stub.parent.mkdir(parents=True)
        stub.write_text("#pragma once\n#define C10_CUDA_BUILD_SHARED_LIBS\n")
        extra = [f"-I{tmp_path}"]
    command = ["g++", "-std=c++20", "-fsyntax-only", "-DTORCH_EXTENSION_NAME=testgen_wkv7", *extra,
               *[f"-I{path}" for path in torch_include_dirs()], f"-I{sysconfig.get_paths()['include']}",
               "-I/usr/local/cuda/include", str(SOURCE_DIR / "wkv7_binding.cpp")]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-4000:]


# ---------------------------------------------------------------- falling back without CUDA


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the machine without CUDA")
def test_load_without_cuda_names_the_cause(tmp_path):
    with pytest.raises(CudaKernelError, match="CUDA is not available"):
        build_extension(CudaKernelConfig(cache_dir=tmp_path))


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the machine without CUDA")
def test_dispatcher_falls_back_to_chunked_with_one_log_line(monkeypatch, caplog):
    monkeypatch.setattr(dispatcher, "_cuda_backend", None)
    monkeypatch.setattr(dispatcher, "_cuda_failed", False)
    with caplog.at_level(logging.WARNING, logger=dispatcher.__name__):
        assert dispatcher._load_cuda(required=False) is None
        assert dispatcher._load_cuda(required=False) is None
    lines = [record.getMessage() for record in caplog.records if record.name == dispatcher.__name__]
    assert len(lines) == 1, lines
    assert "CUDA is not available" in lines[0] and "chunked" in lines[0]
    # inputs still run, on the chunked backend, and still match the reference
    tensors, state0 = make_inputs(1, 20, 2, torch.float32, "model", seed=9)
    y, state = wkv7(*tensors, state0)
    y_ref, s_ref = wkv7_reference(*tensors, state0)
    assert_close_to_reference("y", y, y_ref, 1e-5)
    assert_close_to_reference("state", state, s_ref, 1e-5)


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the machine without CUDA")
def test_asking_for_the_cuda_backend_without_cuda_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(dispatcher, "_cuda_backend", None)
    monkeypatch.setattr(dispatcher, "_cuda_failed", False)
    tensors, _ = make_inputs(1, 3, 1, torch.float32, "model", seed=1)
    with pytest.raises(dispatcher.WKVBackendError, match="TESTGEN_WKV_BACKEND=chunked"):
        wkv7(*tensors, backend="cuda")
