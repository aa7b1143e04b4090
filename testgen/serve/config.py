"""Settings of `testgen serve`: `TESTGEN_SERVE_<FIELD>` env vars, then CLI flags override it."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from testgen.errors import TestgenError


class ServeConfigError(TestgenError):
    """A setting of the server has a value it cannot use."""


@dataclass(frozen=True)
class ServeConfig:
    """Where the server listens, who may call it, and how much work it takes on."""

    host: str = "127.0.0.1"  # loopback: only this machine can call it unless a host is given
    port: int = 8000
    token_file: str | None = None  # a file holding the bearer token; None: no auth
    workers: int = 1  # server processes, each with its own model, browser and queue
    queue_size: int = 16  # requests waiting for the browser beyond the one running; more get 429
    timeout: float = 120.0  # seconds a request may take from acceptance to its last event
    max_body: int = 4_000_000  # bytes of one request body
    max_html: int = 2_000_000  # bytes of a page sent as `html`
    max_task: int = 2_000  # characters of one sentence
    max_source: int = 200_000  # bytes of a test file sent to /v1/run or /v1/analyze
    model: str | None = None  # a generator checkpoint folder (default: the shipped base model)
    adapter: str | None = None  # a LoRA adapter folder merged onto the model
    step_timeout: float | None = None  # seconds /v1/run waits per step (None: the runtime's default)

    @classmethod
    def from_env(cls, **overrides: Any) -> ServeConfig:
        """Defaults, then `TESTGEN_SERVE_*` variables, then the non-None `overrides` (CLI flags)."""
        values: dict[str, Any] = {}
        for spec in fields(cls):
            raw = os.environ.get(f"TESTGEN_SERVE_{spec.name.upper()}")
            if raw is None:
                continue
            kind = type(spec.default) if spec.default is not None else str
            kind = float if spec.name == "step_timeout" else kind
            try:
                values[spec.name] = kind(raw)
            except ValueError:
                raise ServeConfigError(
                    f"TESTGEN_SERVE_{spec.name.upper()}={raw!r} is not a valid {kind.__name__}"
                ) from None
        config = replace(cls(), **values)
        config = replace(config, **{k: v for k, v in overrides.items() if v is not None})
        config.check()
        return config

    def check(self) -> None:
        """Refuse limits that could never admit a request."""
        for name in ("workers", "max_body", "max_html", "max_task", "max_source"):
            if getattr(self, name) < 1:
                raise ServeConfigError(f"{name} must be at least 1 (got {getattr(self, name)})")
        if self.queue_size < 0 or self.timeout <= 0:
            raise ServeConfigError("queue_size must be 0 or more and timeout a positive number of seconds")
        if self.token_file is not None and not Path(self.token_file).is_file():
            raise ServeConfigError(
                f"token file {self.token_file} does not exist; write the token into it "
                "(e.g. `python -c 'import secrets; print(secrets.token_urlsafe(32))' > token.txt`)"
            )

    def token(self) -> str | None:
        """The bearer token callers must send, or None when auth is off."""
        if self.token_file is None:
            return None
        token = Path(self.token_file).read_text().strip()
        if not token:
            raise ServeConfigError(f"token file {self.token_file} is empty; write the token into it")
        return token
