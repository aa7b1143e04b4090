"""`testgen train`: train the generator (or any RWKV-7) from scratch, from a checkpoint, or as a LoRA or
state-tuning fine-tune."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os

from rich.console import Console

from testgen.train.config import ENV_PREFIX, TrainConfig, config_from_env

EPILOG = f"""\
examples:
  testgen train --data datasets/written,datasets/sites --out runs/gen --n-layer 2 --n-embd 128 --steps 3000
  testgen train --data datasets/written --base runs/gen/model --out runs/gen2 --steps 500  # continue
  testgen train --data datasets/written --base testgen/weights/base --out runs/team --lora --steps 200
  testgen train --data datasets/train.jsonl --tokenizer world --out runs/tiny --size tiny --steps 3000
  testgen train --data datasets/train.jsonl --out runs/tiny --steps 3000 --resume
  testgen train --data train.jsonl --base runs/tiny/model --out runs/lora --lora --lr 1e-3 --steps 300
  testgen train --data train.jsonl --base runs/tiny/model --out runs/st --state-tuning --lr 0.05 --json
  torchrun --nproc_per_node 2 -m testgen train --data datasets/train.jsonl --tokenizer world --out runs/ddp

--data is either test records (dataset folders with train/valid splits, or records files; comma-separated,
a folder named twice weighs twice): the run trains the whole generator, RWKV-7 and pointer heads, with the
language-model loss on every token plus the pointer losses, and OUT/model is calibrated on the validation
records; or token examples, each JSONL line {{"tokens": [ids], "loss_mask": [0/1]}} or
{{"pieces": [{{"text": "...", "loss": false}}]}}: the run trains a language model.
Every flag can also be set as an environment variable, e.g. {ENV_PREFIX}STEPS=500.
Writes OUT/checkpoint (resumable), OUT/metrics.jsonl, and OUT/model, OUT/adapter or OUT/state.safetensors.
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "train",
        help="train or fine-tune the generator (from scratch, from a checkpoint, LoRA, state tuning)",
        description=__doc__.split(": ", 1)[1],
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    for setting in dataclasses.fields(TrainConfig):
        flag = "--" + setting.name.replace("_", "-")
        help_text = setting.metadata.get("help", "")
        if setting.type in ("bool", bool):
            parser.add_argument(
                flag, action=argparse.BooleanOptionalAction, default=argparse.SUPPRESS, help=help_text
            )
        else:
            kind = {"int": int, "float": float}.get(str(setting.type), str)
            parser.add_argument(
                flag,
                type=kind,
                default=argparse.SUPPRESS,
                metavar=setting.name.upper(),
                help=f"{help_text} (default: {setting.default})" if setting.default != "" else help_text,
            )
    parser.add_argument("--json", action="store_true", help="print the result as one JSON object")
    parser.set_defaults(func=run)


def build_config(args: argparse.Namespace) -> TrainConfig:
    """Defaults, then TESTGEN_TRAIN_* variables, then the flags given on the command line."""
    config = config_from_env()
    given = {f.name: getattr(args, f.name) for f in dataclasses.fields(TrainConfig) if hasattr(args, f.name)}
    config = dataclasses.replace(config, **given)
    if args.json and "progress" not in given:
        config.progress = False
    return config


def run(args: argparse.Namespace) -> int:
    from testgen.train.loop import train  # torch and peft load only when a run starts

    result = train(build_config(args))
    if os.environ.get("RANK", "0") != "0":  # under torchrun, rank 0 alone reports
        return 0
    if args.json:
        summary = result.to_dict()
        summary["losses"] = summary["losses"][-1:]  # the full curve is in metrics.jsonl
        print(json.dumps(summary))
        return 0
    console = Console()
    val = f"{result.val_loss:.4f}" if result.val_loss is not None else "n/a"
    console.print(
        f"{result.mode} training: {result.steps} steps, {result.tokens:,} tokens, "
        f"{result.tokens_per_s:,.0f} tokens/s; train loss {result.train_loss:.4f}, val loss {val}"
    )
    console.print(f"checkpoint: {result.checkpoint}")
    console.print(f"trained {result.mode}: {result.export or '(stopped early: continue with --resume)'}")
    return 0
