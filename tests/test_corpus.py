"""The training corpus in data/ holds what issue 3 asks for, and every labels file is valid."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from lxml.cssselect import CSSSelector

from classifier.dataset import page_files, read_labels
from classifier.parse import parse

from .conftest import CORPUS

REQUIRED_LANGS = {"en", "bn", "hi", "ur", "ar", "zh", "ja", "ru", "es", "fr", "de", "pt", "id"}
HINTS = ("poll", "vote", "comment", "reply", "respond", "calendar", "archive", "date", "today", "nav", "menu",
         "article", "content", "post", "entry", "story", "footer", "header", "sidebar")


@pytest.fixture(scope="module")
def corpus() -> list[tuple[Path, dict]]:
    return [(page, json.loads(labels.read_text(encoding="utf-8"))) for page, labels in page_files(CORPUS)]


def test_size_sites_and_languages(corpus):
    assert len(corpus) >= 800
    assert len({meta["site"] for _, meta in corpus}) >= 80
    langs = Counter(meta["lang"] for _, meta in corpus)
    assert len(langs) >= 14 and REQUIRED_LANGS <= set(langs)
    assert langs["bn"] >= len(corpus) / 4 and langs["en"] >= len(corpus) / 5


def test_every_label_on_enough_pages(corpus):
    present = Counter(label for _, meta in corpus for label in {r["label"] for r in meta["regions"]})
    for label in ("poll", "comment", "date-widget"):
        assert present[label] >= 0.3 * len(corpus), label
    assert present["navigation"] >= 0.9 * len(corpus)


def test_a_third_of_pages_have_no_class_hints(corpus):
    def hintless(page: Path) -> bool:
        root = parse(page.read_bytes())
        names = " ".join((el.get("class") or "") + " " + (el.get("id") or "") for el in root.iter()
                         if isinstance(el.tag, str)).lower()
        return not any(h in names for h in HINTS)

    assert sum(hintless(p) for p, _ in corpus) >= len(corpus) / 3


def test_text_varies_from_page_to_page(corpus):
    paragraphs = Counter()
    for page, _ in corpus[::3]:
        root = parse(page.read_bytes())
        texts = ("".join(p.itertext()) for p in root.iter("p"))
        paragraphs.update(t for t in texts if len(t) > 200)
    assert paragraphs and paragraphs.most_common(1)[0][1] <= 12


def test_every_labels_file_is_valid(corpus):
    for page, meta in corpus:
        read_labels(page.with_name(page.name.replace(".html", ".labels.json")))
        html = page.read_bytes()
        soup = BeautifulSoup(html, "lxml")
        root = parse(html)
        for region in meta["regions"]:
            assert soup.select(region["selector"]), (page.name, region["selector"])
            assert CSSSelector(region["selector"], translator="html")(root), (page.name, region["selector"])
