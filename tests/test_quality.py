"""Quality gate: the default model on the team's own evaluation pages may not fall below recorded floors.

Two sets, both written by the team and never trained on: ``fixtures/pages`` (24 pages) and
``fixtures/handwritten`` (240 pages of 48 site designs in 28 languages, written by hand, apart from the corpus
generator). The floors live in quality_baseline.json with a hash of each set. Raise a floor when the model gets
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

from .conftest import FIXTURE_SETS

BASELINE = Path(__file__).with_name("quality_baseline.json")
LABELS = ["article", "navigation", "poll", "comment", "date-widget", "macro_f1"]


def fixture_hash(folder: Path) -> str:
    """SHA-256 over the names and bytes of every file of one fixture set."""
    h = hashlib.sha256()
    for path in sorted(folder.iterdir()):
        h.update(path.name.encode())
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def measure(folder: Path) -> dict:
    """The default model's summary over one fixture set (the shared measure, all languages)."""
    gold = load_gold(folder)
    preds = {name: predicted_texts(classify((folder / f"{name}.html").read_bytes())) for name in gold}
    return summarize(score_pages(gold, preds))["all"]


_summaries: dict[str, dict] = {}


def summary(name: str) -> dict:
    if name not in _summaries:
        _summaries[name] = measure(FIXTURE_SETS[name])
    return _summaries[name]


@pytest.mark.parametrize("name", sorted(FIXTURE_SETS))
def test_baseline_belongs_to_these_fixtures(name):
    baseline = json.loads(BASELINE.read_text())[name]
    assert baseline["fixtures_sha256"] == fixture_hash(FIXTURE_SETS[name]), \
        f"the {name} fixture pages changed: re-measure and record new floors (scripts/update_baseline.py)"


@pytest.mark.parametrize("name", sorted(FIXTURE_SETS))
@pytest.mark.parametrize("label", LABELS)
def test_quality_floor(name, label):
    floor = json.loads(BASELINE.read_text())[name]["floors"][label]
    got = summary(name)[label] if label == "macro_f1" else summary(name)[label]["f1"]
    assert got >= floor, f"{name}: {label} F1 {got:.3f} fell below the recorded floor {floor:.3f}"
