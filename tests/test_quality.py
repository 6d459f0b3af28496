"""Quality gate: the default model on the team's own fixture pages may not fall below recorded floors.

The floors live in quality_baseline.json with a hash of the fixture set. Raise a floor when the model gets
better; lowering one is a deliberate edit of that file, never a silent one. Real-page scores (../shared) are
reported by benchmarks/, not asserted here.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from classifier import classify
from classifier.evaluate import load_gold, predicted_texts, score_pages, summarize

from .conftest import FIXTURES

BASELINE = Path(__file__).with_name("quality_baseline.json")


def fixture_hash() -> str:
    h = hashlib.sha256()
    for path in sorted(FIXTURES.iterdir()):
        h.update(path.name.encode())
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


@pytest.fixture(scope="module")
def summary() -> dict:
    gold = load_gold(FIXTURES)
    preds = {name: predicted_texts(classify((FIXTURES / f"{name}.html").read_bytes())) for name in gold}
    return summarize(score_pages(gold, preds))["all"]


def test_baseline_belongs_to_these_fixtures():
    baseline = json.loads(BASELINE.read_text())
    assert baseline["fixtures_sha256"] == fixture_hash(), \
        "the fixture pages changed: re-measure and record new floors in quality_baseline.json"


@pytest.mark.parametrize("label", ["article", "navigation", "poll", "comment", "date-widget", "macro_f1"])
def test_quality_floor(summary, label):
    floor = json.loads(BASELINE.read_text())["floors"][label]
    got = summary[label] if label == "macro_f1" else summary[label]["f1"]
    assert got >= floor, f"{label} F1 {got:.3f} fell below the recorded floor {floor:.3f}"
