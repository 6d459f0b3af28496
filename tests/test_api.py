"""The shipped default model on the example page, and the API's promises."""
from __future__ import annotations

import json
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest

import classifier
from classifier import LABELS, classify, classify_many, extract
from classifier.evaluate import gold_texts, prf, tokens

from .conftest import EXAMPLE


@pytest.fixture(scope="module")
def example():
    data = EXAMPLE.read_bytes()
    meta = json.loads(EXAMPLE.with_name("bd-portal.labels.json").read_text(encoding="utf-8"))
    return data, gold_texts(data, meta["regions"])


def test_public_api_is_declared():
    for name in classifier.__all__:
        assert hasattr(classifier, name), name


def test_default_model_labels_every_part_of_the_example_page(example):
    data, gold = example
    blocks = classify(data)
    predicted: dict[str, list[str]] = {}
    for b in blocks:
        predicted.setdefault(b.label, []).append(b.text)
    for label in LABELS[:5]:
        assert label in gold, f"the example page should have {label}"
        p, r, f = prf(Counter(tokens(" ".join(predicted.get(label, [])))), Counter(tokens(gold[label])))
        assert f >= 0.8, f"{label}: P={p:.2f} R={r:.2f} F1={f:.2f}"


def test_blocks_carry_full_distributions(example):
    for b in classify(example[0]):
        assert set(b.distribution) == set(LABELS)
        assert abs(sum(b.proba) - 1.0) < 1e-3 and b.score == max(b.proba)
        assert b.label == LABELS[b.proba.index(b.score)]


def test_extract_returns_the_article_text(example):
    data, gold = example
    text = extract(data)
    assert prf(Counter(tokens(text)), Counter(tokens(gold["article"])))[2] >= 0.9
    with pytest.raises(ValueError):
        extract(data, label="sidebar")


def test_same_result_across_threads_and_batches(example):
    data = example[0]
    first = [(b.label, b.text, b.proba) for b in classify(data)]
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda _: [(b.label, b.text, b.proba) for b in classify(data)], range(16)))
    assert all(r == first for r in results)
    batch = classify_many([data, data.decode("utf-8")])
    assert [(b.label, b.text, b.proba) for b in batch[1]] == first
