"""Measure the default model on the fixture pages and record the floors of tests/quality_baseline.json.

    python scripts/update_baseline.py            # raise floors where the model now does better
    python scripts/update_baseline.py --lower    # also lower them: a deliberate, reviewed change

Floors are the measured F1 rounded down to two decimals. Without --lower a floor never goes down, so a change
that makes the model worse fails tests/test_quality.py instead of moving the bar.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_quality import BASELINE, FIXTURES, fixture_hash  # noqa: E402

from classifier import classify  # noqa: E402
from classifier.evaluate import load_gold, predicted_texts, score_pages, summarize  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lower", action="store_true", help="allow floors to go down")
    args = ap.parse_args(argv)
    gold = load_gold(FIXTURES)
    preds = {name: predicted_texts(classify((FIXTURES / f"{name}.html").read_bytes())) for name in gold}
    summary = summarize(score_pages(gold, preds))["all"]
    measured = {lab: summary[lab]["f1"] for lab in ("article", "navigation", "poll", "comment", "date-widget")}
    measured["macro_f1"] = summary["macro_f1"]
    old = json.loads(BASELINE.read_text())["floors"] if BASELINE.exists() else {}
    same_fixtures = BASELINE.exists() and json.loads(BASELINE.read_text())["fixtures_sha256"] == fixture_hash()
    floors = {}
    for label, value in measured.items():
        floor = math.floor(value * 100) / 100
        if same_fixtures and not args.lower and label in old:
            floor = max(floor, old[label])
        floors[label] = floor
        print(f"{label:12s} measured {value:.3f}  floor {old.get(label, float('nan')):.2f} -> {floor:.2f}")
    BASELINE.write_text(json.dumps({"fixtures_sha256": fixture_hash(), "floors": floors}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
