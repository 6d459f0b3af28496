"""The boosting passes' trees, walked in one compiled loop.

scikit-learn's ``HistGradientBoostingClassifier`` predicts tree by tree: every tree is a call of its own that
costs about 6 µs before it reads a row, and a pass here has 6 labels × 100 iterations, so 3.6 ms a page goes
to calls alone, and the walk reads a node layout twice the size it needs. The same trees copied into
scikit-learn's ``Tree`` structure are walked by ``predict_stages``, the loop ``GradientBoostingClassifier``
predicts with: one call for all trees, a tight loop over rows in each. The sums are the same numbers (a copy is
checked against the estimator on rows placed on its thresholds when it is made); the estimator itself stays
what is saved and what anything unusual falls back to: rows with missing values, categorical splits, or a
scikit-learn whose internals have moved.
"""
from __future__ import annotations

import logging
from typing import Any, Final

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

from .labels import LABELS

try:  # scikit-learn's own tree structure and the loop that walks many of them
    from sklearn.ensemble._gradient_boosting import predict_stages
    from sklearn.tree._tree import NODE_DTYPE, Tree
except ImportError:  # moved in some later version: the estimator's own predictor is used
    predict_stages = None

__all__ = ["Forest"]

logger = logging.getLogger(__name__)

_CHUNK_ROWS: Final = 1024
_PROBE_ROWS: Final = 64


class _Holder:
    """What ``predict_stages`` reads from each estimator: a ``tree_`` attribute."""

    __slots__ = ("tree_",)

    def __init__(self, tree: Any) -> None:
        self.tree_ = tree


def _compile(est: HistGradientBoostingClassifier) -> np.ndarray | None:
    """The estimator's trees as an (iterations, trees per iteration) array of holders of ``Tree`` objects, or
    None where they cannot be copied faithfully (categorical splits). Raises what scikit-learn raises should
    its private structures have changed."""
    predictors = est._predictors
    out = np.empty((len(predictors), len(predictors[0]) if predictors else 0), dtype=object)
    for i, iteration in enumerate(predictors):
        for k, predictor in enumerate(iteration):
            src = predictor.nodes
            if src["is_categorical"].any():
                return None
            leaf = src["is_leaf"].astype(bool)
            nodes = np.zeros(len(src), dtype=NODE_DTYPE)
            # the child indices are unsigned in the source: widen them before a leaf's -1 goes in
            nodes["left_child"] = np.where(leaf, -1, src["left"].astype(np.int64))
            nodes["right_child"] = np.where(leaf, -1, src["right"].astype(np.int64))
            nodes["feature"] = np.where(leaf, -2, src["feature_idx"].astype(np.int64))
            nodes["threshold"] = np.where(leaf, -2.0, src["num_threshold"])
            nodes["n_node_samples"] = src["count"]
            nodes["weighted_n_node_samples"] = src["count"]
            tree = Tree(int(est.n_features_in_), np.array([1], dtype=np.intp), 1)
            tree.__setstate__({"max_depth": int(src["depth"].max()), "node_count": len(src), "nodes": nodes,
                               "values": np.ascontiguousarray(src["value"], dtype=np.float64).reshape(-1, 1, 1)})
            out[i, k] = _Holder(tree)
    return out


def _probe(est: HistGradientBoostingClassifier, seed: int = 0) -> np.ndarray:
    """Rows whose values sit on the trees' thresholds, just below or just above them: where a copy that compared
    differently would go another way."""
    rng = np.random.default_rng(seed)
    nodes = np.concatenate([predictor.nodes for iteration in est._predictors for predictor in iteration])
    nodes = nodes[~nodes["is_leaf"].astype(bool)]
    picked = rng.integers(0, len(nodes), (_PROBE_ROWS, 2 * int(est.n_features_in_)))  # thresholds for each row
    cuts = nodes["num_threshold"][picked].astype(np.float32)
    step = rng.integers(-1, 2, cuts.shape)  # below, on or above the threshold
    values = np.where(step < 0, np.nextafter(cuts, np.float32(-np.inf)),
                      np.where(step > 0, np.nextafter(cuts, np.float32(np.inf)), cuts))
    X = np.zeros((_PROBE_ROWS, int(est.n_features_in_)), dtype=np.float32)
    X[np.arange(_PROBE_ROWS)[:, None], nodes["feature_idx"][picked]] = values
    return X


class Forest:
    """A fitted ``HistGradientBoostingClassifier``'s probabilities, columns in :data:`LABELS` order, computed
    by walking copies of its trees in one compiled call (see the module's docstring). Immutable, thread-safe."""

    def __init__(self, estimator: HistGradientBoostingClassifier) -> None:
        self.estimator = estimator
        self._columns = estimator.classes_.astype(int)
        self._trees: np.ndarray | None = None
        if predict_stages is None:
            return
        try:
            self._baseline = np.asarray(estimator._baseline_prediction, dtype=np.float64).reshape(1, -1)
            self._trees = _compile(estimator)
            if self._trees is not None:
                X = _probe(estimator)
                ours = self._raw_compiled(X)
                theirs = estimator._raw_predict(np.asfortranarray(X, dtype=np.float64), n_threads=1)
                if ours.shape != theirs.shape or not np.allclose(ours, theirs, rtol=0.0, atol=1e-9):
                    logger.warning("copied trees disagree with scikit-learn's; its own predictor is used")
                    self._trees = None
        except (AttributeError, KeyError, TypeError, ValueError) as exc:  # scikit-learn's private names moved
            logger.debug("trees not copied (%s); scikit-learn's own predictor is used", exc)
            self._trees = None

    @property
    def compiled(self) -> bool:
        """Whether the trees are walked by the compiled loop (False: scikit-learn's own predictor)."""
        return self._trees is not None

    def _raw_compiled(self, X: np.ndarray) -> np.ndarray:
        raw = np.repeat(self._baseline, len(X), axis=0)
        predict_stages(self._trees, np.ascontiguousarray(X, dtype=np.float32), 1.0, raw)
        return raw

    def _raw(self, X: np.ndarray) -> np.ndarray:
        """Summed leaf values (the boosting's raw scores), one column per tree of an iteration."""
        # The compiled walk compares float32 values with the float64 thresholds, as the estimator compares the
        # same values widened; rows with a missing value take the estimator's path, which knows where NaN goes.
        if self._trees is not None and X.dtype == np.float32 and not np.isnan(X).any():
            return self._raw_compiled(X)
        # column by column (Fortran order): a tree reads a few features of every row, so they lie together
        return self.estimator._raw_predict(np.asfortranarray(X, dtype=np.float64), n_threads=1)

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        """One row of label probabilities per row of ``X``, columns in :data:`LABELS` order (zero for labels
        the estimator never saw)."""
        out = np.zeros((len(X), len(LABELS)), dtype=np.float32)
        # Rows go in chunks that stay in the CPU cache while every tree walks them: one pass of each tree over
        # a whole large page's features makes the time grow faster than the page.
        for start in range(0, len(X), _CHUNK_ROWS):
            chunk = X[start: start + _CHUNK_ROWS]
            try:
                proba = self.estimator._loss.predict_proba(self._raw(chunk))
            except (AttributeError, TypeError):  # private scikit-learn names moved: the public path
                proba = self.estimator.predict_proba(np.asarray(chunk, dtype=np.float64))
            out[start: start + len(chunk), self._columns] = proba
        return out
