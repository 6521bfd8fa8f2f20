"""Statement dates from reporting-clause words (newscounts.dates)."""

from __future__ import annotations

import datetime as dt

import dateparser
import pytest

from newscounts.dates import parse_published, resolve_statement_date

WED = dt.date(2017, 11, 15)  # Wednesday 15 November 2017
SUN = dt.date(2017, 10, 15)  # Sunday 15 October 2017

# Found in the seed articles: the words of the reporting clause and the article's date.
FROM_SEEDS = [
    pytest.param("said Tuesday", WED, dt.date(2017, 11, 14), id="said-tuesday-in-wednesday-paper"),
    pytest.param("reported Monday", WED, dt.date(2017, 11, 13), id="reported-monday"),
    pytest.param(
        "told Ahsarq Al-Awsat on Sunday", dt.date(2017, 10, 16), dt.date(2017, 10, 15), id="told-x-on-sunday"
    ),
    pytest.param("said on Sunday", SUN, SUN, id="own-weekday-is-same-day"),
    pytest.param("said on Saturday", SUN, dt.date(2017, 10, 14), id="on-saturday-in-sunday-paper"),
    pytest.param("had said on Saturday", SUN, dt.date(2017, 10, 14), id="had-said-on-saturday"),
]

# Invented edge cases.
INVENTED = [
    pytest.param("said on Thursday", WED, dt.date(2017, 11, 9), id="later-weekday-goes-back"),
    pytest.param("said last Wednesday", WED, dt.date(2017, 11, 8), id="last-own-weekday-week-back"),
    pytest.param("said last night", WED, dt.date(2017, 11, 14), id="last-night"),
    pytest.param("said yesterday", WED, dt.date(2017, 11, 14), id="yesterday"),
    pytest.param("said today", WED, WED, id="today"),
    pytest.param("said on October 14", WED, dt.date(2017, 10, 14), id="month-day-takes-published-year"),
    pytest.param("said on 14 October", WED, dt.date(2017, 10, 14), id="day-month"),
    pytest.param("said on Oct. 14", WED, dt.date(2017, 10, 14), id="abbreviated-month"),
    pytest.param("said on December 20", WED, dt.date(2016, 12, 20), id="future-date-means-last-year"),
    pytest.param("said on 12 October 2016", WED, dt.date(2016, 10, 12), id="explicit-year-kept"),
    pytest.param("said on 2017-10-12", None, dt.date(2017, 10, 12), id="iso-without-published"),
    pytest.param("said Tuesday", None, None, id="relative-without-published"),
    pytest.param("said on October 14", None, None, id="yearless-without-published"),
    pytest.param("said at the time", WED, None, id="vague-at-the-time"),
    pytest.param("said last week", WED, None, id="vague-last-week"),
    pytest.param("said at the weekend", WED, None, id="vague-at-the-weekend"),
    pytest.param("said over the weekend", WED, None, id="vague-over-the-weekend"),
    pytest.param("said this week", WED, None, id="vague-this-week"),
    pytest.param("said earlier this month", WED, None, id="vague-earlier-this-month"),
    pytest.param("said on Saturday at the weekend", WED, dt.date(2017, 11, 11), id="weekday-before-weekend"),
    pytest.param("told reporters", WED, None, id="no-date-words"),
    pytest.param("", WED, None, id="empty"),
]


@pytest.mark.parametrize(("words", "published", "expected"), FROM_SEEDS + INVENTED)
def test_resolve_statement_date(words: str, published: dt.date | None, expected: dt.date | None) -> None:
    assert resolve_statement_date(words, published) == expected


@pytest.mark.parametrize("weekday", ["Monday", "Tuesday", "Thursday", "Friday", "Saturday", "Sunday"])
def test_weekdays_agree_with_dateparser_except_own_weekday(weekday: str) -> None:
    """The measured fact behind our weekday rule: dateparser agrees on other days..."""
    base = dt.datetime(2017, 11, 15)
    parsed = dateparser.parse(
        weekday, languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    )
    assert resolve_statement_date(f"said {weekday}", WED) == parsed.date()


def test_dateparser_sends_own_weekday_back_a_week_we_do_not() -> None:
    """...but sends the article's own weekday a week back, where news means that same day."""
    base = dt.datetime(2017, 11, 15)
    parsed = dateparser.parse(
        "Wednesday", languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    )
    assert parsed.date() == dt.date(2017, 11, 8)
    assert resolve_statement_date("said Wednesday", WED) == WED


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("2017-11-15", dt.date(2017, 11, 15), id="iso-date"),
        pytest.param("2017-11-15T05:17:00", dt.date(2017, 11, 15), id="iso-datetime"),
        pytest.param("2017-02-30", None, id="impossible-date"),
        pytest.param("Wed, November 15, 2017", None, id="not-iso"),
        pytest.param(None, None, id="none"),
    ],
)
def test_parse_published(value: str | None, expected: dt.date | None) -> None:
    assert parse_published(value) == expected
