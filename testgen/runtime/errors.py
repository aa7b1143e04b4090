"""Why a step failed. Every message names the step, the test line that ran it, and what to do."""

from __future__ import annotations

from testgen.errors import TestgenError


class StepFailed(TestgenError):
    """A step of a test could not be carried out."""

    def __init__(self, message: str, screenshot: str | None = None) -> None:
        super().__init__(message)
        self.screenshot = screenshot


class TargetNotFound(StepFailed):
    """No element on the page answers to the step's words."""


class TextOnlyMatch(TargetNotFound):
    """A click's words match only text (a heading, a paragraph) while an interactive element reads like them:
    clicking the text would silently do nothing, so the step names both instead."""


class AssertionFailed(StepFailed, AssertionError):
    """A `see...` check did not hold (an AssertionError, so pytest reports a failure, not an error)."""


class StepTimeout(StepFailed):
    """The target was found but never became usable (hidden, disabled, covered) in time."""


class StateUnchanged(StepFailed):
    """A check or uncheck clicked its element, which stayed on the page in the state it had."""


class BadValue(StepFailed):
    """A step's value cannot be given to its element: out of a slider's range, or not a number."""


class NavigationFailed(StepFailed):
    """A URL could not be opened."""


class UnknownVerb(TestgenError, AttributeError):
    """A test called a verb `I` does not have (a misspelling, usually)."""
