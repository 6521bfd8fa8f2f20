"""Counts as written: find every count-like phrase in a text and read its bounds and hedge.

A `Count` keeps the phrase exactly as written beside what it means: integer
bounds (``low``/``high``, ``None`` where the text leaves a side open) and a
``qualifier``:

=========  ====================================  ===========  ===========
qualifier  example                               low          high
=========  ====================================  ===========  ===========
exact      "120 fighters"                        120          120
about      "about 3,000", "about 300-400"        3000 / 300   3000 / 400
more_than  "more than 3,000"                     3000         None
at_least   "at least 22", "300 or more"          22 / 300     None
less_than  "approximately less than 300"         None         300
at_most    "up to 300", "no more than 200-300"   None / 200   300 / 300
range      "between 200 and 300", "200-300"      200          300
vague      "dozens", "hundreds", "several"       24 / 200     99 / 999
some       "some", "a portion of" (no number)    1            None
none       "no", "did not document any"          0            0
=========  ====================================  ===========  ===========

A range keeps both bounds whatever its hedge ("about 300-400" is ``about``
300-400; "no more than 200-300" is ``at_most`` 200-300) so the reader of the
ledger sees the interval the speaker gave. Years, times, dates, percentages,
durations, ages, measures, money, ordinals and IDs are not counts:
`find_counts` drops them (or, with ``rejected=True``, returns them with a
``reason``). `parse_count` never raises: a phrase it cannot read gives empty
fields and a reason.

Which *thing* a count counts is decided by `newscounts.claims`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import patterns as P

__all__ = ["Count", "VAGUE_BOUNDS", "find_counts", "parse_count", "parse_number"]

#: Bounds of vague quantities. KEEP IN STEP with `patterns._VAGUE` (keys are its alternatives,
#: lower case, single spaces). Plural scale words start at two of the unit ("hundreds" >= 200).
VAGUE_BOUNDS: dict[str, tuple[int, int]] = {
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "millions": (2_000_000, 9_999_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "several": (3, 9),
    "a few": (2, 9),
    "a handful": (2, 9),
    "a couple": (2, 3),
}
# "many hundreds" is "hundreds": "many" adds no bound of its own
VAGUE_BOUNDS.update({f"many {key}": VAGUE_BOUNDS[key] for key in list(VAGUE_BOUNDS)[:7]})
# "several hundred" is 3 x 100 to 999; "a few dozen" is 2 x 12 to 99.
_VAGUE_MULTIPLE_LOW = {"several": 3, "a few": 2}

_DIRECTIONAL = ("more_than", "at_least", "less_than", "at_most")


@dataclass(frozen=True)
class Count:
    """One count as written: ``text[start:end] == phrase``; bounds and qualifier as stated.

    ``reason`` is empty for a readable count and says why otherwise (then
    ``low``, ``high`` and ``qualifier`` are empty).
    """

    phrase: str
    start: int
    end: int
    low: int | None
    high: int | None
    qualifier: str
    reason: str = ""


def _unreadable(phrase: str, start: int, reason: str) -> Count:
    return Count(phrase, start, start + len(phrase), None, None, "", reason)


# Regexes used per count, compiled once (``re.match(pattern_text, ...)`` looks its pattern up on every call).
_DIGITS_AND_SCALE = re.compile(r"(\d[\d,]*(?:\.\d+)?)(?:(?:\s+|-)([a-z]+))?")  # "40-thousand" too
_WORD_SPLIT = re.compile(r"[\s-]+")
_SPACES = re.compile(r"\s+")
_VAGUE_MULTIPLE = re.compile(r"(several|a few) (dozen|hundred|thousand|million)s?")
_AT_LEAST_AFTER = re.compile(r"more|\+|plus")
_ABOUT_AFTER = re.compile(r"so|odd")
_YEAR = re.compile(r"1[89]\d\d|20\d\d|2100")
_COMPOUND_AFTER = re.compile(r"-(?!plus\b|odd\b)[^\W\d_]")
_COMMA_AFTER = re.compile(r"\s*,")
# "... were identified as follows: 1. Ahmad ...": the first number of a list after a colon
_LIST_START = (re.compile(r":\s*$"), re.compile(r"\.(?:\s|$)"))
_NAME_AND_COMMA_BEFORE = re.compile(r"\b[A-Z][\w'’-]+\s*,\s*$")
_ONE_OR_TWO_DIGITS = re.compile(r"\d{1,2}")
_NOT_BEFORE = re.compile(r"\bnot\s+(?:so\s+|too\s+|very\s+)?$", re.I)
_LEADING_ZERO = re.compile(r"0\d")
_LONG_DIGITS = re.compile(r"\d{7,}")
_WORD_AFTER = re.compile(r"\s+[A-Za-z]")
_TO = re.compile(r"\bto\s")
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
_ARTICLE_AND_WORD = re.compile(r"an?\s+\w+", re.IGNORECASE)
# `_hedge_qualifier` skips an empty hedge: HEDGE (which opens with \b and a word) never matches "".
_HEDGE_MATCHES_EMPTY = P.HEDGE.match("") is not None


def parse_number(words: str) -> int | None:
    """The integer value of one number in digits or words, or None when it is not a whole count.

    >>> [parse_number(w) for w in ["120", "3,000", "2.5 million", "twenty-one", "a dozen", "hundred"]]
    [120, 3000, 2500000, 21, 12, 100]
    >>> parse_number("three hundred and five"), parse_number("two dozen"), parse_number("2.5")
    (305, 24, None)
    >>> parse_number("40-thousand"), parse_number("1.2-million")
    (40000, 1200000)
    """
    text = words.strip().lower()
    digits = _DIGITS_AND_SCALE.fullmatch(text)
    if digits:
        number, scale = digits.groups()
        if scale is not None and scale not in P.SCALE_WORDS:
            return None
        value = float(number.replace(",", "")) * (P.SCALE_WORDS[scale] if scale else 1)
        if "." in number and (scale is None or value != int(value)):
            return None  # "2.5" alone is a measure, not a count
        return int(value)
    total, current, previous = 0, 0, None
    for word in _WORD_SPLIT.split(text):
        if word in ("and", ""):
            continue
        if word in ("a", "an"):
            current = 1
        elif word in P.NUMBER_WORDS:
            value = P.NUMBER_WORDS[word]
            if previous is not None and previous in P.NUMBER_WORDS:
                # only "twenty one" style pairs may follow each other
                if not (P.NUMBER_WORDS[previous] >= 20 and P.NUMBER_WORDS[previous] % 10 == 0 and value < 10):
                    return None
            current += value
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in P.SCALE_WORDS:
            total += max(current, 1) * P.SCALE_WORDS[word]
            current = 0
        else:
            return None
        previous = word
    return total + current


def _hedge_qualifier(hedge: str | None) -> tuple[str | None, bool]:
    """The directional qualifier of a hedge (or None), and whether it also says "about"."""
    directional, approximate = None, False
    if not hedge and not _HEDGE_MATCHES_EMPTY:
        return directional, approximate
    for match in P.HEDGE.finditer(hedge or ""):
        words = _SPACES.sub(" ", match.group(0).strip())
        for pattern, qualifier in P.HEDGE_QUALIFIER:
            if pattern.match(words):
                if qualifier in _DIRECTIONAL and directional is None:
                    directional = qualifier
                elif qualifier == "about":
                    approximate = True
                break
    return directional, approximate


def _vague_bounds(words: str) -> tuple[int, int] | None:
    key = _SPACES.sub(" ", words.strip().lower())
    if key in VAGUE_BOUNDS:
        return VAGUE_BOUNDS[key]
    multiple = _VAGUE_MULTIPLE.fullmatch(key)
    if multiple:
        unit = P.SCALE_WORDS[multiple.group(2)]
        return _VAGUE_MULTIPLE_LOW[multiple.group(1)] * unit, (99 if unit == 12 else 10 * unit - 1)
    return None


def _count_from_match(match: re.Match[str], offset: int = 0, groups: dict | None = None) -> Count:
    """Read one `patterns.COUNT` match (KEEP IN STEP with its named groups); ``groups`` is its
    ``groupdict()`` when the caller has it already."""
    phrase, start = match.group(0), match.start() + offset
    if groups is None:
        groups = match.groupdict()
    directional, approximate = _hedge_qualifier(groups["hedge"])
    if groups["none"] is not None:
        return Count(phrase, start, start + len(phrase), 0, 0, "none")
    if groups["some"] is not None:
        return Count(phrase, start, start + len(phrase), 1, None, "some")
    if groups["vague"] is not None:
        bounds = _vague_bounds(groups["vague"])
        if bounds is None:
            return _unreadable(phrase, start, f"unknown vague quantity {groups['vague']!r}")
        low, high = bounds
        if directional in ("more_than", "at_least"):
            return Count(phrase, start, start + len(phrase), low, None, directional)
        if directional in ("less_than", "at_most"):
            return Count(phrase, start, start + len(phrase), None, high, directional)
        return Count(phrase, start, start + len(phrase), low, high, "vague")
    if groups["number"] is not None:
        value = parse_number(groups["number"])
        if value is None:
            return _unreadable(phrase, start, f"{groups['number']!r} is not a whole number")
        after = (groups["after"] or "").lower()
        if _AT_LEAST_AFTER.search(after):
            return Count(phrase, start, start + len(phrase), value, None, "at_least")
        if directional in ("more_than", "at_least"):
            return Count(phrase, start, start + len(phrase), value, None, directional)
        if directional in ("less_than", "at_most"):
            return Count(phrase, start, start + len(phrase), None, value, directional)
        qualifier = "about" if approximate or _ABOUT_AFTER.search(after) else "exact"
        return Count(phrase, start, start + len(phrase), value, value, qualifier)
    low_words = groups["low"] if groups["between"] else groups["range_low"]
    high_words = groups["high"] if groups["between"] else groups["range_high"]
    low, high = _shared_scale(low_words or "", high_words or ""), parse_number(high_words or "")
    if low is None or high is None:
        return _unreadable(phrase, start, f"range {phrase!r} has a bound that is not a whole number")
    if low > high:
        return _unreadable(phrase, start, f"range {phrase!r} runs backwards")
    qualifier = directional or ("about" if approximate else "range")
    return Count(phrase, start, start + len(phrase), low, high, qualifier)


def _shared_scale(low_words: str, high_words: str) -> int | None:
    """The low bound of a range whose scale word is written once, after the high bound.

    >>> _shared_scale("two", "three thousand"), _shared_scale("2.5", "3 million")
    (2000, 2500000)
    >>> _shared_scale("200", "3 thousand")  # 200,000 would pass the high bound: 200 is its own number
    200
    """
    low = parse_number(low_words)
    last = high_words.strip().lower().rsplit(None, 1)[-1] if high_words.strip() else ""
    if last not in P.SCALE_WORDS or any(w in P.SCALE_WORDS for w in _WORD_SPLIT.split(low_words.lower())):
        return low
    scaled, high = parse_number(f"{low_words} {last}"), parse_number(high_words)
    if scaled is not None and high is not None and scaled <= high:
        return scaled  # "two to three thousand" is 2,000-3,000, "2.5 to 3 million" 2.5-3 million
    return low


def parse_count(phrase: str) -> Count:
    """Read one count phrase; never raises. Offsets are relative to ``phrase``.

    >>> parse_count("between 200 and 300")
    Count(phrase='between 200 and 300', start=0, end=19, low=200, high=300, qualifier='range', reason='')
    >>> c = parse_count("no more than 200-300"); (c.low, c.high, c.qualifier)
    (200, 300, 'at_most')
    >>> c = parse_count("approximately less than 300"); (c.low, c.high, c.qualifier)
    (None, 300, 'less_than')
    >>> c = parse_count("hundreds"); (c.low, c.high, c.qualifier)
    (200, 999, 'vague')
    >>> parse_count("the convoy").reason
    'not a count phrase'
    """
    if not isinstance(phrase, str):
        return _unreadable(str(phrase), 0, "not text")
    stripped = phrase.strip()
    lead = len(phrase) - len(phrase.lstrip())
    match = P.COUNT.fullmatch(stripped)
    if match is None or not stripped:
        return _unreadable(phrase, 0, "not a count phrase")
    count = _count_from_match(match, lead)
    return replace(count, phrase=phrase, start=0, end=len(phrase)) if count.reason else count


def _year_like(words: str | None) -> bool:
    return bool(words) and _YEAR.fullmatch(words.strip()) is not None


def _not_a_count(
    text: str, match: re.Match[str], excluded: list[tuple[int, int]], groups: dict | None = None
) -> str:
    """Why this COUNT match is not a count ("" when it is one); ``groups`` is its ``groupdict()``
    when the caller has it already."""
    start, end = match.span()
    if groups is None:
        groups = match.groupdict()
    number_start = start + len(groups["hedge"] or "")
    for low, high in excluded:
        if low < end and start < high:
            return f"part of a date, time, label or ID {text[low:high]!r}"
    if _COMPOUND_AFTER.match(text[end : end + 3]):
        return f"part of a compound adjective ({text[start : end + 8].strip()!r}...)"
    after = P.NOT_A_COUNT_AFTER.match(text, end)
    if after:
        return f"a measure, duration, date or sum ({text[start : after.end()].strip()!r})"
    if (
        groups["number"]
        and not groups["hedge"]
        and _COMMA_AFTER.match(text[end : end + 2])
        and _NAME_AND_COMMA_BEFORE.search(text[max(0, start - 40) : start])
        and _ONE_OR_TWO_DIGITS.fullmatch(groups["number"].strip())
    ):
        return "an age after a name ('Umm Ahmad, 45,')"
    if (
        match.group(0) == "1"
        and _LIST_START[0].search(text[max(0, start - 4) : start])
        and _LIST_START[1].match(text, end)
    ):
        return "the first number of a list ('as follows: 1.')"
    if groups["some"] is not None and _NOT_BEFORE.search(text[max(0, start - 16) : start]):
        return "a negated quantity ('not many') states no number"
    if groups["some"] is None and groups["none"] is None and groups["vague"] is None:
        before = text[max(0, number_start - 24) : number_start]
        if P.NOT_A_COUNT_BEFORE.search(before):
            return "money, a label or a model number"
        number = groups["number"] or groups["range_low"] or groups["low"] or ""
        if _LEADING_ZERO.match(number):
            return "a number with a leading zero is a time or an ID"
        if _LONG_DIGITS.fullmatch(number.strip()):
            return "a long digit string is an ID"
        if groups["number"] and _year_like(number) and not groups["hedge"]:
            if P.YEAR_CONTEXT_BEFORE.search(before) or not _WORD_AFTER.match(text[end : end + 2]):
                return "a year"
        if _year_like(groups["range_low"]) and _year_like(groups["range_high"]):
            return "a span of years"
    return ""


def words_pattern(words) -> str:
    """A regex alternation of ``words`` written as a trie ("t(?:en|hree|wo)"), for a lookahead that
    lets a long pattern start only where one of its words does: at other places the regex engine
    gives up after a character test or two, where a plain alternation tests every word in turn.

    >>> words_pattern(["two", "ten", "three", "a", "an"])
    '(?:an?|t(?:en|hree|wo))'
    >>> [bool(re.fullmatch(words_pattern(["a.b", "says", "say"]), w)) for w in ("a.b", "axb", "say", "sa")]
    [True, False, True, False]
    """
    trie: dict = {}
    for word in words:
        node = trie
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}  # a word ends here

    def alternation(node: dict) -> str:
        branches = [re.escape(key) + alternation(node[key]) for key in sorted(node) if key]
        if not branches:
            return ""
        if "" in node:  # a word ends here and longer ones go on ("a" and "an")
            single = len(branches) == 1 and len(branches[0]) == 1
            return f"{branches[0]}?" if single else f"(?:{'|'.join(branches)})?"
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"

    return alternation(trie) or "(?!)"


_WORD_START = re.compile(r"[^\W_][\w'’]*")
_DIGIT = re.compile(r"\d")


_HALF_BEFORE = re.compile(r"\b(?:a\s+)?half\s+$", re.IGNORECASE)  # "half a dozen", "a half dozen"

# `patterns.EXCLUDED_SPAN` with a lookahead that lets it start only where one of its alternatives can:
# at a word start (every alternative but the last two opens with \b and a word character) or at
# "http" (the URL one). The e-mail one (\S+@\S+) can start anywhere, so a window holding an "@" gets
# the plain pattern. Elsewhere the regex engine rejects a position with one test instead of one per
# alternative, about twice as fast, and finds the same matches. KEEP IN STEP with EXCLUDED_SPAN (checked
# by tests/test_numbers.py::test_excluded_span_opens_at_word_starts).
_EXCLUDED_AT_WORD_STARTS = re.compile(
    r"(?=\b\w|https?:)(?:" + "\n" + P.EXCLUDED_SPAN.pattern + "\n)", P.EXCLUDED_SPAN.flags
)


def _excluded_spans(window: str):
    """``patterns.EXCLUDED_SPAN.finditer(window)``, faster (see `_EXCLUDED_AT_WORD_STARTS`)."""
    return (P.EXCLUDED_SPAN if "@" in window else _EXCLUDED_AT_WORD_STARTS).finditer(window)


def inside_word(text: str, position: int, joiners: str) -> bool:
    """Whether ``position`` is inside a word, not at its start, for words that open with a letter or
    digit and go on with those, "_" and the characters of ``joiners`` (apostrophes, a hyphen): the
    characters before it that a word goes on with but cannot open with follow a letter or digit.

    >>> [inside_word("don't 'five_six", i, "'’") for i in (0, 4, 7, 12)]
    [False, True, False, True]
    """
    before = position - 1
    while before >= 0 and (text[before] == "_" or text[before] in joiners):
        before -= 1
    return before >= 0 and text[before].isalnum()


def _count_matches(text: str):
    """`patterns.COUNT` matches in reading order, as ``COUNT.finditer`` would give them.

    Trying the pattern only where a word from `patterns.COUNT_FIRST_WORDS` or a digit starts is
    several times faster than letting the regex engine try every position.
    """
    next_free = 0
    first_words = P.COUNT_FIRST_WORDS
    for word in _WORD_START.finditer(text):
        token = word.group()
        lower = token.lower()
        if not (
            lower in first_words
            or token[0].isdigit()
            or ("'" in lower and (lower.endswith("n't") or lower.split("'")[0] in first_words))
        ):
            continue
        start = word.start()
        if start < next_free:
            continue
        match = P.COUNT.match(text, start)
        if match is not None and match.end() > start:
            next_free = match.end()
            yield match


def find_counts(text: str, rejected: bool = False) -> list[Count]:
    """Every count in ``text`` in reading order; offsets index ``text``.

    With ``rejected=True`` the phrases that look like counts but are not
    (years, dates, percentages...) are returned too, with empty bounds and a reason.

    >>> [(c.phrase, c.low, c.high, c.qualifier) for c in find_counts(
    ...     "On Oct 12, 2017, 120 fighters left; about 300-400 remain, 90 percent of the city.")]
    [('120', 120, 120, 'exact'), ('about 300-400', 300, 400, 'about')]
    >>> [c.reason for c in find_counts("in 2014, four months of battle", rejected=True)]
    ['a year', "a measure, duration, date or sum ('four months')"]
    """
    if not isinstance(text, str) or not text:
        return []
    counts: list[Count] = []
    for match in _count_matches(text):
        groups = match.groupdict()
        excluded = []
        if _DIGIT.search(match.group(0)):
            low = max(0, match.start() - 32)
            excluded = [
                (low + m.start(), low + m.end()) for m in _excluded_spans(text[low : match.end() + 32])
            ]
        reason = _not_a_count(text, match, excluded, groups)
        if reason:
            if rejected:
                counts.append(_unreadable(match.group(0), match.start(), reason))
            continue
        count = _count_from_match(match, 0, groups)
        if (
            groups["range_high"]
            and _TO.search(match.group(0))
            and _FROM_BEFORE.search(text[max(0, match.start() - 8) : match.start()])
        ):
            # "rose from 10 to 22": a change, not a range; the count is where it ended.
            high_start = match.start("range_high")
            count = Count(
                text[high_start : match.end()], high_start, match.end(), count.high, count.high, "exact"
            )
        if count.reason and not rejected:
            continue
        half = _HALF_BEFORE.search(text, max(0, count.start - 10), count.start)
        if (
            half
            and count.low is not None
            and (_ARTICLE_AND_WORD.fullmatch(count.phrase) or count.phrase.lower() in P.SCALE_WORDS)
        ):
            # "half a dozen": the half of "a dozen", "half a million"; "a half dozen"
            count = Count(
                text[half.start() : count.end],
                half.start(),
                count.end,
                count.low // 2,
                count.high // 2,
                "exact",
            )
        counts.append(count)
    return counts
