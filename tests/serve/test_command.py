"""`testgen serve` as a user starts it: the address it prints, JSON logs, one clear error for bad settings."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx


def start_serve(*args: str, cwd: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TESTGEN_SERVE_")}
    return subprocess.Popen([sys.executable, "-m", "testgen", "serve", *args], cwd=cwd, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_serve_prints_its_address_answers_and_logs_json(tmp_path: Path) -> None:
    server = start_serve("--port", "0", "--json", "--queue-size", "3", cwd=tmp_path)
    try:
        listening = json.loads(server.stdout.readline())
        assert listening["event"] == "listening" and listening["url"].startswith("http://127.0.0.1:")
        health = httpx.get(f"{listening['url']}/healthz", timeout=120)
        assert health.status_code == 200 and health.json()["queue"]["queue_size"] == 3
        assert httpx.get(f"{listening['url']}/v1/models", timeout=30).status_code == 200
    finally:
        server.send_signal(signal.SIGINT)
        _, stderr = server.communicate(timeout=60)
    logs = [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]
    requests = [entry for entry in logs if entry.get("event") == "request"]
    assert [(r["method"], r["path"], r["status"]) for r in requests] == [("GET", "/healthz", 200),
                                                                       ("GET", "/v1/models", 200)]
    assert all(entry["level"] in ("info", "warning") for entry in logs)
    assert any(entry.get("event") == "ready" for entry in logs)


def test_a_missing_token_file_is_one_clear_error(tmp_path: Path) -> None:
    server = start_serve("--token-file", "nope.txt", "--port", "0", cwd=tmp_path)
    stdout, stderr = server.communicate(timeout=60)
    assert server.returncode == 2 and stdout == ""
    assert stderr.startswith("error: token file nope.txt does not exist")


def test_help_shows_an_example(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "testgen", "serve", "--help"], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0 and "testgen serve --port 9000 --token-file token.txt" in done.stdout
