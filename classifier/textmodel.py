"""fastText adapter: supervised training with fixed seeds, list prediction, quantized saving.

fastText-wheel 0.9.2 under NumPy 2: ``predict("one string")`` raises in the wrapper, and ``predict([...])``
returns each row's top probability in every column (the label order is right, the numbers are not). The
binding's single-line ``f.predict`` returns correct (probability, label) pairs, so that is what is called.
Inputs must not contain newlines. Training uses one thread and a fixed seed: same data, same model.

A model without word n-grams (the attribute model) is a bag of tokens: its hidden layer is the mean of its
tokens' subword vectors, so it is computed here with NumPy from each distinct token's vector, fetched from
fastText once and kept in a bounded per-model cache, instead of hashing every token's character n-grams again
for every block. The probabilities are fastText's own (``tests/test_textmodel.py`` checks them against its
``predict``).
"""
from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

import fasttext
import fasttext_pybind
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


_FT_SPACE = str.maketrans("\t\n\v\f\r\0", "      ")  # fastText's readWord splits at these and " " only
_FT_EOS = "</s>"  # every line ends with it
_FT_OFFSET = 1e-5  # fastText reports exp(log(p + 1e-5))
_BAG_LINES = 512  # distinct inputs summed at a time by a bag-of-tokens model
_TOKEN_CACHE = 1 << 13  # distinct tokens a generation of the token cache holds (a site's worth, ~3 MB)


class TextModel:
    """A fastText classifier over :data:`LABELS`, returning probability matrices in that order."""

    def __init__(self, model: "fasttext.FastText._FastText") -> None:
        self._model = model
        self._columns = np.array([LABELS.index(lab.replace("__label__", "")) for lab in model.get_labels()])
        self._index = {f"__label__{lab}": i for i, lab in enumerate(LABELS)}
        args = model.f.getArgs()
        self._bag = args.wordNgrams <= 1 and not args.qout
        if self._bag:
            output = np.array(model.f.getOutputMatrix(), dtype=np.float32)
            self._output = np.zeros((len(LABELS), output.shape[1]), dtype=np.float32)
            self._output[self._columns] = output
            self._absent = np.ones(len(LABELS), dtype=bool)  # labels the model was not trained on
            self._absent[self._columns] = False
            self._label_prefix = args.label
            # two generations of token rows; dict get/set and attribute swaps are atomic: safe across threads
            self._token_rows: dict[str, np.ndarray] = {}
            self._older_rows: dict[str, np.ndarray] = {}
            self._dim = args.dim
            eos = self._token_row(_FT_EOS)
            self._eos = (eos[:-1], eos[-1])

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

    def _token_row(self, token: str) -> np.ndarray:
        """A token's input vectors (word and character n-grams) summed, and their number in the last column;
        zeros for what fastText skips (empty and label tokens). Cached per model, up to a bound."""
        row = self._token_rows.get(token)
        if row is None:
            row = self._older_rows.get(token)
            if row is None:
                row = self._fetch_row(token)
            if len(self._token_rows) >= _TOKEN_CACHE:
                # ids and classes of one site repeat, those of all sites do not: a full cache becomes the older
                # generation, still read (and what is read again moves up), and the generation before it goes
                self._older_rows, self._token_rows = self._token_rows, {}
            self._token_rows[token] = row
        return row

    def _fetch_row(self, token: str) -> np.ndarray:
        """What :meth:`_token_row` caches, read from fastText."""
        row = np.zeros(self._dim + 1, dtype=np.float64)
        if token and not token.startswith(self._label_prefix):
            f = self._model.f
            n = len(f.getSubwords(token, "replace")[1])
            mean = fasttext_pybind.Vector(self._dim)  # the mean of the token's subword vectors
            f.getWordVector(mean, token)
            row[:-1] = mean
            row[:-1] *= n
            row[-1] = n
        return row

    def _bag_sums(self, texts: Sequence[str]) -> np.ndarray:
        """For each text, the sum of its tokens' input vectors and their number (last column)."""
        lines = [text.translate(_FT_SPACE).split(" ") for text in texts]
        tokens = list(chain.from_iterable(lines))
        columns = {token: j for j, token in enumerate(dict.fromkeys(tokens))}
        table = np.array([self._token_row(token) for token in columns]).reshape(len(columns), -1)
        # a running sum over all tokens in order, so that each line's sum is the difference of two rows (in
        # float64, which keeps it exact)
        running = np.zeros((len(tokens) + 1, table.shape[1]), dtype=np.float64)
        ids = np.fromiter(map(columns.__getitem__, tokens), dtype=np.int64, count=len(tokens))
        np.cumsum(table[ids], axis=0, out=running[1:])
        ends = np.cumsum([0] + [len(line) for line in lines])
        return running[ends[1:]] - running[ends[:-1]]

    def _bag_proba(self, texts: Sequence[str]) -> np.ndarray:
        distinct = list(dict.fromkeys(texts))  # pages repeat the same markup: each distinct input is computed once
        # in slices, so that memory stays flat however many pages come in one call
        sums = np.vstack([self._bag_sums(distinct[i: i + _BAG_LINES]) for i in range(0, len(distinct), _BAG_LINES)])
        dim = sums.shape[1] - 1
        hidden = (sums[:, :dim] + self._eos[0]) / (sums[:, dim] + self._eos[1])[:, None]
        logits = hidden.astype(np.float32) @ self._output.T
        logits[:, self._absent] = -np.inf
        proba = np.exp(logits - logits.max(axis=1, keepdims=True))
        proba /= proba.sum(axis=1, keepdims=True)
        proba[:, ~self._absent] += _FT_OFFSET
        row = {text: i for i, text in enumerate(distinct)}
        return proba.astype(np.float32)[[row[text] for text in texts]]

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """One row of probabilities per text, columns in :data:`LABELS` order."""
        if not texts:
            return np.zeros((0, len(LABELS)), dtype=np.float32)
        return self._bag_proba(texts) if self._bag else self._predict_each(texts)

    def _predict_each(self, texts: Sequence[str]) -> np.ndarray:
        """fastText's own ``predict``, a line at a time."""
        out = np.zeros((len(texts), len(LABELS)), dtype=np.float32)
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
