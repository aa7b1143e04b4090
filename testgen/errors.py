"""Typed errors shared across testgen; each message says what went wrong and how to fix it."""


class TestgenError(Exception):
    """Base of every error testgen raises on purpose."""

    __test__ = False  # not a pytest test class
