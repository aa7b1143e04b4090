"""Pages that never answer or never stop: every browser call is bounded, and the answer names the cause."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from testgen.cli import main
from testgen.errors import PageHung
from testgen.generate.live import GenerateConfig, generate_live
from testgen.generate.planner import PageView, Proposal
from testgen.step import Step

pytestmark = pytest.mark.browser
SPIN = "data:text/html," + urllib.parse.quote('<button onclick="while (true) {}">Spin</button><p>Done</p>')


class ClickThenCheck:
    """Clicks Spin, then checks Done: what a planner does on a page whose button never returns."""

    def __init__(self, task: str) -> None:
        self.task = task

    def propose(self, page: PageView, history: list[Step]) -> list[Proposal]:
        if not history:
            return [Proposal(Step("click", "Spin"), 0.0), Proposal(Step("see", "Done"), -1.0)]
        return [Proposal(Step("see", "Done"), 0.0), Proposal(None, -1.0)]


def test_a_button_that_loops_forever_ends_generation_with_the_cause(testgen_browser):
    config = GenerateConfig(step_timeout=5.0, page_timeout=5.0)
    started = time.perf_counter()
    with pytest.raises(PageHung, match=r"kept the page busy for more than 5 s while"):
        generate_live("Click Spin and see Done", SPIN, ClickThenCheck, config, browser=testgen_browser)
    assert time.perf_counter() - started < 90


def compact_json(capsys, url: str) -> tuple[int, dict, float]:
    started = time.perf_counter()
    code = main(["compact", url, "--json", "--timeout", "3"])
    return code, json.loads(capsys.readouterr().out), time.perf_counter() - started


def test_compact_when_nothing_listens(capsys):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code, answer, _ = compact_json(capsys, f"http://127.0.0.1:{port}/")
    assert code == 2
    assert answer["error"]["type"] == "UrlUnreachable"
    assert "ERR_CONNECTION_REFUSED" in answer["error"]["message"]


def test_compact_when_the_host_never_answers(capsys):
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)  # accepts connections, never says a word
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/"
        code, answer, seconds = compact_json(capsys, url)
    assert code == 2
    assert answer["error"] == {
        "type": "UrlUnreachable",
        "message": f"{url} did not answer within 3 s; check the URL and that the site is running",
    }
    assert seconds < 60


class LoopOnLoad(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the handler API's name
        body = b"<button>Go</button><script>while (true) {}</script><p>never</p>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def test_compact_when_a_script_loops_on_load(capsys):
    server = ThreadingHTTPServer(("127.0.0.1", 0), LoopOnLoad)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        code, answer, seconds = compact_json(capsys, f"http://127.0.0.1:{server.server_port}/")
    finally:
        server.shutdown()
    assert code == 2
    assert answer["error"]["type"] == "PageHung"
    assert "kept the page busy for more than 3 s while testgen read the page" in answer["error"]["message"]
    assert seconds < 60
