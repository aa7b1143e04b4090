"""Why a sentence could not become a test; each message says what to change."""

from __future__ import annotations

from testgen.errors import TestgenError


class GenerateError(TestgenError):
    """Generation could not produce a test that passes."""


class NothingToTest(GenerateError):
    """The sentence asks for nothing checkable, or the page offers nothing to act on."""


class PageUnreachable(GenerateError):
    """The start URL did not answer."""


class NoAssertion(GenerateError):
    """The steps found check nothing the sentence expects; a test without a check would always pass."""


class StepNotFound(GenerateError):
    """No candidate for the next step could be carried out on the page."""


class CheckDoesNotHold(GenerateError):
    """The page does not show what the sentence's check expects, so no honest test can pass."""


class ClauseNotRealized(GenerateError):
    """A clause of the sentence has no step that does it (or no check that checks it); the message names the
    clause, and `clause_map` holds which steps realize each clause."""

    def __init__(self, message: str, clause_map: object = None) -> None:
        super().__init__(message)
        self.clause_map = clause_map
