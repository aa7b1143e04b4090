"""Building the WKV-7 CUDA extension with torch's cpp_extension (ninja) into a cache folder."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import torch

from testgen.errors import TestgenError

SOURCE_DIR = Path(__file__).resolve().parent
SOURCES = ("wkv7_binding.cpp", "wkv7.cu")
EXTENSION_NAME = "testgen_wkv7"


class CudaKernelError(TestgenError):
    """The CUDA WKV-7 kernel cannot be built or loaded here."""


def default_cache_dir() -> Path:
    """`$TESTGEN_CACHE/kernels`, else `~/.cache/testgen/kernels`."""
    root = os.environ.get("TESTGEN_CACHE")
    return Path(root) / "kernels" if root else Path.home() / ".cache" / "testgen" / "kernels"


@dataclass
class CudaKernelConfig:
    """Where and how the extension is built. Env: TESTGEN_CACHE, TESTGEN_CUDA_ARCH, TESTGEN_KERNEL_VERBOSE."""

    cache_dir: Path = field(default_factory=default_cache_dir)
    arch: str | None = None  # e.g. "9.0"; None builds for the GPUs torch sees
    verbose: bool = False  # print the compiler's command lines and output

    @classmethod
    def from_env(cls) -> CudaKernelConfig:
        return cls(
            arch=os.environ.get("TESTGEN_CUDA_ARCH") or None,
            verbose=os.environ.get("TESTGEN_KERNEL_VERBOSE", "") not in ("", "0", "false"),
        )


def build_extension(config: CudaKernelConfig) -> ModuleType:
    """Compile once per (sources, flags, torch, CUDA) and import the module; raises CudaKernelError."""
    if not torch.cuda.is_available():
        raise CudaKernelError(
            f"CUDA is not available (torch {torch.__version__}, built for CUDA {torch.version.cuda}); "
            "the kernel needs an NVIDIA GPU and a CUDA build of torch"
        )
    from torch.utils import cpp_extension

    if cpp_extension.CUDA_HOME is None:
        raise CudaKernelError("nvcc was not found; install the CUDA toolkit or set CUDA_HOME to it")
    build_dir = config.cache_dir / f"{EXTENSION_NAME}-torch{torch.__version__}-cu{torch.version.cuda}"
    build_dir.mkdir(parents=True, exist_ok=True)
    previous_arch = os.environ.get("TORCH_CUDA_ARCH_LIST")
    if config.arch:
        os.environ["TORCH_CUDA_ARCH_LIST"] = config.arch
    try:
        return cpp_extension.load(
            name=EXTENSION_NAME,
            sources=[str(SOURCE_DIR / source) for source in SOURCES],
            extra_include_paths=[str(SOURCE_DIR)],
            extra_cflags=["-O3"],
            extra_cuda_cflags=["-O3", "-lineinfo"],
            build_directory=str(build_dir),
            verbose=config.verbose,
        )
    except (OSError, RuntimeError, ImportError, subprocess.SubprocessError) as err:
        raise CudaKernelError(
            f"building the WKV-7 CUDA extension in {build_dir} failed: {err}; rerun with "
            "TESTGEN_KERNEL_VERBOSE=1 to see the compiler output"
        ) from err
    finally:
        if config.arch:
            if previous_arch is None:
                os.environ.pop("TORCH_CUDA_ARCH_LIST", None)
            else:
                os.environ["TORCH_CUDA_ARCH_LIST"] = previous_arch
