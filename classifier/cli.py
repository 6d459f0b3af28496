"""Command line: ``predict`` (label pages) and ``evaluate`` (score against gold annotations).

    predict PAGE.html | DIR | 'GLOB' | - [...] [-o OUT] [--format jsonl|text|html] [--label article]
    python -m classifier evaluate --gold DIR [--pages DIR] [--pred DIR] [--model DIR]
"""
from __future__ import annotations

import argparse
import glob
import gzip
import json
import logging
import os
import sys
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from .api import LabeledBlock, _label, default_model, load_model
from .blocks import segment
from .labels import LABELS
from .model import Classifier, ModelError
from .parse import PageError, parse
from .warc import WARC_SUFFIXES, is_warc, iter_warc

__all__ = ["main", "predict_main", "evaluate_main"]

logger = logging.getLogger(__name__)

PAGE_SUFFIXES = (".html.gz", ".htm.gz", ".html", ".htm", ".xhtml") + WARC_SUFFIXES


@dataclass(frozen=True)
class Source:
    """An input: a page file, a WARC archive, or standard input (path None)."""

    name: str
    path: Path | None

    @property
    def is_archive(self) -> bool:
        return self.path is not None and is_warc(self.path)


@dataclass(frozen=True)
class Page:
    """One page to label. ``name`` is its output's key (an archive's pages share the archive's); ``data`` is
    read from ``path`` when None."""

    name: str
    path: Path | None = None
    data: bytes | None = None
    encoding: str | None = None
    url: str | None = None
    record_id: str | None = None

    @property
    def label(self) -> str:
        """How a failure of this page is reported."""
        return f"{self.name}#{self.record_id}" if self.record_id else self.name


def _page_name(path: Path) -> str:
    name = path.name
    for suffix in PAGE_SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def iter_sources(inputs: Sequence[str]) -> Iterator[Source]:
    """Expand files, folders (recursively, pages by suffix) and globs into sources, in sorted order."""
    for item in inputs or ["-"]:
        if item == "-":
            yield Source("stdin", None)
            continue
        path = Path(item)
        if path.is_dir():
            for sub in sorted(p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(PAGE_SUFFIXES)):
                yield Source(_page_name(sub), sub)
        elif path.exists():
            yield Source(_page_name(path), path)
        else:
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                yield Source(item, path)  # reported as missing when read
            for match in matches:
                if Path(match).is_file():
                    yield Source(_page_name(Path(match)), Path(match))


def read_source(source: Source | Page) -> bytes:
    data = sys.stdin.buffer.read() if source.path is None else source.path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise PageError(f"broken gzip data: {exc}") from None
    return data


# -- one page -------------------------------------------------------------------------------------------------
_worker_model: Classifier | None = None


def _init_worker(model_dir: str | None) -> None:
    global _worker_model
    _worker_model = load_model(model_dir) if model_dir else default_model()


def _process(page: Page, fmt: str, label: str) -> tuple[str | None, str | None]:
    """(output text, error) for one page, in a worker or in-process."""
    assert _worker_model is not None
    try:
        data = page.data if page.data is not None else read_source(page)
        root = parse(data, encoding=page.encoding)
        blocks = segment(root)
        labeled = _label(blocks, _worker_model.predict_proba(blocks))
        return format_page(page, root, labeled, fmt, label), None
    except (PageError, OSError, ValueError, UnicodeError, MemoryError, RecursionError) as exc:
        return None, f"{type(exc).__name__}: {exc}"


def format_page(page: Page, root, labeled: Sequence[LabeledBlock], fmt: str, label: str) -> str:
    if fmt == "jsonl":
        key = {"page": page.name}
        if page.record_id is not None:
            key.update(record_id=page.record_id, url=page.url)
        return "".join(json.dumps({**key, "index": b.index, "label": b.label, "score": round(b.score, 4),
                                   "xpath": b.xpath, "text": b.text}, ensure_ascii=False) + "\n" for b in labeled)
    if fmt == "text":
        text = "\n".join(b.text for b in labeled if b.label == label)
        if page.record_id is not None:  # an archive's pages share one output: say where each begins
            return f"### {page.url} {page.record_id}\n" + (text + "\n" if text else "")
        return text + "\n" if text else ""
    from .render import render_html

    return render_html(root, labeled)


def _atomic_write(path: Path, text: str) -> None:
    sink = _Sink(path.parent, "")
    try:
        sink.write(path.name, text)
        sink.close()
    finally:
        sink.abort()


# -- predict --------------------------------------------------------------------------------------------------
def predict_main(argv: Sequence[str] | None = None) -> int:
    """The ``predict`` command; returns the exit status (0 ok, 1 some pages failed, 2 unusable model)."""
    try:
        return _predict(argv)
    except BrokenPipeError:  # `predict ... | head`: the reader has gone, which is not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _predict(argv: Sequence[str] | None) -> int:
    ap = argparse.ArgumentParser(prog="predict", description="Label the blocks of web pages.")
    ap.add_argument("inputs", nargs="*",
                    help="HTML files (.html, .html.gz), WARC archives (.warc, .warc.gz), folders, globs, or - for stdin")
    ap.add_argument("-o", "--out", type=Path, help="write one OUT/PAGE.jsonl (or .txt/.html) per page")
    ap.add_argument("--format", choices=("jsonl", "text", "html"), default="jsonl",
                    help="jsonl: one block a line; text: one label's text; html: the page with blocks coloured")
    ap.add_argument("--label", default="article", choices=LABELS, help="the label --format text prints")
    ap.add_argument("--model", type=Path, help="model directory (default: the model shipped in the package)")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (each loads the model once)")
    ap.add_argument("--errors", type=Path, help="write failed pages and reasons here (default OUT/errors.tsv)")
    ap.add_argument("--resume", action="store_true", help="skip pages whose output file already exists")
    ap.add_argument("--no-progress", action="store_true", help="no progress bar")
    args = ap.parse_args(argv)

    model_dir = str(args.model) if args.model else None
    try:
        _init_worker(model_dir)
    except (ModelError, OSError) as exc:
        print(f"predict: cannot load the model: {exc}", file=sys.stderr)
        return 2
    suffix = {"jsonl": ".jsonl", "text": ".txt", "html": ".html"}[args.format]
    sources = list(iter_sources(args.inputs))
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        if args.resume:
            sources = [s for s in sources if not (args.out / (s.name + suffix)).exists()]
    errors_path = args.errors or (args.out / "errors.tsv" if args.out else None)
    failed: list[tuple[str, str]] = []
    n_pages = n_page_failures = 0  # pages read, and those that failed (an archive may also fail as a whole)
    show = not args.no_progress and sys.stderr.isatty() and (len(sources) > 1 or any(s.is_archive for s in sources))
    from tqdm import tqdm

    def fail(name: str, error: str) -> None:
        failed.append((name, error))
        print(f"predict: {name}: {error}", file=sys.stderr)

    archives = any(s.is_archive for s in sources)
    bar = tqdm(total=None if archives else len(sources), unit="page", disable=not show, file=sys.stderr)
    sink = _Sink(args.out, suffix)
    try:
        for page, text, error in _run(_pages(sources, args.format, fail), args.format, args.label, args.jobs,
                                      model_dir):
            bar.update()
            n_pages += 1
            if error is not None:
                fail(page.label, error)
                n_page_failures += 1
            else:
                sink.write(page.name, text or "")
        sink.close()
    finally:
        sink.abort()
        bar.close()
    if errors_path is not None and (failed or errors_path.exists()):
        errors_path.parent.mkdir(parents=True, exist_ok=True)
        _atomic_write(errors_path, "".join(f"{n}\t{e}\n" for n, e in failed))
    if failed:
        print(f"predict: {len(failed)} of {n_pages + len(failed) - n_page_failures} pages failed", file=sys.stderr)
        return 1
    return 0


def _pages(sources: Sequence[Source], fmt: str, fail: Callable[[str, str], None]) -> Iterator[Page]:
    """The pages of the inputs, lazily: an archive's records are read one at a time as the run goes."""
    for source in sources:
        if source.path is None:
            yield Page(source.name, data=sys.stdin.buffer.read())
        elif not source.is_archive:
            yield Page(source.name, path=source.path)
        elif fmt == "html":
            fail(source.name, "--format html writes one file a page; give pages, not an archive")
        else:
            try:
                for rec in iter_warc(source.path):
                    yield Page(source.name, data=rec.body, encoding=rec.encoding, url=rec.url,
                               record_id=rec.record_id)
            except (PageError, OSError) as exc:
                fail(source.name, f"{type(exc).__name__}: {exc}")


class _Sink:
    """Where outputs go: standard output, or one OUT/NAME file per output key, written to a temporary file and
    renamed when complete, so an interrupted run leaves no half-written output (an archive's pages, which share
    a key, arrive one after another)."""

    def __init__(self, out: Path | None, suffix: str) -> None:
        self.out, self.suffix = out, suffix
        self.key: str | None = None
        self.fh: TextIO | None = None
        self.tmp = ""

    def write(self, key: str, text: str) -> None:
        if self.out is None:
            sys.stdout.write(text)
            return
        if key != self.key:
            self.close()
            target = self.out / (key + self.suffix)
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, self.tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
            self.fh, self.key = os.fdopen(fd, "w", encoding="utf-8"), key
        assert self.fh is not None
        self.fh.write(text)

    def close(self) -> None:
        """Finish the current output file (rename it into place)."""
        if self.fh is not None and self.out is not None and self.key is not None:
            self.fh.close()
            os.replace(self.tmp, self.out / (self.key + self.suffix))
            self.fh, self.key = None, None

    def abort(self) -> None:
        """Drop an unfinished output file."""
        if self.fh is not None:
            self.fh.close()
            if os.path.exists(self.tmp):
                os.unlink(self.tmp)
            self.fh, self.key = None, None


def _run(pages: Iterable[Page], fmt: str, label: str, jobs: int, model_dir: str | None
         ) -> Iterator[tuple[Page, str | None, str | None]]:
    """(page, output, error) in input order; with ``jobs`` > 1, in worker processes, with a bounded number of
    pages in flight, so that memory does not grow with the input."""
    if jobs <= 1:
        for page in pages:
            yield (page, *_process(page, fmt, label))
        return
    window: deque[tuple[Page, Future]] = deque()
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(model_dir,)) as pool:
        for page in pages:
            window.append((page, pool.submit(_process, page, fmt, label)))
            if len(window) >= 4 * jobs:
                done, future = window.popleft()
                yield (done, *future.result())
        while window:
            done, future = window.popleft()
            yield (done, *future.result())


# -- evaluate -------------------------------------------------------------------------------------------------
def evaluate_main(argv: Sequence[str] | None = None) -> int:
    from .evaluate import format_summary, load_gold, load_predictions, predicted_texts, score_pages, summarize

    ap = argparse.ArgumentParser(prog="python -m classifier evaluate",
                                 description="Score predictions (or the model itself) against gold annotations "
                                             "with the shared per-label word measure.")
    ap.add_argument("--gold", type=Path, required=True, help="NAME.labels.json (+ NAME.html) or NAME.gold.json")
    ap.add_argument("--pages", type=Path, help="folder of NAME.html pages, where not beside the labels")
    ap.add_argument("--pred", type=Path, help="folder of NAME.jsonl predictions (default: run the model now)")
    ap.add_argument("--model", type=Path, help="model directory (default: the shipped model)")
    ap.add_argument("--classes", default=",".join(LABELS[:5]))
    ap.add_argument("--json", type=Path, help="write the summary as JSON here")
    args = ap.parse_args(argv)
    classes = args.classes.split(",")
    gold = load_gold(args.gold, args.pages)
    if not gold:
        print(f"evaluate: no gold pages under {args.gold}", file=sys.stderr)
        return 2
    if args.pred:
        preds = {name: load_predictions(args.pred / f"{name}.jsonl") for name in gold}
    else:
        model = load_model(args.model) if args.model else default_model()
        preds = {}
        for name in gold:
            try:
                page = _find_page(name, args.gold, args.pages)
                labeled = _label(blocks := segment(parse(page.read_bytes())), model.predict_proba(blocks))
            except (PageError, OSError) as exc:
                print(f"evaluate: {name}: {exc}", file=sys.stderr)
                preds[name] = None
                continue
            preds[name] = predicted_texts(labeled)
    rows = score_pages(gold, preds, classes)
    table = summarize(rows, classes)
    print(format_summary(table, classes))
    missing = [n for n in gold if preds.get(n) is None]
    if missing:
        print(f"missing predictions for {len(missing)} of {len(gold)} pages (scored as empty)")
    if args.json:
        args.json.write_text(json.dumps({"summary": table, "missing": missing}, indent=1), encoding="utf-8")
    return 0


def _find_page(name: str, gold: Path, pages: Path | None) -> Path:
    for folder in ([pages] if pages else []) + [gold, gold.parent / "pages"]:
        for suffix in (".html", ".html.gz"):
            if (folder / (name + suffix)).exists():
                return folder / (name + suffix)
    raise FileNotFoundError(f"no page {name}.html in {pages or gold}")


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m classifier [predict|evaluate] ...`` (predict when no sub-command is named)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "evaluate":
        return evaluate_main(argv[1:])
    if argv and argv[0] == "predict":
        argv = argv[1:]
    return predict_main(argv)
