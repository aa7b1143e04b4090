"""Runtime settings: how long steps wait and where failure screenshots go."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from testgen.errors import TestgenError


class RuntimeConfigError(TestgenError):
    """A TESTGEN_* setting for the runtime has a value it cannot use."""


@dataclass(frozen=True)
class RuntimeConfig:
    """How `I` runs steps. Environment: TESTGEN_TIMEOUT (seconds), TESTGEN_ARTIFACTS, TESTGEN_HEADED."""

    timeout: float = 5.0  # seconds each step waits for its target (or its text) before failing
    poll_interval: float = 0.1  # seconds between page-model snapshots while waiting
    artifacts: Path = field(default_factory=lambda: Path("testgen-results"))  # failure screenshots go here
    headed: bool = False  # show the browser when `I` launches its own

    @classmethod
    def from_env(cls, **overrides: object) -> RuntimeConfig:
        """Defaults, then TESTGEN_* variables, then explicit overrides (CLI flags)."""
        config = cls()
        raw_timeout = os.environ.get("TESTGEN_TIMEOUT")
        if raw_timeout:
            try:
                timeout = float(raw_timeout)
            except ValueError:
                timeout = -1.0
            if timeout <= 0:
                raise RuntimeConfigError(
                    f"TESTGEN_TIMEOUT={raw_timeout!r} is not a positive number of seconds; use e.g. 10"
                )
            config = replace(config, timeout=timeout)
        if os.environ.get("TESTGEN_ARTIFACTS"):
            config = replace(config, artifacts=Path(os.environ["TESTGEN_ARTIFACTS"]))
        if os.environ.get("TESTGEN_HEADED"):
            config = replace(config, headed=os.environ["TESTGEN_HEADED"].lower() in ("1", "true", "yes"))
        return replace(config, **overrides)  # type: ignore[arg-type]
