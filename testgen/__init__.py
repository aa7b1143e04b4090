"""testgen: browser tests from plain English, with selectors a person reads on screen."""

__version__ = "0.1.0"


def __getattr__(name: str):
    """`from testgen import I` loads the runtime on first use, so `import testgen` stays cheap."""
    if name == "I":
        from testgen.runtime import I

        return I
    raise AttributeError(f"module 'testgen' has no attribute {name!r}")
