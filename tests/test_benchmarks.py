"""The quality benchmark harness: its peers are called as the issue of record asks (jusText with the page's
stoplist), and its tables print what the systems score. Peers are optional: their tests skip without them."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("quality_bench", ROOT / "benchmarks" / "quality.py")
quality = importlib.util.module_from_spec(_spec)
sys.modules["quality_bench"] = quality
_spec.loader.exec_module(quality)

PAGE = (ROOT / "examples" / "bd-portal.html").read_bytes()


def test_justext_stoplists_exist():
    justext = pytest.importorskip("justext")
    missing = set(quality.JUSTEXT_STOPLISTS.values()) - set(justext.get_stoplists())
    assert not missing


def test_justext_reads_the_page_language(monkeypatch):
    justext = pytest.importorskip("justext")
    calls = []
    real = justext.justext

    def spy(html, stoplist, *args, **kwargs):
        calls.append((stoplist, kwargs))
        return real(html, stoplist, *args, **kwargs)

    monkeypatch.setattr(justext, "justext", spy)
    jt = quality.peers()["justext"]
    jt(PAGE, "bn")
    jt(PAGE, "xh")  # no stoplist: the language-independent mode
    assert calls[0][0] == justext.get_stoplist("Bengali")
    assert calls[1][0] == frozenset() and calls[1][1] == {"stopwords_low": 0, "stopwords_high": 0}


def test_keyword_baseline_labels_the_example():
    texts = quality.keyword_baseline(PAGE)
    assert set(texts) <= {"article", "navigation", "poll", "comment", "date-widget", "other"}
    assert "poll" in texts and "comment" in texts


def test_table_leaves_out_what_a_system_does_not_label(capsys):
    per_system = {
        "pagesect": {"all": {lab: {"f1": 0.5} for lab in quality.SCORED_LABELS} | {"macro_f1": 0.5},
                     "en": {"article": {"f1": 0.9}, "macro_f1": 0.9}, "bn": {"article": {"f1": 0.7}, "macro_f1": 0.7}},
        "justext": {"all": {"article": {"f1": 0.4}, "macro_f1": 0.4}, "en": {"article": {"f1": 0.8}, "macro_f1": 0.8}},
    }
    quality.print_table("realpages", per_system, list(quality.SCORED_LABELS))
    out = capsys.readouterr().out
    justext_row = next(line for line in out.splitlines() if line.startswith("justext"))
    assert justext_row.split()[1:] == ["0.400", "-", "-", "-", "-", "-"]  # no macro-F1 over one label
    assert "-- article F1 per language" in out
    bn_row = next(line for line in out.splitlines() if line.startswith("bn "))
    assert bn_row.split() == ["bn", "0.700", "-"]
