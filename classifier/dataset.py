"""Labels format v1 (a page + its CSS-selector regions) → training pages with one gold label per block.

A text node takes the label of its innermost region (``other`` outside all regions); a block takes the label
that owns most of its characters. See ``docs/labels.md`` for the format and the label definitions.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from cssselect import ExpressionError
from lxml.cssselect import CSSSelector, SelectorError

from .blocks import Block, segment_labeled
from .labels import LABELS, label_index
from .parse import parse

__all__ = ["AnnotationError", "LabeledPage", "read_labels", "region_owners", "load_page", "iter_dataset",
           "dataset_hash", "page_files"]

logger = logging.getLogger(__name__)


class AnnotationError(ValueError):
    """A labels file that breaks the format: bad JSON, unknown label, a selector that matches nothing."""


@dataclass(frozen=True)
class LabeledPage:
    """One annotated page cut into blocks, each with its gold label."""

    name: str
    site: str
    lang: str
    blocks: tuple[Block, ...]
    labels: tuple[int, ...]
    """Gold label of each block, as an index into :data:`LABELS`."""
    purity: tuple[float, ...]
    """Share of each block's characters that carry its gold label."""


def read_labels(path: Path) -> dict:
    """Read and check a ``NAME.labels.json`` file."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise AnnotationError(f"{path}: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("regions"), list):
        raise AnnotationError(f"{path}: expected an object with a 'regions' list")
    for region in data["regions"]:
        if not isinstance(region, dict) or not isinstance(region.get("selector"), str):
            raise AnnotationError(f"{path}: every region needs a 'selector' string")
        try:
            label_index(region.get("label", ""))
        except ValueError as exc:
            raise AnnotationError(f"{path}: {exc}") from None
    return data


def region_owners(root: etree._Element, regions: list[dict]) -> dict[etree._Element, str]:
    """Map each element matched by a region's selector to the region's label (later regions win on ties).

    Selectors are read by lxml's cssselect; those it cannot read (``:last-of-type``, ``:-soup-contains()``,
    ...) by soupsieve, the selector engine of BeautifulSoup that the reference scorer uses, on a BeautifulSoup
    copy of the same tree, its matches mapped back to the lxml elements by position."""
    owners: dict[etree._Element, str] = {}
    soup_select = None
    for region in regions:
        selector = region["selector"]
        try:
            found = CSSSelector(selector, translator="html")(root)
        except (SelectorError, NotImplementedError, ExpressionError):
            soup_select = soup_select or _soup_selector(root)
            found = soup_select(selector)
        if not found:
            raise AnnotationError(f"selector matches nothing: {selector!r}")
        for el in found:
            owners[el] = region["label"]
    return owners


def _soup_selector(root: etree._Element):
    """A function selector -> lxml elements, matching with soupsieve on a BeautifulSoup copy of ``root``."""
    from bs4 import BeautifulSoup, Tag

    soup = BeautifulSoup(etree.tostring(root, encoding="unicode", method="html"), "lxml")
    top = soup.find(root.tag if isinstance(root.tag, str) else True)

    def to_lxml(tag: Tag) -> etree._Element | None:
        steps = []
        node = tag
        while node is not None and node is not top:
            parent = node.parent
            if parent is None:
                return None
            steps.append([c for c in parent.children if isinstance(c, Tag)].index(node))
            node = parent
        el = root
        for i in reversed(steps):
            kids = [c for c in el if isinstance(c.tag, str)]
            if i >= len(kids):
                return None
            el = kids[i]
        return el if el.tag == tag.name else None

    def select(selector: str) -> list[etree._Element]:
        try:
            found = soup.select(selector)
        except Exception as exc:  # soupsieve raises its own SelectorSyntaxError, among others
            raise AnnotationError(f"bad selector {selector!r}: {exc}") from None
        mapped = [to_lxml(tag) for tag in found]
        if any(el is None for el in mapped):
            raise AnnotationError(f"selector {selector!r}: a match could not be found in the parsed page")
        return mapped  # type: ignore[return-value]

    return select


def page_files(folder: Path) -> Iterator[tuple[Path, Path]]:
    """(page, labels) file pairs under ``folder``, sorted by name; pages are ``NAME.html`` or ``NAME.html.gz``."""
    for labels in sorted(Path(folder).rglob("*.labels.json")):
        stem = labels.name[: -len(".labels.json")]
        for ext in (".html", ".html.gz", ".htm"):
            page = labels.with_name(stem + ext)
            if page.exists():
                yield page, labels
                break
        else:
            raise AnnotationError(f"{labels}: no page {stem}.html beside it")


def read_page_bytes(path: Path) -> bytes:
    data = Path(path).read_bytes()
    return gzip.decompress(data) if path.name.endswith(".gz") else data


def load_page(page_path: Path, labels_path: Path) -> LabeledPage:
    """Parse one annotated page and give each of its blocks a gold label."""
    meta = read_labels(labels_path)
    root = parse(read_page_bytes(page_path))
    owners = region_owners(root, meta["regions"])
    blocks, label_chars = segment_labeled(root, owners)
    labels, purity = [], []
    for counts in label_chars:
        best = max(counts, key=lambda k: (counts[k], -LABELS.index(k)))
        labels.append(LABELS.index(best))
        purity.append(counts[best] / max(sum(counts.values()), 1))
    name = labels_path.name[: -len(".labels.json")]
    return LabeledPage(name=name, site=str(meta.get("site") or name), lang=str(meta.get("lang") or "?"),
                       blocks=tuple(blocks), labels=tuple(labels), purity=tuple(purity))


def iter_dataset(folder: Path) -> Iterator[LabeledPage]:
    """Every annotated page under ``folder``."""
    for page, labels in page_files(folder):
        yield load_page(page, labels)


def dataset_hash(folder: Path) -> str:
    """SHA-256 over the names and bytes of every page and labels file under ``folder``."""
    h = hashlib.sha256()
    for page, labels in page_files(folder):
        for path in (page, labels):
            h.update(path.relative_to(folder).as_posix().encode())
            h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()
