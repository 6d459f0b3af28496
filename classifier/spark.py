"""Label pages at scale with PySpark: WARC files or a Parquet table of pages in, a Parquet table of blocks out.

    python -m classifier.spark --warc crawl/*.warc.gz --out blocks.parquet [--master local[8]]
    python -m classifier.spark --parquet pages.parquet --id-col id --url-col url --html-col html --out blocks/

Each partition loads the model once (a worker process keeps it for later partitions) and labels its pages in
a stream; WARC files are read by the executors, one file per task. A model directory given with ``--model`` is
shipped to the executors with ``SparkContext.addFile``; without it, the model inside the installed package is
used, so the executors need ``pagesect`` installed (or the package zipped into ``--py-files``).

Output columns: ``page_id`` (the WARC record id or the table's id), ``url``, ``index``, ``label``, ``score``,
``xpath``, ``text``, ``error``. A page that could not be read gives one row with ``index`` -1, no label, and the
reason in ``error``; the job goes on.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from .api import classify, default_model, load_model
from .model import Classifier
from .parse import PageError

__all__ = ["BLOCK_SCHEMA", "classify_rows", "classify_warcs", "run", "main"]

logger = logging.getLogger(__name__)

BLOCK_SCHEMA = ("page_id string, url string, index int, label string, score double, xpath string, text string, "
                "error string")

_models: dict[str | None, Classifier] = {}


def _model(model_name: str | None) -> Classifier:
    """The model of this worker process: loaded on first use, then kept (one load per Python worker)."""
    model = _models.get(model_name)
    if model is None:
        if model_name:
            from pyspark import SparkFiles

            model = load_model(SparkFiles.get(model_name))
        else:
            model = default_model()
        _models[model_name] = model
    return model


def _error_row(page_id: str, url: str | None, error: str) -> tuple:
    return (page_id, url, -1, None, None, None, None, error)


def _rows(page_id: str, url: str | None, page: Any, encoding: str | None, model: Classifier) -> Iterator[tuple]:
    try:
        blocks = classify(page, encoding=encoding, model=model)
    except (PageError, ValueError, UnicodeError) as exc:
        yield _error_row(page_id, url, f"{type(exc).__name__}: {exc}")
        return
    for b in blocks:
        yield (page_id, url, b.index, b.label, round(b.score, 4), b.xpath, b.text, None)


def classify_rows(rows: Iterable[Any], model_name: str | None = None) -> Iterator[tuple]:
    """A ``mapPartitions`` function: (page id, url, html bytes or str) rows in, block rows out."""
    model = _model(model_name)
    for page_id, url, html in rows:
        if html is None:
            yield _error_row(str(page_id), url, "PageError: no page")
            continue
        yield from _rows(str(page_id), url, html, None, model)


def classify_warcs(paths: Iterable[str], model_name: str | None = None) -> Iterator[tuple]:
    """A ``mapPartitions`` function: WARC file paths in, block rows of their HTML responses out (streamed)."""
    from .warc import iter_warc

    model = _model(model_name)
    for path in paths:
        try:
            for rec in iter_warc(Path(path)):
                yield from _rows(rec.record_id, rec.url, rec.body, rec.encoding, model)
        except (PageError, OSError) as exc:
            yield _error_row(path, None, f"{type(exc).__name__}: {exc}")


def run(spark: Any, out: str, *, warc: Sequence[str] = (), parquet: str | None = None, id_col: str = "id",
        url_col: str = "url", html_col: str = "html", model_dir: str | None = None, partitions: int | None = None,
        mode: str = "errorifexists") -> None:
    """Label the pages of WARC files (``warc``) or of a Parquet table (``parquet``) and write the blocks to
    ``out`` as Parquet."""
    sc = spark.sparkContext
    model_name = None
    if model_dir:
        sc.addFile(str(Path(model_dir).resolve()), recursive=True)
        model_name = Path(model_dir).resolve().name
    if warc:
        paths = [str(Path(p).resolve()) for p in warc]
        rdd = sc.parallelize(paths, len(paths)).mapPartitions(lambda it: classify_warcs(it, model_name))
    elif parquet:
        table = spark.read.parquet(parquet).select(id_col, url_col, html_col)
        if partitions:
            table = table.repartition(partitions)
        rdd = table.rdd.mapPartitions(lambda it: classify_rows(it, model_name))
    else:
        raise ValueError("give WARC files or a Parquet table of pages")
    spark.createDataFrame(rdd, BLOCK_SCHEMA).write.mode(mode).parquet(out)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m classifier.spark``: see the module's description."""
    ap = argparse.ArgumentParser(prog="python -m classifier.spark", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--warc", nargs="+", help="WARC / WARC.gz files")
    src.add_argument("--parquet", help="a Parquet table of pages")
    ap.add_argument("--id-col", default="id")
    ap.add_argument("--url-col", default="url")
    ap.add_argument("--html-col", default="html", help="binary or string column holding the page")
    ap.add_argument("--out", required=True, help="where to write the Parquet table of blocks")
    ap.add_argument("--model", help="model directory (default: the model shipped in the package)")
    ap.add_argument("--partitions", type=int, help="repartition a Parquet input into this many partitions")
    ap.add_argument("--master", help="Spark master (default: spark-submit's, or local[*])")
    ap.add_argument("--mode", default="errorifexists", choices=("errorifexists", "overwrite", "append"))
    args = ap.parse_args(argv)
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("pagesect")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        run(spark, args.out, warc=args.warc or (), parquet=args.parquet, id_col=args.id_col, url_col=args.url_col,
            html_col=args.html_col, model_dir=args.model, partitions=args.partitions, mode=args.mode)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
