"""Benchmark the whole chain: extraction throughput and `make report` times.

Prints, on this machine:
- extraction MB/s and articles/s over a synthetic corpus, on one core and on all;
- `make report` on a copy of the seeds: cold, warm with nothing changed, and after
  touching one article; the report's size;
- `make report` end to end on a synthetic corpus of ``--articles`` files (10,000 by default)
  and the size of its index.html.
Targets (issue "Hardening and scale"): >= 1 MB/s per core; warm < 1 s; full seeds rebuild
< 15 s; 10,000 articles end to end < 2 minutes; index.html < 10 MB.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import make_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PYTHON = ROOT / ".venv" / "bin" / "python"


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def extraction(folder: Path, size: int, articles: int, jobs: int, out: Path) -> None:
    seconds = timed(
        [
            str(PYTHON),
            "-m",
            "newscounts",
            "extract",
            str(folder),
            "--out",
            str(out),
            "--jobs",
            str(jobs),
            "--progress",
            "off",
        ]
    )
    print(
        f"extract --jobs {jobs}: {size / 1e6 / seconds:.2f} MB/s, {articles / seconds:.0f} articles/s "
        f"({seconds:.1f} s for {size / 1e6:.1f} MB)"
    )


def make_report(seeds: Path, out: Path) -> float:
    return timed(["make", "--no-print-directory", "report", f"SEEDS={seeds}", f"OUT={out}"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--skip-big", action="store_true", help="skip the end-to-end run on the big corpus")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="newscounts-bench-"))
    try:
        big = work / "corpus"
        size = make_corpus(big, args.articles)
        for jobs in sorted({1, os.cpu_count() or 1}):
            extraction(big, size, args.articles, jobs, work / f"ledger-{jobs}.csv")

        seeds = work / "seeds"
        shutil.copytree(ROOT / "seeds", seeds)
        out = work / "out-seeds"
        print(f"make report (seeds) cold: {make_report(seeds, out):.1f} s")
        print(f"make report (seeds) warm, nothing changed: {make_report(seeds, out):.2f} s")
        (first := sorted(seeds.glob("*.txt"))[0]).touch()
        print(f"make report (seeds) after touching {first.name}: {make_report(seeds, out):.1f} s")
        print(f"seeds report: index.html {(out / 'index.html').stat().st_size / 1e6:.2f} MB")

        if not args.skip_big:
            out_big = work / "out-big"
            print(f"make report ({args.articles} articles) end to end: {make_report(big, out_big):.1f} s")
            size = (out_big / "index.html").stat().st_size / 1e6
            print(f"{args.articles}-article report: index.html {size:.2f} MB")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
