"""RWKV-7 language model, its recurrent state, tokenizers and checkpoints."""

from testgen.model.config import RWKV7Config
from testgen.model.rwkv7 import RWKV7
from testgen.model.state import State

__all__ = ["RWKV7", "RWKV7Config", "State"]
