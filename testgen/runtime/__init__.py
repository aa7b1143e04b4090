"""The runtime: the `I` object, target resolution over the page model, auto-wait, typed errors, trace."""

from testgen.runtime.actor import Actor
from testgen.runtime.config import RuntimeConfig, RuntimeConfigError
from testgen.runtime.errors import (
    AssertionFailed,
    BadValue,
    NavigationFailed,
    StateUnchanged,
    StepFailed,
    StepTimeout,
    TargetNotFound,
    TextOnlyMatch,
    UnknownVerb,
)
from testgen.runtime.resolve import Resolution, resolve_target
from testgen.runtime.trace import StepResult

I = Actor()  # noqa: E741 - the test language's name for the tester

__all__ = [
    "Actor", "AssertionFailed", "BadValue", "I", "NavigationFailed", "Resolution", "RuntimeConfig",
    "RuntimeConfigError", "StateUnchanged", "StepFailed", "StepResult", "StepTimeout", "TargetNotFound",
    "TextOnlyMatch", "UnknownVerb",
    "resolve_target",
]
