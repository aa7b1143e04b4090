"""Find a Chromium to drive and launch it: `TESTGEN_BROWSER`, then Playwright's own, then the system's.

Order, first match wins:
1. `TESTGEN_BROWSER=/path/to/chrome` (must exist; a wrong path is an error, never silently skipped);
2. the Chromium that `python -m playwright install chromium` put in Playwright's registry;
3. a system browser on PATH: `chromium`, `chromium-browser`, `google-chrome`, `google-chrome-stable`,
   then the usual install locations on macOS and Windows.

`python -m testgen.browser [--quiet]` prints what was found (exit 0) or how to get one (exit 1).
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import contextlib
import json
import os
import platform
import shutil
import sys
import threading
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from testgen.errors import BrowserNotFound, PageHung, UrlUnreachable

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Playwright

BROWSER_ENV = "TESTGEN_BROWSER"
SYSTEM_BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
SYSTEM_BROWSER_PATHS = (
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    r"C:\Program Files\Google\Chrome\Application\chrome.exe",
    r"C:\Program Files (x86)\Google\Chrome\Application\chrome.exe",
)
# Flags that let a distribution's Chromium run in containers and CI without phoning home.
SYSTEM_BROWSER_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
# Where Playwright unpacks its Chromium inside `chromium-<revision>/`, per host platform.
PLAYWRIGHT_CHROMIUM_LAYOUT = {
    ("Linux", "x86_64"): ("chrome-linux64", "chrome"),
    ("Linux", "aarch64"): ("chrome-linux-arm64", "chrome"),
    ("Darwin", "x86_64"): ("chrome-mac-x64", "Google Chrome for Testing.app", "Contents", "MacOS",
                           "Google Chrome for Testing"),
    ("Darwin", "arm64"): ("chrome-mac-arm64", "Google Chrome for Testing.app", "Contents", "MacOS",
                          "Google Chrome for Testing"),
    ("Windows", "AMD64"): ("chrome-win64", "chrome.exe"),
}


@dataclass(frozen=True)
class BrowserInfo:
    """A browser executable and how it was found ("env", "playwright" or "system")."""

    path: str
    how: Literal["env", "playwright", "system"]


def open_url(page: Page, url: str, timeout: float = 15.0) -> None:
    """Open `url` in `page`: UrlUnreachable when nothing answers within `timeout` seconds or the answer is an
    HTTP error. A page that answers but never finishes loading (a script looping on load) is left as it
    stands; `PageWatch` bounds what is done with it next."""
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        response = page.goto(url, wait_until="commit", timeout=timeout * 1000)
    except PlaywrightTimeout:
        raise UrlUnreachable(f"{url} did not answer within {timeout:g} s; check the URL and that the site "
                             "is running") from None
    except PlaywrightError as err:
        cause = str(err).splitlines()[0].removeprefix("Page.goto: ")
        raise UrlUnreachable(f"{url} did not answer ({cause}); check the URL and that the site is running"
                             ) from None
    if response is not None and response.status >= 400:
        raise UrlUnreachable(f"{url} answered HTTP {response.status}; check the URL")
    with contextlib.suppress(PlaywrightError):
        page.wait_for_load_state("load", timeout=timeout * 1000)


class PageWatch:
    """Bounds every browser call on one page: a call still waiting after its deadline stops the page's running
    script (CDP `Runtime.terminateExecution`) and ends in `PageHung` naming what waited, so a button whose
    click loops forever, or a script that loops on load, can never hang the caller.

    Playwright's sync API cannot interrupt a call from another thread and `page.evaluate` takes no timeout,
    so a timer thread hands the stop to Playwright's own event loop, which runs while the call waits.
    Chromium only; created before any script of the page can hang (the session is opened up front).
    """

    def __init__(self, page: Page) -> None:
        self.page = page
        self.session = page.context.new_cdp_session(page)._impl_obj  # the async object behind the sync API

    def _stop_script(self, fired: threading.Event) -> None:
        fired.set()

        async def terminate() -> None:
            with contextlib.suppress(Exception):  # the page may be gone or idle by then: nothing to stop
                await self.session.send("Runtime.terminateExecution", None, 5000)

        self.session._loop.call_soon_threadsafe(lambda: asyncio.ensure_future(terminate()))

    @contextlib.contextmanager
    def deadline(self, seconds: float, doing: str) -> Iterator[None]:
        """Run the block's browser calls; past `seconds`, stop the page's script and raise PageHung."""
        fired = threading.Event()
        timer = threading.Timer(seconds, self._stop_script, (fired,))
        timer.daemon = True
        timer.start()
        try:
            yield
        except Exception as err:
            if fired.is_set():
                raise self._hung(seconds, doing) from err
            raise
        finally:
            timer.cancel()
        if fired.is_set():
            raise self._hung(seconds, doing)

    def _hung(self, seconds: float, doing: str) -> PageHung:
        return PageHung(
            f"a script on {self.page.url} kept the page busy for more than {seconds:g} s while {doing}; "
            "the page hangs (an endless loop in its JavaScript?): fix the page, or leave that step out"
        )


def playwright_registry_dir() -> Path:
    """The folder `playwright install` downloads into, by the same rules Playwright uses."""
    configured = os.environ.get("PLAYWRIGHT_BROWSERS_PATH")
    if configured == "0":
        import playwright

        return Path(playwright.__file__).parent / "driver" / "package" / ".local-browsers"
    if configured:
        return Path(configured).expanduser().resolve()
    system = platform.system()
    if system == "Darwin":
        return Path.home() / "Library" / "Caches" / "ms-playwright"
    if system == "Windows":
        return Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / "ms-playwright"
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "ms-playwright"


def playwright_chromium_revision() -> str | None:
    """The Chromium revision the installed Playwright expects, or None without Playwright."""
    try:
        import playwright
    except ImportError:
        return None
    browsers_json = Path(playwright.__file__).parent / "driver" / "package" / "browsers.json"
    try:
        browsers = json.loads(browsers_json.read_text())["browsers"]
    except (OSError, ValueError, KeyError):
        return None
    return next((b["revision"] for b in browsers if b.get("name") == "chromium"), None)


def find_playwright_chromium() -> Path | None:
    """Playwright's own Chromium for this Playwright version, if `playwright install` has run."""
    revision = playwright_chromium_revision()
    layout = PLAYWRIGHT_CHROMIUM_LAYOUT.get((platform.system(), platform.machine()))
    if revision is None or layout is None:
        return None
    executable = playwright_registry_dir() / f"chromium-{revision}" / Path(*layout)
    return executable if executable.is_file() else None


def find_system_chromium() -> Path | None:
    """A Chromium or Chrome on PATH, else at a usual install location."""
    for name in SYSTEM_BROWSER_NAMES:
        found = shutil.which(name)
        if found:
            return Path(found)
    return next((Path(p) for p in SYSTEM_BROWSER_PATHS if Path(p).is_file()), None)


def find_browser() -> BrowserInfo:
    """Return the browser testgen will drive; raise `BrowserNotFound` with the fix when there is none."""
    configured = os.environ.get(BROWSER_ENV)
    if configured:
        path = Path(configured).expanduser()
        if not path.is_file():
            raise BrowserNotFound(
                f"{BROWSER_ENV}={configured} does not exist or is not a file; "
                f"point it at a Chromium or Chrome executable, or unset it to search automatically"
            )
        return BrowserInfo(str(path), "env")
    own = find_playwright_chromium()
    if own is not None:
        return BrowserInfo(str(own), "playwright")
    system = find_system_chromium()
    if system is not None:
        return BrowserInfo(str(system), "system")
    raise BrowserNotFound(
        "no Chromium found (looked at $TESTGEN_BROWSER, Playwright's browsers in "
        f"{playwright_registry_dir()}, and {', '.join(SYSTEM_BROWSER_NAMES)} on PATH); fix it with one of: "
        "`apt-get install chromium`, `python -m playwright install chromium`, "
        "or `export TESTGEN_BROWSER=/path/to/chrome`"
    )


def launch_browser(playwright: Playwright, *, headed: bool = False, executable: str | None = None) -> Browser:
    """Launch Chromium through `playwright`: `executable` if given, else what `find_browser` picks."""
    if executable is not None:
        if not Path(executable).is_file():
            raise BrowserNotFound(
                f"browser executable {executable} does not exist; pass the path of a Chromium or Chrome "
                "executable, or leave it out to search automatically"
            )
        info = BrowserInfo(executable, "env")
    else:
        info = find_browser()
    args = [] if info.how == "playwright" else list(SYSTEM_BROWSER_ARGS)
    return playwright.chromium.launch(executable_path=info.path, headless=not headed, args=args)


_shared: dict[int, Playwright] = {}  # thread id -> that thread's started Playwright


def shared_playwright() -> Playwright:
    """The one started Playwright of the calling thread (the sync API allows only one per thread).

    The pytest plugin, the runtime's own launcher, the generator and the data builder all start browsers
    through it, so any of them can run in a thread where another already holds a browser; the server's
    browser thread gets its own beside the main thread's.
    """
    thread = threading.get_ident()
    if thread not in _shared:
        from playwright.sync_api import sync_playwright

        _shared[thread] = sync_playwright().start()
        if thread == threading.main_thread().ident:
            atexit.register(stop_shared_playwright)
    return _shared[thread]


def stop_shared_playwright() -> None:
    """Stop the calling thread's Playwright (and every browser it launched); safe to call twice."""
    playwright = _shared.pop(threading.get_ident(), None)
    if playwright is not None:
        playwright.stop()


def main(argv: list[str] | None = None) -> int:
    """Print the browser testgen would use, or the fix; exit 0 when one was found."""
    parser = argparse.ArgumentParser(
        prog="python -m testgen.browser",
        description="Show which browser testgen will drive, or how to install one.",
        epilog="example: python -m testgen.browser --json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--quiet", action="store_true", help="print nothing; only the exit code tells")
    parser.add_argument("--json", action="store_true", help="print a JSON object")
    args = parser.parse_args(argv)
    try:
        info = find_browser()
    except BrowserNotFound as err:
        if args.json:
            print(json.dumps({"found": False, "error": str(err)}))
        elif not args.quiet:
            print(f"error: {err}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({"found": True, **asdict(info)}))
    elif not args.quiet:
        print(f"browser: {info.path} (found via {info.how})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
