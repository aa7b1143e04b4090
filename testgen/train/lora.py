"""LoRA fine-tuning through peft: low-rank adapters on the model's projections, saved apart from the base.

An adapter folder holds `adapter_model.safetensors` and `adapter_config.json` (peft's own format), so
`load_adapter(model, path)` puts it back on any copy of the base and `merge_adapter` folds it in for speed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from safetensors import SafetensorError
from torch import nn

from testgen.errors import TestgenError

if TYPE_CHECKING:
    from peft import PeftModel

ADAPTER_WEIGHTS = "adapter_model.safetensors"
ADAPTER_CONFIG = "adapter_config.json"


class AdapterError(TestgenError):
    """A LoRA adapter cannot be attached, saved or loaded."""


def add_lora(model: nn.Module, targets: list[str], rank: int, alpha: int, dropout: float = 0.0) -> PeftModel:
    """Wrap `model` with fresh LoRA adapters on every Linear whose name ends in one of `targets`.

    Every base parameter is frozen; only the adapters train. The B factors start at zero, so the
    wrapped model computes exactly what the base does until the first update.
    """
    names = {name for name, module in model.named_modules() if isinstance(module, nn.Linear)}
    missing = [t for t in targets if not any(n == t or n.endswith("." + t) for n in names)]
    if missing:
        raise AdapterError(
            f"no Linear module matches LoRA target(s) {missing}: use suffixes of names such as "
            f"{sorted(names)[:4]} in --lora-targets"
        )
    from peft import LoraConfig, get_peft_model  # peft loads transformers: seconds, so only when used

    config = LoraConfig(r=rank, lora_alpha=alpha, lora_dropout=dropout, target_modules=targets, bias="none")
    return get_peft_model(model, config)


def save_adapter(model: PeftModel, path: str | Path) -> Path:
    """Write the adapter weights and config (nothing of the base) to the folder `path`."""
    path = Path(path)
    model.save_pretrained(str(path), safe_serialization=True)
    (path / "README.md").unlink(missing_ok=True)  # peft's generic card says nothing about this adapter
    return path


def load_adapter(model: nn.Module, path: str | Path, trainable: bool = False) -> PeftModel:
    """Attach the adapter saved in `path` to the base `model` (which must be the base it was trained on)."""
    path = Path(path)
    for name in (ADAPTER_WEIGHTS, ADAPTER_CONFIG):
        if not (path / name).is_file():
            raise AdapterError(f"{path} has no {name}: pass the folder that `testgen train --lora` wrote")
    from peft import PeftModel

    try:
        return PeftModel.from_pretrained(model, str(path), is_trainable=trainable)
    except (SafetensorError, ValueError, KeyError, RuntimeError, OSError) as err:
        raise AdapterError(
            f"cannot load the adapter in {path} onto this model ({err}): was it trained on "
            "another base or size?"
        ) from err


def merge_adapter(model: PeftModel) -> nn.Module:
    """Fold the adapter into the base weights and return the plain model (no LoRA layers left)."""
    return model.merge_and_unload()
