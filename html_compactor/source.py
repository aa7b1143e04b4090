"""Turn what the caller has (str, bytes, a path, a gzipped file) into an lxml tree, never crashing.

Charset: a byte-order mark wins, then `<meta charset>` / `http-equiv` in the first 4 KB (labels read as
browsers read them: EUC-KR as windows-949, Shift_JIS as windows-31J), then UTF-8 if the bytes decode
cleanly, then a detector (`charset-normalizer`), then Windows-1252. Bytes that are not text (a binary file)
are refused with `NotHtmlError`. What a browser would still show is kept: content after a stray `</html>`
or `</body>`, and content nested deeper than libxml2's limit (flattened, as browsers flatten deep nesting).
What cannot be recovered (bytes undecodable in the chosen charset) is reported in the warnings list.
"""

from __future__ import annotations

import codecs
import gzip
import io
import os
import re
from pathlib import Path

from lxml import etree

from html_compactor.errors import CompactionError, NotHtmlError

BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
# Control characters other than tab, newline and carriage return cannot live in an lxml tree.
CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
PARSER = etree.HTMLParser(
    huge_tree=True, remove_comments=True, remove_pis=True, recover=True, no_network=True, encoding="utf-8"
)
# Labels browsers read as a wider charset than Python's codec of the same name (WHATWG Encoding Standard).
BROWSER_CHARSETS = {
    "latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254", "tis-620": "cp874",
    "euc_kr": "cp949", "shift_jis": "cp932", "gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs",
}
# Multi-byte charsets a detector may name; any other guess is a one-byte charset.
MULTI_BYTE = frozenset(["cp932", "cp949", "euc_jp", "gb18030", "gb2312", "gbk", "big5", "big5hkscs",
                        "euc_kr", "shift_jis", "iso2022_jp", "iso2022_kr", "johab", "cp950", "hz", "utf_8"])
# A stray end tag of the document, which browsers ignore (content after it still shows).
DOCUMENT_END = re.compile(r"</(?:html|body)\s*>", re.I)
# Tokens for flattening deep nesting: comments and raw-text elements pass whole; tags are counted.
NESTING_TOKEN = re.compile(
    r"<!--.*?-->|<(script|style|textarea|title|xmp)\b[^>]*>.*?</\1\s*>|<(/?)([a-zA-Z][\w:-]*)[^>]*>",
    re.I | re.S,
)
VOID_TAGS = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()
)
MAX_DEPTH = 512  # the depth Chromium's parser flattens at; libxml2 gives up at 2048
# Past MAX_DEPTH these are unwrapped first; the elements a tester acts on or reads keep their tags.
WRAPPER_TAGS = frozenset("div span section article font center b i em strong small big u s".split())
BINARY_SAMPLE = 65536


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


def refuse_binary(data: bytes) -> None:
    """Raise NotHtmlError when the bytes are no text in any charset (control bytes are rare in pages)."""
    sample = data[:BINARY_SAMPLE]
    controls = sum(sample.count(bytes([b])) for b in (*range(9), 11, *range(14, 27), *range(28, 32)))
    if sample and controls > 0.02 * len(sample):
        raise NotHtmlError(
            f"the input is binary, not HTML ({controls / len(sample):.0%} of its first bytes are control "
            "characters); pass the page's HTML (a saved .html or .html.gz file)"
        )


def browser_charset(label: str) -> str | None:
    """The Python codec a browser would use for a charset label, or None for an unknown label."""
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return BROWSER_CHARSETS.get(name, name)


def detect_charset(data: bytes) -> str:
    """The charset of undeclared, non-UTF-8 bytes: the detector's guess for multi-byte text (CJK); for
    one-byte text, Windows-1252 unless most letters are non-ASCII (Cyrillic, Greek, …), as browsers guess."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 4 * BINARY_SAMPLE]).best()
    guess = browser_charset(best.encoding) if best is not None else None
    if guess in MULTI_BYTE:
        return guess
    western = data.decode("cp1252", errors="replace")
    letters = sum(1 for c in western if c.isalpha())
    foreign = sum(1 for c in western if c.isalpha() and not c.isascii())
    return guess if guess and foreign > 0.4 * max(letters, 1) else "cp1252"


def decode_html(data: bytes, warnings: list[str] | None = None) -> str:
    """Decode page bytes by BOM, declared charset, UTF-8, then a detector (never fails); a share of bytes
    undecodable in the chosen charset is noted in `warnings`."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    refuse_binary(data)
    declared = META_CHARSET.search(data[:4096])
    encoding = browser_charset(declared.group(1).decode("ascii")) if declared else None
    if encoding in ("utf-16-le", "utf-16-be", "utf-16", "utf-32"):
        encoding = None  # bytes that reached here without a BOM are not UTF-16
    if encoding is None:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            encoding = detect_charset(data)
    text = data.decode(encoding, errors="replace")
    lost = text.count("\ufffd")
    if lost and warnings is not None:
        warnings.append(f"{lost} byte sequences are not valid {encoding} and show as \ufffd")
    return text


def keep_after_document_end(text: str) -> str:
    """Drop stray `</html>` / `</body>` tags, so content after them stays, as a browser shows it."""
    return DOCUMENT_END.sub("", text) if "</" in text else text


def flatten_deep_nesting(text: str, limit: int = MAX_DEPTH, only: frozenset[str] | None = None) -> str:
    """Drop the tags (of `only`, default all) that would nest deeper than `limit`; their content stays."""
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # open elements: (tag, kept)
    depth, position = 0, 0
    for token in NESTING_TOKEN.finditer(text):
        if token.group(3) is None:
            continue  # a comment or a raw-text element: copied whole
        tag, closing = token.group(3).lower(), token.group(2) == "/"
        keep = True
        if closing:
            at = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][0] == tag), None)
            if at is not None:
                keep = stack[at][1]
                depth -= sum(kept for _, kept in stack[at:])
                del stack[at:]
        elif tag not in VOID_TAGS:
            keep = depth < limit or (only is not None and tag not in only)
            stack.append((tag, keep))
            depth += keep
        if not keep:
            out.append(text[position : token.start()])
            position = token.end()
    out.append(text[position:])
    return "".join(out)


def parse_html(source: str | bytes, warnings: list[str] | None = None) -> etree._Element:
    """Parse HTML into an lxml tree with an <html> root; raise CompactionError when nothing is parseable.
    What had to be repaired or could not be recovered is appended to `warnings`."""
    text = decode_html(source, warnings) if isinstance(source, bytes) else source
    text = keep_after_document_end(CONTROL_CHARS.sub(" ", text))
    if not text.strip():
        raise CompactionError("the page is empty; pass the page's HTML (did the download fail?)")
    root = parse_text(text)
    for only in (WRAPPER_TAGS, None):  # unwrap deep wrappers; if that is not enough, every deep tag
        if not too_deep():
            return root
        root = parse_text(flatten_deep_nesting(text, only=only))
        if warnings is not None and only is None:
            warnings.append(f"elements nested deeper than {MAX_DEPTH} levels were read as their text")
    return root


def too_deep() -> bool:
    """Whether the last parse stopped at libxml2's depth limit (the rest of the page would be lost)."""
    return any(error.type_name == "ERR_RESOURCE_LIMIT" for error in PARSER.error_log)


def parse_text(text: str) -> etree._Element:
    try:
        root = etree.fromstring(text.encode("utf-8", errors="replace"), PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as err:
        raise CompactionError(f"lxml could not parse the page ({err}); check that it is HTML") from None
    if root is None:
        raise CompactionError("the page has no HTML elements; check that it is HTML, not binary data")
    return root
