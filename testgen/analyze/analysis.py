"""The outcome of one analysis: the verdict, the cause, the failing line, verified fixes and the patch."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

STATUSES = ("passes", "fixed", "behaviour_changed", "unknown")


@dataclass
class Fix:
    """A proposed change of the test and whether re-running the whole test with it passed."""

    source: str  # the line(s) that replace the failing line, as written in the test
    verified: bool
    reason: str = ""
    changes_assertion: bool = False
    score: float = 0.0
    screenshot: str | None = None  # where the re-run with this fix ended

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "verified": self.verified,
            "reason": self.reason,
            "changes_assertion": self.changes_assertion,
            "score": round(self.score, 3),
        }


@dataclass
class StepOutcome:
    """One step of the test as the failing run saw it."""

    line: int
    source: str
    outcome: str  # "passed", "failed" or "not run"


@dataclass
class Analysis:
    """Everything `testgen analyze` reports; `to_json()` is the --json shape."""

    test: str
    status: str
    failing_step: dict[str, Any] | None = None  # {"line", "source"}: the line to change
    failed_at: dict[str, Any] | None = None  # {"line", "source", "error"}: where the run stopped
    cause: str | None = None
    explanation: str = ""
    confidence: float = 0.0
    fixes: list[Fix] = field(default_factory=list)
    patch: str = ""
    patched_source: str = ""
    outline_diff: str = ""
    steps: list[StepOutcome] = field(default_factory=list)
    screenshots: dict[str, str | None] = field(default_factory=dict)  # "before" (failing), "after" (fixed)
    seconds: float = 0.0
    baseline: list[dict] | None = None  # the passing run's page at each step, for the next analysis

    @property
    def proposed(self) -> Fix | None:
        """The first verified fix, if any."""
        return next((fix for fix in self.fixes if fix.verified), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "test": self.test,
            "status": self.status,
            "failing_step": self.failing_step,
            "failed_at": self.failed_at,
            "cause": self.cause,
            "explanation": self.explanation,
            "confidence": round(self.confidence, 2),
            "fixes": [fix.to_json() for fix in self.fixes],
            "patch": self.patch,
            "outline_diff": self.outline_diff,
            "screenshots": self.screenshots,
            "seconds": round(self.seconds, 2),
        }

    def summary(self) -> str:
        """For the terminal: the cause in one sentence, the failing line, the proposed line, confidence."""
        if self.status == "passes":
            return f"{self.test} passes; nothing to analyze."
        lines = [f"{self.test}: {self.status.replace('_', ' ')} — {self.cause}: {self.explanation}"]
        if self.failing_step:
            lines.append(f"  line {self.failing_step['line']}: {self.failing_step['source']}")
        fix = self.proposed
        if fix is not None:
            lines.append(f"  proposed: {fix.source}")
        lines.append(f"  confidence {self.confidence:.0%}")
        return "\n".join(lines)
