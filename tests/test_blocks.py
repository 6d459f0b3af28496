from __future__ import annotations

from collections import Counter

import pytest

from classifier import Limits, PageError, parse, segment
from classifier.blocks import _TAG_INFO, _TAG_TABLE_SIZE, MAX_ATTRS, SKIP_TAGS, STAT_NAMES
from classifier.evaluate import gold_texts, tokens

from .conftest import EXAMPLE, FIXTURES


def page_words(html_bytes: bytes) -> Counter:
    """All visible words of a page, as the shared scorer sees them (every text node, no regions)."""
    return Counter(tokens(gold_texts(html_bytes, []).get("other", "")))


def block_words(html_bytes: bytes) -> Counter:
    return Counter(t for b in segment(parse(html_bytes)) for t in tokens(b.text))


def test_script_style_template_comments_and_head_are_not_text():
    page = b"""<html><head><title>T</title><style>.a{}</style></head><body>
    <script>var x = 1;</script><noscript>no</noscript><template><p>tpl</p></template>
    <!-- a comment --><p>Visible <b>text</b></p></body></html>"""
    assert [b.text for b in segment(parse(page))] == ["Visible text"]


def test_inline_text_joins_its_block_and_tails_return_to_the_parent():
    blocks = segment(parse(b"<body><div>Hello <a href=#>link</a><p>para <i>x</i></p> world</div></body>"))
    assert [(b.tag, b.text) for b in blocks] == [("div", "Hello link world"), ("p", "para x")]
    assert blocks[0].link_chars == len("link") and blocks[0].n_links == 1


def test_measured_structure():
    blocks = segment(parse(b"""<body><form><ul><li><input type=radio> Yes</li><li><input type=radio> No</li></ul>
        <button>Vote</button></form></body>"""))
    li = blocks[0]
    assert li.tag == "li" and li.repeats[0] == 2 and "form" in li.ancestors
    form_stats = li.stats[2]  # li -> ul -> form
    assert form_stats[4] == 2 and form_stats[8] == 1  # two radio inputs, one button


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.html")) + [EXAMPLE], ids=lambda p: p.name)
def test_every_visible_word_lands_in_exactly_one_block(path):
    data = path.read_bytes()
    assert block_words(data) == page_words(data)


def test_xpaths_point_at_the_block_elements():
    root = parse(EXAMPLE.read_bytes())
    for block in segment(root):
        found = root.getroottree().xpath(block.xpath)
        assert len(found) == 1 and found[0].tag == block.tag


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.html"))[:6] + [EXAMPLE], ids=lambda p: p.name)
def test_tag_paths_and_tokens_match_the_elements_ancestors(path):
    """What a block takes from its ancestors (built once per element, each from its parent's), against the
    tree read directly from the block's element up."""
    root = parse(path.read_bytes())
    for block in segment(root):
        (el,) = root.getroottree().xpath(block.xpath)
        chain = [el, *el.iterancestors()][::-1]
        assert block.tag_path == tuple(e.tag.lower() for e in chain)
        assert block.ancestors == frozenset(block.tag_path[:-1])
        tokens = []
        for e in reversed(chain):  # the element's own tokens first, then its parent's, ...
            if e.get("id"):
                tokens.append(e.get("id").strip().lower()[:64])
            tokens.extend(t[:64] for t in (e.get("class") or "").lower().split()[:8])
        assert block.attrs == tuple(tokens[:MAX_ATTRS])


def test_many_distinct_tags_are_measured_and_the_tag_table_stays_bounded():
    n = _TAG_TABLE_SIZE + 1_000  # made-up tags, more than the table keeps
    page = "<html><body>" + "".join(f"<p><x-tag{i}>word{i}</x-tag{i}></p>" for i in range(n)) + "</body></html>"
    blocks = segment(parse(page))
    assert [b.text for b in blocks] == [f"word{i}" for i in range(n)]
    assert len(_TAG_INFO) <= _TAG_TABLE_SIZE


def test_deep_nesting_does_not_recurse():
    depth = 2_000  # just under libxml2's limit, with the block depth limit lifted: a loop, not recursion
    page = "<html><body>" + "<div>" * depth + "deep" + "</div>" * depth + "</body></html>"
    blocks = segment(parse(page), Limits(max_depth=3_000))
    assert [b.text for b in blocks] == ["deep"] and blocks[0].depth == depth + 1


def test_text_past_the_depth_limit_joins_the_ancestor_block():
    page = "<html><body>" + "<div>" * 1000 + "deep <b>bold</b>" + "</div>" * 1000 + "<p>after</p></body></html>"
    assert [b.text for b in segment(parse(page), Limits(max_depth=100))] == ["deep bold", "after"]


def test_element_limit_is_enforced():
    page = "<body>" + "<p>x</p>" * 200 + "</body>"
    with pytest.raises(PageError, match="more than"):
        segment(parse(page), Limits(max_elements=100))


def _direct_counts(el) -> tuple[int, int, int, int]:
    """Elements, links, list items and characters of visible text under ``el`` (itself included), counted
    straight from the tree: the reference for the counts the walk derives from document order."""
    def skipped(e) -> bool:
        while e is not None:
            if not isinstance(e.tag, str) or e.tag.lower() in SKIP_TAGS:
                return True
            if e is el:
                return False
            e = e.getparent()
        return False

    elements = links = items = chars = 0
    for e in el.iter():
        if skipped(e):
            continue
        tag = e.tag.lower()
        elements += 1
        links += tag == "a"
        items += tag == "li"
        for text in [e.text] + [c.tail for c in e]:  # the element's own text nodes
            if text and not text.isspace():
                chars += len(" ".join(text.split()))
    return elements, links, items, chars


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.html"))[:6] + [EXAMPLE], ids=lambda p: p.name)
def test_subtree_counts_and_sibling_repeats_match_the_tree(path):
    root = parse(path.read_bytes())
    names = {name: i for i, name in enumerate(STAT_NAMES)}
    for block in segment(root):
        (el,) = root.getroottree().xpath(block.xpath)
        for level, stats in enumerate(block.stats):
            if el is None:
                assert stats == (0,) * len(STAT_NAMES)
                continue
            measured = (stats[names["elements"]], stats[names["links"]], stats[names["li"]], stats[names["chars"]])
            assert measured == _direct_counts(el), (block.xpath, level)
            parent = el.getparent()
            siblings = [el] if parent is None else [c for c in parent
                                                   if c.tag == el.tag and c.get("class") == el.get("class")]
            assert block.repeats[level] == len(siblings), (block.xpath, level)
            el = parent
