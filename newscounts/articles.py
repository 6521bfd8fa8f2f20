"""Read news articles saved as text into `Article` records.

A seed article is the raw text a scraper saved: the story itself surrounded by
page furniture (browser notices, reading-time badges, share buttons, comment
forms, a teaser of the next story, photo captions, site names). This module
decides, line by line, what each part of the file is and returns an `Article`:

* `text` is the decoded file, untouched (line ends are not translated), and
  every offset anywhere in the kit indexes into it, so a figure found in the
  body can be traced back to the exact characters of the file;
* `spans` label the non-blank parts of `text` as ``"headline"``, ``"body"``,
  ``"caption"``, ``"metadata"`` (date, byline, site-name and credit lines) or
  ``"boilerplate"``; the claims engine reads only headline and body;
* each metadata `Field` (headline, outlet, byline, wire, dateline, published,
  published_time, url) says where its value came from: ``"text"`` (with
  offsets), ``"sources.csv"`` (the analyst's side file, used only for what the
  text does not print), ``"given"`` (a headline passed by the caller that the
  text does not contain) or ``"missing"``.

The heuristics are general: they recognise boilerplate by the shape of page
furniture on news sites, never by naming a site, an article or a figure.
Problems with an input file raise `ArticleError` naming the file and what is
wrong; `read_corpus` collects those errors instead of stopping.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import functools
import hashlib
import re
import unicodedata
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .patterns import CaselessTest, caseless_lower

__all__ = [
    "MAX_BYTES",
    "SPAN_KINDS",
    "PROVENANCES",
    "SOURCES_COLUMNS",
    "ArticleError",
    "ArticleWarning",
    "Span",
    "Field",
    "Article",
    "decode_bytes",
    "read_article",
    "parse_article",
    "read_sources",
    "read_corpus",
]

MAX_BYTES = 5 * 1024 * 1024
"""Largest article file read (5 MB). A news story is a few tens of kilobytes;
anything far bigger is a dump, a PDF or a whole site and is refused unread."""

CAPTION_MAX_WORDS = 100  # a longer line closing with a credit is a paragraph, not a caption
SPAN_KINDS = ("headline", "body", "caption", "metadata", "boilerplate")
PROVENANCES = ("text", "sources.csv", "given", "missing")
SOURCES_COLUMNS = ("file", "outlet", "url", "published", "notes")


class ArticleError(Exception):
    """An article file that cannot be read: `.file` is its name, `.reason` one human sentence.

    >>> str(ArticleError("x.txt", "the file is empty"))
    'x.txt: the file is empty'
    """

    def __init__(self, file: str, reason: str):
        super().__init__(file, reason)
        self.file = file
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.file}: {self.reason}"


class ArticleWarning(UserWarning):
    """Something odd but not fatal about an article or sources.csv (also kept in `Article.warnings`)."""


@dataclass(frozen=True)
class Span:
    """A labelled stretch `text[start:end]` of an article."""

    start: int
    end: int
    kind: str  # one of SPAN_KINDS


@dataclass(frozen=True)
class Field:
    """A metadata value and where it came from (offsets into `Article.text` when found there).

    For provenance "text" the printed form is `text[start:end]`; `value` may be
    normalised (an ISO date, a time on the 24-hour clock, an outlet name in the
    spelling of sources.csv when both name the same outlet).
    """

    value: str | None
    provenance: str  # one of PROVENANCES
    start: int | None = None
    end: int | None = None


MISSING = Field(None, "missing")


@dataclass(frozen=True)
class Article:
    """One article: the decoded text, labelled spans and metadata with provenance."""

    id: str
    text: str
    spans: tuple[Span, ...]
    headline: Field = MISSING
    outlet: Field = MISSING
    byline: Field = MISSING
    wire: Field = MISSING
    dateline: Field = MISSING
    published: Field = MISSING
    published_time: Field = MISSING
    url: Field = MISSING
    warnings: tuple[str, ...] = field(default=())

    def spans_of(self, kind: str) -> list[Span]:
        return [span for span in self.spans if span.kind == kind]

    def body_spans(self) -> list[Span]:
        return self.spans_of("body")

    def caption_spans(self) -> list[Span]:
        return self.spans_of("caption")

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]

    @property
    def body(self) -> str:
        """Body spans joined by a blank line (for display and word counts; offsets use `text`)."""
        return "\n\n".join(self.span_text(span) for span in self.body_spans())

    @property
    def words(self) -> int:
        return len(self.body.split())

    @property
    def content_hash(self) -> str:
        """sha256 of the text with line ends and outer whitespace normalised (finds copies)."""
        normalised = "\n".join(line.rstrip() for line in _LINE_END.split(self.text.strip()))
        return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------------------------
# Patterns. Each is matched against one line with its outer whitespace stripped.
# --------------------------------------------------------------------------------------------

_LINE_END = re.compile(r"\r\n|\r|\n")  # "\r\n" first so a CRLF counts as one line end
_OUTER_SPACE = "\ufeff\u200b\u200e\u200f"  # zero-width marks str.strip() keeps

_MONTH = r"""(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?
               |sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"""
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?"
_YEAR = r"(?:19|20)\d{2}"

# A calendar date with day, month and year, as news sites print them.
# DATE_TEXT and _DATE_ORDER_FOR below must change together.
DATE_TEXT = rf"""
    (?:{_WEEKDAY},?\s+)?                                   # optional weekday: "Wed, ", "Fri "
    (?:
        \d{{1,2}}[-/.]\d{{1,2}}[-/.]{_YEAR}                # 15-11-2017, 15/11/2017 (day first)
      | {_YEAR}-\d{{1,2}}-\d{{1,2}}                        # 2017-11-15 (ISO)
      | \d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+{_YEAR}   # 15 October, 2017 / 07 Apr 2017
      | {_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}   # October 15, 2017 / Oct. 12 2017
    )
"""
TIME_TEXT = r"""
    \d{1,2}[:.]\d{2}                      # 05:27
    (?:\s*[ap]\.?\s?m\.?)?                # am / PM / p.m.
    (?:\s*(?:gmt|utc)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)?   # GMT+3
"""

# A line that is only a date (and maybe a time): the article's own date line.
DATE_LINE = re.compile(
    rf"""^
    (?:(?:published|posted|updated|last\s+updated|date)(?:\s+on)?\s*:?\s*)?  # "Published on:"
    (?P<date>{DATE_TEXT})
    (?:\s*(?:,|at|-|–|\||/)?\s*(?P<time>{TIME_TEXT}))?                   # "05:27 AM", "at 9:14"
    \s*$""",
    re.VERBOSE | re.IGNORECASE,
)
# A line of segments like "Washington DC / Wed, November 15, 2017 / 05:17 am".
DATE_LINE_SEPARATOR = re.compile(
    r"""\s+[/|•·]\s+      # spaced slash, bar or bullet
      | \s*\|\s*          # bare bar""",
    re.VERBOSE,
)
TIME_ONLY = re.compile(rf"^(?:at\s+)?(?P<time>{TIME_TEXT})$", re.VERBOSE | re.IGNORECASE)
# A date opening a one-paragraph text (FA-KES style): "Fri 07 Apr 2017 at 0914 Homs ...".
LEADING_DATE = re.compile(  # used with .match(text, start): no "^", which would anchor at offset 0
    rf"""
    (?:(?:posted|published|updated|last\s+updated|date\s+of\s+publication)   # "Posted on "
       (?:\s+(?:on|at))?\s*:?\s*)?
    (?P<date>{DATE_TEXT})
    (?:\s+at\s+(?P<time>\d{{4}}\b|{TIME_TEXT})     # "at 0914", "at 09:14"
      | \s+(?P<clock>\d{{1,2}}:\d{{2}})\b)?          # "21:09"
    \s*[-–—,:]?\s+(?=\S)""",
    re.VERBOSE | re.IGNORECASE,
)
DATE_CANDIDATE = re.compile(rf"\d|\b{_MONTH}", re.VERBOSE | re.IGNORECASE)  # cheap prefilter

# Notices that the reader's browser is old or blocks scripts; the rest of that paragraph goes too.
BROWSER_NOTICE = re.compile(
    r"""
      \b(?:update|upgrade)\s+your\s+browser\b               # "Please update your browser"
    | \bbrowser\b.{0,80}\b(?:out\s+of\s+date|outdated|not\s+supported|unsupported|compatible)\b
    | \bmost\s+popular\s+web\s+browsers\b                   # list of browsers to download
    | \bclick\s+on\s+the\s+icons\b.{0,60}\bdownload\b       # "Just click on the icons ..."
    | \b(?:enable|turn\s+on)\s+javascript\b | \bjavascript\s+is\s+disabled\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A word every `BROWSER_NOTICE` match holds (KEEP IN STEP), tested first as it is much cheaper.
_BROWSER_WORD = CaselessTest(r"browser|icons|javascript")

# Page furniture that is a line of its own.
BOILERPLATE_LINE = re.compile(
    r"""^(?:
        \d{1,3}\s*min(?:ute)?s?\.?\s+read                         # reading-time badge "2 min read"
      | select\s+page | menu | search | home                      # theme navigation labels
      | media\s+id\s*:.*                                          # image-library id "Media ID: 553"
      | skip\s+to\s+(?:main\s+)?content
      | (?:share|tweet|pin|whatsapp|facebook|twitter|linkedin|print|e-?mail)
        (?:\s+(?:on|this|via|article|story)\b.{0,40})?            # share buttons
      | advertisement | sponsored(?:\s+content)? | ad
      | (?:copyright|©|\(c\)).{0,200} | .{0,120}\ball\s+rights\s+reserved\b.{0,80}
      | (?:sign\s+up|subscribe|follow\s+us)\b.{0,80}              # newsletter and social prompts
      | (?:read|see)\s+(?:more|also)\b\s*:?.{0,160}               # "Read more: <other story>"
      | tags?\s*:.{0,200}                                         # tag lists
      | home\s*[>»/|].{0,120}                                     # breadcrumbs
      | .{1,80}\benglish\s+archive\b.{0,40}                       # archive banner on a line of its own
    )$""",
    re.VERBOSE | re.IGNORECASE,
)

# Lines after which nothing belongs to the article: comments, next-story teasers, related links.
TAIL_MARKER = re.compile(
    r"""^(?:[•·*\-–—]\s*)?(?:
        leave\s+a\s+(?:reply|comment)                        # comment form heading
      | (?:post|add|write|show)\s+(?:a\s+|your\s+)?comments?
      | (?:no|\d+)\s+comments?                               # "• no comments", "3 comments"
      | comments?(?:\s*\(\d+\))?
      | (?:next|previous|prev)\s+(?:post|article|story)      # "Next Post" teaser
      | you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in|have\s+missed)
      | read\s+next | up\s+next | more\s+from\b.{0,60}
      | (?:related|recommended|more|latest|popular|trending|most\s+read)
        (?:\s+(?:posts?|articles?|stories|news|reads?|content|topics))?   # related-links blocks
    )\s*:?$""",
    re.VERBOSE | re.IGNORECASE,
)


def _without(pattern: re.Pattern, *alternatives: str) -> re.Pattern:
    """``pattern`` with the given alternatives (exact text of the pattern) taken out."""
    text = pattern.pattern
    for alternative in alternatives:
        assert text.count(alternative) == 1, alternative
        text = text.replace(alternative, "")
    return re.compile(text, pattern.flags)


# BOILERPLATE_LINE's alternatives that run over the line (".{0,120}\ball rights reserved", ".{1,80}\b
# english archive") are the costly ones on a body paragraph; the others fail at its first words. A line
# without their keywords is matched without them (the same answer: the line is anchored at both ends).
_BOILERPLATE_SCANNING = ("reserved", "archive")
_BOILERPLATE_START = _without(
    BOILERPLATE_LINE,
    r" | .{0,120}\ball\s+rights\s+reserved\b.{0,80}",
    r"      | .{1,80}\benglish\s+archive\b.{0,40}",
)


def _boilerplate_line(line: str, lower: str | None) -> bool:
    """``BOILERPLATE_LINE.match(line)`` as a bool; ``lower`` from `patterns.caseless_lower`."""
    if lower is not None and not any(map(lower.__contains__, _BOILERPLATE_SCANNING)):
        return _BOILERPLATE_START.match(line) is not None
    return BOILERPLATE_LINE.match(line) is not None


# Comment-form fields and moderation notices; after some body they also end the article.
COMMENT_FORM = re.compile(
    r"""^(?:
        notice                                                   # moderation notice heading
      | all\s+comments\s+are\s+(?:reviewed|moderated)\b.*
      | .*\breserves\s+the\s+right\s+to\s+(?:delete|remove|edit)\b.*\bcomments?\b.*
      | (?:name|e-?mail|website|comment|verification\s+code|write\s+code|captcha)
        \s*:?\s*\*?\s*(?::\s*)?(?:refresh)?\s*:?                  # "name : *", "write code :"
      | show\s+e-?mail
      | your\s+e-?mail\s+address\s+will\s+not\s+be\s+published.*
      | required\s+fields\s+are\s+marked.*
      | save\s+my\s+name\b.*
      | (?:post|submit)\s+comment
    )$""",
    re.VERBOSE | re.IGNORECASE,
)
# As for BOILERPLATE_LINE: the alternative that runs over the line needs "reserves".
_COMMENT_FORM_START = _without(
    COMMENT_FORM, r"      | .*\breserves\s+the\s+right\s+to\s+(?:delete|remove|edit)\b.*\bcomments?\b.*"
)


def _comment_form(line: str, lower: str | None) -> bool:
    """``COMMENT_FORM.match(line)`` as a bool; ``lower`` from `patterns.caseless_lower`."""
    if lower is not None and "reserves" not in lower:
        return _COMMENT_FORM_START.match(line) is not None
    return COMMENT_FORM.match(line) is not None


def _browser_word(line: str, lower: str | None) -> bool:
    """`_BROWSER_WORD`, with the line already lower-cased when that is exact."""
    if lower is not None:
        return "browser" in lower or "icons" in lower or "javascript" in lower
    return _BROWSER_WORD.search(line)


# "Caption:" (alone: the next line is the caption; with text: this line is).
CAPTION_LABEL = re.compile(r"^(?:caption|photo\s+caption)\s*:\s*(?P<rest>.*)$", re.IGNORECASE)

# A photo credit closing a line: the line is a caption. (Body paragraphs end in punctuation.)
CAPTION_CREDIT = re.compile(
    r"""(?:
        \bPHOTOS?\s*:\s*[A-Z][\w .&/'’-]{1,60}                      # "... PHOTO: REUTERS"
      | \b[A-Z]{2,}(?:\s+PHOTO)?\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}  # "REUTERS/Issam Abdallah"
      | \([^()]{0,60}/[^()]{0,40}\)                                 # "(Agence France-Presse/Stringer)"
      | \((?:[^()]{0,60}\s)?(?:photo|image|pictures?|getty|stringer|file)\b[^()]{0,60}\)  # "(AFP Photo)"
      | \[[A-Z][\w./&'’ -]{0,30}\]                                  # "[AFP]", "[Getty]"
      | \b(?:getty\s+images|ap\s+photo|afp\s+photo)                 # bare credit
    )(?<![.!?])\s*$                                                # "... US/UK." ends a sentence""",
    re.VERBOSE,
)
# One of these sits in every `CAPTION_CREDIT` match (KEEP IN STEP): most lines have none, and a
# substring test is far cheaper than the search.
_CREDIT_MARKS = ("/", "(", "[", "PHOTO", "photo", "getty")
_SENTENCE_STOPS = (".", "!", "?")


def _caption_with_credit(line: str) -> bool:
    """Whether a line is a caption: at most `CAPTION_MAX_WORDS` words closing with a photo credit."""
    # The pattern ends "(?<![.!?])\s*$": a line whose last character is . ! or ? never matches.
    return (
        line[-1:] not in _SENTENCE_STOPS
        and any(mark in line for mark in _CREDIT_MARKS)
        and len(line.split()) <= CAPTION_MAX_WORDS
        and CAPTION_CREDIT.search(line) is not None
    )


# Byline lines.
BYLINE_BY = re.compile(
    r"""^(?:by|written\s+by|posted\s+by|author\s*:|reporting\s+by)\s+    # "By ..."
    (?P<name>[A-Z][^\d\n]{1,100}?)\s*$""",
    re.VERBOSE | re.IGNORECASE,
)
BYLINE_ROLE = re.compile(
    r"""^(?:[•·*]\s*)?
    (?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:Editor|Desk|Staff|Reporter|Correspondent|Writer))$
    """,
    re.VERBOSE,
)  # "FAN Editor", "• News Desk"
# The words a BYLINE_ROLE line ends with (KEEP IN STEP): a line (stripped, so no final line break for
# "$" to stand before) that ends otherwise is not tried.
_BYLINE_ROLE_ENDS = ("Editor", "Desk", "Staff", "Reporter", "Correspondent", "Writer")
BULLET_NAME = re.compile(
    r"^[•·*\-–—]\s*(?P<name>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})$"
)  # "• Jane Doe" in the header, "* Al Arabiya" signature after the body
SOURCE_CREDIT = re.compile(r"^(?:source|sources|via)\s*:\s*(?P<name>[A-Z][\w.'’& -]{1,40})$", re.IGNORECASE)
CREDIT_TRAILER = re.compile(
    r"^\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|translated)\s+by\b.*\)?$", re.IGNORECASE
)  # "(Reporting by ...; Editing by ...)"
URL_LINE = re.compile(r"^(?:url\s*:\s*)?(?P<url>https?://\S+)$", re.IGNORECASE)

# Wire agencies and broadcasters that syndicate copy; used only to read a bare credit line
# ("Reuters", "By AFP") and the "Place - AGENCY -" dateline. Structural credits ("(Reuters) –",
# a trailing "* Name" signature) are read whatever the name.
WIRE_NAME = re.compile(
    r"""^(?:
        reuters | afp | agence\s+france[-\s]presse | ap | associated\s+press | dpa | efe | ansa
      | xinhua | anadolu(?:\s+agency)? | aa | upi | sana | tass | ria(?:\s+novosti)? | irna | qna
      | al\s+arabiya | al\s+jazeera | agencies | news\s+agencies | wires?
    )(?:\s+staff)?$""",
    re.VERBOSE | re.IGNORECASE,
)

# Site names: a short title-case line ending with a newspaper word (checked before the headline).
MASTHEAD = re.compile(
    r"""^(?:The\s+)?(?:[A-Z][\w'’&.-]*\s+){0,3}
    (?:Post|Times|News|Herald|Tribune|Journal|Gazette|Daily|Observer|Guardian|Telegraph|Independent
      |Express|Mail|Chronicle|Monitor|Review|Standard|Star|Sun|Globe|Mirror|Courier|Record|Press
      |Today|Weekly|Insider|Network|Agency|Online|TV|Radio|Dispatch|Inquirer|Examiner|Leader)$""",
    re.VERBOSE,
)
# "ISIS Militants Cleared ... | ASHARQ AL-AWSAT English Archive 2005 -2017": title-tag line.
TITLE_TAG = re.compile(r"^(?P<title>.{12,}?)\s+[|]\s+(?P<site>[^|]{2,80})$")
# Noise after a site name in a title tag.
SITE_SUFFIX_NOISE = re.compile(
    r"""\s+(?:
        (?:english\s+)?archive\b.*              # "English Archive 2005 -2017"
      | (?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}  # bare year range
      | [-–—:]\s*(?:latest|breaking)\b.*         # "- Latest news"
    )$""",
    re.VERBOSE | re.IGNORECASE,
)

# The first body line may open with a dateline: "AIN ISSA, Syria/BEIRUT (Reuters) – ...".
_PLACE = r"[A-Z][A-Za-z.'’]*(?:[ -][A-Z][A-Za-z.'’]*){0,3}"
_PLACES = rf"{_PLACE}(?:,\s*{_PLACE})?(?:\s*/\s*{_PLACE}(?:,\s*{_PLACE})?)*"
DATELINE_CREDIT = re.compile(
    rf"""^(?P<place>{_PLACES})?\s*
    \((?P<wire>[A-Z][\w .&'’-]{{1,40}})\)      # "(Reuters)", "(AFP)"
    \s*[-–—:]+\s+""",
    re.VERBOSE,
)
# "Ammon News - AMMONNEWS - The ..." (outlet credit) or "Beirut - AFP - The ..." (place, wire).
DATELINE_TWO_PARTS = re.compile(
    r"""^(?P<first>[A-Z][\w'’&.]*(?:\s+[A-Z][\w'’&.]*){0,4})\s+[-–—]\s+
    (?P<second>[A-Z0-9][\w.&'’ ]{1,40}?)\s+[-–—]\s+(?=\S)""",
    re.VERBOSE,
)
DATELINE_PLACE = re.compile(
    rf"""^(?P<place>{_PLACE}(?:,\s*{_PLACE})?)   # "Beirut", "BEIRUT, Lebanon"
    \s*[-–—:]+\s+(?=["“'‘A-Z0-9])""",
    re.VERBOSE,
)

# HTML saved as text: refused, because stripping tags would break every offset.
HTML_MARKER = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,200})?/?>")


# --------------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------------


def decode_bytes(data: bytes, file: str = "<bytes>") -> tuple[str, list[str]]:
    """Decode article bytes: UTF-8 (BOM dropped), else cp1252, else latin-1, with a warning.

    Raises `ArticleError` for empty, whitespace-only, binary or HTML input.

    >>> decode_bytes(b"\\xef\\xbb\\xbfCaf\\xc3\\xa9")
    ('Café', [])
    >>> decode_bytes(b"Caf\\xe9 \\x93quoted\\x94")
    ('Café “quoted”', ['<bytes>: not valid UTF-8; decoded as cp1252'])
    >>> decode_bytes(b"a\\x00b")
    Traceback (most recent call last):
    ...
    newscounts.articles.ArticleError: <bytes>: looks like binary data (contains NUL bytes), not article text
    """
    notes: list[str] = []
    if not data:
        raise ArticleError(file, "the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ArticleError(
                file, f"has a UTF-16 byte-order mark but is not valid UTF-16 ({error})"
            ) from None
        notes.append(f"{file}: decoded as UTF-16 (byte-order mark)")
    else:
        if b"\x00" in data:
            raise ArticleError(file, "looks like binary data (contains NUL bytes), not article text")
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
                notes.append(f"{file}: not valid UTF-8; decoded as cp1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
                notes.append(f"{file}: not valid UTF-8 or cp1252; decoded as latin-1")
    _check_text(text, file)
    return text, notes


# Characters no article text holds: controls (Cc) other than \t \n \v \f \r, surrogates (Cs) and
# private-use code points (Co). Unassigned ones (Cn) are counted apart, in _check_text.
_CONTROL = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]"
)

_NON_ASCII = re.compile("[^\x00-\x7f]")


# The printable ASCII characters and \t \n \v \f \r: deleted from a text's ASCII characters, what is left
# are the ones _CONTROL finds among them (\x00-\x08, \x0e-\x1f, \x7f), counted much faster than by the regex.
_ASCII_NOT_CONTROL = bytes(range(0x09, 0x0E)) + bytes(range(0x20, 0x7F))


def _check_text(text: str, file: str) -> None:
    if not text or text.isspace():  # not text.strip(), without the copy
        raise ArticleError(file, "contains only whitespace" if text else "the file is empty")
    sample = text[:20000]
    # len(_CONTROL.findall(sample)), counted apart for ASCII and other characters
    controls = len(sample.encode("ascii", "ignore").translate(None, _ASCII_NOT_CONTROL))
    if not sample.isascii():  # other characters: looked up once per distinct character
        beyond_ascii = set(_NON_ASCII.findall(sample))
        controls += sum(sample.count(ch) for ch in beyond_ascii if _CONTROL.match(ch))
        # unassigned code points (Cn)
        unassigned = [ch for ch in beyond_ascii if unicodedata.category(ch) == "Cn"]
        controls += sum(sample.count(ch) for ch in unassigned)
    if controls > max(3, len(sample) // 20):
        raise ArticleError(
            file,
            f"looks like binary data ({controls} control characters in the first {len(sample)}), "
            "not article text",
        )
    # both patterns open with "<"
    if "<" in sample and (HTML_MARKER.search(sample) or len(HTML_TAG.findall(sample)) >= 10):
        raise ArticleError(
            file,
            "looks like an HTML page, not article text; refused (tags are not stripped, because that "
            "would break character offsets): save the article's text instead",
        )


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4)
def _date_parser(order: str):
    from dateparser.date import DateDataParser  # slow import, only when a date line is found

    return DateDataParser(
        languages=["en"],
        settings={
            "DATE_ORDER": order,
            "STRICT_PARSING": True,  # day, month and year must all be printed
            "PARSERS": ["absolute-time"],  # no "yesterday", no timestamps
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )


def _date_order_for(date_text: str) -> str:
    """Numbers first ("15-11-2017", "15 October") read day first; a month name first reads MDY."""
    return (
        "MDY"
        if re.match(rf"(?:{_WEEKDAY},?\s+)?{_MONTH}\s", date_text, re.VERBOSE | re.IGNORECASE)
        else "DMY"
    )


# The commonest printed dates, "October 15, 2017" and "15 October 2017" (full month name, no weekday
# or time), read without dateparser, which is slow to import and takes about a millisecond per date.
# Exact: dateparser reads every real date of the years DATE_TEXT allows (19xx, 20xx) in these two
# forms (one- or two-digit day) as that date (checked for all of them); an impossible date
# ("February 30, 2017") still goes to dateparser.
_MONTH_NUMBER = {
    name: number
    for number, name in enumerate(
        "January February March April May June July August September October November December".split(), 1
    )
}
_PLAIN_DATE = re.compile(
    rf"(?:(?P<month>{'|'.join(_MONTH_NUMBER)}) (?P<day>[0-9]{{1,2}}), |(?P<day_first>[0-9]{{1,2}}) "
    rf"(?P<month_after>{'|'.join(_MONTH_NUMBER)}) )(?P<year>(?:19|20)[0-9][0-9])"
)


def _plain_date(date_text: str) -> str | None:
    """The ISO date of a `_PLAIN_DATE` that names a real day, else None."""
    match = _PLAIN_DATE.fullmatch(date_text)
    if match is None:
        return None
    month = _MONTH_NUMBER[match.group("month") or match.group("month_after")]
    try:
        return dt.date(
            int(match.group("year")), month, int(match.group("day") or match.group("day_first"))
        ).isoformat()
    except ValueError:
        return None


@functools.lru_cache(maxsize=8192)  # news corpora repeat a few hundred dates; dateparser is the costly part
def parse_date(date_text: str, time_text: str | None = None) -> tuple[str | None, str | None]:
    """Parse a printed date (and time) with dateparser: ISO date "YYYY-MM-DD" and "HH:MM", or Nones.

    >>> parse_date("15-11-2017", "05:27 PM")
    ('2017-11-15', '17:27')
    >>> parse_date("Wed, November 15, 2017")
    ('2017-11-15', None)
    >>> parse_date("11-15-2017")   # impossible day-first, so read month first
    ('2017-11-15', None)
    >>> parse_date("31 February 2017")
    (None, None)
    """
    if not (time_text or "").strip() and (plain := _plain_date(date_text)) is not None:
        return plain, None
    order = _date_order_for(date_text)
    when = None
    time_text = (time_text or "").strip()
    if re.fullmatch(r"\d{4}", time_text):  # "0914" in "at 0914"
        time_text = f"{time_text[:2]}:{time_text[2:]}"
    phrase = f"{date_text} {time_text}".strip()
    for attempt in (order, "MDY" if order == "DMY" else "DMY"):
        when = _date_parser(attempt).get_date_data(phrase).date_obj
        if when is None and time_text:
            when = _date_parser(attempt).get_date_data(date_text).date_obj
            time_text = ""
        if when is not None:
            break
    if when is None:
        return None, None
    return when.date().isoformat(), (when.strftime("%H:%M") if time_text else None)


# --------------------------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------------------------


@dataclass
class _Line:
    start: int  # offsets of the stripped content in the article text
    end: int

    def __post_init__(self) -> None:
        self.kind: str | None = None


# One line: its outer whitespace (what str.strip() drops, which is what \s matches) and the
# zero-width marks str.strip() keeps (_OUTER_SPACE), its content, and its line end (_LINE_END's \r\n,
# \r or \n; other characters str.splitlines() breaks at stay inside a line, as for _LINE_END).
_STRIPPED_LINE = re.compile(
    rf"(?:[^\S\r\n]|[{_OUTER_SPACE}])*+(?P<content>(?:[^\r\n]*[^\s{_OUTER_SPACE}])?)[^\r\n]*(?:\r\n|\r|\n|\Z)"
)


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line's stripped content; blank lines give start == end (at the line's end).

    Lines end at each `_LINE_END`; no line follows a final line end.
    """
    end_of_text = len(text)
    for line in _STRIPPED_LINE.finditer(text):
        yield line.span("content")
        if line.end() == end_of_text:
            break


def _fold(value: str) -> str:
    """Compare headlines and names ignoring case, punctuation and spacing."""
    return " ".join(_WORD_RUN.findall(value.casefold()))


_WORD_RUN = re.compile(r"\w+")


def _same_fold(line: str, folded: str) -> bool:
    """``_fold(line) == folded``, cheaply false for a long line that opens differently.

    casefold and word characters work one character at a time, so the fold of a prefix of ``line`` is a
    prefix of the fold of ``line`` (its last word perhaps cut short).
    """
    if len(line) > 96 and not folded.startswith(_fold(line[:16])):  # a short prefix is cheaper to fold
        return False
    return _fold(line) == folded


def _headline_shaped(line: str) -> bool:
    """Three to 25 words, and not a long sentence ending in a full stop.

    >>> _headline_shaped("Raqqa falls"), _headline_shaped("Five fighters leave Raqqa under a deal")
    (False, True)
    """
    words = line.split()
    if not 3 <= len(words) <= 25:
        return False
    return not (line.endswith(".") and len(words) > 12)


class _Parser:
    """One pass over the lines of one article; fills spans and metadata candidates."""

    def __init__(self, text: str, article_id: str, sources_row: dict | None, headline: str | None):
        self.text = text
        self.id = article_id
        self.row = {k: (v or "").strip() for k, v in (sources_row or {}).items() if isinstance(k, str)}
        self.given_headline = headline.strip() if headline and headline.strip() else None
        self.segments: list[Span] = []
        self.fields: dict[str, Field] = {}
        self.warnings: list[str] = []
        self.seen_body = False
        self.in_tail = False
        self.headline_fold = ""
        self.pending_signature: int | None = None  # segment index of a "* Name" line after the body
        self.outlet_rank = 99  # lower is stronger evidence
        self.byline_rank = 99

    # -- helpers --------------------------------------------------------------------------
    def add(self, start: int, end: int, kind: str) -> None:
        if end > start:
            self.segments.append(Span(start, end, kind))

    def set_field(self, name: str, value: str | None, start: int, end: int, *, replace: bool = False) -> None:
        if value and (replace or name not in self.fields):
            self.fields[name] = Field(value, "text", start, end)

    def set_outlet(self, start: int, end: int, rank: int) -> None:
        name = self.text[start:end].strip(" -–—|:")
        if name and rank < self.outlet_rank:
            self.outlet_rank = rank
            self.set_field("outlet", name, start, start + len(name), replace=True)

    def set_byline(self, name: str, start: int, rank: int) -> None:
        name = name.strip()
        if rank < self.byline_rank:
            self.byline_rank = rank
            self.set_field("byline", name, start, start + len(name), replace=True)
            if WIRE_NAME.match(name):
                self.set_field("wire", name, start, start + len(name))

    def set_date(self, match: re.Match, offset: int) -> bool:
        if "published" in self.fields:
            return True
        time_group = "clock" if "clock" in match.re.groupindex and match.group("clock") else "time"
        day, clock = parse_date(match.group("date"), match.group(time_group))
        if day is None:
            return False
        self.set_field("published", day, offset + match.start("date"), offset + match.end("date"))
        if clock:
            self.set_field(
                "published_time", clock, offset + match.start(time_group), offset + match.end(time_group)
            )
        return True

    # -- line classifiers -------------------------------------------------------------------
    def date_line(self, line: str, start: int) -> bool:
        """A line that is a date, or place / date / time segments; records published and dateline."""
        if len(line) > 120 or not DATE_CANDIDATE.search(line):
            return False
        match = DATE_LINE.match(line)
        if match:
            return self.set_date(match, start)
        parts, position = [], 0
        for sep in DATE_LINE_SEPARATOR.finditer(line):
            parts.append((position, sep.start()))
            position = sep.end()
        parts.append((position, len(line)))
        if len(parts) < 2:
            return False
        date_match, time_match, places = None, None, []
        for a, b in parts:
            piece = line[a:b]
            if (m := DATE_LINE.match(piece)) and date_match is None:
                date_match = (m, a)
            elif (m := TIME_ONLY.match(piece)) and time_match is None:
                time_match = (m, a)
            elif re.fullmatch(_PLACES, piece) and len(piece.split()) <= 4:
                places.append((a, b))
            else:
                return False
        if date_match is None:
            return False
        m, a = date_match
        if "published" not in self.fields:
            day, clock = parse_date(
                m.group("date"), m.group("time") or (time_match and time_match[0]["time"])
            )
            if day is None:
                return False
            self.set_field("published", day, start + a + m.start("date"), start + a + m.end("date"))
            if clock:
                tm, ta = (m, a) if m.group("time") else time_match
                self.set_field(
                    "published_time", clock, start + ta + tm.start("time"), start + ta + tm.end("time")
                )
        for a, b in places[:1]:
            self.set_field("dateline", line[a:b], start + a, start + b)
        return True

    def leading_date(self, start: int, end: int) -> int:
        """Read the date opening a text ("Fri 07 Apr 2017 at 0914 Homs ..."); return where the rest starts."""
        m = LEADING_DATE.match(self.text, start, end)
        if m is None or DATE_LINE.match(self.text[start:end]) or not self.set_date(m, 0):
            return start
        self.add(start, start + len(m.group().rstrip()), "metadata")
        return m.end()

    def first_body_line(self, start: int, end: int) -> int:
        """Read a dateline, wire credit, outlet credit or leading date; return where the prose starts."""
        line = self.text[start:end]
        if m := DATELINE_CREDIT.match(line):
            self.set_field("wire", m.group("wire").strip(), start + m.start("wire"), start + m.end("wire"))
            if m.group("place"):
                self.set_field("dateline", m.group("place"), start + m.start("place"), start + m.end("place"))
        elif m := DATELINE_TWO_PARTS.match(line):
            first, second = m.group("first"), m.group("second").strip()
            if re.sub(r"\W", "", first).upper() == re.sub(r"\W", "", second).upper():
                self.set_outlet(start + m.start("first"), start + m.end("first"), rank=3)  # "Name - NAME -"
            elif WIRE_NAME.match(second):
                self.set_field(
                    "wire", second, start + m.start("second"), start + m.start("second") + len(second)
                )
                self.set_field("dateline", first, start + m.start("first"), start + m.end("first"))
        elif m := DATELINE_PLACE.match(line):
            self.set_field("dateline", m.group("place"), start + m.start("place"), start + m.end("place"))
        return start

    def caption(self, start: int, end: int) -> None:
        """A caption that opens with the headline (an image title) keeps the headline part apart."""
        headline = self.fields.get("headline")
        if headline and headline.provenance == "text":
            printed = self.text[headline.start : headline.end]
            if self.text.startswith(printed, start) and end - start > len(printed):
                self.add(start, start + len(printed), "boilerplate")
                start += len(printed)
                while start < end and self.text[start].isspace():
                    start += 1
        self.add(start, end, "caption")

    # -- the pass ---------------------------------------------------------------------------
    def run(self) -> None:
        text = self.text
        lines = list(_lines(text))
        # a line ending in . ! or ? is no caption (see _caption_with_credit): most lines, not sliced
        credit_caption = [
            b > a and text[b - 1] not in _SENTENCE_STOPS and _caption_with_credit(text[a:b]) for a, b in lines
        ]
        nonblank = [i for i, (a, b) in enumerate(lines) if b > a]
        next_nonblank = {i: j for i, j in zip(nonblank, nonblank[1:], strict=False)}
        caption_next = False
        notice_paragraph = False
        # caseless_lower of each line is this slice when the whole text has it (it lowers character by
        # character then, offsets unchanged); else each line is tried on its own
        text_lower = caseless_lower(text)
        for index, (start, end) in enumerate(lines):
            if start == end:
                notice_paragraph = False
                continue
            if index == nonblank[0]:
                start = self.leading_date(start, end)
            line = text[start:end]
            following = next_nonblank.get(index)
            if self.in_tail:
                self.add(start, end, "boilerplate")
                caption_next = False
                continue
            lower = text_lower[start:end] if text_lower is not None else caseless_lower(line)
            if TAIL_MARKER.match(line) or _comment_form(line, lower):
                self.in_tail = self.seen_body  # before the body: a menu
                self.add(start, end, "boilerplate")
            elif notice_paragraph or (
                len(line) < 300 and _browser_word(line, lower) and BROWSER_NOTICE.search(line)
            ):
                notice_paragraph = True
                self.add(start, end, "boilerplate")
            elif m := CAPTION_LABEL.match(line):
                if m.group("rest"):
                    self.add(start, start + m.start("rest"), "boilerplate")
                    self.caption(start + m.start("rest"), end)
                else:
                    self.add(start, end, "boilerplate")
                    caption_next = True
                continue
            elif caption_next or credit_caption[index]:
                self.caption(start, end)
            elif (
                following is not None
                and credit_caption[following]
                and len(line.split()) >= 4
                and text.startswith(line, lines[following][0])
            ):
                self.add(start, end, "caption")  # image alt text repeated by the full caption below
            elif _boilerplate_line(line, lower):
                self.add(start, end, "boilerplate")
            elif m := URL_LINE.match(line):
                self.set_field("url", m.group("url"), start + m.start("url"), start + m.end("url"))
                self.add(start, end, "metadata")
            elif self.date_line(line, start):
                self.add(start, end, "metadata")
            elif m := BYLINE_BY.match(line):
                if len(m.group("name").split()) <= 10:
                    self.set_byline(m.group("name"), start + m.start("name"), rank=1)
                    self.add(start, end, "metadata")
                else:
                    self.body_line(start, end)
            elif line.endswith(_BYLINE_ROLE_ENDS) and (m := BYLINE_ROLE.match(line)):
                self.set_byline(m.group("name"), start + m.start("name"), rank=2)
                self.add(start, end, "metadata")
            elif CREDIT_TRAILER.match(line):
                self.add(start, end, "metadata")
            elif m := SOURCE_CREDIT.match(line):
                name = m.group("name").strip()
                self.set_field("wire", name, start + m.start("name"), start + m.start("name") + len(name))
                self.add(start, end, "metadata")
            elif self.seen_body and "wire" not in self.fields and (m := BULLET_NAME.match(line)):
                # "* Agency" signing off the story; if more body follows it was a list item (body_line).
                self.set_field("wire", m.group("name"), start + m.start("name"), start + m.end("name"))
                self.pending_signature = len(self.segments)
                self.add(start, end, "metadata")
            elif WIRE_NAME.match(line):
                self.set_field("wire", line, start, end)
                self.add(start, end, "metadata")
            elif not self.seen_body and (m := BULLET_NAME.match(line)):
                self.set_byline(m.group("name"), start + m.start("name"), rank=2)
                self.add(start, end, "metadata")
            elif not self.seen_body and self.header_line(line, start, end):
                pass
            elif self.headline_fold and _same_fold(line, self.headline_fold):
                self.add(start, end, "boilerplate")  # the headline printed again
            else:
                self.body_line(start, end)
            caption_next = False

    def header_line(self, line: str, start: int, end: int) -> bool:
        """Site-name lines and the headline, before the body starts."""
        has_headline = "headline" in self.fields
        outlet_hint = self.row.get("outlet", "")
        segments = [part.strip() for part in line.split("|")]
        if len(segments) >= 2 and all(0 < len(part.split()) <= 4 for part in segments):
            site = line.rstrip().rsplit("|", 1)[1]
            site_start = end - len(site) + (len(site) - len(site.lstrip()))
            self.set_outlet(site_start, end, rank=2)  # navigation bar "Section | Site"
            self.add(start, end, "metadata")
            return True
        if not has_headline and (m := TITLE_TAG.match(line)) and _headline_shaped(m.group("title")):
            self.set_field("headline", m.group("title").strip(), start, start + m.end("title"))
            self.headline_fold = _fold(m.group("title"))
            self.add(start, start + m.end("title"), "headline")
            site = SITE_SUFFIX_NOISE.sub("", m.group("site")).strip()
            if site:
                self.set_outlet(start + m.start("site"), start + m.start("site") + len(site), rank=1)
            self.add(start + m.start("site"), end, "metadata")
            return True
        if not has_headline and (MASTHEAD.match(line) or (outlet_hint and _fold(line) == _fold(outlet_hint))):
            self.set_outlet(start, end, rank=1)
            self.add(start, end, "metadata")
            return True
        if not has_headline and len(line.split()) < 3 and line[-1] not in '.!?"”':
            self.add(start, end, "boilerplate")  # a section label above the headline: "World", "Middle East"
            return True
        if not has_headline and _headline_shaped(line):
            self.set_field("headline", line, start, end)
            self.headline_fold = _fold(line)
            self.add(start, end, "headline")
            return True
        return False

    def body_line(self, start: int, end: int) -> None:
        if self.pending_signature is not None:
            signature = self.segments[self.pending_signature]
            self.segments[self.pending_signature] = Span(signature.start, signature.end, "body")
            del self.fields["wire"]
            self.pending_signature = None
        if not self.seen_body:
            self.seen_body = True
            start = self.first_body_line(start, end)
        self.add(start, end, "body")

    # -- assembling ---------------------------------------------------------------------------
    def spans(self) -> tuple[Span, ...]:
        """Segments in order, consecutive body lines (no blank line between) merged into one span."""
        merged: list[Span] = []
        for span in sorted(self.segments, key=lambda s: (s.start, s.end)):
            if merged and merged[-1].kind == span.kind == "body":
                between = self.text[merged[-1].end : span.start]
                if len(_LINE_END.findall(between)) == 1 and not between.strip():
                    merged[-1] = Span(merged[-1].start, span.end, "body")
                    continue
            merged.append(span)
        return tuple(merged)

    def apply_given_headline(self, spans: tuple[Span, ...]) -> tuple[Span, ...]:
        """A headline passed by the caller: find it in the text (a line, or the opening of the body)."""
        given = self.given_headline
        if not given:
            return spans
        found = self.fields.get("headline")
        # A title from a corpus column may carry the site's suffix: "Headline - Region - World - Site".
        candidates = [given] + [part for part in re.split(r"\s+[|–—-]\s+", given)[:1] if part != given]
        if found and any(_fold(found.value or "") == _fold(candidate) for candidate in candidates):
            return spans
        for candidate in candidates:
            for index, span in enumerate(spans):
                piece = self.text[span.start : span.end]
                if span.kind not in ("body", "headline") or not piece.casefold().startswith(
                    candidate.casefold()
                ):
                    continue
                cut = span.start + len(candidate)
                self.fields["headline"] = Field(self.text[span.start : cut], "text", span.start, cut)
                rest = cut
                while rest < span.end and (self.text[rest].isspace() or self.text[rest] in ".:-–—"):
                    rest += 1
                replacement = [Span(span.start, cut, "headline")]
                if rest < span.end:
                    replacement.append(Span(rest, span.end, "body"))  # a one-line text: the rest is body
                # The headline found here replaces any line taken for a headline by its shape.
                kept = [Span(s.start, s.end, "body") if s.kind == "headline" else s for s in spans[:index]]
                return tuple(kept) + tuple(replacement) + spans[index + 1 :]
        self.fields["headline"] = Field(given, "given")
        return spans

    def sources_fields(self) -> None:
        """Fill from sources.csv what the text does not print; use its spelling of a printed outlet."""
        outlet = self.row.get("outlet", "")
        printed = self.fields.get("outlet")
        if outlet and printed is None:
            self.fields["outlet"] = Field(outlet, "sources.csv")
        elif (
            outlet
            and printed
            and _fold(printed.value or "").removeprefix("the ") == _fold(outlet).removeprefix("the ")
        ):
            self.fields["outlet"] = Field(outlet, "text", printed.start, printed.end)
        if self.row.get("url") and "url" not in self.fields:
            self.fields["url"] = Field(self.row["url"], "sources.csv")
        published = self.row.get("published", "")
        if published and "published" not in self.fields:
            if _iso_date(published):
                self.fields["published"] = Field(published, "sources.csv")
            else:
                self.warnings.append(
                    f"{self.id}: sources.csv published value {published!r} is not a YYYY-MM-DD date; ignored"
                )


def _iso_date(value: str) -> bool:
    """True for a real calendar date written YYYY-MM-DD.

    >>> _iso_date("2017-10-15"), _iso_date("2017-02-30"), _iso_date("15/10/2017")
    (True, False, False)
    """
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def parse_article(
    text: str, article_id: str, sources_row: dict | None = None, *, headline: str | None = None
) -> Article:
    """Label the parts of an article's decoded text and read its metadata.

    `sources_row` is the article's row of sources.csv (keys outlet, url,
    published); it fills only what the text does not print. `headline` is a
    title known from elsewhere (a corpus column) for texts without structure.
    Raises `ArticleError` only for text that is blank.

    >>> a = parse_article("Jakarta Post\\n\\nSome headline here\\n\\nBEIRUT (AFP) - Two men said 5 died.\\n",
    ...                   "x.txt")
    >>> a.headline.value, a.outlet.value, a.wire.value, a.dateline.value, a.published.provenance
    ('Some headline here', 'Jakarta Post', 'AFP', 'BEIRUT', 'missing')
    >>> a.body
    'BEIRUT (AFP) - Two men said 5 died.'
    >>> b = parse_article("12 February 2015 Casualties mount in Ghouta. More than 120 people died.", "y",
    ...                   headline="Casualties mount in Ghouta")
    >>> b.published.value, b.headline.provenance, b.body
    ('2015-02-12', 'text', 'More than 120 people died.')
    >>> c = parse_article("A title line\\r\\n\\r\\nThe body.\\r\\nNext Post\\r\\nOther story", "z",
    ...                   {"outlet": "X"})
    >>> [c.span_text(s) for s in c.spans if s.kind in ("headline", "body")], c.outlet
    (['A title line', 'The body.'], Field(value='X', provenance='sources.csv', start=None, end=None))
    """
    if not text or not text.strip():
        raise ArticleError(article_id, "contains no text" if not text else "contains only whitespace")
    parser = _Parser(text, article_id, sources_row, headline)
    parser.run()
    spans = parser.apply_given_headline(parser.spans())
    parser.sources_fields()
    fields = parser.fields
    return Article(
        id=article_id,
        text=text,
        spans=spans,
        headline=fields.get("headline", MISSING),
        outlet=fields.get("outlet", MISSING),
        byline=fields.get("byline", MISSING),
        wire=fields.get("wire", MISSING),
        dateline=fields.get("dateline", MISSING),
        published=fields.get("published", MISSING),
        published_time=fields.get("published_time", MISSING),
        url=fields.get("url", MISSING),
        warnings=tuple(parser.warnings),
    )


def read_article(path: str | Path, sources_row: dict | None = None) -> Article:
    """Read one article file (at most MAX_BYTES); raise `ArticleError` naming the file and the problem."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ArticleError(name, f"no such file: {path}") from None
    except OSError as error:
        raise ArticleError(name, f"cannot read the file ({error.strerror or error})") from None
    if not path.is_file():
        raise ArticleError(name, "is not a regular file")
    if size > MAX_BYTES:
        raise ArticleError(
            name,
            f"is {size / 1024 / 1024:.1f} MB, above the {MAX_BYTES // 1024 // 1024} MB limit for one "
            "article; not read (is it really one article's text?)",
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ArticleError(name, f"cannot read the file ({error.strerror or error})") from None
    text, notes = decode_bytes(data, name)
    article = parse_article(text, name, sources_row)
    all_notes = tuple(notes) + article.warnings
    for note in all_notes:
        warnings.warn(note, ArticleWarning, stacklevel=2)
    if notes:
        article = dataclasses.replace(article, warnings=all_notes)
    return article


def read_sources(path: str | Path) -> tuple[dict[str, dict], list[str]]:
    """Read sources.csv (columns file, outlet, url, published, notes): rows by file name, warnings.

    A missing file gives no rows and no warning (the side file is optional).
    Bad rows are reported and skipped; a malformed published date is reported
    and blanked.
    """
    path = Path(path)
    rows: dict[str, dict] = {}
    problems: list[str] = []
    if not path.exists():
        return rows, problems
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as error:
        return rows, [f"{path.name}: cannot read ({error.strerror or error}); ignored"]
    with handle:
        try:
            reader = csv.DictReader(handle)
            header = [name.strip() for name in reader.fieldnames or []]
            if "file" not in header:
                return rows, [f"{path.name}: no 'file' column (header is {header}); ignored"]
            unknown = [name for name in header if name not in SOURCES_COLUMNS]
            if unknown:
                problems.append(f"{path.name}: unknown columns {unknown} ignored")
            for number, raw in enumerate(reader, start=2):
                row = {
                    (key or "").strip(): (value or "").strip() if isinstance(value, str) else ""
                    for key, value in raw.items()
                }
                file = row.get("file", "")
                if not file:
                    if any(row.values()):
                        problems.append(f"{path.name} row {number}: no file name; row ignored")
                    continue
                if file in rows:
                    problems.append(f"{path.name} row {number}: {file} listed again; later row ignored")
                    continue
                published = row.get("published", "")
                if published and not _iso_date(published):
                    problems.append(
                        f"{path.name} row {number} ({file}): published {published!r} is not a "
                        "YYYY-MM-DD date; value ignored"
                    )
                    row["published"] = ""
                rows[file] = {column: row.get(column, "") for column in SOURCES_COLUMNS}
        except (csv.Error, UnicodeDecodeError) as error:
            problems.append(f"{path.name}: cannot parse as CSV ({error}); rows after the error ignored")
    return rows, problems


def read_corpus(folder: str | Path) -> tuple[list[Article], list[ArticleError]]:
    """Read every *.txt article in `folder` (with its sources.csv if present).

    Returns the articles sorted by id and one `ArticleError` per file skipped
    (unreadable, or a copy of an earlier file). Warnings about sources.csv are
    issued as `ArticleWarning`. Raises `FileNotFoundError` only when `folder`
    is not a folder.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"article folder not found: {folder}")
    sources, problems = read_sources(folder / "sources.csv")
    files = sorted(path for path in folder.glob("*.txt") if path.is_file())
    names = {path.name for path in files}
    unknown = [name for name in sources if name not in names]
    if unknown:
        problems.append(f"sources.csv names files that are not in {folder.name}/: {', '.join(unknown)}")
    for problem in problems:
        warnings.warn(problem, ArticleWarning, stacklevel=2)
    articles: list[Article] = []
    errors: list[ArticleError] = []
    first_by_hash: dict[str, str] = {}
    for path in files:
        try:
            article = read_article(path, sources.get(path.name))
        except ArticleError as error:
            errors.append(error)
            continue
        digest = article.content_hash
        if digest in first_by_hash:
            errors.append(
                ArticleError(
                    path.name,
                    f"is a duplicate of {first_by_hash[digest]} (same text, sha256 {digest[:12]}); skipped",
                )
            )
            continue
        first_by_hash[digest] = path.name
        articles.append(article)
    return sorted(articles, key=lambda article: article.id), errors
