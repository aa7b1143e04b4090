"""Fixtures for the server tests: the app in this process (TestClient), the app on a real socket (uvicorn
in a thread, port 0), and a site whose second page answers slowly."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
import uvicorn
from fastapi.testclient import TestClient

from testgen.serve import ServeConfig, create_app

WIDGETS_TASK = 'Click the Yearly tab and check that "$120 per year" is shown'
SLOW_SECONDS = 4.0  # how long the slow site's second page takes to answer
SLOW_START = """<!doctype html><html><head><title>Start</title></head><body>
<h1>Start here</h1><a href="/next">Next page</a></body></html>"""
SLOW_NEXT = """<!doctype html><html><head><title>Next</title></head><body><h1>Arrived</h1></body></html>"""


@contextmanager
def serving(config: ServeConfig) -> Iterator[str]:
    """The app on a real loopback socket (uvicorn in a thread); yields its base URL."""
    server = uvicorn.Server(uvicorn.Config(create_app(config), host="127.0.0.1", port=0, log_config=None,
                                           access_log=False))
    sock = server.config.bind_socket()
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(60)


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    """The app with default settings, in this process."""
    with TestClient(create_app(ServeConfig())) as test_client:
        yield test_client


@pytest.fixture
def make_client(tmp_path) -> Callable[..., TestClient]:
    """A TestClient for the app with some settings changed (closed at the end of the test)."""
    opened: list[TestClient] = []

    def make(**settings) -> TestClient:
        test_client = TestClient(create_app(ServeConfig(**settings)))
        test_client.__enter__()
        opened.append(test_client)
        return test_client

    yield make
    for test_client in opened:
        test_client.__exit__(None, None, None)


class SlowSite(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        """The headers at once (so a click's navigation commits), the slow page's body only later."""
        slow = self.path.startswith("/next")
        body = (SLOW_NEXT if slow else SLOW_START).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.flush()
        if slow:
            time.sleep(SLOW_SECONDS)
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def slow_site() -> Iterator[str]:
    """`http://127.0.0.1:PORT/start.html`: a page whose "Next page" link takes SLOW_SECONDS to answer."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), SlowSite)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/start.html"
    server.shutdown()
    server.server_close()
