"""The corpus as a table: one row per article, every metadata field beside where it came from."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

__all__ = ["CORPUS_COLUMNS", "METADATA_FIELDS", "corpus_table"]

#: Metadata fields shown for each article; each gets a ``<field>_from`` provenance column.
METADATA_FIELDS = ["outlet", "headline", "published", "wire", "dateline", "byline"]
CORPUS_COLUMNS = ["file"] + [c for f in METADATA_FIELDS for c in (f, f"{f}_from")] + ["words"]


def corpus_table(articles: Sequence) -> pd.DataFrame:
    """One row per article: metadata values, their provenance (text, sources.csv, missing), word count.

    >>> from types import SimpleNamespace as NS
    >>> field = lambda v, p: NS(value=v, provenance=p)
    >>> article = NS(id="a.txt", words=120, outlet=field("Daily", "sources.csv"), headline=field("H", "text"),
    ...              published=field(None, "missing"), wire=field("AFP", "text"),
    ...              dateline=field(None, "missing"), byline=field(None, "missing"))
    >>> corpus_table([article]).loc[0, ["outlet", "outlet_from", "published", "published_from"]].tolist()
    ['Daily', 'sources.csv', '', 'missing']
    """
    rows = []
    for article in articles:
        row = {"file": article.id}
        for name in METADATA_FIELDS:
            field = getattr(article, name)
            row[name] = field.value or ""
            row[f"{name}_from"] = field.provenance
        row["words"] = article.words
        rows.append(row)
    return pd.DataFrame(rows, columns=CORPUS_COLUMNS)
