"""Settings of the analyzer; `TESTGEN_ANALYZE_<FIELD>` variables and CLI flags override the defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from typing import Any

from testgen.errors import TestgenError


class AnalyzeConfigError(TestgenError):
    """A TESTGEN_ANALYZE_* setting has a value the analyzer cannot use."""


@dataclass(frozen=True)
class AnalyzeConfig:
    """How an analysis runs the test and how hard it looks for a fix."""

    step_timeout: float = 5.0  # seconds each step waits, as the runtime's default
    slow_wait: float = 20.0  # seconds to keep watching a failing step's page for a late target or text
    quick_wait: float = 1.5  # the same when nothing on the page says it is still busy
    max_fixes: int = 4  # candidate fixes verified by a full re-run, best first
    artifacts: str = "testgen-results/analyze"  # screenshots of the failing page and of the fixed run
    screenshots: bool = True  # take them (the HTML report shows them); off, an analysis is a little faster
    viewport: tuple[int, int] = (1280, 900)

    @classmethod
    def from_env(cls, **overrides: Any) -> AnalyzeConfig:
        """Defaults, then TESTGEN_ANALYZE_* variables, then explicit overrides (None means not given)."""
        config = cls()
        for spec in fields(cls):
            raw = os.environ.get(f"TESTGEN_ANALYZE_{spec.name.upper()}")
            if raw is None or spec.name == "viewport":
                continue
            kind = type(getattr(config, spec.name))
            try:
                value = raw.lower() in ("1", "true", "yes") if kind is bool else kind(raw)
            except ValueError:
                raise AnalyzeConfigError(
                    f"TESTGEN_ANALYZE_{spec.name.upper()}={raw!r} is not a {kind.__name__}"
                ) from None
            config = replace(config, **{spec.name: value})
        return replace(config, **{k: v for k, v in overrides.items() if v is not None})
