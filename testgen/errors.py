"""Typed errors shared across testgen; each message says what went wrong and how to fix it."""


class TestgenError(Exception):
    """Base of every error testgen raises on purpose."""

    __test__ = False  # not a pytest test class


class BrowserNotFound(TestgenError):
    """No Chromium to drive: the message lists what was searched and how to install or point to one."""


class UsageError(TestgenError):
    """A command line that does not parse: an unknown option, a missing argument, a bad value."""
