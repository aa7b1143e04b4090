"""Training checkpoints: the trained weights in their own format plus everything needed to resume.

A checkpoint folder holds what the mode produces (a model folder, a LoRA adapter, or a tuned state) and
`training_state.pt`: optimizer, scheduler, sampler position, RNG states, step and token count. It is
written beside the old one and swapped in by renames, so a crash mid-save leaves the last good checkpoint.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path
from typing import Any

import torch

from testgen.model import CheckpointError
from testgen.model.checkpoint import read_torch_file

TRAINING_STATE_FILE = "training_state.pt"


def capture_rng() -> dict[str, Any]:
    """Every random generator training draws from."""
    state: dict[str, Any] = {"python": random.getstate(), "torch": torch.get_rng_state()}
    if torch.cuda.is_available():
        state["cuda"] = torch.cuda.get_rng_state_all()
    return state


def restore_rng(state: dict[str, Any]) -> None:
    random.setstate(state["python"])
    torch.set_rng_state(state["torch"])
    if "cuda" in state and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(state["cuda"])


def write_training_state(folder: Path, training_state: dict[str, Any]) -> None:
    torch.save(training_state, folder / TRAINING_STATE_FILE)


def read_training_state(folder: Path) -> dict[str, Any]:
    """The resume state saved in `folder`; CheckpointError when it is missing or damaged."""
    path = folder / TRAINING_STATE_FILE
    if not path.is_file():
        raise CheckpointError(
            f"{path} is missing, so {folder} cannot be resumed: delete the folder or train without --resume"
        )
    fix = f"it is truncated, corrupt or not ours: delete {folder} and train without --resume"
    state = read_torch_file(path, fix)
    if not isinstance(state, dict):
        raise CheckpointError(f"{path} is not a training state: delete it and train without --resume")
    missing = {"step", "optimizer", "scheduler", "sampler", "rng"} - set(state)
    if missing:
        raise CheckpointError(
            f"{path} lacks {sorted(missing)}; it was not written by `testgen train`: "
            "delete it and train without --resume"
        )
    return state


def swap_in(new_folder: Path, folder: Path) -> None:
    """Replace `folder` with the fully written `new_folder`, never leaving neither on disk."""
    old = folder.with_name(folder.name + ".old")
    if folder.exists():
        if old.exists():
            shutil.rmtree(old)
        folder.rename(old)
    new_folder.rename(folder)
    if old.exists():
        shutil.rmtree(old)


def latest_checkpoint(folder: Path) -> Path | None:
    """The checkpoint to resume from: `folder`, or its `.old` twin if a swap was cut short."""
    old = folder.with_name(folder.name + ".old")
    for candidate in (folder, old):
        if candidate.is_dir():
            return candidate
    return None
