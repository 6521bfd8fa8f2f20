"""When was it said: turn the date words of a reporting clause into a calendar date.

News copy dates statements relative to the day it was published: "said Tuesday",
"on Sunday", "last night", "on October 14". This module resolves those words
against the article's published date.

Conventions (news style, not calendar arithmetic):

* A bare weekday means the most recent such day on or before the published
  date; the article's own weekday means the publication day itself ("said
  Wednesday" in a Wednesday paper is that Wednesday). ``dateparser`` with
  ``PREFER_DATES_FROM='past'`` sends the article's own weekday a week back, so
  weekdays are resolved here by arithmetic, which is also faster; "last
  Tuesday" always goes back at least one day.
* "yesterday" and "last night" are the day before; "today", "this morning",
  "tonight" the day itself.
* Explicit dates ("October 14", "14 Oct", "Oct. 14, 2017") are parsed by
  ``dateparser``; without a year they take the published year, or the year
  before when that would fall after the published date.
* Vague words ("earlier this month", "this week", "at the weekend", "at the
  time") are not resolved.

Only call :func:`resolve_statement_date` with the words of the reporting clause
(the caller, :mod:`newscounts.attribution`, chooses them); an event date in the
reported content ("the convoy left on October 12") is not when it was said.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

__all__ = ["DATE_WORDS", "find_date_words", "parse_published", "resolve_statement_date"]

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MONTH = r"""(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?
              |Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"""

# The date words a reporting clause can carry.  Named groups tell
# resolve_statement_date which rule applies; the order matters only where two
# alternatives could start at the same place (longest first).
DATE_WORDS = re.compile(
    rf"""
    (?P<iso> \b\d{{4}}-\d{{2}}-\d{{2}}\b )                        # 2017-10-14
  | (?P<explicit>
        \b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}}\b)?   # October 14 / Oct. 14, 2017
      | \b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b(?:,?\s+\d{{4}}\b)?  # 14 October (2017)
    )
  | (?P<last_weekday> \blast\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b )   # last Tuesday
  | (?P<weekday> \b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b )            # Tuesday / on Tuesday night
  | (?P<yesterday> \byesterday\b | \blast\s+night\b | \bovernight\b )      # the day before
  | (?P<today> \btoday\b | \bthis\s+(?:morning|afternoon|evening)\b | \btonight\b )  # the day itself
  | (?P<vague> \bat\s+the\s+time\b | \b(?:earlier\s+)?this\s+(?:week|month|year)\b
             | \blast\s+(?:week|month|year)\b                              # known but unresolvable
             | \b(?:at|over|during)\s+the\s+weekend\b | \bthis\s+weekend\b | \blast\s+weekend\b )
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Cheap prefilter: no digit, weekday, month or relative day word means no date.
_PREFILTER = re.compile(
    r"\d|day\b|night|morning|afternoon|evening|\btime\b|week|month|year|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.IGNORECASE,
)


def find_date_words(words: str) -> re.Match[str] | None:
    """The first date expression in ``words``, or None.

    >>> find_date_words("said on Sunday").group()
    'Sunday'
    >>> find_date_words("told reporters") is None
    True
    """
    if not words or not _PREFILTER.search(words):
        return None
    return DATE_WORDS.search(words)


@lru_cache(maxsize=4096)
def _dateparser_date(phrase: str, base: dt.date) -> dt.date | None:
    import dateparser  # imported lazily: it takes a while to load

    parsed = dateparser.parse(
        phrase,
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
            "PREFER_DATES_FROM": "past",
            "PREFER_DAY_OF_MONTH": "first",
        },
    )
    return parsed.date() if parsed else None


_YEAR = re.compile(r"\b\d{4}\b")
_FULL_STOP = re.compile(r"\.")
_WEEKDAY_WORD = re.compile(r"\w+day", re.IGNORECASE)


def resolve_statement_date(words: str, published: dt.date | None) -> dt.date | None:
    """The date named by the first date expression in ``words``, or None.

    ``words`` should be the reporting clause ("said Tuesday", "told AFP on
    Sunday"); ``published`` the article's publication date. Returns None when
    ``words`` holds no resolvable date, or a relative one and ``published`` is
    unknown. The fallback to the published date is the caller's choice.

    >>> wed = dt.date(2017, 11, 15)          # a Wednesday
    >>> resolve_statement_date("said Tuesday", wed)
    datetime.date(2017, 11, 14)
    >>> resolve_statement_date("said on Wednesday", wed)   # own weekday: same day
    datetime.date(2017, 11, 15)
    >>> resolve_statement_date("said last Wednesday", wed)
    datetime.date(2017, 11, 8)
    >>> resolve_statement_date("said on Thursday", wed)    # most recent Thursday
    datetime.date(2017, 11, 9)
    >>> resolve_statement_date("said last night", wed)
    datetime.date(2017, 11, 14)
    >>> resolve_statement_date("said on October 14", wed)
    datetime.date(2017, 10, 14)
    >>> resolve_statement_date("said on December 20", wed)  # would be in the future
    datetime.date(2016, 12, 20)
    >>> resolve_statement_date("said on 12 October 2016", None)
    datetime.date(2016, 10, 12)
    >>> resolve_statement_date("said Tuesday", None) is None
    True
    >>> resolve_statement_date("said at the time", wed) is None
    True
    >>> resolve_statement_date("said at the weekend", wed) is None
    True
    """
    match = find_date_words(words)
    if match is None:
        return None
    kind = match.lastgroup
    phrase = match.group()
    if kind == "iso":
        try:
            return dt.date.fromisoformat(phrase)
        except ValueError:
            return None
    if kind == "vague":
        return None
    if kind == "explicit":
        has_year = bool(_YEAR.search(phrase))
        if published is None and not has_year:
            return None
        base = published or dt.date(int(_YEAR.search(phrase).group()), 12, 31)
        day = _dateparser_date(_FULL_STOP.sub("", phrase), base)
        if day is None or has_year or published is None:
            return day
        day = day.replace(year=published.year) if not (day.month == 2 and day.day == 29) else day
        return day.replace(year=day.year - 1) if day > published else day
    if published is None:
        return None
    if kind == "yesterday":
        return published - dt.timedelta(days=1)
    if kind == "today":
        return published
    weekday = _WEEKDAYS.index(_WEEKDAY_WORD.search(phrase).group().lower())
    back = (published.weekday() - weekday) % 7
    if kind == "last_weekday" and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


_PUBLISHED = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_published(value: str | None) -> dt.date | None:
    """A date from an ISO string ("2017-11-15", "2017-11-15T05:17:00"); None if empty or invalid.

    >>> parse_published("2017-11-15")
    datetime.date(2017, 11, 15)
    >>> parse_published("2017-11-15T05:17")
    datetime.date(2017, 11, 15)
    >>> parse_published("") is None, parse_published("15/11/2017") is None
    (True, True)
    """
    if not value:
        return None
    match = _PUBLISHED.match(str(value))
    if not match:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None
