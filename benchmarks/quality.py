"""Side-by-side quality on the shared evaluation sets: this project, a keyword baseline, and peers.

    python benchmarks/quality.py [--shared ../shared] [--sets realpages,hashed,aeb] [--model DIR] [--json OUT]
    python benchmarks/quality.py --sets handwritten    # the team's 240 hand-written pages (in this repository)

Each system labels every page; the shared measure (per-label word-multiset F1, mean over pages) is printed per
set and label, and per language side by side. Peers are optional (``pip install -e '.[bench]'``) and only ever
extract article text (trafilatura also its comments), so they are scored on those labels; jusText gets the
stoplist of the page's language (its language-independent mode where it has none); a peer that is not
installed is skipped. Never used for training or tuning.
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


# ISO 639-1 code -> jusText's stoplist name; a language without one runs jusText in its language-independent
# mode (an empty stoplist with both stop-word thresholds at 0, as its own command line does).
JUSTEXT_STOPLISTS = {
    "af": "Afrikaans", "ar": "Arabic", "be": "Belarusian", "bg": "Bulgarian", "bn": "Bengali", "bs": "Bosnian",
    "ca": "Catalan", "cs": "Czech", "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek", "en": "English",
    "es": "Spanish", "et": "Estonian", "eu": "Basque", "fa": "Persian", "fi": "Finnish", "fr": "French",
    "ga": "Irish", "gl": "Galician", "gu": "Gujarati", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian",
    "hu": "Hungarian", "hy": "Armenian", "id": "Indonesian", "is": "Icelandic", "it": "Italian", "ka": "Georgian",
    "kk": "Kazakh", "kn": "Kannada", "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian", "mk": "Macedonian",
    "ml": "Malayalam", "mr": "Marathi", "ms": "Malay", "nb": "Norwegian_Bokmal", "ne": "Nepali", "nl": "Dutch",
    "nn": "Norwegian_Nynorsk", "no": "Norwegian_Bokmal", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian",
    "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sq": "Albanian", "sr": "Serbian", "sv": "Swedish",
    "sw": "Swahili", "ta": "Tamil", "te": "Telugu", "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian",
    "ur": "Urdu", "uz": "Uzbek", "vi": "Vietnamese", "yo": "Yoruba",
}


PEER_LABELS = {"trafilatura": ("article", "comment"), "readability": ("article",), "justext": ("article",),
               "boilerpy3": ("article",), "resiliparse": ("article",)}
"""What each peer extracts (it is scored on those labels only); this project and the keyword rule label all."""


def keyword_baseline(html: bytes, lang: str = "") -> Texts:
    """The rule of the shared README: the first keyword found in a block's tag/id/class path decides."""
    out: dict[str, list[str]] = {}
    for b in segment(parse(html)):
        names = " ".join(b.tag_path + b.attrs)
        out.setdefault(next((lab for lab, rx in KEYWORDS if rx.search(names)), "other"), []).append(b.text)
    return {k: " ".join(v) for k, v in out.items()}


def peers() -> dict[str, Callable[[bytes, str], Texts]]:
    """The installed peers, each called with a page and its language (ISO 639-1)."""
    found: dict[str, Callable[[bytes, str], Texts]] = {}
    try:
        import trafilatura

        def traf(html: bytes, lang: str) -> Texts:
            art = trafilatura.extract(html, include_comments=False) or ""
            full = trafilatura.bare_extraction(html, include_comments=True, with_metadata=False)
            comments = (full.get("comments") if isinstance(full, dict) else getattr(full, "comments", "")) or ""
            return {"article": art, "comment": comments}

        found["trafilatura"] = traf
    except ImportError:
        pass
    try:
        from readability import Document

        def readab(html: bytes, lang: str) -> Texts:
            summary = Document(html).summary()
            return {"article": " ".join(parse(summary).itertext())}

        found["readability"] = readab
    except ImportError:
        pass
    try:
        import justext

        def jt(html: bytes, lang: str) -> Texts:
            name = JUSTEXT_STOPLISTS.get(lang)
            if name:
                paras = justext.justext(html, justext.get_stoplist(name))
            else:
                paras = justext.justext(html, frozenset(), stopwords_low=0, stopwords_high=0)
            return {"article": " ".join(p.text for p in paras if not p.is_boilerplate)}

        found["justext"] = jt
    except ImportError:
        pass
    try:
        from boilerpy3 import extractors

        ext = extractors.ArticleExtractor()
        found["boilerpy3"] = lambda html, lang: {"article": ext.get_content(html.decode("utf-8", "replace"))}
    except ImportError:
        pass
    try:
        from resiliparse.extract.html2text import extract_plain_text

        found["resiliparse"] = lambda html, lang: {"article": extract_plain_text(html.decode("utf-8", "replace"),
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
    ap.add_argument("--sets", default="realpages,hashed,aeb",
                    help="comma-separated: realpages, hashed, aeb, handwritten")
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
                        preds[n] = fn(page, gold[n].get("lang", ""))
                    except Exception as exc:  # a peer failing on a page scores it empty
                        print(f"{system}: {n}: {exc}", file=sys.stderr)
                        preds[n] = {}
            secs = time.perf_counter() - t0
            scored = [lab for lab in labels if lab in PEER_LABELS.get(system, SCORED_LABELS)]
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
        # a macro-F1 only for systems that label all five: over a peer's one or two labels it is not comparable
        full = all(c in row for c in labels)
        cells = [row.get(c, {}).get("f1") if c != "macro_f1" else (row.get("macro_f1") if full else None)
                 for c in cols]
        print(f"{system:14s}" + "".join(f"{v:13.3f}" if v is not None else f"{'-':>13s}" for v in cells))
    langs = sorted({k for table in per_system.values() for k in table if k not in ("all", "seconds")})
    if len(langs) < 2:
        return
    for label in labels:
        scoring = [system for system, table in per_system.items() if label in table.get("all", {})]
        print(f"-- {label} F1 per language (pages with the label in gold or prediction)")
        print(f"{'lang':6s}" + "".join(f"{system[:11]:>12s}" for system in scoring))
        for lang in langs:
            cells = [per_system[system].get(lang, {}).get(label, {}).get("f1") for system in scoring]
            if any(v is not None for v in cells):
                print(f"{lang:6s}" + "".join(f"{v:12.3f}" if v is not None else f"{'-':>12s}" for v in cells))
    ours = per_system.get("pagesect", {})
    if ours:
        print("-- pagesect macro-F1 per language (over the labels present)")
        print("  " + "  ".join(f"{lang}={ours[lang]['macro_f1']:.2f}" for lang in langs if lang in ours))


if __name__ == "__main__":
    sys.exit(main())
