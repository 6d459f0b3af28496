"""Hostile and broken input: a clear PageError or sensible blocks, never another exception.

Pages are generated here, not stored. Invariants are checked with hypothesis."""
from __future__ import annotations

import gzip
import json
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from classifier import DEFAULT_LIMITS, Limits, PageError, classify, parse, segment
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


def test_three_hundred_thousand_elements_within_and_over_the_limit():
    page = b"<body>" + b"<div><span>a</span></div>" * 150_000
    blocks = segment(parse(page))
    assert len(blocks) == 150_000 and blocks[-1].xpath == "/html/body/div[150000]"
    with pytest.raises(PageError, match="more than 100,000 elements"):
        segment(parse(page), Limits(max_elements=100_000))


def test_the_time_limit_is_enforced():
    page = b"<body>" + b"<div><span>a</span></div>" * 20_000
    with pytest.raises(PageError, match="took more than"):
        segment(parse(page), Limits(max_seconds=0.0))


def test_a_twenty_megabyte_page():
    paragraph = "<p>" + "word " * 2000 + "</p>"
    page = ("<html><body>" + paragraph * 2000 + "</body></html>").encode()
    assert len(page) > 20_000_000
    blocks = segment(parse(page))
    assert len(blocks) == 2000 and sum(b.n_words for b in blocks) == 4_000_000
    with pytest.raises(PageError, match="over the limit"):
        parse(page, limits=Limits(max_bytes=10_000_000))


def test_nesting_past_the_depth_limit_keeps_the_text_in_the_ancestor():
    depth = 1500
    blocks = segment(parse(b"<body>" + b"<div>a " * depth + b"</div>" * depth + b"<p>after</p>"))
    assert sum(b.n_words for b in blocks) == depth + 1 and blocks[-1].text == "after"
    assert len(blocks) <= DEFAULT_LIMITS.max_depth + 1


def test_nesting_past_the_parser_limit_is_a_page_error():
    page = b"<body>" + b"<div>a " * 100_000 + b"</div>" * 100_000 + b"<p>after</p>"
    with pytest.raises(PageError, match="deeper than the parser's limit"):
        parse(page)


# The same text in a legacy encoding, with a <meta charset> that is right, absent, or lies.
LEGACY = {
    "shift_jis": "東京都は二十日、新しい交通計画を発表した。市民の意見を聞きながら、来年の春までに具体的な案をまとめる予定だという。",
    "windows-1251": "Правительство объявило о новых мерах поддержки малого бизнеса. Эксперты считают, что это поможет экономике.",
    "windows-1252": "Le gouvernement a présenté mercredi un nouveau plan pour l'éducation. Les élèves réagissent à cette réforme.",
    "iso-8859-2": "Rząd przedstawił w środę nowy plan dotyczący edukacji. Uczniowie i nauczyciele czekają na szczegóły reformy.",
    "iso-8859-7": "Η κυβέρνηση παρουσίασε την Τετάρτη ένα νέο σχέδιο για την εκπαίδευση. Μαθητές και δάσκαλοι περιμένουν.",
    "euc-kr": "정부는 수요일 새로운 교육 계획을 발표했다. 학생들과 교사들은 개혁의 세부 사항을 기다리고 있다.",
}
CASES = [(enc, meta) for enc in LEGACY for meta in (enc, None, "utf-8")] + [
    ("shift_jis", "iso-8859-1"), ("shift_jis", "windows-1251"), ("windows-1251", "iso-8859-1"),
    ("windows-1251", "shift_jis"), ("windows-1252", "windows-1251"), ("euc-kr", "iso-8859-1")]


@pytest.mark.parametrize("enc,meta", CASES)
def test_legacy_encodings_and_lying_meta_charsets(enc, meta):
    head = f'<meta charset="{meta}">' if meta else ""
    page = f"<html><head>{head}<title>t</title></head><body><h1>Title</h1><p>{LEGACY[enc]}</p></body></html>"
    assert outcome(page.encode(enc)) == ["Title", LEGACY[enc]]


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


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_tree())
def test_every_visible_character_lands_in_exactly_one_block(body):
    page = f"<html><body>{body}</body></html>"
    chars = Counter("".join(b.text for b in segment(parse(page))).replace(" ", ""))
    assert chars == Counter("".join(gold_texts(page, []).get("other", "").split()))


@settings(max_examples=30, deadline=None)
@given(html_tree())
def test_segmentation_is_deterministic(body):
    page = f"<html><body><main>{body}</main></body></html>"
    assert segment(parse(page)) == segment(parse(page))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_tree())
def test_labels_are_the_same_twice_and_in_eight_threads(body):
    page = f"<html><body><main>{body}</main></body></html>"
    try:
        first = [(b.label, b.text, b.proba) for b in classify(page)]
    except PageError:
        return
    assert [(b.label, b.text, b.proba) for b in classify(page)] == first
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda _: [(b.label, b.text, b.proba) for b in classify(page)], range(8)))
    assert all(r == first for r in results)
