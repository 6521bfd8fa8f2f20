"""Small stand-ins for articles and ledgers, shared by the chart, report and browser tests.

The real `newscounts.articles.Article` is built by another module; these
objects carry only what the report reads (`text`, `spans`, the metadata
fields with their provenance), so the tests do not depend on the reader.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import pandas as pd

HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> & "quotes" \'too\''


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Field:
    value: str | None
    provenance: str = "missing"
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    spans: tuple
    headline: Field = field(default_factory=lambda: Field(None))
    outlet: Field = field(default_factory=lambda: Field(None))
    byline: Field = field(default_factory=lambda: Field(None))
    wire: Field = field(default_factory=lambda: Field(None))
    dateline: Field = field(default_factory=lambda: Field(None))
    published: Field = field(default_factory=lambda: Field(None))
    url: Field = field(default_factory=lambda: Field(None))


def claim(
    article: Article,
    phrase: str,
    category: str,
    low,
    high,
    qualifier="exact",
    speaker_org="SDF",
    speaker="a spokesman",
    occurrence: int = 0,
    statement_date="2017-10-15",
    basis="text",
) -> dict:
    """A ledger row for ``phrase`` (its ``occurrence``-th appearance) in ``article``."""
    start = -1
    for _ in range(occurrence + 1):
        start = article.text.index(phrase, start + 1)
    end = start + len(phrase)
    sentence_start = max(article.text.rfind(".", 0, start) + 1, article.text.rfind("\n", 0, start) + 1)
    stop = article.text.find(".", end)
    sentence_end = len(article.text) if stop < 0 else stop + 1
    while article.text[sentence_start] == " ":
        sentence_start += 1
    return {
        "file": article.id,
        "outlet": article.outlet.value or "",
        "published": article.published.value or "",
        "category": category,
        "low": low,
        "high": high,
        "qualifier": qualifier,
        "phrase": phrase,
        "start": start,
        "end": end,
        "sentence": article.text[sentence_start:sentence_end],
        "speaker": speaker,
        "speaker_org": speaker_org,
        "statement_date": statement_date,
        "section": "body",
        "sentence_start": sentence_start,
        "sentence_end": sentence_end,
        "statement_date_basis": basis,
        "claim_id": f"{article.id}:{start}:{category}",
    }


def ledger(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows)
    for column in ("low", "high", "start", "end", "sentence_start", "sentence_end"):
        frame[column] = pd.to_numeric(frame[column]).astype("Int64")
    return frame


def article(
    article_id: str,
    headline: str,
    body: str,
    caption: str = "",
    outlet: str = "Reuters",
    published: str = "2017-10-15",
    boilerplate: str = "Subscribe to our newsletter",
) -> Article:
    parts, spans, text = [], [], ""
    for kind, chunk in (
        ("headline", headline),
        ("caption", caption),
        ("body", body),
        ("boilerplate", boilerplate),
    ):
        if not chunk:
            continue
        if text:
            text += "\n\n"
        spans.append(Span(len(text), len(text) + len(chunk), kind))
        text += chunk
        parts.append(chunk)
    return Article(
        id=article_id,
        text=text + "\n",
        spans=tuple(spans),
        headline=Field(headline, "text", 0, len(headline)),
        outlet=Field(outlet, "sources.csv"),
        published=Field(published, "sources.csv"),
        url=Field("https://example.org/" + article_id, "sources.csv"),
    )


def sample() -> tuple[list[Article], pd.DataFrame]:
    """Two articles, five claims: exact, range, open bound, hedge, two categories on one phrase."""
    a = article(
        "001_a.txt",
        "275 fighters leave Raqqa",
        "An SDF spokesperson said that 275 Syrian fighters left Raqqa, leaving behind between 200 "
        "and 300 foreign jihadists.\nAbout 3,000 trapped civilians also left the city.",
        caption="Smoke rises over Raqqa. PHOTO: REUTERS",
    )
    b = article(
        "002_b.txt",
        "Convoy left with more than 4,000 people",
        "More than 4,000 people, fighters and their families, left, the BBC said.",
        outlet="BBC",
        published="2017-11-13",
    )
    rows = [
        claim(a, "275", "fighters", 275, 275, "exact", occurrence=1),
        claim(a, "between 200 and 300", "foreign fighters", 200, 300, "range"),
        claim(a, "About 3,000", "civilians", 3000, 3000, "about", speaker_org=""),
        claim(
            b,
            "More than 4,000",
            "evacuees",
            4000,
            None,
            "more_than",
            speaker_org="BBC",
            basis="published",
            statement_date="2017-11-13",
        ),
        claim(
            b,
            "More than 4,000",
            "fighters",
            4000,
            None,
            "more_than",
            speaker_org="BBC",
            basis="published",
            statement_date="2017-11-13",
        ),
    ]
    return [a, b], ledger(rows)


def big(
    n_articles: int = 10_000, claims_per_article: int = 5, seed: int = 7
) -> tuple[list[Article], pd.DataFrame]:
    """A synthetic corpus the size the report must survive: 10,000 articles, 50,000 claims."""
    rng = random.Random(seed)
    orgs = [f"Org {i:03d}" for i in range(400)] + [""]
    categories = ["fighters", "civilians", "foreign fighters", "evacuees", "dead"]
    qualifiers = [("exact", 0), ("about", 0), ("range", 1), ("more_than", 2), ("at_most", 3)]
    articles, rows = [], []
    for i in range(n_articles):
        sentences = []
        for _ in range(claims_per_article):
            sentences.append(f"Officials said {rng.randint(1, 3500):,} people were counted")
        body = ". ".join(sentences) + "."
        art = article(
            f"{i:05d}_x.txt",
            f"Report {i}",
            body,
            outlet=f"Outlet {i % 60}",
            published=f"2017-10-{1 + i % 28:02d}",
        )
        articles.append(art)
        pos = 0
        for _ in range(claims_per_article):
            start = art.text.index("said ", pos) + 5
            end = art.text.index(" people", start)
            pos = end
            value = int(art.text[start:end].replace(",", ""))
            qualifier, shape = rng.choice(qualifiers)
            low, high = value, value
            if shape == 1:
                high = value + rng.randint(1, 500)
            elif shape == 2:
                high = None
            elif shape == 3:
                low = None
            rows.append(
                {
                    "file": art.id,
                    "outlet": art.outlet.value,
                    "published": art.published.value,
                    "category": rng.choice(categories),
                    "low": low,
                    "high": high,
                    "qualifier": qualifier,
                    "phrase": art.text[start:end],
                    "start": start,
                    "end": end,
                    "sentence": art.text[start - 15 : end + 7],
                    "speaker": "an official",
                    "speaker_org": rng.choice(orgs),
                    "statement_date": art.published.value,
                    "section": "body",
                    "sentence_start": start - 15,
                    "sentence_end": end + 7,
                    "statement_date_basis": "published",
                    "claim_id": f"{art.id}:{start}:x",
                }
            )
    return articles, ledger(rows)
