"""The extract command: exit status, messages naming bad files, engines that agree, atomic output."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newscounts.cli import EXIT_FATAL, EXIT_OK, EXIT_SKIPPED, extract_corpus, main

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(path, folder / path.name)
    return folder


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newscounts", *args], capture_output=True, text=True)


def test_clean_folder_exits_zero_and_writes_csv_and_json(corpus: Path, tmp_path: Path):
    out = tmp_path / "ledger.csv"
    done = run("extract", str(corpus), "--out", str(out))
    assert done.returncode == EXIT_OK, done.stderr
    assert out.read_text().startswith("file,outlet,published,category,low,high,qualifier,phrase,start,end,")
    assert (tmp_path / "ledger.json").read_text().startswith("[")
    assert "Traceback" not in done.stderr


def test_bad_article_is_named_skipped_and_the_rest_still_extracted(corpus: Path, tmp_path: Path):
    (corpus / "zz_binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (corpus / "zz_empty.txt").write_bytes(b"")
    out = tmp_path / "ledger.csv"
    done = run("extract", str(corpus), "--out", str(out))
    assert done.returncode == EXIT_SKIPPED
    assert "zz_binary.txt" in done.stderr and "zz_empty.txt" in done.stderr
    assert "Traceback" not in done.stderr
    assert "zz_" not in out.read_text()
    assert len(out.read_text().splitlines()) > 1


def test_duplicate_article_is_skipped_with_both_names(corpus: Path):
    first = sorted(corpus.glob("*.txt"))[0]
    shutil.copy(first, corpus / "zz_copy.txt")
    result = extract_corpus(corpus)
    assert any("zz_copy.txt" in p and first.name in p for p in result.problems)
    assert not any(c.file == "zz_copy.txt" for c in result.claims)


def test_broken_categories_file_stops_the_run_and_writes_nothing(corpus: Path, tmp_path: Path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("categories: [unclosed\n")
    out = tmp_path / "ledger.csv"
    out.write_text("previous good ledger\n")
    done = run("extract", str(corpus), "--categories", str(broken), "--out", str(out))
    assert done.returncode == EXIT_FATAL
    assert "broken.yaml" in done.stderr and "Traceback" not in done.stderr
    assert out.read_text() == "previous good ledger\n"


def test_missing_folder_is_fatal(tmp_path: Path):
    assert main(["extract", str(tmp_path / "nowhere"), "--out", str(tmp_path / "x.csv")]) == EXIT_FATAL


def test_parallel_jobs_give_the_same_ledger_byte_for_byte(corpus: Path, tmp_path: Path):
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    assert main(["extract", str(corpus), "--out", str(one), "--progress", "off"]) == EXIT_OK
    assert main(["extract", str(corpus), "--out", str(two), "--jobs", "2", "--progress", "off"]) == EXIT_OK
    assert one.read_bytes() == two.read_bytes()
    assert len(one.read_text().splitlines()) > 1


@pytest.mark.slow
def test_dask_engine_on_a_local_cluster_gives_the_same_ledger(corpus: Path, tmp_path: Path):
    local, dask = tmp_path / "local.csv", tmp_path / "dask.csv"
    assert main(["extract", str(corpus), "--out", str(local), "--progress", "off"]) == EXIT_OK
    done = run(
        "extract", str(corpus), "--out", str(dask), "--engine", "dask", "--jobs", "2", "--progress", "off"
    )
    assert done.returncode == EXIT_OK, done.stderr
    assert local.read_bytes() == dask.read_bytes()


CHECKED = """
name: tiny
nouns: {fighters: [fighter]}
events: {departed: [left], stayed: [stayed]}
categories:
  fighters_departed:
    description: Fighters who left.
    counted: [fighters]
    happened: [departed]
    examples: ["Then 40 fighters left.", "Then 40 fighters stayed."]
    not_examples: ["Then 40 fighters stayed.", "Then 40 fighters left."]
"""


def test_check_passes_on_the_presets(capsys):
    assert main(["check", "evacuation"]) == EXIT_OK
    assert main(["check", "casualties"]) == EXIT_OK
    assert "examples hold in casualties" in capsys.readouterr().err


def test_check_names_each_example_that_does_not_hold(tmp_path: Path, capsys):
    path = tmp_path / "tiny.yaml"
    path.write_text(CHECKED, encoding="utf-8")
    assert main(["check", str(path)]) == EXIT_SKIPPED
    err = capsys.readouterr().err
    assert "example does not yield it (got: no claim): 'Then 40 fighters stayed.'" in err
    assert "not_example yields it (got: fighters_departed): 'Then 40 fighters left.'" in err
    assert "2 of 4 examples hold" in err


def test_check_of_a_broken_file_is_fatal(tmp_path: Path, capsys):
    path = tmp_path / "broken.yaml"
    path.write_text("name: [unclosed\n", encoding="utf-8")
    assert main(["check", str(path)]) == EXIT_FATAL
    assert "broken.yaml" in capsys.readouterr().err
