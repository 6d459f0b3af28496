"""The compiled tree walk gives the estimator's own probabilities, in LABELS order, whatever the rows hold."""
import numpy as np
import pytest
from sklearn.ensemble import HistGradientBoostingClassifier

from classifier.forest import Forest, _probe
from classifier.labels import LABELS


@pytest.fixture(scope="module")
def data():
    rng = np.random.default_rng(3)
    X = rng.normal(size=(600, 12)).astype(np.float32)
    X[:, 3] = np.round(X[:, 3])  # a few distinct values: rows land exactly on thresholds
    y = (X[:, 0] > 0).astype(int) + 2 * (X[:, 3] > 0) + (X[:, 5] > 1)  # labels 0..4: "other" (5) never
    return X, y


@pytest.fixture(scope="module")
def estimator(data):
    X, y = data
    return HistGradientBoostingClassifier(max_iter=20, max_leaf_nodes=15, random_state=0).fit(X, y)


def _reference(est, X):
    out = np.zeros((len(X), len(LABELS)), dtype=np.float32)
    out[:, est.classes_.astype(int)] = est.predict_proba(np.asarray(X, dtype=np.float64))
    return out


def test_compiled_walk_equals_the_estimator(data, estimator):
    X, _ = data
    forest = Forest(estimator)
    assert forest.compiled
    probe = _probe(estimator)
    for rows in (X, X[:1], probe, np.vstack([X] * 3)):  # one row, rows on thresholds, more than a chunk
        got = forest.predict_proba(rows)
        assert got.shape == (len(rows), len(LABELS))
        assert np.allclose(got, _reference(estimator, rows), atol=1e-6)
        assert not got[:, 5].any()  # a label the estimator never saw gets nothing


def test_missing_values_take_the_estimators_path(data, estimator):
    X, _ = data
    rows = X[:50].copy()
    rows[::3, 0] = np.nan
    assert np.allclose(Forest(estimator).predict_proba(rows), _reference(estimator, rows), atol=1e-6)


def test_no_rows(estimator):
    assert Forest(estimator).predict_proba(np.zeros((0, 12), dtype=np.float32)).shape == (0, len(LABELS))


def test_a_copy_that_disagrees_is_not_used(data, estimator, monkeypatch):
    X, _ = data
    forest = Forest(estimator)
    monkeypatch.setattr(Forest, "_raw_compiled", lambda self, rows: np.zeros((len(rows), len(estimator.classes_))))
    distrusted = Forest(estimator)
    assert forest.compiled and not distrusted.compiled
    assert np.allclose(distrusted.predict_proba(X), _reference(estimator, X), atol=1e-6)


def test_a_compiled_loop_that_fails_is_not_used(data, estimator, monkeypatch):
    X, _ = data

    def moved(self, rows):  # as if predict_stages had changed its signature
        raise TypeError("predict_stages() takes 3 positional arguments")

    monkeypatch.setattr(Forest, "_raw_compiled", moved)
    forest = Forest(estimator)
    assert not forest.compiled
    assert np.allclose(forest.predict_proba(X[:20]), _reference(estimator, X[:20]), atol=1e-6)
