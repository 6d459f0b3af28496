"""How the cost grows: with page size, with the number of pages, with worker processes, and on Spark.

    python benchmarks/scale.py [--pages DIR] [--limit 120] [--spark]

1. number of pages: the `predict` command over the first N/4, N/2 and N pages (the marginal pages/s, past the
   start-up, should stay flat);
2. `predict --jobs 1` against `--jobs 2` over the same folder in the same run (speed-up in all and past the
   start-up, measured on a one-page folder; peak RSS);
3. with --spark: `python -m classifier.spark --master local[1]` and `local[2]` over two WARCs of the same pages,
   past the start-up (measured on a one-page WARC), per core, as a ratio to the plain command on one core;
4. page size: one page's content repeated to 10 KiB ... 10 MiB, classified in-process; prints ms per page and
   µs per KiB (linear time means a flat µs/KiB column).
Machines are noisy: read the ratios, not the absolute numbers.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BIN = Path(sys.executable).parent


def _run(cmd: list[str], **kw) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)
    return time.perf_counter() - t


def _predict(folder: Path, out: Path, jobs: int = 1) -> float:
    """Seconds the `predict` command takes over ``folder``, writing to ``out``."""
    return _run([str(BIN / "predict"), "--no-progress", "--jobs", str(jobs), "-o", str(out), str(folder)])


def page_sizes() -> None:
    import classifier

    model = classifier.default_model()
    body = (ROOT / "examples" / "bd-portal.html").read_text(encoding="utf-8")
    inner = body[body.index("<body"): body.rindex("</body>")]
    inner = inner[inner.index(">") + 1:]
    print("page size      blocks    ms/page   µs/KiB")
    for kib in (10, 100, 1024, 10 * 1024):
        reps = max(1, kib * 1024 // len(inner.encode()))
        page = ("<html><body>" + "".join(f"<div id='r{i}'>{inner}</div>" for i in range(reps)) + "</body></html>")
        data = page.encode()
        best = float("inf")
        for _ in range(3 if kib < 1024 else 1):
            t = time.perf_counter()
            n = len(classifier.classify(data, model=model))
            best = min(best, time.perf_counter() - t)
        size = len(data) / 1024
        print(f"{size:9.0f} KiB {n:9d} {best * 1000:10.1f} {best * 1e6 / size:8.1f}")


def page_counts(folder: Path, n: int) -> float:
    """Prints pages/s of `predict` over growing folders; returns the marginal pages/s (past the start-up)."""
    print("pages   predict pages/s   marginal pages/s (without start-up: imports and model load)")
    last = None
    for k in (n // 4, n // 2, n):
        sub = Path(tempfile.mkdtemp(prefix="scale-"))
        for p in sorted(folder.glob("*.html"))[:k]:
            os.symlink(p, sub / p.name)
        dt = _predict(sub, sub / "out")
        marginal = f"{(k - last[0]) / (dt - last[1]):10.1f}" if last and dt > last[1] else ""
        print(f"{k:5d} {k / dt:12.1f}   {marginal}")
        rate = (k - last[0]) / (dt - last[1]) if last and dt > last[1] else k / dt
        last = (k, dt)
        shutil.rmtree(sub)
    return rate


def jobs(folder: Path, n: int) -> float:
    sub = Path(tempfile.mkdtemp(prefix="scale-"))
    one = Path(tempfile.mkdtemp(prefix="scale-one-"))
    pages = sorted(folder.glob("*.html"))[:n]
    for p in pages:
        os.symlink(p, sub / p.name)
    os.symlink(pages[0], one / pages[0].name)
    rates, past = {}, {}
    for j in (1, 2):
        # the fixed cost (imports, starting the workers, one model load each) measured on a one-page folder
        start = _predict(one, one / f"out{j}", j)
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        dt = _predict(sub, sub / f"out{j}", j)
        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        rates[j] = n / dt
        past[j] = (n - 1) / max(dt - start, 1e-9)
        print(f"predict --jobs {j}: {rates[j]:6.1f} pages/s in all, {past[j]:6.1f} past a {start:.1f} s start-up  "
              f"(peak RSS of a process so far {max(rss, before) / 1024:.0f} MB)")
    print(f"--jobs 2 / --jobs 1 = {rates[2] / rates[1]:.2f}x in all, {past[2] / past[1]:.2f}x past the start-up, "
          f"on {os.cpu_count()} cores")
    shutil.rmtree(sub)
    shutil.rmtree(one)
    return rates[1]


def spark(folder: Path, n: int, cli_rate: float) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import write_warc

    tmp = Path(tempfile.mkdtemp(prefix="scale-spark-"))
    pages = sorted(folder.glob("*.html"))[:n]
    half = len(pages) // 2
    for i, chunk in enumerate((pages[:half], pages[half:])):
        write_warc(tmp / f"part{i}.warc.gz", [(f"https://bench.test/{p.name}", p.read_bytes(), "text/html")
                                              for p in chunk])
    write_warc(tmp / "one.warc.gz", [("https://bench.test/one", pages[0].read_bytes(), "text/html")])
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable}

    def job(master: str, *warcs: str) -> float:
        out = tmp / f"out-{time.perf_counter_ns()}"
        return _run([sys.executable, "-m", "classifier.spark", "--master", master, "--warc", *warcs,
                     "--out", str(out)], env=env)

    for master, cores in (("local[1]", 1), ("local[2]", 2)):
        start = job(master, str(tmp / "one.warc.gz"))  # JVM, Python workers, model load: the fixed cost
        dt = job(master, str(tmp / "part0.warc.gz"), str(tmp / "part1.warc.gz"))
        rate = (n - 1) / max(dt - start, 1e-9)
        print(f"spark {master}: {n / dt:6.1f} pages/s in all, {rate:6.1f} pages/s past a {start:.1f} s start-up; "
              f"per core {rate / cores / cli_rate:.2f}x predict on one core past its start-up")
    shutil.rmtree(tmp)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=Path, default=ROOT.parent / "shared" / "benchmarks" / "aeb" / "pages")
    ap.add_argument("--limit", type=int, default=120)
    ap.add_argument("--spark", action="store_true")
    args = ap.parse_args(argv)
    n = min(args.limit, len(list(args.pages.glob("*.html"))))
    if not n:
        print(f"no pages in {args.pages}", file=sys.stderr)
        return 2
    # Subprocess runs first: a child forked from this process once it holds large pages would report its RSS.
    marginal = page_counts(args.pages, n)
    print()
    jobs(args.pages, n)
    if args.spark:
        spark(args.pages, n, marginal)
    print()
    page_sizes()
    return 0


if __name__ == "__main__":
    sys.exit(main())
