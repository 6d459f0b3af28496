"""Quality gate: the default model on the team's own evaluation pages may not fall below recorded floors.

Two sets, both written by the team and never trained on: ``fixtures/pages`` (24 pages) and
``fixtures/handwritten`` (240 pages of 48 site designs in 28 languages, written by hand, apart from the corpus
generator). The floors live in quality_baseline.json with a hash of each set. Raise a floor when the model gets
better; lowering one is a deliberate edit of that file, never a silent one. Real-page scores (../shared) are
reported by benchmarks/, not asserted here.
"""
from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path

import pytest

from classifier import classify
from classifier.evaluate import load_gold, predicted_texts, score_pages, summarize
from classifier.labels import SCORED_LABELS

from .conftest import FIXTURE_SETS

BASELINE = Path(__file__).with_name("quality_baseline.json")
LABELS = [*SCORED_LABELS, "macro_f1"]


def fixture_hash(folder: Path) -> str:
    """SHA-256 over the names and bytes of every file of one fixture set."""
    h = hashlib.sha256()
    for path in sorted(folder.iterdir()):
        h.update(path.name.encode())
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def measure(folder: Path) -> dict[str, float]:
    """The default model's F1 per label and macro-F1 over one fixture set (the shared measure, all languages)."""
    gold = load_gold(folder)
    preds = {name: predicted_texts(classify((folder / f"{name}.html").read_bytes())) for name in gold}
    summary = summarize(score_pages(gold, preds))["all"]
    return {label: summary[label] if label == "macro_f1" else summary[label]["f1"] for label in LABELS}


@functools.cache
def measured(name: str) -> dict[str, float]:
    """:func:`measure` of one named set, once per test session."""
    return measure(FIXTURE_SETS[name])


@pytest.mark.parametrize("name", sorted(FIXTURE_SETS))
def test_baseline_belongs_to_these_fixtures(name):
    baseline = json.loads(BASELINE.read_text())[name]
    assert baseline["fixtures_sha256"] == fixture_hash(FIXTURE_SETS[name]), \
        f"the {name} fixture pages changed: re-measure and record new floors (scripts/update_baseline.py)"


@pytest.mark.parametrize("name", sorted(FIXTURE_SETS))
@pytest.mark.parametrize("label", LABELS)
def test_quality_floor(name, label):
    floor = json.loads(BASELINE.read_text())[name]["floors"][label]
    got = measured(name)[label]
    assert got >= floor, f"{name}: {label} F1 {got:.3f} fell below the recorded floor {floor:.3f}"
