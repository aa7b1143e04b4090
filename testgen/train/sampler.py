"""Which examples go in each batch: length buckets, a short-first curriculum, and a resumable position.

A CPU-trained model only learns to copy names out of the page when it sees short pages first, so the
first `curriculum_batches` batches come from the shortest examples, then from all of them. Within a pool
examples are shuffled per epoch, then sorted by length inside windows of 16 batches so a batch pads little.
Every epoch's order is a pure function of (seed, pool, epoch); the position is two small integers per pool.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch

BUCKET_WINDOW = 16  # batches per length-sorted window: padding falls, order stays random across windows


class CurriculumSampler:
    """Yields global batches of example indices; rank r of w takes `batch[r::w]`."""

    def __init__(
        self,
        lengths: Sequence[int],
        batch_size: int,
        seed: int,
        curriculum_batches: int = 0,
        curriculum_quantile: float = 0.3,
    ) -> None:
        self.lengths = list(lengths)
        self.batch_size = batch_size
        self.seed = seed
        self.curriculum_batches = curriculum_batches
        by_length = sorted(range(len(self.lengths)), key=lambda i: self.lengths[i])
        n_short = max(1, int(len(by_length) * curriculum_quantile))
        self.pools = {"short": sorted(by_length[:n_short]), "all": list(range(len(self.lengths)))}
        self.position = {"drawn": 0, "short": [0, 0], "all": [0, 0]}  # pool: [epoch, batch in epoch]
        self._epoch_cache: dict[tuple[str, int], list[list[int]]] = {}

    def _epoch_batches(self, pool: str, epoch: int) -> list[list[int]]:
        key = (pool, epoch)
        if key not in self._epoch_cache:
            self._epoch_cache = {key: self._build_epoch(pool, epoch)}
        return self._epoch_cache[key]

    def _build_epoch(self, pool: str, epoch: int) -> list[list[int]]:
        members = self.pools[pool]
        generator = torch.Generator().manual_seed(self.seed * 1_000_003 + epoch * 2 + (pool == "short"))
        order = [members[i] for i in torch.randperm(len(members), generator=generator).tolist()]
        while len(order) < self.batch_size:  # a pool smaller than one batch repeats itself
            order += order[: self.batch_size - len(order)]
        window = self.batch_size * BUCKET_WINDOW
        batches = []
        for start in range(0, len(order) - self.batch_size + 1, window):
            chunk = sorted(order[start : start + window], key=lambda i: self.lengths[i])
            whole = len(chunk) - len(chunk) % self.batch_size
            batches += [chunk[i : i + self.batch_size] for i in range(0, whole, self.batch_size)]
        shuffled = torch.randperm(len(batches), generator=generator).tolist()
        return [batches[i] for i in shuffled]

    def next_batch(self) -> list[int]:
        """The next global batch of indices; advances the position."""
        pool = "short" if self.position["drawn"] < self.curriculum_batches else "all"
        epoch, cursor = self.position[pool]
        batches = self._epoch_batches(pool, epoch)
        batch = batches[cursor]
        cursor += 1
        if cursor == len(batches):
            epoch, cursor = epoch + 1, 0
        self.position[pool] = [epoch, cursor]
        self.position["drawn"] += 1
        return batch

    def state_dict(self) -> dict:
        return {
            "drawn": self.position["drawn"],
            "short": list(self.position["short"]),
            "all": list(self.position["all"]),
        }

    def load_state_dict(self, state: dict) -> None:
        self.position = {
            "drawn": int(state["drawn"]),
            "short": [int(x) for x in state["short"]],
            "all": [int(x) for x in state["all"]],
        }
