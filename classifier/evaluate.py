"""The shared measure: per page and label, word-multiset precision, recall and F1 of predicted against gold
text, averaged over pages, per label, per language, and the macro-F1 of the five scored labels.

This is the measure of ``shared/tools/score.py`` (labels format v1, ``ANNOTATION_FORMAT.md``), implemented
again so that the package can score itself; a test pins the two together.
"""
from __future__ import annotations

import json
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .labels import SCORED_LABELS

__all__ = ["tokens", "prf", "gold_texts", "load_gold", "load_predictions", "predicted_texts", "PageScore",
           "score_pages", "summarize", "format_summary"]

_SKIP = {"script", "style", "noscript", "template", "head", "title", "meta", "link"}


def tokens(text: str) -> list[str]:
    """Whitespace words with punctuation and symbols stripped at both ends, lower-cased; CJK characters count
    one token each."""
    out = []
    for word in text.split():
        word = word.strip("".join(c for c in set(word) if unicodedata.category(c)[0] in "PS"))
        if not word:
            continue
        if any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in word):
            out.extend(c for c in word if unicodedata.category(c)[0] not in "PSZ")
        else:
            out.append(word.lower())
    return out


def prf(pred: Counter, gold: Counter) -> tuple[float, float, float]:
    """Precision, recall and F1 of two word multisets (an empty side scores 1.0 when both are empty)."""
    common = sum((pred & gold).values())
    p = common / sum(pred.values()) if pred else (1.0 if not gold else 0.0)
    r = common / sum(gold.values()) if gold else (1.0 if not pred else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _decode(data: bytes) -> str:
    # The scorer's own decoding, kept identical so that gold texts match it to the word.
    from bs4.dammit import EncodingDetector

    for bom, enc in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(enc, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = EncodingDetector.find_declared_encoding(data, is_html=True)
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    return data.decode("windows-1252", "replace")


def gold_texts(html: bytes | str, regions: Sequence[Mapping[str, str]]) -> dict[str, str]:
    """Gold text of every label: text nodes joined with spaces, each under its innermost region's label."""
    from bs4 import BeautifulSoup, NavigableString
    from bs4.element import PreformattedString

    soup = BeautifulSoup(html if isinstance(html, str) else _decode(html), "lxml")
    owner: dict[int, str] = {}
    for region in regions:
        found = soup.select(region["selector"])
        if not found:
            raise ValueError(f"selector matches nothing: {region['selector']!r}")
        for el in found:
            owner[id(el)] = region["label"]
    texts: dict[str, list[str]] = defaultdict(list)
    stack = [(iter(soup.children), owner.get(id(soup), "other"))]  # iterative: any depth is safe
    while stack:
        children, label = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
        elif isinstance(child, PreformattedString):
            continue
        elif isinstance(child, NavigableString):
            if child.strip():
                texts[label].append(str(child))
        elif child.name not in _SKIP:
            stack.append((iter(child.children), owner.get(id(child), label)))
    return {k: " ".join(v) for k, v in texts.items()}


def load_gold(folder: Path, pages: Path | None = None) -> dict[str, dict]:
    """Gold texts per page name: from ``NAME.labels.json`` (page beside it or in ``pages``) or ``NAME.gold.json``.
    Each value is ``{"lang": ..., "texts": {label: text}}``."""
    gold: dict[str, dict] = {}
    folder = Path(folder)
    for path in sorted(folder.rglob("*.labels.json")):
        name = path.name[: -len(".labels.json")]
        labels = json.loads(path.read_text(encoding="utf-8"))
        html = (Path(pages) / (name + ".html") if pages else path.with_name(name + ".html")).read_bytes()
        gold[name] = {"lang": labels.get("lang", "?"), "texts": gold_texts(html, labels["regions"])}
    for path in sorted(folder.rglob("*.gold.json")):
        gold[path.name[: -len(".gold.json")]] = json.loads(path.read_text(encoding="utf-8"))
    return gold


def predicted_texts(blocks: Iterable) -> dict[str, str]:
    """Text of every predicted label (blocks joined with spaces), from labelled blocks of one page."""
    texts: dict[str, list[str]] = defaultdict(list)
    for b in blocks:
        texts[b.label].append(b.text)
    return {k: " ".join(v) for k, v in texts.items()}


def load_predictions(path: Path) -> dict[str, str] | None:
    """Predicted text per label from a ``PAGE.jsonl`` file (None when the file is missing)."""
    path = Path(path)
    if not path.exists():
        return None
    texts: dict[str, list[str]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").split("\n"):  # U+2028 may sit inside a JSON string
        if line.strip():
            block = json.loads(line)
            texts[block["label"]].append(block.get("text", ""))
    return {k: " ".join(v) for k, v in texts.items()}


@dataclass(frozen=True)
class PageScore:
    page: str
    lang: str
    label: str
    precision: float
    recall: float
    f1: float


def score_pages(gold: Mapping[str, dict], predictions: Mapping[str, Mapping[str, str] | None],
                labels: Sequence[str] = SCORED_LABELS) -> list[PageScore]:
    """Score every gold page against its predicted texts (a missing prediction scores as empty)."""
    rows = []
    for page, g in gold.items():
        pred = predictions.get(page) or {}
        for label in labels:
            gt = Counter(tokens(g["texts"].get(label) or ""))
            pt = Counter(tokens(pred.get(label) or ""))
            if not gt and not pt:
                continue
            rows.append(PageScore(page, g.get("lang", "?"), label, *prf(pt, gt)))
    return rows


def summarize(rows: Iterable[PageScore], labels: Sequence[str] = SCORED_LABELS,
              groups: Mapping[str, str] | None = None) -> dict[str, dict]:
    """Mean precision/recall/F1 per label for all pages and per language (or per ``groups[page]``), with the
    macro-F1 of the labels present."""
    rows = list(rows)
    group_of = (lambda r: groups.get(r.page, "?")) if groups else (lambda r: r.lang)
    table: dict[str, dict] = {}
    for group in ["all"] + sorted({group_of(r) for r in rows}):
        sel = [r for r in rows if group == "all" or group_of(r) == group]
        per: dict = {}
        for label in labels:
            rs = [r for r in sel if r.label == label]
            if rs:
                per[label] = {"pages": len(rs), "precision": sum(r.precision for r in rs) / len(rs),
                              "recall": sum(r.recall for r in rs) / len(rs), "f1": sum(r.f1 for r in rs) / len(rs)}
        if per:
            per["macro_f1"] = sum(v["f1"] for v in per.values()) / len(per)
            table[group] = per
    return table


def format_summary(table: Mapping[str, dict], labels: Sequence[str] = SCORED_LABELS) -> str:
    """The summary as text, in the layout of the shared scorer."""
    lines = []
    for group, per in table.items():
        lines.append(f"[{group}]")
        for label in labels:
            if label in per:
                v = per[label]
                lines.append(f"  {label:12s} pages={v['pages']:4d}  P={v['precision']:.3f}  R={v['recall']:.3f}  "
                             f"F1={v['f1']:.3f}")
        lines.append(f"  macro-F1 {per['macro_f1']:.3f}")
    return "\n".join(lines)
