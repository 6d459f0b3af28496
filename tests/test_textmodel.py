from __future__ import annotations

import numpy as np

from classifier import LABELS
from classifier.textmodel import TextModel, TextModelParams


def test_probabilities_are_a_real_distribution(tmp_path):
    texts = ["vote now view results", "reply to this comment", "home news sport menu", "the minister said today"] * 30
    labels = [LABELS.index(x) for x in ("poll", "comment", "navigation", "article")] * 30
    model = TextModel.train(texts, labels, TextModelParams(epoch=20, bucket=10_000, dim=8))
    model.save(tmp_path / "m.ftz")
    for m in (model, TextModel.load(tmp_path / "m.ftz")):
        proba = m.predict_proba(["vote now", "reply to this comment", "line\nbreak", ""])
        assert proba.shape == (4, len(LABELS))
        assert np.allclose(proba.sum(axis=1), 1.0, atol=1e-3)
        # not one number repeated across the row (the NumPy 2 bug of the list predict path)
        assert proba[0, LABELS.index("poll")] > 0.5 > proba[0, LABELS.index("comment")]
        assert proba[1].argmax() == LABELS.index("comment")
        # repeated inputs are predicted once and give the same rows as on their own
        batch = m.predict_proba(["vote now", "menu", "vote now", "menu", "reply"])
        alone = np.vstack([m.predict_proba([t]) for t in ["vote now", "menu", "vote now", "menu", "reply"]])
        assert np.array_equal(batch, alone)
