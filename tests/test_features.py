from __future__ import annotations

import numpy as np

from classifier import parse, segment
from classifier.features import (BLOCK_FEATURE_NAMES, attr_model_input, block_features, context_feature_names,
                                 context_features)
from classifier.labels import LABELS

PAGE = b"""<html><body><nav class="menu"><a href=/>Home</a> <a href=/w>World</a></nav>
<article class="story"><p>First paragraph of the story, long enough to weigh.</p>
<p>Second paragraph of the story.</p></article>
<div class="comments"><p>A reader wrote this.</p></div></body></html>"""


def test_block_features_have_one_named_column_each():
    blocks = segment(parse(PAGE))
    X = block_features(blocks)
    assert X.shape == (len(blocks), len(BLOCK_FEATURE_NAMES))
    assert X.dtype == np.float32 and np.isfinite(X).all()


def test_context_features_say_how_much_of_each_label_comes_before_a_block():
    blocks = segment(parse(PAGE))
    n = len(blocks)
    proba = np.zeros((n, len(LABELS)), dtype=np.float32)
    proba[0, LABELS.index("navigation")] = 1.0
    proba[1:3, LABELS.index("article")] = 1.0
    proba[3, LABELS.index("comment")] = 1.0
    X = context_features(blocks, proba)
    names = context_feature_names("p")
    assert X.shape == (n, len(names))
    before = X[:, [names.index(f"p.before.{lab}") for lab in LABELS]]
    art = before[:, LABELS.index("article")]
    assert art[0] == 0.0 and art[1] == 0.0 and 0.0 < art[2] < 1.0 and art[3] == 1.0
    assert before[0].sum() == 0.0  # nothing comes before the first block
    assert before[3, LABELS.index("comment")] == 0.0  # a block's own mass is not "before" it
    assert (np.diff(before, axis=0) >= 0).all()


def test_attribute_input_keeps_the_nearest_tokens():
    block = segment(parse(b'<body><div id="outer" class="a b c"><p class="x-y z">text</p></div></body>'))[0]
    full = attr_model_input(block)
    assert full.split()[:2] == ["t:html", "t:body"] and "outer" in full
    short = attr_model_input(block, max_tokens=2)
    assert "x-y" in short and "x" in short.split() and "z" in short and "outer" not in short
