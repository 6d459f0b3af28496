"""Stage 2: a parsed tree → blocks, the text-bearing units a reader sees as one piece.

Every piece of visible text lands in exactly one block: the one of its nearest block-level ancestor. Text in
``script``, ``style``, ``noscript``, ``template``, ``head``, ``title`` and HTML comments is not page text (the
same rule as the shared scorer). Text nodes of a block are joined with single spaces, as the scorer joins
them, so block text and gold text tokenise alike.

One pass over the tree (``lxml.etree.iterwalk``, no recursion, so any depth is safe) collects the text of every
block and, per element, its parent, its own counts (an input, a radio button, an option, a ``<time>``, a list
item, characters of text, ...) and where its subtree ends. Subtree counts are then prefix sums over document
order, sibling counts are group counts (both in NumPy), and what a block takes from its ancestors (tag path,
id/class tokens, XPath) is made once per element, parents first: the Python work per element stays small.
"""
from __future__ import annotations

import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

import numpy as np
from lxml import etree

from .parse import DEFAULT_LIMITS, Limits, PageError

__all__ = ["Block", "STAT_NAMES", "CONTEXT_LEVELS", "MAX_ATTRS", "SKIP_TAGS", "BLOCK_TAGS", "segment", "segment_labeled"]

SKIP_TAGS: Final = frozenset({"script", "style", "noscript", "template", "head", "title", "meta", "link"})
BLOCK_TAGS: Final = frozenset("""address article aside blockquote body button caption center dd details dialog dir div
dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 header hgroup hr html iframe legend li
main menu nav ol optgroup p pre section select summary table tbody td textarea tfoot th thead tr ul""".split())
HEADINGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

STAT_NAMES: Final[tuple[str, ...]] = (
    "chars", "link_chars", "links", "blocks", "radio", "checkbox", "text_input", "textarea", "button", "select",
    "option", "time", "li", "img", "form", "heading", "cell", "iframe", "elements", "h1",
)
"""Counts measured over an element's subtree, in this order, for a block's element and its ancestors."""
MAX_ATTRS: Final = 40
"""How many id/class tokens a block keeps (its element's first, then its ancestors')."""
CONTEXT_LEVELS: Final = 5
"""How many ancestors of a block's element carry their subtree counts into the block."""

_S = {name: i for i, name in enumerate(STAT_NAMES)}
_TAG_STATS: Final[dict[str, tuple[int, ...]]] = {
    **{h: (_S["heading"],) for h in HEADINGS}, "h1": (_S["heading"], _S["h1"]),
    "td": (_S["cell"],), "th": (_S["cell"],), "li": (_S["li"],), "img": (_S["img"],), "time": (_S["time"],),
    "option": (_S["option"],), "select": (_S["select"],), "textarea": (_S["textarea"],),
    "button": (_S["button"],), "form": (_S["form"],), "iframe": (_S["iframe"],),
}
"""Counters that an element of each tag sets in its own subtree counts (inputs and links are handled apart)."""
_N_STATS = len(STAT_NAMES)
_HIDDEN_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_TEXT_INPUTS = frozenset({"text", "email", "search", "url", "tel", "password", "number", ""})
_BUTTON_INPUTS = frozenset({"submit", "button", "image", "reset"})


@dataclass(frozen=True, slots=True)
class Block:
    """Measured facts about one block of a page. Labels are not facts: see :class:`classifier.LabeledBlock`."""

    index: int
    """Position among the page's blocks, from 0, in document order."""
    text: str
    """Visible text, whitespace-normalised."""
    xpath: str
    """Absolute XPath of the block's element."""
    tag: str
    tag_path: tuple[str, ...]
    """Tags from the root to the block's element."""
    attrs: tuple[str, ...]
    """Lower-cased id and class tokens of the element, then of its ancestors, nearest first (at most :data:`MAX_ATTRS`)."""
    n_chars: int
    n_words: int
    link_chars: int
    """Characters of text inside links."""
    n_links: int
    depth: int
    offset: int
    """Characters of page text before this block."""
    hidden: bool
    """The element or an ancestor is hidden by an inline style or the ``hidden`` attribute."""
    ancestors: frozenset[str]
    """Tags of all ancestors (``nav``, ``footer``, ``form``, ``li`` ...)."""
    stats: tuple[tuple[int, ...], ...]
    """Subtree counts (:data:`STAT_NAMES`) of the element (``stats[0]``) and its ancestors (``stats[1:]``)."""
    repeats: tuple[int, ...]
    """For the element and each ancestor: how many siblings (itself included) share its tag and class."""


def _kinds() -> tuple[dict[str, int], dict[str, int], np.ndarray]:
    """Each element's own contribution to the subtree counts depends on its tag (and an input's type) only:
    a small table of those contributions, with the row of each tag and of each input type (row 0: any other
    element, which counts as one element and nothing else)."""
    rows: list[tuple[int, ...]] = [(_S["elements"],)]
    by_tag: dict[str, int] = {}
    for tag in sorted(set(_TAG_STATS) | BLOCK_TAGS | {"a"}):
        stats = (_S["elements"], *_TAG_STATS.get(tag, ()))
        if tag in BLOCK_TAGS:
            stats += (_S["blocks"],)
        if tag == "a":
            stats += (_S["links"],)
        by_tag[tag] = len(rows)
        rows.append(stats)
    by_input: dict[str, int] = {}
    for kinds, stat in ((("radio",), "radio"), (("checkbox",), "checkbox"), (_BUTTON_INPUTS, "button"),
                        (_TEXT_INPUTS, "text_input")):
        for kind in kinds:
            by_input[kind] = len(rows)
            rows.append((_S["elements"], _S[stat]))
    table = np.zeros((len(rows), _N_STATS), dtype=np.int64)
    for i, stats in enumerate(rows):
        table[i, list(stats)] = 1
    return by_tag, by_input, table


_KIND_OF_TAG, _KIND_OF_INPUT, _KIND_TABLE = _kinds()


class _Acc:
    __slots__ = ("elem", "chunks", "chars", "link_chars", "links", "label_chars", "offset")

    def __init__(self, elem: int, offset: int) -> None:
        self.elem = elem
        self.chunks: list[str] = []
        self.chars = 0
        self.link_chars = 0
        self.links = 0
        self.label_chars: dict[str, int] = {}
        self.offset = offset


def _tokens(ident: str | None, cls: str) -> list[str]:
    out = []
    if ident:
        out.append(ident.strip().lower()[:64])
    if cls:
        out.extend([t[:64] for t in cls.lower().split()[:8]])
    return out


_TAG_TABLE_SIZE: Final = 4096
_TAG_INFO: dict[object, tuple[str, int, bool]] = {}
"""lxml's tag → (normalised tag, its row of _KIND_TABLE or -1 for an element whose subtree is skipped, whether
it starts a block): a page repeats a few dozen tags."""


def _tag_info(raw: object) -> tuple[str, int, bool]:
    if not isinstance(raw, str):  # comments, processing instructions, entities
        return "", -1, False
    tag = raw.lower()
    if ":" in tag or "}" in tag:
        tag = tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]
    info = (tag, -1 if tag in SKIP_TAGS else _KIND_OF_TAG.get(tag, 0), tag in BLOCK_TAGS)
    if len(_TAG_INFO) < _TAG_TABLE_SIZE:  # bounded: a page of made-up tags does not grow it for ever
        _TAG_INFO[raw] = info
    return info


_SKIPPED, _DEEP = -1, -2  # frames of the open-element stack that are not measured elements


def _walk(root: etree._Element, owners: Mapping[etree._Element, str] | None, limits: Limits
          ) -> tuple[list[Block], list[dict[str, int]]]:
    # Per element, in document order (an element's index is its position in these lists). Its subtree is the
    # run of elements from its own index to elem_end; its subtree counts are the sums of the elements' own
    # counts over that run, done at the end with NumPy rather than merged into the parent element by element.
    elem_parent: list[int] = []
    elem_end: list[int] = []
    elem_kind: list[int] = []  # row of _KIND_TABLE: the element's own counts, text aside
    elem_chars: list[int] = []  # characters of text directly in the element (or flattened into it)
    elem_link_chars: list[int] = []
    elem_nodes: list[etree._Element] = []
    elem_raw: list[str] = []  # the tag as lxml has it (XPath steps use it)
    elem_sig: list[tuple[str, str]] = []
    elem_hidden: list[bool] = []
    elem_block: list[int] = []  # the element's block (index into accs), -1 if it does not start one
    accs: list[_Acc] = []
    frames: list[int] = []  # open elements: the measured element's index, _SKIPPED or _DEEP
    measured: list[int] = []  # open measured elements (the last one takes the text of deeper, unmeasured ones)
    block_stack: list[int] = []
    label_stack: list[str] = ["other"]
    page_chars = 0
    link_depth = 0
    max_depth = limits.max_depth
    max_elements = limits.max_elements
    max_block_chars = limits.max_block_chars

    def add_text(text: str) -> None:
        nonlocal page_chars
        if text.isspace() or not block_stack:
            return
        text = " ".join(text.split())
        acc = accs[block_stack[-1]]
        n = len(text)
        if acc.chars < max_block_chars:
            acc.chunks.append(text)
        acc.chars += n
        owner = measured[-1]
        elem_chars[owner] += n
        if link_depth:
            acc.link_chars += n
            elem_link_chars[owner] += n
        if owners is not None:
            label = label_stack[-1]
            acc.label_chars[label] = acc.label_chars.get(label, 0) + n
        page_chars += n

    deadline = time.monotonic() + limits.max_seconds
    walker = etree.iterwalk(root, events=("start", "end"))
    starts = 0
    for event, el in walker:
        if event == "start":
            starts += 1
            if not starts & 1023 and time.monotonic() > deadline:
                raise PageError(f"page took more than {limits.max_seconds:g} s to cut into blocks")
            raw = el.tag
            info = _TAG_INFO.get(raw)
            if info is None:
                info = _tag_info(raw)
            tag, kind, is_block = info
            if kind < 0:
                walker.skip_subtree()
                frames.append(_SKIPPED)
                continue
            if len(frames) >= max_depth:
                # Past the depth limit elements are not measured: their text joins the ancestor's block.
                frames.append(_DEEP)
                text = el.text
                if text:
                    add_text(text)
                continue
            idx = len(elem_parent)
            if idx >= max_elements:
                raise PageError(f"page has more than {max_elements:,} elements")
            parent = measured[-1] if measured else -1
            elem_parent.append(parent)
            elem_end.append(idx)
            elem_nodes.append(el)
            elem_raw.append(raw)
            cls = el.get("class") or ""
            elem_sig.append((tag, cls))
            hidden = parent >= 0 and elem_hidden[parent]
            if not hidden:
                style = el.get("style")
                hidden = el.get("hidden") is not None or bool(style and _HIDDEN_RE.search(style))
            elem_hidden.append(hidden)
            elem_chars.append(0)
            elem_link_chars.append(0)
            if tag == "input":
                elem_kind.append(_KIND_OF_INPUT.get((el.get("type") or "").lower(), 0))
            else:
                elem_kind.append(kind)
                if tag == "a":
                    link_depth += 1
                    if block_stack:
                        accs[block_stack[-1]].links += 1
            if is_block:
                block_stack.append(len(accs))
                elem_block.append(len(accs))
                accs.append(_Acc(idx, page_chars))
            else:
                elem_block.append(-1)
            frames.append(idx)
            measured.append(idx)
            if owners is not None:
                label_stack.append(owners.get(el, label_stack[-1]))
            text = el.text
            if text:
                add_text(text)
        else:
            idx = frames.pop()
            if idx >= 0:
                measured.pop()
                elem_end[idx] = len(elem_parent) - 1
                if elem_sig[idx][0] == "a":
                    link_depth -= 1
                if elem_block[idx] >= 0:
                    block_stack.pop()
                if owners is not None:
                    label_stack.pop()
            if frames:
                text = el.tail
                if text:
                    add_text(text)

    n_elems = len(elem_parent)
    if not n_elems:
        return [], []
    own = _KIND_TABLE[elem_kind]
    own[:, _S["chars"]] = elem_chars
    own[:, _S["link_chars"]] = elem_link_chars
    running = np.zeros((n_elems + 1, _N_STATS), dtype=np.int64)
    np.cumsum(own, axis=0, out=running[1:])

    # For each element: how many siblings (itself included) share its tag and class, and its position among its
    # parent's children of its tag (1, 2, ...; 0 for an only child of its tag, as in lxml's getpath; -1 for the
    # root), counted over (parent, tag and class) and (parent, tag) groups.
    parents = np.array(elem_parent, dtype=np.int64)
    sig_ids: dict[tuple[str, str], int] = {}
    by_sig = parents * (n_elems + 1) + [sig_ids.setdefault(sig, len(sig_ids)) for sig in elem_sig]
    _, group, count = np.unique(by_sig, return_inverse=True, return_counts=True)
    elem_repeat = count[group].tolist()
    raw_ids: dict[str, int] = {}
    by_tag = parents * (n_elems + 1) + [raw_ids.setdefault(raw, len(raw_ids)) for raw in elem_raw]
    _, group, count = np.unique(by_tag, return_inverse=True, return_counts=True)
    order = np.argsort(group, kind="stable")  # document order within each group
    first = np.searchsorted(group[order], group[order])  # where each one's group begins in that order
    pos = np.empty(n_elems, dtype=np.int64)
    pos[order] = np.arange(n_elems) - first + 1
    pos[count[group] == 1] = 0
    pos[parents < 0] = -1
    elem_pos = pos.tolist()

    # What a block takes from its element and the element's ancestors (XPath, tag path, id/class tokens), made
    # once per element, parents first: for the elements that hold a kept block in their subtree, in document
    # order, each from its parent's. Lists indexed by element, with a last entry for "past the root" (-1).
    kept = [acc for acc in accs if acc.chunks]
    kept_elems = np.array([acc.elem for acc in kept], dtype=np.int64)  # increasing: blocks open in document order
    ends = np.array(elem_end, dtype=np.int64)
    # an element is needed when the first kept block at or after it lies inside its subtree
    next_kept = np.searchsorted(kept_elems, np.arange(n_elems))
    needed = next_kept < len(kept_elems)
    needed[needed] = kept_elems[next_kept[needed]] <= ends[needed]
    paths = [""] * (n_elems + 1)
    tag_paths: list[tuple[str, ...]] = [()] * (n_elems + 1)
    attr_tokens: list[tuple[str, ...]] = [()] * (n_elems + 1)
    for i in np.flatnonzero(needed).tolist():
        parent = elem_parent[i]
        pos = elem_pos[i]
        # Built from the steps, not with lxml's getpath, which scans the siblings: quadratic on wide pages.
        if pos < 0:
            step = root.getroottree().getpath(elem_nodes[i])[1:]
        else:
            step = f"{elem_raw[i]}[{pos}]" if pos else elem_raw[i]
        paths[i] = paths[parent] + "/" + step
        tag, cls = elem_sig[i]
        tag_paths[i] = tag_paths[parent] + (tag,)
        attrs = attr_tokens[parent]
        ident = elem_nodes[i].get("id")
        if ident or cls:
            own = _tokens(ident, cls)
            if own:
                attrs = (*own, *attrs)[:MAX_ATTRS]
        attr_tokens[i] = attrs

    # each block's element and its CONTEXT_LEVELS nearest ancestors, -1 past the root
    up = np.append(parents, -1)  # up[-1]: the parent of "past the root"
    levels = [kept_elems]
    for _ in range(CONTEXT_LEVELS):
        levels.append(up[levels[-1]])
    nears = np.column_stack(levels)
    near_ids = np.unique(nears[nears >= 0])
    subtree = running[ends[near_ids] + 1] - running[near_ids]
    stats_of = dict(zip(near_ids.tolist(), map(tuple, subtree.tolist())))
    stats_of[-1] = (0,) * _N_STATS
    repeat_of = elem_repeat + [0]  # repeat_of[-1]: none past the root
    tag_sets: dict[int, frozenset[str]] = {}  # the ancestors' tags: blocks under one parent share the set
    blocks: list[Block] = []
    labels: list[dict[str, int]] = []
    for acc, near in zip(kept, nears.tolist()):
        idx = acc.elem
        parent = elem_parent[idx]
        ancestors = tag_sets.get(parent)
        if ancestors is None:
            ancestors = tag_sets[parent] = frozenset(tag_paths[parent])
        tags = tag_paths[idx]
        text = " ".join(acc.chunks)
        # positional, in field order: a third quicker than keywords for a frozen dataclass
        blocks.append(Block(len(blocks), text, paths[idx], tags[-1], tags, attr_tokens[idx], acc.chars,
                            len(text.split()), acc.link_chars, acc.links, len(tags) - 1, acc.offset,
                            elem_hidden[idx], ancestors, tuple(map(stats_of.__getitem__, near)),
                            tuple(map(repeat_of.__getitem__, near))))
        labels.append(acc.label_chars)
    return blocks, labels


def segment(root: etree._Element, limits: Limits = DEFAULT_LIMITS) -> list[Block]:
    """Cut a parsed page into blocks, in document order."""
    return _walk(root, None, limits)[0]


def segment_labeled(root: etree._Element, owners: Mapping[etree._Element, str],
                    limits: Limits = DEFAULT_LIMITS) -> tuple[list[Block], list[dict[str, int]]]:
    """Blocks with, for each, the characters of its text under each gold label.

    ``owners`` maps region elements to labels; a text node takes the label of its innermost region, ``other``
    outside all regions (labels format v1).
    """
    return _walk(root, owners, limits)

