"""Stage 1: a page in any form (bytes, str, lxml tree, BeautifulSoup, HTTP response) → decoded lxml tree."""
from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass
from typing import Any

from lxml import etree, html

__all__ = ["PageError", "Limits", "DEFAULT_LIMITS", "decode", "parse", "page_url"]

logger = logging.getLogger(__name__)


class PageError(ValueError):
    """A page that cannot be classified: not HTML, too large, too deep. The message says why."""


@dataclass(frozen=True)
class Limits:
    """Bounds that keep one hostile page from stalling or exhausting a batch run.

    ``max_bytes``: largest page accepted (bytes after decoding to UTF-8). ``max_elements``: elements in the
    parsed tree. ``max_depth``: deepest element nesting kept (deeper subtrees are flattened into their
    ancestor's text). ``max_block_chars``: characters of one block's text kept for the models.
    """

    max_bytes: int = 50_000_000
    max_elements: int = 500_000
    max_depth: int = 400
    max_block_chars: int = 100_000


DEFAULT_LIMITS = Limits()

_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


_MAGIC = ((b"\x89PNG", "a PNG image"), (b"%PDF", "a PDF document"), (b"\x1f\x8b", "gzip data"),
          (b"GIF8", "a GIF image"), (b"\xff\xd8\xff", "a JPEG image"), (b"PK\x03\x04", "a ZIP archive"),
          (b"RIFF", "a RIFF (WebP/WAV) file"), (b"\x00\x00\x01\x00", "an icon"), (b"OggS", "an Ogg file"),
          (b"\x7fELF", "an executable"), (b"BZh", "bzip2 data"), (b"\xfd7zXZ", "xz data"))


def _sniff(data: bytes) -> str | None:
    """Refuse binary content with a reason; return "utf-16-le"/"utf-16-be" for UTF-16 without a BOM."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise PageError(f"binary content ({kind}), not HTML")
    head = data[:4096]
    if b"\x00" not in head:
        return None
    quarter = len(head) // 4
    if head[1::2].count(0) > quarter and head[0::2].count(0) < quarter // 4:
        return "utf-16-le"
    if head[0::2].count(0) > quarter and head[1::2].count(0) < quarter // 4:
        return "utf-16-be"
    if head.count(0) > len(head) // 10:
        raise PageError("binary content (many NUL bytes), not HTML")
    return None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode page bytes to text.

    Order: a byte-order mark; UTF-16 recognised by its NUL bytes (binary content raises :class:`PageError`);
    the charset the transport declared (``declared``, e.g. from an HTTP header);
    UTF-8 where the bytes are valid UTF-8 (pages that declare a legacy charset but are UTF-8 are common);
    the ``<meta charset>`` of the page; a detector (bs4's ``UnicodeDammit``); windows-1252 with replacement.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc, "replace")
    wide = _sniff(data)
    if wide:
        return data.decode(wide, "replace")
    enc = _codec(declared)
    if enc:
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            logger.debug("declared charset %s does not fit the bytes", enc)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    match = _CHARSET_RE.search(data[:4096])
    enc = _codec(match.group(1).decode("ascii", "replace")) if match else None
    if enc and enc not in ("utf-8", "utf-16-le", "utf-16-be", "utf-16", "utf-32"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            logger.debug("meta charset %s does not fit the bytes", enc)
    from bs4.dammit import UnicodeDammit

    guess = UnicodeDammit(data[:200_000], is_html=True).original_encoding
    if guess and guess not in ("ascii", "utf-8"):
        try:
            return data.decode(guess)
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("windows-1252", "replace")


def _response_parts(page: Any) -> tuple[Any, str | None, str | None] | None:
    """(body, declared encoding, url) of a Scrapy/requests/httpx-like response object, or None."""
    body = None
    for attr in ("body", "content"):
        value = getattr(page, attr, None)
        if isinstance(value, (bytes, bytearray)):
            body = bytes(value)
            break
    if body is None:
        return None
    encoding = getattr(page, "encoding", None)
    url = getattr(page, "url", None)
    return body, encoding if isinstance(encoding, str) else None, str(url) if url is not None else None


def page_url(page: Any) -> str | None:
    """The URL a response-like object carries, if any."""
    parts = _response_parts(page)
    return parts[2] if parts else None


def _parser() -> etree.HTMLParser:
    # A new parser per call: lxml parsers are not thread-safe to share.
    return html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True,
                           default_doctype=False)


def parse(page: Any, *, encoding: str | None = None, limits: Limits = DEFAULT_LIMITS) -> etree._Element:
    """Parse a page into an lxml HTML root element.

    ``page`` may be bytes (decoded by :func:`decode`, ``encoding`` is the transport's declared charset), str,
    an lxml element or element tree (used as is), a BeautifulSoup object, or a response object with
    ``.body``/``.content`` bytes and ``.encoding`` (Scrapy, requests, httpx). Raises :class:`PageError`
    for input that is not a page, and ``TypeError`` for objects of another kind.
    """
    if isinstance(page, etree._ElementTree):
        page = page.getroot()
    if isinstance(page, etree._Element):
        return page
    if type(page).__name__ == "BeautifulSoup" or hasattr(page, "decode_contents"):
        page = str(page)
    elif not isinstance(page, (bytes, bytearray, str)):
        parts = _response_parts(page)
        if parts is None:
            raise TypeError(f"cannot read a page from {type(page).__name__}: give bytes, str, an lxml tree, "
                            "a BeautifulSoup object or a response with .body/.content")
        page, declared, _ = parts
        encoding = encoding or declared
    if isinstance(page, (bytes, bytearray)):
        if len(page) > limits.max_bytes:
            raise PageError(f"page is {len(page):,} bytes, over the limit of {limits.max_bytes:,}")
        text = decode(bytes(page), encoding)
    else:
        text = page
    if "\x00" in text:
        text = text.replace("\x00", "")
    data = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace").encode("utf-8")
    if len(data) > limits.max_bytes:
        raise PageError(f"page is {len(data):,} bytes, over the limit of {limits.max_bytes:,}")
    if not data.strip():
        raise PageError("page is empty")
    try:
        root = etree.fromstring(data, _parser())
    except etree.ParserError as exc:
        raise PageError(f"not parseable as HTML: {exc}") from None
    if root is None:
        raise PageError("page has no HTML content")
    return root
