"""Stage 1: a page in any form (bytes, str, lxml tree, BeautifulSoup, HTTP response) → decoded lxml tree."""
from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass
from typing import Any

from lxml import etree

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
    ``max_seconds``: wall-clock time allowed for cutting one page into blocks, the stage whose cost depends on
    the page's shape (decoding and parsing are bounded by ``max_bytes``, the model stages by the number of
    blocks). Exceeding any limit raises :class:`PageError` with the reason, except ``max_depth`` and
    ``max_block_chars``, which truncate.
    """

    max_bytes: int = 50_000_000
    max_elements: int = 500_000
    max_depth: int = 400
    max_block_chars: int = 100_000
    max_seconds: float = 60.0


DEFAULT_LIMITS = Limits()

_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


_MAGIC = ((b"\x89PNG", "a PNG image"), (b"%PDF", "a PDF document"), (b"\x1f\x8b", "gzip data"),
          (b"GIF8", "a GIF image"), (b"\xff\xd8\xff", "a JPEG image"), (b"PK\x03\x04", "a ZIP archive"),
          (b"RIFF", "a RIFF (WebP/WAV) file"), (b"\x00\x00\x01\x00", "an icon"), (b"OggS", "an Ogg file"),
          (b"\x7fELF", "an executable"), (b"BZh", "bzip2 data"), (b"\xfd7zXZ", "xz data"))


_DETECT_BYTES = 256_000


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


# Encodings by how common they are on the web: the tie-break between encodings that read the bytes equally well
# (short Latin text reads the same in windows-1252, windows-1250 and ISO-8859-10, say).
_WEB_ORDER = tuple(codecs.lookup(name).name for name in (
    "cp1252", "cp1251", "shift_jis", "cp932", "gb18030", "gbk", "euc_kr", "cp949", "cp1250", "iso8859_2", "big5",
    "euc_jp", "cp1256", "iso8859_7", "cp1253", "cp1254", "iso8859_9", "cp874", "cp1255", "iso8859_8", "koi8_r",
    "koi8_u", "cp1257", "iso8859_15", "latin_1", "iso8859_5", "cp1258"))
_WEB_RANK = {enc: i for i, enc in enumerate(_WEB_ORDER)}


def _detect(data: bytes, meta: str | None) -> str | None:
    """The encoding that reads legacy (non-UTF-8) bytes best: among charset-normalizer's least messy readings,
    the declared meta charset if it is one of them, else the one most common on the web."""
    from charset_normalizer import from_bytes

    if len(data) > _DETECT_BYTES:
        # Cut before a "<": that byte is never inside a multi-byte character of the legacy CJK encodings.
        data = data[: max(data.rfind(b"<", 0, _DETECT_BYTES), _DETECT_BYTES // 2)]
    matches = list(from_bytes(data))
    if not matches:
        return None
    least = min(m.chaos for m in matches)
    best = [enc for enc in (_codec(m.encoding) for m in matches if m.chaos <= least + 0.01) if enc]
    if not best:
        return None
    if meta in best:
        return meta
    enc = min(best, key=lambda e: _WEB_RANK.get(e, len(_WEB_RANK)))
    logger.debug("detected charset %s among %s", enc, best)
    return enc


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode page bytes to text.

    Order: a byte-order mark; UTF-16 recognised by its NUL bytes (binary content raises :class:`PageError`);
    the charset the transport declared (``declared``, e.g. from an HTTP header);
    UTF-8 where the bytes are valid UTF-8 (pages that declare a legacy charset but are UTF-8 are common);
    then charset-normalizer, which tries the page's ``<meta charset>`` first and keeps it only when the text it
    gives is plausible (so a meta tag that lies is overruled); the meta charset; windows-1252 with replacement.
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
    meta = _codec(match.group(1).decode("ascii", "replace")) if match else None
    guess = _detect(data, meta)
    if guess:
        return data.decode(guess, "replace")
    if meta and meta not in ("utf-8", "utf-16-le", "utf-16-be", "utf-16", "utf-32"):
        try:
            return data.decode(meta)
        except UnicodeDecodeError:
            logger.debug("meta charset %s does not fit the bytes", meta)
    return data.decode("windows-1252", "replace")


def _plain_utf8(data: bytes, declared: str | None) -> bytes | None:
    """``data`` itself when :func:`decode` would read it as UTF-8 and it needs no cleaning (no byte-order mark, no
    NUL): then decoding and encoding again would give the same bytes back. None otherwise."""
    if data.startswith(tuple(bom for bom, _ in _BOMS)) or _sniff(data) or b"\x00" in data:
        return None
    enc = _codec(declared)
    if enc and enc != "utf-8":
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return data


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
    return etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True,
                           default_doctype=False)


def parse(page: Any, *, encoding: str | None = None, limits: Limits = DEFAULT_LIMITS) -> etree._Element:
    """Parse a page into the root of an ``lxml.etree`` HTML tree (plain elements: ``lxml.html``'s element classes
    cost a Python call per element visited; ``"".join(el.itertext())`` gives an element's text).

    ``page`` may be bytes (decoded by :func:`decode`, ``encoding`` is the transport's declared charset), str,
    an lxml element or element tree (used as is), a parsel ``Selector`` (its lxml root, used as is), a
    BeautifulSoup object, or a response object with
    ``.body``/``.content`` bytes and ``.encoding`` (Scrapy, requests, httpx). Raises :class:`PageError`
    for input that is not a page, and ``TypeError`` for objects of another kind.
    """
    if isinstance(page, etree._ElementTree):
        page = page.getroot()
    if isinstance(page, etree._Element):
        return page
    root = getattr(page, "root", None)  # a parsel Selector (Scrapy's response.selector) holds an lxml root
    if isinstance(root, etree._Element) and hasattr(page, "xpath"):
        return root
    if type(page).__name__ == "BeautifulSoup" or hasattr(page, "decode_contents"):
        page = str(page)
    elif not isinstance(page, (bytes, bytearray, str)):
        parts = _response_parts(page)
        if parts is None:
            raise TypeError(f"cannot read a page from {type(page).__name__}: give bytes, str, an lxml tree, "
                            "a BeautifulSoup object or a response with .body/.content")
        page, declared, _ = parts
        encoding = encoding or declared
    data = None
    if isinstance(page, (bytes, bytearray)):
        if len(page) > limits.max_bytes:
            raise PageError(f"page is {len(page):,} bytes, over the limit of {limits.max_bytes:,}")
        data = _plain_utf8(bytes(page), encoding)  # most pages: the bytes go to the parser as they are
        text = decode(bytes(page), encoding) if data is None else ""
    else:
        text = page
    if data is None:
        if "\x00" in text:
            text = text.replace("\x00", "")
        data = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace").encode("utf-8")
    if len(data) > limits.max_bytes:
        raise PageError(f"page is {len(data):,} bytes, over the limit of {limits.max_bytes:,}")
    if not data.strip():
        raise PageError("page is empty")
    parser = _parser()
    try:
        root = etree.fromstring(data, parser)
    except etree.ParserError as exc:
        raise PageError(f"not parseable as HTML: {exc}") from None
    log = parser.error_log
    if len(log) and "Excessive depth" in (log.last_error.message or ""):
        # libxml2 stops reading at its nesting limit: the rest of the page would be lost without a word.
        raise PageError("page nests elements deeper than the parser's limit of 2,048 levels")
    if root is None:
        raise PageError("page has no HTML content")
    return root
