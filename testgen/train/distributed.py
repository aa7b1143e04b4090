"""Data-parallel training under `torchrun`: process group set-up, rank facts, and cross-rank sums.

`torchrun --nproc_per_node N -m testgen train ...` sets RANK, WORLD_SIZE and LOCAL_RANK; without them
training runs as a single process. NCCL on CUDA, gloo on CPU. Rank 0 alone writes files.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import torch
import torch.distributed as dist


@dataclass(frozen=True)
class DistributedContext:
    """Where this process sits among the training processes."""

    rank: int = 0
    world_size: int = 1
    local_rank: int = 0

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    @property
    def enabled(self) -> bool:
        return self.world_size > 1


def init_distributed(device_type: str) -> DistributedContext:
    """Join the process group that torchrun described in the environment, if any."""
    world_size = int(os.environ.get("WORLD_SIZE", "1"))
    if world_size <= 1:
        return DistributedContext()
    context = DistributedContext(int(os.environ["RANK"]), world_size, int(os.environ.get("LOCAL_RANK", "0")))
    if not dist.is_initialized():
        dist.init_process_group(backend="nccl" if device_type == "cuda" else "gloo")
    return context


def shutdown_distributed(context: DistributedContext) -> None:
    if context.enabled and dist.is_initialized():
        dist.destroy_process_group()


def sum_across_ranks(values: list[float], context: DistributedContext, device: torch.device) -> list[float]:
    """Element-wise sum of a few floats over all ranks (identity in a single process)."""
    if not context.enabled:
        return values
    tensor = torch.tensor(values, dtype=torch.float64, device=device)
    dist.all_reduce(tensor, op=dist.ReduceOp.SUM)
    return tensor.tolist()


def barrier(context: DistributedContext) -> None:
    if context.enabled:
        dist.barrier()
