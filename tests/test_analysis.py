"""Tests for newscounts.analysis, on hand-built ledgers modelled on the seed articles.

The ledgers are written here by hand (not extracted) so these tests pin the analysis
alone: who disagrees with whom, and how it is explained. Articles are stand-ins
(`types.SimpleNamespace`) with the attributes `newscounts.articles.Article` has.
"""

from __future__ import annotations

import math
import time
from types import SimpleNamespace

import pandas as pd
import pytest

from newscounts import analysis
from newscounts.analysis import (
    citation_chains,
    compatible,
    contradictions,
    hedged_interval,
    reprints,
    source_changes,
    source_of,
    spreads,
    summary_findings,
    timeline,
    value_label,
    values_by_source,
)
from newscounts.ledger import LEDGER_COLUMNS

COLUMNS = LEDGER_COLUMNS
INF = math.inf


def ledger(rows: list[dict]) -> pd.DataFrame:
    """A ledger frame from partial rows: defaults for what a row leaves out, claim ids as the kit makes."""
    full = []
    for i, given in enumerate(rows):
        row = {
            "file": "x.txt",
            "outlet": "",
            "published": "",
            "category": "count",
            "low": None,
            "high": None,
            "qualifier": "exact",
            "phrase": "",
            "start": 10 * i,
            "end": 10 * i + 3,
            "sentence": "",
            "speaker": "",
            "speaker_org": "",
            "statement_date": "",
            "section": "body",
            "sentence_start": 0,
            "sentence_end": 0,
            "statement_date_basis": "",
        }
        row.update(given)
        row.setdefault("claim_id", f"{row['file']}:{row['start']}:{row['category']}")
        full.append(row)
    frame = pd.DataFrame(full, columns=COLUMNS)
    for column in ("low", "high", "start", "end", "sentence_start", "sentence_end"):
        frame[column] = pd.array(frame[column], dtype="Int64")
    return frame


def article(file: str, body: str, wire: str | None = None, outlet: str = "", published: str | None = None):
    field = lambda value: SimpleNamespace(value=value)  # noqa: E731
    return SimpleNamespace(
        id=file, text=body, body=body, wire=field(wire), outlet=field(outlet), published=field(published)
    )


# Outlets and dates of the five seed articles (as a ledger would carry them).
ASHARQ = {"file": "000.txt", "outlet": "Asharq Al-Awsat", "published": "2017-10-15"}
AMMON = {"file": "001.txt", "outlet": "Ammon News", "published": "2017-11-15"}
JAKARTA = {"file": "002.txt", "outlet": "Jakarta Post", "published": "2017-11-15"}
NEW_ARAB = {"file": "003.txt", "outlet": "The New Arab", "published": "2017-10-15"}
FAN = {"file": "004.txt", "outlet": "FAN", "published": "2017-10-15"}

SEEDLIKE = ledger(
    [
        {
            **ASHARQ,
            "category": "fighters_departed",
            "low": 275,
            "high": 275,
            "start": 100,
            "sentence": "An SDF spokesperson said that 275 Syrian ISIS fighters left Raqqa.",
            "speaker_org": "SDF",
            "statement_date": "2017-10-15",
            "statement_date_basis": "published",
        },
        {
            **ASHARQ,
            "category": "civilians_departed",
            "low": 3000,
            "high": 3000,
            "qualifier": "about",
            "start": 200,
            "sentence": "About 3,000 trapped civilians also left the city.",
        },
        {
            **ASHARQ,
            "category": "foreign_fighters_departed",
            "qualifier": "none",
            "start": 300,
            "sentence": "the official later told Asharq Al-Awsat that no foreigners had left Raqqa",
            "speaker": "Omar Alloush",
            "speaker_org": "Raqqa Civil Council",
            "statement_date": "2017-10-15",
            "statement_date_basis": "text",
        },
        {
            **ASHARQ,
            "category": "foreign_fighters_departed",
            "qualifier": "none",
            "start": 400,
            "sentence": "We did not document any withdrawal of foreign militants from the city.",
            "speaker": "Rami Abdel Rahman",
            "speaker_org": "SOHR",
            "statement_date": "2017-10-15",
            "statement_date_basis": "text",
        },
        {
            **AMMON,
            "category": "fighters_departed",
            "low": 300,
            "high": 300,
            "section": "headline",
            "start": 0,
            "sentence": "International coalition: 300 ISIS fighters might have fled from Raqqa",
            "speaker_org": "US-led coalition",
        },
        {
            **AMMON,
            "category": "potential_fighters_screened",
            "low": 300,
            "high": 300,
            "qualifier": "about",
            "start": 500,
            "sentence": "there were about 300 militants who had been identified as potential fighters",
            "speaker": "Ryan Dillon",
            "speaker_org": "US-led coalition",
            "statement_date": "2017-11-14",
            "statement_date_basis": "text",
        },
        {
            **AMMON,
            "category": "fighters_departed",
            "low": 200,
            "high": 999,
            "qualifier": "vague",
            "start": 700,
            "sentence": "SOHR has stated that hundreds of ISIS fighters, including foreigners, left Raqqa",
            "speaker_org": "SOHR",
            "statement_date": "2017-10-12",
            "statement_date_basis": "text",
        },
        {
            **AMMON,
            "category": "foreign_fighters_departed",
            "qualifier": "some",
            "start": 710,
            "sentence": "SOHR has stated that hundreds of ISIS fighters, including foreigners, left Raqqa",
            "speaker_org": "SOHR",
            "statement_date": "2017-11-15",
            "statement_date_basis": "published",
        },
        {
            **JAKARTA,
            "category": "civilians_departed",
            "low": 3000,
            "high": 3000,
            "qualifier": "more_than",
            "start": 100,
            "sentence": "The SDF said that more than 3,000 civilians had evacuated the city",
            "speaker_org": "SDF",
            "statement_date": "2017-11-15",
            "statement_date_basis": "published",
        },
        {
            **JAKARTA,
            "category": "civilians_departed",
            "low": 3500,
            "high": 3500,
            "start": 200,
            "sentence": "out of the 3,500 civilians that came out of Raqa",
            "speaker": "Ryan Dillon",
            "speaker_org": "US-led coalition",
            "statement_date": "2017-11-14",
            "statement_date_basis": "text",
        },
        {
            **NEW_ARAB,
            "category": "foreign_fighters_departed",
            "qualifier": "some",
            "section": "headline",
            "start": 0,
            "sentence": "IS foreign militants leave Syria's Raqqa under evacuation deal",
        },
        {
            **NEW_ARAB,
            "category": "foreign_fighters_departed",
            "qualifier": "some",
            "start": 100,
            "sentence": '"A portion of the foreigners have left," said Omar Alloush',
            "speaker": "Omar Alloush",
            "speaker_org": "Raqqa Civil Council",
            "statement_date": "2017-10-15",
            "statement_date_basis": "text",
        },
        {
            **FAN,
            "category": "foreign_fighters_remaining",
            "low": 200,
            "high": 300,
            "qualifier": "at_most",
            "start": 100,
            "sentence": 'SDF spokesman Talal Selo told Reuters that "no more than 200-300" foreign '
            "militants remained",
            "speaker": "Talal Selo",
            "speaker_org": "SDF",
            "statement_date": "2017-10-15",
            "statement_date_basis": "text",
        },
        {
            **FAN,
            "category": "fighters_departed",
            "low": 275,
            "high": 275,
            "start": 200,
            "sentence": "Selo said 275 Syrian militants left along with their family members.",
            "speaker": "Talal Selo",
            "speaker_org": "SDF",
            "statement_date": "2017-10-15",
            "statement_date_basis": "text",
        },
        {
            **FAN,
            "category": "foreign_fighters_departed",
            "qualifier": "none",
            "start": 300,
            "sentence": "she denied an earlier comment by another council member that some foreign "
            "fighters had left in the convoy.",
            "speaker": "Laila Mostafa",
            "speaker_org": "Raqqa Civil Council",
            "statement_date": "2017-10-15",
            "statement_date_basis": "text",
        },
    ]
)


def claim(claim_id: str) -> pd.Series:
    return SEEDLIKE.set_index("claim_id").loc[claim_id]


# --------------------------------------------------------------------------------------------
# hedged_interval, compatible, value_label, source_of
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("low", "high", "qualifier", "expected"),
    [
        # found in the seeds
        pytest.param(275, 275, "exact", (275, 275), id="seeds: 275 Syrian fighters"),
        pytest.param(3000, 3000, "about", (2700, 3300), id="seeds: about 3,000 civilians"),
        pytest.param(300, 400, "about", (270, 440), id="seeds: about 300-400 fighters (both bounds widened)"),
        pytest.param(3000, 3000, "more_than", (3001, INF), id="seeds: more than 3,000 (whole numbers)"),
        pytest.param(300, 300, "less_than", (0, 299), id="seeds: approximately less than 300"),
        pytest.param(200, 300, "at_most", (0, 300), id="seeds: no more than 200-300"),
        pytest.param(200, 300, "range", (200, 300), id="seeds: between 200 and 300"),
        pytest.param(200, 999, "vague", (200, 999), id="seeds: hundreds"),
        pytest.param(None, None, "some", (1, INF), id="seeds: some foreign fighters"),
        pytest.param(None, None, "none", (0, 0), id="seeds: no foreigners had left"),
        # edge cases
        pytest.param(3000, None, "at_least", (3000, INF), id="edge: only low given"),
        pytest.param(None, 50, "exact", (50, 50), id="edge: only high given"),
        pytest.param(300, 200, "range", (200, 300), id="edge: reversed bounds"),
        pytest.param(0, 0, "less_than", (0, 0), id="edge: less than 0 stays at 0"),
        pytest.param(float("nan"), pd.NA, "exact", (0, INF), id="edge: no figure rules nothing out"),
        pytest.param(12, 12, "unheard_of", (12, 12), id="edge: unknown qualifier read as the figure"),
    ],
)
def test_hedged_interval(low, high, qualifier, expected):
    assert hedged_interval(low, high, qualifier) == pytest.approx(expected)


def test_about_tolerance_is_the_documented_constant(monkeypatch):
    monkeypatch.setattr(analysis, "ABOUT_TOLERANCE", 0.2)
    assert hedged_interval(100, 100, "about") == (80.0, 120.0)


def _c(low, high, qualifier):
    return {"low": low, "high": high, "qualifier": qualifier}


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(_c(275, 275, "exact"), _c(200, 999, "vague"), True, id="seeds: 275 within hundreds"),
        pytest.param(
            _c(3000, 3000, "about"), _c(3500, 3500, "exact"), False, id="seeds: about 3,000 vs 3,500"
        ),
        pytest.param(
            _c(3000, 3000, "more_than"), _c(3500, 3500, "exact"), True, id="seeds: more than 3,000 vs 3,500"
        ),
        pytest.param(_c(None, None, "none"), _c(None, None, "some"), False, id="seeds: none vs some"),
        pytest.param(_c(275, 275, "exact"), _c(300, 300, "exact"), False, id="seeds: 275 vs 300"),
        pytest.param(
            _c(300, 300, "about"), _c(300, 300, "less_than"), True, id="seeds: about 300 vs less than 300"
        ),
        pytest.param(
            _c(3000, 3000, "more_than"), _c(3000, 3000, "exact"), False, id="edge: more than n excludes n"
        ),
        pytest.param(
            _c(None, None, "none"), _c(300, 300, "less_than"), True, id="edge: none fits less than 300"
        ),
        pytest.param(_c(None, None, "exact"), _c(5, 5, "exact"), True, id="edge: no figure fits anything"),
    ],
)
def test_compatible(a, b, expected):
    assert compatible(a, b) is expected
    assert compatible(b, a) is expected
    assert compatible(pd.Series(a), pd.Series(b)) is expected


@pytest.mark.parametrize(
    ("low", "high", "qualifier", "expected"),
    [
        pytest.param(275, 275, "exact", "275", id="exact"),
        pytest.param(3000, 3000, "about", "about 3,000", id="about"),
        pytest.param(300, 400, "about", "about 300–400", id="about a range"),
        pytest.param(200, 300, "range", "200–300", id="range"),
        pytest.param(200, 300, "at_most", "no more than 200–300", id="at most a range"),
        pytest.param(3000, 3000, "more_than", "more than 3,000", id="more than"),
        pytest.param(3000, None, "at_least", "at least 3,000", id="at least, one bound"),
        pytest.param(300, 300, "less_than", "less than 300", id="less than"),
        pytest.param(24, 99, "vague", "dozens (24–99)", id="dozens"),
        pytest.param(200, 999, "vague", "hundreds (200–999)", id="hundreds"),
        pytest.param(2000, 9999, "vague", "thousands (2,000–9,999)", id="thousands"),
        pytest.param(1_000_000, 2_000_000, "vague", "millions (1,000,000–2,000,000)", id="millions"),
        pytest.param(None, None, "some", "some", id="some"),
        pytest.param(None, None, "none", "none", id="none"),
        pytest.param(pd.NA, float("nan"), "exact", "unknown", id="edge: no figure"),
        pytest.param(12_500, 12_500, "", "12,500", id="edge: missing qualifier"),
    ],
)
def test_value_label(low, high, qualifier, expected):
    assert value_label(low, high, qualifier) == expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(
            {"speaker": "Talal Selo", "speaker_org": "SDF", "outlet": "FAN"}, "SDF", id="organisation first"
        ),
        pytest.param(
            {"speaker": "Omar Alloush", "speaker_org": "", "outlet": "FAN"},
            "Omar Alloush",
            id="speaker without organisation",
        ),
        pytest.param(
            {"speaker": "", "speaker_org": "", "outlet": "Jakarta Post"},
            "Jakarta Post (unattributed)",
            id="outlet's own reporting",
        ),
        pytest.param(
            {"speaker": float("nan"), "speaker_org": None, "outlet": "", "file": "9.txt"},
            "9.txt (unattributed)",
            id="edge: missing values and no outlet",
        ),
    ],
)
def test_source_of(row, expected):
    assert source_of(row) == expected
    assert source_of(pd.Series(row)) == expected


# --------------------------------------------------------------------------------------------
# Contradictions on the seed-like ledger
# --------------------------------------------------------------------------------------------


def _pairs(frame: pd.DataFrame) -> set[tuple[str, str, str]]:
    return {(k, a, b) for k, a, b in zip(frame["kind"], frame["claim_a"], frame["claim_b"], strict=True)}


@pytest.mark.parametrize(
    ("kind", "claim_a", "claim_b"),
    [
        pytest.param(
            "headline_overreach",
            "001.txt:0:fighters_departed",
            "001.txt:500:potential_fighters_screened",
            id="seeds: headline 300 fled is the body's ~300 screened",
        ),
        pytest.param(
            "headline_overreach",
            "001.txt:0:fighters_departed",
            "001.txt:700:fighters_departed",
            id="seeds: headline 300 firmer than the body's hundreds",
        ),
        pytest.param(
            "sources_disagree",
            "000.txt:200:civilians_departed",
            "002.txt:200:civilians_departed",
            id="seeds: about 3,000 vs 3,500 civilians",
        ),
        pytest.param(
            "sources_disagree",
            "000.txt:100:fighters_departed",
            "001.txt:0:fighters_departed",
            id="seeds: SDF 275 vs coalition headline 300",
        ),
        pytest.param(
            "self_contradiction",
            "000.txt:400:foreign_fighters_departed",
            "001.txt:710:foreign_fighters_departed",
            id="seeds: SOHR denies, then reports foreigners left",
        ),
        pytest.param(
            "self_contradiction",
            "000.txt:300:foreign_fighters_departed",
            "003.txt:100:foreign_fighters_departed",
            id="seeds: council member says none and a portion",
        ),
        pytest.param(
            "denial",
            "003.txt:100:foreign_fighters_departed",
            "004.txt:300:foreign_fighters_departed",
            id="seeds: spokeswoman denies the council member",
        ),
    ],
)
def test_contradictions_found(kind, claim_a, claim_b):
    assert (kind, claim_a, claim_b) in _pairs(contradictions(SEEDLIKE))


@pytest.mark.parametrize(
    ("claim_a", "claim_b"),
    [
        pytest.param(
            "000.txt:100:fighters_departed", "004.txt:200:fighters_departed", id="seeds: 275 twice agrees"
        ),
        pytest.param(
            "002.txt:100:civilians_departed",
            "002.txt:200:civilians_departed",
            id="seeds: more than 3,000 fits 3,500",
        ),
        pytest.param(
            "000.txt:100:fighters_departed", "001.txt:700:fighters_departed", id="seeds: 275 is hundreds"
        ),
        pytest.param(
            "003.txt:0:foreign_fighters_departed",
            "003.txt:100:foreign_fighters_departed",
            id="seeds: headline some backed by body some",
        ),
        pytest.param(
            "000.txt:300:foreign_fighters_departed",
            "000.txt:400:foreign_fighters_departed",
            id="seeds: two denials agree",
        ),
    ],
)
def test_contradictions_not_found(claim_a, claim_b):
    found = contradictions(SEEDLIKE)
    together = {frozenset(p) for p in zip(found["claim_a"], found["claim_b"], strict=True)}
    assert frozenset((claim_a, claim_b)) not in together


def test_contradiction_columns_order_and_one_row_per_pair():
    found = contradictions(SEEDLIKE)
    assert list(found.columns) == analysis.CONTRADICTION_COLUMNS
    kinds = found["kind"].map(analysis.CONTRADICTION_KINDS.index)
    assert kinds.is_monotonic_increasing
    pairs = [frozenset(p) for p in zip(found["claim_a"], found["claim_b"], strict=True)]
    assert len(pairs) == len(set(pairs))
    assert found.equals(
        contradictions(SEEDLIKE.sample(frac=1, random_state=3))
    )  # row order of input is irrelevant


def test_contradiction_explanation_carries_numbers_sources_and_dates():
    found = contradictions(SEEDLIKE).set_index(["claim_a", "claim_b"])
    text = found.loc[("000.txt:200:civilians_departed", "002.txt:200:civilians_departed"), "explanation"]
    assert text == (
        "For civilians departed, Asharq Al-Awsat (unattributed) said about 3,000 (Asharq Al-Awsat, "
        "2017-10-15) but Ryan Dillon (US-led coalition) said 3,500 (Jakarta Post, 2017-11-14): the "
        "figures do not overlap even allowing for their hedges."
    )
    text = found.loc[
        ("001.txt:0:fighters_departed", "001.txt:500:potential_fighters_screened"), "explanation"
    ]
    assert "says 300 for fighters departed" in text and "(about 300) for potential fighters screened" in text


def test_self_contradiction_over_time_same_speaker():
    frame = ledger(
        [
            {
                "speaker": "Talal Selo",
                "speaker_org": "SDF",
                "low": 275,
                "high": 275,
                "statement_date": "2017-10-16",
            },
            {
                "speaker": "Talal Selo",
                "speaker_org": "",
                "low": 500,
                "high": 500,
                "statement_date": "2017-10-15",
                "file": "y.txt",
            },
            {
                "speaker": "",
                "speaker_org": "Red Cross",
                "low": 290,
                "high": 290,
                "statement_date": "2017-10-15",
            },
        ]
    )
    found = contradictions(frame)
    self_ = found[found["kind"] == "self_contradiction"]
    assert self_[["claim_a", "claim_b"]].values.tolist() == [["y.txt:10:count", "x.txt:0:count"]]
    assert "and later the same speaker, Talal Selo (SDF), said 275" in self_["explanation"].iloc[0]
    assert set(found["kind"]) == {"self_contradiction", "sources_disagree"}


def test_a_categories_files_own_organisation_is_named_once():
    # the shipped aliases table does not know a categories file's own organisation; the speaker
    # phrase that writes its name is still the organisation, not a person of it
    frame = ledger(
        [
            {
                "speaker": "the Kharkiv regional administration",
                "speaker_org": "Kharkiv regional administration",
                "low": 40,
                "high": 40,
                "statement_date": "2022-05-01",
            },
            {
                "speaker": "the Kharkiv regional administration",
                "speaker_org": "Kharkiv regional administration",
                "low": 90,
                "high": 90,
                "statement_date": "2022-05-02",
                "file": "y.txt",
            },
        ]
    )
    text = contradictions(frame)["explanation"].iloc[0]
    assert "the Kharkiv regional administration said" in text
    assert "(Kharkiv regional administration)" not in text


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(
            [
                {"section": "headline", "low": 300, "high": 300},
                {"low": 200, "high": 200, "speaker_org": "SDF"},
            ],
            "higher than anything its body reports",
            id="headline greater than body",
        ),
        pytest.param(
            [
                {"section": "headline", "low": 300, "high": 300},
                {"low": 300, "high": 300, "qualifier": "about", "speaker_org": "SDF"},
            ],
            "more firmly than its body",
            id="headline firmer than body",
        ),
        pytest.param(
            [{"section": "headline", "low": 300, "high": 300}, {"low": 12, "high": 12, "category": "other"}],
            "its body gives no figure for count",
            id="headline without support",
        ),
        pytest.param(
            [
                {"section": "headline", "low": 300, "high": 300},
                {"low": 300, "high": 300, "speaker_org": "SDF"},
            ],
            None,
            id="headline backed by body",
        ),
        pytest.param(
            [
                {"section": "headline", "low": 300, "high": 300},
                {"low": 300, "high": 300, "file": "other.txt"},
            ],
            "its body gives no figure",
            id="support in another article does not count",
        ),
    ],
)
def test_headline_overreach(rows, expected):
    found = contradictions(ledger(rows))
    overreach = found[found["kind"] == "headline_overreach"]
    if expected is None:
        assert overreach.empty
    else:
        assert len(overreach) == 1 and expected in overreach["explanation"].iloc[0]
    # A headline is judged against its own body only by the headline rule.
    same_file = found[(found["file_a"] == found["file_b"]) & (found["kind"] != "headline_overreach")]
    assert same_file.empty


def test_pair_generation_is_capped_on_big_ledgers(monkeypatch):
    monkeypatch.setattr(analysis, "MAX_PAIRS_PER_CATEGORY", 7)
    rows = [
        {"speaker_org": f"org {i}", "low": i * 100, "high": i * 100, "file": f"{i}.txt"} for i in range(1, 30)
    ]
    found = contradictions(ledger(rows))
    assert len(found) == 7


def test_repeated_figures_collapse_to_one_pair():
    rows = [{"speaker_org": "SDF", "low": 275, "high": 275, "file": f"{i}.txt"} for i in range(20)]
    rows += [{"speaker_org": "SOHR", "low": 900, "high": 900, "file": f"s{i}.txt"} for i in range(20)]
    found = contradictions(ledger(rows))
    assert found[["kind", "claim_a", "claim_b"]].values.tolist() == [
        ["sources_disagree", "0.txt:0:count", "s0.txt:200:count"]
    ]


# --------------------------------------------------------------------------------------------
# Spreads, values, changes, timeline
# --------------------------------------------------------------------------------------------


def test_spreads_on_seedlike_ledger():
    table = spreads(SEEDLIKE).set_index("category")
    assert list(spreads(SEEDLIKE).columns) == analysis.SPREAD_COLUMNS
    assert table.loc[
        "civilians_departed", ["claims", "sources", "outlets", "lowest", "highest"]
    ].tolist() == [3, 3, 2, 3000, 3500]
    assert table.loc["civilians_departed", "spread_label"] == "3,000–3,500"
    assert table.loc["fighters_departed", "spread_label"] == "200–999"
    assert table.loc["foreign_fighters_departed", "spread_label"] == "none–some"
    assert table.loc["foreign_fighters_remaining", "spread_label"] == "200–300"
    counts = contradictions(SEEDLIKE)["category"].value_counts()
    assert table["contradictions"].to_dict() == {c: int(counts.get(c, 0)) for c in table.index}


def test_values_by_source_sorted_and_labelled():
    table = values_by_source(SEEDLIKE)
    assert list(table.columns) == analysis.VALUES_BY_SOURCE_COLUMNS
    fighters = table[table["category"] == "fighters_departed"]
    assert fighters[["source", "value_label"]].values.tolist() == [
        ["SDF", "275"],
        ["SDF", "275"],
        ["SOHR", "hundreds (200–999)"],
        ["US-led coalition", "300"],
    ]


def test_source_changes_flags_incompatible_follow_ups():
    table = source_changes(SEEDLIKE)
    sohr = table[(table["source"] == "SOHR") & (table["category"] == "foreign_fighters_departed")]
    assert sohr[["value_label", "changed"]].values.tolist() == [["none", False], ["some", True]]
    sdf = table[(table["source"] == "SDF") & (table["category"] == "fighters_departed")]
    assert sdf["changed"].tolist() == [False, False]


def test_timeline_dates_and_basis():
    table = timeline(
        ledger(
            [
                {"statement_date": "2017-10-14", "statement_date_basis": "text", "published": "2017-10-15"},
                {
                    "statement_date": "2017-10-15",
                    "statement_date_basis": "published",
                    "published": "2017-10-15",
                },
                {"published": "2017-10-13"},
                {},
            ]
        )
    )
    assert table["claim_id"].tolist() == [
        "x.txt:20:count",
        "x.txt:0:count",
        "x.txt:10:count",
        "x.txt:30:count",
    ]
    assert table["date_basis"].tolist() == ["published (fallback)", "statement", "published (fallback)", ""]
    assert table["date"].isna().tolist() == [False, False, False, True]


# --------------------------------------------------------------------------------------------
# Reprints and citation chains
# --------------------------------------------------------------------------------------------

WIRE_STORY = (
    "Foreign fighters from the Islamic State group may have escaped the city shortly before its recapture, "
    "the spokesman for the coalition said Tuesday. The coalition said at the time that it was very adamant "
    "that foreign fighters not be allowed to leave the city. In the course of that screening, there were "
    "four "
    "foreign fighters that were identified and were detained by the local forces, he said. When the convoy "
    "left the city, it was tracked by drones, but the decision was made not to strike it due to civilians."
)


def test_reprints_found_from_text_not_credits():
    articles = [
        article("a.txt", WIRE_STORY, wire="AFP"),
        article("b.txt", "Editor's note. " + WIRE_STORY.replace("Tuesday", "on Tuesday")),  # no credit line
        article(
            "c.txt",
            "An unrelated report about the harvest festival in the valley drew thousands of "
            "visitors, the organisers said, and the weather held until the evening fireworks.",
        ),
    ]
    table = reprints(articles)
    assert list(table.columns) == analysis.REPRINT_COLUMNS
    assert table[["file_a", "file_b", "wire_a", "wire_b"]].values.tolist() == [["a.txt", "b.txt", "AFP", ""]]
    assert table["similarity"].iloc[0] > 0.8
    assert table["shared_sentences"].iloc[0] == 3  # identical twins only: the 5-grams settled the pair


def test_reprints_of_quoted_sentence_only_is_not_a_reprint():
    quote = "A portion of the foreigners have left the city with the convoy, he said on Sunday."
    articles = [
        article("a.txt", "Reporter one wrote a long story about the harvest and the river. " + quote),
        article("b.txt", "Another newsroom covered schools, roads and the budget vote today. " + quote),
    ]
    assert reprints(articles, threshold=0.9).empty


@pytest.mark.slow
def test_reprints_scale_to_thousands_of_articles():
    import random

    rng = random.Random(7)
    words = [f"w{i}" for i in range(5000)]
    stories = [" ".join(rng.choice(words) for _ in range(200)) for _ in range(20)]
    articles = [
        article(
            f"{i:04d}.txt",
            stories[(i // 10) % 20] if i % 10 == 0 else " ".join(rng.choice(words) for _ in range(200)),
        )
        for i in range(2000)
    ]
    started = time.perf_counter()
    table = reprints(articles)
    assert time.perf_counter() - started < 20
    assert len(table) == 20 * 45  # 200 copies of 20 stories, 10 copies each


def test_citation_chains_group_one_figure_across_outlets():
    table = citation_chains(SEEDLIKE)
    assert list(table.columns) == analysis.CHAIN_COLUMNS
    row = table[(table["category"] == "fighters_departed") & (table["value_label"] == "275")].iloc[0]
    assert row["first_claim_id"] == "000.txt:100:fighters_departed"
    assert row["outlets"] == ["Asharq Al-Awsat", "FAN"]
    assert (row["n_claims"], row["n_outlets"], row["independent_sources"]) == (2, 2, 1)
    remaining = table[table["category"] == "foreign_fighters_remaining"].iloc[0]
    assert remaining["wires"] == ["Reuters"]  # "told Reuters" in the sentence


def test_citation_chains_collapse_wire_copy_to_one_source():
    frame = ledger(
        [
            {"file": f, "outlet": o, "published": "2017-11-15", "low": 3500, "high": 3500, "start": 40}
            for f, o in [("a.txt", "Outlet A"), ("b.txt", "Outlet B"), ("c.txt", "Outlet C")]
        ]
        + [
            {
                "file": "d.txt",
                "outlet": "Outlet D",
                "low": 3500,
                "high": 3500,
                "qualifier": "about",
                "published": "2017-11-14",
                "start": 40,
            }
        ]
    )
    articles = [
        article("a.txt", WIRE_STORY, wire="Agence France-Presse"),
        article("b.txt", WIRE_STORY),
        article(
            "c.txt",
            "A different story entirely, written by our own correspondent in the city, "
            "about the civilians who came out and where they went next.",
        ),
        article("d.txt", "Yet another independent piece from a fourth newsroom about the convoy."),
    ]
    row = citation_chains(frame, articles).iloc[0]
    assert row["first_claim_id"] == "d.txt:40:count"  # "about 3,500" joins the chain of 3,500
    assert (row["n_outlets"], row["independent_sources"]) == (4, 3)  # a and b are one wire story
    assert row["wires"] == ["AFP"]
    assert citation_chains(frame).iloc[0]["independent_sources"] == 4  # without articles, nothing to collapse


# --------------------------------------------------------------------------------------------
# Summary findings
# --------------------------------------------------------------------------------------------


def test_summary_findings_from_the_data():
    findings = summary_findings(SEEDLIKE)
    assert 1 <= len(findings) <= 6
    assert all(set(f) == {"text", "claim_ids"} and f["claim_ids"] for f in findings)
    assert findings[0]["text"].startswith("Reports of civilians departed ranged from about 3,000")
    assert findings[0]["claim_ids"] == ["000.txt:200:civilians_departed", "002.txt:200:civilians_departed"]
    assert any("appeared in 2 outlets but traces back to 1 independent source" in f["text"] for f in findings)
    assert len(summary_findings(SEEDLIKE, max_items=2)) == 2


# --------------------------------------------------------------------------------------------
# Edge cases: empty ledger, missing bounds, one claim
# --------------------------------------------------------------------------------------------

EMPTY = ledger([])
FRAME_FUNCTIONS = [
    pytest.param(spreads, analysis.SPREAD_COLUMNS, id="spreads"),
    pytest.param(values_by_source, analysis.VALUES_BY_SOURCE_COLUMNS, id="values_by_source"),
    pytest.param(contradictions, analysis.CONTRADICTION_COLUMNS, id="contradictions"),
    pytest.param(source_changes, analysis.SOURCE_CHANGE_COLUMNS, id="source_changes"),
    pytest.param(citation_chains, analysis.CHAIN_COLUMNS, id="citation_chains"),
    pytest.param(timeline, analysis.TIMELINE_COLUMNS, id="timeline"),
]


@pytest.mark.parametrize(("function", "columns"), FRAME_FUNCTIONS)
def test_empty_ledger_gives_empty_frames_with_columns(function, columns):
    table = function(EMPTY)
    assert table.empty and list(table.columns) == columns


def test_empty_inputs_elsewhere():
    assert summary_findings(EMPTY) == []
    assert list(reprints([]).columns) == analysis.REPRINT_COLUMNS
    assert reprints([article("a.txt", WIRE_STORY)]).empty


@pytest.mark.parametrize(("function", "columns"), FRAME_FUNCTIONS)
def test_missing_bounds_do_not_break(function, columns):
    frame = ledger(
        [
            {"low": None, "high": None, "qualifier": "exact", "speaker_org": "A"},
            {"low": pd.NA, "high": 7, "qualifier": "about", "speaker_org": "B"},
        ]
    )
    table = function(frame)
    assert list(table.columns) == columns


def test_single_claim():
    frame = ledger([{"low": 4, "high": 4, "speaker_org": "SDF", "published": "2017-11-15"}])
    assert contradictions(frame).empty
    assert spreads(frame)[["claims", "spread_label", "contradictions"]].values.tolist() == [[1, "4", 0]]
    assert source_changes(frame)["changed"].tolist() == [False]
    assert citation_chains(frame)["independent_sources"].tolist() == [1]
    assert summary_findings(frame) == []


def test_ledger_read_back_from_csv_text_columns_as_nan():
    frame = SEEDLIKE.astype({"speaker": object}).copy()
    frame.loc[frame["speaker"] == "", "speaker"] = float("nan")
    assert contradictions(frame).equals(contradictions(SEEDLIKE))


@pytest.mark.slow
def test_fifty_thousand_claims_in_seconds():
    rows = [
        {
            "file": f"{i // 5:05d}.txt",
            "outlet": f"Outlet {i % 700}",
            "category": f"cat {i % 12}",
            "low": (i * 37) % 5000,
            "high": (i * 37) % 5000,
            "qualifier": ("exact", "about", "none")[i % 3],
            "speaker_org": f"org {i % 300}",
            "published": f"2017-10-{1 + i % 28:02d}",
            "section": "headline" if i % 5 == 0 else "body",
            "start": i,
        }
        for i in range(50_000)
    ]
    frame = ledger(rows)
    started = time.perf_counter()
    for function in (spreads, values_by_source, contradictions, source_changes, citation_chains, timeline):
        function(frame)
    summary_findings(frame)
    assert time.perf_counter() - started < 30
