"""How fast the claims engine reads text, on one core.

Usage: ``python benchmarks/extract_speed.py [--mb 8] [--categories evacuation]``

Builds a synthetic corpus in memory (no files, nothing downloaded) by
recombining template sentences with a fixed random seed: counts with hedges,
vague and negative quantities, dates, years, percentages, durations and plain
filler sentences, in roughly the mix of real wire copy. Prints MB/s and
articles/s for the whole path (``parse_article`` + ``extract_claims``) and for
claim extraction alone. Target: at least 1 MB/s per core.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newscounts import claims as claims_module  # noqa: E402
from newscounts.articles import parse_article  # noqa: E402
from newscounts.categories import load_categories  # noqa: E402
from newscounts.claims import extract_claims  # noqa: E402

SPEAKERS = [
    "An SDF spokesman said",
    "Colonel Ryan Dillon told reporters",
    "The Observatory said",
    "A local official told AFP",
    "Activists said",
    "The monitor reported on Sunday",
]
NUMBERS = [
    "275",
    "3,000",
    "about 300-400",
    "between 200 and 300",
    "more than 1,500",
    "at least 22",
    "four",
    "twenty-one",
    "dozens of",
    "hundreds of",
    "some",
    "no more than 200-300",
    "approximately less than 300",
]
NOUNS = [
    "fighters",
    "foreign militants",
    "civilians",
    "people",
    "Syrian ISIS jihadists",
    "children",
    "soldiers",
]
EVENTS = [
    "left the city",
    "were evacuated",
    "remained in the enclave",
    "were killed",
    "were wounded",
    "were detained",
    "fled the town",
    "were identified as potential fighters",
]
FILLER = [
    "The convoy was still in territory held by the SDF on Sunday morning.",
    "Raqqa was once the de facto capital of the group's self-styled caliphate, seized in January 2014.",
    "They hold around 90 percent of the city after four months of battle in a six-year war.",
    "The agreement was brokered by the council and tribal elders on October 12, 2017 at 05:27.",
    "Intense air strikes and street-to-street fighting have pulverized much of the city.",
    "The decision was made not to strike it due to the presence of civilians, officials said.",
    "Leaders from the region said they sought to prevent bloodshed among those still trapped in the city.",
    "The SDF launched the battle for Raqqa on June 6 after a months-long campaign to isolate the city.",
    "Dillon said it was not involved in the evacuation but added that partners must be respected.",
    "The coalition said at the time that it was very adamant about the terms of the deal.",
    "Bali described the people who left with the convoy as human shields, he said on Tuesday.",
    "Its loss would be the latest in a string of blows to the group, which has ceded territory.",
    "Russian Foreign Minister Sergei Lavrov accused the United States of seeking to change the regime.",
]
#: Share of sentences that carry a count. Wire copy about a count-heavy event has roughly one in four.
COUNT_SHARE = 0.25


def make_article(rng: random.Random, sentences: int = 14) -> str:
    headline = f"{rng.choice(NUMBERS).capitalize()} {rng.choice(NOUNS)} {rng.choice(EVENTS)}"
    body = []
    for _ in range(sentences):
        if rng.random() < COUNT_SHARE:
            body.append(
                f"{rng.choice(SPEAKERS)} that {rng.choice(NUMBERS)} {rng.choice(NOUNS)} {rng.choice(EVENTS)}."
            )
        else:
            body.append(rng.choice(FILLER))
    paragraphs = [" ".join(body[i : i + 2]) for i in range(0, len(body), 2)]
    return headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


def make_corpus(megabytes: float, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    texts, size = [], 0
    while size < megabytes * 1_000_000:
        text = make_article(rng)
        texts.append(text)
        size += len(text.encode("utf-8"))
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=8.0, help="corpus size in MB (default %(default)s)")
    parser.add_argument("--categories", default="evacuation")
    args = parser.parse_args(argv)
    categories = load_categories(args.categories)
    texts = make_corpus(args.mb)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1_000_000

    attribution_seconds = [0.0]
    attribute = claims_module._attribution

    def timed_attribution(*args):  # to say how much of the time speaker attribution takes
        began = time.perf_counter()
        try:
            return attribute(*args)
        finally:
            attribution_seconds[0] += time.perf_counter() - began

    claims_module._attribution = timed_attribution
    began = time.perf_counter()
    articles = [parse_article(text, f"{i:06d}.txt") for i, text in enumerate(texts)]
    parsed = time.perf_counter()
    claims = sum(len(extract_claims(article, categories)) for article in articles)
    done = time.perf_counter()

    total, extracting = done - began, done - parsed
    print(f"corpus: {len(texts)} articles, {megabytes:.1f} MB, {claims} claims ({args.categories})")
    print(
        f"parse + extract: {megabytes / total:6.2f} MB/s  {len(texts) / total:8.0f} articles/s  "
        f"({total:.1f} s)"
    )
    print(
        f"extract only:    {megabytes / extracting:6.2f} MB/s  {len(texts) / extracting:8.0f} articles/s  "
        f"({extracting:.1f} s)"
    )
    counting = extracting - attribution_seconds[0]
    print(
        f"  of which speaker attribution {attribution_seconds[0]:.1f} s; counts and categories alone: "
        f"{megabytes / counting:.2f} MB/s"
    )
    claims_module._attribution = attribute
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
