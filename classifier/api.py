"""Stage 5: the public API — pages in, labelled blocks out."""
from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from .blocks import Block, segment
from .labels import LABELS, label_index
from .model import Classifier
from .parse import DEFAULT_LIMITS, Limits, parse

__all__ = ["LabeledBlock", "classify", "classify_many", "extract", "default_model", "load_model",
           "DEFAULT_MODEL_DIR"]

logger = logging.getLogger(__name__)

DEFAULT_MODEL_DIR = Path(str(resources.files("classifier").joinpath("models", "default")))
"""Where the model that ships with the package lives."""
_CHECKSUMS = Path(str(resources.files("classifier").joinpath("models", "default.sha256.json")))
_lock = threading.Lock()
_default: Classifier | None = None


@dataclass(frozen=True, slots=True)
class LabeledBlock:
    """A block with its predicted label, the label's probability and the whole distribution."""

    block: Block
    label: str
    score: float
    proba: tuple[float, ...]
    """Probabilities in :data:`classifier.LABELS` order."""

    @property
    def text(self) -> str:
        return self.block.text

    @property
    def xpath(self) -> str:
        return self.block.xpath

    @property
    def index(self) -> int:
        return self.block.index

    @property
    def distribution(self) -> dict[str, float]:
        """``{label: probability}`` for every label."""
        return dict(zip(LABELS, self.proba))


def load_model(directory: Path | str) -> Classifier:
    """Load a model directory written by ``train.py`` (checked against the checksums in its ``meta.json``)."""
    return Classifier.load(directory)


def default_model() -> Classifier:
    """The model shipped in the package, loaded once (thread-safe) and verified against the checksums recorded
    in ``classifier/models/default.sha256.json``."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                expected = json.loads(_CHECKSUMS.read_text(encoding="utf-8"))
                _default = Classifier.load(DEFAULT_MODEL_DIR, expected_checksums=expected)
                logger.debug("default model loaded from %s", DEFAULT_MODEL_DIR)
    return _default


def _label(blocks: Sequence[Block], proba: Any) -> list[LabeledBlock]:
    best = proba.argmax(axis=1).tolist() if len(proba) else []
    rows = proba.tolist()  # Python floats, made in C
    return [LabeledBlock(block, LABELS[k], row[k], tuple(row)) for block, k, row in zip(blocks, best, rows)]


def classify_many(pages: Iterable[Any], *, model: Classifier | None = None,
                  limits: Limits = DEFAULT_LIMITS) -> list[list[LabeledBlock]]:
    """Classify several pages with batched model calls (faster than one :func:`classify` call a page).

    Raises :class:`classifier.PageError` for the first page that cannot be read; to carry on past bad pages,
    call :func:`classify` per page and catch it.
    """
    model = model or default_model()
    all_blocks = [segment(parse(page, limits=limits), limits) for page in pages]
    return _classify_blocks(all_blocks, model)


def _classify_blocks(all_blocks: list[list[Block]], model: Classifier) -> list[list[LabeledBlock]]:
    return [_label(blocks, proba) for blocks, proba in zip(all_blocks, model.predict_pages(all_blocks))]


def classify(page: Any, url: str | None = None, *, encoding: str | None = None, model: Classifier | None = None,
             limits: Limits = DEFAULT_LIMITS) -> list[LabeledBlock]:
    """Label every block of a page.

    ``page``: bytes (any encoding), str, an lxml element or tree, a BeautifulSoup object, or a response object
    (Scrapy, requests, httpx; its declared encoding is used). ``url`` is accepted for the caller's records; the
    model does not use it. ``encoding``: the charset the transport declared for bytes (e.g. the HTTP
    Content-Type's), tried first. ``model``: a :class:`Classifier` (default: the shipped model). Raises
    :class:`classifier.PageError` for input that is not a usable page.
    """
    blocks = segment(parse(page, encoding=encoding, limits=limits), limits)
    return _classify_blocks([blocks], model or default_model())[0]


def extract(page: Any, label: str = "article", *, encoding: str | None = None, model: Classifier | None = None,
            separator: str = "\n", limits: Limits = DEFAULT_LIMITS) -> str:
    """The text of the blocks given ``label`` (the article text by default), one block a line."""
    label_index(label)
    blocks = classify(page, encoding=encoding, model=model, limits=limits)
    return separator.join(b.text for b in blocks if b.label == label)
