"""How the reported figures diverge: spreads, contradictions, citation chains, reprints, timeline.

Input is the claims ledger (one row per reported count, see `newscounts.ledger`)
and, where wire copy matters, the articles it came from. Every function returns
a plain DataFrame (or list of dicts) with documented columns in a deterministic
order, so notebooks can show, assert and save them unchanged.

Three ideas carry the module:

* **A claim allows an interval.** A reported count and its hedge become the
  closed interval of true values the claim allows (`hedged_interval`). Two
  claims are compatible when their intervals overlap (`compatible`); a pair that
  cannot both be true is a contradiction.
* **A source is who said it, not who printed it.** `source_of` names the
  speaker's organisation, else the speaker, else the outlet's own unattributed
  reporting. Outlets that reprint one wire story add no independent source
  (`citation_chains`, using `reprints`).
* **Nothing here knows the investigation.** Categories, names and figures come
  only from the ledger; the only vocabulary in this module is generic (hedges,
  the names of international news agencies).

Scale: everything is vectorised or linear in the number of claims, except
pairwise contradiction checks, which first collapse repeated (source, interval)
claims and then cap the groups and pairs per category (`MAX_GROUPS_PER_CATEGORY`,
`MAX_PAIRS_PER_CATEGORY`), and `reprints`, which only compares articles sharing
sampled word 5-grams.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

__all__ = [
    "ABOUT_TOLERANCE",
    "CONTRADICTION_KINDS",
    "MAX_GROUPS_PER_CATEGORY",
    "MAX_PAIRS_PER_CATEGORY",
    "citation_chains",
    "compatible",
    "contradictions",
    "hedged_interval",
    "reprints",
    "source_changes",
    "source_of",
    "spreads",
    "summary_findings",
    "timeline",
    "value_label",
    "values_by_source",
]

#: "about n" allows n plus or minus this fraction of n (so "about 3,000" allows 2,700 to 3,300).
ABOUT_TOLERANCE = 0.10

#: Contradiction kinds, most specific first. A pair of claims is reported once, with the first
#: kind that applies: a headline judged against its own body is only ever `headline_overreach`;
#: otherwise the same source (organisation or named speaker) is a `self_contradiction`, even when
#: one side is a "none" (a council member who says some left, then that none did, contradicts
#: himself); otherwise a pair where one side says "none" is a `denial`, and any other pair of
#: different sources `sources_disagree`.
CONTRADICTION_KINDS = ("headline_overreach", "self_contradiction", "denial", "sources_disagree")

#: Pairwise checks first collapse claims with the same (category, source, speaker, hedged interval)
#: into one group (a figure reprinted by fifty outlets is one position, not fifty). Per category only
#: the most repeated groups are compared ...
MAX_GROUPS_PER_CATEGORY = 300
#: ... and at most this many contradicting pairs are kept per category, the pairs of most repeated
#: positions first. `spreads` counts the pairs kept.
MAX_PAIRS_PER_CATEGORY = 300

# Qualifiers the claims engine writes (newscounts.patterns), grouped by what they say about n.
_QUALIFIER_FAMILY = {
    "exact": "point",
    "about": "point",  # "120", "about 3,000": the figure itself
    "more_than": "floor",
    "at_least": "floor",  # open upwards
    "less_than": "ceiling",
    "at_most": "ceiling",  # capped
    "range": "range",
    "vague": "range",  # "200-300", "hundreds"
    "some": "some",
    "none": "none",
}
# How firmly a qualifier commits to a figure: lower is more certain. A headline ranked lower than
# every body claim supporting it states the figure more firmly than its own article does.
_CERTAINTY = {
    "exact": 0,
    "none": 0,
    "about": 1,
    "range": 1,
    "more_than": 2,
    "at_least": 2,
    "less_than": 2,
    "at_most": 2,
    "vague": 2,
    "some": 3,
}
_PREFIX = {
    "about": "about ",
    "more_than": "more than ",
    "at_least": "at least ",
    "less_than": "less than ",
    "at_most": "no more than ",
}
# Words for vague counts, by the upper bound the claims engine gives them ("hundreds" = 200-999).
_VAGUE_WORDS = (
    (9, "a few"),
    (19, "a dozen or so"),
    (99, "dozens"),
    (999, "hundreds"),
    (9_999, "thousands"),
    (99_999, "tens of thousands"),
    (999_999, "hundreds of thousands"),
)
_EN_DASH = "\u2013"

_STRING_COLUMNS = [
    "file",
    "outlet",
    "published",
    "category",
    "qualifier",
    "phrase",
    "sentence",
    "speaker",
    "speaker_org",
    "statement_date",
    "section",
    "statement_date_basis",
    "claim_id",
]

SPREAD_COLUMNS = [
    "category",
    "claims",
    "sources",
    "outlets",
    "lowest",
    "highest",
    "spread_label",
    "contradictions",
]
VALUES_BY_SOURCE_COLUMNS = [
    "category",
    "source",
    "outlet",
    "file",
    "value_label",
    "low",
    "high",
    "qualifier",
    "statement_date",
    "claim_id",
]
CONTRADICTION_COLUMNS = [
    "kind",
    "category",
    "claim_a",
    "claim_b",
    "source_a",
    "source_b",
    "value_a",
    "value_b",
    "sentence_a",
    "sentence_b",
    "file_a",
    "file_b",
    "date_a",
    "date_b",
    "explanation",
]
SOURCE_CHANGE_COLUMNS = ["source", "category", "claim_id", "date", "value_label", "changed"]
REPRINT_COLUMNS = ["file_a", "file_b", "similarity", "shared_sentences", "wire_a", "wire_b"]
CHAIN_COLUMNS = [
    "category",
    "value_label",
    "low",
    "high",
    "first_claim_id",
    "first_date",
    "first_source",
    "first_outlet",
    "wires",
    "outlets",
    "n_claims",
    "n_outlets",
    "independent_sources",
    "claim_ids",
]
TIMELINE_COLUMNS = [
    "claim_id",
    "date",
    "date_basis",
    "category",
    "source",
    "speaker",
    "outlet",
    "file",
    "value_label",
    "low",
    "high",
    "qualifier",
    "sentence",
]


# --------------------------------------------------------------------------------------------
# One claim: its interval, its label, its source
# --------------------------------------------------------------------------------------------


def _hedged_arrays(low, high, qualifier) -> tuple[np.ndarray, np.ndarray]:
    """Vectorised `hedged_interval`: float arrays of lower and upper ends."""
    low = np.asarray(pd.to_numeric(pd.Series(low, dtype="object"), errors="coerce"), dtype=float)
    high = np.asarray(pd.to_numeric(pd.Series(high, dtype="object"), errors="coerce"), dtype=float)
    qualifier = np.asarray(pd.Series(qualifier, dtype="object").fillna("").astype(str))
    # One bound given stands for both; reversed bounds are put in order.
    low, high = np.where(np.isnan(low), high, low), np.where(np.isnan(high), low, high)
    low, high = np.fmin(low, high), np.fmax(low, high)
    known = ~np.isnan(low)
    lo = np.where(known, low, 0.0)
    hi = np.where(known, high, np.inf)  # no figure: the claim rules nothing out
    q = qualifier
    about = q == "about"
    lo = np.where(about & known, low * (1 - ABOUT_TOLERANCE), lo)
    hi = np.where(about & known, high * (1 + ABOUT_TOLERANCE), hi)
    # Counts are whole numbers, so "more than n" starts at n + 1 and "less than n" stops at n - 1.
    more = (q == "more_than") & known
    lo, hi = np.where(more, low + 1, lo), np.where(more, np.inf, hi)
    least = (q == "at_least") & known
    hi = np.where(least, np.inf, hi)
    less = (q == "less_than") & known
    lo, hi = np.where(less, 0.0, lo), np.where(less, np.maximum(high - 1, 0.0), hi)
    most = (q == "at_most") & known
    lo = np.where(most, 0.0, lo)
    some = q == "some"
    lo, hi = np.where(some, 1.0, lo), np.where(some, np.inf, hi)
    none = q == "none"
    lo, hi = np.where(none, 0.0, lo), np.where(none, 0.0, hi)
    # Six decimals: "about 300" is 270-330, not 330.00000000000006.
    return np.round(lo, 6), np.round(hi, 6)


def hedged_interval(low, high, qualifier: str) -> tuple[float, float]:
    """The closed interval of true values a claim allows once its hedge is applied.

    Counts are whole numbers, so open ends are closed at the next whole number: "more
    than n" allows n + 1 upwards and "less than n" up to n - 1. "About" widens both
    bounds by `ABOUT_TOLERANCE`. A single bound stands for both. A claim without a
    figure (and not "some" or "none") allows anything: ``(0, inf)``.

    >>> hedged_interval(120, 120, "exact")
    (120.0, 120.0)
    >>> hedged_interval(3000, 3000, "about")
    (2700.0, 3300.0)
    >>> hedged_interval(300, 400, "about")
    (270.0, 440.0)
    >>> hedged_interval(3000, None, "more_than")
    (3001.0, inf)
    >>> hedged_interval(3000, 3000, "at_least")
    (3000.0, inf)
    >>> hedged_interval(300, 300, "less_than")
    (0.0, 299.0)
    >>> hedged_interval(200, 300, "at_most")
    (0.0, 300.0)
    >>> hedged_interval(200, 300, "range"), hedged_interval(200, 999, "vague")
    ((200.0, 300.0), (200.0, 999.0))
    >>> hedged_interval(None, None, "some"), hedged_interval(None, None, "none")
    ((1.0, inf), (0.0, 0.0))
    >>> hedged_interval(float("nan"), None, "exact")
    (0.0, inf)
    """
    lo, hi = _hedged_arrays([low], [high], [qualifier])
    return float(lo[0]), float(hi[0])


def _get(row, key, default=None):
    if isinstance(row, Mapping) or hasattr(row, "get"):
        value = row.get(key, default)
    else:
        value = getattr(row, key, default)
    return default if _missing(value) else value


def _missing(value) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    try:
        return bool(isinstance(value, float) and math.isnan(value))
    except TypeError:
        return False


def compatible(a, b) -> bool:
    """True when two claims (mappings or rows with low, high, qualifier) can both be true.

    >>> compatible({"low": 240, "high": 240, "qualifier": "exact"},
    ...            {"low": 200, "high": 999, "qualifier": "vague"})
    True
    >>> compatible({"low": 3000, "high": 3000, "qualifier": "about"},
    ...            {"low": 4500, "high": 4500, "qualifier": "exact"})
    False
    >>> compatible({"low": None, "high": None, "qualifier": "none"},
    ...            {"low": None, "high": None, "qualifier": "some"})
    False
    """
    a_lo, a_hi = hedged_interval(_get(a, "low"), _get(a, "high"), _get(a, "qualifier", ""))
    b_lo, b_hi = hedged_interval(_get(b, "low"), _get(b, "high"), _get(b, "qualifier", ""))
    return max(a_lo, b_lo) <= min(a_hi, b_hi)


def _fmt(n: float) -> str:
    return f"{int(round(n)):,}" if float(n).is_integer() else f"{n:,.1f}"


def value_label(low, high, qualifier: str) -> str:
    """A human label for a claimed value: en dash for ranges, thousands separators.

    >>> value_label(120, 120, "exact"), value_label(3000, 3000, "about"), value_label(200, 300, "range")
    ('120', 'about 3,000', '200–300')
    >>> value_label(200, 300, "at_most"), value_label(3000, None, "more_than")
    ('no more than 200–300', 'more than 3,000')
    >>> value_label(300, 300, "less_than")
    'less than 300'
    >>> value_label(24, 99, "vague"), value_label(200, 999, "vague")
    ('dozens (24–99)', 'hundreds (200–999)')
    >>> value_label(None, None, "some"), value_label(None, None, "none"), value_label(None, None, "exact")
    ('some', 'none', 'unknown')
    """
    qualifier = "" if _missing(qualifier) else str(qualifier)
    if qualifier in ("some", "none"):
        return qualifier
    low = None if _missing(low) else float(low)
    high = None if _missing(high) else float(high)
    if low is None and high is None:
        return "vague" if qualifier == "vague" else "unknown"
    low, high = (high, high) if low is None else (low, low if high is None else high)
    low, high = min(low, high), max(low, high)
    figure = _fmt(low) if low == high else f"{_fmt(low)}{_EN_DASH}{_fmt(high)}"
    if qualifier == "vague":
        word = next((w for top, w in _VAGUE_WORDS if high <= top), "millions")
        return f"{word} ({_fmt(low)}{_EN_DASH}{_fmt(high)})" if low != high else f"{word} ({figure})"
    return _PREFIX.get(qualifier, "") + figure


def source_of(row) -> str:
    """Who a claim comes from: the speaker's organisation, else the speaker, else the outlet itself.

    A claim nobody is quoted for is the outlet's own reporting and is labelled
    "<outlet> (unattributed)" (the file name stands in for a missing outlet), so it
    never merges with a named source.

    >>> source_of({"speaker": "Jane Roe", "speaker_org": "Red Cross", "outlet": "Daily"})
    'Red Cross'
    >>> source_of({"speaker": "Jane Roe", "speaker_org": "", "outlet": "Daily"})
    'Jane Roe'
    >>> source_of({"speaker": "", "speaker_org": "", "outlet": "Daily", "file": "a.txt"})
    'Daily (unattributed)'
    """
    for key in ("speaker_org", "speaker"):
        value = str(_get(row, key, "")).strip()
        if value:
            return value
    where = str(_get(row, "outlet", "")).strip() or str(_get(row, "file", "")).strip() or "unknown outlet"
    return f"{where} (unattributed)"


# --------------------------------------------------------------------------------------------
# The ledger, prepared once per call
# --------------------------------------------------------------------------------------------


def _iso_dates(values: pd.Series) -> pd.Series:
    text = values.astype(str).str.slice(0, 10)
    return pd.to_datetime(
        text.where(text.str.match(r"^\d{4}-\d{2}-\d{2}$"), None), format="%Y-%m-%d", errors="coerce"
    )


def _prepare(ledger: pd.DataFrame) -> pd.DataFrame:
    """A working copy: text columns as str, bounds as floats, plus lo/hi, source, date, date_basis."""
    df = ledger.copy() if ledger is not None else pd.DataFrame()
    df = df.reset_index(drop=True)
    for column in _STRING_COLUMNS:
        if column not in df.columns:
            df[column] = ""
        df[column] = df[column].astype("object").where(df[column].notna(), "").astype(str)
    for column in ("low", "high"):
        if column not in df.columns:
            df[column] = pd.NA
        df[column] = pd.to_numeric(df[column], errors="coerce").astype("Int64")
    df["lo"], df["hi"] = _hedged_arrays(
        df["low"].astype("Float64").to_numpy(dtype=float, na_value=np.nan),
        df["high"].astype("Float64").to_numpy(dtype=float, na_value=np.nan),
        df["qualifier"],
    )
    org, speaker = df["speaker_org"].str.strip(), df["speaker"].str.strip()
    where = df["outlet"].str.strip().where(df["outlet"].str.strip() != "", df["file"].str.strip())
    where = where.where(where != "", "unknown outlet")
    df["source"] = org.where(org != "", speaker.where(speaker != "", where + " (unattributed)"))
    df["where"] = df["outlet"].where(df["outlet"] != "", df["file"])
    statement, published = _iso_dates(df["statement_date"]), _iso_dates(df["published"])
    from_published = df["statement_date_basis"].str.strip() == "published"
    df["date"] = statement.fillna(published)
    basis = np.where(
        statement.notna() & ~from_published,
        "statement",
        np.where(df["date"].notna(), "published (fallback)", ""),
    )
    df["date_basis"] = basis
    df["value_label"] = _labels(df)
    return df


def _labels(df: pd.DataFrame) -> list[str]:
    keys = list(zip(df["low"].tolist(), df["high"].tolist(), df["qualifier"].tolist(), strict=True))
    cache: dict = {}
    out = []
    for key in keys:
        if key not in cache:
            cache[key] = value_label(*key)
        out.append(cache[key])
    return out


def _by_date(df: pd.DataFrame) -> pd.DataFrame:
    """Rows ordered by date (undated last), then claim id."""
    return df.sort_values(["date", "claim_id"], na_position="last", kind="mergesort")


def _day(value) -> str:
    return "undated" if _missing(value) else pd.Timestamp(value).strftime("%Y-%m-%d")


def _category_words(category: str) -> str:
    return category.replace("_", " ")


# --------------------------------------------------------------------------------------------
# Spreads and values
# --------------------------------------------------------------------------------------------


def _stated_bounds(df: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """The figures as printed: low/high (one standing for the other); "none" is 0; open ends ignored."""
    low, high = df["low"].astype("Float64"), df["high"].astype("Float64")
    low, high = low.fillna(high), high.fillna(low)
    none = df["qualifier"] == "none"
    return low.mask(none, 0.0), high.mask(none, 0.0)


def spreads(ledger: pd.DataFrame) -> pd.DataFrame:
    """Per category: how many claims, sources and outlets, and the lowest to highest figure stated.

    ``lowest``/``highest`` are the printed figures (nullable Int64): "none" counts as 0,
    "more than 3,000" contributes 3,000 (its open end is ignored) and "some" contributes
    nothing. ``contradictions`` counts the rows of `contradictions` in the category.
    Sorted by category.
    """
    df = _prepare(ledger)
    if df.empty:
        return _empty(
            SPREAD_COLUMNS,
            {
                "claims": "int64",
                "sources": "int64",
                "outlets": "int64",
                "lowest": "Int64",
                "highest": "Int64",
                "contradictions": "int64",
            },
        )
    df["stated_low"], df["stated_high"] = _stated_bounds(df)
    outlets = df["outlet"].where(df["outlet"] != "", df["file"])
    grouped = df.assign(outlet_name=outlets).groupby("category", sort=True)
    out = pd.DataFrame(
        {
            "claims": grouped.size(),
            "sources": grouped["source"].nunique(),
            "outlets": grouped["outlet_name"].nunique(),
            "lowest": grouped["stated_low"].min().round().astype("Int64"),
            "highest": grouped["stated_high"].max().round().astype("Int64"),
        }
    ).reset_index()
    has_none = grouped["qualifier"].apply(lambda q: bool((q == "none").any())).to_numpy()
    # Open upwards at the top: "some", or "more than n" / "at least n" with n at least the highest figure.
    df["open_top"] = np.isinf(df["hi"]) & (
        df["stated_low"].isna() | (df["stated_low"] >= df["category"].map(grouped["stated_high"].max()))
    ).fillna(False).to_numpy(dtype=bool)
    open_top = df.groupby("category", sort=True)["open_top"].any().to_numpy()
    out["spread_label"] = [
        _spread_label(*args) for args in zip(out["lowest"], out["highest"], has_none, open_top, strict=True)
    ]
    counts = contradictions(ledger)["category"].value_counts()
    out["contradictions"] = out["category"].map(counts).fillna(0).astype("int64")
    return out[SPREAD_COLUMNS]


def _spread_label(lowest, highest, has_none: bool = False, open_top: bool = False) -> str:
    """ "3,000–4,500", "none–some", "120 or more": the printed figures from lowest to highest.

    >>> _spread_label(3000, 4500), _spread_label(0, 0, True, True), _spread_label(120, 120, False, True)
    ('3,000–4,500', 'none–some', '120 or more')
    """
    if _missing(lowest) or _missing(highest):
        return "some" if open_top else "no figure"
    low_text = "none" if has_none and lowest == 0 else _fmt(float(lowest))
    if open_top:
        high_text = "some" if highest == 0 else f"{_fmt(float(highest))} or more"
        return high_text if lowest == highest and not has_none else f"{low_text}{_EN_DASH}{high_text}"
    if lowest == highest:
        return low_text
    return f"{low_text}{_EN_DASH}{_fmt(float(highest))}"


def values_by_source(ledger: pd.DataFrame) -> pd.DataFrame:
    """Every claim with its source and label, sorted by category, source, date, claim id."""
    df = _prepare(ledger)
    if df.empty:
        return _empty(VALUES_BY_SOURCE_COLUMNS, {"low": "Int64", "high": "Int64"})
    df = df.sort_values(["category", "source", "date", "claim_id"], na_position="last", kind="mergesort")
    return df[VALUES_BY_SOURCE_COLUMNS].reset_index(drop=True)


def _empty(columns: list[str], dtypes: Mapping[str, str] | None = None) -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype=(dtypes or {}).get(c, "object")) for c in columns})
    return frame[columns]


# --------------------------------------------------------------------------------------------
# Contradictions
# --------------------------------------------------------------------------------------------


def contradictions(ledger: pd.DataFrame) -> pd.DataFrame:
    """Pairs of claims that cannot both be true, one row per pair, with a plain-English explanation.

    Kinds (see `CONTRADICTION_KINDS` for precedence):

    * ``headline_overreach``: a headline claim its own article's body does not support:
      the body has no figure for the headline's category, or files the same figure under
      another category, or gives figures the headline's value does not fit, or gives it
      less firmly ("about 300" under a headline "300"). ``claim_a`` is the headline,
      ``claim_b`` the body claim it is judged against ("" when the body has none).
    * ``denial``: one claim says "none", the other reports a positive count, same category.
    * ``self_contradiction``: the same source (same organisation, or the same named speaker)
      gave non-overlapping figures; ``claim_a`` is the earlier one.
    * ``sources_disagree``: different sources, same category, non-overlapping figures.

    Claims repeating the same speaker's same figure are checked once (the earliest stands for
    them); a headline is judged against its own body only by the headline rule. Dates are
    statement dates, falling back to publication dates (NaT when neither is known). Rows are
    sorted by kind (in `CONTRADICTION_KINDS` order), category, date_a, claim_a, claim_b.
    """
    df = _prepare(ledger)
    if df.empty:
        return _empty(CONTRADICTION_COLUMNS, {"date_a": "datetime64[ns]", "date_b": "datetime64[ns]"})
    rows = _headline_overreach(df)
    rows += _pair_contradictions(df)
    if not rows:
        return _empty(CONTRADICTION_COLUMNS, {"date_a": "datetime64[ns]", "date_b": "datetime64[ns]"})
    out = pd.DataFrame(rows)
    out["kind_order"] = out["kind"].map({k: i for i, k in enumerate(CONTRADICTION_KINDS)})
    out["date_a"] = pd.to_datetime(out["date_a"])
    out["date_b"] = pd.to_datetime(out["date_b"])
    out = out.sort_values(
        ["kind_order", "category", "date_a", "claim_a", "claim_b"], na_position="last", kind="mergesort"
    )
    return out[CONTRADICTION_COLUMNS].reset_index(drop=True)


def _row(kind: str, a: Mapping, b: Mapping | None, explanation: str) -> dict:
    b = b or {}
    return {
        "kind": kind,
        "category": a["category"],
        "claim_a": a["claim_id"],
        "claim_b": b.get("claim_id", ""),
        "source_a": a["source"],
        "source_b": b.get("source", ""),
        "value_a": a["value_label"],
        "value_b": b.get("value_label", ""),
        "sentence_a": a["sentence"],
        "sentence_b": b.get("sentence", ""),
        "file_a": a["file"],
        "file_b": b.get("file", ""),
        "date_a": a["date"],
        "date_b": b.get("date", pd.NaT),
        "explanation": explanation,
    }


def _writes_source(speaker: str, source: str) -> bool:
    """Whether a speaker phrase writes every word of its source's name: "the Kharkiv regional
    administration" for a categories file's own organisation, which `normalise_org` (the shipped table
    only, outside an extraction) does not know.

    >>> _writes_source("the Kharkiv regional administration", "Kharkiv regional administration")
    True
    >>> _writes_source("Jo Lee", "SDF"), _writes_source("the council", "")
    (False, False)
    """
    words = set(_WORD.findall(speaker.lower()))
    return bool(source) and set(_WORD.findall(source.lower())) <= words


_WORD = re.compile(r"[\w'’-]+")


def _who(claim: Mapping) -> str:
    """The source as a reader would name it, with the speaker when one is named."""
    from .attribution import normalise_org

    speaker, source = claim["speaker"].strip(), claim["source"]
    if not speaker or speaker == source:
        return source
    # "the BBC" or "The International Coalition" already names the organisation
    named = normalise_org(speaker) == source or _writes_source(speaker, source)
    return speaker if named else f"{speaker} ({source})"


def _where(claim: Mapping) -> str:
    return f"{claim['where']}, {_day(claim['date'])}"


def _finite(claim: Mapping) -> bool:
    return (
        math.isfinite(claim["lo"])
        and math.isfinite(claim["hi"])
        and claim["qualifier"] not in ("some", "none")
    )


def _same_figure(a: Mapping, b: Mapping) -> bool:
    """Both claims give a finite figure and each one's midpoint lies in the other's hedged interval."""
    if not (_finite(a) and _finite(b)):
        return False
    mid_a, mid_b = (a["lo"] + a["hi"]) / 2, (b["lo"] + b["hi"]) / 2
    return a["lo"] <= mid_b <= a["hi"] and b["lo"] <= mid_a <= b["hi"]


def _overlaps(a: Mapping, b: Mapping) -> bool:
    return max(a["lo"], b["lo"]) <= min(a["hi"], b["hi"])


def _gap(a: Mapping, b: Mapping) -> float:
    return max(0.0, b["lo"] - a["hi"], a["lo"] - b["hi"])


# The fields of a claim that a contradiction row quotes (see `_pair_row`).
_PAIR_FIELDS = [
    "claim_id",
    "category",
    "qualifier",
    "lo",
    "hi",
    "value_label",
    "source",
    "speaker",
    "sentence",
    "file",
    "where",
    "date",
]


def _headline_overreach(df: pd.DataFrame) -> list[dict]:
    """Judge every headline claim against the body claims of its own article (linear in claims)."""
    is_headline = df["section"].str.strip().str.lower() == "headline"
    if not is_headline.any():
        return []
    records = df[_PAIR_FIELDS].to_dict(orient="records")
    body_by_file: dict[str, list[int]] = defaultdict(list)
    for i in np.flatnonzero(~is_headline.to_numpy()):
        body_by_file[records[i]["file"]].append(i)
    rows = []
    for i in np.flatnonzero(is_headline.to_numpy()):
        head = records[i]
        body = sorted((records[j] for j in body_by_file.get(head["file"], [])), key=lambda r: r["claim_id"])
        rows += _judge_headline(head, body)
    return rows


def _judge_headline(head: Mapping, body: list[Mapping]) -> list[dict]:
    category = _category_words(head["category"])
    opening = (
        f"The headline in {head['where'].strip() or 'an article with no outlet'} ({head['file']}) "
        f"says {head['value_label']}"
    )
    same = [b for b in body if b["category"] == head["category"]]
    support = [b for b in same if _overlaps(head, b)]
    elsewhere = [b for b in body if b["category"] != head["category"] and _same_figure(head, b)]
    # The body claim giving the headline's figure under another category, closest figure first.
    elsewhere.sort(
        key=lambda b: (abs((b["lo"] + b["hi"]) / 2 - (head["lo"] + head["hi"]) / 2), b["claim_id"])
    )
    rows = []
    if not same and not elsewhere:
        return [
            _row(
                "headline_overreach",
                head,
                None,
                f"{opening} for {category}, but its body gives no figure for {category}.",
            )
        ]
    if same and not support:
        nearest = min(same, key=lambda b: (_gap(head, b), b["claim_id"]))
        direction = "higher than" if head["lo"] > nearest["hi"] else "lower than"
        rows.append(
            _row(
                "headline_overreach",
                head,
                nearest,
                f"{opening} for {category}, {direction} anything its body reports for it: "
                f"{_who(nearest)} gives {nearest['value_label']}.",
            )
        )
    if support:
        firmest = min(support, key=lambda b: (_CERTAINTY.get(b["qualifier"], 3), b["claim_id"]))
        if _CERTAINTY.get(head["qualifier"], 3) < _CERTAINTY.get(firmest["qualifier"], 3):
            rows.append(
                _row(
                    "headline_overreach",
                    head,
                    firmest,
                    f"{opening} for {category}, more firmly than its body, where {_who(firmest)} "
                    f"gives {firmest['value_label']}.",
                )
            )
    if elsewhere and not any(_same_figure(head, b) for b in same):
        match = elsewhere[0]
        rows.append(
            _row(
                "headline_overreach",
                head,
                match,
                f"{opening} for {category}, but the body gives that figure "
                f"({match['value_label']}) for {_category_words(match['category'])}.",
            )
        )
    return rows


def _pair_contradictions(df: pd.DataFrame) -> list[dict]:
    """Non-overlapping pairs within each category, collapsed and capped (see module constants)."""
    df = _by_date(df)
    keys = ["category", "source", "speaker", "lo", "hi"]
    grouped = df.groupby(keys, sort=False, dropna=False)
    reps = df.loc[grouped.head(1).index].copy()
    reps["weight"] = grouped["claim_id"].transform("size").loc[reps.index].to_numpy()
    headline = (reps["section"].str.strip().str.lower() == "headline").to_numpy()
    reps["is_headline"] = headline
    rows = []
    columns = [*_PAIR_FIELDS, "is_headline", "weight"]
    for _category, group in reps.groupby("category", sort=True):
        group = group.sort_values(
            ["weight", "date", "claim_id"],
            ascending=[False, True, True],
            na_position="last",
            kind="mergesort",
        ).head(MAX_GROUPS_PER_CATEGORY)
        lo, hi = group["lo"].to_numpy(), group["hi"].to_numpy()
        apart = (lo[:, None] > hi[None, :]) | (hi[:, None] < lo[None, :])
        first, second = np.nonzero(np.triu(apart, 1))
        if not len(first):
            continue
        records = group[columns].to_dict(orient="records")
        # Groups are sorted by weight, so (first, second) in row-major order puts the pairs of the most
        # repeated positions first; the cap keeps those.
        kept = 0
        for i, j in zip(first.tolist(), second.tolist(), strict=True):
            a, b = records[i], records[j]
            if a["file"] == b["file"] and a["is_headline"] != b["is_headline"]:
                continue  # a headline against its own body: judged by the headline rule only
            a, b = sorted(
                (a, b),
                key=lambda r: (pd.isna(r["date"]), r["date"] if pd.notna(r["date"]) else 0, r["claim_id"]),
            )
            rows.append(_pair_row(a, b))
            kept += 1
            if kept >= MAX_PAIRS_PER_CATEGORY:
                break
    return rows


def _same_source(a: Mapping, b: Mapping) -> bool:
    """The same named speaker, or the same organisation unless two different people of it are named.

    Two named members of one council who disagree are a denial or a disagreement, not
    the council contradicting itself; a director and his organisation's own statement are one source.
    """
    from .attribution import normalise_org

    speakers = a["speaker"].strip(), b["speaker"].strip()
    if all(speakers) and speakers[0] == speakers[1]:
        return True
    if a["source"] != b["source"]:
        return False
    return not (
        all(speakers) and not any(normalise_org(s) or _writes_source(s, a["source"]) for s in speakers)
    )


def _again(first: Mapping, second: Mapping) -> str:
    """Name the second claim's source, saying so when it is the first one's speaker or organisation."""
    speakers = first["speaker"].strip(), second["speaker"].strip()
    if all(speakers) and speakers[0] == speakers[1]:
        return f"the same speaker, {_who(second)},"
    if first["source"] == second["source"]:
        return f"the same source, {_who(second)},"
    return _who(second)


def _pair_row(a: Mapping, b: Mapping) -> dict:
    category = _category_words(a["category"])
    if _same_source(a, b):
        later = "later " if pd.notna(a["date"]) and pd.notna(b["date"]) and b["date"] > a["date"] else ""
        text = (
            f"For {category}, {_who(a)} said {a['value_label']} ({_where(a)}) and {later}{_again(a, b)} said "
            f"{b['value_label']} ({_where(b)}): the same source's figures do not overlap even allowing "
            f"for their hedges."
        )
        return _row("self_contradiction", a, b, text)
    if "none" in (a["qualifier"], b["qualifier"]):
        denier, reporter = (a, b) if a["qualifier"] == "none" else (b, a)
        text = (
            f"For {category}, {_who(denier)} said none ({_where(denier)}) while {_again(denier, reporter)} "
            f"said {reporter['value_label']} ({_where(reporter)}): one account denies what the other reports."
        )
        return _row("denial", a, b, text)
    text = (
        f"For {category}, {_who(a)} said {a['value_label']} ({_where(a)}) but {_who(b)} said "
        f"{b['value_label']} ({_where(b)}): the figures do not overlap even allowing for their hedges."
    )
    return _row("sources_disagree", a, b, text)


# --------------------------------------------------------------------------------------------
# Change over time
# --------------------------------------------------------------------------------------------


def source_changes(ledger: pd.DataFrame) -> pd.DataFrame:
    """Each source's figures per category in date order; ``changed`` when incompatible with the previous.

    The first claim of a (source, category) is never ``changed``. Sorted by source, category,
    date (undated last), claim id.
    """
    df = _prepare(ledger)
    if df.empty:
        return _empty(SOURCE_CHANGE_COLUMNS, {"date": "datetime64[ns]", "changed": "bool"})
    df = df.sort_values(["source", "category", "date", "claim_id"], na_position="last", kind="mergesort")
    grouped = df.groupby(["source", "category"], sort=False)
    previous_lo, previous_hi = grouped["lo"].shift(), grouped["hi"].shift()
    changed = previous_lo.notna() & ((df["lo"] > previous_hi) | (df["hi"] < previous_lo))
    return df.assign(changed=changed.astype(bool))[SOURCE_CHANGE_COLUMNS].reset_index(drop=True)


def timeline(ledger: pd.DataFrame) -> pd.DataFrame:
    """Every claim by the date it was made (statement date, else publication date), undated last.

    ``date_basis`` is "statement" when the statement date was read from the text,
    "published (fallback)" when only the publication date is known, "" when neither is.
    """
    df = _prepare(ledger)
    if df.empty:
        return _empty(TIMELINE_COLUMNS, {"date": "datetime64[ns]", "low": "Int64", "high": "Int64"})
    return _by_date(df)[TIMELINE_COLUMNS].reset_index(drop=True)


# --------------------------------------------------------------------------------------------
# Reprinted copy
# --------------------------------------------------------------------------------------------

_WORD_RE = re.compile(r"\w+")
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+|\n\s*\n")
_SHINGLE = 5  # words per shingle
_SAMPLE = 4  # candidate search uses the shingles whose hash is divisible by this
_MIN_SAMPLED = 2  # sampled shingles two articles must share to be compared at all
_MAX_DF = 1000  # a shingle in more articles than this is boilerplate, not reprinting
_SENTENCE_SCORE = 90  # rapidfuzz ratio at which two sentences count as the same sentence
_MIN_SENTENCE_WORDS = 6
_MIX = np.uint64(0x9E3779B97F4A7C15)


def _field(article, name: str) -> str:
    value = getattr(getattr(article, name, None), "value", None)
    return "" if value is None else str(value)


def _article_text(article) -> str:
    body = getattr(article, "body", None)
    return str(body) if body else str(getattr(article, "text", "") or "")


def _shingle_hashes(ids: np.ndarray) -> np.ndarray:
    """Distinct 64-bit hashes of the word 5-grams of one text, given its word ids (deterministic)."""
    if len(ids) < _SHINGLE:
        return np.zeros(0, dtype=np.uint64)
    h = np.zeros(len(ids) - _SHINGLE + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(_SHINGLE):
            h = (h ^ ids[k : len(ids) - _SHINGLE + 1 + k]) * _MIX
            h ^= h >> np.uint64(29)
    return np.unique(h)


def _candidate_pairs(shingles: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of documents (x < y) sharing at least `_MIN_SAMPLED` sampled, non-boilerplate 5-grams."""
    sampled = [h[h % np.uint64(_SAMPLE) == 0] for h in shingles]
    hashes = np.concatenate(sampled) if sampled else np.zeros(0, dtype=np.uint64)
    docs = np.repeat(np.arange(len(sampled), dtype=np.int64), [len(h) for h in sampled])
    order = np.lexsort((docs, hashes))
    hashes, docs = hashes[order], docs[order]
    starts = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]]) if len(hashes) else np.zeros(0, dtype=int)
    sizes = np.diff(np.r_[starts, len(hashes)])
    codes = []
    for size in np.unique(sizes[(sizes >= 2) & (sizes <= _MAX_DF)]).tolist():
        # All postings lists of this length at once: a (lists x size) matrix, pairs by triu indices.
        rows = docs[starts[sizes == size][:, None] + np.arange(size)]
        i, j = np.triu_indices(size, 1)
        codes.append((rows[:, i] * len(shingles) + rows[:, j]).ravel())
    if not codes:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    pairs, counts = np.unique(np.concatenate(codes), return_counts=True)
    pairs = pairs[counts >= _MIN_SAMPLED]
    return pairs // len(shingles), pairs % len(shingles)


def _sentences(text: str) -> list[str]:
    out = []
    for piece in _SENTENCE_END_RE.split(text):
        words = _WORD_RE.findall(piece.lower())
        if len(words) >= _MIN_SENTENCE_WORDS:
            out.append(" ".join(words))
    return out


def _shared_sentences(a: list[str], b: list[str], fuzzy: bool = True) -> int:
    """Sentences of the article with fewer sentences that have a near-identical twin in the other.

    With ``fuzzy=False`` only identical twins are counted (the costly fuzzy pass is skipped).
    """
    if not a or not b:
        return 0
    from rapidfuzz import fuzz, process

    short, long = (a, b) if len(a) <= len(b) else (b, a)
    # Identical sentences first (all of them, in straight reprints); fuzzy matching only for the rest.
    long_set = set(long)
    rest = [s for s in short if s not in long_set]
    shared = len(short) - len(rest)
    if rest and fuzzy:
        scores = process.cdist(rest, long, scorer=fuzz.ratio, score_cutoff=_SENTENCE_SCORE)
        shared += int((scores.max(axis=1) >= _SENTENCE_SCORE).sum())
    return shared


_REPRINTS_CACHE: dict[tuple, pd.DataFrame] = {}


def reprints(articles: Iterable, threshold: float = 0.5, min_shared_sentences: int = 3) -> pd.DataFrame:
    """`find_reprints`, remembered for the last corpus it was asked about (the report asks several times)."""
    articles = list(articles)
    corpus = tuple((str(getattr(a, "id", "")), hash(_article_text(a))) for a in articles)
    key = (threshold, min_shared_sentences, corpus)
    if key not in _REPRINTS_CACHE:
        _REPRINTS_CACHE.clear()
        _REPRINTS_CACHE[key] = find_reprints(articles, threshold, min_shared_sentences)
    return _REPRINTS_CACHE[key].copy()


def find_reprints(articles: Iterable, threshold: float = 0.5, min_shared_sentences: int = 3) -> pd.DataFrame:
    """Pairs of articles that carry the same copy, found from their text rather than their credit lines.

    Each body is cut into word 5-grams. ``similarity`` is their containment: the share of
    the shorter article's 5-grams found in the other (so a trimmed reprint still scores
    high). ``shared_sentences`` counts sentences of the article with fewer sentences that
    have a near-identical twin (rapidfuzz ratio >= 90) in the other. A pair is reported
    when ``similarity >= threshold`` or ``shared_sentences >= min_shared_sentences``. When
    the 5-grams or the identical sentences already settle that, the fuzzy pass is skipped
    and ``shared_sentences`` counts identical sentences only (a lower bound).

    To stay fast on large corpora only articles sharing at least two sampled 5-grams are
    compared (a quarter of the 5-grams, chosen by hash), and 5-grams found in more than
    1,000 articles are treated as boilerplate. Rows are sorted by similarity (highest
    first), then file names; ``file_a < file_b``.
    """
    articles = sorted(list(articles), key=lambda a: str(getattr(a, "id", "")))
    if len(articles) < 2:
        return _empty(REPRINT_COLUMNS, {"similarity": "float64", "shared_sentences": "int64"})
    texts = [_article_text(a) for a in articles]
    words = [_WORD_RE.findall(t.lower()) for t in texts]
    ids = pd.factorize(pd.Series([w for ws in words for w in ws], dtype=object))[0].astype(np.uint64) + 1
    bounds = np.cumsum([0] + [len(ws) for ws in words])
    shingles = [_shingle_hashes(ids[bounds[d] : bounds[d + 1]]) for d in range(len(words))]
    first, second = _candidate_pairs(shingles)
    sentences: dict[int, list[str]] = {}
    rows = []
    for x, y in zip(first.tolist(), second.tolist(), strict=True):
        a, b = shingles[x], shingles[y]
        common = len(np.intersect1d(a, b, assume_unique=True))
        similarity = round(common / max(1, min(len(a), len(b))), 3)
        for doc in (x, y):
            if doc not in sentences:
                sentences[doc] = _sentences(texts[doc])
        n_shared = _shared_sentences(sentences[x], sentences[y], fuzzy=False)
        if similarity < threshold and n_shared < min_shared_sentences:
            n_shared = _shared_sentences(sentences[x], sentences[y])
        if similarity >= threshold or n_shared >= min_shared_sentences:
            rows.append(
                {
                    "file_a": str(articles[x].id),
                    "file_b": str(articles[y].id),
                    "similarity": similarity,
                    "shared_sentences": n_shared,
                    "wire_a": _field(articles[x], "wire"),
                    "wire_b": _field(articles[y], "wire"),
                }
            )
    if not rows:
        return _empty(REPRINT_COLUMNS, {"similarity": "float64", "shared_sentences": "int64"})
    out = pd.DataFrame(rows).sort_values(
        ["similarity", "file_a", "file_b"], ascending=[False, True, True], kind="mergesort"
    )
    return out[REPRINT_COLUMNS].reset_index(drop=True)


# --------------------------------------------------------------------------------------------
# Citation chains
# --------------------------------------------------------------------------------------------

# International news agencies (generic vocabulary, not tied to any investigation): alias -> name.
WIRE_AGENCIES = {
    "AFP": "AFP",
    "Agence France-Presse": "AFP",
    "Agence France Presse": "AFP",
    "Reuters": "Reuters",
    "AP": "AP",
    "Associated Press": "AP",
    "dpa": "dpa",
    "Deutsche Presse-Agentur": "dpa",
    "Anadolu": "Anadolu",
    "Anadolu Agency": "Anadolu",
    "Xinhua": "Xinhua",
    "EFE": "EFE",
    "ANSA": "ANSA",
    "UPI": "UPI",
    "Kyodo": "Kyodo",
    "Yonhap": "Yonhap",
    "PTI": "PTI",
    "TASS": "TASS",
    "Bloomberg": "Bloomberg",
}
_WIRE_NAMES = "|".join(re.escape(name) for name in sorted(WIRE_AGENCIES, key=len, reverse=True))
# A claim carried by a wire: "told AFP", "said to Reuters", "reported by AP", "according to AFP",
# "Reuters reported". A bare mention ("AFP and Reuters had quoted X") is not enough. Keep the
# alternatives in step with WIRE_AGENCIES (the names are spliced in).
_WIRE_MENTION_RE = re.compile(
    rf"""
    \b(?:told|to|by|according\ to)\s+(?:the\s+)?(?P<after>{_WIRE_NAMES})\b   # told AFP / reported by AP
    | \b(?P<before>{_WIRE_NAMES})\s+(?:reported|reports|news\ agency\ reported)\b  # Reuters reported
    """,
    re.VERBOSE,
)


def _wire_name(value: str) -> str:
    value = value.strip()
    for alias, name in WIRE_AGENCIES.items():
        if value.lower() == alias.lower():
            return name
    return value


def _wires_in(sentence: str) -> set[str]:
    return {WIRE_AGENCIES[m.group("after") or m.group("before")] for m in _WIRE_MENTION_RE.finditer(sentence)}


def _reprint_clusters(articles: list, pairs: pd.DataFrame | None = None) -> dict[str, str]:
    """File -> the first file of its group of reprinted copies (union-find over `reprints` pairs)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    if pairs is None:
        pairs = reprints(articles)
    for a, b in zip(pairs["file_a"], pairs["file_b"], strict=True):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {x: find(x) for x in list(parent)}


def citation_chains(
    ledger: pd.DataFrame, articles: Iterable | None = None, reprint_pairs: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Claims reporting the same figure, grouped: who said it first, which wires and outlets carried it.

    A chain is one category with one figure: the same low and high and the same kind of
    hedge ("120" and "about 120" share a chain, "more than 120" does not). ``value_label``
    is the first claim's. The first claim is the earliest by statement date (falling back
    to publication date), ties by claim id. ``wires`` are the wire credits of the articles
    (when ``articles`` are given) and wires named as the channel in the claim's sentence
    ("told AFP"). ``wires``, ``outlets`` and ``claim_ids`` are sorted lists.

    ``independent_sources`` counts distinct originators: an attributed claim's source is its
    speaker's organisation (or the speaker); an unattributed claim's source is its outlet,
    unless that article carries a wire credit (then the wire) or is reprinted copy of
    another article (then that copy), so fifty outlets printing one wire story count once.
    ``reprint_pairs`` (a `reprints` frame computed earlier) saves finding the reprints again.

    Sorted by number of outlets and claims (most first), then category, low, high, first claim.
    """
    df = _prepare(ledger)
    if df.empty:
        return _empty(
            CHAIN_COLUMNS,
            {
                "low": "Int64",
                "high": "Int64",
                "first_date": "datetime64[ns]",
                "n_claims": "int64",
                "n_outlets": "int64",
                "independent_sources": "int64",
            },
        )
    articles = list(articles or [])
    wires_of_file = {
        str(a.id): {_wire_name(_field(a, "wire"))} for a in articles if _field(a, "wire").strip()
    }
    copy_of_file = _reprint_clusters(articles, reprint_pairs) if len(articles) > 1 else {}
    # Reprinted copy carries its wire even where the reprinting outlet dropped the credit line.
    cluster_wires: dict[str, set[str]] = defaultdict(set)
    for file, root in copy_of_file.items():
        cluster_wires[root] |= wires_of_file.get(file, set())
    for file, root in copy_of_file.items():
        wires_of_file[file] = cluster_wires[root]
    df["family"] = df["qualifier"].map(_QUALIFIER_FAMILY).fillna(df["qualifier"])
    df["low_key"] = df["low"].astype("Float64").fillna(-1.0)
    df["high_key"] = df["high"].astype("Float64").fillna(-1.0)
    mentioned = [_wires_in(s) for s in df["sentence"]]
    df["wire_set"] = [m | wires_of_file.get(f, set()) for m, f in zip(mentioned, df["file"], strict=True)]
    unattributed = (df["speaker_org"].str.strip() == "") & (df["speaker"].str.strip() == "")
    origin = []
    for is_own, source, file, wires in zip(
        unattributed, df["source"], df["file"], df["wire_set"], strict=True
    ):
        if not is_own:
            origin.append(f"source: {source}")
        elif wires:
            origin.append("wire: " + "+".join(sorted(wires)))
        elif file in copy_of_file:
            origin.append(f"copy: {copy_of_file[file]}")
        else:
            origin.append(source)
    df["origin"] = origin
    df = _by_date(df)
    keys = ["category", "family", "low_key", "high_key"]
    df["chain"] = df.groupby(keys, sort=False, dropna=False).ngroup()
    grouped = df.groupby("chain", sort=True)
    out = df.loc[grouped.head(1).index].set_index("chain").sort_index()
    outlets = df[["chain", "where"]].drop_duplicates().sort_values(["chain", "where"])
    outlets = outlets.groupby("chain")["where"].agg(list)
    out = pd.DataFrame(
        {
            "category": out["category"],
            "value_label": out["value_label"],
            "low": out["low"],
            "high": out["high"],
            "first_claim_id": out["claim_id"],
            "first_date": out["date"],
            "first_source": out["source"],
            "first_outlet": out["where"],
            "wires": grouped["wire_set"].agg(lambda sets: sorted(set().union(*sets))),
            "outlets": outlets,
            "n_claims": grouped.size(),
            "n_outlets": outlets.map(len),
            "independent_sources": grouped["origin"].nunique(),
            "claim_ids": df.sort_values(["chain", "claim_id"]).groupby("chain")["claim_id"].agg(list),
        }
    )
    out["low"], out["high"] = out["low"].astype("Int64"), out["high"].astype("Int64")
    out["first_date"] = pd.to_datetime(out["first_date"])
    out = out.sort_values(
        ["n_outlets", "n_claims", "category", "low", "high", "first_claim_id"],
        ascending=[False, False, True, True, True, True],
        na_position="last",
        kind="mergesort",
    )
    return out[CHAIN_COLUMNS].reset_index(drop=True)


# --------------------------------------------------------------------------------------------
# Summary
# --------------------------------------------------------------------------------------------


def _widest_gap(df: pd.DataFrame):
    """The category whose claims sit furthest apart: (lowest claim, highest claim, the category's claims).

    Claims are compared by their printed figures: the claim with the smallest upper figure against
    the claim with the largest lower figure, from different sources, ranked by the ratio between them.
    """
    df = df.copy()
    df["stated_low"], df["stated_high"] = _stated_bounds(df)
    df = _by_date(df[df["stated_low"].notna()])
    best = None
    for _category, group in df.groupby("category", sort=True):
        if group["source"].nunique() < 2:
            continue
        low_claim = group.loc[group["stated_high"].astype(float).idxmin()]
        high_claim = group.loc[group["stated_low"].astype(float).idxmax()]
        if (
            high_claim["stated_low"] <= low_claim["stated_high"]
            or low_claim["source"] == high_claim["source"]
        ):
            continue
        ratio = (float(high_claim["stated_low"]) + 1) / (float(low_claim["stated_high"]) + 1)
        if best is None or ratio > best[0]:
            best = (ratio, low_claim, high_claim, group)
    return None if best is None else best[1:]


def summary_findings(
    ledger: pd.DataFrame,
    articles: Iterable | None = None,
    max_items: int = 6,
    reprint_pairs: pd.DataFrame | None = None,
) -> list[dict]:
    """The key divergences as short sentences with their numbers, each with the claim ids behind it.

    In order: the category whose claims sit furthest apart (the ratio between one source's
    highest lower figure and another's lowest upper figure, see `_widest_gap`); then one
    example per contradiction kind
    (in `CONTRADICTION_KINDS` order, each with how many such pairs there are); then the
    figure repeated by the most outlets when they trace back to fewer independent sources.
    Everything is computed from the ledger: ``[{"text": str, "claim_ids": [str, ...]}, ...]``.
    """
    df = _prepare(ledger)
    if df.empty or max_items <= 0:
        return []
    findings = []
    widest = _widest_gap(df)
    if widest is not None:
        low_claim, high_claim, in_category = widest
        findings.append(
            {
                "text": (
                    f"Reports of {_category_words(low_claim['category'])} ranged from "
                    f"{low_claim['value_label']} ({_who(low_claim)}, {_where(low_claim)}) to "
                    f"{high_claim['value_label']} ({_who(high_claim)}, {_where(high_claim)}) across "
                    f"{len(in_category)} claims from {in_category['source'].nunique()} sources."
                ),
                "claim_ids": [low_claim["claim_id"], high_claim["claim_id"]],
            }
        )
    pairs = contradictions(ledger)
    kind_words = {
        "headline_overreach": "headlines not supported by their own article",
        "denial": "denials against positive reports",
        "self_contradiction": "sources contradicting themselves",
        "sources_disagree": "pairs of sources that disagree",
    }
    for kind in CONTRADICTION_KINDS:
        of_kind = pairs[pairs["kind"] == kind]
        if of_kind.empty:
            continue
        top = of_kind.iloc[0]
        text = top["explanation"]
        if len(of_kind) > 1:
            text += f" ({len(of_kind)} {kind_words[kind]} in all.)"
        findings.append({"text": text, "claim_ids": [c for c in (top["claim_a"], top["claim_b"]) if c]})
    chains = citation_chains(ledger, articles, reprint_pairs)
    chains = chains[(chains["n_outlets"] >= 2) & (chains["independent_sources"] < chains["n_outlets"])]
    if not chains.empty:
        top = chains.iloc[0]
        sources = top["independent_sources"]
        findings.append(
            {
                "text": (
                    f"The figure {top['value_label']} for {_category_words(top['category'])} appeared in "
                    f"{top['n_outlets']} outlets but traces back to {sources} independent "
                    f"source{'s' if sources != 1 else ''}; {top['first_source']} gave it first "
                    f"({top['first_outlet']}, {_day(top['first_date'])})."
                ),
                "claim_ids": list(top["claim_ids"]),
            }
        )
    return findings[:max_items]
