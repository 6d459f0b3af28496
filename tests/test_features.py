from __future__ import annotations

import numpy as np

from classifier import parse, segment
from classifier.blocks import CONTEXT_LEVELS
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


def test_article_share_tells_the_article_from_a_sidebar_of_teasers():
    # Two paragraphs of the article in <article>, one teaser paragraph in the <aside>: each reads as article
    # as surely as the others, so the mean under its parent cannot tell them apart; the share of the page's
    # article mass under the parent can.
    page = (b"<html><body><main><article><p>First paragraph of the story.</p><p>Second paragraph of it.</p>"
            b"</article></main><aside><div><p>A teaser of another story.</p></div></aside></body></html>")
    blocks = segment(parse(page))
    assert [b.text for b in blocks] == ["First paragraph of the story.", "Second paragraph of it.",
                                        "A teaser of another story."]
    proba = np.zeros((3, len(LABELS)), dtype=np.float32)
    proba[:, LABELS.index("article")] = 1.0
    names = context_feature_names("p", article_share=True)
    X = context_features(blocks, proba, article_share=True)
    assert X.shape == (3, len(names)) and len(names) == len(context_feature_names("p")) + CONTEXT_LEVELS
    mean, share = X[:, names.index("p.anc1.article")], X[:, names.index("p.anc1.share.article")]
    assert np.allclose(mean, 1.0)
    weights = np.log1p([b.n_chars for b in blocks])
    assert np.allclose(share, [weights[:2].sum() / weights.sum()] * 2 + [weights[2] / weights.sum()])
    assert share[0] > 0.5 > share[2]
    # without the option the columns are those of the first pass, unchanged
    plain = context_features(blocks, proba)
    kept = [i for i, name in enumerate(names) if ".share." not in name]
    assert np.array_equal(plain, X[:, kept])
    # a page with no article mass gives shares of 0, not a division by zero
    none = np.zeros_like(proba)
    none[:, LABELS.index("other")] = 1.0
    assert not context_features(blocks, none, article_share=True)[:, names.index("p.anc2.share.article")].any()


def test_attribute_input_keeps_the_nearest_tokens():
    block = segment(parse(b'<body><div id="outer" class="a b c"><p class="x-y z">text</p></div></body>'))[0]
    full = attr_model_input(block)
    assert full.split()[:2] == ["t:html", "t:body"] and "outer" in full
    short = attr_model_input(block, max_tokens=2)
    assert "x-y" in short and "x" in short.split() and "z" in short and "outer" not in short


def _text_features_one_by_one(block, words) -> list[float]:
    """The text features as defined, one block and one character at a time: what the vectorised code must give."""
    import math
    import re

    text = block.text
    n, toks = max(len(text), 1), text.split()
    n_tok = max(len(toks), 1)
    digits = punct = upper = cjk = 0
    for ch in text:
        if ch.isdigit():
            digits += 1
        elif ch.isupper():
            upper += 1
        elif ch.isalpha():
            cjk += "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af"
        elif not ch.isspace():
            punct += 1
    n_date = n_day = n_year = n_numeric = 0
    for tok in toks:
        w = tok.strip(".,;:!?()[]{}\"'«»“”‘’—–-|/।॥、。，：؛،·•*").lower()
        if w in words:
            n_date += 1
        elif w.isdigit():
            n_numeric += 1
            v = int(w) if w.isdecimal() else None
            n_day += v is not None and 1 <= v <= 31 and len(w) <= 2
            n_year += v is not None and 1300 <= v <= 2100 and len(w) == 4
    ends = ".!?।॥。！？؟…\u06d4"
    return [
        math.log1p(block.n_chars), math.log1p(block.n_words), block.n_chars / n_tok,
        block.link_chars / max(block.n_chars, 1), math.log1p(block.n_links), digits / n, punct / n, upper / n,
        float(text[-1:] in ends and text != ""), float(sum(text.count(c) for c in ends)),
        float(any(c in text for c in "?？؟")), float(sum(text.count(c) for c in "%٪％")), float(n_date),
        n_date / n_tok, float(n_day), float(n_year),
        float(len(re.findall(r"(?<!\d)\d{1,2}\s?[:：]\s?\d{2}(?!\d)", text))),
        float(len(re.findall(r"\d{1,4}\s?[年月日월일号號]|[星期][一二三四五六日天]|[月火水木金土日]曜|[월화수목금토일]요일", text))),
        n_numeric / n_tok, float("@" in text), float("©" in text or "(c)" in text.lower()), float(text.count("|")),
        float(text[:1].isdigit()), float(block.n_words <= 3), cjk / n,
    ]


def test_text_features_equal_their_definition_block_by_block():
    from pathlib import Path

    from classifier.features import _TEXT_NAMES, date_words

    pages = [PAGE, "<body><p>Sonntag, 21. April 2024 um 10:30 Uhr | 12 Kommentare</p><p>😀 Émoji 𝟙𝟚 x² (C) 2023 ©</p>"
             "<p>২১ এপ্রিল ২০২৪, রবিবার। আজ ৫০% ভোট?</p><p>2024年4月21日 星期日 土曜 12:05</p><p>E-MAIL @ US</p>"
             "<p>…</p><p>2024년 4월 21일 일요일 댓글</p></body>".encode()]
    pages += [p.read_bytes() for p in sorted(Path(__file__).parent.joinpath("fixtures", "pages").glob("*.html"))[:6]]
    words = date_words()
    for page in pages:
        blocks = segment(parse(page))
        got = block_features(blocks)[:, : len(_TEXT_NAMES)]
        want = np.array([_text_features_one_by_one(b, words) for b in blocks], dtype=np.float32)
        assert np.array_equal(got, want)
