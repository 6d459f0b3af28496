"""The predict and evaluate commands, run in-process."""
from __future__ import annotations

import gzip
import json

from classifier.cli import main, predict_main

from .conftest import EXAMPLE, FIXTURES


def test_jsonl_to_stdout(capsys):
    assert predict_main([str(EXAMPLE)]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert lines and {"page", "index", "label", "score", "xpath", "text"} <= set(lines[0])
    assert [x["index"] for x in lines] == list(range(len(lines)))
    assert {x["page"] for x in lines} == {"bd-portal"}


def test_folder_with_bad_pages_labels_the_good_ones_and_reports_the_rest(tmp_path, capsys):
    pages = tmp_path / "in"
    pages.mkdir()
    (pages / "good.html").write_bytes(EXAMPLE.read_bytes())
    (pages / "zipped.html.gz").write_bytes(gzip.compress(EXAMPLE.read_bytes()))
    (pages / "empty.html").write_bytes(b"")
    (pages / "broken.html.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    out = tmp_path / "out"
    assert predict_main(["-o", str(out), str(pages)]) == 1
    assert sorted(p.name for p in out.glob("*.jsonl")) == ["good.jsonl", "zipped.jsonl"]
    assert (out / "good.jsonl").read_text() == (out / "zipped.jsonl").read_text().replace('"zipped"', '"good"')
    errors = (out / "errors.tsv").read_text().splitlines()
    assert sorted(e.split("\t")[0] for e in errors) == ["broken", "empty"]
    assert "2 of 4 pages failed" in capsys.readouterr().err
    assert not list(out.glob(".*.tmp"))


def test_resume_skips_done_pages(tmp_path, capsys):
    out = tmp_path / "out"
    assert predict_main(["-o", str(out), str(EXAMPLE)]) == 0
    (out / "bd-portal.jsonl").write_text("kept\n")
    assert predict_main(["-o", str(out), "--resume", str(EXAMPLE)]) == 0
    assert (out / "bd-portal.jsonl").read_text() == "kept\n"


def test_text_format_prints_one_label(capsys):
    assert predict_main(["--format", "text", "--label", "poll", str(EXAMPLE)]) == 0
    text = capsys.readouterr().out
    assert text.strip() and "ভোট" in text or "Vote" in text


def test_html_format_outlines_blocks_with_a_legend(tmp_path):
    assert predict_main(["--format", "html", "-o", str(tmp_path), str(EXAMPLE)]) == 0
    page = (tmp_path / "bd-portal.html").read_text()
    assert 'id="block-legend"' in page and 'data-block-label="article"' in page and "<script" not in page


def test_jobs_give_the_same_output(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    pages = [str(p) for p in sorted(FIXTURES.glob("*.html"))[:4]]
    assert predict_main(["-o", str(one), *pages]) == 0
    assert predict_main(["-o", str(two), "--jobs", "2", *pages]) == 0
    for path in one.glob("*.jsonl"):
        assert path.read_text() == (two / path.name).read_text()


def test_bad_model_directory_is_reported(tmp_path, capsys):
    assert predict_main(["--model", str(tmp_path), str(EXAMPLE)]) == 2
    assert "cannot load the model" in capsys.readouterr().err


def test_evaluate_runs_the_model_against_gold(capsys, tmp_path):
    assert main(["evaluate", "--gold", str(FIXTURES), "--json", str(tmp_path / "s.json")]) == 0
    out = capsys.readouterr().out
    assert "[all]" in out and "macro-F1" in out
    summary = json.loads((tmp_path / "s.json").read_text())["summary"]
    assert 0.0 < summary["all"]["macro_f1"] <= 1.0


def test_evaluate_reads_prediction_files(tmp_path, capsys):
    out = tmp_path / "pred"
    assert predict_main(["-o", str(out), str(FIXTURES)]) == 0
    assert main(["evaluate", "--gold", str(FIXTURES), "--pred", str(out)]) == 0
    assert "macro-F1" in capsys.readouterr().out
