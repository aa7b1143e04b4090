"""A file server for `examples/sites/` (each folder at `/<folder>/`), plus the shop's server-rendered pages.

Standard library only: `ThreadingHTTPServer` so a browser's parallel requests never queue behind each other.
"""

from __future__ import annotations

import html
import mimetypes
import os
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from testgen.errors import TestgenError
from testgen.examples import shop
from testgen.examples.sites import Site, find_sites_dir, list_sites

SITE_LIST_SLOT = "<!-- sites -->"
TEXT_TYPES = ("text/", "application/json", "application/javascript", "image/svg+xml")
CONTENT_TYPES = {
    ".html": "text/html",
    ".css": "text/css",
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".webp": "image/webp",
    ".ico": "image/x-icon",
    ".txt": "text/plain",
    ".woff2": "font/woff2",
}
# Sites that need a server for some pages; every other site is plain static files.
DYNAMIC_PAGES = {"shop": shop.render}


class ServerStartError(TestgenError):
    """The example-site server could not listen on the requested address."""


@dataclass
class ServerConfig:
    """Where the example-site server listens and what it serves; `TESTGEN_SITES_*` env vars override these."""

    host: str = "127.0.0.1"
    port: int = 8765
    sites_dir: Path | None = None
    quiet: bool = True

    @classmethod
    def from_env(cls) -> ServerConfig:
        config = cls()
        config.host = os.environ.get("TESTGEN_SITES_HOST", config.host)
        config.port = int(os.environ.get("TESTGEN_SITES_PORT", config.port))
        if os.environ.get("TESTGEN_SITES_DIR"):
            config.sites_dir = Path(os.environ["TESTGEN_SITES_DIR"])
        return config


@dataclass
class RunningServer:
    """A server running on a background thread; `url` is its base (`http://127.0.0.1:PORT`)."""

    url: str
    sites: list[Site]
    _httpd: ThreadingHTTPServer = field(repr=False)
    _thread: threading.Thread = field(repr=False)

    def site_url(self, name: str) -> str:
        return f"{self.url}/{name}/"

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> RunningServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


class _SitesHTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], sites_dir: Path, quiet: bool):
        self.sites_dir = sites_dir
        self.quiet = quiet
        super().__init__(address, _SiteRequestHandler)

    def handle_error(self, request: object, client_address: tuple[str, int]) -> None:
        # A browser that closes a page mid-response is routine, not a server fault worth a traceback.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class _SiteRequestHandler(BaseHTTPRequestHandler):
    server: _SitesHTTPServer
    server_version = "testgen-examples"

    def do_GET(self) -> None:
        self._respond(with_body=True)

    def do_HEAD(self) -> None:
        self._respond(with_body=False)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the base class's name)
        if not self.server.quiet:
            super().log_message(format, *args)

    def _respond(self, with_body: bool) -> None:
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
        sites = {site.name: site for site in list_sites(self.server.sites_dir)}
        if path in ("/", "/index.html"):
            listing = _render_site_list(self.server.sites_dir, sites.values())
            return self._send(HTTPStatus.OK, listing, ".html", with_body)
        name, _, rest = path.lstrip("/").partition("/")
        site = sites.get(name)
        if site is None:
            return self._not_found(with_body)
        if path == f"/{name}":
            return self._redirect(f"/{name}/" + (f"?{parts.query}" if parts.query else ""))
        render = DYNAMIC_PAGES.get(name)
        page = render(site.path, "/" + rest, query) if render else None
        if page is not None:
            return self._send(page.status, page.html.encode(), ".html", with_body)
        file = _static_file(site, rest)
        if file is None:
            return self._not_found(with_body)
        if file.is_dir():
            return self._redirect(path + "/")
        self._send(HTTPStatus.OK, file.read_bytes(), file.suffix, with_body)

    def _send(self, status: int, body: bytes, suffix: str, with_body: bool) -> None:
        content_type = CONTENT_TYPES.get(suffix) or mimetypes.guess_type(f"x{suffix}")[0]
        content_type = content_type or "application/octet-stream"
        if content_type.startswith(TEXT_TYPES):
            content_type += "; charset=utf-8"
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(HTTPStatus.MOVED_PERMANENTLY)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _not_found(self, with_body: bool) -> None:
        body = (
            '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head>'
            f"<body><h1>Not found</h1><p>Nothing at {html.escape(self.path)}.</p>"
            '<p><a href="/">All example sites</a></p></body></html>'
        )
        self._send(HTTPStatus.NOT_FOUND, body.encode(), ".html", with_body)


def _static_file(site: Site, rest: str) -> Path | None:
    """The file (or folder) a path names in a site; hidden (`.x`) and private (`_x`) names are never served.

    Tries the path itself, then `<path>.html`, then `<path>/index.html`; in a site marked `.spa`,
    an unknown page path (no extension, or `.html`) falls back to the site's `index.html`.
    """
    segments = [s for s in rest.split("/") if s]
    if any(s.startswith((".", "_")) for s in segments):
        return None
    root = site.path.resolve()
    candidate = root.joinpath(*segments).resolve()
    if not candidate.is_relative_to(root):
        return None
    if candidate.is_dir():
        index = candidate / "index.html"
        if index.is_file():
            return index if rest.endswith("/") or not segments else candidate
    elif candidate.is_file():
        return candidate
    elif candidate.with_name(candidate.name + ".html").is_file():
        return candidate.with_name(candidate.name + ".html")
    if site.spa and Path(rest).suffix in ("", ".html"):
        return root / "index.html"
    return None


def _render_site_list(sites_dir: Path, sites: Iterable[Site]) -> bytes:
    """The `/` page: `examples/sites/index.html` with one link per site where it says `<!-- sites -->`."""
    items = "\n".join(
        f'      <li><a href="{site.url_path}">{html.escape(site.title)}</a> <code>{site.url_path}</code></li>'
        for site in sites
    )
    template_path = sites_dir / "index.html"
    template = (
        template_path.read_text(encoding="utf-8")
        if template_path.is_file()
        else f"<!doctype html><title>Example sites</title><h1>Example sites</h1><ul>{SITE_LIST_SLOT}</ul>"
    )
    return template.replace(SITE_LIST_SLOT, items).encode()


def start_server(
    port: int = 0, *, host: str = "127.0.0.1", sites_dir: str | Path | None = None, quiet: bool = True
) -> RunningServer:
    """Serve the example sites on a background thread; `port=0` picks a free port (see `.url`)."""
    root = find_sites_dir(sites_dir)
    try:
        httpd = _SitesHTTPServer((host, port), root, quiet)
    except OSError as err:
        raise ServerStartError(
            f"cannot listen on {host}:{port} ({err.strerror}); pick another port with --port N "
            "or TESTGEN_SITES_PORT, or stop the program using it"
        ) from err
    thread = threading.Thread(target=httpd.serve_forever, name="testgen-examples", daemon=True)
    thread.start()
    bound_host, bound_port = httpd.server_address[:2]
    return RunningServer(f"http://{bound_host}:{bound_port}", list_sites(root), httpd, thread)
