"""Hostile and broken input: a clear PageError or sensible blocks, never another exception.

Pages are generated here, not stored. Invariants are checked with hypothesis."""
from __future__ import annotations

import gzip
import json
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from classifier import PageError, parse, segment
from classifier.evaluate import gold_texts, tokens


def outcome(data) -> list[str] | str:
    try:
        return [b.text for b in segment(parse(data))]
    except PageError as exc:
        return f"PageError: {exc}"


PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
HOSTILE = {
    "png": PNG,
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj",
    "gzip-in-html": gzip.compress(b"<p>hidden</p>"),
    "nul-soup": bytes(1000),
    "json": json.dumps({"a": [1, 2, {"b": "text"}]}).encode(),
    "rss": b"<?xml version='1.0'?><rss><channel><title>T</title><item><description>News item</description></item></channel></rss>",
    "xml-decl-str": "<?xml version='1.0' encoding='utf-8'?><html><body><p>x</p></body></html>",
    "truncated": b"<html><body><div><p>Cut off in the mid",
    "invalid-utf8": b"<p>caf\xe9 \xff\xfe\xfd ok</p>",
    "utf16-no-bom": "<html><body><p>মন্তব্য নেই</p></body></html>".encode("utf-16-le"),
    "utf16-be-no-bom": "<html><body><p>Привет</p></body></html>".encode("utf-16-be"),
    "frames-only": b"<html><frameset><frame src='a.html'><frame src='b.html'></frameset></html>",
    "scripts-only": b"<html><head><script>var a=1;</script></head><body><script>b()</script></body></html>",
    "template": b"<body><template><p>not shown</p></template></body>",
    "plain-text": "Just a line of text, no markup at all.",
    "big-attribute": b"<p title='" + b"x" * 1_000_000 + b"'>small</p>",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_gives_blocks_or_a_page_error(name):
    result = outcome(HOSTILE[name])
    assert isinstance(result, (list, str))


def test_expected_outcomes():
    assert outcome(HOSTILE["png"]).startswith("PageError: binary content (a PNG image)")
    assert outcome(HOSTILE["pdf"]).startswith("PageError: binary content (a PDF document)")
    assert outcome(HOSTILE["utf16-no-bom"]) == ["মন্তব্য নেই"]
    assert outcome(HOSTILE["utf16-be-no-bom"]) == ["Привет"]
    assert outcome(HOSTILE["truncated"]) == ["Cut off in the mid"]
    assert outcome(HOSTILE["template"]) == [] and outcome(HOSTILE["scripts-only"]) == []
    assert outcome(HOSTILE["big-attribute"]) == ["small"]
    assert outcome(HOSTILE["plain-text"]) == ["Just a line of text, no markup at all."]


def test_a_five_megabyte_text_node_and_many_elements():
    blocks = segment(parse(b"<p>" + b"word " * 1_000_000 + b"</p>"))
    assert len(blocks) == 1 and blocks[0].n_words == 1_000_000
    blocks = segment(parse(b"<body>" + b"<div><span>a</span></div>" * 60_000 + b"</body>"))
    assert len(blocks) == 60_000


TAGS = ["div", "p", "span", "a", "li", "ul", "td", "b", "section", "h2", "button", "script", "style", "template"]
WORDS = st.text(alphabet="abcঅআমন্তব্যনেই東京йцу0123456789", min_size=1, max_size=8)


@st.composite
def html_tree(draw, depth=0):
    parts = []
    for _ in range(draw(st.integers(0, 4 if depth < 4 else 0))):
        if draw(st.booleans()):
            parts.append(" ".join(draw(st.lists(WORDS, min_size=1, max_size=4))))
        else:
            tag = draw(st.sampled_from(TAGS))
            parts.append(f"<{tag}>{draw(html_tree(depth + 1))}</{tag}>")
    return " ".join(parts)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_tree())
def test_every_visible_word_lands_in_exactly_one_block(body):
    page = f"<html><body>{body}</body></html>".encode()
    words = Counter(t for b in segment(parse(page)) for t in tokens(b.text))
    assert words == Counter(tokens(gold_texts(page, []).get("other", "")))


@settings(max_examples=30, deadline=None)
@given(html_tree())
def test_segmentation_is_deterministic(body):
    page = f"<html><body><main>{body}</main></body></html>"
    assert segment(parse(page)) == segment(parse(page))
