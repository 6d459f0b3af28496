"""Side-by-side quality on the shared evaluation sets: this project, a keyword baseline, and peers.

    python benchmarks/quality.py [--shared ../shared] [--sets realpages,hashed,aeb] [--model DIR] [--json OUT]
    python benchmarks/quality.py --sets handwritten    # the team's 240 hand-written pages (in this repository)

Each system labels every page; the shared measure (per-label word-multiset F1, mean over pages) is printed per
set, label and language. Peers are optional (``pip install -e '.[bench]'``) and only ever extract article text
(trafilatura also its comments); a peer that is not installed is skipped. Never used for training or tuning.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from classifier import classify_many, load_model, parse, segment  # noqa: E402
from classifier.evaluate import load_gold, predicted_texts, score_pages, summarize  # noqa: E402
from classifier.labels import SCORED_LABELS  # noqa: E402

Texts = dict[str, str]
HANDWRITTEN = ROOT / "tests" / "fixtures" / "handwritten"
KEYWORDS = [("poll", re.compile(r"poll|vote", re.I)), ("comment", re.compile(r"comment|reply", re.I)),
            ("date-widget", re.compile(r"calendar|archive|today", re.I)),
            ("navigation", re.compile(r"nav|menu|footer", re.I)), ("article", re.compile(r"article|content", re.I))]


def keyword_baseline(html: bytes) -> Texts:
    """The rule of the shared README: the first keyword found in a block's tag/id/class path decides."""
    out: dict[str, list[str]] = {}
    for b in segment(parse(html)):
        names = " ".join(b.tag_path + b.attrs)
        out.setdefault(next((lab for lab, rx in KEYWORDS if rx.search(names)), "other"), []).append(b.text)
    return {k: " ".join(v) for k, v in out.items()}


def peers() -> dict[str, Callable[[bytes], Texts]]:
    found: dict[str, Callable[[bytes], Texts]] = {}
    try:
        import trafilatura

        def traf(html: bytes) -> Texts:
            art = trafilatura.extract(html, include_comments=False) or ""
            full = trafilatura.bare_extraction(html, include_comments=True, with_metadata=False)
            comments = (full.get("comments") if isinstance(full, dict) else getattr(full, "comments", "")) or ""
            return {"article": art, "comment": comments}

        found["trafilatura"] = traf
    except ImportError:
        pass
    try:
        from readability import Document

        def readab(html: bytes) -> Texts:
            summary = Document(html).summary()
            return {"article": " ".join(parse(summary).itertext())}

        found["readability"] = readab
    except ImportError:
        pass
    try:
        import justext

        def jt(html: bytes) -> Texts:
            paras = justext.justext(html, justext.get_stoplist("English"))
            return {"article": " ".join(p.text for p in paras if not p.is_boilerplate)}

        found["justext"] = jt
    except ImportError:
        pass
    try:
        from boilerpy3 import extractors

        ext = extractors.ArticleExtractor()
        found["boilerpy3"] = lambda html: {"article": ext.get_content(html.decode("utf-8", "replace"))}
    except ImportError:
        pass
    try:
        from resiliparse.extract.html2text import extract_plain_text

        found["resiliparse"] = lambda html: {"article": extract_plain_text(html.decode("utf-8", "replace"),
                                                                             main_content=True)}
    except ImportError:
        pass
    return found


def sets(shared: Path) -> dict[str, tuple[Path, Path | None, Path]]:
    """name -> (gold folder, pages folder for labels files, folder of the pages to run)."""
    return {
        "realpages": (shared / "realpages" / "labels", shared / "realpages" / "pages", shared / "realpages" / "pages"),
        "hashed": (shared / "realpages" / "hashed", None, shared / "realpages" / "hashed"),
        "aeb": (shared / "benchmarks" / "aeb" / "gold", None, shared / "benchmarks" / "aeb" / "pages"),
        "handwritten": (HANDWRITTEN, None, HANDWRITTEN),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--sets", default="realpages,hashed,aeb", help="comma-separated: realpages, hashed, aeb, handwritten")
    ap.add_argument("--model", type=Path, help="model directory (default: the shipped model)")
    ap.add_argument("--systems", help="comma-separated subset of systems to run")
    ap.add_argument("--json", type=Path, help="write all summaries here")
    args = ap.parse_args(argv)
    model = load_model(args.model) if args.model else None
    systems: dict[str, Callable] = {"pagesect": None, "keywords": keyword_baseline, **peers()}
    if args.systems:
        systems = {k: v for k, v in systems.items() if k in args.systems.split(",")}
    report: dict = {}
    for name in args.sets.split(","):
        gold_dir, pages_arg, run_dir = sets(args.shared)[name]
        gold = load_gold(gold_dir, pages_arg)
        labels = ["article"] if name == "aeb" else list(SCORED_LABELS)
        names = sorted(gold)
        pages = [(run_dir / f"{n}.html").read_bytes() for n in names]
        report[name] = {}
        for system, fn in systems.items():
            t0 = time.perf_counter()
            if system == "pagesect":
                preds = {n: predicted_texts(blocks) for n, blocks in zip(names, classify_many(pages, model=model))}
            else:
                preds = {}
                for n, page in zip(names, pages):
                    try:
                        preds[n] = fn(page)
                    except Exception as exc:  # a peer failing on a page scores it empty
                        print(f"{system}: {n}: {exc}", file=sys.stderr)
                        preds[n] = {}
            secs = time.perf_counter() - t0
            scored = labels if system in ("pagesect", "keywords") else [
                lab for lab in labels if lab in ("article", "comment")]
            report[name][system] = summarize(score_pages(gold, preds, scored), scored)
            report[name][system]["seconds"] = round(secs, 1)
        print_table(name, report[name], labels)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))
    return 0


def print_table(name: str, per_system: dict, labels: list[str]) -> None:
    cols = labels + (["macro_f1"] if len(labels) > 1 else [])
    print(f"\n== {name}: F1 per label (mean over pages), all languages")
    print(f"{'system':14s}" + "".join(f"{c:>13s}" for c in cols))
    for system, table in per_system.items():
        row = table.get("all", {})
        cells = [row.get(c, {}).get("f1") if c != "macro_f1" else row.get("macro_f1") for c in cols]
        print(f"{system:14s}" + "".join(f"{v:13.3f}" if v is not None else f"{'-':>13s}" for v in cells))
    ours = per_system.get("pagesect", {})
    langs = [k for k in ours if k not in ("all", "seconds")]
    if len(langs) > 1:
        print("-- pagesect per language (macro-F1 over the labels present)")
        print("  " + "  ".join(f"{lang}={ours[lang]['macro_f1']:.2f}" for lang in langs))


if __name__ == "__main__":
    sys.exit(main())
