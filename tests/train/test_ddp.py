"""Data-parallel training on CPU: two gloo processes stay in lockstep and learn."""

from __future__ import annotations

import os
import socket

import torch
import torch.multiprocessing as mp

from testgen.train.distributed import init_distributed, shutdown_distributed
from testgen.train.loop import Trainer
from tests.train.conftest import tiny_config


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run_rank(rank: int, world_size: int, port: int, config_kwargs: dict, report_dir: str) -> None:
    os.environ.update(
        RANK=str(rank),
        LOCAL_RANK=str(rank),
        WORLD_SIZE=str(world_size),
        MASTER_ADDR="127.0.0.1",
        MASTER_PORT=str(port),
    )
    torch.set_num_threads(1)
    context = init_distributed("cpu")
    try:
        trainer = Trainer(tiny_config(**config_kwargs).validate(), torch.device("cpu"), context)
        result = trainer.run()
        torch.save(
            {"weights": trainer.module.state_dict(), "losses": result.losses},
            os.path.join(report_dir, f"rank{rank}.pt"),
        )
    finally:
        shutdown_distributed(context)


def test_two_gloo_ranks_end_with_identical_weights_and_learn(data_path, tokenizer_path, tmp_path):
    config_kwargs = {
        "data_path": data_path,
        "out": tmp_path / "run",
        "tokenizer": str(tokenizer_path),
        "steps": 8,
        "batch_size": 2,
        "lr": 1e-2,
    }
    mp.spawn(run_rank, args=(2, free_port(), config_kwargs, str(tmp_path)), nprocs=2, join=True)
    rank0, rank1 = (torch.load(tmp_path / f"rank{r}.pt", weights_only=True) for r in (0, 1))
    assert rank0["losses"] == rank1["losses"]  # the logged loss is the mean over both ranks
    assert rank0["losses"][-1] < rank0["losses"][0] - 0.5
    for name, weight in rank0["weights"].items():
        torch.testing.assert_close(weight, rank1["weights"][name], rtol=0, atol=0, msg=name)
    assert (tmp_path / "run" / "model" / "model.safetensors").is_file()  # rank 0 exported
    assert not (tmp_path / "run" / "checkpoint.new").exists()
