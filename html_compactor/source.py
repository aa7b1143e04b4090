"""Turn what the caller has (str, bytes, a path, a gzipped file) into an lxml tree, never crashing.

Charset: a byte-order mark wins, then `<meta charset>` / `http-equiv` in the first 4 KB, then UTF-8 if the
bytes decode cleanly, then Windows-1252 with undecodable bytes replaced (every byte sequence decodes).
"""

from __future__ import annotations

import codecs
import gzip
import io
import os
import re
from pathlib import Path

from lxml import etree

from html_compactor.errors import CompactionError

BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
# Control characters other than tab, newline and carriage return cannot live in an lxml tree.
CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
PARSER = etree.HTMLParser(
    huge_tree=True, remove_comments=True, remove_pis=True, recover=True, no_network=True, encoding="utf-8"
)


def read_source(source: str | bytes | os.PathLike, max_bytes: int) -> bytes | str:
    """Return the page's bytes (from a path, gunzipped if needed) or the str the caller passed."""
    if isinstance(source, os.PathLike) or (isinstance(source, str) and looks_like_path(source)):
        path = Path(source)
        if not path.is_file():
            raise CompactionError(f"{path} is not a file; pass HTML text, bytes or the path of a saved page")
        if path.stat().st_size > max_bytes:
            raise CompactionError(f"{path} is larger than {max_bytes} bytes; raise max_bytes or cut the page")
        source = path.read_bytes()
    if isinstance(source, bytes) and source[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(source)) as stream:
                source = stream.read(max_bytes + 1)
        except (OSError, EOFError) as err:
            raise CompactionError(
                f"the input looks gzipped but does not decompress ({err}); pass the page"
            ) from None
    if isinstance(source, bytes | str):
        if len(source) > max_bytes:
            raise CompactionError(
                f"the page is larger than {max_bytes} bytes; raise max_bytes or cut the page"
            )
        return source
    raise CompactionError(f"cannot compact a {type(source).__name__}; pass HTML as str, bytes or a file path")


def looks_like_path(text: str) -> bool:
    """A short one-line str with no '<' that names an existing file is a path, not HTML."""
    return len(text) < 4096 and "<" not in text and "\n" not in text and os.path.exists(text)


def decode_html(data: bytes) -> str:
    """Decode page bytes by BOM, declared charset, then UTF-8, then Windows-1252 (never fails)."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    declared = META_CHARSET.search(data[:4096])
    if declared:
        try:
            encoding = codecs.lookup(declared.group(1).decode("ascii")).name
        except LookupError:
            encoding = None
        if encoding and encoding not in ("utf-16-le", "utf-16-be", "utf-16", "utf-32"):
            if encoding in ("latin-1", "iso8859-1", "ascii"):
                encoding = "cp1252"  # browsers read these labels as Windows-1252
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse_html(source: str | bytes) -> etree._Element:
    """Parse HTML into an lxml tree with an <html> root; raise CompactionError when nothing is parseable."""
    text = decode_html(source) if isinstance(source, bytes) else source
    text = CONTROL_CHARS.sub(" ", text)
    if not text.strip():
        raise CompactionError("the page is empty; pass the page's HTML (did the download fail?)")
    try:
        root = etree.fromstring(text.encode("utf-8", errors="replace"), PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as err:
        raise CompactionError(f"lxml could not parse the page ({err}); check that it is HTML") from None
    if root is None:
        raise CompactionError("the page has no HTML elements; check that it is HTML, not binary data")
    return root
