"""The fused CUDA WKV-7 kernel: forward, backward and a single-token step, built on first use.

`load()` is the hook `testgen.kernels.wkv7` calls to find the CUDA backend; it raises `CudaKernelError`
(and the dispatcher logs one line and uses the chunked backend) when CUDA or a compiler is missing.
"""

from testgen.kernels.cuda.build import CudaKernelConfig, CudaKernelError, build_extension
from testgen.kernels.cuda.function import Backend, wkv7_cuda

__all__ = ["CudaKernelConfig", "CudaKernelError", "build_extension", "load", "wkv7_cuda"]


def load(config: CudaKernelConfig | None = None) -> Backend:
    """Build (or reuse from the cache) the extension and return the backend `(r, w, k, v, a, b, state0)`."""
    extension = build_extension(config or CudaKernelConfig.from_env())

    def backend(r, w, k, v, a, b, state0=None):
        return wkv7_cuda(extension, r, w, k, v, a, b, state0)

    return backend
