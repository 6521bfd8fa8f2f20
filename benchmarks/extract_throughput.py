"""Extraction throughput of ``python -m newscounts extract``, on one core and on all cores.

Usage: ``python benchmarks/extract_throughput.py [--articles 2500] [--categories evacuation]``

Writes a synthetic corpus into a temporary folder (``benchmarks/synthetic.py``:
headline, dateline and paragraphs recombined from the seed articles, so the
text has the seeds' density of counts, quotes and attributions; nothing is
downloaded), then times ``newscounts.cli.extract_corpus`` over it, which is
what the ``extract`` command runs: reading each file (decoding, boilerplate,
metadata) and extracting its claims. It prints MB/s and articles/s with
``jobs=1`` (one core) and ``jobs=os.cpu_count()`` (all cores, a process pool
whose start-up is included). Target: at least 1 MB/s per core.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from synthetic import make_corpus  # noqa: E402

from newscounts.cli import extract_corpus  # noqa: E402

#: What the issue asks of extraction (reading + claims) on one core.
TARGET_MB_PER_S = 1.0


def timed_run(folder: Path, categories: str, jobs: int) -> tuple[float, int, int]:
    """Seconds, articles read and claims found for one ``extract_corpus`` run."""
    began = time.perf_counter()
    result = extract_corpus(folder, categories, jobs=jobs, progress=False)
    return time.perf_counter() - began, result.articles_read, len(result.claims)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2500, help="synthetic articles (default %(default)s)")
    parser.add_argument("--categories", default="evacuation", help="preset (default %(default)s)")
    parser.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="worker processes for the all-cores run (default: os.cpu_count(), %(default)s)",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newscounts-throughput-") as tmp:
        folder = Path(tmp)
        size = make_corpus(folder, args.articles)
        megabytes = size / 1_000_000
        print(f"corpus: {args.articles} synthetic articles, {megabytes:.1f} MB ({args.categories})")
        runs = [("1 core", 1)] + ([(f"{args.jobs} cores", args.jobs)] if args.jobs > 1 else [])
        one_core = 0.0
        for label, jobs in runs:
            seconds, read, claims = timed_run(folder, args.categories, jobs)
            rate = megabytes / seconds
            one_core = one_core or rate
            per_core = f", {rate / jobs:.2f} MB/s per core" if jobs > 1 else ""
            print(
                f"{label:>9}: {rate:6.2f} MB/s  {read / seconds:8.0f} articles/s  "
                f"({seconds:.1f} s, {read} articles, {claims} claims{per_core})"
            )
    verdict = "met" if one_core >= TARGET_MB_PER_S else "NOT met"
    print(f"target >= {TARGET_MB_PER_S:g} MB/s on one core: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
