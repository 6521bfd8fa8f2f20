"""The make chain on another folder of articles: outputs land under OUT, nothing committed moves,
and a second run with nothing changed rebuilds nothing."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


def digest_tree(*folders: Path) -> dict[str, str]:
    return {
        str(p.relative_to(ROOT)): hashlib.sha256(p.read_bytes()).hexdigest()
        for folder in folders
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def make(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")}
    return subprocess.run(
        ["make", "--no-print-directory", *args], cwd=ROOT, capture_output=True, text=True, env=env
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path, dict]:
    work = tmp_path_factory.mktemp("make")
    seeds = work / "seeds"
    seeds.mkdir()
    for path in sorted((ROOT / "seeds").glob("*.txt"))[:2]:
        shutil.copy(path, seeds / path.name)
    before = digest_tree(ROOT / "notebooks", ROOT / "figures", ROOT / "report")
    done = make("report", f"SEEDS={seeds}", f"OUT={work / 'out'}")
    assert done.returncode == 0, done.stdout + done.stderr
    return seeds, work / "out", before


def test_outputs_land_under_out(built):
    _, out, _ = built
    for name in [
        "index.html",
        "claims.csv",
        "claims.json",
        "articles.csv",
        "figures/figures.csv",
        "notebooks/01_read_articles.ipynb",
        "notebooks/04_report.ipynb",
    ]:
        assert (out / name).is_file(), name
    assert list((out / "figures").glob("01-*.svg")) and list((out / "figures").glob("01-*.png"))


def test_committed_notebooks_figures_and_report_untouched(built):
    _, _, before = built
    assert digest_tree(ROOT / "notebooks", ROOT / "figures", ROOT / "report") == before


def test_nothing_changed_means_nothing_rebuilt(built):
    seeds, out, _ = built
    question = make("-q", "report", f"SEEDS={seeds}", f"OUT={out}")
    assert question.returncode == 0, "make thinks the report is out of date right after building it"


def test_touching_one_article_makes_the_report_out_of_date(built):
    seeds, out, _ = built
    article = sorted(seeds.glob("*.txt"))[0]
    stat = article.stat()
    os.utime(article, (stat.st_atime, stat.st_mtime + 10_000))
    assert make("-q", "report", f"SEEDS={seeds}", f"OUT={out}").returncode == 1


def test_another_folder_without_out_is_refused():
    done = make("-n", "report", "SEEDS=/tmp")
    assert done.returncode != 0 and "set OUT" in done.stderr


def test_a_second_full_build_is_byte_identical(built, tmp_path):
    seeds, out, _ = built
    first = {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    moved = tmp_path / "first"
    shutil.move(str(out), str(moved))
    try:
        done = make("report", f"SEEDS={seeds}", f"OUT={out}")
        assert done.returncode == 0, done.stdout + done.stderr
        second = {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
        assert sorted(first) == sorted(second)
        differing = [str(name) for name in first if first[name] != second[name]]
        assert differing == []
    finally:
        shutil.rmtree(out, ignore_errors=True)
        shutil.move(str(moved), str(out))


def test_bad_articles_are_named_and_the_good_ones_still_make_a_report(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    good = sorted((ROOT / "seeds").glob("*.txt"))[0]
    shutil.copy(good, seeds / good.name)
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (seeds / "page.txt").write_text(
        "<!DOCTYPE html><html><head><title>x</title></head><body><p>1</p></body></html>"
    )
    out = tmp_path / "out"
    done = make("report", f"SEEDS={seeds}", f"OUT={out}")
    assert done.returncode == 0, done.stdout + done.stderr
    executed = (out / "notebooks" / "01_read_articles.ipynb").read_text()
    for name in ["empty.txt", "binary.txt", "page.txt"]:
        assert f"skipped: {name}" in executed
    assert good.name in (out / "claims.csv").read_text()
    assert (out / "index.html").stat().st_size > 0
