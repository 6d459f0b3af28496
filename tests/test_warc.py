"""WARC archives: HTML responses read one at a time, labelled, keyed by record id and URI."""
from __future__ import annotations

import gzip as gz
import json
from pathlib import Path

import pytest

from classifier.cli import predict_main
from classifier.warc import iter_warc

from .conftest import EXAMPLE, FIXTURES, write_warc

pytest.importorskip("warcio")

RUSSIAN = "<html><body><h1>Новости</h1><p>Правительство объявило о новых мерах поддержки.</p></body></html>"


@pytest.fixture()
def archive(tmp_path) -> tuple[Path, list[str]]:
    responses = [
        ("https://bd.example/news/1", EXAMPLE.read_bytes(), "text/html; charset=utf-8"),
        ("https://bd.example/logo.png", b"\x89PNG\r\n\x1a\n....", "image/png"),
        ("https://ru.example/a", RUSSIAN.encode("windows-1251"), "text/html; charset=windows-1251"),
        ("https://x.example/empty", b"", "text/html"),
        ("https://x.example/feed", b"{}", "application/json"),
        ("https://jp.example/b", (FIXTURES / "ja-news.html").read_bytes(), "application/xhtml+xml"),
    ]
    path = tmp_path / "crawl-001.warc.gz"
    ids = write_warc(path, responses)
    return path, ids


def test_iter_warc_yields_the_html_responses_with_their_charsets(archive):
    path, ids = archive
    pages = list(iter_warc(path))
    assert [p.url for p in pages] == ["https://bd.example/news/1", "https://ru.example/a", "https://x.example/empty",
                                      "https://jp.example/b"]
    assert [p.record_id for p in pages] == [ids[0], ids[2], ids[3], ids[5]]
    assert pages[1].encoding == "windows-1251" and pages[0].body == EXAMPLE.read_bytes()


def test_predict_reads_an_archive_and_keys_each_page(archive, tmp_path, capsys):
    path, ids = archive
    out = tmp_path / "out"
    assert predict_main(["--no-progress", "-o", str(out), str(path)]) == 1  # the empty page failed
    lines = [json.loads(x) for x in (out / "crawl-001.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {x["page"] for x in lines} == {"crawl-001"}
    keys = list(dict.fromkeys((x["record_id"], x["url"]) for x in lines))
    assert keys == [(ids[0], "https://bd.example/news/1"), (ids[2], "https://ru.example/a"),
                    (ids[5], "https://jp.example/b")]
    russian = [x["text"] for x in lines if x["url"] == "https://ru.example/a"]
    assert russian == ["Новости", "Правительство объявило о новых мерах поддержки."]
    errors = (out / "errors.tsv").read_text(encoding="utf-8").splitlines()
    assert errors == [f"crawl-001#{ids[3]}\tPageError: page is empty"]
    # the same labels as the page on its own
    assert predict_main([str(EXAMPLE)]) == 0
    alone = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    first = [x for x in lines if x["record_id"] == ids[0]]
    assert [(x["label"], x["text"]) for x in first] == [(x["label"], x["text"]) for x in alone]
    # worker processes give the same output; --resume then skips the archive
    out2 = tmp_path / "out2"
    assert predict_main(["--no-progress", "--jobs", "2", "-o", str(out2), str(path)]) == 1
    assert (out2 / "crawl-001.jsonl").read_text(encoding="utf-8") == (out / "crawl-001.jsonl").read_text(
        encoding="utf-8")
    assert predict_main(["--no-progress", "--resume", "-o", str(out2), str(path)]) == 0


def test_a_damaged_archive_keeps_the_pages_before_the_damage(archive, tmp_path, capsys):
    path, ids = archive
    data = path.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.8)])
    assert predict_main(["--no-progress", "--format", "text", str(cut)]) == 1
    captured = capsys.readouterr()
    assert "### https://bd.example/news/1" in captured.out
    assert "cut: PageError: broken WARC archive" in captured.err


def test_uncompressed_archives_and_folders(tmp_path, capsys):
    folder = tmp_path / "warcs"
    folder.mkdir()
    write_warc(folder / "plain.warc", [("https://a.example/", EXAMPLE.read_bytes(), "text/html")], gzip=False)
    (folder / "page.html").write_bytes(b"<p>Just a page.</p>")
    assert predict_main(["--no-progress", str(folder)]) == 0
    pages = {json.loads(x)["page"] for x in capsys.readouterr().out.splitlines()}
    assert pages == {"plain", "page"}


def test_archives_are_streamed(tmp_path):
    """Records are handed out as they are read: the first page comes before the archive has been read."""
    path = tmp_path / "big.warc.gz"
    body = EXAMPLE.read_bytes()
    write_warc(path, [(f"https://bd.example/{i}", body, "text/html") for i in range(200)])

    class Tracked:
        def __init__(self, fh):
            self.fh, self.furthest = fh, 0

        def read(self, *a):
            data = self.fh.read(*a)
            self.furthest = max(self.furthest, self.fh.tell())
            return data

        def readline(self, *a):
            data = self.fh.readline(*a)
            self.furthest = max(self.furthest, self.fh.tell())
            return data

    with open(path, "rb") as fh:
        tracked = Tracked(fh)
        pages = iter_warc(tracked)
        next(pages)
        assert tracked.furthest < path.stat().st_size / 10
        assert sum(1 for _ in pages) == 199


def test_html_format_refuses_archives(archive, tmp_path, capsys):
    path, _ = archive
    assert predict_main(["--no-progress", "--format", "html", "-o", str(tmp_path / "o"), str(path)]) == 1
    assert "give pages, not an archive" in capsys.readouterr().err


def test_gzip_pages_and_gzip_archives_are_told_apart(tmp_path, capsys):
    (tmp_path / "p.html.gz").write_bytes(gz.compress(b"<p>Zipped page.</p>"))
    assert predict_main(["--no-progress", str(tmp_path / "p.html.gz")]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["text"] == "Zipped page."
