"""The PySpark job in local mode (local[2]): WARC files and a Parquet table of pages in, Parquet blocks out."""
from __future__ import annotations

import os
import shutil
import sys

import pytest

import classifier

from .conftest import EXAMPLE, FIXTURES, write_warc

pyspark = pytest.importorskip("pyspark")
pytest.importorskip("warcio")
pytestmark = pytest.mark.skipif(not (shutil.which("java") or os.environ.get("JAVA_HOME")),
                                reason="Spark needs a Java runtime")


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (SparkSession.builder.master("local[2]").appName("pagesect-test")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
               .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _expected(pages: dict[str, bytes]) -> dict[str, list[tuple]]:
    model = classifier.default_model()
    return {key: [(b.index, b.label, b.xpath, b.text) for b in classifier.classify(data, model=model)]
            for key, data in pages.items()}


def _got(spark, out: str, key: str) -> dict[str, list[tuple]]:
    rows = spark.read.parquet(out).collect()
    got: dict[str, list[tuple]] = {}
    for r in sorted(rows, key=lambda r: (r[key], r["index"])):
        got.setdefault(r[key], []).append((r["index"], r["label"], r["xpath"], r["text"]))
    return got


def test_warc_files_to_parquet_blocks(spark, tmp_path):
    from classifier.spark import run

    pages = {"https://bd.example/1": EXAMPLE.read_bytes(),
             "https://bn.example/2": (FIXTURES / "bn-news-portal.html").read_bytes(),
             "https://en.example/3": (FIXTURES / "en-forum-thread.html").read_bytes()}
    items = list(pages.items())
    write_warc(tmp_path / "a.warc.gz", [(u, b, "text/html") for u, b in items[:2]])
    write_warc(tmp_path / "b.warc.gz", [(items[2][0], items[2][1], "text/html"),
                                        ("https://x.example/empty", b"", "text/html")])
    out = str(tmp_path / "blocks")
    run(spark, out, warc=[str(tmp_path / "a.warc.gz"), str(tmp_path / "b.warc.gz")])
    got = _got(spark, out, "url")
    expected = _expected(pages)
    assert {u: got[u] for u in pages} == expected
    assert got["https://x.example/empty"] == [(-1, None, None, None)]
    errors = spark.read.parquet(out).where("error is not null").collect()
    assert [(e["url"], e["error"]) for e in errors] == [("https://x.example/empty", "PageError: page is empty")]
    assert all(r["page_id"].startswith("<urn:uuid:") for r in spark.read.parquet(out).collect())


def test_parquet_pages_to_parquet_blocks_with_a_shipped_model_dir(spark, tmp_path):
    from classifier.spark import run

    pages = {f"id-{p.stem}": p.read_bytes() for p in sorted(FIXTURES.glob("*.html"))[:5]}
    table = spark.createDataFrame([(k, f"https://example.test/{k}", bytearray(v)) for k, v in pages.items()],
                                  "id string, url string, html binary")
    src = str(tmp_path / "pages.parquet")
    table.write.parquet(src)
    model_dir = tmp_path / "mymodel"
    shutil.copytree(classifier.api.DEFAULT_MODEL_DIR, model_dir)  # a user's model directory, shipped by addFile
    out = str(tmp_path / "blocks")
    run(spark, out, parquet=src, model_dir=str(model_dir), partitions=2)
    assert _got(spark, out, "page_id") == _expected(pages)
