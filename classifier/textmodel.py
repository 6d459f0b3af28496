"""fastText adapter: supervised training with fixed seeds, list prediction, quantized saving.

fastText-wheel 0.9.2 under NumPy 2: ``predict("one string")`` raises in the wrapper, and ``predict([...])``
returns each row's top probability in every column (the label order is right, the numbers are not). The
binding's single-line ``f.predict`` returns correct (probability, label) pairs, so that is what is called.
Inputs must not contain newlines. Training uses one thread and a fixed seed: same data, same model.
"""
from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import fasttext
import numpy as np

from .labels import LABELS

__all__ = ["TextModelParams", "TextModel"]

logger = logging.getLogger(__name__)
fasttext.FastText.eprint = lambda *args, **kwargs: None  # silence the load-time warning of 0.9.2


@dataclass(frozen=True)
class TextModelParams:
    """fastText supervised settings. Character n-grams (``minn``..``maxn``) make any script work."""

    dim: int = 32
    epoch: int = 12
    lr: float = 0.4
    word_ngrams: int = 2
    minn: int = 2
    maxn: int = 4
    bucket: int = 200_000
    min_count: int = 1
    seed: int = 13
    quantize_cutoff: int = 60_000
    extra: dict = field(default_factory=dict)


def _clean(text: str) -> str:
    return text.replace("\n", " ").replace("\r", " ")


class TextModel:
    """A fastText classifier over :data:`LABELS`, returning probability matrices in that order."""

    def __init__(self, model: "fasttext.FastText._FastText") -> None:
        self._model = model
        self._columns = np.array([LABELS.index(lab.replace("__label__", "")) for lab in model.get_labels()])
        self._index = {f"__label__{lab}": i for i, lab in enumerate(LABELS)}

    @classmethod
    def train(cls, texts: Sequence[str], labels: Sequence[int], params: TextModelParams = TextModelParams(),
              quantize: bool = False) -> "TextModel":
        """Train on ``texts`` with label indices ``labels`` (into :data:`LABELS`)."""
        with tempfile.TemporaryDirectory(prefix="classifier-ft-") as tmp:
            path = os.path.join(tmp, "train.txt")
            with open(path, "w", encoding="utf-8") as fh:
                for text, lab in zip(texts, labels):
                    fh.write(f"__label__{LABELS[lab]} {_clean(text)}\n")
            model = fasttext.train_supervised(
                input=path, dim=params.dim, epoch=params.epoch, lr=params.lr, wordNgrams=params.word_ngrams,
                minn=params.minn, maxn=params.maxn, bucket=params.bucket, minCount=params.min_count,
                thread=1, seed=params.seed, verbose=0, loss="softmax", **params.extra)
            if quantize:
                model.quantize(input=path, qnorm=True, retrain=False, cutoff=params.quantize_cutoff, thread=1,
                               verbose=0)
        return cls(model)

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """One row of probabilities per text, columns in :data:`LABELS` order."""
        out = np.zeros((len(texts), len(LABELS)), dtype=np.float32)
        if not texts:
            return out
        k = len(self._columns)
        index = self._index
        predict = self._model.f.predict
        done: dict[str, int] = {}  # repeated inputs (menus, sibling markup) are predicted once
        for row, text in enumerate(texts):
            first = done.get(text)
            if first is not None:
                out[row] = out[first]
                continue
            done[text] = row
            for p, lab in predict(_clean(text) + "\n", k, 0.0, "replace"):
                out[row, index[lab]] = p
        return out

    def save(self, path: Path) -> None:
        self._model.save_model(str(path))

    @classmethod
    def load(cls, path: Path) -> "TextModel":
        return cls(fasttext.load_model(str(path)))
