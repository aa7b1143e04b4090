"""State tuning: learn only the initial WKV state of every layer, the cheapest fine-tune RWKV has.

Every weight stays frozen; what is learned is the matrix state each layer starts from, as if the model
had already read a long instruction. It is saved as a small safetensors file (L x H x N x N floats)
and loaded back as the model's initial `State` for generation.
"""

from __future__ import annotations

from pathlib import Path

import torch
from safetensors import SafetensorError
from safetensors.torch import load_file, save_file
from torch import Tensor, nn

from testgen.errors import TestgenError
from testgen.model import RWKV7, State

TUNED_STATE_FILE = "state.safetensors"
TUNED_STATE_KEY = "wkv"


class TunedStateError(TestgenError):
    """A tuned state file is missing, unreadable or shaped for another model."""


class StateTuner(nn.Module):
    """A frozen RWKV7 plus one trainable WKV state [L, H, N, N] that every sequence starts from."""

    def __init__(self, model: RWKV7) -> None:
        super().__init__()
        self.model = model
        for parameter in model.parameters():
            parameter.requires_grad_(False)
        config = model.config
        shape = (config.n_layer, config.n_head, config.head_size, config.head_size)
        self.initial_wkv = nn.Parameter(torch.zeros(shape, device=model.emb.weight.device))

    def initial_state(self, batch_size: int) -> State:
        """The learned WKV state broadcast over the batch; token-shift states start at zero as usual."""
        state = self.model.initial_state(batch_size)
        wkv = self.initial_wkv.unsqueeze(1).expand(-1, batch_size, -1, -1, -1)
        return State(att_shift=state.att_shift, wkv=wkv, ffn_shift=state.ffn_shift)

    def forward(self, tokens: Tensor, state: State | None = None) -> tuple[Tensor, State]:
        return self.model(tokens, state if state is not None else self.initial_state(tokens.shape[0]))

    def save(self, path: str | Path) -> Path:
        """Write the learned state to `path` (a folder gets `state.safetensors`)."""
        path = Path(path)
        if path.suffix != ".safetensors":
            path.mkdir(parents=True, exist_ok=True)
            path = path / TUNED_STATE_FILE
        save_file({TUNED_STATE_KEY: self.initial_wkv.detach().float().cpu().contiguous()}, str(path))
        return path

    def load(self, path: str | Path) -> None:
        """Replace the learned state with the one saved at `path`."""
        with torch.no_grad():
            self.initial_wkv.copy_(read_tuned_wkv(path, self.model))


def read_tuned_wkv(path: str | Path, model: RWKV7) -> Tensor:
    """The [L, H, N, N] state saved at `path` (file or folder), checked against `model`'s shape."""
    path = Path(path)
    if path.is_dir():
        path = path / TUNED_STATE_FILE
    if not path.is_file():
        raise TunedStateError(
            f"no tuned state at {path}: pass the file or folder `testgen train --state-tuning` wrote"
        )
    try:
        wkv = load_file(str(path))[TUNED_STATE_KEY]
    except (SafetensorError, KeyError, OSError) as err:
        raise TunedStateError(
            f"{path} is not a tuned-state file ({err}): retrain it or pass the right file"
        ) from err
    config = model.config
    expected = (config.n_layer, config.n_head, config.head_size, config.head_size)
    if tuple(wkv.shape) != expected:
        raise TunedStateError(
            f"{path} holds a state of shape {tuple(wkv.shape)}, this model needs {expected}: "
            "it was tuned on a model of another size"
        )
    return wkv.to(model.emb.weight.device)


def load_tuned_state(model: RWKV7, path: str | Path, batch_size: int = 1) -> State:
    """The model's initial State with the tuned WKV state from `path`, ready for `model(tokens, state)`."""
    state = model.initial_state(batch_size)
    wkv = read_tuned_wkv(path, model).unsqueeze(1).expand(-1, batch_size, -1, -1, -1).contiguous()
    return State(att_shift=state.att_shift, wkv=wkv, ffn_shift=state.ffn_shift)
