"""Who said it and when: attribute a count in a news article to its speaker.

A count in a news story is either stated by the outlet itself ("About 3,000
civilians left the city.") or attributed to someone: a person ("SDF spokesman
Karim Haddad told Reuters that ..."), a title ("the spokesman said"), a
pronoun ("..., he said."), or an organisation ("the coalition estimated that
...", "according to the UN"). :func:`attribute` finds that speaker for one
count, normalises the speaker's organisation through the aliases table
``presets/organisations.yaml`` (data, not code) and dates the statement with
:mod:`newscounts.dates`.

How it works, in two passes over an article (cached per article text):

1. Every sentence of every body paragraph is scanned for *reporting events*:
   a reporting verb (``REPORTING_VERB``) with its speaker, found before the
   verb ("X said", "X, a senior member of Y, said", "a spokesman for Y, X, said"), after it
   (``"...," said X``), after "according to", or between "quoted" and "as
   saying". Quoted spans are found per paragraph; verbs inside quotes are
   ignored. Ranks and initials ("said Lt. Col. Jo S. Lee"), an age ("Jo Lee,
   45, said"), an acronym in the title ("(SDF), Jo Lee, said") and a relative
   clause ("Elders who brokered the deal told", "drivers interviewed by the
   BBC said") do not hide the speaker; a headline credit is an organisation
   or a role ("Kurdish official: ...", "...: local sources").
   People introduced with a name get an entry in a per-article table
   with the organisation and role inferred from the title phrase around the
   name ("SDF spokesman ...", "..., head of the Raqqa Civil Council").
2. Events are then resolved in reading order: "he"/"she" to the last person
   who spoke, "it"/"they" to the last organisation or group, a surname (with a
   small spelling tolerance) or a definite title ("the spokesman") to the
   person in the table ("the colonel" also to a name with that rank); a
   definite title with no holder ("The official said") takes the organisation
   of the latest nameless speaker with that role ("An SDF official").

For one count: inside a direct quote (not a scare quote of a few words in
the reporter's sentence), the count belongs to the quote's
attribution (right after the quote closes, or right before it opens, even in
another sentence of the paragraph); outside quotes, to the nearest reporting
event before it in the sentence, else to a trailing attribution after it
(", a local official said."); with none, the speaker is empty (the outlet
states the count itself).

The statement date is resolved only from date words of the reporting clause
("said Tuesday", "told AFP on Sunday", "On Sunday, X said", "Speaking to
reporters yesterday, X said"), never from the
reported content ("... left the city on October 14"); without such words it
falls back to the published date (basis "published").
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from bisect import bisect_left, bisect_right
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache

import yaml

from newscounts.dates import DATE_WORDS, find_date_words, parse_published, resolve_statement_date
from newscounts.numbers import words_pattern
from newscounts.paths import PRESETS
from newscounts.patterns import caseless_lower

__all__ = [
    "Attribution",
    "REPORTING_VERB",
    "attribute",
    "attribute_article",
    "normalise_org",
    "org_of_speaker",
    "sentences",
]

ORGANISATIONS_YAML = PRESETS / "organisations.yaml"


@dataclass(frozen=True)
class Attribution:
    """Who the article says stated a count, and when.

    ``speaker`` is as named in the article ("" when the outlet states the count
    itself); ``speaker_org`` the canonical organisation from
    ``organisations.yaml``; ``verb`` the reporting verb or phrase found;
    ``statement_date`` an ISO date with ``statement_date_basis`` "text" (from
    the article's words: the reporting clause, or else the same speaker's earlier
    statement in the article that names its day), "published" (fell back to the
    published date) or ""
    (unknown); ``outlet_told`` the outlet in "told Reuters". Extras:
    ``in_quote`` when the count is inside a direct quote, and
    ``speaker_basis`` how the speaker was found ("named", "pronoun",
    "surname", "title", "organisation", "continuing quote" or "").
    """

    speaker: str
    speaker_org: str
    verb: str
    statement_date: str
    statement_date_basis: str
    outlet_told: str = ""
    in_quote: bool = False
    speaker_basis: str = ""


# --------------------------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------------------------

# Words that end with a full stop without ending the sentence. Titles and months
# never end a sentence here; multi-letter initialisms (U.S., a.m.) end one only
# when the next word is a typical sentence opener (see _SENTENCE_OPENERS).
_TITLE_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof col lt gen maj brig capt cpt sgt cpl adm gov sen rep rev st mt no nos vs
    jan feb mar apr jun jul aug sep sept oct nov dec jr sr inc ltd co corp dept fig approx est""".split()
)
_SENTENCE_OPENERS = frozenset(
    """the a an he she it they we i but and in on at this that these those there its his her their
    however meanwhile also after before when while some many most one two three""".split()
)

_LINE = re.compile(r"[^\r\n]+")
_SENTENCE_END = re.compile(
    r"""
    (?P<stop> \.{3} | … | [.!?]+ )          # full stop, ?, !, or an ellipsis
    (?P<close> [\"'”’»)\]]* )               # closing quotes/brackets stay with the sentence
    (?= \s+ [\"“‘«(\[]* [A-Z0-9] )          # next sentence opens with a capital or a digit
    """,
    re.VERBOSE,
)
# Every _SENTENCE_END match opens with one of these: matching at each of them (skipping those inside
# the previous match) finds what finditer finds, without trying the pattern at every character.
_STOP_CHAR = re.compile(r"[.!?…]")
_NEXT_WORD = re.compile(r"\s+[\"“‘«(\[]*(\w+)")
_QUOTE_CHARS = re.compile(r"[\"“”«»]")


def _quote_open_at(line: str, position: int) -> bool:
    """Whether a double quote is open at ``position`` of ``line`` (straight quotes toggle)."""
    depth = 0
    straight = False
    for mark in _QUOTE_CHARS.findall(line, 0, position):
        if mark == '"':
            straight = not straight
        elif mark in "“«":
            depth += 1
        elif depth:
            depth -= 1
    return straight or depth > 0


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans within ``text[start:end]``, as absolute ``(start, end)`` offsets, whitespace trimmed.

    Line breaks always end a sentence. A full stop after a title or month
    abbreviation (Col., Dr., Oct.) does not; after an initialism (U.S., a.m.)
    only when a typical sentence opener follows. An ellipsis inside an open
    quote does not end the sentence.

    >>> text = 'Col. Jo Lee said the U.S. force left at 9 a.m. Oct. 3. "We saw... Raqa burn," he said.'
    >>> [text[s:e] for s, e in sentences(text)]
    ['Col. Jo Lee said the U.S. force left at 9 a.m. Oct. 3.', '"We saw... Raqa burn," he said.']
    >>> text = "It was backed by the U.S. The UN said so!  Why? Nobody knows.\\nNext line"
    >>> [text[s:e] for s, e in sentences(text)]
    ['It was backed by the U.S.', 'The UN said so!', 'Why?', 'Nobody knows.', 'Next line']
    >>> sentences("  Two words.  ", 0)
    [(2, 12)]
    """
    return list(_sentences_cached(text, start, len(text) if end is None else end))


# claims.py splits each span into sentences, then the article analysis splits every body span
# again: remember the last few articles' spans (a str caches its hash, so the key is cheap).
@lru_cache(maxsize=128)
def _sentences_cached(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text, start, end):
        line_start, line_end = line.span()
        line_text = line.group()
        cut = 0
        resume = 0
        for candidate in _STOP_CHAR.finditer(line_text):
            if candidate.start() < resume:
                continue
            match = _SENTENCE_END.match(line_text, candidate.start())
            if match is None:
                continue
            resume = match.end()
            stop = match.group("stop")
            if stop in ("...", "…"):
                if _quote_open_at(line_text, match.start()):
                    continue
            elif stop == ".":
                space = max(
                    line_text.rfind(" ", cut, match.start()), line_text.rfind("\t", cut, match.start())
                )
                word = line_text[max(space + 1, cut) : match.start() + 1].lower().strip("\"'“‘(")
                stem = word[:-1]
                if stem in _TITLE_ABBREVIATIONS or (len(stem) == 1 and stem.isalpha()):
                    continue
                if "." in stem:  # an initialism such as u.s. or a.m.
                    following = _NEXT_WORD.match(line_text, match.end())
                    if not following or following.group(1).lower() not in _SENTENCE_OPENERS:
                        continue
            _append_trimmed(spans, text, line_start + cut, line_start + match.end())
            cut = match.end()
        _append_trimmed(spans, text, line_start + cut, line_end)
    return tuple(spans)


def _append_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def _quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Direct quotes in ``text[start:end]`` (one paragraph), including their quote marks.

    Curly quotes pair by direction, straight quotes alternate. A quote still
    open at the end of the paragraph runs to its end (the news convention for
    quotes continued in the next paragraph).
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for match in _QUOTE_CHARS.finditer(text, start, end):
        mark = match.group()
        position = match.start()
        if open_at is None:
            if mark in '"“«':
                open_at = position
        elif mark == '"' and _looks_like_opener(text, position, start, end):
            open_at = position  # a straight quote that opens: the earlier one was never closed
        elif mark in '"”»':
            spans.append((open_at, position + 1))
            open_at = None
        elif mark in "“«":  # a new opener: the earlier one was never closed
            open_at = position
    if open_at is not None and end - open_at <= _LONGEST_OPEN_QUOTE:
        spans.append((open_at, end))
    return spans


# An unclosed quote longer than this is a stray mark, not a quote continued in the next paragraph.
_LONGEST_OPEN_QUOTE = 1200


def _looks_like_opener(text: str, position: int, start: int, end: int) -> bool:
    before = text[position - 1] if position > start else " "
    after = text[position + 1] if position + 1 < end else " "
    return (before.isspace() or before in "([") and not after.isspace() and after not in ".,;:!?)"


# --------------------------------------------------------------------------------------------
# Organisations
# --------------------------------------------------------------------------------------------


# A word of an organisation's name; a possessive "'s" is a word of its own, so "Hezbollah's media
# unit" finds Hezbollah while "Hay'at Tahrir al-Sham" stays whole.
_ORG_TOKEN = re.compile(r"['’]s\b|\w(?:(?:[\w.&-]|['’](?!s\b))*\w)?")
_POSSESSIVE = frozenset(("'s", "’s"))


@dataclass(frozen=True)
class _OrgTable:
    """Aliases as token tuples: capitals-only ones matched exactly, the rest case-folded."""

    exact: dict[tuple[str, ...], str]
    folded: dict[tuple[str, ...], str]
    exact_lengths: dict[str, tuple[int, ...]]  # first word -> alias lengths in words, longest first
    folded_lengths: dict[str, tuple[int, ...]]


def _org_key(phrase: str) -> tuple[str, ...]:
    return tuple(token.replace("’", "'") for token in _ORG_TOKEN.findall(phrase))


# The active categories file's own organisations, ahead of the shipped table, and its people (see
# `organisations_in_use`).
_EXTRA_ORGANISATIONS: tuple[tuple[str, tuple[str, ...]], ...] = ()
_EXTRA_PEOPLE: tuple[tuple[str, tuple[str, ...]], ...] = ()
_PEOPLE_ORGS: dict[tuple[str, ...], str] = {}  # a listed person's name tokens -> their organisation


@contextmanager
def organisations_in_use(
    extra: tuple[tuple[str, tuple[str, ...]], ...], people: tuple[tuple[str, tuple[str, ...]], ...] = ()
):
    """Within the block, a categories file's own organisations ((canonical name, aliases) pairs) are
    part of the aliases table, ahead of ``organisations.yaml`` (an alias listed there wins), and its
    people ((organisation, names) pairs) give a speaker of that name their organisation.

    `newscounts.claims.extract_claims` runs in one for its categories; the tables before are back
    after it, so `normalise_org` and `attribute` outside never see a file's own organisations.
    """
    previous = _EXTRA_ORGANISATIONS, _EXTRA_PEOPLE
    _use_organisations(extra, people)
    try:
        yield
    finally:
        _use_organisations(*previous)


def _use_organisations(
    extra: tuple[tuple[str, tuple[str, ...]], ...], people: tuple[tuple[str, tuple[str, ...]], ...] = ()
) -> None:
    """Make ``extra`` and ``people`` the added tables; what was worked out with others is forgotten."""
    global _EXTRA_ORGANISATIONS, _EXTRA_PEOPLE, _PEOPLE_ORGS
    if (extra, people) == (_EXTRA_ORGANISATIONS, _EXTRA_PEOPLE):
        return
    _EXTRA_ORGANISATIONS, _EXTRA_PEOPLE = extra, people
    _PEOPLE_ORGS = {_name_tokens(name): org for org, names in reversed(people) for name in names}
    for cached in (_find_orgs, _parse_speaker, _analyse):
        cached.cache_clear()


def _listed_person_org(tokens: tuple[str, ...]) -> str:
    """The organisation the categories file's ``people`` gives a person, by their name's tokens: the
    whole name listed, or its last tokens ("Maj. Gen. Igor Konashenkov" for "Igor Konashenkov"), or a
    surname alone that ends one listed name ("Shoigu" for "Sergei Shoigu")."""
    if not _PEOPLE_ORGS or not tokens:
        return ""
    for listed, org in _PEOPLE_ORGS.items():
        if tokens[-len(listed) :] == listed or (len(tokens) == 1 and listed[-1] == tokens[0]):
            return org
    return ""


@lru_cache(maxsize=4)
def _organisations(
    path: str = str(ORGANISATIONS_YAML), extra: tuple[tuple[str, tuple[str, ...]], ...] = ()
) -> _OrgTable:
    """Read the aliases table once. Matching is by word tuples, which is much faster than one big regex."""
    with open(path, encoding="utf-8") as handle:
        table = yaml.safe_load(handle) or {}
    exact: dict[tuple[str, ...], str] = {}
    folded: dict[tuple[str, ...], str] = {}
    for canonical, names in [*extra, *table.items()]:  # the first table to name an alias wins
        for name in [canonical, *(names or [])]:
            key = _org_key(str(name))
            if not key:
                continue
            letters = "".join(ch for ch in str(name) if ch.isalpha())
            if letters.isupper():  # SDF, IS, UN: capitals only, so "is" and "un" never match
                exact.setdefault(key, str(canonical))
            else:
                folded.setdefault(tuple(t.lower() for t in key), str(canonical))

    def lengths_by_first_word(keys: dict[tuple[str, ...], str]) -> dict[str, tuple[int, ...]]:
        by_first: dict[str, set[int]] = {}
        for key in keys:
            by_first.setdefault(key[0], set()).add(len(key))
        return {first: tuple(sorted(lengths, reverse=True)) for first, lengths in by_first.items()}

    return _OrgTable(exact, folded, lengths_by_first_word(exact), lengths_by_first_word(folded))


# Capitals that stand for a government ("Moscow said") but also start other names.
_CITY_METONYMS = frozenset("damascus moscow washington ankara tehran paris london beirut baghdad".split())


@lru_cache(maxsize=8192)
def _find_orgs(phrase: str) -> tuple[tuple[int, int, str], ...]:
    """Organisation aliases in ``phrase`` as (start, end, canonical), left to right, longest first."""
    table = _organisations(extra=_EXTRA_ORGANISATIONS)
    tokens = [(m.group().replace("’", "'"), m.start(), m.end()) for m in _ORG_TOKEN.finditer(phrase)]
    lowered = [t[0].lower() for t in tokens]
    words = [t[0] for t in tokens]
    found = []
    index = 0
    while index < len(tokens):
        best = 0
        canonical = ""
        room = len(tokens) - index
        for length in table.exact_lengths.get(words[index], ()):
            if length > room:
                continue
            name = table.exact.get(tuple(words[index : index + length]))
            if name:
                best, canonical = length, name
                break
        for length in table.folded_lengths.get(lowered[index], ()):
            if length <= best:
                break
            if length > room:
                continue
            name = table.folded.get(tuple(lowered[index : index + length]))
            if name:
                best, canonical = length, name
                break
        if (
            best == 1
            and lowered[index] in _CITY_METONYMS
            and index + 1 < len(tokens)
            and words[index + 1][:1].isupper()
        ):
            best = 0  # "Damascus Media Office" is not the Syrian government
        if best:
            found.append((tokens[index][1], tokens[index + best - 1][2], canonical))
            index += best
        else:
            index += 1
    return tuple(found)


def normalise_org(name: str) -> str:
    """The canonical organisation named in ``name`` (its first alias found), or "".

    >>> normalise_org("the Britain-based monitor"), normalise_org("SOHR"), normalise_org("the Observatory")
    ('SOHR', 'SOHR', 'SOHR')
    >>> normalise_org("The US-backed Syrian Democratic Forces (SDF)")
    'SDF'
    >>> normalise_org("the U.S.-led international coalition"), normalise_org("CJTF-OIR")
    ('Coalition', 'Coalition')
    >>> normalise_org("Hezbollah's media unit"), normalise_org("Turkey's state-run Anadolu Agency")
    ('Hezbollah', 'Anadolu')
    >>> normalise_org("this is it"), normalise_org("")
    ('', '')
    """
    if not name:
        return ""
    found = _find_orgs(name)
    if not found:
        return ""
    first_end = found[0][1]
    if (
        len(found) > 1
        and name[first_end : first_end + 2] in _POSSESSIVE
        and name[found[1][0] : found[1][0] + 1].isupper()
    ):
        return found[1][2]  # "Turkey's state-run Anadolu Agency": the possessed name heads the phrase
    return found[0][2]


# --------------------------------------------------------------------------------------------
# Speaker phrases: names, titles, roles
# --------------------------------------------------------------------------------------------

# Ranks and honorifics kept in front of a name ("Colonel Jo Lee", "Col. Jo Lee").
_RANKS = frozenset(
    """colonel col. lt. lieutenant gen. general maj. major brig. brigadier capt. captain sgt. sergeant
    adm. admiral dr. mr. mrs. ms. sheikh shaikh cmdr. commander lt.-col. lt.-gen. maj.-gen.""".split()
)
# Capitalised words that are never part of a person's name.
_NOT_NAME = frozenset(
    """the a an another also however meanwhile but and in on at of for by from this that its his her
    their our director minister ministry spokesman spokeswoman spokesperson head chief commander
    president vice secretary governor mayor prime premier king emir prince general colonel foreign
    defence defense interior armed forces official officials
    ambassador envoy member senior deputy leader military source sources adviser advisor coordinator
    syrian russian french turkish iranian iraqi kurdish arab british american u.s. us uk un
    international local state regional monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    statement report reports news agency media
    one two three four five six seven eight nine ten twelve dozens several some many both""".split()
)
# Role nouns: what a person or group does ("the spokesman" resolves to the spokesman named earlier).
_ROLE = re.compile(
    r"""(?<![\w])(?=[a-zA-Z])\b(?P<role>
        spokes(?:man|woman|person|men|women|people)   # spokesman, spokeswoman, spokesperson
      | officials? | heads? | directors? | commanders? | ministers? | members? | chiefs?
      | leaders? | envoys? | ambassadors? | secretar(?:y|ies) | presidents? | sources?
      | activists? | residents? | monitors? | mayors? | governors? | elders? | doctors?
      | medics? | witness(?:es)? | analysts? | researchers? | coordinators? | negotiators?
      | officers? | journalists?
      | (?-i:generals? | colonels? | sheikhs?)     # lower case only: "a U.S. general", not a rank
    )\b""",
    re.VERBOSE | re.IGNORECASE,
)
# _ROLE without re.IGNORECASE (its letters are all lower case), for lower-cased text: several times
# faster, and the same answer on text `patterns.caseless_lower` accepts.
_ROLE_LOWER = re.compile(_ROLE.pattern, _ROLE.flags & ~re.IGNORECASE)
_DEFINITE = re.compile(r"^(?:the|its|their)\s", re.IGNORECASE)
_PRONOUN = re.compile(r"^(?:he|she|it|they|we|i)$", re.IGNORECASE)
# What an organisation issues: the nouns of `_DOCUMENT_REFERENCE`, `_READABLE` and `_DOCUMENT_BEFORE`.
_DOCUMENT = r"(?:report|statement|communiqu[eé]|(?:press\s+)?release|bulletin|letter|document)"
# A document named earlier, pointed back to: "*The report* said", "according to *their
# investigation*", "*the statement* read". Like "it", it refers to the organisation last named.
_DOCUMENT_REFERENCE = re.compile(
    rf"""^(?:the|its|their|this|that|his|her)\s+
        (?:(?:new|latest|final|annual|monthly|weekly|joint|written|preliminary|initial|official|full)\s+)?
        (?:{_DOCUMENT}|study|investigation|survey|findings|announcement|assessment|analysis|inquiry|review
           |tally|update)$""",
    re.VERBOSE | re.IGNORECASE,
)
_STATEMENT_BY = re.compile(
    r"""^(?:a|the|an)?\s*
        (?:(?:joint|written|separate|new|latest)\s+)?
        (?:statement|report|tally|toll|count|estimate|estimates|figures|data|announcement|communique
           |press\s+release|release|tweet|post|video)s?
        \s+(?:by|from|of|issued\s+by|released\s+by|published\s+by)\s+""",
    re.VERBOSE | re.IGNORECASE,
)
_APPOSITIVE_SPLIT = re.compile(r"\s*,\s*|\s+[-–—]\s*|[-–—]\s+|\s*\(\s*(?=[a-z])")
_NAME_TOKEN = re.compile(r"[\w’'.-]+")


def _role_of(phrase: str) -> str:
    match = _ROLE.search(phrase)
    if not match:
        return ""
    role = match.group("role").lower()
    if role.startswith("spokes"):
        return "spokespeople" if role.endswith(("men", "people")) else "spokesman"
    return role


_LOWER_AFTER_HYPHEN = re.compile(r"-[a-z]")
_ARABIC_PARTICLE = re.compile(r"(?:al|el|bin|ibn|abu|abd|de|van|von|da)(?:-|$)")  # and Dutch/Spanish ones


@lru_cache(maxsize=8192)
def _is_name_token(token: str) -> bool:
    bare = token.strip(".’'-")
    if not bare:
        return False
    lower = token.lower()
    if _LOWER_AFTER_HYPHEN.search(token) and not _ARABIC_PARTICLE.match(lower):
        return False  # "US-backed", "Britain-based": adjectives, not names
    if lower in _NOT_NAME or bare.lower() in _NOT_NAME or lower in _RANKS:
        return False
    if _ARABIC_PARTICLE.match(lower) and len(bare) > 1:
        return True
    return bare[0].isupper() and not bare.isupper() or (bare.isupper() and len(bare) <= 2 and "." in token)


_MIDDLE_INITIAL = re.compile(r"[A-Z]\.?")


def _split_name(head: str) -> tuple[str, int]:
    """The person's name at the end of a speaker head ("" if none), and its start in ``head``.

    Organisation aliases are masked first, so "Director of the Syrian
    Observatory for Human Rights Rami X" yields "Rami X".
    """
    masked = list(head)
    for start, end, _ in _find_orgs(head):
        masked[start:end] = "#" * (end - start)
    masked_head = "".join(masked)
    tokens = list(_NAME_TOKEN.finditer(masked_head))  # ``token[0]`` is the text
    best: tuple[int, int] | None = None
    index = 0
    while index < len(tokens):
        if _is_name_token(tokens[index][0]) and "#" not in tokens[index][0]:
            first = index
            while index + 1 < len(tokens) and masked_head[
                tokens[index].end() : tokens[index + 1].start()
            ].strip() in ("",):
                step = 1
                if (
                    _MIDDLE_INITIAL.fullmatch(tokens[index + 1][0])
                    and index + 2 < len(tokens)
                    and _is_name_token(tokens[index + 2][0])
                    and not masked_head[tokens[index + 1].end() : tokens[index + 2].start()].strip()
                ):
                    step = 2  # "Andrew A Croft": a middle initial inside a name
                if not _is_name_token(tokens[index + step][0]) or "#" in tokens[index + step][0]:
                    break
                index += step
            best = (first, index)
        index += 1
    if best is None:
        return "", -1
    first, last = best
    while first > 0 and tokens[first - 1][0].lower() in _RANKS:
        first -= 1
    if first > 0 and tokens[first - 1][0].lower() in _PLACE_PREPOSITIONS:
        return "", -1  # "leaders from Raqqa", "the city of X": a place, not a person
    if any(t[0].endswith(("’s", "'s")) for t in tokens[first : last + 1]):
        return "", -1
    if any(t[0].lower() in _INSTITUTION_WORDS for t in tokens[first : last + 1]):
        return "", -1  # "Ghouta Media Center", "Reporters Without Borders": an organisation
    if last + 1 < len(tokens):
        following = tokens[last + 1][0]
        if following.lower() in _INSTITUTION_WORDS or not (
            following.lower() in _PLACE_PREPOSITIONS or "#" in following or not following[:1].isalnum()
        ):
            return "", -1  # "Objective monitoring means": a name ends its phrase or meets "of"
    start, end = tokens[first].start(), tokens[last].end()
    return head[start:end].strip(" -’'"), start


_INSTITUTION_WORDS = frozenset(
    """center centre council committee agency network ministry office group front media observatory
    organization organisation union association authority command department brigade brigades battalion
    movement party court commission foundation institute university hospital tv television radio news
    watch borders army forces coalition alliance corps division regiment militia police rights""".split()
)
_PLACE_PREPOSITIONS = frozenset("from in at near of to across outside inside around into".split())
# Nouns that can head a speaker phrase without a name, organisation or role ("media reports said").
_SPEAKER_NOUNS = frozenset(
    """people group groups forces fighters militants rebels army military government ministry council
    committee agency media television tv newspaper channel outlet website reports alliance coalition
    office authorities police regime opposition network centre center campaign observers survivors
    families volunteers rescuers workers team journalists reporter correspondent jihadists organisation
    organization charity doctors villagers locals relatives men woman women man agencies charities
    organisations organizations ngos force driver drivers""".split()
)


@dataclass(frozen=True)
class _Speaker:
    """A parsed speaker phrase: the name if any, the organisation and role from its title.

    Frozen: :func:`_parse_speaker` shares one instance per phrase.
    """

    phrase: str  # as written, determiners kept, statement-by prefixes removed
    name: str = ""
    org: str = ""
    role: str = ""
    pronoun: str = ""
    definite: bool = False


# A figure before a speaker is the end of a count in a text without commas: "wounding 31 police said".
_LEADING_FIGURE = re.compile(r"^\d[\d,.]*\s+(?=[^\W\d])")


# Speaker phrases recur within and across articles ("he said", "the Observatory said").
@lru_cache(maxsize=8192)
def _parse_speaker(phrase: str) -> _Speaker:
    phrase = _LEADING_FIGURE.sub("", phrase.strip(" ,:;\"“”'’-–—"))
    phrase = _STATEMENT_BY.sub("", phrase)
    parts = _APPOSITIVE_SPLIT.split(phrase, maxsplit=1)
    head = parts[0].strip()
    rest = parts[1] if len(parts) > 1 else ""
    if head.endswith(")") and "(" in head:  # "Syrian Democratic Forces (SDF)" stays whole
        pass
    if _PRONOUN.match(head):
        return _Speaker(phrase=head, pronoun=head.lower())
    if not rest and _DOCUMENT_REFERENCE.match(head):
        return _Speaker(phrase=head, pronoun="document")
    name, _ = _split_name(head)
    role = _role_of(head) or _role_of(rest)
    if not name and rest and _role_of(head):  # "A spokesman for the group, Omar Khalil"
        rest_head = _APPOSITIVE_SPLIT.split(rest.strip(" ,"), maxsplit=1)[0].strip()
        rest_name, _ = _split_name(rest_head)
        if rest_name and rest_name == rest_head and len(_name_tokens(rest_name)) >= 2:
            name = rest_name
    org = normalise_org(head) or normalise_org(rest)
    definite = not name and bool(_DEFINITE.match(head)) and bool(role)
    return _Speaker(phrase=head, name=name, org=org, role=role, definite=definite)


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_DETERMINER_PREFIX = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_SIMPLE_WORD = re.compile(r"[\w’']+")


def _could_speak(speaker: _Speaker) -> bool:
    """Whether a phrase before a reporting verb can be a speaker ("the deal announced" cannot)."""
    if speaker.name or speaker.org or speaker.role or speaker.pronoun:
        return True
    if _ACRONYM.fullmatch(_DETERMINER_PREFIX.sub("", speaker.phrase)):
        return True  # "The LCC said": an organisation missing from the table
    return any(word.lower() in _SPEAKER_NOUNS for word in _SIMPLE_WORD.findall(speaker.phrase))


# What "read" can report: "the statement *read*", "a communique from the army *reads*".
_READABLE = re.compile(rf"\b(?:{_DOCUMENT}|message|post|tweet|notice|text)s?\W*$", re.IGNORECASE)


def _reads_a_document(event) -> bool:
    """ "the statement read" reports; "he read the names" or "Read more" does not."""
    return event.verb not in ("read", "reads") or bool(_READABLE.search(event.phrase))


def org_of_speaker(speaker_phrase: str) -> str:
    """The organisation of a speaker phrase: named in it, or inferred from the title around a name.

    >>> org_of_speaker("SDF spokesman Karim Haddad")
    'SDF'
    >>> org_of_speaker("Col. Jo Lee, the spokesman for the coalition forces")
    'Coalition'
    >>> org_of_speaker("Nadia Saleh, a senior member of the Raqqa Civil Council")
    'Raqqa Civil Council'
    >>> org_of_speaker("Director of the Syrian Observatory for Human Rights Sami Odeh")
    'SOHR'
    >>> org_of_speaker("Hassan Omar, another SDF spokesman"), org_of_speaker("a resident")
    ('SDF', '')
    """
    return _parse_speaker(speaker_phrase).org


# --------------------------------------------------------------------------------------------
# Reporting events
# --------------------------------------------------------------------------------------------

# Reporting verbs, tried in this order (the "verb" group of REPORTING_VERB).
_VERBS = (
    *"said says say".split(),  # the common case
    *"""added adds stated states reported reports estimated estimates estimate clarified denied denies
    confirmed confirms announced announces claimed claims noted notes explained explains warned warns
    insisted insists acknowledged acknowledges admitted admits asserted declared indicated revealed
    disclosed affirmed mentioned wrote writes tweeted argued suggested documented counted recorded
    accused alleged described recalled stressed maintained conceded charged uncovered learned
    learnt read reads specified specifies commented comments asserts declares indicates reveals discloses
    affirms mentions tweets argues suggests accuses alleges describes recalls stresses maintains concedes
    uncovers""".split(),  # "read": see `_reads_a_document`
    r"pointed\s+out",
    r"found\s+that",  # "the investigation found that ...", not "bodies were found"
    r"finds\s+that",
    r"said\s+in\s+a\s+statement",
)
# The first word of every alternative of REPORTING_VERB, KEEP IN STEP with it (the verbs are in).
_REPORTING_FIRST_WORDS = (
    *"""According according quoted cited put puts told tells tell provided compiled released issued
    published""".split(),
    *(verb.split("\\")[0] for verb in _VERBS),
)
# Reporting verbs. The group name tells the event builder where to look for the
# speaker; "told" also takes an object (the outlet or "reporters").
REPORTING_VERB = re.compile(
    rf"""
    (?<![\w])(?={words_pattern(_REPORTING_FIRST_WORDS)}\b)  # speed: try only where a first word below starts
    (?:
    (?P<according> \b[Aa]ccording\s+to\b )                  # "according to X" - speaker after
  | (?P<quoted> \b(?:quoted|cited)\b (?=[^.;]{{1,160}}?\bas\s+say(?:ing|s)\b) )  # "AFP quoted X as saying"
  | (?P<put> \bput(?:s)?\s+the\s+(?:death\s+)?(?:toll|number|figure|count)\b )  # "X put the toll at"
  | (?P<told> \b(?:told|tells|tell)\b )                     # "X told Reuters (that)"
  | (?P<passive> \b(?:announced|reported|confirmed|stated|provided|documented|recorded|counted|compiled
        |released|issued|published)\s+by\b )                  # "the toll, provided by X," - speaker after
  | (?P<verb> \b(?:{"|".join(_VERBS)})\b )
    )
    """,
    re.VERBOSE,
)

# Reporting verbs that are also nouns, and the verb they follow as objects ("denied reports that").
_NOUN_AFTER_VERB = frozenset(("reports", "claims", "estimates"))
_PREVIOUS_VERB = re.compile(
    r"\b(?:denied|denies|deny|confirmed|confirms|dismissed|dismisses|rejected|rejects|cited|cites)\s+$"
    # ... or "according to" a few words before, or a determiner or adjective right before: "according
    # to Russian estimates", "the latest estimates"
    r"|\baccording\s+to\s+(?:[\w'’.-]+\s+){0,3}$"
    r"|\b(?:the|their|its|his|her|our|unconfirmed|conflicting|initial|early|latest|new"
    r"|official|unofficial|independent|local|previous|earlier|some|other|these|those|such)\s+$",
    re.IGNORECASE,
)

# Object of "told": an outlet or a capitalised name, or a generic audience.
_TOLD_OBJECT = re.compile(
    r"""\s+(?P<object>
        reporters | journalists | the\s+press | a\s+(?:news|press)\s+conference   # no outlet
      | (?:state|local|official|pro-government)\s+(?:TV|television|radio|media|news\s+agency)  # told state TV
      | (?:the\s+)?(?:[A-Z][\w’'.&-]*)(?:\s+(?:[A-Z][\w’'.&-]*|al-\w+)){0,3}    # Reuters, Asharq Al-Awsat
    )""",
    re.VERBOSE,
)
_GENERIC_AUDIENCE = re.compile(r"^(?:reporters|journalists|the\s+press|a\s+(?:news|press)\s+conference)$")
_DAY_OR_MONTH = re.compile(
    r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*$"
)

# Between a speaker and a verb: auxiliaries, adverbs and date words ("has repeatedly", "on Sunday").
_SKIPPABLE = frozenset(
    """has have had also later repeatedly previously earlier then further again would will had
    separately reportedly already once late early on last night yesterday today morning now initially
    afternoon evening this week""".split()
) | {d.lower() for d in ("Monday Tuesday Wednesday Thursday Friday Saturday Sunday").split()}
_PASSIVE = frozenset("is are was were be been being to a an the this these those its his her their".split())
# Words that end a speaker noun phrase when walking back from a verb.
_BOUNDARY_WORDS = frozenset(
    """that which who whom whose but when while after before if because as since where although though
    so then however meanwhile or nor yet than until unless whether also said says told added stated
    reported saying telling there here what how why
    monday tuesday wednesday thursday friday saturday sunday yesterday today tonight""".split()
)  # a day ends a speaker phrase walking back: "... on Wednesday Al-Alam News Network reports"
# Lower-case words that open a speaker phrase ("local sources", "senior officials", "other witnesses").
_SPEAKER_ADJECTIVES = frozenset(
    """local senior security military tribal western foreign diplomatic rebel opposition medical
    intelligence regional top former other informed independent unnamed anonymous""".split()
)
_AGE = re.compile(r"\d{1,3}")  # "Umm Ali, 45, said"
_NP_PREPOSITIONS = frozenset("of for against from in at with on to".split())
_DETERMINERS = frozenset("the a an another its their his her some one two both several many most".split())
_WORD = re.compile(r"\w[\w’'.]*(?:-\w[\w’'.]*)*|[^\w\s]")

# What may stand between the verb (or "told X") and the date words of the reporting clause.
_POST_VERB_LEADIN = re.compile(
    r"""(?:\s*,)?(?:\s+
        (?:(?:in|on|during)\s+(?:a|an|its|his|her|their|the)\s+(?:\w+\s+){0,2}?
            (?:statement|interview|report|briefing|conference|speech|post|website|tweet|call)
            (?:\s+(?:published|issued|released|posted))?        # "in a statement published yesterday"
        | (?:at|in)\s+(?:the\s+)?(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})  # "told reporters in Geneva"
        | late | early | also | later | again | earlier | separately | publicly | repeatedly
        ))*\s*(?:(?:late\s+|early\s+)?on\s+)?""",
    re.VERBOSE | re.IGNORECASE,
)
_SENTENCE_DATE_PREFIX = re.compile(
    r"^\s*(?:(?:late|early)\s+)?(?:on\s+)?(?P<date>[\w ,.]{3,30}?)\s*,\s*$", re.IGNORECASE
)
# A participle opening the sentence that describes the statement itself: its date words are the statement's.
_SPEAKING_LEAD = re.compile(
    r"^\s*(?:Speaking|Talking|Writing|In\s+(?:a|an|its|his|her|their)\s+(?:\w+\s+)?"
    r"(?:statement|interview|briefing|speech|post))\b[^,;:\"“”]{0,80},\s*$"
)
_INVERTED_END = re.compile(
    r"""\s+(?:when|after|as|adding|who|while|because|since|before|in\s+a\s+statement|in\s+an\s+interview
             |on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|said|told)\b
      | [.;:!?](?:\s|$) | [\"“”] """,
    re.VERBOSE,
)
# A full stop that belongs to a rank or an initial ("said Col. Jo S. Lee, a spokesman"), not a sentence.
_ABBREVIATION_STOP = re.compile(
    r"(?<![\w.])(?:[A-Z]|Col|Lt|Gen|Maj|Brig|Capt|Cpt|Sgt|Cpl|Adm|Cmdr|Dr|Mr|Mrs|Ms|Prof|Rev|Gov|Sen|Rep|Jr|Sr)\.$"
)


def _inverted_phrase_end(text: str, start: int, limit: int) -> int:
    """Where the speaker phrase after an inverted verb ends: at ``_INVERTED_END``, stepping over rank dots.

    >>> text = "400 left, said Col. Jo S. Lee, a spokesman. He said so."
    >>> text[15:_inverted_phrase_end(text, 15, len(text))]
    'Col. Jo S. Lee, a spokesman'
    """
    at = start
    while True:
        stop = _INVERTED_END.search(text, at, limit)
        if stop is None:
            return limit
        if stop.group()[:1] == "." and _ABBREVIATION_STOP.search(
            text, max(start, stop.start() - 6), stop.start() + 1
        ):
            at = stop.start() + 1
            continue
        return stop.start()


_ACCORDING_END = re.compile(
    r"[.;:!?\"“”](?:\s|$)|,|\s+(?:that|which|who|and|but|as|while)\b"
    r"|\s+(?:on|last|this|early|late)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\s+(?:yesterday|today|overnight|earlier|later|last\s+(?:week|month|night))\b",  # "the BBC on Monday"
    re.IGNORECASE,
)
# After "released by", "issued by", "published by", only a document was reported: "figures released by".
_RELEASED = frozenset("released issued published compiled".split())
_DOCUMENT_BEFORE = re.compile(
    rf"\b(?:{_DOCUMENT}|figures?|data|toll|tally|list|numbers|estimates?|count|video|footage|statistics)\s+$",
    re.IGNORECASE,
)
# Where the agent of a passive report ends: "announced by the ministry *in the bulletin* released today".
# or at the sentence's own verb: "figures released by the Observatory *showed* 40 ...".
_PASSIVE_AGENT_END = re.compile(
    r"\s+(?:in|on|at|during|via|through)\s+(?:a|an|the|its|their|his|her)\b"
    r"|\s+(?:show|shows|showed|indicate|indicates|indicated|suggest|suggests|suggested|reveal|reveals"
    r"|revealed|found|put|puts|list|lists|listed|give|gives|gave|stood|stands|was|were|is|are|has|have|had"
    r"|with|as|after|while|when|because)\b|\s+(?-i:[a-z]+ing)\b|\s+\d",
    re.IGNORECASE,
)
# A title after "according to X,": up to the next comma or the sentence's end, no digits.
_ACCORDING_TITLE = re.compile(
    r"\s*(?P<title>(?:[^,;:.!?“”\"()\d]|\.(?=\S)){3,90}?)(?=\s*(?:,\s|[.;!?]?\s*$|[.;!?]\s))"
)
# Words that make what follows "according to X," a clause, not a title.
_CLAUSE_WORDS = frozenset(
    "have has had were was is are will would could can may might did said told that".split()
)
_TITLE_ROLE_WORDS = 4  # the role stands among the title's first words: "deputy commander of ..."


def _according_title_end(text: str, start: int, end: int) -> int | None:
    """Where a title after "according to X," ends, or None when what follows the comma is no title.

    >>> text = "90 left, according to Jo Lee, deputy commander of the U.S.-led coalition air units."
    >>> text[text.index(", d") + 2 : _according_title_end(text, text.index(", d") + 1, len(text))]
    'deputy commander of the U.S.-led coalition air units'
    >>> text = "According to Jo Lee, officials in Raqqa reported that many left."
    >>> _according_title_end(text, text.index(",") + 1, len(text)) is None
    True
    """
    title = _ACCORDING_TITLE.match(text, start, end)
    if title is None:
        return None
    words = title.group("title").split()
    if _CLAUSE_WORDS.intersection(w.lower() for w in words) or not any(
        _ROLE.fullmatch(w) for w in words[:_TITLE_ROLE_WORDS]
    ):
        return None
    return title.end("title")


_TRAILING_REST = re.compile(r"\s*(?:[,;]?\s*(?:adding|and\s+added|saying)\b.*)?[.!?\"”’']*\s*$", re.DOTALL)
_AS_SAYING = re.compile(r"\bas\s+say(?:ing|s)\b")
_QUOTE_GAP_AFTER = re.compile(r"^[\s,.;:!?]*$")
_QUOTE_GAP_BEFORE = re.compile(r"^[\s,:;]*(?:that|as\s+saying)?[\s,:;-]*$")
_COLON_HEAD = re.compile(r"^\s*(?P<who>[^:\"“”]{2,60}?)\s*:\s+\S")
# A nameless credit in a headline: "Kurdish official: ...", "...: local sources", "...: monitor".
_COLON_ROLE = re.compile(r"(?:[A-Za-z][\w.'’-]*\s+){0,3}[A-Za-z]+")
# Agencies whose capitalised name after a colon credits a picture or a story, not a statement.
_WIRE_CREDITS = frozenset(("", "AFP", "Reuters", "AP", "EPA", "Getty Images", "Anadolu Agency", "Xinhua"))
_COLON_TAIL = re.compile(r":\s*(?P<who>[^:\"“”]{2,40}?)\s*$")
_SPACES = re.compile(r"\s+")
_WORD_AFTER = re.compile(r"\s+([\w’'.-]+)")
_LEADING_THE = re.compile(r"^the\s+")
_WORD_CHARS = re.compile(r"\w+")


@dataclass
class _Event:
    start: int  # first character of the event (speaker or verb)
    end: int  # last character of the reporting clause (after any object / date words)
    verb_start: int
    verb_end: int
    kind: str  # "first" (X said), "inverted" (said X), "according", "quoted", "colon"
    verb: str
    phrase: str  # the speaker phrase as written
    speaker_start: int
    speaker_end: int
    after_comma: bool  # the event starts a trailing clause (", X said.")
    date_words: str
    outlet_told: str = ""
    org_for: str = ""  # "X reported *for the BBC*": the organisation the speaker reports for
    parsed: _Speaker | None = None
    # filled in by the resolution pass
    speaker: str = ""
    org: str = ""
    basis: str = ""
    is_person: bool = False


# How many words before a preposition a role may stand for the phrase to go on over it: "the head of
# the Russian military's reconciliation center in Syria" (the role is 7 words back).
_ROLE_REACH = 8


def _walk_back_np(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The speaker noun phrase ending at ``end`` (within ``text[start:end]``), walking back to a boundary."""
    # the `_WORD` matches themselves (``token[0]`` is the text): the walk reads a few of them only
    tokens = list(_WORD.finditer(text, start, end))
    index = len(tokens) - 1
    while index >= 0 and tokens[index][0].lower() in _SKIPPABLE:
        index -= 1
    if index < 0:
        return None
    last = index
    if tokens[index][0].lower() in _PASSIVE:
        return None
    if (
        tokens[index][0] == ","
        and index >= 2
        and _AGE.fullmatch(tokens[index - 1][0])
        and tokens[index - 2][0] == ","
        and index >= 3
        and _is_name_token(tokens[index - 3][0])
    ):
        index -= 3  # "Jo Lee, 45, said": the age is not an appositive title
        last = index
    if tokens[index][0] in (",", "-", "–", "—", ")") and tokens[index][0] != ")":
        # an appositive: "X, a senior member of Y, said" -> walk to its opening separator
        closer = tokens[index][0]
        index -= 1
        openers = (",",) if closer == "," else ("-", "–", "—", ",")
        while index >= 0 and tokens[index][0] not in openers and tokens[index][0] not in '"“”.;:':
            index -= 1
        if index < 0 or tokens[index][0] not in openers:
            return None
        opener_at = index
        appositive = [t[0] for t in tokens[index + 1 : last]]
        appositive_first = appositive[0] if appositive else ""
        # the name after its title ("A spokesman for the group, Omar Khalil, said"): checked below
        bare_name = [w for w in appositive if w.lower() not in _RANKS]  # "..., Maj. Jo Lee, said"
        name_after_title = 2 <= len(bare_name) <= 5 and all(_is_name_token(w) for w in bare_name)
        if not (
            appositive_first.lower() in _DETERMINERS
            or appositive_first.lower() in ("who", "which")
            or _ROLE.match(appositive_first)
            or appositive_first[:1].islower()
            or name_after_title
            or any(_ROLE.fullmatch(w) for w in appositive)  # "X, Save the Children's director, said"
        ):
            return None
        index -= 1
        if index < 0 or not (tokens[index][0][:1].isalnum() or tokens[index][0] == ")"):
            return None  # ")" closes an acronym in the title: "a spokesman for the SDF (QSD), Jo Lee"
        if name_after_title and not _ROLE.search(text, start, tokens[opener_at].start()):
            return None  # "Raqqa, Omar Khalil, said" has no title for the name to follow
    first = None
    count = 0
    depth = 0
    while index >= 0 and count < 16:
        word = tokens[index][0]
        lower = word.lower()
        if word == ")":
            depth += 1
        elif word == "(":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0:
            if not word[:1].isalnum() and word != "&":
                break
            if lower in _BOUNDARY_WORDS:
                break
            if lower == "and":
                before = tokens[index - 1][0] if index > 0 else ""
                if not (before[:1].isupper() or normalise_org(before) or _ROLE.fullmatch(before)):
                    break
            if lower in _NP_PREPOSITIONS and first is not None:
                # keep "spokesman for the coalition (against X)" but not "left in Raqqa X"
                before = tokens[index - 1][0] if index > 0 else ""
                nearby = [t[0] for t in tokens[max(0, index - _ROLE_REACH) : index]]
                if not (
                    before[:1].isupper()
                    or normalise_org(before)
                    or any(_ROLE.fullmatch(word) for word in nearby)
                ):
                    break
        first = index
        count += 1
        index -= 1
        if lower in ("the", "a", "an", "another") and index >= 0:
            # a determiner opens the phrase unless it follows "of", "for", "and"...
            previous = tokens[index][0].lower()
            if previous not in _NP_PREPOSITIONS and previous != "and":
                break
    if first is None:
        return None
    # trim leading words that cannot open a speaker phrase (lower-case verbs, adverbs)
    while first <= last:
        word = tokens[first][0]
        if (
            word[:1].isupper()
            or word.lower() in _DETERMINERS
            or _ROLE.fullmatch(word)
            or normalise_org(word)
            or _PRONOUN.match(word)
            or word[:1].isdigit()
            or word.lower() in _SPEAKER_ADJECTIVES
            or _opens_org_alias(text, tokens[first].start(), tokens[last].end())
        ):
            break
        first += 1
    if first > last:
        return None
    return tokens[_title_before_name(tokens, first, last)].start(), tokens[last].end()


def _title_before_name(tokens: list, first: int, last: int) -> int:
    """Where the phrase starts when a title and a comma come before a bare name ("the spokesman for the
    coalition, Colonel Ryan Dillon said", with no comma after the name): the title's first token, so
    the name keeps its organisation; ``first`` otherwise."""
    name = [t[0] for t in tokens[first : last + 1] if t[0].lower() not in _RANKS]
    if (
        first < 2
        or tokens[first - 1][0] != ","
        or not (2 <= len(name) <= 5 and all(map(_is_name_token, name)))
    ):
        return first
    k = first - 2
    while k >= 0 and tokens[k][0] not in _TITLE_OPENERS and first - k <= _TITLE_WORDS:
        k -= 1
    title = [t[0] for t in tokens[k + 1 : first - 1]]
    if title and title[0].lower() in ("the", "a", "an") and any(_ROLE.fullmatch(word) for word in title):
        return k + 1
    return first


_TITLE_OPENERS = frozenset(',;:."“”()')
_TITLE_WORDS = 12


# A relative clause between a speaker and the verb: "who brokered the deal", "interviewed by the BBC".
_REDUCED_RELATIVE = re.compile(r"\s+\w+ed\s+by\s")  # "two drivers interviewed by the BBC"
_AGENT_BY = re.compile(r"\b\w+ed\s+by\s+$")  # "interviewed by " before a walked-back phrase
_RELATIVE_OPENER = re.compile(r"\b(?:who|whom)\s+[^,;:\"“”()]{1,60}$|\b\w+ed\s+by\s+[^,;:\"“”()]{0,60}$")


# What may come before a speaker who opens the sentence: a conjunction, a short lead ending in a comma.
_SPEAKER_LEAD = re.compile(
    r"\s*(?:(?:but|and|yet|so|still|however|meanwhile)\b[\s,]*)?(?:[^,;:\"“”]{1,30},\s*)?", re.IGNORECASE
)


def _speaker_opens(text: str, start: int, verb_start: int) -> bool:
    """Whether ``text[start:verb_start]`` is a speaker with a name, organisation or role, after a lead.

    >>> text = "But Omar Alloush, an official in the Raqqa Civil Council, said some had left."
    >>> _speaker_opens(text, 0, text.index(" said") + 1)
    True
    >>> text = "The 90 fighters left the town, said Ali Hamdan."
    >>> _speaker_opens(text, 0, text.index(" said") + 1)
    False
    """
    span = _walk_back_np(text, start, verb_start)
    if span is None or not _SPEAKER_LEAD.fullmatch(text, start, span[0]):
        return False
    parsed = _parse_speaker(text[span[0] : span[1]])
    return bool(parsed.name or parsed.org or parsed.role)


def _speaker_before_relative(
    text: str, start: int, phrase_start: int, verb_start: int
) -> tuple[int, int] | None:
    """The speaker before a relative clause that ends right at the verb, if it can speak.

    ``phrase_start`` is where the plain walk back stopped (the verb when it found nothing).

    >>> text = "Elders who brokered the deal told Reuters"
    >>> span = _speaker_before_relative(text, 0, text.index("the deal"), text.index("told"))
    >>> text[span[0]:span[1]]
    'Elders'
    >>> text = "Two drivers interviewed by the BBC said"
    >>> span = _speaker_before_relative(text, 0, text.index("the BBC"), text.index("said"))
    >>> text[span[0]:span[1]]
    'Two drivers'
    """
    relative = _RELATIVE_OPENER.search(text, max(start, phrase_start - 80), verb_start)
    if relative is None or relative.start() <= start:
        return None
    span = _walk_back_np(text, start, relative.start())
    if span is None or not _could_speak(_parse_speaker(text[span[0] : span[1]])):
        return None
    return span


def _opens_org_alias(text: str, start: int, end: int) -> bool:
    """Whether an organisation alias starts at ``start`` ("state news agency SANA", "aid agencies")."""
    first = _ORG_TOKEN.match(text, start, end)
    if not first or first.group().lower() not in _organisations(extra=_EXTRA_ORGANISATIONS).folded_lengths:
        return False
    found = _find_orgs(text[start:end])
    return bool(found) and found[0][0] == 0


def _post_verb_date(text: str, position: int, limit: int) -> tuple[str, int]:
    """Date words right after a reporting verb ("said on Sunday", "said in a statement Tuesday")."""
    leadin = _POST_VERB_LEADIN.match(text, position, limit)
    at = leadin.end() if leadin else position
    date = DATE_WORDS.match(text, at, limit)
    if date:
        return text[position : date.end()], date.end()
    return "", position


def _events_in_sentence(
    text: str,
    s_start: int,
    s_end: int,
    quotes: list[tuple[int, int]],
    quote_starts: list[int] | None = None,
    quote_ends: list[int] | None = None,
) -> list[_Event]:
    """Reporting events of one sentence. ``quote_starts`` (the starts of ``quotes``) and ``quote_ends``
    (their ends, sorted) when the caller keeps them for the paragraph."""
    events: list[_Event] = []
    verbs = list(REPORTING_VERB.finditer(text, s_start, s_end))
    if not verbs:  # most sentences: skip the set-up below
        return events
    if quote_starts is None:
        quote_starts = [q[0] for q in quotes]
    if quote_ends is None:
        quote_ends = sorted(q[1] for q in quotes)

    def in_quote(position: int) -> bool:
        if not quote_starts:
            return False
        i = bisect_left(quote_starts, position + 1) - 1
        return i >= 0 and quotes[i][0] < position < quotes[i][1]

    def left_limit(position: int) -> int:
        # a speaker never reaches back over a closing quote or the sentence start
        if not quote_ends:
            return s_start
        i = bisect_left(quote_ends, position + 1) - 1
        return max(s_start, quote_ends[i]) if i >= 0 else s_start

    for match in verbs:
        v_start, v_end = match.span()
        if in_quote(v_start):
            continue
        kind = match.lastgroup
        if (
            kind == "verb"
            and match.group() in _NOUN_AFTER_VERB
            and _PREVIOUS_VERB.search(text, s_start, v_start)
        ):
            continue  # "denied reports that ...": a noun, not the reporting verb
        verb_text = match.group()
        if not verb_text.isalpha():  # "pointed  out": one space between the words
            verb_text = _SPACES.sub(" ", verb_text)
        passive = kind == "passive"
        if passive:
            if match.group().split()[0] in _RELEASED and not _DOCUMENT_BEFORE.search(text, s_start, v_start):
                continue  # "prisoners released by the SDF": what was done, not who said it
            kind = "according"  # the speaker follows, as after "according to"
        if kind == "according":
            stop = _ACCORDING_END.search(text, v_end, s_end)
            np_end = stop.start() if stop else s_end
            if stop is not None and stop.group() == ",":
                np_end = _according_title_end(text, stop.end(), s_end) or np_end
            phrase = text[v_end:np_end].strip()
            if passive:
                phrase = _PASSIVE_AGENT_END.split(phrase, maxsplit=1)[0]  # "by the ministry *in a bulletin*"
            if not phrase:
                continue
            agent = _REDUCED_RELATIVE.search(phrase)
            if agent and _could_speak(_parse_speaker(phrase[: agent.start()])):
                phrase = phrase[: agent.start()]  # "according to two drivers interviewed by the BBC"
            sp_start = v_end + (len(text[v_end:np_end]) - len(text[v_end:np_end].lstrip()))
            if passive:
                np_end = sp_start + len(phrase)  # the clause goes on after the agent
            events.append(
                _Event(
                    v_start,
                    np_end,
                    v_start,
                    v_end,
                    "according",
                    "according to",
                    phrase,
                    sp_start,
                    sp_start + len(phrase),
                    True,
                    "",
                )
            )
            continue
        if kind == "quoted":
            saying = _AS_SAYING.search(text, v_end, s_end)
            if not saying:
                continue
            phrase = text[v_end : saying.start()].strip(" -–—,")
            if not phrase:
                continue
            sp_start = text.find(phrase, v_end)
            events.append(
                _Event(
                    v_start,
                    saying.end(),
                    v_start,
                    saying.end(),
                    "quoted",
                    f"{verb_text} as saying",
                    phrase,
                    sp_start,
                    sp_start + len(phrase),
                    False,
                    "",
                )
            )
            continue
        # told: the object; the date words after the object
        clause_end = v_end
        outlet = ""
        if kind == "told":
            obj = _TOLD_OBJECT.match(text, v_end, s_end)
            if not obj:
                continue
            words = obj.group("object").split()
            while words and _DAY_OR_MONTH.match(words[-1]):
                words.pop()
            if not words:
                continue
            if words[-1].endswith(".") and "." not in words[-1][:-1]:
                words[-1] = words[-1][:-1]  # "..., told AFP." ends a sentence; "U.S." keeps its dots
            object_text = " ".join(words)
            clause_end = obj.start("object") + len(object_text)
            verb_text = f"{verb_text} {object_text}"
            if (
                not _GENERIC_AUDIENCE.match(object_text)
                and object_text[:1].isupper()
                or object_text.startswith("the ")
                and object_text[4:5].isupper()
            ):
                outlet = _LEADING_THE.sub("", object_text)
        org_for = ""
        if kind == "verb" and verb_text in _REPORTS_FOR:
            reporting_for = _FOR_ORG.match(text, v_end, s_end)  # "X reported for the BBC today that"
            if reporting_for is not None:
                org_for = normalise_org(reporting_for.group("org"))
                clause_end = reporting_for.end() if org_for else clause_end
        date_words, date_end = _post_verb_date(text, clause_end, s_end)
        clause_end = max(clause_end, date_end)
        limit = left_limit(v_start)
        # inverted: '"...," said X' / ', said X, a spokesman'
        before = text[limit:v_start].rstrip()
        preceded_by_break = not before or before.endswith((",", "”", '"', "’", "—", "–"))
        after_word = _WORD_AFTER.match(text, clause_end, s_end)
        if (
            kind == "verb"
            and preceded_by_break
            and after_word
            and (after_word.group(1)[:1].isupper() or after_word.group(1).lower() in _DETERMINERS)
            and after_word.group(1).lower() not in ("that",)
        ):
            np_start = after_word.start(1)
            np_end = _inverted_phrase_end(text, np_start, s_end)
            # the appositive after a comma is part of the phrase; the end marker closes it
            phrase = text[np_start:np_end].rstrip(" ,")
        else:
            phrase = ""
        # "X, Save the Children's director, said the camp ...": what follows cannot speak, so the
        # speaker is before the verb after all; nor does it when all before the verb is a speaker
        # ("Talal Silo, an SDF spokesman, said the fighters had left": no content comes first)
        if phrase and _could_speak(_parse_speaker(phrase)) and not _speaker_opens(text, limit, v_start):
            trailing_date, _ = _post_verb_date(
                text, np_start + len(_APPOSITIVE_SPLIT.split(phrase, 1)[0]), s_end
            )
            events.append(
                _Event(
                    v_start,
                    np_start + len(phrase),
                    v_start,
                    v_end,
                    "inverted",
                    verb_text,
                    phrase,
                    np_start,
                    np_start + len(phrase),
                    True,
                    date_words or trailing_date,
                    outlet,
                )
            )
            continue
        span = _walk_back_np(text, limit, v_start)
        gap_ok = True
        if (
            span is None
            or _AGENT_BY.search(text, max(s_start, span[0] - 30), span[0])
            or not _could_speak(_parse_speaker(text[span[0] : span[1]]))
        ):
            # "Elders who brokered the deal told ...", "two drivers interviewed by the BBC said"
            before = _speaker_before_relative(text, limit, span[0] if span else v_start, v_start)
            span = before or (
                span if span and _could_speak(_parse_speaker(text[span[0] : span[1]])) else None
            )
            gap_ok = before is None  # the relative clause's date words are its own, not the statement's
        if span is None:
            continue
        sp_start, sp_end = span
        phrase = text[sp_start:sp_end]
        gap = text[sp_end:v_start] if gap_ok else ""
        prefix = text[left_limit(sp_start) : sp_start]
        after_comma = prefix.rstrip().endswith((",", "”", '"')) or not prefix.strip()
        if not after_comma and _TRAILING_REST.match(text[clause_end:s_end]):
            after_comma = True  # "... on Tuesday the Observatory said." / "..., one witness said adding that"
        lead_date = _SENTENCE_DATE_PREFIX.match(prefix)
        lead_words = lead_date.group("date") if lead_date and find_date_words(lead_date.group("date")) else ""
        if (
            not lead_words
            and (speaking := _SPEAKING_LEAD.match(prefix))
            and find_date_words(speaking.group())
        ):
            lead_words = speaking.group()  # "Speaking to reporters yesterday, X said"
        events.append(
            _Event(
                sp_start,
                clause_end,
                v_start,
                v_end,
                "first",
                verb_text,
                phrase,
                sp_start,
                sp_end,
                after_comma and bool(prefix.strip()),
                " ".join([w for w in (lead_words, gap, date_words) if w]),
                outlet,
                org_for,
            )
        )
    return events


# Verbs after which "for <organisation>" names whom the speaker reports for, and that phrase.
_REPORTS_FOR = frozenset(("reported", "reports", "wrote", "writes"))
_FOR_ORG = re.compile(r"\s+for\s+(?P<org>(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3})")


# A person's name, with any rank, as it appears in running text.
_NAME_RUN = re.compile(
    r"""(?=[A-Z])(?<![\w.-])                                        # speed: every name opens with a capital
    (?:(?:Col|Lt|Gen|Maj|Brig|Capt|Sgt|Adm|Dr|Mr|Mrs|Ms)\.\s+       # abbreviated rank
      |(?:Colonel|General|Major|Captain|Sheikh)\s+)*                 # spelt-out rank
    [A-Z][a-z’'-]+                                                  # given name
    (?:\s+(?:(?:al|el|bin|ibn|abu|Abu|Abdel|Abdul|de|van)[-\s])?[A-Z][a-z’'-]+){1,3}   # more names
    (?![\w-])""",
    re.VERBOSE,
)
_LEFT_CONTEXT_CUT = re.compile(r"[,;:“”\"()]|\b(?:and|but|that|said|told)\b")
_RIGHT_APPOSITIVE = re.compile(r"\s*(?:,|[-–—])\s*(?P<title>[^,;:.“”\"()–—]{3,90})")


# Before an organisation that is a sentence's subject: "The", "The Kurdish-led", "But the".
_SUBJECT_LEAD = re.compile(
    r"(?:(?:but|and|meanwhile|however,?)\s+)?(?P<the>the\s+(?:[\w’'-]+\s+){0,2})?", re.IGNORECASE
)
_SUBJECT_REACH = 80  # characters of the sentence looked at for its opening organisation


def _org_subject(text: str, s_start: int, s_end: int) -> tuple[int, str, str] | None:
    """The organisation that opens a sentence: (its position, its phrase from any "the", canonical), or None.

    What a later "it said" or "they said" refers to: "The Kurdish-led Syrian Democratic Forces
    (SDF) had cleared Raqqa of media. ... It claimed that only a few dozen fighters had left".

    >>> text = "The Kurdish-led Syrian Democratic Forces (SDF) had cleared the city."
    >>> _org_subject(text, 0, len(text))
    (16, 'The Kurdish-led Syrian Democratic Forces', 'SDF')
    >>> _org_subject("Fighting near the SDF lines went on.", 0, 36) is None
    True
    """
    head = text[s_start : min(s_end, s_start + _SUBJECT_REACH)]
    for start, end, canonical in _find_orgs(head):
        lead = _SUBJECT_LEAD.fullmatch(head, 0, start)
        if lead:
            written = head[lead.start("the") if lead.group("the") else start : end]
            return s_start + start, written, canonical
        return None  # only the first organisation can open the sentence
    return None


def _introductions(
    text: str,
    s_start: int,
    s_end: int,
    lower: str | None = None,
    names: dict[str, tuple[str, int]] | None = None,
) -> list[tuple[int, _Speaker]]:
    """People introduced with a title in a sentence ("UN envoy Jo Lee", "Jo Lee, head of the council").

    ``lower`` is ``text.lower()`` when `patterns.caseless_lower` allows it: the role test then runs there.
    ``names`` keeps `_split_name` of the name runs seen, for the caller's article.
    """
    found: list[tuple[int, _Speaker]] = []
    first = _NAME_RUN.search(text, s_start, s_end)
    if first is None:
        return found  # the name scan first: it is the cheaper one
    if lower is not None:
        if not _ROLE_LOWER.search(lower, s_start, s_end):
            return found
    elif not _ROLE.search(text, s_start, s_end):
        return found
    # the names, as _NAME_RUN.finditer(text, s_start, s_end) gives them (a name is never empty)
    for match in itertools.chain((first,), _NAME_RUN.finditer(text, first.end(), s_end)):
        left_start = max(s_start, match.start() - 80)
        left = _LEFT_CONTEXT_CUT.split(text[left_start : match.start()])[-1]
        right = _RIGHT_APPOSITIVE.match(text, match.end(), s_end)
        title = right.group("title") if right else ""
        if not title.strip():
            title = ""  # "Jo Lee -   ," : nothing but spaces after the mark
        if title and not (
            title.split()[0].lower() in _DETERMINERS or _ROLE.match(title) or title[:1].islower()
        ):
            title = ""
        if not (_ROLE.search(left) or _ROLE.search(title) or _ROLE.search(match.group())):
            continue
        run = match.group()
        split = names.get(run) if names is not None else None
        if split is None:
            split = _split_name(run)
            if names is not None:
                names[run] = split
        name = split[0]
        if not name or len(_name_tokens(name)) < 2:
            continue
        context = f"{left} {name}" + (f", {title}" if title else "")
        speaker = _parse_speaker(context)
        if speaker.name and speaker.role:
            found.append((match.start(), speaker))
    return found


def _colon_event(text: str, s_start: int, s_end: int) -> _Event | None:
    """Headline style attribution: "Coalition: 300 fighters fled" or "300 fighters fled: coalition"."""
    if text.find(":", s_start, s_end) < 0:  # both patterns need one
        return None
    sentence = text[s_start:s_end]
    for pattern in (_COLON_HEAD, _COLON_TAIL):
        match = pattern.search(sentence)
        if match:
            who = match.group("who").strip()
            other = sentence[match.end("who") :] if pattern is _COLON_HEAD else sentence[: match.start("who")]
            if len(_WORD_CHARS.findall(other)) < 3:
                continue
            if who.isupper() and not (" " not in who and normalise_org(who) not in _WIRE_CREDITS):
                continue  # "PHOTO: REUTERS" is a credit, not a statement; "QSD: ..." and "...: SDF" are
            if who.lower() in _CITY_METONYMS:
                continue  # "Baghdad: Car bomb hits market": a dateline, not the government speaking
            if len(who.split()) <= 6 and normalise_org(who) or _COLON_ROLE.fullmatch(who) and _role_of(who):
                start = s_start + match.start("who")
                return _Event(
                    start,
                    start + len(who),
                    start,
                    start,
                    "colon",
                    ":",
                    who,
                    start,
                    start + len(who),
                    pattern is _COLON_TAIL,
                    "",
                )
    return None


# --------------------------------------------------------------------------------------------
# Per-article analysis: events, people, resolution
# --------------------------------------------------------------------------------------------


@dataclass
class _Person:
    name: str  # the fullest form seen, rank included
    surname: str
    tokens: tuple[str, ...]
    org: str = ""
    role: str = ""
    first_seen: int = 0


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    """Whether one substitution, insertion or deletion at most turns ``a`` into ``b``.

    >>> [_edit_distance_at_most_one("Haddad", w) for w in ("Haddad", "Hadad", "Haddat", "Hadadd", "Lee")]
    [True, True, True, False, False]
    """
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    first = 0  # the first difference (they differ, and short is no longer than long_)
    while first < len(short) and short[first] == long_[first]:
        first += 1
    # past it, the rest must agree: with a character changed (same length) or one more in long_
    return short[first + (len(short) == len(long_)) :] == long_[first + 1 :]


def _name_tokens(name: str) -> tuple[str, ...]:
    return tuple(t.lower().strip(".") for t in name.split() if t.lower() not in _RANKS)


@dataclass
class _ArticleAnalysis:
    sentences: list[tuple[int, int]]
    quotes: list[tuple[int, int]]
    paragraph_of_sentence: list[tuple[int, int]]
    events: list[_Event]
    people: list[_Person] = field(default_factory=list)
    mentions: list[tuple[int, _Speaker]] = field(default_factory=list)  # titled people outside events
    # organisations opening a sentence outside events: (position, name as written, canonical)
    org_subjects: list[tuple[int, str, str]] = field(default_factory=list)
    # the organisation each "the report"-style speaker points back to, by event start (see `_document_org`)
    document_orgs: dict[int, str] = field(default_factory=dict)
    # the body spans analysed, and the starts of paragraphs, events, sentences and quotes, for
    # bisecting per count
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    paragraph_starts: list[int] = field(default_factory=list)
    event_starts: list[int] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)
    quote_starts: list[int] = field(default_factory=list)
    # `_name_tokens` of the names seen in this article (they recur: every event and mention looks
    # its speaker up), for this article only
    _tokens_of_name: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def name_tokens(self, name: str) -> tuple[str, ...]:
        """`_name_tokens(name)`, worked out once per name in the article."""
        tokens = self._tokens_of_name.get(name)
        if tokens is None:
            tokens = self._tokens_of_name[name] = _name_tokens(name)
        return tokens

    def find_person(self, name: str) -> _Person | None:
        tokens = self.name_tokens(name)
        if not tokens:
            return None
        candidates = []
        for person in self.people:
            if len(tokens) <= len(person.tokens) and person.tokens[-len(tokens) :] == tokens:
                candidates.append((0, person))
            elif (
                len(tokens) == 1
                and len(tokens[0]) >= 5
                and _edit_distance_at_most_one(tokens[0], person.surname)
            ):
                candidates.append((1, person))
        if not candidates:
            return None
        candidates.sort(key=lambda pair: (pair[0], -len(pair[1].tokens), pair[1].first_seen))
        return candidates[0][1]


def _learn_person(
    people: list[_Person], speaker: _Speaker, position: int, tokens: tuple[str, ...] | None = None
) -> None:
    """Add the person ``speaker`` names to ``people``, or what it says of them to their entry;
    ``tokens`` is ``_name_tokens(speaker.name)`` when the caller has it."""
    if tokens is None:
        tokens = _name_tokens(speaker.name)
    if not tokens:
        return
    for person in people:
        same = person.tokens[-len(tokens) :] == tokens or tokens[-len(person.tokens) :] == person.tokens
        if same or (
            len(tokens[-1]) >= 5
            and _edit_distance_at_most_one(tokens[-1], person.surname)
            and (len(tokens) == 1 or len(person.tokens) == 1 or tokens[0] == person.tokens[0])
        ):
            if len(tokens) > len(person.tokens):
                person.name, person.tokens, person.surname = speaker.name, tokens, tokens[-1]
            person.org = person.org or speaker.org or _listed_person_org(tokens)
            person.role = person.role or speaker.role
            return
    org = speaker.org or _listed_person_org(tokens)
    people.append(_Person(speaker.name, tokens[-1], tokens, org, speaker.role, position))


def _mention(position: int, speaker: str, org: str, basis: str, is_person: bool) -> _Event:
    """A speaker named outside any reporting clause, as an event a later "he" or "it" can refer to."""
    return _Event(
        *(position,) * 4, "mention", "", speaker, position, position, False, "",
        speaker=speaker, org=org, basis=basis, is_person=is_person,
    )  # fmt: skip


# An organisation named by its kind alone, pointing back to the last one named with that word: "Russia's
# defence ministry said ... *the ministry* said", "the Russian Defense Ministry ... *the Defense Ministry*"
# (words before the kind must all be in the earlier name; a kind not named before stays without one).
_ORG_KINDS = r"""(ministry|agency|army|military|group|council|committee|monitor|network|organi[sz]ation
    |commission|office|government|department|militia|movement|alliance|authority|administration
    |regiment|battalion|brigade|service|centre|center|watchdog|charity|body)"""
_GENERIC_ORG = re.compile(
    rf"^(?:the|its|their)\s+(?P<words>(?:[\w'’-]+\s+){{0,2}}?){_ORG_KINDS}$", re.IGNORECASE | re.VERBOSE
)
_ORG_KIND = re.compile(rf"\b{_ORG_KINDS}\b", re.IGNORECASE | re.VERBOSE)
_WORDS = re.compile(r"[\w'’-]+")
_NAME_SEPARATOR = re.compile(r"\s*[,;()]\s*|\s+(?:and|with|of\s+the)\s+", re.IGNORECASE)


def _learn_kinds(kinds: dict[str, tuple[str, frozenset[str]]], phrase: str, org: str) -> None:
    """Remember ``org``, and the words of the part of ``phrase`` that names it, as the last organisation
    of each kind that part says ("the Russian *Defense Ministry*", "the official SANA news *agency*"); a
    kind word in another part is another organisation's ("the Ghouta Media *Center* and the Syrian
    Observatory")."""
    if not _ORG_KIND.search(phrase):
        return  # most speaker phrases name no kind: "SOHR", "the Observatory"
    for name in _NAME_SEPARATOR.split(phrase):  # "the official SANA news agency", not "X and Y"
        if _ORG_KIND.search(name) and any(canonical == org for _, _, canonical in _find_orgs(name)):
            words = frozenset(word.lower() for word in _WORDS.findall(name))
            for match in _ORG_KIND.finditer(name):
                kinds[match.group(1).lower()] = (org, words)


def _kind_org(kinds: dict[str, tuple[str, frozenset[str]]], phrase: str) -> str:
    """The organisation a "the ministry" or "the Defense Ministry" phrase points back to, or ""."""
    kind = _GENERIC_ORG.match(phrase)
    if kind is None or kind.group(2).lower() not in kinds:
        return ""
    org, named_with = kinds[kind.group(2).lower()]
    return org if {word.lower() for word in _WORDS.findall(kind.group("words"))} <= named_with else ""


def _resolve(analysis: _ArticleAnalysis) -> None:
    """Second pass: fill speaker/org/basis of every event in reading order."""
    last_person: _Event | None = None
    last_group: _Event | None = None
    kinds: dict[str, tuple[str, frozenset[str]]] = {}  # "ministry" -> the organisation last named so
    # the organisation of the latest nameless titled speaker per role ("an SDF official" -> the official)
    title_org: dict[str, str] = {}
    mentions = iter(analysis.mentions)
    mention = next(mentions, None)
    subjects = iter(analysis.org_subjects)
    subject = next(subjects, None)
    for event in analysis.events:
        while mention is not None and mention[0] < event.start:
            # a titled person named outside a reporting clause can be "he" or "she" later
            person = analysis.find_person(mention[1].name)
            if person is not None and (last_person is None or last_person.start < mention[0]):
                last_person = _mention(mention[0], person.name, person.org, "named", is_person=True)
            mention = next(mentions, None)
        while subject is not None and subject[0] < event.start:
            # an organisation opening a sentence outside a reporting clause can be "it" or "they" later
            if last_group is None or last_group.start < subject[0] and last_group.org != subject[2]:
                last_group = _mention(subject[0], subject[1], subject[2], "organisation", is_person=False)
            _learn_kinds(kinds, subject[1], subject[2])
            subject = next(subjects, None)
        parsed = event.parsed or _parse_speaker(event.phrase)
        event.parsed = parsed
        if parsed.pronoun == "document":
            # "The report said": the document of the organisation last named, itself or by a member
            org = analysis.document_orgs.get(event.start, "")
            if not org:  # no organisation by the document: the one last named, itself or by a member
                referent = last_group
                if last_person is not None and last_person.org:
                    if referent is None or referent.start < last_person.start:
                        referent = last_person
                org = referent.org if referent is not None else ""
            event.speaker, event.org, event.basis = parsed.phrase, org, "pronoun" if org else "named"
        elif parsed.pronoun:
            if parsed.pronoun in ("he", "she", "i") and last_person is not None:
                event.speaker, event.org, event.is_person = last_person.speaker, last_person.org, True
                event.basis = "pronoun"
            elif parsed.pronoun in ("it", "they", "we") and last_group is not None:
                event.speaker, event.org = last_group.speaker, last_group.org
                event.basis = "pronoun"
            else:
                event.speaker, event.basis = "", ""
        elif parsed.name:
            person = analysis.find_person(parsed.name)
            if person is not None:
                event.speaker = person.name
                event.org = parsed.org or person.org
                event.basis = (
                    "named" if len(analysis.name_tokens(parsed.name)) >= len(person.tokens) else "surname"
                )
            else:
                event.speaker, event.org, event.basis = parsed.name, parsed.org, "named"
                event.org = event.org or _listed_person_org(analysis.name_tokens(parsed.name))
            if not event.org and parsed.role in title_org and _DEFINITE.match(parsed.phrase):
                # "an SDF commander ..." then "said the commander, Jo Lee": the same person
                event.org = title_org[parsed.role]
                if person is not None and not person.org:
                    person.org = event.org
            event.is_person = True
        elif parsed.definite:
            holder = _holder_of_title(analysis, parsed, event.start)
            if holder is not None:
                event.speaker, event.org, event.basis = holder.name, parsed.org or holder.org, "title"
                event.is_person = True
            else:
                org = parsed.org or title_org.get(
                    parsed.role, ""
                )  # "An SDF official said" ... "The official said"
                event.speaker, event.org, event.basis = parsed.phrase, org, "named"
                event.is_person = parsed.role not in ("", "sources", "officials", "leaders", "elders")
        else:
            event.speaker, event.org = parsed.phrase, parsed.org
            event.basis = "organisation" if parsed.org and not parsed.role else "named"
            event.is_person = bool(parsed.role) and not parsed.role.endswith("s")
            kind_org = "" if parsed.org else _kind_org(kinds, parsed.phrase)
            if kind_org:
                event.org, event.basis = kind_org, "organisation"  # "the ministry said"
        if not event.org and event.org_for and event.speaker:
            event.org = event.org_for  # "Jo Lee reported for the BBC that ..."
        if event.org and not event.is_person:
            _learn_kinds(kinds, parsed.phrase, event.org)
        if parsed.role and parsed.org and not parsed.name:
            title_org[parsed.role] = parsed.org
        if event.is_person:
            last_person = event
        elif event.speaker:
            last_group = event
    _named_in_next_sentence(analysis)


def _named_in_next_sentence(analysis: _ArticleAnalysis) -> None:
    """ "..., a militia spokesman told Reuters on Sunday." then "SDF spokesman Mostafa Bali said ...":
    wire copy names in its next sentence the nameless titled speaker it opened with, so the nameless
    one takes the named one's organisation. Only an indefinite title with nothing after its role ("a
    militia spokesman", not "a spokesman for the rebels"), only the same role, only the next sentence."""
    starts = analysis.sentence_starts
    for i, event in enumerate(analysis.events):
        parsed = event.parsed
        if (
            event.org
            or parsed.name
            or not parsed.role
            or not _INDEFINITE_TITLE.match(parsed.phrase)
            or _ROLE_COMPLEMENT.search(parsed.phrase)
        ):
            continue
        sentence = bisect_right(starts, event.start) - 1
        if sentence < 0 or sentence + 1 >= len(starts):
            continue
        next_start, next_end = analysis.sentences[sentence + 1]
        for later in analysis.events[i + 1 :]:
            if later.start >= next_end:
                break
            if (
                later.start >= next_start
                and later.parsed.name
                and later.parsed.role == parsed.role
                and later.org
            ):
                event.org, event.basis = later.org, "title"
                break


_INDEFINITE_TITLE = re.compile(r"(?:a|an|one)\s", re.IGNORECASE)
_ROLE_COMPLEMENT = re.compile(r"\b(?:for|of|from|with|in|at)\b", re.IGNORECASE)


# Lower-case rank roles ("the colonel said") and the abbreviations of the ranks that hold them.
_RANK_ROLES = {
    "colonel": frozenset("col. colonel lt.-col.".split()),
    "general": frozenset("gen. general maj.-gen. lt.-gen.".split()),
}


def _holder_of_title(analysis: _ArticleAnalysis, parsed: _Speaker, position: int) -> _Person | None:
    """The holder of a definite title ("the spokesman for the coalition"), preferring earlier mentions."""
    if parsed.role.endswith("s") and parsed.role not in ("spokesman",):
        return None
    ranks = _RANK_ROLES.get(parsed.role, ())
    matches = [
        person
        for person in analysis.people
        if (person.role == parsed.role or ranks and any(w.lower() in ranks for w in person.name.split()))
        and (not parsed.org or not person.org or person.org == parsed.org)
    ]
    if not matches:
        return None
    before = [p for p in matches if p.first_seen <= position]
    if before:
        return max(before, key=lambda p: p.first_seen)
    return min(matches, key=lambda p: p.first_seen)


def _sentences_with_event(spans: list[tuple[int, int]], events: list[_Event]) -> set[int]:
    """Indexes of the sentences holding some event's verb: one bisect per event, not a scan per sentence."""
    ordered = all(spans[i][1] <= spans[i + 1][0] for i in range(len(spans) - 1))
    if not ordered:  # paragraphs given out of order or overlapping: check every pair
        return {i for i, (s, e) in enumerate(spans) if any(s <= ev.verb_start < e for ev in events)}
    starts = [s for s, _ in spans]
    found = set()
    for event in events:
        i = bisect_left(starts, event.verb_start + 1) - 1
        if i >= 0 and event.verb_start < spans[i][1]:
            found.add(i)
    return found


@lru_cache(maxsize=32)
def _analyse(text: str, paragraphs: tuple[tuple[int, int], ...]) -> _ArticleAnalysis:
    all_sentences: list[tuple[int, int]] = []
    all_quotes: list[tuple[int, int]] = []
    paragraph_of: list[tuple[int, int]] = []
    events: list[_Event] = []
    for p_start, p_end in paragraphs:
        quotes = _quote_spans(text, p_start, p_end)
        all_quotes.extend(quotes)
        quote_starts = [q[0] for q in quotes]
        quote_ends = sorted(q[1] for q in quotes)
        for s_start, s_end in sentences(text, p_start, p_end):
            all_sentences.append((s_start, s_end))
            paragraph_of.append((p_start, p_end))
            events.extend(_events_in_sentence(text, s_start, s_end, quotes, quote_starts, quote_ends))
    for event in events:
        event.parsed = _parse_speaker(event.phrase)
    events = [event for event in events if _could_speak(event.parsed) and _reads_a_document(event)]
    with_event = _sentences_with_event(all_sentences, events)
    for i, (s_start, s_end) in enumerate(all_sentences):  # headline-style "Coalition: 300 fighters fled"
        if i not in with_event:
            colon = _colon_event(text, s_start, s_end)
            if colon is not None:
                colon.parsed = _parse_speaker(colon.phrase)
                events.append(colon)
    events.sort(key=lambda e: e.start)
    analysis = _ArticleAnalysis(all_sentences, all_quotes, paragraph_of, events)
    analysis.paragraphs = list(paragraphs)
    analysis.paragraph_starts = [start for start, _ in paragraphs]
    analysis.event_starts = [event.start for event in events]
    analysis.sentence_starts = [start for start, _ in all_sentences]
    analysis.quote_starts = [start for start, _ in all_quotes]
    for event in events:  # first pass: learn the people named anywhere in the article
        if event.parsed.name:
            _learn_person(analysis.people, event.parsed, event.start, analysis.name_tokens(event.parsed.name))
    lower = caseless_lower(text)
    split_names: dict[str, tuple[str, int]] = {}  # for this article only
    for s_start, s_end in all_sentences:
        for position, speaker in _introductions(text, s_start, s_end, lower, split_names):
            _learn_person(analysis.people, speaker, position, analysis.name_tokens(speaker.name))
            analysis.mentions.append((position, speaker))
    analysis.mentions.sort(key=lambda pair: pair[0])
    for s_start, s_end in all_sentences:
        subject = _org_subject(text, s_start, s_end)
        if subject is not None:
            analysis.org_subjects.append(subject)
    for event in events:
        if event.parsed.pronoun == "document":
            before = event.speaker_start or event.start
            analysis.document_orgs[event.start] = _document_org(
                text, all_sentences, event.parsed.phrase, before, all_quotes
            )
    _resolve(analysis)
    return analysis


# How many earlier mentions of a document's noun `_document_org` reads, latest first.
_DOCUMENT_MENTIONS = 3


def _document_org(
    text: str, spans: list[tuple[int, int]], phrase: str, before: int, quotes: list[tuple[int, int]] = ()
) -> str:
    """The organisation of the document a speaker ``phrase`` ("the report") at ``before`` points back
    to, or "" when unknown.

    The document's noun last met before the speaker ("a *BBC report* detailed", "Amnesty published a
    *report*", "X said in a *statement*"; "investigation" also as "investigated"), and the organisation
    written nearest to it in its sentence, outside ``quotes``: in
    "'... the US-led coalition ...,' the report began" the coalition is the report's subject, not its
    author.

    >>> text = "A BBC report detailed the deal. The SDF denied it. The report said 250 left."
    >>> _document_org(text, sentences(text), "The report", text.index("The report"))
    'BBC'
    >>> text = "A BBC report detailed the deal. The report also cited drivers. The report said 250 left."
    >>> _document_org(text, sentences(text), "The report", text.rindex("The report"))
    'BBC'
    >>> text = ('A BBC report described the deal. "The US-led coalition let them go," the report began. '
    ...         'The report said 250 left.')
    >>> quotes = _quote_spans(text, 0, len(text))
    >>> _document_org(text, sentences(text), "The report", text.rindex("The report"), quotes)
    'BBC'
    >>> _document_org(text, sentences(text), "The report", text.rindex("The report"))  # quotes not given
    'Coalition'
    """
    noun = phrase.split()[-1].lower()
    stem = re.escape(noun[:-3] if len(noun) > 8 else noun)  # "investigat", "statem", "report"
    span_starts = [span[0] for span in spans]
    mentions = [match.start() for match in re.finditer(rf"\b{stem}", text[:before], re.IGNORECASE)]
    for position in reversed(mentions[-_DOCUMENT_MENTIONS:]):  # "The report also contained ...": further back
        index = bisect_right(span_starts, position) - 1
        if index < 0 or position >= spans[index][1]:
            return ""  # outside the sentences analysed: a headline's "US UK deal report" names no author
        s_start, s_end = spans[index]
        here = position - s_start  # the noun's place in its sentence
        orgs = [
            org
            for org in _find_orgs(text[s_start:s_end])
            if not any(q_start <= s_start + org[0] < q_end for q_start, q_end in quotes)
        ]
        if orgs:
            return min(orgs, key=lambda org: min(abs(org[0] - here), abs(org[1] - here)))[2]  # noqa: B023
    return ""


# --------------------------------------------------------------------------------------------
# Attribution of one count
# --------------------------------------------------------------------------------------------


def _containing(
    spans: list[tuple[int, int]], position: int, starts: list[int] | None = None
) -> tuple[int, int] | None:
    """The span holding ``position``; ``starts`` (the spans' starts) when the caller keeps them."""
    if starts is None:
        starts = [s for s, _ in spans]
    i = bisect_left(starts, position + 1) - 1
    if i >= 0 and spans[i][0] <= position < spans[i][1]:
        return spans[i]
    return None


def _quote_attribution(
    text: str, analysis: _ArticleAnalysis, quote: tuple[int, int], events: list[_Event]
) -> _Event | None:
    q_start, q_end = quote
    after = [e for e in events if e.start >= q_end - 1 and _QUOTE_GAP_AFTER.match(text[q_end : e.start])]
    if after:
        return min(after, key=lambda e: e.start)
    before = [e for e in events if e.end <= q_start and _QUOTE_GAP_BEFORE.match(text[e.end : q_start])]
    if before:
        return max(before, key=lambda e: e.end)
    # an attribution elsewhere in the sentence that opens the quote ("X said that ... but that '...'")
    opening = _containing(analysis.sentences, q_start, analysis.sentence_starts)
    if opening:
        same = [e for e in events if opening[0] <= e.start and e.end <= q_start and e.kind != "according"]
        if same:
            return max(same, key=lambda e: e.end)
    closing = _containing(analysis.sentences, q_end - 1, analysis.sentence_starts)
    if closing:
        same = [e for e in events if e.start >= q_end and e.end <= closing[1] and e.after_comma]
        if same:
            return min(same, key=lambda e: e.start)
    return None


def _sentence_attribution(events: list[_Event], count_start: int) -> _Event | None:
    candidates = [e for e in events if not (e.speaker_start <= count_start < e.speaker_end)]
    preceding = [
        e
        for e in candidates
        if e.verb_end <= count_start
        and e.kind != "colon"
        or (e.kind == "colon" and not e.after_comma and e.end <= count_start)
    ]
    if preceding:
        return max(preceding, key=lambda e: e.verb_end)
    following = [
        e
        for e in candidates
        if e.start > count_start and (e.after_comma or e.kind in ("according", "inverted"))
    ]
    if following:
        return min(following, key=lambda e: e.start)
    return None


def _date_of(event: _Event | None, published: dt.date | None) -> tuple[str, str]:
    words = event.date_words if event is not None else ""
    if words:
        resolved = resolve_statement_date(words, published)
        if resolved is not None:
            return resolved.isoformat(), "text"
        match = find_date_words(words)
        if match is not None and match.lastgroup == "vague":
            return "", ""
    if published is not None:
        return published.isoformat(), "published"
    return "", ""


def attribute(
    text: str,
    paragraphs: list[tuple[int, int]],
    sentence: tuple[int, int],
    count_start: int,
    published: dt.date | None,
) -> Attribution:
    """Who the article says stated the count at ``count_start``, and when.

    ``text`` is the article's full text, ``paragraphs`` its body spans in
    reading order (headline excluded; used to resolve "he", titles and
    surnames from earlier sentences), ``sentence`` the span of the sentence
    holding the count, ``published`` the publication date. Per-article work
    is cached, so calling this once per count is cheap.

    >>> text = ("UN envoy Jo Lee visited the camp. "
    ...         '"We counted 300 tents," she told Reuters on Monday. '
    ...         "About 3,000 people live there. Lee said 40 had left.")
    >>> spans = sentences(text)
    >>> wed = dt.date(2017, 11, 15)
    >>> a = attribute(text, [(0, len(text))], spans[1], text.index("300"), wed)
    >>> a.speaker, a.speaker_org, a.verb, a.outlet_told, a.statement_date, a.in_quote
    ('Jo Lee', 'UN', 'told Reuters', 'Reuters', '2017-11-13', True)
    >>> attribute(text, [(0, len(text))], spans[2], text.index("3,000"), wed).speaker
    ''
    >>> a = attribute(text, [(0, len(text))], spans[3], text.index("40"), wed)
    >>> a.speaker, a.speaker_org, a.statement_date, a.statement_date_basis  # her dated statement's day
    ('Jo Lee', 'UN', '2017-11-13', 'text')
    """
    paragraph_key = tuple((int(a), int(b)) for a, b in paragraphs)
    return _attribute(text, paragraph_key, sentence, count_start, published)


def _attribute(
    text: str,
    paragraph_key: tuple[tuple[int, int], ...],
    sentence: tuple[int, int],
    count_start: int,
    published: dt.date | None,
) -> Attribution:
    """`attribute`, with the paragraphs as a tuple of int pairs (the `_analyse` cache key)."""
    s_start, s_end = sentence
    analysis = _analyse(text, paragraph_key)
    inside = _containing(analysis.paragraphs, s_start, analysis.paragraph_starts) if paragraph_key else None
    if inside is not None:
        lo = bisect_left(analysis.event_starts, inside[0])
        events = analysis.events[lo : bisect_left(analysis.event_starts, inside[1], lo)]
        quote = _containing(analysis.quotes, count_start, analysis.quote_starts)
    else:  # a headline or caption: analyse the sentence on its own, people from the body
        quotes = _quote_spans(text, s_start, s_end)
        events = [
            e
            for e in _events_in_sentence(text, s_start, s_end, quotes)
            if _could_speak(_parse_speaker(e.phrase))
        ]
        colon = _colon_event(text, s_start, s_end)
        if colon is not None:
            events.append(colon)
        for event in events:
            _resolve_alone(analysis, event)
        quote = _containing(quotes, count_start)
    chosen: _Event | None = None
    basis_override = ""
    if quote is not None and _is_fragment_quote(text, quote, sentence):
        quote_found = quote
        quote = None  # a scare quote inside the reporter's sentence: the sentence's attribution
    else:
        quote_found = quote
    if quote is not None:
        chosen = _quote_attribution(text, analysis, quote, events)
        if chosen is None:
            chosen = _last_person_before(analysis, quote[0])
            basis_override = "continuing quote" if chosen is not None else ""
    if chosen is None and quote is None:
        in_sentence = [e for e in events if s_start <= e.start < s_end or s_start <= e.verb_start < s_end]
        chosen = _sentence_attribution(in_sentence, count_start)
    statement_date, basis = _date_of(chosen if not basis_override else None, published)
    if basis == "published" and chosen is not None and chosen.speaker:
        earlier = _earlier_dated_statement(analysis, chosen, published)
        if earlier is not None:
            statement_date, basis = earlier
    if chosen is None or not chosen.speaker:
        verb, outlet = (chosen.verb, chosen.outlet_told) if chosen else ("", "")
        return Attribution("", "", verb, statement_date, basis, outlet, quote_found is not None, "")
    return Attribution(
        speaker=chosen.speaker,
        speaker_org=chosen.org,
        verb="" if basis_override else chosen.verb,
        statement_date=statement_date,
        statement_date_basis=basis,
        outlet_told="" if basis_override else chosen.outlet_told,
        in_quote=quote_found is not None,
        speaker_basis=basis_override or chosen.basis,
    )


# Longest quoted fragment read as a scare quote ('captured "dozens" of fighters').
_LONGEST_FRAGMENT_QUOTE = 60
_FRAGMENT_STOP = re.compile(r"[.!?…]")


def _is_fragment_quote(text: str, quote: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether ``quote`` is a few quoted words inside the reporter's own sentence, not a statement.

    >>> text = 'The force says it captured "dozens" of fighters. "We took 40," he said.'
    >>> spans = sentences(text)
    >>> _is_fragment_quote(text, (27, 35), spans[0]), _is_fragment_quote(text, (49, 61), spans[1])
    (True, False)
    """
    q_start, q_end = quote
    s_start, s_end = sentence
    if q_end - q_start > _LONGEST_FRAGMENT_QUOTE or not (s_start < q_start and q_end < s_end):
        return False
    if _FRAGMENT_STOP.search(text, q_start, q_end) or "," in text[q_end - 2 : q_end]:
        return False  # a quoted sentence, or '"We took 40," he said'
    return bool(_WORD_CHARS.search(text, s_start, q_start)) and bool(_WORD_CHARS.search(text, q_end, s_end))


def _earlier_dated_statement(
    analysis: _ArticleAnalysis, chosen: _Event, published: dt.date | None
) -> tuple[str, str] | None:
    """The date of the same speaker's latest earlier statement in the article that names its day, or
    of an earlier statement in the same sentence.

    A spokesman who "said Tuesday" and then "told reporters" a few paragraphs on is reported from one
    briefing; the later undated statement takes the dated one's day. "The military said Thursday
    that ..., while the Red Cross said ..." sets two statements of one day side by side.
    """
    lo = bisect_left(analysis.event_starts, chosen.start)
    sentence = bisect_right(analysis.sentence_starts, chosen.start) - 1
    sentence_start = analysis.sentence_starts[sentence] if sentence >= 0 else chosen.start
    for event in reversed(analysis.events[:lo]):
        if event.date_words and (event.speaker == chosen.speaker or event.start >= sentence_start):
            date, basis = _date_of(event, published)
            if basis == "text":
                return date, basis
    return None


def _last_person_before(analysis: _ArticleAnalysis, position: int) -> _Event | None:
    lo = bisect_left(analysis.event_starts, position)
    for event in reversed(analysis.events[:lo]):
        if event.speaker:
            return event
    return None


def _resolve_alone(analysis: _ArticleAnalysis, event: _Event) -> None:
    """Resolve an event outside the body (headline) against the body's people table."""
    parsed = _parse_speaker(event.phrase)
    event.parsed = parsed
    if parsed.pronoun:
        event.speaker = parsed.phrase if parsed.pronoun == "document" else ""
        return
    if parsed.name:
        person = analysis.find_person(parsed.name)
        event.speaker = person.name if person else parsed.name
        event.org = parsed.org or (person.org if person else _listed_person_org(_name_tokens(parsed.name)))
        event.basis, event.is_person = ("surname" if person else "named"), True
    elif parsed.definite and (holder := _holder_of_title(analysis, parsed, len(analysis.events) and 0)):
        event.speaker, event.org, event.basis, event.is_person = (
            holder.name,
            parsed.org or holder.org,
            "title",
            True,
        )
    else:
        event.speaker, event.org = parsed.phrase, parsed.org
        event.basis = "organisation" if parsed.org else "named"
    if not event.org and event.org_for and event.speaker:
        event.org = event.org_for  # "Jo Lee reported for the BBC that ..."


def attribute_article(article, sentence: tuple[int, int], count_start: int) -> Attribution:
    """:func:`attribute` for a :class:`newscounts.articles.Article`: body spans and published date from it."""
    paragraph_key, published = _article_inputs(article)
    return _attribute(article.text, paragraph_key, sentence, count_start, published)


# `attribute_article` runs once per claim: the body spans and published date of the last article it
# saw are kept, for that article only (an Article is immutable, and is held here, so `is` cannot
# mistake a new article for it). One tuple, read once per call: safe with threads too.
_last_article: tuple = (None, (), None)


def _article_inputs(article) -> tuple[tuple[tuple[int, int], ...], dt.date | None]:
    """The `_analyse` key of an article's body spans, and its published date."""
    global _last_article
    last = _last_article
    if last[0] is not article:
        paragraphs = tuple((int(span.start), int(span.end)) for span in article.body_spans())
        last = _last_article = (article, paragraphs, parse_published(article.published.value))
    return last[1], last[2]
