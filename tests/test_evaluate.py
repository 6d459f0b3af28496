"""The package's measure is the shared scorer's measure, word for word."""
from __future__ import annotations

import json
from collections import Counter

import pytest

from classifier.evaluate import gold_texts, load_gold, prf, score_pages, summarize, tokens

from .conftest import EXAMPLE, FIXTURES, SHARED, needs_shared, shared_score


def test_tokens():
    assert tokens("মন্তব্য নেই। Vote / Poll, (View Results)") == ["মন্তব্য", "নেই", "vote", "poll", "view", "results"]
    assert tokens("東京 2024年") == ["東", "京", "2", "0", "2", "4", "年"]


def test_prf():
    assert prf(Counter("aab"), Counter("ab")) == pytest.approx((2 / 3, 1.0, 0.8))
    assert prf(Counter(), Counter()) == (1.0, 1.0, 1.0)  # the scorer skips such pages anyway
    assert prf(Counter("a"), Counter())[0] == 0.0


LABELLED = sorted(FIXTURES.glob("*.labels.json")) + [EXAMPLE.with_name("bd-portal.labels.json")]


@needs_shared
@pytest.mark.parametrize("labels", LABELLED, ids=lambda p: p.name)
def test_gold_texts_match_the_shared_scorer(labels):
    score = shared_score()
    meta = json.loads(labels.read_text(encoding="utf-8"))
    html = labels.with_name(labels.name.replace(".labels.json", ".html")).read_bytes()
    assert gold_texts(html, meta["regions"]) == score.gold_texts_from_regions(html, meta)


@needs_shared
def test_scores_match_the_shared_scorer(tmp_path):
    """Score a deliberately imperfect prediction both ways: the tables must agree to the digit."""
    score = shared_score()
    gold = load_gold(FIXTURES)
    for name, g in gold.items():
        lines = []
        for label, text in g["texts"].items():
            words = text.split()
            wrong = "comment" if label == "article" else label
            lines.append({"label": label, "text": " ".join(words[: len(words) * 2 // 3])})
            lines.append({"label": wrong, "text": " ".join(words[len(words) * 2 // 3:])})
        (tmp_path / f"{name}.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines),
                                                encoding="utf-8")
    from classifier.evaluate import load_predictions

    ours = summarize(score_pages(gold, {n: load_predictions(tmp_path / f"{n}.jsonl") for n in gold}))
    rows, missing = score.score(score.load_gold(str(FIXTURES)), str(tmp_path), score.CLASSES)
    theirs = score.summarize(rows, score.CLASSES)
    assert not missing
    assert json.dumps(ours, sort_keys=True) == json.dumps(theirs, sort_keys=True)


@needs_shared
def test_gold_texts_match_on_the_shared_real_pages():
    score = shared_score()
    labels_dir = SHARED / "realpages" / "labels"
    for labels in sorted(labels_dir.glob("*.labels.json"))[:20]:
        meta = json.loads(labels.read_text(encoding="utf-8"))
        html = (SHARED / "realpages" / "pages" / labels.name.replace(".labels.json", ".html")).read_bytes()
        assert gold_texts(html, meta["regions"]) == score.gold_texts_from_regions(html, meta), labels.name
