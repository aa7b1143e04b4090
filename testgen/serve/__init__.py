"""`testgen serve`: generation, runs and analysis over HTTP (FastAPI, Server-Sent Events) with a web page."""

from testgen.serve.app import create_app
from testgen.serve.config import ServeConfig, ServeConfigError

__all__ = ["ServeConfig", "ServeConfigError", "create_app"]
