"""Stage 4: the model. Two fastText models (block text; tags and id/class tokens) give label probabilities that,
with the blocks' structural features and their context (neighbours, ancestors, page), feed a scikit-learn
gradient-boosting model; a second boosting pass re-reads the first pass's predictions in context, and with
them the share of the page's article mass under each of a block's ancestors.

During training, the fastText and first-pass probabilities that the next stage learns from are computed
out-of-fold, folds grouped by site, so that no stage learns from predictions on pages it was trained on.

A model is a directory: ``text.ftz``, ``attrs.ftz`` (quantized fastText), ``boost.joblib`` (a dict of stock
scikit-learn estimators, nothing of this package), ``meta.json`` (format version, label order, feature names,
library versions, training-data hash, metrics, SHA-256 of every file). :meth:`Classifier.load` refuses a
directory whose files do not match their checksums or whose format or features differ from this code's.
"""
from __future__ import annotations

import hashlib
import json
import logging
import platform
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, Final

import joblib
import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import GroupKFold

from .blocks import MAX_ATTRS, Block
from .features import (BLOCK_FEATURE_NAMES, ancestor_groups, attr_model_input, block_features,
                       context_feature_names, context_features, text_model_input)
from .forest import Forest
from .labels import LABELS
from .textmodel import TextModel, TextModelParams

__all__ = ["FORMAT_VERSION", "ModelError", "TrainParams", "Classifier", "feature_names"]

logger = logging.getLogger(__name__)

FORMAT_VERSION = 1
_FILES = ("text.ftz", "attrs.ftz", "boost.joblib")


class ModelError(RuntimeError):
    """A model directory that cannot be used: missing or tampered files, another format or feature set."""


def feature_names(stage: int = 1) -> tuple[str, ...]:
    """Column names of the boosting model's input at ``stage`` 1 or 2."""
    names = BLOCK_FEATURE_NAMES + context_feature_names("text") + context_feature_names("attrs")
    return names + context_feature_names("pass1", article_share=True) if stage == 2 else names


@dataclass(frozen=True)
class TrainParams:
    """Everything that decides a trained model, recorded in ``meta.json``."""

    text: TextModelParams = TextModelParams()
    attrs: TextModelParams = TextModelParams(dim=16, epoch=10, word_ngrams=1, minn=3, maxn=5, bucket=100_000,
                                             quantize_cutoff=30_000)
    folds: int = 3
    max_iter: int = 100
    learning_rate: float = 0.1
    max_leaf_nodes: int = 31
    min_samples_leaf: int = 40
    l2_regularization: float = 1.0
    max_bins: int = 64
    weighting: str = "words"
    """"measure": every (page, label) pair weighs alike, blended with words; "words": sqrt(words) per page."""
    attr_tokens: int = MAX_ATTRS
    """How many id/class tokens (nearest element first) the attribute model reads per block."""
    text_folds: str = "mixed"
    """How the fastText out-of-fold probabilities are grouped: "site"; "lang" (the text model never saw the
    held-out pages' language, as it never saw a real page's text); or "mixed": by site, except that the sites
    drawn with ``unseen_language_share`` get block-text probabilities from a text model that never saw their
    language, so that the boosting model learns both how far to trust the text model in a language it knows
    and how to do without it in one it does not."""
    unseen_language_share: float = 0.5
    second_pass: bool = True
    seed: int = 13
    """Draws the sites of ``unseen_language_share``; the fastText models have their own seed in
    :class:`TextModelParams`, and the boosting draws with it only past 200,000 training blocks (the sample
    its bin edges are computed from)."""
    extra: dict = field(default_factory=dict)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for dist in ("scikit-learn", "fasttext-wheel", "numpy", "joblib", "lxml"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "?"
    return out


def _boost(params: TrainParams) -> HistGradientBoostingClassifier:
    return HistGradientBoostingClassifier(
        max_iter=params.max_iter, learning_rate=params.learning_rate, max_leaf_nodes=params.max_leaf_nodes,
        min_samples_leaf=params.min_samples_leaf, l2_regularization=params.l2_regularization,
        max_bins=params.max_bins, early_stopping=False, random_state=params.seed)


def _stage1(blocks: Sequence[Block], groups: list[np.ndarray], text: np.ndarray, attrs: np.ndarray) -> np.ndarray:
    """The first boosting pass's input for one page: block features, then the two text models' context."""
    return np.hstack([block_features(blocks), context_features(blocks, text, groups),
                      context_features(blocks, attrs, groups)])


def _stage2(blocks: Sequence[Block], groups: list[np.ndarray], pass1: np.ndarray) -> np.ndarray:
    """What the second boosting pass reads besides the first pass's input, for one page: the first pass's
    probabilities in context, with each ancestor's share of the page's article mass (the columns
    ``feature_names(2)`` adds)."""
    return context_features(blocks, pass1, groups, article_share=True)


def _split(rows: np.ndarray, sizes: Sequence[int]) -> list[np.ndarray]:
    return np.split(rows, np.cumsum(sizes)[:-1]) if len(sizes) else []


class Classifier:
    """A trained block classifier. Build one with :meth:`fit` or :meth:`load`; it is immutable and thread-safe."""

    def __init__(self, text: TextModel, attrs: TextModel, pass1: HistGradientBoostingClassifier,
                 pass2: HistGradientBoostingClassifier | None, meta: dict[str, Any]) -> None:
        self._text = text
        self._attrs = attrs
        self._pass1 = pass1
        self._pass2 = pass2
        self._forest1 = Forest(pass1)
        self._forest2 = Forest(pass2) if pass2 is not None else None
        self.meta = meta
        self._gates = _per_label(meta.get("page_gates"))
        self._masses = _per_label(meta.get("page_mass_gates"))  # absent from older models: no mass gate
        # models from before the setting read all the tokens a block keeps
        self._attr_tokens = int(meta.get("params", {}).get("attr_tokens", MAX_ATTRS))

    # -- prediction ---------------------------------------------------------------------------------------
    def _stage1_inputs(self, pages: Sequence[Sequence[Block]], groups: Sequence[list[np.ndarray]] | None = None
                       ) -> list[np.ndarray]:
        if groups is None:
            groups = [ancestor_groups(blocks) for blocks in pages]
        flat = [b for blocks in pages for b in blocks]
        pt = self._text.predict_proba([text_model_input(b) for b in flat])
        pa = self._attrs.predict_proba([attr_model_input(b, self._attr_tokens) for b in flat])
        sizes = [len(blocks) for blocks in pages]
        return [_stage1(blocks, g, t, a) for blocks, g, t, a in zip(pages, groups, _split(pt, sizes), _split(pa, sizes))]

    def predict_pages(self, pages: Sequence[Sequence[Block]]) -> list[np.ndarray]:
        """Label probabilities (columns in :data:`LABELS` order) for the blocks of several pages at once."""
        sizes = [len(blocks) for blocks in pages]
        if not sum(sizes):
            return [np.zeros((0, len(LABELS)), dtype=np.float32) for _ in pages]
        groups = [ancestor_groups(blocks) for blocks in pages]
        X1 = self._stage1_inputs(pages, groups)
        p1 = self._forest1.predict_proba(np.vstack(X1))
        if self._forest2 is not None:
            X2 = [np.hstack([x, _stage2(blocks, g, p)])
                  for x, blocks, g, p in zip(X1, pages, groups, _split(p1, sizes))]
            p1 = self._forest2.predict_proba(np.vstack(X2))
        return [gate_page(p, self._gates, self._masses) for p in _split(p1, sizes)]

    def predict_proba(self, blocks: Sequence[Block]) -> np.ndarray:
        """Label probabilities for the blocks of one page."""
        return self.predict_pages([blocks])[0]

    # -- training -----------------------------------------------------------------------------------------
    @classmethod
    def fit(cls, pages: Sequence[Any], params: TrainParams = TrainParams(), data_hash: str = "",
            progress: Callable[[str], None] | None = None) -> "Classifier":
        """Train on labelled pages (objects with ``blocks``, ``labels``, ``site``, ``lang``, ``purity``).

        Cross-validated metrics (folds grouped by site) are kept in ``meta["metrics"]`` along with the
        out-of-fold predictions' page scores; ``meta["timing"]`` has seconds per stage.
        """
        say = progress or (lambda msg: logger.info("%s", msg))
        timing: dict[str, float] = {}
        t0 = time.perf_counter()
        pages = [p for p in pages if p.blocks]
        if not pages:
            raise ValueError("no training pages with text")
        sites = sorted({p.site for p in pages})
        n_folds = min(params.folds, len(sites))
        if n_folds < 2:
            raise ValueError("training needs pages from at least two sites (folds are grouped by site)")
        sizes = [len(p.blocks) for p in pages]
        flat = [b for p in pages for b in p.blocks]
        y = np.array([lab for p in pages for lab in p.labels], dtype=np.int64)
        weights = _weights(pages, params.weighting)
        page_of_block = np.repeat(np.arange(len(pages)), sizes)
        block_fold = _block_folds([p.site for p in pages], page_of_block, n_folds)
        texts = [text_model_input(b) for b in flat]
        attrs = [attr_model_input(b, params.attr_tokens) for b in flat]
        say(f"{len(pages)} pages, {len(sites)} sites, {len(flat)} blocks, {n_folds} folds grouped by site")

        by_lang = len({p.lang for p in pages}) >= n_folds and params.text_folds in ("lang", "mixed")
        lang_fold = _block_folds([p.lang for p in pages], page_of_block, n_folds) if by_lang else block_fold

        def fit_predict(inputs: list[str], train: np.ndarray, test: np.ndarray, tp: TextModelParams) -> np.ndarray:
            model = TextModel.train([inputs[i] for i in train], y[train], tp)
            return model.predict_proba([inputs[i] for i in test])

        pt = np.zeros((len(flat), len(LABELS)), dtype=np.float32)
        pa = np.zeros_like(pt)
        fold = lang_fold if params.text_folds == "lang" else block_fold
        for k in range(n_folds):
            train, test = np.flatnonzero(fold != k), np.flatnonzero(fold == k)
            pt[test] = fit_predict(texts, train, test, params.text)
            pa[test] = fit_predict(attrs, train, test, params.attrs)
            say(f"fastText fold {k + 1}/{n_folds}")
        if by_lang and params.text_folds == "mixed":
            drawn = np.random.default_rng(params.seed).random(len(sites)) < params.unseen_language_share
            unseen = {site for site, d in zip(sites, drawn) if d}
            use = np.flatnonzero(np.isin(page_of_block, [i for i, p in enumerate(pages) if p.site in unseen]))
            for k in range(n_folds):
                test = use[lang_fold[use] == k]
                pt[test] = fit_predict(texts, np.flatnonzero(lang_fold != k), test, params.text)
                say(f"fastText unseen-language fold {k + 1}/{n_folds}")
        timing["fasttext_oof"] = time.perf_counter() - t0

        t = time.perf_counter()
        text_model = TextModel.train(texts, y, params.text, quantize=True)
        attr_model = TextModel.train(attrs, y, params.attrs, quantize=True)
        timing["fasttext_final"] = time.perf_counter() - t
        say("fastText final models trained and quantized")

        t = time.perf_counter()
        groups = [ancestor_groups(p.blocks) for p in pages]
        X1 = np.vstack([_stage1(p.blocks, g, a, b) for p, g, a, b in zip(pages, groups, _split(pt, sizes), _split(pa, sizes))])
        timing["features"] = time.perf_counter() - t

        def oof(X: np.ndarray, stage: str) -> np.ndarray:
            out = np.zeros((len(X), len(LABELS)), dtype=np.float32)
            for k in range(n_folds):
                train = block_fold != k
                est = _boost(params).fit(X[train], y[train], sample_weight=weights[train])
                out[~train] = Forest(est).predict_proba(X[~train])
                say(f"{stage} fold {k + 1}/{n_folds}")
            return out

        t = time.perf_counter()
        p1 = oof(X1, "pass 1")
        pass1 = _boost(params).fit(X1, y, sample_weight=weights)
        timing["pass1"] = time.perf_counter() - t
        final_oof = p1
        pass2 = None
        if params.second_pass:
            t = time.perf_counter()
            X2 = np.hstack([X1, np.vstack([_stage2(p.blocks, g, q)
                                           for p, g, q in zip(pages, groups, _split(p1, sizes))])])
            final_oof = oof(X2, "pass 2")
            pass2 = _boost(params).fit(X2, y, sample_weight=weights)
            timing["pass2"] = time.perf_counter() - t
        timing["total"] = time.perf_counter() - t0

        oof_pages = _split(final_oof, sizes)
        gates, masses = tune_gates(pages, oof_pages)
        say(f"page gates {gates}, page masses {masses}")
        metrics = cross_validated_metrics(pages, [gate_page(p, _per_label(gates), _per_label(masses))
                                                  for p in oof_pages])
        metrics["ungated"] = cross_validated_metrics(pages, oof_pages)["all"]
        metrics["pass1"] = cross_validated_metrics(pages, _split(p1, sizes))["all"]
        meta = {
            "format_version": FORMAT_VERSION,
            "labels": list(LABELS),
            "feature_names": list(feature_names(2 if pass2 is not None else 1)),
            "versions": _versions(),
            "params": asdict(params),
            "training_data": {"sha256": data_hash, "pages": len(pages), "sites": len(sites), "blocks": len(flat),
                              "languages": sorted({p.lang for p in pages})},
            "page_gates": gates,
            "page_mass_gates": masses,
            "metrics": metrics,
            "timing_seconds": {k: round(v, 2) for k, v in timing.items()},
        }
        return cls(text_model, attr_model, pass1, pass2, meta)

    # -- persistence --------------------------------------------------------------------------------------
    def save(self, directory: Path | str) -> None:
        """Write the model into ``directory`` (created if needed), with checksums in ``meta.json``."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        self._text.save(directory / "text.ftz")
        self._attrs.save(directory / "attrs.ftz")
        joblib.dump({"pass1": self._pass1, "pass2": self._pass2}, directory / "boost.joblib", compress=3)
        meta = dict(self.meta)
        meta["files"] = {name: _sha256(directory / name) for name in _FILES}
        (directory / "meta.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, directory: Path | str, expected_checksums: dict[str, str] | None = None) -> "Classifier":
        """Load a model directory, checking format, labels, features and every file's SHA-256 first.

        The joblib file is only unpickled after its checksum matches ``meta.json`` (and
        ``expected_checksums``, when given, which must match too): see ``docs/trust.md``.
        """
        directory = Path(directory)
        try:
            meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelError(f"{directory}: no readable meta.json ({exc})") from None
        if meta.get("format_version") != FORMAT_VERSION:
            raise ModelError(f"{directory}: model format {meta.get('format_version')!r}, this code reads "
                             f"{FORMAT_VERSION}; retrain with this version's train.py")
        if tuple(meta.get("labels", ())) != LABELS:
            raise ModelError(f"{directory}: labels {meta.get('labels')} differ from {list(LABELS)}")
        stage = 2 if len(meta.get("feature_names", ())) > len(feature_names(1)) else 1
        if tuple(meta.get("feature_names", ())) != feature_names(stage):
            raise ModelError(f"{directory}: the model was trained on other features than this code computes; "
                             "retrain it")
        recorded = meta.get("files") or {}
        for name in _FILES:
            path = directory / name
            if not path.exists():
                raise ModelError(f"{directory}: {name} is missing")
            digest = _sha256(path)
            if recorded.get(name) != digest:
                raise ModelError(f"{path}: checksum {digest[:12]}… does not match meta.json; refusing to load")
            if expected_checksums is not None and expected_checksums.get(name) != digest:
                raise ModelError(f"{path}: checksum {digest[:12]}… does not match the expected one; refusing")
        boost = joblib.load(directory / "boost.joblib")
        if not isinstance(boost, dict) or not isinstance(boost.get("pass1"), HistGradientBoostingClassifier):
            raise ModelError(f"{directory}: boost.joblib does not hold the expected estimators")
        return cls(TextModel.load(directory / "text.ftz"), TextModel.load(directory / "attrs.ftz"),
                   boost["pass1"], boost.get("pass2"), meta)


def _block_folds(page_groups: Sequence[str], page_of_block: np.ndarray, n_folds: int) -> np.ndarray:
    """The fold of every block: pages grouped by ``page_groups`` (site or language), a group in one fold."""
    names = sorted(set(page_groups))
    groups = np.array([names.index(g) for g in page_groups])
    fold_of_page = np.empty(len(page_groups), dtype=np.int64)
    for k, (_, test_pages) in enumerate(GroupKFold(n_splits=n_folds).split(groups, groups=groups)):
        fold_of_page[test_pages] = k
    return fold_of_page[page_of_block]


def _weights(pages: Sequence[Any], scheme: str = "measure") -> np.ndarray:
    """Block weights. "measure": each (page, label) pair counts alike, split over its blocks by words, blended
    with a plain per-word weight so that long blocks still count for more. "words": sqrt(words), each page
    summing to one."""
    out = []
    for p in pages:
        words = np.array([max(b.n_words, 1) for b in p.blocks], dtype=np.float64)
        if scheme == "words":
            out.append(np.sqrt(words) / np.sqrt(words).sum() * np.array(p.purity))
            continue
        labels = np.array(p.labels)
        share = np.zeros_like(words)
        for lab in set(p.labels):
            mask = labels == lab
            share[mask] = words[mask] / words[mask].sum()
        per_word = np.sqrt(words) / max(np.sqrt(words).sum(), 1.0)
        purity = np.array(p.purity) if getattr(p, "purity", None) else 1.0
        out.append((share + per_word * len(set(p.labels))) * purity)
    w = np.concatenate(out)
    return w / w.mean()


def _per_label(values: dict[str, float] | None) -> np.ndarray:
    """A value per label in :data:`LABELS` order (0 where not given), as gate_page takes them."""
    values = values or {}
    return np.array([values.get(lab, 0.0) for lab in LABELS], dtype=np.float32)


def gate_page(proba: np.ndarray, gates: np.ndarray, masses: np.ndarray | None = None) -> np.ndarray:
    """Drop a label from a page whose strongest block for it is below the label's gate, or whose blocks' summed
    probability of it (the expected number of its blocks) is below the label's mass: its blocks fall to their
    next most likely label. The measure scores a label on every page where it is predicted, so a stray block of
    a rare label on a page without one costs a whole page's score."""
    if not len(proba) or not (gates.any() or (masses is not None and masses.any())):
        return proba
    weak = proba.max(axis=0) < gates
    if masses is not None:
        weak |= proba.sum(axis=0) < masses
    if not weak.any():
        return proba
    out = proba.copy()
    out[:, weak] = 0.0
    total = out.sum(axis=1, keepdims=True)
    np.divide(out, total, out=out, where=total > 0)
    return out


GATE_GRID: Final = tuple(float(g) for g in np.round(np.arange(0.0, 0.91, 0.05), 2))
MASS_GRID: Final = (0.0, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0)


RARE_LABELS: Final = ("poll", "comment", "date-widget")


def tune_gates(pages: Sequence[Any], proba: Sequence[np.ndarray], tolerance: float = 0.01,
               cautious: Sequence[str] = RARE_LABELS) -> tuple[dict[str, float], dict[str, float]]:
    """Per label, the page gate and then the page mass (see :func:`gate_page`) with the best mean page F1 on
    out-of-fold predictions (training data). For the ``cautious`` labels, the rare widgets, it is the highest
    value within ``tolerance`` of the best one's instead: the most cautious choice the training data does not
    argue against, since pages on the open web hold far more look-alikes of rare widgets than any training
    set. Article and navigation are on most pages; caution there drops short articles and small menus."""
    from collections import Counter

    from .evaluate import prf, tokens

    toks = [[Counter(tokens(b.text)) for b in p.blocks] for p in pages]
    gates: dict[str, float] = {}
    masses: dict[str, float] = {}
    for k, label in enumerate(LABELS[:5]):
        golds = []  # the gold words of this label on each page, the same for every setting
        for page, tk in zip(pages, toks):
            gold_c: Counter = Counter()
            for c, gl in zip(tk, page.labels):
                if gl == k:
                    gold_c.update(c)
            golds.append(gold_c)

        def mean_f1(gate: float, mass: float) -> float:
            gate_vec, mass_vec = _per_label({label: gate}), _per_label({label: mass})
            page_scores = []
            for p, tk, gold_c in zip(proba, toks, golds):
                pred = gate_page(p, gate_vec, mass_vec).argmax(axis=1) if len(p) else []
                pred_c: Counter = Counter()
                for c, pl in zip(tk, pred):
                    if pl == k:
                        pred_c.update(c)
                if gold_c or pred_c:
                    page_scores.append(prf(pred_c, gold_c)[2])
            return float(np.mean(page_scores)) if page_scores else 0.0

        slack = tolerance if label in cautious else 0.0
        scores = [mean_f1(g, 0.0) for g in GATE_GRID]
        gates[label] = max(g for g, sc in zip(GATE_GRID, scores) if sc >= max(scores) - slack)
        scores = [mean_f1(gates[label], m) for m in MASS_GRID]
        masses[label] = max(m for m, sc in zip(MASS_GRID, scores) if sc >= max(scores) - slack)
    return gates, masses


def cross_validated_metrics(pages: Sequence[Any], proba: Sequence[np.ndarray]) -> dict[str, Any]:
    """Per-label precision/recall/F1 (the shared word measure, with block-level gold) and block accuracy."""
    from collections import Counter

    from .evaluate import PageScore, prf, summarize, tokens

    rows: list[PageScore] = []
    correct = total = 0
    for page, p in zip(pages, proba):
        pred = p.argmax(axis=1) if len(p) else np.zeros(0, dtype=int)
        correct += int((pred == np.array(page.labels)).sum())
        total += len(pred)
        for k, label in enumerate(LABELS[:5]):
            gold = Counter(t for b, lab in zip(page.blocks, page.labels) if lab == k for t in tokens(b.text))
            got = Counter(t for b, lab in zip(page.blocks, pred) if lab == k for t in tokens(b.text))
            if gold or got:
                rows.append(PageScore(page.name, page.lang, label, *prf(got, gold)))
    table = summarize(rows)
    table["block_accuracy"] = correct / max(total, 1)
    return {"all": table.get("all", {}), "by_language": {k: v["macro_f1"] for k, v in table.items()
                                                         if k not in ("all", "block_accuracy")},
            "block_accuracy": round(correct / max(total, 1), 4)}
