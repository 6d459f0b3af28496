"""Pages out of web archives: the HTML response records of a WARC or WARC.gz file, streamed one at a time.

Needs ``warcio`` (``pip install 'pagesect[warc]'``). Memory does not grow with the archive: records are read
and handed out one by one, and a record's body is read only when it is an HTML response.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .parse import PageError

__all__ = ["WarcPage", "iter_warc", "is_warc"]

logger = logging.getLogger(__name__)

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class WarcPage:
    """One HTML response of an archive: its record id, target URI, body and declared charset (if any)."""

    record_id: str
    url: str
    body: bytes
    encoding: str | None


def is_warc(path: Path) -> bool:
    """Whether a file name says WARC (``.warc``, ``.warc.gz``)."""
    return path.name.lower().endswith(WARC_SUFFIXES)


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def iter_warc(source: Path | BinaryIO, max_bytes: int = 50_000_000) -> Iterator[WarcPage]:
    """The HTML response records of a WARC (plain or gzipped), in archive order.

    Other records (requests, metadata, revisits, images, ...) are skipped. A body larger than ``max_bytes`` is
    skipped with a warning rather than read into memory. A broken archive raises :class:`PageError` with the
    reason after the records before the damage have been yielded.
    """
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:  # pragma: no cover - depends on the installation
        raise PageError("reading WARC files needs warcio: pip install 'pagesect[warc]'") from None
    fh = open(source, "rb") if isinstance(source, Path) else source
    try:
        try:
            for record in ArchiveIterator(fh):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = (record.http_headers.get_header("Content-Type") or "").lower()
                if not content_type.startswith(HTML_TYPES):
                    continue
                record_id = record.rec_headers.get_header("WARC-Record-ID") or ""
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                stream = record.content_stream()
                body = stream.read(max_bytes + 1)
                if len(body) > max_bytes:
                    logger.warning("skipped %s (%s): body over %d bytes", record_id, url, max_bytes)
                    continue
                if getattr(record.raw_stream, "limit", 0) > 0:  # the record's bytes ended before its length
                    raise PageError(f"broken WARC archive: record {record_id} ({url}) is truncated")
                yield WarcPage(record_id, url, body, _charset(content_type))
        except PageError:
            raise
        except ArchiveLoadFailed as exc:
            raise PageError(f"broken WARC archive: {str(exc)[:80]!r}") from None
        except (EOFError, OSError, ValueError) as exc:  # truncated gzip members, bad lengths
            raise PageError(f"broken WARC archive: {type(exc).__name__}: {exc}") from None
    finally:
        if isinstance(source, Path):
            fh.close()
