"""Build and execute notebooks/evaluation.ipynb (saved with its outputs).

    python notebooks/build_evaluation.py        # needs ../shared, nbclient and ipykernel, matplotlib

The notebook shows XPaths, labels and counts of the shared real pages, never their text: those pages are
only a yardstick and their text stays out of this repository.
"""
from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

HERE = Path(__file__).resolve().parent

CELLS = [
    ("md", "# Evaluation of the default model\n\nThe shipped model on the shared real pages (`../shared/realpages`, "
           "never trained on), with the shared measure: per-label word-multiset F1 averaged over pages. Built by "
           "`notebooks/build_evaluation.py`; page text is never shown, only XPaths, labels and counts."),
    ("code", """import json, sys
from collections import Counter, defaultdict
from pathlib import Path
import numpy as np
ROOT = Path.cwd().parent if Path.cwd().name == "notebooks" else Path.cwd()
sys.path.insert(0, str(ROOT))
import classifier
from classifier import LABELS, default_model, parse, segment
from classifier.api import _label
from classifier.dataset import load_page
from classifier.evaluate import load_gold, predicted_texts, score_pages, summarize, format_summary
SHARED = ROOT.parent / "shared"
model = default_model()
meta = model.meta
print("trained on", meta["training_data"]["pages"], "pages,", meta["training_data"]["sites"], "sites,",
      len(meta["training_data"]["languages"]), "languages; page gates", meta["page_gates"])
print("cross-validated (grouped by site) macro-F1 on the training corpus:", round(meta["metrics"]["all"]["macro_f1"], 3))"""),
    ("md", "## Per label and per language on the labelled real pages"),
    ("code", """gold = load_gold(SHARED / "realpages" / "labels", SHARED / "realpages" / "pages")
names = sorted(gold)
pages = {n: (SHARED / "realpages" / "pages" / f"{n}.html").read_bytes() for n in names}
labeled = dict(zip(names, classifier.classify_many([pages[n] for n in names])))
preds = {n: predicted_texts(blocks) for n, blocks in labeled.items()}
rows = score_pages(gold, preds)
table = summarize(rows)
print(format_summary({"all": table["all"]}))
print()
for lang, per in table.items():
    if lang != "all":
        print(f"{lang:4s} pages={len({r.page for r in rows if r.lang == lang}):3d}  macro-F1={per['macro_f1']:.3f}  " +
              "  ".join(f"{k}={v['f1']:.2f}" for k, v in per.items() if k != "macro_f1"))"""),
    ("code", """latin = {"en", "de", "es", "fr", "pl", "pt", "no", "sq", "sw", "xh"}
groups = {n: ("latin" if g["lang"] in latin else "non-latin") for n, g in gold.items()}
for group, per in summarize(rows, groups=groups).items():
    print(f"{group:10s} macro-F1 {per['macro_f1']:.3f}")"""),
    ("md", "## Confusion matrix (words, block level)\n\nGold block labels come from the annotations through the "
           "project's own block cutter (a block takes the label of most of its characters)."),
    ("code", """conf = np.zeros((len(LABELS), len(LABELS)))
block_rows = []
for n in names:
    try:
        page = load_page(SHARED / "realpages" / "pages" / f"{n}.html", SHARED / "realpages" / "labels" / f"{n}.labels.json")
    except Exception as exc:
        print("skipped", n, type(exc).__name__)
        continue
    proba = model.predict_proba(page.blocks)
    for b, g, p in zip(page.blocks, page.labels, proba):
        conf[g, p.argmax()] += b.n_words
        block_rows.append((n, b.xpath, g, int(p.argmax()), float(p.max()), b.n_words))
print("rows: gold, columns: predicted (share of the gold label's words)")
print(" " * 12 + "".join(f"{l[:10]:>11s}" for l in LABELS))
for i, l in enumerate(LABELS):
    print(f"{l:12s}" + "".join(f"{v:11.2f}" for v in conf[i] / max(conf[i].sum(), 1)))"""),
    ("md", "## Worst pages and their mistakes (XPaths only)"),
    ("code", """per_page = defaultdict(list)
for r in rows:
    per_page[r.page].append(r.f1)
worst = sorted(per_page, key=lambda n: np.mean(per_page[n]))[:6]
for n in worst:
    print(f"{n}: mean F1 over its labels {np.mean(per_page[n]):.2f}")
    wrong = sorted([r for r in block_rows if r[0] == n and r[2] != r[3]], key=lambda r: -r[5])[:4]
    for _, xpath, g, p, s, words in wrong:
        print(f"    {words:5d} words  gold={LABELS[g]:12s} predicted={LABELS[p]:12s} ({s:.2f})  {xpath[-60:]}")"""),
    ("md", "## Calibration of block probabilities\n\nWord-weighted accuracy of blocks by the probability of their "
           "predicted label."),
    ("code", """import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from IPython.display import Image, display
scores = np.array([r[4] for r in block_rows]); ok = np.array([r[2] == r[3] for r in block_rows]); w = np.array([r[5] for r in block_rows], float)
bins = np.linspace(0, 1, 11); mids, accs = [], []
for lo, hi in zip(bins[:-1], bins[1:]):
    m = (scores >= lo) & (scores < hi if hi < 1 else scores <= hi)
    if w[m].sum():
        mids.append((lo + hi) / 2); accs.append((ok[m] * w[m]).sum() / w[m].sum())
        print(f"{lo:.1f}-{hi:.1f}: {int(m.sum()):6d} blocks  accuracy {accs[-1]:.2f}")
fig, ax = plt.subplots(figsize=(4, 4))
ax.plot([0, 1], [0, 1], "--", color="grey"); ax.plot(mids, accs, "o-")
ax.set_xlabel("predicted probability"); ax.set_ylabel("word-weighted accuracy"); ax.set_title("reliability")
fig.savefig("/tmp/calibration.png", dpi=80, bbox_inches="tight"); display(Image("/tmp/calibration.png"))"""),
    ("md", "## Hashed ids and classes, and the article benchmark"),
    ("code", """hgold = load_gold(SHARED / "realpages" / "hashed")
hn = sorted(hgold)
hl = classifier.classify_many([(SHARED / "realpages" / "hashed" / f"{n}.html").read_bytes() for n in hn])
hp = {n: predicted_texts(bl) for n, bl in zip(hn, hl)}
print("hashed macro-F1", round(summarize(score_pages(hgold, hp))["all"]["macro_f1"], 3))
agold = load_gold(SHARED / "benchmarks" / "aeb" / "gold")
an = sorted(agold)
al = classifier.classify_many([(SHARED / "benchmarks" / "aeb" / "pages" / f"{n}.html").read_bytes() for n in an])
ap = {n: predicted_texts(bl) for n, bl in zip(an, al)}
print("aeb article F1", round(summarize(score_pages(agold, ap, ["article"]), ["article"])["all"]["article"]["f1"], 3))"""),
]


def main() -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell(src) if kind == "md" else nbformat.v4.new_code_cell(src)
                for kind, src in CELLS]
    NotebookClient(nb, timeout=1200, kernel_name="python3", resources={"metadata": {"path": str(HERE)}}).execute()
    nbformat.write(nb, HERE / "evaluation.ipynb")
    print("wrote", HERE / "evaluation.ipynb")


if __name__ == "__main__":
    main()
