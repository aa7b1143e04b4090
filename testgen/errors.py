"""Typed errors shared across testgen; each message says what went wrong and how to fix it."""


class TestgenError(Exception):
    """Base of every error testgen raises on purpose."""

    __test__ = False  # not a pytest test class


class BrowserNotFound(TestgenError):
    """No Chromium to drive: the message lists what was searched and how to install or point to one."""


class UsageError(TestgenError):
    """A command line that does not parse: an unknown option, a missing argument, a bad value."""


class PageHung(TestgenError):
    """A page's own script kept the browser busy past the time allowed; the message names what was waiting."""


class UrlUnreachable(TestgenError):
    """A URL did not answer (nothing listens, the host never answers) or answered with an HTTP error."""
