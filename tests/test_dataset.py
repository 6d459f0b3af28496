"""Labels format v1: selectors that lxml's cssselect cannot read are matched with soupsieve, as the scorer does."""
from __future__ import annotations

import json
from collections import Counter

import pytest

from classifier import LABELS
from classifier.dataset import AnnotationError, load_page
from classifier.evaluate import gold_texts, tokens

PAGE = """<html><body><nav><a href="/">Home</a> <a href="/b">Sport</a></nav>
<div id="content"><p>First paragraph of the story.</p><p>Second paragraph of the story.</p>
<p>Related: another story</p></div>
<div class="box"><h3>Reader poll</h3><label><input type="radio"> Yes</label></div>
<div class="box"><h3>Comments</h3><p>No comments yet.</p></div>
<footer><p>Editor: A. Person</p></footer></body></html>"""

REGIONS = [
    {"label": "navigation", "selector": "nav"},
    {"label": "article", "selector": "div#content > p:not(:last-of-type)"},  # cssselect: not implemented
    {"label": "poll", "selector": "div.box:-soup-contains('Reader poll')"},  # soupsieve only
    {"label": "comment", "selector": "div.box:nth-of-type(3)"},
]


def test_soupsieve_selectors_label_the_same_words_as_the_scorer(tmp_path):
    (tmp_path / "p.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "p.labels.json").write_text(json.dumps({"format": 1, "lang": "en", "regions": REGIONS}))
    page = load_page(tmp_path / "p.html", tmp_path / "p.labels.json")
    ours: dict[str, list[str]] = {}
    for block, label in zip(page.blocks, page.labels):
        ours.setdefault(LABELS[label], []).append(block.text)
    gold = gold_texts(PAGE, REGIONS)
    assert set(gold) == set(ours)
    for label, text in gold.items():
        assert Counter(tokens(" ".join(ours[label]))) == Counter(tokens(text)), label
    assert "Related: another story" in ours["other"]


def test_a_bad_selector_is_an_annotation_error(tmp_path):
    (tmp_path / "p.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "p.labels.json").write_text(json.dumps({"format": 1, "regions": [
        {"label": "poll", "selector": "div:-soup-contains("}]}))
    with pytest.raises(AnnotationError):
        load_page(tmp_path / "p.html", tmp_path / "p.labels.json")
