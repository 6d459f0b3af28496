from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "tests" / "fixtures" / "pages"
HANDWRITTEN = ROOT / "tests" / "fixtures" / "handwritten"
FIXTURE_SETS = {"pages": FIXTURES, "handwritten": HANDWRITTEN}
"""The team's evaluation pages, by name: never training data for the default model."""
EXAMPLE = ROOT / "examples" / "bd-portal.html"
CORPUS = ROOT / "data" / "pages"

needs_shared = pytest.mark.skipif(not (SHARED / "tools" / "score.py").exists(),
                                  reason="../shared is not here (a user's clone)")


def shared_score():
    """The shared reference scorer, imported from ../shared/tools."""
    sys.path.insert(0, str(SHARED / "tools"))
    try:
        import score
    finally:
        sys.path.pop(0)
    return score


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory) -> Path:
    """A handful of corpus pages from four sites of different languages (for training smoke tests)."""
    out = tmp_path_factory.mktemp("corpus")
    labels = sorted(CORPUS.glob("*.labels.json"))
    sites: dict[str, list[Path]] = {}
    for path in labels:
        site = path.name.rsplit("-", 1)[0]
        sites.setdefault(site, []).append(path)
    chosen = [s for s in sorted(sites) if s.startswith(("bn-news", "en-news", "ru-", "ar-"))]
    picked = []
    for prefix in ("bn-news", "en-news", "ru-", "ar-"):
        picked += [s for s in chosen if s.startswith(prefix)][:1]
    for site in picked:
        for path in sites[site][:3]:
            shutil.copy(path, out / path.name)
            shutil.copy(path.with_name(path.name.replace(".labels.json", ".html")), out)
    return out


@pytest.fixture(scope="session")
def tiny_model(small_corpus, tmp_path_factory):
    """A model trained on the small corpus in a few seconds, saved and loaded back."""
    from classifier.dataset import dataset_hash, iter_dataset
    from classifier.model import Classifier, TrainParams
    from classifier.textmodel import TextModelParams

    params = TrainParams(text=TextModelParams(epoch=3, bucket=20_000, dim=8), folds=2, max_iter=15)
    model = Classifier.fit(list(iter_dataset(small_corpus)), params, data_hash=dataset_hash(small_corpus))
    directory = tmp_path_factory.mktemp("model")
    model.save(directory)
    return directory


def write_warc(path: Path, responses: list[tuple[str, bytes, str]], gzip: bool = True) -> list[str]:
    """Write a WARC of HTTP responses (url, body, Content-Type), with a warcinfo record and a request record
    before each response, as crawlers write them. Returns the response records' ids in order."""
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    ids = []
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "pagesect tests"}))
        for url, body, content_type in responses:
            request = writer.create_warc_record(url, "request", payload=BytesIO(b""), http_headers=StatusAndHeaders(
                "GET / HTTP/1.1", [("Host", "example.test")], is_http_request=True))
            writer.write_record(request)
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers)
            writer.write_record(record)
            ids.append(record.rec_headers.get_header("WARC-Record-ID"))
    return ids
