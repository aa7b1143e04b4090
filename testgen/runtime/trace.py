"""What each step did: the trace the pytest plugin writes out and the analyzer reads."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass
class StepResult:
    """One executed step: what was asked, which element answered, how long it took and how it ended."""

    verb: str
    args: list[str]
    line: str  # the step as written in the test language
    resolved: dict[str, str] | None  # {"role", "name", "frame"} of the element acted on, if any
    ms: float
    outcome: str  # "passed" or "failed"
    error: str | None = None
    screenshot: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
