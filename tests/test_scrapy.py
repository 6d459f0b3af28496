"""The Scrapy example, crawled for real: a local http.server (loopback only) serves the fixture pages."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

import classifier

from .conftest import FIXTURES, ROOT

pytest.importorskip("scrapy")

PROJECT = ROOT / "examples" / "scrapy_project"


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture()
def site(tmp_path):
    root = tmp_path / "site"
    root.mkdir()
    for page in FIXTURES.glob("*.html"):
        shutil.copy(page, root / page.name)
    (root / "broken.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield root, f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_a_crawl_stores_labelled_blocks_and_article_text(site, tmp_path):
    root, url = site
    items_path = tmp_path / "items.jsonl"
    run = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "pages", "-a", f"start_url={url}",
                          "-O", str(items_path), "-s", "LOG_LEVEL=INFO"],
                         cwd=PROJECT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    items = {item["url"].rsplit("/", 1)[-1]: item
             for item in map(json.loads, items_path.read_text(encoding="utf-8").splitlines())}
    pages = sorted(p.name for p in FIXTURES.glob("*.html"))
    assert sorted(items) == pages  # every fixture page, and not the broken one
    assert "broken.html: binary content (a PNG image)" in run.stderr  # dropped with the reason
    model = classifier.default_model()
    for name, item in items.items():
        assert "body" not in item and item["status"] == 200
        direct = classifier.classify((root / name).read_bytes(), model=model)
        assert [(b["label"], b["text"], b["xpath"]) for b in item["blocks"]] == [
            (b.label, b.text, b.xpath) for b in direct], name
        assert item["article"] == "\n".join(b.text for b in direct if b.label == "article")
    gold = json.loads((FIXTURES / "bn-news-portal.labels.json").read_text(encoding="utf-8"))
    assert any(r["label"] == "article" for r in gold["regions"])
    assert len(items["bn-news-portal.html"]["article"].split()) > 50
