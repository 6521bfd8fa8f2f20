"""The grammar of counts: numbers, hedges, vague and negative quantities, and what is *not* a count.

Every regular expression the claims engine uses to read a count lives here,
compiled once, written with ``re.VERBOSE`` and one comment per alternative.
`newscounts.numbers` turns matches into `Count` records; `newscounts.claims`
decides what each count counts (that vocabulary is data, in
``newscounts/presets/*.yaml``, not here).

Pieces that must change together are marked **KEEP IN STEP** below: the
named groups of `COUNT` are read by name in `newscounts.numbers.parse_count`,
the hedge words of `HEDGE` are mapped to qualifiers by `HEDGE_QUALIFIER`, and
the cheap prefilter `SCOPE_TRIGGER` must hold wherever `SCOPE_MARKER` matches.
Prefilters that run on every sentence (`MAY_HAVE_COUNT`, `SCOPE_TRIGGER`) are
`CaselessTest`s: yes/no searches made fast on lower-cased ASCII text.
"""

from __future__ import annotations

import re

__all__ = [
    "ALSO_ANOTHER_ATTACK",
    "BACKGROUND",
    "CaselessTest",
    "COUNT",
    "DENIAL",
    "EXCLUDED_SPAN",
    "HEDGE_QUALIFIER",
    "MAY_HAVE_COUNT",
    "NOT_A_COUNT_AFTER",
    "NOT_A_COUNT_BEFORE",
    "NUMBER_WORDS",
    "OTHER_EVENT",
    "PART_AFTER",
    "PART_BEFORE",
    "RUNNING_TOTAL",
    "SCOPE_CONTINUES",
    "SCOPE_MARKER",
    "SCOPE_TRIGGER",
    "SCALE_WORDS",
    "TOLL_BEFORE",
    "WORD",
    "YEAR_CONTEXT_BEFORE",
]

_FLAGS = re.IGNORECASE | re.VERBOSE

#: Number words and their values. KEEP IN STEP with `_SMALL` / `_NUMBER_WORD` below.
NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
#: Multipliers. "dozen" is a multiplier too: "two dozen" is 24, "a dozen" 12.
SCALE_WORDS: dict[str, int] = {
    "dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
}  # fmt: skip

_UNIT_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_SCALE_WORD = "|".join(SCALE_WORDS)

# A number written in words: "four", "twenty-one", "three hundred and twenty", "a dozen", "hundred".
_NUMBER_WORD = rf"""
    (?:an?\s+(?=(?:{_SCALE_WORD})\b))?             # "a hundred", "a dozen" (article = one)
    (?:{_UNIT_WORD}|{_SCALE_WORD})\b               # first word
    (?:(?:\s+and\s+|[\s-])(?:{_UNIT_WORD}|{_SCALE_WORD})\b)*   # "twenty-one", "two hundred and five"
"""

# A number written in digits: "120", "3,000", "2.5 million". Not part of a word, an ID, a time
# ("05:27"), a model name ("Su-24") or a decimal of something else.
_NUMBER_DIGITS = rf"""
    (?<![\w.,$€£#/:])(?<![A-Za-z]-)                # not glued to a word, currency, time or model name
    (?:\d{{1,3}}(?:,\d{{3}})+|\d+)                 # 3,000 or 3000
    (?:\.\d+)?                                     # 2.5 (only a count when a scale word follows)
    (?![\d:/]|,\d|\.\d)                            # not a time, date or longer number
    (?:(?:\s+|-)(?:{_SCALE_WORD})\b)?               # "2.5 million", "3 thousand", "40-thousand"
    (?![\w%])                                      # "10km", "2nd", "50%" are not counts
"""

#: One number in digits or words. Named so `numbers.parse_number` can read it alone.
NUMBER = re.compile(rf"(?:{_NUMBER_DIGITS}|\b{_NUMBER_WORD})", _FLAGS)

#: Hedge words in front of a number, and the qualifier each gives. KEEP IN STEP with `HEDGE`.
HEDGE_QUALIFIER: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(?:more\s+than|over|upwards\s+of|in\s+excess\s+of|above|exceeding)$", re.I), "more_than"),
    (re.compile(r"^(?:at\s+least|no\s+(?:fewer|less)\s+than|not\s+(?:fewer|less)\s+than"
                r"|(?:a\s+)?minimum\s+of)$", re.I), "at_least"),
    (re.compile(r"^(?:(?:less|fewer)\s+than|under|below|short\s+of)$", re.I), "less_than"),
    (re.compile(r"^(?:at\s+most|no\s+more\s+than|not\s+more\s+than|up\s+to|as\s+many\s+as|as\s+much\s+as"
                r"|(?:a\s+)?maximum\s+of|(?:did|does|do|would|will)\s+not\s+exceed|not\s+exceeding)$", re.I),
     "at_most"),
    (re.compile(r"^(?:about|around|approximately|approx\.?|roughly|nearly|almost|some|an\s+estimated"
                r"|estimated(?:\s+at)?|close\s+to|circa|maybe|perhaps|possibly|~)$", re.I), "about"),
    (re.compile(r"^(?:only|just|exactly|precisely)$", re.I), "exact"),
]  # fmt: skip

_HEDGE = r"""
    (?:more\s+than|over|upwards\s+of|in\s+excess\s+of|above|exceeding)            # more_than
  | (?:at\s+least|no\s+(?:fewer|less)\s+than|not\s+(?:fewer|less)\s+than
       |(?:a\s+)?minimum\s+of)                                                     # at_least
  | (?:(?:less|fewer)\s+than|under|below|short\s+of)                               # less_than
  | (?:at\s+most|no\s+more\s+than|not\s+more\s+than|up\s+to|as\s+many\s+as
       |as\s+much\s+as|(?:a\s+)?maximum\s+of
       |(?:did|does|do|would|will)\s+not\s+exceed|not\s+exceeding)               # at_most
  | (?:about|around|approximately|approx\.?|roughly|nearly|almost|some
       |an\s+estimated|estimated(?:\s+at)?|close\s+to|circa|maybe|perhaps|possibly)   # about
  | (?:only|just|exactly|precisely)                                                # exact
"""
#: A hedge word alone (for tests and for `numbers.parse_count`).
HEDGE = re.compile(rf"\b(?:{_HEDGE})\b", _FLAGS)

# What may sit between hedges, numbers and range words: spaces and opening/closing quotes.
_GAP = r"[\s\"'“”‘’]*"

# Vague quantities and their bounds live in `numbers.VAGUE_BOUNDS`. KEEP IN STEP: every
# alternative here must normalise (lower case, single spaces, trailing "of" dropped) to a key there.
_VAGUE = r"""
    (?:many\s+)?(?:tens|hundreds)\s+of\s+thousands        # 20,000-99,999 / 200,000-999,999
  | (?:several|a\s+few)\s+(?:dozen|hundred|thousand|million)s?   # "several hundred", "a few dozen"
  | (?:(?<!how\s)many\s+)?(?:dozens|scores|hundreds|thousands|millions)   # plural scale: "many hundreds"
  | a\s+handful | a\s+couple | several | a\s+few          # small vague amounts
"""

# A positive amount with no number: "some foreign fighters", "a portion of the foreigners".
_SOME = rf"""
    an?\s+(?:very\s+)?(?:large\s+|small\s+|significant\s+|unknown\s+|undisclosed\s+|unspecified\s+
      |limited\s+)?(?:portion|number|part)(?:\s+of\b|(?=[\s\"'”’]*(?:of|[,.;]|$)))
                                                          # "a portion of", "a number of", "an unknown number"
  | an?\s+(?:small\s+|large\s+)?group\s+of\b             # "a group of fighters", not "a group of 50"
    (?!\s+(?:\d|(?:{_UNIT_WORD}|{_SCALE_WORD}|about|around|some|nearly|almost|over|more|up|at)\b))
  | large\s+numbers\s+of                                  # "large numbers of civilians"
  | some | numerous                                       # plain quantifiers
  | (?<!how\s)(?<!so\s)(?<!too\s)many                     # "many", but not "how many" (a question)
"""

# An explicit zero or denial: "no foreigners", "none of the", "did not document any".
_NONE = r"""
    not\s+a\s+single                                      # "not a single fighter"
  | (?:(?:did|do|does|had|has|have|could|would|was|were)\s*)?
    (?:not|n't|never)\s+(?:[a-z]+\s+){0,2}?any             # "did not document any", "hasn't seen any"
  | none(?:\s+of)?                                        # "none of the fighters"
  | zero                                                  # "zero civilians"
  | no(?!\s+(?:more|less|fewer|longer|sooner|doubt|matter|one\s+knows)\b)   # "no foreigners", not "no more"
"""

#: Every count-like phrase. Named groups are read by `numbers.parse_count` (KEEP IN STEP):
#: ``hedge`` (up to two hedge words), ``between``/``low``/``high`` (a range), ``number`` (one number),
#: ``after`` ("or more", "-plus"), ``vague``, ``some``, ``none``.
COUNT = re.compile(
    rf"""
    (?<![\w-])
    (?:
        (?P<hedge>(?:(?:{_HEDGE})(?!\w){_GAP}){{1,2}})?          # "approximately less than", "no more than"
        (?:
            (?P<between>between){_GAP}                      # "between 200 and 300"
              (?P<low>{NUMBER.pattern}){_GAP}and{_GAP}(?P<high>{NUMBER.pattern})
          | (?P<range_low>{NUMBER.pattern})                 # "200-300", "200 to 300", "two or three"
              (?:(?<=\d)\s*[-–—]\s*(?!(?:{_SCALE_WORD})\b)|\s+to\s+|\s+or\s+)(?P<range_high>{NUMBER.pattern})
                                                              # a dash only after digits ("twenty-one" is
                                                              # one number), not before a scale word
                                                              # ("40-thousand" is one number)
          | (?P<number>{NUMBER.pattern})                    # "120", "four", "2.5 million"
          | (?P<vague>{_VAGUE})\b                           # "dozens", "several hundred"
        )
        (?P<after>\s*(?:\+|-?\s*plus\b|-odd\b|\s+or\s+(?:more|so)\b))?   # "300-plus", "300 or so"
      | (?P<some>{_SOME})\b                                 # "some", "a portion of"
      | (?P<none>{_NONE})\b                                 # "no", "did not document any"
    )
    """,
    _FLAGS,
)

#: The first word of every alternative of `COUNT`, lower case. KEEP IN STEP with `_HEDGE`, `_VAGUE`,
#: `_SOME`, `_NONE` and the number words: `numbers.find_counts` only tries `COUNT` where a word in this
#: set (or a digit) starts, which is what makes scanning fast.
COUNT_FIRST_WORDS = frozenset(
    list(NUMBER_WORDS)
    + list(SCALE_WORDS)
    + """
    a an more over upwards in above exceeding at no not less fewer under below short up as minimum maximum
    about around approximately approx roughly nearly almost some estimated close circa only just exactly
    maybe perhaps possibly
    precisely between tens hundreds several dozens scores thousands millions large numerous many none zero
    never did do does had has have could would was were
    """.split()
)


#: A character beyond ASCII that is not caseless punctuation (no-break space, dashes, curly quotes,
#: ellipsis, guillemets, bullets: none has a case, none is a word character).
CASED = re.compile("[^\x00-\x7f\u00a0\u00ab\u00b7\u00bb\u2010-\u2015\u2018-\u201f\u2022\u2026]")


def caseless_lower(text: str) -> str | None:
    """``text.lower()`` when a lower-case pattern run on it answers as its case-insensitive twin
    would on ``text`` (ASCII plus caseless punctuation, see `CaselessTest`), else None.

    >>> caseless_lower("Said THE Observatory"), caseless_lower("İstanbul")
    ('said the observatory', None)
    """
    return text.lower() if text.isascii() or CASED.search(text) is None else None


class CaselessTest:
    """A yes/no search for a case-insensitive pattern written in lower-case ASCII, made fast.

    CPython's ``re`` scans several times faster without ``re.IGNORECASE``, so on ASCII text (most
    sentences, and those whose only other characters are caseless punctuation such as curly quotes
    and dashes) the pattern runs case-sensitively on ``text.lower()``, which finds a match exactly
    when the case-insensitive pattern does: lower-casing ASCII changes no word boundary, digit or
    length, and leaves the punctuation alone. Other text keeps the case-insensitive pattern
    (``"İ".lower()`` is two characters, and ``re.IGNORECASE`` matches "ſ" to "s"). The pattern must
    spell its letters in lower case, with no character class of capitals and no ``(?-i:...)``.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.caseless = re.compile(pattern, flags | re.IGNORECASE)
        self.lower_case = re.compile(pattern, flags & ~re.IGNORECASE)
        self.pattern = pattern

    def search(self, text: str) -> bool:
        """Whether the pattern matches somewhere in ``text``, ignoring case."""
        lower = caseless_lower(text)
        if lower is not None:
            return self.lower_case.search(lower) is not None
        return self.caseless.search(text) is not None


#: Cheap prefilter: a sentence without any of these cannot hold a count.
MAY_HAVE_COUNT = CaselessTest(
    rf"\d|n['’]t\b|\b(?:{_UNIT_WORD}|{_SCALE_WORD}|dozens|scores|hundreds|thousands|millions|several|few|handful"
    r"|couple|some|many|numerous|portion|number|part|group\s+of|no|none|not|never|zero|n't|single)\b"
)

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|(?-i:May)|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)

#: Spans that hold digits but are never counts; a count overlapping one is dropped.
EXCLUDED_SPAN = re.compile(
    rf"""
    \b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?      # "October 12", "Oct 12, 2017"
  | \b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b\.?(?:,?\s+\d{{4}})?   # "15 October, 2017"
  | \b{_MONTH}\.?,?\s+\d{{4}}\b                                      # "January 2014"
  | \b\d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}\b                       # "15-11-2017", "2017-10-15"
  | \b\d{{1,2}}[:h]\d{{2}}\b(?:\s*[ap]\.?m\.?)?                     # "05:27", "17h30"
  | \b\d{{1,2}}\.\d{{2}}\s*[ap]\.?m\.?(?!\w)                         # "5.30 pm"
  | \b\d{{1,2}}\s*[ap]\.?m\.?(?!\w)                                 # "5 pm"
  | \b(?:media\s+)?id\s*:?\s*\d+                                    # "Media ID: 55385332"
  | \bnos?\.\s*\d+                                                   # "No. 5"
  | \b(?:number|page|resolution|article|chapter|flight|route|highway|room|code|tel|fax
         |version|vol|volume|issue|item|unit|brigade|division|regiment|battalion|corps)\.?\s*:?\s*\d+
                                                                    # labels and unit numbers
  | \b(?:19|20)\d{{2}}s\b                                           # "the 1980s"
  | \b\d+(?:st|nd|rd|th)\b                                          # ordinals "2nd"
  | https?://\S+ | \S+@\S+                                         # URLs, e-mail addresses
    """,
    _FLAGS,
)

#: Right after a count, words that make it a measure, a duration, a date or money, not a count.
NOT_A_COUNT_AFTER = re.compile(
    rf"""
    [\s\"'“”’]*(?:-|\s+)?(?:of\s+(?:the\s+)?)?
    (?:
        %|per\s*cent\b|percent(?:age)?\b|pct\b                          # "90 percent", "90%"
      | (?:year|month|week|day|hour|minute|min|second|decade|century|night)s?\b   # "six-year", "two years"
      | monthslong\b|yearslong\b
      | (?:km|kms|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|m|cm|mm|feet|ft|inch(?:es)?|yards?
           |square|sq|hectares?|acres?|kg|kilo(?:gram)?s?|tons?|tonnes?|pounds?|lbs?|litres?|liters?
           |barrels?|degrees?|km/h|mph|knots?)\b                        # distances and measures
      | (?:dollars?|euros?|usd|eur|gbp|syrian\s+pounds|lira|liras|riyals?|dinars?|rubles?|roubles?
           |yuan|yen|francs?|bitcoins?)\b                               # money
      | (?:times|fold|o'clock|gmt|utc|am|pm|a\.m\.|p\.m\.)(?!\w)        # "three times", "5 pm"
      | {_MONTH}\b                                                      # "12 October" (date)
      | (?:st|nd|rd|th)\b                                               # ordinal
    )
    """,
    _FLAGS,
)

#: Right before a count, text that makes it money, a label or a model number.
NOT_A_COUNT_BEFORE = re.compile(
    r"""
    (?:
        [$€£¥]\s*|US\$\s*|USD\s*|EUR\s*                                # "$300"
      | \b(?:ID|No|Nos|number|page|resolution|article|chapter|flight|route|highway|room|code
            |tel|fax|phone|version|vol|volume|issue|item|unit)\.?\s*[:#]?\s*   # labels: "ID: 553", "No. 5"
      | \b[A-Za-z]{1,4}-                                                # model names: "Su-24", "T-72"
      | \#\s*                                                           # "#5"
      | \b(?i:aged|age|ages)\s+(?:of\s+)?                              # "aged 12", "the age of eighteen"
      | \b(?i:views|comments|shares|likes|reads|url)\s*:?\s*               # web page counters: "Views 458"
    )$
    """,
    re.VERBOSE,
)

#: Words right before a four-digit number that make it a year ("in 2014", "since 2011").
YEAR_CONTEXT_BEFORE = re.compile(
    r"\b(?:in|since|from|until|till|by|of|year|early|late|mid|during|before|after|between|and|to|the|summer"
    r"|winter|spring|autumn|fall|around)[\s-]+$",
    re.IGNORECASE,
)

#: A denial in front of a positive claim: "she denied ... that some foreign fighters had left".
DENIAL = re.compile(
    r"""
    \b(?:denied|denies|deny|denying          # "denied an earlier comment that some ..."
       |refuted|refutes|refuting             # "refuted reports that some ..."
       |dismissed\s+(?:reports|claims)       # "dismissed reports that some ..."
       |rejected\s+(?:reports|claims)        # "rejected claims that some ..."
    )\b
    """,
    _FLAGS,
)

#: A denial or a "no sign" frame before a noun phrase that has no count word of its own: "denied that
#: *any* foreign fighters had left", "denied reports that foreign fighters were allowed to leave", "no
#: indication that foreign fighters had left". The match ends where the noun phrase starts
#: (``any``: the "any" if written). See `claims._denial_counts`.
DENIAL_FRAME = re.compile(
    r"""
    (?:\b(?:denied|denies|deny|denying|refuted|refutes|dismissed|rejected)
       (?:\s+(?:the\s+)?(?:reports?|claims?|allegations?|suggestions?|rumou?rs?))?
     | \bno\s+(?:indication|evidence|sign)s?)
    [\s\"'“”‘’]+(?:that[\s\"'“”‘’]+)?
    (?:(?P<any>any)\s+)?
    (?=[^\W\d])
    """,
    _FLAGS,
)

#: A negated verb: "did not", "were not allowed to", "have never". What comes right before it may be a
#: bare noun phrase that it denies ("*Foreign fighters* did not leave"); the match ends where the event
#: word should start. See `claims._negated_subjects`.
NEGATED_VERB = re.compile(
    r"""
    \s(?:did|do|does|had|have|has|were|was|are|is)\s*(?:not|n't|never)\s+(?:yet\s+)?
    (?:been\s+)?(?:(?:allowed|able|permitted)\s+to\s+)?
    (?=[^\W\d])
    """,
    _FLAGS,
)
#: Where the clause of a negated verb opens, searched before it: the sentence's start, "that", a comma,
#: a colon or a quotation mark.
CLAUSE_OPENING = re.compile(r"(?:^|\bthat\s+|[,;:\"“”]\s*)(?=[^,;:\"“”]*$)", re.IGNORECASE)

#: A word token: letters/digits with inner hyphens and apostrophes ("foreign-born", "Syria's").
WORD = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?")
#: A token of a sentence: a dotted abbreviation ("U.S.", "U.S.-led"), a `WORD` or one punctuation
#: mark. Head nouns in a categories file are split the same way, so that "men, women and children"
#: is the tokens a sentence gives.
TOKEN = re.compile(rf"(?:[A-Z]\.){{2,}}(?:-{WORD.pattern})?|{WORD.pattern}|[^\w\s]")

#: Right before a count, a death toll that the count completes: "the death toll rose to 12",
#: "put the toll at 58", "a toll of eight", "the death toll from the air raids has risen to".
#: Searched with ``endpos`` at the count's start (``$`` anchors there); no digit or sentence break
#: may sit between the toll and the count, so another number's toll does not carry over.
TOLL_BEFORE = re.compile(
    r"""
    \b(?:(?P<toll>(?:death\s+)?tolls?)             # "toll", "death toll" (the event word)
      | number\s+of\s+(?P<toll_of>[\w-]+)           # "the number of martyrs ... rose to 9": the
    )\b                                            # event word, if it is one, is the noun
    (?:(?!\btolls?\b)[^.;!?\d]){0,100}?             # "from the air raids ... has risen", "climbed"
    \b(?:to|at|of|reached|hit|hits|was|is|stood|stands|passed|exceeded|topped|now)  # the link
    [\s\"'“”‘’]*$
    """,
    _FLAGS,
)

#: Right before a count, "the number of <noun phrase> ... was": the count is of that noun phrase ("the
#: number of Syrian fighters who left was about 180", "put the number of civilians evacuated at
#: 3,000", "the number of martyrs has risen to 41"). Searched with ``endpos`` at the count's start.
NUMBER_OF_BEFORE = re.compile(
    r"""
    \bnumber\s+of\s+(?P<noun>[^.;:!?\d]{1,100}?)     # what is counted, with its relative clause
    [\s,]+(?:
        (?:was|is|were|are|stood|stands|reached|reaches|totalled|totaled|totals|amounted|rose|climbed
          |(?:has|have|had)\s+(?:risen|reached|climbed|gone\s+up|increased))
        (?:\s+(?:estimated|put|now|already|only))?
        (?:\s+(?:at|to|by))?
      | at                                            # "put the number of ... at 3,000"
    )
    [\s"'“”‘’]*$
    """,
    _FLAGS,
)

#: The same frame when the count's own hedge is the verb: "the number of civilians evacuated *did not
#: exceed* 1000".
NUMBER_OF_SUBJECT = re.compile(r"\bnumber\s+of\s+(?P<noun>[^.;:!?\d]{1,100}?)[\s,]*$", _FLAGS)

#: Right before a count, a link that makes it a part of a larger group: "22 civilians, *including*
#: seven children", "43 people, *among them* 10 women", "the dead *included* 11 children". A few
#: words may sit between ("among them three women and *four* children"). Searched with ``endpos``
#: at the count's start (``$`` anchors there). KEEP IN STEP with `PART_AFTER`.
PART_BEFORE = re.compile(
    rf"""
    \b(?:
        includ(?:ing|ed|es|e)                       # "including seven children", "the dead included"
      | among\s+(?:them|whom|those|the\s+(?:dead|victims|killed|wounded|injured))   # "among them 10 women"
      | of\s+(?:them|whom)                          # "of whom three were women"
      | such\s+as                                   # "civilians such as two children"
    )\b
    (?:[\s,]+(?:were|was|are|is)\b)?               # "among the dead were three women"
    (?:[\s,]+(?![\w'’-]*ing\b)[\w'’-]+){{0,3}}?      # up to three words before a second part: "three
                                                  # women and *four* children" (no "-ing" verb:
                                                  # "most of them policemen, and wounding 15 others")
    (?:(?:\s*(?:,\s*(?:and\s+)?|\band\s+)             # a longer list, part by part: "five women *and
         (?:{_NUMBER_DIGITS}|\b{_NUMBER_WORD}|\ban?\b)  # seven* children", "4 women, 3 children *and* 2
       | \s+(?:{_NUMBER_DIGITS}|\b{_NUMBER_WORD})\b)   # men"; a text without commas: "nine men three
       (?:\s+(?!of\b)(?![\w'’-]*ing\b)[\w'’-]+){{0,2}}?   # children and a woman" (each part a number
    ){{0,4}}                                          # and its noun; not "30 *of* the 51")
    (?:\s*(?:,\s*(?:and\s+)?|\band\s+))?
    [\s,:\"'“”‘’]*$
    """,
    _FLAGS,
)

#: Right after a count (or its noun), words that make it a part of a larger group: "seven *of them*
#: children", "11 children *among the dead*", "two women *were among* eight people killed". KEEP IN STEP
#: with `PART_BEFORE`.
PART_AFTER = re.compile(
    r"""
    [\s,]*(?:
        of\s+(?:them|whom|those|the\s+(?:dead|victims|killed|wounded|injured))\b
                                                    # "seven of them children", "three of the dead"
      | (?:and\s+(?:[\w'’-]+\s+){1,3}?)?              # a second part: "two women *and two children*
        (?:(?:were|are|was|is)\s+)?(?:also\s+)?among\b   # were among eight people killed", "11 children
                                                    # among the dead"
    )
    """,
    _FLAGS,
)

# A war, or another long stretch of time, written as such.
_WAR = r"(?:civil\s+)?(?:war|conflict|uprising|revolution|crisis)"
_LONG_PERIOD = r"(?:years?|months|decades?|weeks)"
_YEARS_OLD = r"(?:[a-z]+|\d+)[\s-]+(?:year|month)s?(?:[\s-]+old)?"  # "six-year", "two-year-old"

#: A sentence that gives a running total (a war's, a year's, a campaign's) rather than one
#: event's toll: "the conflict has killed more than 300000 people since 2011", "in the six-year
#: war", "over the past year", "since the end of July". Categories with ``running_total: false``
#: skip such sentences; ``running_total: true`` keeps only them (see the presets). "since
#: Wednesday" is not a running total: a day is within one event's reporting.
RUNNING_TOTAL = re.compile(
    rf"""
    \bsince\s+(?:the\s+)?(?:start|beginning|outbreak|onset|end|middle|eruption)\s+of\b
                                                    # "since the start of the war", "since the end of July"
  | \bsince\s+(?:early\s+|late\s+|mid-?\s*)?(?:{_MONTH}\.?\s+)?(?:19|20)\d\d\b
                                                    # "since 2011", "since March 2011"
  | \bsince\s+(?:{_MONTH})\b(?!\s+\d)              # "since July" (not "since July 3", a date)
  | \bsince\s+(?:the|its|it|they|Syria'?s?|the\s+Syrian)\s+(?:\w+\s+){{0,2}}
        (?:began|begun|started|erupted|broke\s+out|was\s+launched|launched)\b
                                                    # "since the conflict began", "since it started"
  | \bsince\s+(?:the\s+)?(?:\w+[\s-]+)?{_WAR}\b     # "since the war", "since the uprising"
  | \b{_WAR}(?:[\s,]+[^\W\d]+){{0,8}}?[\s,]+(?:has|have|had)\s+
        (?:since\s+|so\s+far\s+|now\s+|already\s+)?(?:killed|claimed|left|cost|taken)\b
                                                    # "the war that has killed", "the conflict in Syria
                                                    # which has lasted five years has killed"
  | \b(?:has|have)\s+(?:since|so\s+far)\s+(?:killed|claimed|left|cost)\b
                                                    # "... and which has since killed", "has so far killed"
  | \bresponsible\s+for\s+the\s+deaths?\s+of\b        # a group's record: "the PKK, responsible for the
                                                    # deaths of nearly 40,000 people"
  | \b(?:killed|claimed|left|cost)\b[^.;]{{0,60}}?\bsince\s+then\b   # a campaign's total: "... since then"
  | \b(?:displaced|uprooted)\s+millions\b
  | \bmillions\s+(?:more\s+|of\s+people\s+|others\s+)?(?:have\s+been\s+|were\s+)?
        (?:displaced|uprooted|made\s+homeless|forced\s+to\s+flee)\b
                                                    # a war's summary: "killed 300000 and displaced millions"
  | \b(?:killed|died|dead|deaths|lives)\s+(?:\w+\s+){{0,2}}(?:in|during|over|throughout)\s+
        (?:the|Syria'?s?|Syrias|a|its)\s+(?:(?:{_YEARS_OLD}|long|brutal|bloody|civil|multi-front)[\s-]+)*
        {_WAR}\b                                    # "have been killed in Syria's six-year war"
  | \b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+)?{_LONG_PERIOD}\b
                                                    # "over the past five years", "in the past year"
  | \b(?:in|during|over|after)\s+(?:the\s+)?(?:\w+|\d+)\s+(?:weeks|months|years)\s+of\s+
        (?:\w+\s+)?(?:fighting|clashes|bombardment|bombing|shelling|air\s*strikes|war|siege|violence)\b
                                                    # "in two weeks of fighting", "after months of siege"
  | \b(?:death\s+toll|toll|total|tally)\s+(?:\w+\s+){{0,3}}?since\b
                                                    # "bringing the death toll since October 7 to"
  | \b(?:so\s+far\s+)?this\s+year\b|\bsince\s+the\s+(?:start|beginning)\s+of\s+the\s+year\b
                                                    # "so far this year"
    """,
    _FLAGS,
)

# Full month names only ("May" capitalised): abbreviations like "mar" or "dec" are words too.
_MONTH_NAME = (
    r"(?:january|february|march|april|(?-i:May)|june|july|august|september|october|november|december)"
)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# An event written as a noun. KEEP IN STEP: `OTHER_EVENT`, `BACKGROUND` and `SCOPE_CONTINUES` use it;
# `SCOPE_TRIGGER` does not (its alternatives stop before the noun), so adding a noun here keeps it a
# necessary condition.
_EVENT_NOUN = (
    r"(?:attacks?|incidents?|strikes?|air\s*strikes?|raids?|air\s*raids?|bombings?|blasts?|explosions?"
    r"|shelling|bombardments?|bombs?|shells?|rockets?|missiles?|mortars?|shootings?"
    r"|developments?|clashes|fighting|battles?|massacres?|ambush(?:es)?|assaults?|offensives?)"
)

_OTHER_EVENT_WORDS = rf"""
    \b(?:meanwhile|elsewhere|separately)\b     # the wire's own words for another event
  | \bin\s+another\s+(?:separate\s+|similar\s+)?{_EVENT_NOUN}\b     # "in another attack"
  | \bin\s+a\s+(?:separate|different|unrelated)\s+{_EVENT_NOUN}\b   # "in a separate strike"
  | \bin\s+(?:a\s+)?(?:separate|unrelated|other|relevant|related)\s+{_EVENT_NOUN}\b
                                                          # "in other developments", "in related
                                                          # developments" (state media's "meanwhile")
  | \bin\s+the\s+same\s+context\b                     # state media's next item: "In the same context"
  | ^[\W]*also\s+(?:on|in)\b                             # "Also on Monday, SANA said ...", "Also in Homs"
"""

#: Another attack told with "also" (searched only in sentences that have the word: see
#: `newscounts.claims.sentence_scope`): "Jets also struck the town of X, where ...", "was also
#: targeted by shelling", victims "also killed" by a cause of their own ("were also killed by regime
#: bombs", "also lost their lives after an improvised explosive device went off"; not "in the strike":
#: the same one), "airstrikes also killed seven civilians in the town of X" (not "the strikes"), a
#: group that "also claimed responsibility for a Thursday attack on two villages".
ALSO_ANOTHER_ATTACK = re.compile(
    rf"""
    \balso\s+(?:[\w-]+\s+){{0,4}}?(?:struck|hit|targeted|shelled|bombed|pounded|raided|attacked|fired
        |launched|clashed)\b
  | \balso\s+(?:claimed|took)\s+(?:responsibility\s+for\s+)?(?:an?|another)\s+
        (?:[\w-]+\s+){{0,3}}?{_EVENT_NOUN}\b
  | \b(?:(?:was|were)\s+also\s+(?:reported\s+)?killed|also\s+(?:lost\s+their\s+lives|died))
        \s+(?:by|in|after|when|during)\s+(?!the\b|th[oe]se\b|this\b|that\b|its?\b)
        (?:[\w-]+\s+){{0,3}}?(?:{_EVENT_NOUN}|devices?|IEDs?)\b
  | (?<!\bthe\s)(?<!\bthese\s)\b(?:air\s*strikes|raids|air\s*raids|shelling|bombardment|rockets|missiles
        |mortars)\s+also\s+killed\b
    """,
    _FLAGS,
)

#: A sentence about *another* event than the one the article reports: "Meanwhile, ...",
#: "Elsewhere in Idlib ...", "In a separate attack ...", `ALSO_ANOTHER_ATTACK`. Searched in the whole
#: sentence (wire copy puts "meanwhile" after the subject too: "Shelling has meanwhile killed ...").
#: Claims there get ``scope == "other_event"`` (see `newscounts.claims`); the headline and the lede
#: never do.
OTHER_EVENT = re.compile(f"{_OTHER_EVENT_WORDS}|{ALSO_ANOTHER_ATTACK.pattern}", _FLAGS)

#: A sentence that recalls an *earlier* event: "earlier this week", "last month", "in June",
#: "in 2016", "two weeks ago", "the attack comes a week after ...". Claims there get
#: ``scope == "background"``. Weekdays are not here: "on Sunday" is the reporting window of
#: the article's own event.
BACKGROUND = re.compile(
    rf"""
    \bearlier\s+(?:this|last|in\s+the)\s+(?:week|month|year)\b    # "earlier this week"
  | \blast\s+(?:week|month|year|{_MONTH_NAME})\b                   # "last month", "last March"
  | \b(?:in|during|since|until|back\s+in)\s+(?:early\s+|late\s+|mid-?\s*)?
        (?:{_MONTH_NAME}\b|(?:19|20)\d\d\b)                         # "in June", "in 2016", "back in March"
  | \bon\s+{_MONTH_NAME}\s+\d{{1,2}}\b                              # "on October 13"
  | \b(?:{_MONTH_NAME})\s+\d{{1,2}}(?:st|nd|rd|th)?\s+{_EVENT_NOUN}\b   # "the October 13 mortar attack"
  | \b(?:\w+|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|before)\b   # "two weeks ago"
  | \b(?:comes?|came)\s+(?:just\s+|only\s+)?(?:\w+\s+){{0,3}}?(?:after|as|amid|days|weeks|months)\b
                                                                    # "the attack comes a week after",
                                                                    # "came as the monitor reported"
  | \b(?:previous|earlier|past|prior)\s+{_EVENT_NOUN}\b               # "in earlier attacks", "previous raids"
  | \bin\s+a\s+similar\s+{_EVENT_NOUN}\b                              # "in a similar attack"
  | \bmost\s+recently\b                                             # "Most recently, the group claimed
                                                                    # an attack that killed 39 people"
  | \b(?:role|involvement|part)\s+in\s+an?\s+(?:[\w-]+\s+){{0,3}}?{_EVENT_NOUN}\b
                                                                    # someone's record: "for her role in
                                                                    # a hotel attack that killed 60"
    """,
    _FLAGS,
)

# OTHER_EVENT and BACKGROUND in one pass (a sentence is checked once); OTHER_EVENT wins where both
# match, as in sentence_scope. Rebuilt from the two patterns above, so it changes with them.
SCOPE_MARKER = re.compile(
    f"(?P<other_event>{_OTHER_EVENT_WORDS})|(?P<background>{BACKGROUND.pattern})", OTHER_EVENT.flags
)

# The month names again, in lower case for `SCOPE_TRIGGER` ("may" stands in for "May").
_MONTH_NAME_LOWER = "january|february|march|april|may|june|july|august|september|october|november|december"

#: The start of every `SCOPE_MARKER` match, written loosely: a sentence without one has no marker, so
#: `newscounts.claims.sentence_scope` skips the long pattern there (most body sentences). Only a
#: necessary condition, never a match of its own. Each alternative starts with a word boundary and
#: a literal, which keeps the scan fast. KEEP IN STEP with `OTHER_EVENT` and `BACKGROUND`: every
#: alternative there must be matched, from some point of it, by one here (`tests/test_patterns.py`
#: checks their examples).
SCOPE_TRIGGER = CaselessTest(
    rf"""
    \b(?:meanwhile|elsewhere|separately)                # OTHER_EVENT: the wire's words
  | \bin\s+(?:another|the\s+same|(?:a\s+)?(?:separate|different|unrelated|other|relevant|related|similar))
                                                        # OTHER_EVENT: "in another attack", "in the same
                                                        # context"; BACKGROUND: "in a similar attack"
  | \balso\s+(?:on|in)\b                                # OTHER_EVENT: "Also on Monday"
  | \blast\s+(?:week|month|year|{_MONTH_NAME_LOWER})    # BACKGROUND: "last month"
  | \b(?:in|during|since|until)\s+(?:early\s+|late\s+|mid-?\s*)?(?:{_MONTH_NAME_LOWER}|(?:19|20)\d\d)
                                                        # BACKGROUND: "in June", "back in 2016"
  | \b(?:{_MONTH_NAME_LOWER})\s+\d                       # BACKGROUND: "on October 13"
  | \b(?:day|week|month|year)s?\s+(?:ago|earlier|before)   # BACKGROUND: "two weeks ago"
  | \b(?:comes?|came|previous|earlier|past|prior)\s     # BACKGROUND: "comes a week after", "earlier this
                                                        # week", "previous raids"
  | \bmost\s+recently                                   # BACKGROUND: "Most recently, ..."
  | \b(?:role|involvement|part)\s+in\s+an?\s           # BACKGROUND: "her role in a hotel attack"
    """,
    re.VERBOSE,
)

#: The opening of a sentence that goes on with the event of the sentence before it: "Among the
#: dead were ...", "The strikes killed ...", "Another 14 people ...". Such a sentence keeps the
#: previous sentence's scope (an "Elsewhere ..." sentence's event goes on in it); any other
#: sentence of a long paragraph goes back to the article's event.
SCOPE_CONTINUES = re.compile(
    rf"""
    [\W]*(?:
        (?:among|of)\s+(?:the|them|those|whom)\b          # "Among the dead", "Of those killed"
      | the\s+(?:dead|victims?|wounded|injured|toll|death\s+toll)\b   # "The dead included"
      | (?:the|these|those|that)\s+(?:[^\W\d][\w.'’-]*\s+){{0,2}}?{_EVENT_NOUN}\b
                                                        # a definite event noun, with up to two words
                                                        # before it: "The strikes killed", "The Russian
                                                        # air raids", "These barrel bombs", "That attack"
      | it\s+(?:also\s+)?(?:killed|wounded|injured|left)\b   # "It killed five"
      | (?:those|they|most|all|another|a\s+further|further|two|three|some)\s+
          (?:of\s+(?:them|those|the)|killed|dead|died|included|more|\d+|were)\b   # "Another 14"
      | (?:\d+|{_UNIT_WORD})\s+of\s+(?:them|those|the)\b    # "Four of the dead", "12 of them"
    )
    """,
    _FLAGS,
)
