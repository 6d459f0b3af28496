"""Label the blocks of a web page as article, navigation, poll, comment, date-widget or other, in any language.

    >>> import classifier
    >>> blocks = classifier.classify(html_bytes)          # list[LabeledBlock]
    >>> classifier.extract(html_bytes)                    # the article text
"""
from __future__ import annotations

import logging

from .api import DEFAULT_MODEL_DIR, LabeledBlock, classify, classify_many, default_model, extract, load_model
from .blocks import Block, segment
from .labels import LABELS, SCORED_LABELS
from .model import Classifier, ModelError, TrainParams
from .parse import DEFAULT_LIMITS, Limits, PageError, parse

__all__ = ["__version__", "LABELS", "SCORED_LABELS", "Block", "LabeledBlock", "Classifier", "TrainParams",
           "Limits", "DEFAULT_LIMITS", "PageError", "ModelError", "classify", "classify_many", "extract",
           "parse", "segment", "load_model", "default_model", "DEFAULT_MODEL_DIR"]

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
