"""Fixtures for the plugin tests: a tiny site served from a temp dir; running commands on test files."""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from testgen.browser import find_browser
from testgen.errors import BrowserNotFound

LOGIN_PAGE = """<!doctype html>
<html><head><title>Log in</title></head><body>
<h1>Welcome back</h1>
<form onsubmit="event.preventDefault(); document.querySelector('#status').textContent = 'Signed in as ' +
  document.querySelector('#user').value;">
  <label for="user">Username</label> <input id="user">
  <button type="submit">Log in</button>
</form>
<p id="status"></p>
</body></html>
"""


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`http://127.0.0.1:PORT` serving `/login.html`, a one-field form that greets the user it signs in."""
    root = tmp_path_factory.mktemp("site")
    (root / "login.html").write_text(LOGIN_PAGE)
    handler = functools.partial(QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser_path() -> str:
    """The browser the plugin will launch; tests that need one skip when the machine has none."""
    try:
        return find_browser().path
    except BrowserNotFound as err:
        pytest.skip(f"no browser on this machine: {err}")


@pytest.fixture
def run_python(tmp_path: Path) -> Callable[..., subprocess.CompletedProcess]:
    """Run `python ARGS` in this test's temp dir with this interpreter; text output; never past 120 s."""

    def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        full_env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "TESTGEN_"))}
        full_env.update(env or {})
        return subprocess.run([sys.executable, *args], cwd=tmp_path, env=full_env, capture_output=True,
                              text=True, timeout=120)

    return run
