"""`testgen train` on the command line: flags and env vars reach the config, --json is parseable."""

from __future__ import annotations

import json

import pytest

from testgen.cli import build_parser, main
from testgen.commands.train import build_config


def test_help_shows_an_example(capsys):
    with pytest.raises(SystemExit):
        main(["train", "--help"])
    text = capsys.readouterr().out
    assert "testgen train --data" in text and "--state-tuning" in text and "TESTGEN_TRAIN_" in text


def test_flags_override_env_which_overrides_defaults(monkeypatch):
    monkeypatch.setenv("TESTGEN_TRAIN_STEPS", "11")
    monkeypatch.setenv("TESTGEN_TRAIN_LR", "0.5")
    args = build_parser().parse_args(["train", "--data", "d.jsonl", "--lr", "0.25", "--lora", "--json"])
    config = build_config(args)
    assert (config.data, config.steps, config.lr, config.lora) == ("d.jsonl", 11, 0.25, True)
    assert config.progress is False  # --json keeps stdout to the JSON object


def test_json_run_reports_the_result(data_path, tokenizer_path, tmp_path, capsys):
    out = tmp_path / "run"
    code = main(
        [
            "train",
            "--data",
            str(data_path),
            "--out",
            str(out),
            "--tokenizer",
            str(tokenizer_path),
            "--n-layer",
            "1",
            "--n-embd",
            "64",
            "--steps",
            "3",
            "--batch-size",
            "4",
            "--threads",
            "1",
            "--val-fraction",
            "0.25",
            "--eval-every",
            "3",
            "--json",
        ]
    )
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    assert result["mode"] == "full" and result["steps"] == 3
    assert result["val_loss"] is not None and result["export"] == str(out / "model")
    assert (out / "model" / "config.json").is_file() and (out / "checkpoint" / "training_state.pt").is_file()


def test_a_config_error_is_one_line_and_exit_code_2(tmp_path, capsys):
    code = main(["train", "--data", str(tmp_path / "d.jsonl"), "--lora"])
    assert code == 2
    assert "--base" in capsys.readouterr().err
