from __future__ import annotations

import codecs

import pytest
from bs4 import BeautifulSoup
from lxml import html

from classifier import PageError, parse, segment
from classifier.parse import decode

PAGE = "<html><head><meta charset='{cs}'></head><body><p>{text}</p></body></html>"


def texts(root) -> list[str]:
    return [b.text for b in segment(root)]


@pytest.mark.parametrize("text,cs", [("Grüße aus Köln", "windows-1252"), ("Привет, мир", "windows-1251"),
                                     ("日本語のページ", "shift_jis"), ("রবিবার, ২১ এপ্রিল", "utf-8")])
def test_meta_charset_is_honoured(text, cs):
    data = PAGE.format(cs=cs, text=text).encode(cs)
    assert texts(parse(data)) == [text]


def test_utf8_bytes_beat_a_lying_meta_charset():
    data = PAGE.format(cs="iso-8859-1", text="মন্তব্য নেই").encode("utf-8")
    assert texts(parse(data)) == ["মন্তব্য নেই"]


def test_transport_charset_beats_meta():
    data = PAGE.format(cs="utf-8", text="Ελληνικά").encode("iso-8859-7")
    assert texts(parse(data, encoding="iso-8859-7")) == ["Ελληνικά"]


@pytest.mark.parametrize("bom,enc", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                                     (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_byte_order_marks(bom, enc):
    data = bom + "<p>Vote / Poll — ফলাফল</p>".encode(enc)
    assert decode(data) == "<p>Vote / Poll — ফলাফল</p>"


def test_undeclared_legacy_bytes_fall_back_without_error():
    assert "caf" in decode("<p>café</p>".encode("windows-1252"))


def test_all_input_kinds_give_the_same_blocks():
    source = "<html><body><div><p>One</p><p>Two <a href='#'>three</a></p></div></body></html>"
    expected = ["One", "Two three"]
    assert texts(parse(source)) == expected
    assert texts(parse(source.encode())) == expected
    assert texts(parse(html.document_fromstring(source))) == expected
    assert texts(parse(html.document_fromstring(source).getroottree())) == expected
    assert texts(parse(BeautifulSoup(source, "lxml"))) == expected

    class Response:  # the shape of a Scrapy / requests / httpx response
        body = source.encode("utf-16")
        encoding = "utf-16"
        url = "https://example.org/"

    assert texts(parse(Response())) == expected


@pytest.mark.parametrize("data", [
    "<p>Grüße — মন্তব্য নেই</p>".encode(),  # valid UTF-8: handed to the parser as it is
    "<p>Grüße\x00 — মন্তব্য নেই</p>".encode(),  # a NUL byte: cleaned first
    codecs.BOM_UTF8 + "<p>Grüße — মন্তব্য নেই</p>".encode(),
    "<p>Grüße — café</p>".encode("windows-1252"),
])
def test_bytes_and_their_decoded_text_parse_alike(data):
    from lxml import etree
    as_bytes = etree.tostring(parse(data), encoding="unicode")
    as_text = etree.tostring(parse(decode(data)), encoding="unicode")
    assert as_bytes == as_text and "Grüße" in as_bytes


@pytest.mark.parametrize("data", [b"", b"   \n\t ", ""])
def test_empty_pages_are_a_page_error(data):
    with pytest.raises(PageError):
        parse(data)


def test_other_objects_are_a_type_error():
    with pytest.raises(TypeError):
        parse(12345)


def test_size_limit_is_enforced():
    from classifier import Limits

    with pytest.raises(PageError, match="over the limit"):
        parse(b"<p>" + b"x" * 2000 + b"</p>", limits=Limits(max_bytes=1000))


def test_scrapy_responses_and_parsel_selectors():
    scrapy_http = pytest.importorskip("scrapy.http")
    parsel = pytest.importorskip("parsel")
    russian = "<html><body><p>Привет, мир</p><p>Второй абзац</p></body></html>"
    body = russian.encode("windows-1251")
    response = scrapy_http.HtmlResponse("https://ru.example/a", body=body,
                                        headers={"Content-Type": "text/html; charset=windows-1251"})
    assert texts(parse(response)) == ["Привет, мир", "Второй абзац"]
    assert texts(parse(response.selector)) == ["Привет, мир", "Второй абзац"]
    assert texts(parse(parsel.Selector(text=russian))) == ["Привет, мир", "Второй абзац"]
    from classifier.parse import page_url

    assert page_url(response) == "https://ru.example/a"
