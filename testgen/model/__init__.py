"""RWKV-7 language model, its recurrent state, tokenizers and checkpoints."""

from testgen.model.bpe import BPETokenizer
from testgen.model.checkpoint import CheckpointError, load_model, save_model
from testgen.model.config import RWKV7Config
from testgen.model.rwkv7 import RWKV7
from testgen.model.state import State
from testgen.model.tokenizer import Tokenizer
from testgen.model.world_tokenizer import WorldTokenizer, world_tokenizer

__all__ = [
    "BPETokenizer",
    "CheckpointError",
    "RWKV7",
    "RWKV7Config",
    "State",
    "Tokenizer",
    "WorldTokenizer",
    "load_model",
    "save_model",
    "world_tokenizer",
]
