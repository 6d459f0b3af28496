"""Stage 3: blocks → numeric features, each with a human-readable name.

Pure functions. :func:`block_features` measures each block alone: its text (in a language-neutral way: date
words of every CLDR locale, digits of every script, percentages, sentence ends), its element and its
ancestors' subtree counts, repeated siblings, landmarks. :func:`context_features` adds what the neighbours say:
the text-model probabilities of the previous and next blocks and the length-weighted mean probabilities of the
blocks under each of the block's ancestors (the container a block sits in says most about it), and how much of
each label's mass on the page lies before the block (replies come after the article they answer).

A page's blocks are measured together, not one by one: their characters as one array of code points whose
classes come from a table, their tokens once per distinct token of the page.
"""
from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from itertools import chain
from typing import Final

import numpy as np

from .blocks import CONTEXT_LEVELS, MAX_ATTRS, STAT_NAMES, Block
from .labels import LABELS

__all__ = ["BLOCK_FEATURE_NAMES", "context_feature_names", "block_features", "context_features", "ancestor_groups",
           "text_model_input", "attr_model_input", "date_words"]

STAT_LEVELS: Final = 4
"""Subtree counts enter the features for the block's element and its first STAT_LEVELS - 1 ancestors."""
_TAGS: Final = ("p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dd", "dt", "form",
                "button", "select", "textarea", "section", "article", "header", "footer", "nav", "aside", "main",
                "blockquote", "figcaption", "span", "table", "tr", "label", "pre", "iframe", "body", "summary")
_LANDMARKS: Final = ("nav", "header", "footer", "aside", "main", "article", "form", "li", "table", "ul", "ol",
                     "a", "button", "select", "figure", "blockquote", "h1", "h2", "h3", "section", "label", "dl",
                     "time", "iframe", "details")
_LANDMARK_SET: Final = frozenset(_LANDMARKS)
_SENT_END: Final = frozenset(".!?।॥。！？؟…\u06d4")
_QUESTION: Final = frozenset("?？؟")
_PERCENT: Final = frozenset("%٪％")
_TIME_RE: Final = re.compile(r"(?<!\d)\d{1,2}\s?[:：]\s?\d{2}(?!\d)")
_CJK_DATE_RE: Final = re.compile(r"\d{1,4}\s?[年月日월일号號]|[星期][一二三四五六日天]|[月火水木金土日]曜|[월화수목금토일]요일")
_CJK_DATE_CHARS: Final = frozenset("年月日월일号號星期曜요")  # one of them is in every match
_TEXT_NAMES: Final = ("log_chars", "log_words", "mean_word_len", "link_density", "log_links", "digit_ratio",
                      "punct_ratio", "upper_ratio", "ends_sentence", "n_sentence_ends", "has_question",
                      "n_percent", "n_date_words", "date_word_ratio", "n_day_numbers", "n_years", "n_times",
                      "n_cjk_dates", "numeric_token_ratio", "has_at", "has_copyright", "n_pipes",
                      "starts_digit", "short_text", "cjk_ratio")

BLOCK_FEATURE_NAMES: Final[tuple[str, ...]] = (
    _TEXT_NAMES
    + ("depth", "rel_index", "rel_offset", "hidden", "log_page_blocks")
    + tuple(f"tag={t}" for t in _TAGS)
    + tuple(f"in<{t}>" for t in _LANDMARKS)
    + tuple(f"L{lvl}.{name}" for lvl in range(STAT_LEVELS) for name in STAT_NAMES)
    + tuple(f"L{lvl}.link_density" for lvl in range(STAT_LEVELS))
    + tuple(f"L{lvl}.page_share" for lvl in range(STAT_LEVELS))
    + tuple(f"L{lvl}.repeats" for lvl in range(CONTEXT_LEVELS + 1))
)
"""Names of the columns of :func:`block_features`."""


@lru_cache(maxsize=1)
def date_words() -> frozenset[str]:
    """Month and weekday names of every CLDR locale, Bangla and Hijri months (lower-cased tokens)."""
    text = resources.files("classifier.resources").joinpath("datewords.txt").read_text(encoding="utf-8")
    return frozenset(text.split())


_SPLIT_RE = re.compile(r"[-_]+")


# A character's class (at most one: digit, upper-case letter, CJK letter, punctuation or symbol) in the low bits
# of its flags, and the marks looked for, one bit each, above them.
_CLASSES: Final = 5  # 0 for none of the four (other letters, spaces)
_DIGIT, _UPPER, _CJK, _PUNCT = 1, 2, 3, 4
_CLASS_MASK: Final = 7
_MARKS: Final = (_SENT_END, _QUESTION, _PERCENT, "|", "@", "©", ":：", _CJK_DATE_CHARS)
_SENT, _QUEST, _PCT, _PIPE, _AT, _COPY, _COLON, _CJK_DATE = (8 << i for i in range(len(_MARKS)))
_MARK_BITS: Final = (_SENT, _QUEST, _PCT, _PIPE, _AT, _COPY, _COLON, _CJK_DATE)


def _char_flags(ch: str) -> int:
    """The class and marks of one character (the flags above)."""
    if ch.isdigit():
        flags = _DIGIT
    elif ch.isupper():
        flags = _UPPER
    elif ch.isalpha():
        flags = _CJK if "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" else 0
    else:
        flags = 0 if ch.isspace() else _PUNCT
    for marks, bit in zip(_MARKS, _MARK_BITS):
        if ch in marks:
            flags |= bit
    return flags


@lru_cache(maxsize=1)
def _bmp_flags() -> np.ndarray:
    """:func:`_char_flags` of every code point of the Basic Multilingual Plane, looked up by code point."""
    return np.array([_char_flags(chr(cp)) for cp in range(0x10000)], dtype=np.uint16)


def _char_counts(texts: Sequence[str]) -> tuple[np.ndarray, dict[int, np.ndarray], np.ndarray, np.ndarray,
                                                np.ndarray]:
    """Per text: how many of its characters are of each class (columns: class codes), how many carry each mark
    (by mark bit), the flags of its first and of its last character (0 for an empty text), and its length. The
    texts are read as one array of code points, not character by character."""
    n = len(texts)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    ends = np.cumsum(lengths)
    cps = np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), dtype="<u4")
    flags = _bmp_flags()[np.minimum(cps, 0xFFFF)]
    beyond = np.flatnonzero(cps > 0xFFFF)
    if len(beyond):  # emoji and rare ideographs: looked up one by one
        flags[beyond] = [_char_flags(chr(cp)) for cp in cps[beyond].tolist()]
    owner = np.repeat(np.arange(n), lengths)  # the text each character belongs to
    classes = np.bincount(owner * _CLASSES + (flags & _CLASS_MASK), minlength=n * _CLASSES).reshape(n, _CLASSES)
    marked = np.flatnonzero(flags > _CLASS_MASK)  # the marks are rare: only their characters are counted
    marks = {bit: np.bincount(owner[marked[(flags[marked] & bit) != 0]], minlength=n) for bit in _MARK_BITS}
    first = np.zeros(n, dtype=np.uint16)
    last = np.zeros(n, dtype=np.uint16)
    nonempty = lengths > 0
    first[nonempty] = flags[(ends - lengths)[nonempty]]
    last[nonempty] = flags[ends[nonempty] - 1]
    return classes, marks, first, last, lengths


_STRIPPED = ".,;:!?()[]{}\"'«»“”‘’—–-|/।॥、。，：؛،·•*"
"""Punctuation stripped from both ends of a token before it is looked up as a date word or read as a number."""


def _token_counts(texts: Sequence[str], words: frozenset[str]) -> tuple[np.ndarray, np.ndarray]:
    """Per text: its number of whitespace tokens, and how many of them are a date word, a number, a day of the
    month (1-31 in at most two digits) and a year (1300-2100 in four), once punctuation is stripped (columns in
    that order). A page repeats its tokens; each distinct one is looked at once."""
    lines = [text.split() for text in texts]
    distinct = list(dict.fromkeys(chain.from_iterable(lines)))
    kinds = np.zeros((len(distinct), 4), dtype=np.int64)
    for i, w in enumerate([tok.strip(_STRIPPED).lower() for tok in distinct]):
        if w in words:
            kinds[i, 0] = 1
        elif w.isdigit():
            kinds[i, 1] = 1
            try:
                v = int(w)
            except ValueError:  # digits that int() does not read (superscripts)
                continue
            if 1 <= v <= 31 and len(w) <= 2:
                kinds[i, 2] = 1
            elif 1300 <= v <= 2100 and len(w) == 4:
                kinds[i, 3] = 1
    row = {tok: i for i, tok in enumerate(distinct)}
    n_tok = np.fromiter(map(len, lines), dtype=np.int64, count=len(lines))
    ids = np.fromiter(map(row.__getitem__, chain.from_iterable(lines)), dtype=np.int64, count=int(n_tok.sum()))
    owner = np.repeat(np.arange(len(lines)), n_tok)
    counts = np.zeros((len(lines), 4), dtype=np.int64)
    np.add.at(counts, owner, kinds[ids])
    return n_tok, counts


def _text_matrix(blocks: Sequence[Block], words: frozenset[str]) -> np.ndarray:
    """The text features (:data:`_TEXT_NAMES`) of every block."""
    texts = [b.text for b in blocks]
    classes, marks, first, last, length = _char_counts(texts)
    n_tok, kinds = _token_counts(texts, words)
    n_date, n_numeric, n_day, n_year = kinds.T
    n = np.maximum(length, 1).astype(np.float64)
    tok = np.maximum(n_tok, 1).astype(np.float64)
    facts = np.array([(b.n_chars, b.n_words, b.link_chars, b.n_links) for b in blocks], dtype=np.float64)
    n_chars, n_words, link_chars, n_links = facts.T
    # the patterns are only run where the characters they need occur
    times = [len(_TIME_RE.findall(t)) if k else 0 for t, k in zip(texts, marks[_COLON])]
    cjk_dates = [len(_CJK_DATE_RE.findall(t)) if k else 0 for t, k in zip(texts, marks[_CJK_DATE])]
    copyright = [bool(k) or ("(" in t and "(c)" in t.lower()) for t, k in zip(texts, marks[_COPY])]
    return np.column_stack([
        np.log1p(n_chars), np.log1p(n_words), n_chars / tok, link_chars / np.maximum(n_chars, 1), np.log1p(n_links),
        classes[:, _DIGIT] / n, classes[:, _PUNCT] / n, classes[:, _UPPER] / n,
        (last & _SENT) != 0, marks[_SENT], marks[_QUEST] > 0, marks[_PCT],
        n_date, n_date / tok, n_day, n_year, times, cjk_dates, n_numeric / tok,
        marks[_AT] > 0, copyright, marks[_PIPE], (first & _CLASS_MASK) == _DIGIT, n_words <= 3,
        classes[:, _CJK] / n,
    ])


def block_features(blocks: Sequence[Block]) -> np.ndarray:
    """Features of each block on its own (columns: :data:`BLOCK_FEATURE_NAMES`), float32."""
    words = date_words()
    n_blocks = len(blocks)
    total = (blocks[-1].offset + blocks[-1].n_chars) if blocks else 1
    out = np.zeros((n_blocks, len(BLOCK_FEATURE_NAMES)), dtype=np.float32)
    tag_pos = {t: i for i, t in enumerate(_TAGS)}
    n_text = len(_TEXT_NAMES)
    base = n_text + 5
    lm_base = base + len(_TAGS)
    st_base = lm_base + len(_LANDMARKS)
    lm_pos = {t: lm_base + j for j, t in enumerate(_LANDMARKS)}
    n_st = len(STAT_NAMES)
    ld_base = st_base + STAT_LEVELS * n_st
    ps_base = ld_base + STAT_LEVELS
    rp_base = ps_base + STAT_LEVELS
    if not n_blocks:
        return out
    out[:, :n_text] = _text_matrix(blocks, words)
    out[:, n_text] = [b.depth for b in blocks]
    out[:, n_text + 1] = np.arange(n_blocks) / max(n_blocks - 1, 1)
    out[:, n_text + 2] = np.array([b.offset for b in blocks], dtype=np.float64) / max(total, 1)
    out[:, n_text + 3] = [b.hidden for b in blocks]
    out[:, n_text + 4] = math.log1p(n_blocks)
    rows, cols = [], []  # the one-hot columns: the block's tag, the landmarks above it
    landmarks: dict[frozenset[str], list[int]] = {}  # blocks under the same parent share one set
    for i, b in enumerate(blocks):
        pos = tag_pos.get(b.tag)
        if pos is not None:
            rows.append(i)
            cols.append(base + pos)
        found = landmarks.get(b.ancestors)
        if found is None:
            found = landmarks[b.ancestors] = [lm_pos[t] for t in b.ancestors & _LANDMARK_SET]
        rows.extend([i] * len(found))
        cols.extend(found)
    out[rows, cols] = 1.0
    # (blocks, levels, stats), read from one flat run of numbers: far quicker than from nested tuples
    stats = np.fromiter(chain.from_iterable(chain.from_iterable(b.stats[:STAT_LEVELS] for b in blocks)),
                        dtype=np.float64, count=n_blocks * STAT_LEVELS * n_st).reshape(n_blocks, STAT_LEVELS, n_st)
    out[:, st_base: ld_base] = np.log1p(stats).reshape(n_blocks, STAT_LEVELS * n_st)
    chars, link_chars = stats[:, :, 0], stats[:, :, 1]
    out[:, ld_base: ps_base] = np.divide(link_chars, chars, out=np.zeros_like(chars), where=chars > 0)
    out[:, ps_base: rp_base] = chars / max(total, 1)
    repeats = np.fromiter(chain.from_iterable(b.repeats for b in blocks), dtype=np.float64,
                          count=n_blocks * (CONTEXT_LEVELS + 1)).reshape(n_blocks, CONTEXT_LEVELS + 1)
    out[:, rp_base: rp_base + CONTEXT_LEVELS + 1] = np.log1p(repeats)
    return out


def ancestor_groups(blocks: Sequence[Block]) -> list[np.ndarray]:
    """For levels 1..CONTEXT_LEVELS, a group number per block: blocks under the same ancestor at that level
    (told apart by XPath prefix) share it; a block without an ancestor that high falls in the group of ``""``."""
    steps = [b.xpath.split("/") for b in blocks]
    out = []
    for lvl in range(1, CONTEXT_LEVELS + 1):
        group: dict[str, int] = {}
        out.append(np.array([group.setdefault("/".join(s[:-lvl]) if len(s) > lvl else "", len(group))
                             for s in steps], dtype=np.intp))
    return out


_ARTICLE: Final = LABELS.index("article")


def context_feature_names(prefix: str, article_share: bool = False) -> tuple[str, ...]:
    """Names of the columns :func:`context_features` makes from probabilities called ``prefix`` (with
    ``article_share`` as it is called with)."""
    names = [f"{prefix}.self.{lab}" for lab in LABELS]
    for k in (-2, -1, 1, 2):
        names += [f"{prefix}.nb{k:+d}.{lab}" for lab in LABELS]
    for lvl in range(1, CONTEXT_LEVELS + 1):
        names += [f"{prefix}.anc{lvl}.{lab}" for lab in LABELS] + [f"{prefix}.anc{lvl}.log_blocks"]
        names += [f"{prefix}.anc{lvl}.share.article"] if article_share else []
    names += [f"{prefix}.page.{lab}" for lab in LABELS]
    names += [f"{prefix}.before.{lab}" for lab in LABELS]
    return tuple(names)


def context_features(blocks: Sequence[Block], proba: np.ndarray, groups: Sequence[np.ndarray] | None = None,
                     article_share: bool = False) -> np.ndarray:
    """The block's own probabilities, its neighbours' (two each side), the length-weighted mean over the blocks
    under each of its ancestors (levels 1..CONTEXT_LEVELS, ancestors told apart by XPath prefix), the
    page's, and the share of the page's (length-weighted) mass of each label that comes before the block.
    With ``article_share``, each ancestor level also gives the share of the page's article mass under the
    block's ancestor: the paragraphs of the one article sit under an ancestor that holds most of it, a sidebar's
    teasers (prose under a link, read as article as surely as the article's own paragraphs) under one that holds
    little. The mean over an ancestor's own blocks does not tell the two apart; readability's choice of the
    top candidate does, and this is its question asked of the model's own probabilities.
    ``proba`` has one row per block, columns in :data:`LABELS` order; ``groups`` is :func:`ancestor_groups` of
    the blocks, when the caller has it already."""
    n, k = proba.shape
    cols = []
    cols.append(proba)
    pad = np.zeros((2, k), dtype=proba.dtype)
    padded = np.vstack([pad, proba, pad])
    for shift in (-2, -1, 1, 2):
        cols.append(padded[2 + shift: 2 + shift + n])
    weights = np.log1p(np.array([b.n_chars for b in blocks], dtype=np.float64))
    weighted = proba * weights[:, None]
    total = weighted.sum(axis=0)
    for keys in groups if groups is not None else ancestor_groups(blocks):
        g = int(keys.max()) + 1 if n else 0
        sums = np.zeros((g, k), dtype=np.float64)
        np.add.at(sums, keys, weighted)
        wsum = np.bincount(keys, weights=weights, minlength=g)
        count = np.bincount(keys, minlength=g)
        cols.append((sums / np.maximum(wsum, 1e-9)[:, None])[keys])
        cols.append(np.log1p(count.astype(np.float64))[keys][:, None])
        if article_share:
            cols.append((sums[:, _ARTICLE] / max(total[_ARTICLE], 1e-9))[keys][:, None])
    page = total / max(weights.sum(), 1e-9)
    cols.append(np.broadcast_to(page, (n, k)))
    # How much of the page's mass of each label lies before the block: replies that look like the article come
    # after it, menus before it.
    cols.append((np.cumsum(weighted, axis=0) - weighted) / np.maximum(total, 1e-9))
    return np.hstack(cols).astype(np.float32)


def text_model_input(block: Block, max_chars: int = 600) -> str:
    """The text-model input of a block: its text, lower-cased, cut to ``max_chars``."""
    return block.text[:max_chars].lower()


def attr_model_input(block: Block, max_tokens: int = MAX_ATTRS) -> str:
    """The attribute-model input: the block's last tags and its first ``max_tokens`` id/class tokens, nearest
    element first (split at - and _ too)."""
    return _attr_input(block.tag_path[-4:], block.attrs[:max_tokens])


@lru_cache(maxsize=1 << 16)
def _attr_input(tags: tuple[str, ...], attrs: tuple[str, ...]) -> str:
    # Pages repeat the same markup many times; a bounded cache makes the repeats free (thread-safe in CPython).
    return " ".join([*(f"t:{t}" for t in tags), *map(_attr_token, attrs)])


@lru_cache(maxsize=1 << 16)
def _attr_token(token: str) -> str:
    # An ancestor's tokens recur in the input of every block under it: each is split once.
    if "-" in token or "_" in token:
        return " ".join([token, *(p for p in _SPLIT_RE.split(token) if p)])
    return token
