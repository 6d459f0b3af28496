"""Stage 3: blocks → numeric features, each with a human-readable name.

Pure functions. :func:`block_features` measures each block alone: its text (in a language-neutral way: date
words of every CLDR locale, digits of every script, percentages, sentence ends), its element and its
ancestors' subtree counts, repeated siblings, landmarks. :func:`context_features` adds what the neighbours say:
the text-model probabilities of the previous and next blocks and the length-weighted mean probabilities of the
blocks under each of the block's ancestors (the container a block sits in says most about it), and how much of
each label's mass on the page lies before the block (replies come after the article they answer).
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
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


def _strip(word: str) -> str:
    return word.strip(".,;:!?()[]{}\"'«»“”‘’—–-|/।॥、。，：؛،·•*")


def _text_features(block: Block, words: frozenset[str]) -> list[float]:
    text = block.text
    n = max(len(text), 1)
    toks = text.split()
    n_tok = max(len(toks), 1)
    digits = punct = upper = cjk = 0
    chars = Counter(text)
    for ch, count in chars.items():  # each distinct character once (the counting runs in C)
        if ch.isdigit():
            digits += count
        elif ch.isupper():
            upper += count
        elif ch.isalpha():
            if "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af":
                cjk += count
        elif not ch.isspace():
            punct += count
    n_date = n_day = n_year = n_numeric = 0
    for tok in toks:
        w = _strip(tok).lower()
        if not w:
            continue
        if w in words:
            n_date += 1
        elif w.isdigit():
            n_numeric += 1
            try:
                v = int(w)
            except ValueError:
                continue
            if 1 <= v <= 31 and len(w) <= 2:
                n_day += 1
            elif 1300 <= v <= 2100 and len(w) == 4:
                n_year += 1
    last = text.rstrip()[-1:] if text.strip() else ""
    return [
        math.log1p(block.n_chars), math.log1p(block.n_words), block.n_chars / n_tok,
        block.link_chars / max(block.n_chars, 1), math.log1p(block.n_links), digits / n, punct / n, upper / n,
        float(last in _SENT_END), float(sum(chars[c] for c in _SENT_END if c in chars)),
        float(any(c in chars for c in _QUESTION)), float(sum(chars[c] for c in _PERCENT if c in chars)),
        float(n_date), n_date / n_tok, float(n_day), float(n_year),
        # the patterns are only run where the characters they need occur
        float(len(_TIME_RE.findall(text)) if ":" in chars or "：" in chars else 0),
        float(len(_CJK_DATE_RE.findall(text)) if not _CJK_DATE_CHARS.isdisjoint(chars) else 0), n_numeric / n_tok,
        float("@" in chars), float("©" in chars or "(c)" in text.lower()), float(chars.get("|", 0)),
        float(text[:1].isdigit()), float(block.n_words <= 3), cjk / n,
    ]


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
    log_blocks = math.log1p(n_blocks)
    for i, b in enumerate(blocks):
        row = out[i]
        row[:n_text] = _text_features(b, words)
        row[n_text: base] = (b.depth, i / max(n_blocks - 1, 1), b.offset / max(total, 1), float(b.hidden), log_blocks)
        pos = tag_pos.get(b.tag)
        if pos is not None:
            row[base + pos] = 1.0
        for t in b.ancestors & _LANDMARK_SET:
            row[lm_pos[t]] = 1.0
    if n_blocks:
        stats = np.array([b.stats[:STAT_LEVELS] for b in blocks], dtype=np.float64)  # (blocks, levels, stats)
        out[:, st_base: ld_base] = np.log1p(stats).reshape(n_blocks, STAT_LEVELS * n_st)
        chars, link_chars = stats[:, :, 0], stats[:, :, 1]
        out[:, ld_base: ps_base] = np.divide(link_chars, chars, out=np.zeros_like(chars), where=chars > 0)
        out[:, ps_base: rp_base] = chars / max(total, 1)
        repeats = np.array([b.repeats for b in blocks], dtype=np.float64)
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


def context_feature_names(prefix: str) -> tuple[str, ...]:
    """Names of the columns :func:`context_features` makes from probabilities called ``prefix``."""
    names = [f"{prefix}.self.{lab}" for lab in LABELS]
    for k in (-2, -1, 1, 2):
        names += [f"{prefix}.nb{k:+d}.{lab}" for lab in LABELS]
    for lvl in range(1, CONTEXT_LEVELS + 1):
        names += [f"{prefix}.anc{lvl}.{lab}" for lab in LABELS] + [f"{prefix}.anc{lvl}.log_blocks"]
    names += [f"{prefix}.page.{lab}" for lab in LABELS]
    names += [f"{prefix}.before.{lab}" for lab in LABELS]
    return tuple(names)


def context_features(blocks: Sequence[Block], proba: np.ndarray, groups: Sequence[np.ndarray] | None = None
                     ) -> np.ndarray:
    """The block's own probabilities, its neighbours' (two each side), the length-weighted mean over the blocks
    under each of its ancestors (levels 1..CONTEXT_LEVELS, ancestors told apart by XPath prefix), the
    page's, and the share of the page's (length-weighted) mass of each label that comes before the block.
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
    for keys in groups if groups is not None else ancestor_groups(blocks):
        g = int(keys.max()) + 1 if n else 0
        sums = np.zeros((g, k), dtype=np.float64)
        np.add.at(sums, keys, weighted)
        wsum = np.bincount(keys, weights=weights, minlength=g)
        count = np.bincount(keys, minlength=g)
        cols.append((sums / np.maximum(wsum, 1e-9)[:, None])[keys])
        cols.append(np.log1p(count.astype(np.float64))[keys][:, None])
    total = weighted.sum(axis=0)
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
