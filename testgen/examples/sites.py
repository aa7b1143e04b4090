"""Finding `examples/sites/` and describing the sites in it (one folder per site)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import testgen
from testgen.errors import TestgenError

SPA_MARKER = ".spa"
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


class SitesDirMissing(TestgenError):
    """The folder holding the example sites does not exist."""


@dataclass(frozen=True)
class Site:
    """One example site: a folder served at `/<name>/`."""

    name: str
    title: str
    path: Path
    spa: bool

    @property
    def url_path(self) -> str:
        return f"/{self.name}/"


def default_sites_dir() -> Path:
    """`examples/sites/` beside the package in a source checkout."""
    return Path(testgen.__file__).resolve().parents[1] / "examples" / "sites"


def find_sites_dir(sites_dir: str | Path | None = None) -> Path:
    """The sites folder: the argument, else `TESTGEN_SITES_DIR`, else the checkout's `examples/sites/`."""
    chosen = sites_dir or os.environ.get("TESTGEN_SITES_DIR") or default_sites_dir()
    path = Path(chosen).expanduser().resolve()
    if not path.is_dir():
        raise SitesDirMissing(
            f"example sites folder not found: {path}. Run from a source checkout of testgen "
            "(it holds examples/sites/), or point TESTGEN_SITES_DIR (or --sites-dir) at that folder."
        )
    return path


def list_sites(sites_dir: Path) -> list[Site]:
    """Every folder of `sites_dir` holding an `index.html`, sorted by name."""
    sites = []
    for folder in sorted(p for p in sites_dir.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
        index = folder / "index.html"
        if not index.is_file():
            continue
        match = _TITLE.search(index.read_text(encoding="utf-8", errors="replace"))
        title = " ".join(match.group(1).split()) if match else folder.name
        sites.append(Site(folder.name, title, folder, (folder / SPA_MARKER).exists()))
    return sites
