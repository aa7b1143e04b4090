"""testgen: browser tests from plain English, with selectors a person reads on screen."""

__version__ = "0.1.0"
