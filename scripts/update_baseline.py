"""Measure the default model on the fixture sets and record the floors of tests/quality_baseline.json.

    python scripts/update_baseline.py            # raise floors where the model now does better
    python scripts/update_baseline.py --lower    # also lower them: a deliberate, reviewed change

Floors are the measured F1 rounded down to two decimals. Without --lower a floor never goes down, so a change
that makes the model worse fails tests/test_quality.py instead of moving the bar. A set whose pages changed
gets floors measured afresh.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_quality import BASELINE, FIXTURE_SETS, fixture_hash, measure  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lower", action="store_true", help="allow floors to go down")
    args = ap.parse_args(argv)
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    out = {}
    for name, folder in sorted(FIXTURE_SETS.items()):
        pages_hash = fixture_hash(folder)
        old = baseline.get(name, {})
        old_floors = old.get("floors", {}) if old.get("fixtures_sha256") == pages_hash else {}
        floors = {}
        for label, value in measure(folder).items():
            floor = math.floor(value * 100) / 100
            if not args.lower and label in old_floors:
                floor = max(floor, old_floors[label])
            floors[label] = floor
            print(f"{name:12s} {label:12s} measured {value:.3f}  floor "
                  f"{old.get('floors', {}).get(label, float('nan')):.2f} -> {floor:.2f}")
        out[name] = {"fixtures_sha256": pages_hash, "floors": floors}
    BASELINE.write_text(json.dumps(out, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
