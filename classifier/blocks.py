"""Stage 2: a parsed tree → blocks, the text-bearing units a reader sees as one piece.

Every piece of visible text lands in exactly one block: the one of its nearest block-level ancestor. Text in
``script``, ``style``, ``noscript``, ``template``, ``head``, ``title`` and HTML comments is not page text (the
same rule as the shared scorer). Text nodes of a block are joined with single spaces, as the scorer joins
them, so block text and gold text tokenise alike.

One pass over the tree (``lxml.etree.iterwalk``, no recursion, so any depth is safe) measures for every block
its text, link text, position, tag path, id/class tokens and subtree counts (inputs, radio buttons, options,
``<time>``, list items, ...) for its own element and for its ancestors.
"""
from __future__ import annotations

import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from operator import add
from typing import Final

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


class _Open:
    __slots__ = ("idx", "tag", "block", "stats", "children", "sigs", "sig", "hidden", "skip", "deep", "tagn")

    def __init__(self, idx: int, tag: str, block: int, sig: tuple[str, str], hidden: bool, skip: bool) -> None:
        self.idx = idx
        self.tag = tag
        self.block = block
        self.stats = [0] * _N_STATS
        self.children: list[int] = []
        self.sigs: dict[tuple[str, str], int] = {}
        self.sig = sig
        self.hidden = hidden
        self.skip = skip
        self.deep = False
        self.tagn: dict[str, int] = {}


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


def _tokens(el: etree._Element) -> list[str]:
    out = []
    ident = el.get("id")
    if ident:
        out.append(ident.strip().lower()[:64])
    cls = el.get("class")
    if cls:
        out.extend(t.lower()[:64] for t in cls.split()[:8])
    return out


def _walk(root: etree._Element, owners: Mapping[etree._Element, str] | None, limits: Limits
          ) -> tuple[list[Block], list[dict[str, int]]]:
    elem_parent: list[int] = []
    elem_stats: list[list[int]] = []
    elem_repeat: list[int] = []
    elem_tokens: list[list[str] | None] = []  # id/class tokens, read only for the elements that blocks need
    elem_nodes: list[etree._Element] = []
    elem_sig: list[tuple[str, str]] = []
    elem_hidden: list[bool] = []
    elem_pos: list[int] = []  # the element's position among its siblings of its tag (0: the only one)
    accs: list[_Acc] = []
    open_: list[_Open] = []
    block_stack: list[int] = []
    label_stack: list[str] = ["other"]
    page_chars = 0
    link_depth = 0

    def add_text(text: str | None) -> None:
        nonlocal page_chars
        if not text or text.isspace():
            return
        text = " ".join(text.split())
        if not block_stack:
            return
        acc = accs[block_stack[-1]]
        n = len(text)
        if acc.chars < limits.max_block_chars:
            acc.chunks.append(text)
        acc.chars += n
        frame = open_[-1]
        frame.stats[0] += n
        if link_depth:
            acc.link_chars += n
            frame.stats[1] += n
        if owners is not None:
            label = label_stack[-1]
            acc.label_chars[label] = acc.label_chars.get(label, 0) + n
        page_chars += n

    deadline = time.monotonic() + limits.max_seconds
    walker = etree.iterwalk(root, events=("start", "end"))
    starts = 0
    for event, el in walker:
        tag = el.tag
        if event == "start":
            starts += 1
            if not starts & 1023 and time.monotonic() > deadline:
                raise PageError(f"page took more than {limits.max_seconds:g} s to cut into blocks")
            if not isinstance(tag, str):
                walker.skip_subtree()
                open_.append(_Open(-1, "", -1, ("", ""), False, True))
                continue
            tag = tag.lower()
            if ":" in tag or "}" in tag:
                tag = tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]
            if tag in SKIP_TAGS:
                walker.skip_subtree()
                open_.append(_Open(-1, tag, -1, ("", ""), False, True))
                continue
            if len(open_) >= limits.max_depth:
                # Past the depth limit elements are not measured: their text joins the ancestor's block.
                frame = _Open(-1, tag, -1, ("", ""), open_[-1].hidden, False)
                frame.deep = True
                frame.stats = open_[-1].stats
                open_.append(frame)
                add_text(el.text)
                continue
            if len(elem_parent) >= limits.max_elements:
                raise PageError(f"page has more than {limits.max_elements:,} elements")

            parent = open_[-1] if open_ else None
            idx = len(elem_parent)
            elem_parent.append(parent.idx if parent else -1)
            elem_nodes.append(el)
            raw = el.tag
            if parent is not None:
                n = parent.tagn[raw] = parent.tagn.get(raw, 0) + 1
                elem_pos.append(n)
            else:
                elem_pos.append(-1)
            cls = el.get("class") or ""
            sig = (tag, cls)
            hidden = bool(parent and parent.hidden)
            if not hidden:
                style = el.get("style")
                hidden = el.get("hidden") is not None or bool(style and _HIDDEN_RE.search(style))
            frame = _Open(idx, tag, -1, sig, hidden, False)
            elem_sig.append(sig)
            elem_hidden.append(hidden)
            if parent is not None:
                parent.children.append(idx)
                parent.sigs[sig] = parent.sigs.get(sig, 0) + 1
            elem_stats.append(frame.stats)
            elem_repeat.append(1)
            elem_tokens.append(None)
            st = frame.stats
            st[18] = 1
            if tag == "a":
                link_depth += 1
                st[2] = 1
                if block_stack:
                    accs[block_stack[-1]].links += 1
            elif tag == "input":
                kind = (el.get("type") or "").lower()
                if kind == "radio":
                    st[4] = 1
                elif kind == "checkbox":
                    st[5] = 1
                elif kind in _BUTTON_INPUTS:
                    st[8] = 1
                elif kind in _TEXT_INPUTS:
                    st[6] = 1
            else:
                for stat in _TAG_STATS.get(tag, ()):
                    st[stat] = 1
            if tag in BLOCK_TAGS:
                frame.block = len(accs)
                accs.append(_Acc(idx, page_chars))
                block_stack.append(frame.block)
                st[3] = 1
            open_.append(frame)
            if owners is not None:
                label_stack.append(owners.get(el, label_stack[-1]))
            add_text(el.text)
        else:
            frame = open_.pop()
            if not (frame.skip or frame.deep):
                if frame.tag == "a":
                    link_depth -= 1
                if frame.block >= 0:
                    block_stack.pop()
                if open_:
                    parent_stats = open_[-1].stats
                    parent_stats[:] = map(add, parent_stats, frame.stats)
                tagn, sigs = frame.tagn, frame.sigs
                for child in frame.children:
                    # siblings sharing the child's tag and class, the child itself included
                    elem_repeat[child] = sigs.get(elem_sig[child], 1)
                    if tagn[elem_nodes[child].tag] == 1:
                        elem_pos[child] = 0  # an only child of its tag takes no position, as in lxml's getpath
                if owners is not None:
                    label_stack.pop()
            if open_ and not open_[-1].skip:
                add_text(el.tail)

    blocks: list[Block] = []
    labels: list[dict[str, int]] = []
    paths: dict[int, str] = {}

    def xpath(idx: int) -> str:
        # Built from the steps, not with lxml's getpath, which scans the siblings: quadratic on wide pages.
        missing = []
        while idx >= 0 and idx not in paths:
            missing.append(idx)
            idx = elem_parent[idx]
        path = paths[idx] if idx >= 0 else ""
        for i in reversed(missing):
            pos = elem_pos[i]
            if pos < 0:
                step = root.getroottree().getpath(elem_nodes[i])[1:]
            else:
                step = f"{elem_nodes[i].tag}[{pos}]" if pos else elem_nodes[i].tag
            path = paths[i] = path + "/" + step
        return path

    for acc in accs:
        if not acc.chunks:
            continue
        idx = acc.elem
        chain = [idx]
        p = elem_parent[idx]
        while p >= 0:
            chain.append(p)
            p = elem_parent[p]
        tags = tuple(elem_sig[i][0] for i in reversed(chain))
        attrs: list[str] = []
        for i in chain:
            tokens = elem_tokens[i]
            if tokens is None:
                tokens = elem_tokens[i] = _tokens(elem_nodes[i])
            attrs.extend(tokens)
            if len(attrs) >= MAX_ATTRS:
                break
        text = " ".join(acc.chunks)
        near = chain[: CONTEXT_LEVELS + 1]
        blocks.append(Block(
            index=len(blocks),
            text=text,
            xpath=xpath(idx),
            tag=tags[-1],
            tag_path=tags,
            attrs=tuple(attrs[:MAX_ATTRS]),
            n_chars=acc.chars,
            n_words=len(text.split()),
            link_chars=acc.link_chars,
            n_links=acc.links,
            depth=len(chain) - 1,
            offset=acc.offset,
            hidden=elem_hidden[idx],
            ancestors=frozenset(tags[:-1]),
            stats=tuple(map(tuple, map(elem_stats.__getitem__, near)))
            + ((0,) * _N_STATS,) * (CONTEXT_LEVELS + 1 - len(near)),
            repeats=tuple(map(elem_repeat.__getitem__, near)) + (0,) * (CONTEXT_LEVELS + 1 - len(near)),
        ))
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

