"""The shipped default model on the example page, and the API's promises."""
from __future__ import annotations

import json
import os
import subprocess
import sys
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


def test_same_result_in_other_processes_whatever_the_hash_seed(example):
    """Labels and probabilities do not depend on the process (set/dict order, hash randomisation)."""
    data = example[0]
    here = [[b.label, b.block.xpath, round(s, 6)] for b in classify(data) for s in b.proba]
    code = ("import json, sys, classifier; data = open(sys.argv[1], 'rb').read(); "
            "print(json.dumps([[b.label, b.block.xpath, round(s, 6)] for b in classifier.classify(data) "
            "for s in b.proba]))")
    for seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code, str(EXAMPLE)], env=env, capture_output=True, text=True,
                             check=True).stdout
        assert json.loads(out) == here
