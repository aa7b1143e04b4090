"""Finding the generator to use: the shipped base model, another checkpoint, a LoRA adapter on top."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

import torch

from testgen.generate.baseline import RulePlanner
from testgen.generate.errors import GenerateError
from testgen.generate.planner import ModelPlanner, Planner
from testgen.generate.pointer import Generator, PointerHeads
from testgen.reading.vocabulary import Vocabulary

BASE_MODEL = Path(__file__).resolve().parents[1] / "weights" / "base"


def load_generator(model: str | Path | None = None, adapter: str | Path | None = None) -> Generator:
    """The generator in `model` (default: the shipped base), with `adapter` merged in when given."""
    folder = Path(model) if model else BASE_MODEL
    if not folder.is_dir():
        raise GenerateError(
            f"no model at {folder}; train one with `testgen train --data datasets/written` and copy its "
            "OUT/model there, "
            "or pass --model FOLDER (or --planner rules to generate without a model)"
        )
    generator = Generator.load(folder)
    if adapter:
        from testgen.train import load_adapter, merge_adapter
        from testgen.train.finetune import check_adapter

        check_adapter(Path(adapter), folder)

        generator.rwkv = merge_adapter(load_adapter(generator.rwkv, adapter)).eval()
    return generator


def load_vocabulary(adapter: str | Path | None) -> Vocabulary | None:
    """The team's words saved with an adapter by `testgen finetune` (None without an adapter)."""
    return Vocabulary.load(adapter) if adapter else None


def ablated(generator: Generator, seed: int = 0) -> Generator:
    """A copy of `generator` whose learned weights are back at their initial values (the RWKV-7 recipe, the
    pointer's zero keys and hand-set feature weights), the mixing weights kept: what generation does with
    the features and rules alone, so an evaluation shows what training added."""
    blank = copy.deepcopy(generator)
    with torch.random.fork_rng():  # seeded here without moving the caller's random state
        torch.manual_seed(seed)
        blank.rwkv.init_weights()
        blank.heads = PointerHeads(blank.rwkv.config.n_embd, copy.deepcopy(generator.heads.config))
    return blank.eval()


def planner_factory(
    kind: str = "model",
    model: str | Path | None = None,
    adapter: str | Path | None = None,
    beam: int = 3,
    temperature: float = 0.0,
) -> Callable[[str], Planner]:
    """A function from a task to a fresh planner: the model's (`model`), the model with its learned weights
    at their initial values (`ablated`), or the rule baseline (`rules`)."""
    if kind == "rules":
        return RulePlanner
    if kind not in ("model", "ablated"):
        raise GenerateError(f"unknown planner {kind!r}; use 'model', 'ablated' or 'rules'")
    generator = load_generator(model, adapter)
    if kind == "ablated":
        generator = ablated(generator)
    return lambda task: ModelPlanner(generator, task, beam=beam, temperature=temperature)
