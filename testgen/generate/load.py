"""Finding the generator to use: the shipped base model, another checkpoint, a LoRA adapter on top."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from testgen.generate.baseline import RulePlanner
from testgen.generate.errors import GenerateError
from testgen.generate.planner import ModelPlanner, Planner
from testgen.generate.pointer import Generator

BASE_MODEL = Path(__file__).resolve().parents[1] / "weights" / "base"


def load_generator(model: str | Path | None = None, adapter: str | Path | None = None) -> Generator:
    """The generator in `model` (default: the shipped base), with `adapter` merged in when given."""
    folder = Path(model) if model else BASE_MODEL
    if not folder.is_dir():
        raise GenerateError(
            f"no model at {folder}; train one with `python -m testgen.generate.train_base` and export it "
            "there, "
            "or pass --model FOLDER (or --planner rules to generate without a model)"
        )
    generator = Generator.load(folder)
    if adapter:
        from testgen.train import load_adapter, merge_adapter

        generator.rwkv = merge_adapter(load_adapter(generator.rwkv, adapter)).eval()
    return generator


def planner_factory(
    kind: str = "model",
    model: str | Path | None = None,
    adapter: str | Path | None = None,
    beam: int = 3,
    temperature: float = 0.0,
) -> Callable[[str], Planner]:
    """A function from a task to a fresh planner: the model's (`model`) or the rule baseline (`rules`)."""
    if kind == "rules":
        return RulePlanner
    if kind != "model":
        raise GenerateError(f"unknown planner {kind!r}; use 'model' or 'rules'")
    generator = load_generator(model, adapter)
    return lambda task: ModelPlanner(generator, task, beam=beam, temperature=temperature)
