"""Training for testgen's RWKV-7: from scratch, LoRA adapters (peft) and state tuning.

`train(TrainConfig(...))` runs a job; `load_adapter`/`merge_adapter` and `load_tuned_state` put what
a fine-tune produced back onto a model for generation.
"""

from testgen.train.config import TrainConfig, TrainConfigError, config_from_env
from testgen.train.data import (
    Example,
    TextPiece,
    TrainingDataError,
    TrainingText,
    read_examples,
    write_examples,
)
from testgen.train.loop import TrainResult, train
from testgen.train.lora import AdapterError, add_lora, load_adapter, merge_adapter, save_adapter
from testgen.train.state_tuning import StateTuner, TunedStateError, load_tuned_state

__all__ = [
    "AdapterError",
    "Example",
    "StateTuner",
    "TextPiece",
    "TrainConfig",
    "TrainConfigError",
    "TrainResult",
    "TrainingDataError",
    "TrainingText",
    "TunedStateError",
    "add_lora",
    "config_from_env",
    "load_adapter",
    "load_tuned_state",
    "merge_adapter",
    "read_examples",
    "save_adapter",
    "train",
    "write_examples",
]
