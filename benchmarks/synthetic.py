"""A synthetic corpus for benchmarks, built from the project's own seed articles.

Each synthetic article is a headline plus paragraphs drawn, with a fixed
random seed, from the paragraphs of every seed article, so the text has the
seeds' density of counts, quotes and attributions. Nothing is downloaded.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def seed_paragraphs(seeds: Path = ROOT / "seeds") -> list[str]:
    paragraphs = []
    for path in sorted(seeds.glob("*.txt")):
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            block = block.strip()
            if len(block) > 80:
                paragraphs.append(block)
    return paragraphs


def make_corpus(folder: Path, articles: int, paragraphs_per_article: int = 12, seed: int = 0) -> int:
    """Write ``articles`` files into ``folder``; return the number of bytes written."""
    rng = random.Random(seed)
    pool = seed_paragraphs()
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for n in range(articles):
        body = rng.sample(pool, min(paragraphs_per_article, len(pool)))
        text = (
            f"Synthetic report number {n} on the evacuation\n\nOctober {1 + n % 28}, 2017\n\n"
            + "\n\n".join(body)
            + "\n"
        )
        data = text.encode("utf-8")
        (folder / f"synthetic_{n:05d}.txt").write_bytes(data)
        total += len(data)
    return total


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=100)
    args = parser.parse_args()
    size = make_corpus(args.folder, args.articles)
    print(f"wrote {args.articles} articles, {size / 1e6:.1f} MB, into {args.folder}")
