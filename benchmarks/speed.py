"""Pages per second of the full pipeline, against peers measured in the same run.

    python benchmarks/speed.py [--pages DIR] [--repeats 3] [--limit N]

Runs on one core, each system over the same pages (default: ../shared/benchmarks/aeb/pages), in rounds; prints
the median pages/s of each, the ratios of this project to lxml's parse alone and to trafilatura (when
installed), the model load time and the process's peak RSS. Machines are noisy: compare the ratios, not the
absolute numbers.
"""
from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=Path, default=ROOT.parent / "shared" / "benchmarks" / "aeb" / "pages")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--limit", type=int, default=0, help="use only the first N pages")
    args = ap.parse_args(argv)
    paths = sorted(p for p in args.pages.iterdir() if p.suffix == ".html")
    if args.limit:
        paths = paths[: args.limit]
    pages = [p.read_bytes() for p in paths]
    if not pages:
        print(f"no pages in {args.pages}", file=sys.stderr)
        return 2
    mb = sum(map(len, pages)) / 1e6

    t0 = time.perf_counter()
    import classifier
    from classifier.parse import parse

    t1 = time.perf_counter()
    model = classifier.default_model()
    load_s, import_s = time.perf_counter() - t1, t1 - t0
    from lxml import html as lxml_html

    def each(fn: Callable[[bytes], object]) -> Callable[[], None]:
        def run() -> None:
            for page in pages:  # results are dropped as they come, so peak RSS is one page's work, not 181 trees
                fn(page)
        return run

    def batches() -> None:
        for i in range(0, len(pages), 32):
            classifier.classify_many(pages[i: i + 32], model=model)

    systems: dict[str, Callable[[], None]] = {
        "lxml parse": each(lxml_html.document_fromstring),
        "pagesect parse": each(parse),
        "pagesect per page": each(lambda p: classifier.classify(p, model=model)),
        "pagesect batched": batches,
    }
    try:
        import trafilatura

        systems["trafilatura"] = each(trafilatura.extract)
    except ImportError:
        pass
    rates: dict[str, list[float]] = {name: [] for name in systems}
    for _ in range(args.repeats):
        for name, run in systems.items():
            t = time.perf_counter()
            run()
            rates[name].append(len(pages) / (time.perf_counter() - t))
    med = {name: statistics.median(r) for name, r in rates.items()}
    print(f"{len(pages)} pages, {mb:.1f} MB, median of {args.repeats} rounds; "
          f"model load {load_s:.2f}s (after importing the package and its libraries: {import_s:.2f}s)")
    for name, rate in med.items():
        print(f"  {name:20s} {rate:8.1f} pages/s")
    for ours in ("pagesect per page", "pagesect batched"):
        line = f"  {ours}: {med[ours] / med['lxml parse']:.2f}x lxml parse"
        if "trafilatura" in med:
            line += f", {med[ours] / med['trafilatura']:.2f}x trafilatura"
        print(line)
    print(f"  peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
