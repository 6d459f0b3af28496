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


def test_bag_of_tokens_models_give_fasttexts_own_probabilities(tmp_path):
    # without word n-grams the hidden layer is computed from cached token vectors; it must be fastText's
    texts = ["t:div menu nav-main main", "t:li poll-box vote", "t:div comments reply", "t:p entry-content"] * 30
    labels = [LABELS.index(x) for x in ("navigation", "poll", "comment", "article")] * 30
    params = TextModelParams(epoch=15, bucket=10_000, dim=8, word_ngrams=1, minn=3, maxn=5, quantize_cutoff=500)
    probes = ["t:div menu", "t:li\tvote  reply", "", "  ", "__label__poll vote", "zzqx unseen-token",
              "মন্তব্য নেই", "a\x0bb\rc", "t:div menu", "t:p " * 300]
    for quantize in (False, True):
        model = TextModel.train(texts, labels, params, quantize=quantize)
        model.save(tmp_path / "b.ftz")
        for m in (model, TextModel.load(tmp_path / "b.ftz")):
            assert m._bag
            for _ in range(2):  # cold, then from the token cache
                got = m.predict_proba(probes)
                want = m._predict_each(probes)  # fastText's own predict
                assert np.allclose(got, want, atol=1e-5), np.abs(got - want).max()
                assert (got[:, [LABELS.index(x) for x in ("date-widget", "other")]] == 0).all()
        many = [f"t:div menu item-{i} reply" for i in range(1300)]  # more distinct inputs than one slice holds
        got = model.predict_proba(many)
        want = model._predict_each(many[::97])
        assert np.allclose(got[::97], want, atol=1e-5)


def test_token_cache_turning_over_keeps_the_numbers(monkeypatch):
    # a full token cache becomes the older generation (still read) and a new one starts: rows must stay right
    import classifier.textmodel as tm

    texts = ["t:div menu nav-main main", "t:li poll-box vote", "t:div comments reply"] * 20
    labels = [LABELS.index(x) for x in ("navigation", "poll", "comment")] * 20
    model = TextModel.train(texts, labels, TextModelParams(epoch=10, bucket=10_000, dim=8, word_ngrams=1, minn=3,
                                                           maxn=5), quantize=True)
    monkeypatch.setattr(tm, "_TOKEN_CACHE", 8)
    probes = [f"t:div menu item-{i} reply x{i % 5}" for i in range(40)]
    for _ in range(3):  # the cache turns over several times within and across the calls
        got = model.predict_proba(probes)
        assert np.allclose(got, model._predict_each(probes), atol=1e-5)
    assert len(model._token_rows) <= 8 and len(model._older_rows) <= 8
