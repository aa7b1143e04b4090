"""The WKV-7 operator (`wkv7`) and its backends: chunked PyTorch, a float64 reference, and a CUDA hook."""

from testgen.kernels.wkv7 import WKVBackendError, wkv7

__all__ = ["WKVBackendError", "wkv7"]
