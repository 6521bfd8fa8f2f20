"""Claims: every reported count in an article, with what it counts, who said it and when.

For each headline and body sentence, `newscounts.numbers.find_counts` finds
the counts; this module then decides what each one counts, using a
categories file (`newscounts.categories`, data not code):

1. **What is counted**: the noun phrase right after the count ("120 Syrian
   ISIS *fighters*", "hundreds of IS *fighters*", "a portion of the
   *foreigners*"). A count with no noun ("approximately less than 300 were
   identified", "10 others") takes the nearest known noun before it in the
   sentence, else the reserved group ``unnamed``. A count followed by a noun
   the categories do not know ("hundreds of kilometers", "one pocket") is
   not a claim.
2. **What happened to it**: the event word nearest to the count, before the
   count or after its noun, within the sentence ("... fighters *left*",
   "the *evacuation* of 3,000 civilians", "*leaving behind* between 200 and
   300 ..."). Only the nearest event decides, so "killed" next to a count
   keeps it out of an evacuation category.
3. The category (or categories) whose nouns, modifiers, events and sentence
   conditions fit. "hundreds of IS fighters, including foreigners" gives two
   claims on one phrase: one for the fighters, one for the foreigners named
   after "including".
4. "some" under a denial ("she denied ... that some foreign fighters had
   left") becomes an explicit none (0).

Speaker, organisation and statement date come from
`newscounts.attribution`. Claims are sorted by offset, then by the category
order of the categories file.

>>> text = "Rebels left Raqqa.\\n\\nAn SDF spokesperson said that 120 Syrian ISIS fighters left Raqqa."
>>> [(c.category, c.low, c.high, c.qualifier, c.phrase) for c in extract_text(text, "a.txt")]
[('fighters_departed', 120, 120, 'exact', '120')]
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from . import patterns as P
from .categories import UNNAMED, Categories, Category, load_categories
from .numbers import VAGUE_BOUNDS, Count, find_counts

__all__ = [
    "CLAIM_COLUMNS",
    "Claim",
    "check_examples",
    "extract_article_claims",
    "extract_claims",
    "extract_folder",
    "extract_text",
    "sentence_scope",
]


@dataclass(frozen=True)
class Claim:
    """One reported count in one category. ``text[start:end] == phrase`` in the article's text."""

    file: str
    outlet: str
    published: str
    category: str
    low: int | None
    high: int | None
    qualifier: str
    phrase: str
    start: int
    end: int
    sentence: str
    speaker: str
    speaker_org: str
    statement_date: str
    # extras, after the contract columns
    section: str
    sentence_start: int
    sentence_end: int
    statement_date_basis: str
    claim_id: str
    #: Which event the sentence reports: "main" (the article's own), "other_event" ("Meanwhile",
    #: "Elsewhere", "In a separate attack") or "background" (an earlier event: "last month", "in
    #: 2016"). See `sentence_scope`.
    scope: str = "main"

    def as_dict(self) -> dict:
        return asdict(self)


#: Ledger columns: the contract columns, then the extras, in order.
CLAIM_COLUMNS: list[str] = [f.name for f in fields(Claim)]

# Words that end a noun phrase after a count. "IS" (the group) is kept apart from "is" by case.
_STOP = frozenset(
    """
    who that which whom whose were was are is be been being have has had will would could can may might must
    should shall did do does and or nor in on at to from with by for as than into out across inside outside
    during after before since while when where but so also still reportedly allegedly
    the a an this these those
    it its they them he she we you i there here not no all each every said says say according including
    among between against under over through toward towards within without like near via about who're
    if then because though although whether just only even saying told adding most mostly mainly
""".split()
)
_DETERMINERS = frozenset("the these those its their his her our your all such".split())
# "no indication of civilian casualties": a zero of the noun after "of", as in `patterns.DENIAL_FRAME`
_NO_SIGN_NOUNS = frozenset("indication indications evidence sign signs".split())
# The determiners that may follow a count: "12 such attacks".
_COUNT_DETERMINERS = frozenset("all such".split())
# What "no" may deny before a head noun without denying the people: "no information casualties yet"
_NEWS_NOUNS = frozenset("information details detail word news confirmation figures data".split())
_ANAPHORA = frozenset("others other more them whom those ones".split())
# Words between a count (or its noun) and its own predicate: "5 others *were* injured", "12 were
# *reportedly* killed". See `_own_predicate`.
_AUXILIARIES = frozenset(
    "were was are is be been being have has had got get reportedly also later allegedly all both".split()
)
# Adverbs that grade the modifier after them inside a noun phrase ("mostly foreign fighters").
_DEGREE_ADVERBS = frozenset("mostly mainly largely predominantly primarily chiefly overwhelmingly".split())
# Adverbs that grade the event right after them ("53 *seriously* injured", "30 *badly* wounded people").
_SEVERITY_ADVERBS = frozenset(
    "seriously critically badly heavily severely gravely lightly slightly moderately mortally fatally".split()
)
# How far before an event (in characters) a count can be whose event it is ("three *dead*").
_OWN_EVENT_REACH = 12
# How long a definite whole can be in "three of the 21 Palestinians killed in the strikes were children".
_WHOLE_MAX_WORDS = 10
# Words that end the look for a noun after "N of the dead were": "were *not* civilians".
_NOT_A_MODIFIER = frozenset("not no and or but also from in on at by with".split())
# Words of a hedged "were": "were *believed to be* civilians", "were *identified as* rebels".
_HEDGED_COPULA = frozenset("believed thought said reported confirmed identified likely to be as".split())
# Event words that, right after a count, are a verb taking an object ("attacks kill 10 *injure*
# scores"), not the count's own predicate ("10 *injured*").
_PLURAL_HEADS = frozenset("people children dead personnel police".split())
_TRANSITIVE_BASE = frozenset("kill kills injure injures wound wounds leave leaves".split())
# Count words a predicate may follow, as it follows a number: see `_follows_count`.
_VAGUE_COUNT_WORDS = frozenset(word for word in VAGUE_BOUNDS if " " not in word) | {"many"}
_NUMBER_TOKEN = re.compile(rf"\d[\d,.]*|(?:{'|'.join(P.NUMBER_WORDS)})", re.IGNORECASE)
# "... were among the 12 dead": the count is the total the subject belongs to, not the subject.
_AMONG_BEFORE = re.compile(r"\bamong\s+(?:the\s+|those\s+)?$", re.IGNORECASE)
_QUOTES = frozenset("\"'“”‘’«»")
_BRACKETS = frozenset("()[]")
_INCLUDING = re.compile(r"\s*,?\s*(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+", re.I)
# A part named between a count's noun and its own predicate: "12 others *including women and children*
# were wounded", "20 people, *among them two children*, were injured". Not "of whom"/"among whom",
# which open a clause with its own verb ("20 people, of whom 3 were killed"). See `_skip_part`.
_PART_INSERT = re.compile(r"\s*,?\s*(?:including|among\s+them|such\s+as)\s+", re.I)
_PART_INSERT_WORDS = 8
_WHOLE_GAP_WORDS = 2  # see `_whole_event`
# A word of every `patterns.PART_BEFORE` alternative, lower case. KEEP IN STEP with it.
_PART_LINK_WORDS = ("includ", "among", "of them", "of whom", "such as")
# A sentence is in title case when this share of its words of four letters or more (at least this
# many) start with a capital. See `_Sentence.title_case`.
_TITLE_CASE_SHARE = 0.8
_TITLE_CASE_MIN_WORDS = 3
_CLAUSE_OPENERS = frozenset("who which that whom whose where when".split())
_TOKEN = P.TOKEN
_MAX_MODIFIERS = 6
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s")
_CLAUSE_BREAK_PENALTY = 4  # words; see `_nearest_event`
# A place's relative clause: what happened before it is not what its count did ("five civilians were
# killed in the town, *where* 200 fighters are based").
_WHERE_CLAUSE = re.compile(r",\s*where\b", re.IGNORECASE)
_RANKS_OF = re.compile(r"\s*,?\s*(?:among|in|from|within)\s+(?:the|their|its)\s+ranks\s+of\s+", re.IGNORECASE)
_TIME_BEFORE_EVENT = re.compile(
    r"\b(?:before|after|during|since|until|prior\s+to|ahead\s+of|following)\s+(?:the|its|their|this)\s+$",
    re.IGNORECASE,
)
_VERB_HEDGE = re.compile(r"(?:did|does|do|would|will)\s+not\b|not\s+exceeding\b", re.IGNORECASE)
# A breakdown of a total set off by a dash, a bracket or a colon: "17 people -- 11 civilians and six
# rebels --"
_BREAKDOWN = re.compile(r"\s*(?:--|[\u2014\u2013(:])\s*")
_AND_ONLY = re.compile(r"\s*,?\s*and\s+", re.IGNORECASE)
# Right after a noun phrase: its people are kin of the dead, not the dead ("two women *relatives of
# those killed*", "three men, *fathers of the victims*").
_KIN_OF_THE_DEAD = re.compile(
    r"[\s,]*(?:relatives?|famil(?:y|ies)|kin|kinsmen|mourners?|friends?|parents?|fathers?|mothers?"
    r"|brothers?|sisters?|sons?|daughters?|widows?|neighbou?rs?)\s+of\s+(?:those|the)\s+"
    r"(?:killed|dead|victims?|deceased|slain)\b",
    re.IGNORECASE,
)
# An event word that names an incident, not its victims: "from *one massacre* to another".
_INCIDENT_NOUN = re.compile(
    r"(?:massacres?|bombings?|attacks?|strikes?|raids?)",
    re.IGNORECASE,
)
# An event word that names its victims one by one, so a count right before it counts people: "nearly
# two hundred *executions*", "20 *deaths*" (the people are not named, whoever did it).
_VICTIM_NOUN = re.compile(
    r"(?:deaths|executions|killings|murders|assassinations|fatalities|casualties|injuries|beheadings)",
    re.IGNORECASE,
)
_EXISTENTIAL = re.compile(r"\bthere\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\b", re.IGNORECASE)
_BUT_NOT_ALL = re.compile(r"\s*,\s*(?:but|though|if)\s+not\s+all\s*,", re.IGNORECASE)
# After a noun phrase, an apposition of its kinds: "hundreds of fighters, *both Syrian and foreign*,".
_APPOSED_KINDS = re.compile(r"\s*,\s*(?:both\s+)?([\w'’-]+)\s+(?:and|or)\s+([\w'’-]+)\s*,", re.IGNORECASE)
_OF_DEFINITE = re.compile(r"\s+of\s+(?:the|those)\b", re.IGNORECASE)
_AND_THEN = re.compile(r"\s*,?\s*and\s+(?:(?:her|his|their|its)\s+)?", re.IGNORECASE)  # "a mother and her"
_OF_WHOM_AFTER = re.compile(r"\s+of\s+(?:whom|them)\b", re.IGNORECASE)
# Between a whole and a part that says "of them" after its figure: "59, 39 of them", "59 at least -39 of them"
_OF_THEM_GAP = re.compile(r"(?:\s+at\s+least)?\s*[,(\-\u2013\u2014]\s*", re.IGNORECASE)
# The dead as a whole already counted, right after a part ("three others *among the dead*", "some
# *of the bodies*") or right before it ("*among the dead were* three others"): see `_part_of_the_dead`.
_THE_DEAD = r"(?:the|those)\s+(?:dead|bodies|corpses|killed|fatalities)\b"
_OF_THE_DEAD_AFTER = re.compile(
    rf"[\s,]*(?:others?\s+)?(?:(?:of|among)\s+{_THE_DEAD}|(?:were|was|are|is)\s+(?:also\s+)?among\s+{_THE_DEAD})",
    re.IGNORECASE,
)
_OF_THE_DEAD_BEFORE = re.compile(
    rf"\b(?:among\s+{_THE_DEAD}\s+(?:were|was|are|is)|{_THE_DEAD}\s+(?:included|include|includes))[\s,:]*(?:\w+\s+)?$",
    re.IGNORECASE,
)
_WITH_BEFORE_COUNT = re.compile(r"[\s,;]*(?:and\s+|while\s+)?with\s+", re.IGNORECASE)  # see `_nearest_event`
# A noun phrase that is the subject of a verb of its own, which is no event: "*Some* activists *have
# taken* to social media to accuse IS of the assassination", "*two* residents *said* the strike killed
# a family". An event after that verb is what the clause talks about, not what befell the count;
# "said to have been killed", "reported killed" are hedges on the count's own event, and "attacked
# by", "targeted by" are passive (see `_nearest_event`).
_OWN_VERB = re.compile(
    r"(?:\s+(?:in|from|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"  # "Hundreds in Baghdad mourned"
    r"\s*(?:(?:have|has|had|also|then|later|reportedly|themselves)\s+)*"
    r"(?P<verb>(?:said|says|say|told|tell|tells|reported|report|reports|added|stated|announced|accused|accuse"
    r"|accuses|blamed|blame|blames|took|taken|take|wrote|write|posted|post|called|call|calls|demanded|denied"
    r"|deny|condemned|condemn|urged|warned|warn|feared|fear|fears|believe|believed|described|describe"
    r"|recounted|recalled|recall|spoke|speak|witnessed|saw|see|watched|gathered|marched|chanted|shared"
    r"|published|claimed|claim|claims|mourned|mourn|mourns|attended|attend|prayed|protested|rallied)\b"
    # what attackers did, before what their attack did: "Two suicide bombers *struck* the town, killing
    # 12" (not the passive "attacked by gunmen", "targeted in the raid")
    r"|(?:struck|stormed|attacked|targeted|raided|ambushed|opened|fired|shelled|bombed|overran"
    r"|seized|captured|infiltrated)\b"
    r"(?!\s+(?:by|in|during|near|at|on|while|when|as|after|before|from|with|inside|outside)\b))",
    re.IGNORECASE,
)
# After a verb that hedges the count's own event: "said to have been killed", "reported killed",
# "feared dead", "believed to have died".
_HEDGING_VERBS = frozenset("said reported feared believed claimed".split())
_HEDGE_GAP = re.compile(r"(?:\s+(?:to|have|has|been|be|being|as|having|were|was|had|later|dead|now))*\s*")
_SAID = frozenset("said says say told reported added stated confirmed announced".split())
_REFLEXIVES = frozenset("himself herself themselves itself".split())
_RUNNING_TOTAL_WORDS = 12  # see `_Sentence.running_total`
# "killed 28 people, *bringing* the toll since the war began to 43,000": the running total after
# such a clause is the clause's own count, not the event's before it.
_NEW_TOTAL_CLAUSE = re.compile(r"\b(?:bringing|raising|taking|pushing|putting)\b", re.IGNORECASE)
_SCOPE_PARAGRAPH_SENTENCES = 4  # see `sentence_scope`
# "most of them rebels", "mostly soldiers", "the majority fighters": see `_side_apposition`.
_BULK_WORDS = frozenset(
    "most mostly mainly largely predominantly overwhelmingly all nearly almost the majority".split()
)
# Verbs a bare singular may take with no auxiliary: "a child died". See `_bare_article_counts`.
# What an organisation's name may end in, lower case: "the Takfiri group", "the Nusra front".
_ORGANISATION_NOUNS = frozenset(
    "group groups front movement organisation organization brigade brigades battalion battalions".split()
)
_ONE_OF_AFTER_COPULA = re.compile(r"\b(?:was|is|were|are|became|becomes|as)\s+$", re.IGNORECASE)
# "one of" before another count or "whose": the one is a member of what follows
_ONE_OF_ANOTHER = re.compile(
    r"\s+of\s+(?:whose\b|an?\s+(?:unknown|undetermined|unspecified)\s+number\b|(?:at\s+least\s+)?\d)",
    re.IGNORECASE,
)
# Right before a count: "..., one of an unknown number of Iraqis who ...": what happened before
# "one of" happened to the one, not to the count's people
_ONE_OF_BEFORE = re.compile(r"\bone\s+of\s+$", re.IGNORECASE)
# What a head noun inside an organisation's name goes on with: "Kurdistan Workers' *Party*".
_NAME_ENDS = frozenset({"party", "union", "council", "association"})
_AGE = re.compile(r"\d+-(?:year|month|week|day)s?-old$", re.IGNORECASE)
_INTRANSITIVE = frozenset("died dies perished drowned succumbed".split())
_ARTICLE = re.compile(r"\b[Aa]n?\b")


@dataclass(frozen=True)
class _NounPhrase:
    group: str  # noun group, or UNNAMED
    modifiers: frozenset[str]
    end: int  # sentence offset where the noun phrase ends (head end, or the count end)
    head_start: int  # where the head noun starts (== end when there is none)
    inner_event: str = ""  # event group written inside the phrase ("any withdrawal of ...")
    looked_back: bool = False
    anaphora: bool = False  # "16 of them", "10 others": the noun is named earlier in the sentence
    state_event: str = ""  # event group of a participle used as an adjective ("a dozen *wounded* fighters")
    # modifiers joined by "and"/"or" before one head: "Syrian and foreign fighters" counts both kinds
    coordinated: frozenset[str] = frozenset()


class _Sentence:
    """Tokens and events of one sentence, with helpers to measure word distances."""

    def __init__(self, text: str, categories: Categories, events: list | None = None):
        self.text = text
        self.tokens = [(m.group(), *m.span()) for m in _TOKEN.finditer(text)]
        self.words = [t[0] for t in self.tokens]
        self.starts = [t[1] for t in self.tokens]
        # a `_TOKEN` is a `patterns.WORD` (which opens with a letter or digit) or one punctuation mark
        self.is_word = [word[0].isalnum() for word in self.words]
        self.word_prefix = [0]
        for flag in self.is_word:
            self.word_prefix.append(self.word_prefix[-1] + flag)
        self.events = categories.find_events(text) if events is None else events
        self.event_starts = {start: (end, group) for start, end, group in self.events}
        self.categories = categories
        self._running_spans: list[tuple[int, int]] | None = None
        lower = text.lower()
        self.has_toll = "toll" in lower or "number of" in lower

    @functools.cached_property
    def may_name_a_part(self) -> bool:
        """Whether a `patterns.PART_BEFORE` link word can occur in the sentence (a fast yes/no)."""
        lower = self.text.lower()
        return any(word in lower for word in _PART_LINK_WORDS)

    @functools.cached_property
    def title_case(self) -> bool:
        """Whether the sentence capitalises (nearly) every word, as many outlets' headlines do ("Air
        Strike Kills 47 Leaders Of Rebel Group"): then a capital letter does not mark a name."""
        long_words = [w for w in self.words if len(w) > 3 and w.isalpha()]
        capitalised = sum(w[0].isupper() for w in long_words)
        return len(long_words) >= _TITLE_CASE_MIN_WORDS and capitalised >= _TITLE_CASE_SHARE * len(long_words)

    def running_total(self, count: Count) -> bool:
        """Whether the count is a running total (a war's, a year's), not one event's toll.

        True when a `patterns.RUNNING_TOTAL` phrase ("since 2011", "the war that has killed") sits
        within `_RUNNING_TOTAL_WORDS` words of the count, so a sentence that gives both an event's
        toll and, further on, the war's is read count by count.
        """
        if self._running_spans is None:
            self._running_spans = [m.span() for m in P.RUNNING_TOTAL.finditer(self.text)]
        for start, end in self._running_spans:
            if end <= count.start:
                if self.words_between(end, count.start) <= _RUNNING_TOTAL_WORDS:
                    return True
            elif start >= count.end:
                if self.words_between(
                    count.end, start
                ) <= _RUNNING_TOTAL_WORDS and not _NEW_TOTAL_CLAUSE.search(self.text, count.end, start):
                    return True
            else:
                return True
        return False

    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def words_between(self, start: int, end: int) -> int:
        return self.word_prefix[self.index_at(end)] - self.word_prefix[self.index_at(start)]

    def event_at(self, index: int) -> tuple[int, str] | None:
        if index < len(self.tokens):
            return self.event_starts.get(self.tokens[index][1])
        return None


def _lower_case(word: str, sentence: _Sentence | None = None) -> bool:
    """A word written in lower case, or capitalised only because its sentence (a headline) capitalises
    every word ("12 *Wounded* Soldiers Die"); never an acronym ("IS", "UN")."""
    if word.islower():
        return True
    return sentence is not None and word[:1].isupper() and word[1:].islower() and sentence.title_case


def _verbal(word: str, sentence: _Sentence | None = None) -> bool:
    """A word that reads as a verb right after a count ("saying", "reported"), not as a modifier.

    A capitalised word is a name ("Mohammed"), except in a title-case headline.
    """
    lower = word.lower()
    return len(lower) > 4 and lower.endswith(("ing", "ed")) and _lower_case(word, sentence)


def _present_participle(word: str, sentence: _Sentence | None = None) -> bool:
    """ "carrying", "saying": a verb that ends a noun phrase ("three buses *carrying* 120 people")."""
    return word[-3:] == "ing" and _verbal(word, sentence)


# Plurals with no final "s" (a head ending in "men" is plural too: "gunmen"); "police" is left out
# because it modifies a noun as often as it counts people ("a police source said").
_PLURALS_WITHOUT_S = _PLURAL_HEADS - {"police"}
# Nouns that a head noun in the singular can modify, so that the count is of them, not of people: an
# attack ("a terrorist attack"), a place or position ("a rebel stronghold", "12 rebel positions"), a
# source ("a police source said"), a vehicle. Singular or plural. Not a group ("militant group (ISIS)
# fighters" goes on to its head) nor a word that starts a person's noun ("a civilian truck driver").
_THING_NOUN = re.compile(
    r"""(?:attack|strike|raid|bombing|blast|explosion|shelling|bombardment|bomb|shell|rocket|missile|mortar
    |shooting|clash|battle|massacre|ambush|assault|offensive|operation|incursion|counterattack|advance
    |stronghold|position|area|post|base|camp|checkpoint|hideout|headquarters|territory|town|village
    |district|neighbou?rhood|enclave|pocket|bastion|site|building|home|house|station|office|facility
    |facilitie|target|convoy|vehicle|tunnel|frontline|front|line|zone|region|city|suburb|outskirt
    |countryside|compound|prison|jail|hospital|school|gathering|source|spokesman|spokesperson
    |spokeswoman|statement|weapon|amnesty|assembly|staff|public|command|directorate|election|meeting)(?:s|es)?""",
    re.VERBOSE,
)


def _noun_after_singular_head(sentence: _Sentence, k: int) -> str | None:
    """What follows a head noun in the singular when it is itself the modifier of a noun (token ``k``
    on): ``"noun"`` when a word that can only be a noun comes next ("a *rebel* stronghold", "12
    *rebel* positions", "a *terrorist* attack": the count counts strongholds, positions, attacks),
    ``"head"`` when a head noun that names a side does ("a *child* soldier"), else None ("two
    *Asayish* members", "*civilian* casualties" keep their first head).

    A noun here is one of `_THING_NOUN`: an attack, a place, a source, not a person ("nine
    civilian bystanders", "a civilian truck driver" stay civilians).
    """
    words = sentence.words
    if k >= len(words) or not sentence.is_word[k]:
        return None
    head, word = words[k - 1].lower(), words[k]
    if (
        head.endswith(("s", "men"))
        or head in _PLURALS_WITHOUT_S
        or (word[0].isupper() and not sentence.title_case)  # a name, but for "Hit Rebel Bastions"
        or word[0].isdigit()
    ):
        return None
    lower = word.lower()
    if lower == "of":
        return None
    following = sentence.categories.head_at(words, k)
    if following is not None:
        # "Asayish members", "civilian casualties": a head that names no side leaves the first one
        return None if following[1] in sentence.categories.sideless else "head"
    return "noun" if _THING_NOUN.fullmatch(lower) else None


def _head_follows(categories: Categories, words: list[str], i: int) -> bool:
    """Whether a head noun starts at word ``i``, or at ``i + 1`` after a modifier or a capitalised
    adjective ("more *Syrian* soldiers")."""
    if i >= len(words):
        return False
    if categories.head_at(words, i) is not None:
        return True
    adjective = categories.modifier_of(words[i]) or (words[i][:1].isupper() and words[i].isalpha())
    return bool(adjective) and i + 1 < len(words) and categories.head_at(words, i + 1) is not None


_POSSESSIVE_MARKS = frozenset(("'", "\u2019", "'s", "\u2019s"))
_POSSESSOR = re.compile(r"['\u2019]s$")


def _noun_phrase_after(sentence: _Sentence, count: Count) -> _NounPhrase | None:
    """The noun phrase a count quantifies; None when it counts something the categories do not know."""
    categories, words = sentence.categories, sentence.words
    i, n = sentence.index_at(count.end), len(words)
    inner_event = ""
    not_all = _BUT_NOT_ALL.match(sentence.text, count.end)
    if not_all:
        i = sentence.index_at(not_all.end())  # "Some, but not all, foreign fighters have left"
    while i < n and words[i] in _QUOTES:
        i += 1
    # "three of the fighters", "a portion of the foreigners": a determiner may follow "of" only
    after_of = (i < n and words[i].lower() == "of") or count.phrase.lower().endswith(" of")
    if i < n and words[i].lower() == "of":
        i += 1
        verb = (
            _copula_after_whole(sentence, i) if i + 2 < n and words[i].lower() in ("the", "those") else None
        )
        if verb is not None:
            # "three of the dead were children" (the event of "the dead"), "70 of the fighters were
            # foreigners" (what they were, said after the verb), "three of the 21 Palestinians killed
            # in the strikes were children" (the event inside the whole)
            event = sentence.event_at(i + 1) or sentence.event_at(i)
            if event is None and verb > i + 2:
                event = next((e for k in range(i + 2, verb) if (e := sentence.event_at(k))), None)
            whole = None
            if event is None:
                whole = next((h for k in range(i + 1, verb) if (h := categories.head_at(words, k))), None)
            j = verb
            while j < n and (words[j].lower() in _AUXILIARIES or words[j].lower() in _HEDGED_COPULA):
                j += 1  # "were believed to be civilians", "were identified as rebels"
            head, said = None, set()
            if event is not None or whole is not None:
                # up to two words before the noun: "were *Syrian rebel* fighters", "were *foreign* fighters"
                for k in range(j, min(j + 3, n)):
                    head = categories.head_at(words, k)
                    if head is not None or words[k].lower() in _NOT_A_MODIFIER or sentence.event_at(k):
                        break
                    modifier = categories.modifier_of(words[k])
                    if modifier:
                        said.add(modifier)
                j = k if head is not None else j
            if head is not None:
                used, group, carried = head
                return _NounPhrase(
                    group,
                    carried | frozenset(said) | (whole[2] if whole else frozenset()),
                    sentence.tokens[j + used - 1][2],
                    sentence.tokens[j][1],
                    inner_event=event[1] if event else "",
                )
        if i < n and words[i].lower() in ("them", "whom", "those", "us"):
            j = i + 1
            while j < n and words[j].lower() in _AUXILIARIES:
                j += 1
            head = categories.head_at(words, j) if j < n else None
            if head is not None:  # "20 people, 11 of them children", "234 of them were children"
                used, group, carried = head
                return _NounPhrase(group, carried, sentence.tokens[j + used - 1][2], sentence.tokens[j][1])
            return _NounPhrase(UNNAMED, frozenset(), count.end, count.end, anaphora=True)
    # right after a count, an article starts another phrase: "the toll rose to 115 the Observatory
    # said" (a text stripped of its commas)
    if not after_of and i < n and words[i] in ("The", "This", "These", "Those"):
        return None  # "(200) 2510 The US missile strike ...": a page's figure before a new sentence
    while i < n and words[i].lower() in (_DETERMINERS if after_of else _COUNT_DETERMINERS):
        i += 1
    event = sentence.event_at(i)
    if event is not None:  # "any withdrawal of foreign militants": the event, then what it happened to
        end, group = event
        j = sentence.index_at(end)
        if j < n and words[j].lower() == "of":
            inner_event, i = group, j + 1
            while i < n and words[i].lower() in _DETERMINERS:
                i += 1
    modifiers: set[str] = set()
    coordinated: set[str] = set()
    content, first_content, state_event = 0, i, ""
    side_name = True  # every word so far names an armed side: "Five *Hezbollah* killed", "40 *ISIS*"
    while i < n and content <= _MAX_MODIFIERS:
        word = words[i]
        if word in _QUOTES or word in _BRACKETS:
            i += 1
            continue
        head = categories.head_at(words, i)
        if head is not None and words[i].lower() == "police" and i + 1 < n and words[i + 1].lower() in _SAID:
            # "wounding 31 (Iraqi) police said" (a text without commas): "police" opens the attribution
            return _NounPhrase(UNNAMED, frozenset(), count.end, count.end, inner_event)
        if head is not None and _in_a_name(words, i + head[0]):
            content, i = content + 1, i + head[0]  # "Kurdistan *Workers'* Party (PKK) terrorists": a name
            continue
        if head is not None:
            used, group, carried = head
            after = _noun_after_singular_head(sentence, i + used)
            if after == "head":
                modifiers |= carried  # "53 injured fighters": the wounded are fighters, still wounded
                content, i = content + 1, i + used  # "a child soldier", "a rebel commander"
                continue
            if after == "noun":
                return None  # "a rebel stronghold", "12 rebel positions", "a terrorist attack"
            if after_of and i + used < n and words[i + used] in _POSSESSIVE_MARKS:
                return None  # "one of the jihadists' deadliest assaults": the head is a possessor
            end = sentence.tokens[i + used - 1][2]
            modifiers |= carried
            return _NounPhrase(
                group,
                frozenset(modifiers),
                end,
                sentence.tokens[i][1],
                inner_event,
                state_event=state_event,
                coordinated=frozenset(coordinated),
            )
        lower = word.lower()
        if _AGE.match(word):
            content, i = content + 1, i + 1  # "a 10-year-old boy": an age is an adjective
            continue
        if content == 0 and word[0].isdigit():
            return None  # "85 12 Daesh terrorists": another count follows, this one counts nothing known
        if content and (word[0].isdigit() or lower in P.NUMBER_WORDS or _present_participle(word, sentence)):
            break  # "three buses (carrying) 120 people": the noun ended before another count or a verb
        if word == "/" and content and i + 1 < n and sentence.is_word[i + 1]:
            i += 1  # "17 PKK/YPG terrorists": one name written with a slash
            continue
        if (
            lower in ("and", "or")
            and content
            and categories.modifier_of(words[i - 1])
            and i + 1 < n
            and (categories.modifier_of(words[i + 1]) or categories.head_at(words, i + 1))
        ):
            coordinated.add(categories.modifier_of(words[i - 1]))
            if categories.modifier_of(words[i + 1]):
                coordinated.add(categories.modifier_of(words[i + 1]))
            i += 1  # "70 regime and rebel fighters": modifiers joined before one head
            continue
        if (
            lower == "and"
            and content
            and categories.modifier_of(words[i - 1])
            and i + 2 < n
            and _NUMBER_TOKEN.fullmatch(words[i + 1])
            and categories.modifier_of(words[i + 2])
        ):
            i += 2  # "8 Daesh and 12 PKK terrorists": two counts share the head after the second
            continue
        if (
            lower in ("most", "least")
            and content == 0
            and words[i - 1].lower() in ("the", "its", "their", "his", "her")
            and i + 1 < n
            and sentence.is_word[i + 1]
            and words[i + 1].lower() not in _STOP
            and categories.head_at(words, i + 1) is None
        ):
            i += 1  # "one of the *most* notorious militants": a superlative grades the modifier after it
            continue
        if lower in _DEGREE_ADVERBS and content == 0:
            i += 1  # "200-300 mostly foreign fighters": the adverb grades the modifier after it
            continue
        if lower in _SEVERITY_ADVERBS and content == 0 and sentence.event_at(i + 1) is not None:
            i += 1  # "53 seriously injured", "12 critically wounded people": the adverb grades the event
            continue
        if not sentence.is_word[i] or (lower in _STOP and word not in ("IS", "US", "UN")):
            break
        if count.qualifier == "none" and (
            (lower == "of" and words[i - 1].lower() not in _NO_SIGN_NOUNS) or lower in _NEWS_NOUNS
        ):
            return None  # "no details of casualties", "no information (on) casualties": nothing is known
        if sentence.event_at(i) is not None and content == 0:
            if not state_event and _participle_before_head(sentence, i):
                state_event = sentence.event_at(i)[1]  # "a dozen wounded fighters": a state, not the event
                modifier = categories.modifier_of(word)
                if modifier:
                    modifiers.add(modifier)  # ... and a modifier too, when the categories file says so
                i += 1
                continue
            break  # "22 killed", "300 left": no noun
        if content == 0 and lower in _ANAPHORA:
            if lower in ("other", "more") and _head_follows(categories, words, i + 1):
                i += 1  # "five other worshippers", "three more (Syrian) soldiers": the noun counts
                continue
            if lower in ("other", "more") and _unknown_noun_at(sentence, i + 1):
                return None  # "three more towns": a noun the categories do not count
            break
        if content and side_name and sentence.event_at(i) is not None:
            break  # "Five Hezbollah *killed*": the name ended at the event
        modifier = categories.modifier_of(word)
        if modifier:
            modifiers.add(modifier)
        if not (
            (modifier and modifier in categories.side_modifiers)
            or (content and ((word[:1].isupper() and not sentence.title_case) or lower.startswith("al-")))
        ):
            side_name = False  # a proper name may go on after a side's modifier: "Islamic *State*"
        if content == 0:
            first_content = i
        content += 1
        i += 1
    named = _side_of_modifiers(categories, modifiers) if content and side_name else None
    if named is not None and not _verbal(words[first_content], sentence):
        # a side named with no head noun: "Five Hezbollah killed", "kills 40 ISIS in Deir ez-Zor"
        end = sentence.tokens[i - 1][2]
        return _NounPhrase(named, frozenset(modifiers), end, sentence.tokens[first_content][1], inner_event)
    if content == 1 and _verbal(words[first_content], sentence):
        content = 0  # "put the toll at 58 saying ...", "12 trapped inside": a verb, not a noun, follows
        # (not "two armored vehicles": a noun after it makes it an adjective)
    if content and i < n and words[i].lower() in _SAID and _object_of_event(sentence, count):
        content = 0  # "wounding 151 pro-opposition media said" (no commas): the speaker, not a noun
    if content and not (i < n and words[i].lower() in _ANAPHORA):
        return None  # "hundreds of kilometers", "one pocket": a noun the categories do not count
    return _NounPhrase(UNNAMED, frozenset(), count.end, count.end, inner_event)


_TIME_ADVERBS = frozenset(
    "overnight today yesterday tonight later earlier afterwards recently nearby too".split()
)


def _unknown_noun_at(sentence: _Sentence, i: int) -> bool:
    """Whether token ``i`` is a lower-case word that is no stop word, event, modifier or number: after
    "three more" or "five other" it is a noun the categories do not count ("three more *towns*")."""
    words = sentence.words
    if i >= len(words) or not sentence.is_word[i] or not words[i].isalpha() or not words[i].islower():
        return False
    return not (
        words[i] in _STOP
        or words[i] in _TIME_ADVERBS
        or sentence.event_at(i) is not None
        or sentence.categories.modifier_of(words[i])
        or sentence.categories.head_at(words, i) is not None
    )


def _object_of_event(sentence: _Sentence, count: Count) -> bool:
    """Whether an event word stands right before the count, which is then its object ("*wounding* 151")."""
    return any(
        end <= count.start and sentence.words_between(end, count.start) == 0 for _, end, _ in sentence.events
    )


def _in_a_name(words: list[str], k: int) -> bool:
    """Whether an organisation's name goes on at token ``k``, after a head noun ("Workers' *Party*")."""
    if k < len(words) and words[k] in ("'", "’"):
        k += 1
    return k < len(words) and words[k].lower() in _NAME_ENDS


def _participle_before_head(sentence: _Sentence, index: int) -> bool:
    """Whether the one-word event at ``index`` is a past participle used as an adjective, right before
    a known head noun: "12 *wounded* fighters", "hundreds of *injured* civilians" (not "22 killed")."""
    end, _ = sentence.event_at(index)
    word = sentence.words[index]
    if sentence.index_at(end) != index + 1 or not (
        _lower_case(word, sentence) and (word.endswith("ed") or word.lower() == "remaining")
    ):
        return False
    following = index + 1  # "the remaining *foreign* fighters", "eight captured *Syrian* soldiers":
    # modifiers and proper adjectives may come first
    while (
        following < min(len(sentence.words), index + 4)
        and sentence.categories.head_at(sentence.words, following) is None
        and (
            sentence.categories.modifier_of(sentence.words[following])
            or _proper_adjective(sentence, following)
        )
    ):
        following += 1
    return (
        following < len(sentence.words) and sentence.categories.head_at(sentence.words, following) is not None
    )


def _proper_adjective(sentence: _Sentence, index: int) -> bool:
    """Whether token ``index`` is a capitalised word that is no stop word, as proper adjectives are:
    "*Syrian*", "*Kurdish*" (the caller stops at a head noun, which a title-case headline capitalises too)."""
    word = sentence.words[index]
    return sentence.is_word[index] and word[:1].isupper() and word[1:].islower() and word.lower() not in _STOP


def _used_as_modifier(sentence: _Sentence, index: int, used: int) -> bool:
    """A singular head noun followed by another noun modifies it: "*terrorist* attacks", "*rebel* fire"."""
    last = sentence.words[index + used - 1].lower()
    if last.endswith(("s", "men")) or last in _PLURAL_HEADS:
        return False
    j = index + used
    return (
        j < len(sentence.words)
        and sentence.is_word[j]
        and sentence.words[j].lower() not in _STOP
        and sentence.event_at(j) is None
        and (
            not _verbal(sentence.words[j], sentence)
            # "the terrorist bombing": after an article, an -ing word is a noun
            or (index > 0 and sentence.words[index - 1].lower() in ("the", "a", "an", "this", "that"))
        )
    )


def _look_back(
    sentence: _Sentence, count: Count, phrase: _NounPhrase, cross_events: bool = False
) -> _NounPhrase:
    """For a count without a noun, the nearest known noun before it in the sentence.

    An event in between stops the search ("Suicide bomber kills 16": the noun before the verb is
    its agent) unless the count points back ("16 of them", "10 others") or has its own predicate
    (``cross_events``: "7 terrorists were killed and 5 were injured"). A noun named as a part
    ("including 2 women") is passed over: "40 others" are not more of the women.
    """
    categories, words = sentence.categories, sentence.words
    first = sentence.index_at(count.start)
    before = first - 1 - (first >= 1 and words[first - 1].lower() == "that")
    if before >= 0 and words[before].lower() in _SAID:
        return phrase  # "The UN Force said one of those killed ...": the noun before "said" is the speaker
    anaphora = phrase.anaphora or (
        sentence.index_at(count.end) < len(words) and words[sentence.index_at(count.end)].lower() in _ANAPHORA
    )
    # "12 soldiers were killed, *including* seven in a bomb attack": a part is of the whole's kind,
    # over the whole's verb; a whole without a noun ("kills 16, including 4") gives it none
    part = first >= 1 and words[first - 1].lower() == "including"
    for i in range(first - 1, max(-1, first - 1 - categories.words_before * 2), -1):
        if not (anaphora or cross_events or part) and sentence.event_at(i) is not None:
            break
        if part and _NUMBER_TOKEN.fullmatch(words[i]):
            break
        if words[i].lower() in _REFLEXIVES:
            break  # "killing himself and 18 others": the others are not more of the bomber's kind
        head = categories.head_at(words, i)
        if head is not None and sentence.tokens[i + head[0] - 1][2] <= count.start:
            if _used_as_modifier(sentence, i, head[0]):
                continue
            head_start = sentence.tokens[i][1]
            if sentence.may_name_a_part and P.PART_BEFORE.search(
                sentence.text, max(0, head_start - 60), head_start
            ):
                continue  # "killed 9 people, including 2 women, and wounded 40 others": not the part
            return _NounPhrase(head[1], head[2], phrase.end, phrase.head_start, phrase.inner_event, True)
    return phrase


def _own_predicate(sentence: _Sentence, phrase: _NounPhrase) -> tuple[str, bool] | None:
    """The count's own predicate right after it (or its noun): "5 *were injured*", "37 others *injured*".

    Returns (event group, or "" for a participle that is no known event: "another 30 *sealed off*";
    whether an auxiliary or "others" was crossed), or None when no predicate follows.
    """
    words, n = sentence.words, len(sentence.words)
    i, crossed = sentence.index_at(phrase.end), False
    if tuple(w.lower() for w in words[i : i + 2]) in _POSTPOSED_HEDGES:
        i += 2  # "4 persons *at least* were killed"
    if i + 1 < n and words[i].lower() == "of" and words[i + 1].lower() == "others":
        i += 1  # "dozens *of others* were wounded"
    while i < n and words[i].lower() in ("others", "more"):
        i, crossed = i + 1, True
    if i < n and words[i].lower() in ("who", "that"):
        main = _after_relative_clause(sentence, i)
        if main is not None:
            return main, True  # "three people who were wounded on Monday *died*": the main verb's
    i = _skip_coordinated(sentence, i)
    after_part = _skip_part(sentence, sentence.tokens[i - 1][2] if i else phrase.end)
    if after_part is not None:
        i, crossed = after_part, True
    while i < n:
        event = sentence.event_at(i)
        if event is not None:
            first = words[i].lower()
            if not crossed and (first.endswith("ing") or first in _TRANSITIVE_BASE):
                return None  # "attacks kill 10 injure scores": a verb with an object
            if not crossed and _agent_of(sentence, phrase, sentence.tokens[i][1], event[0]):
                return None  # "Two suicide bombers killed at least 12 people": the count did it
            if not crossed and _INCIDENT_NOUN.fullmatch(sentence.text, sentence.tokens[i][1], event[0]):
                return "", False  # "from one massacre to another": the count counts incidents, not people
            return event[1], crossed or first in _AUXILIARIES  # "were killed" is one event phrase
        if words[i].lower() not in _AUXILIARIES:
            break
        i, crossed = i + 1, True
    if i < n and len(words[i]) > 4 and _lower_case(words[i], sentence) and words[i].endswith("ed"):
        if i + 2 < n and words[i + 1].lower() in ("and", "or") and sentence.event_at(i + 2) is not None:
            return sentence.event_at(i + 2)[1], True  # "were identified and screened"
        return "", crossed
    return None


# How many words a relative clause after a count may run before the main verb ("who were holding out
# at the steel plant in the port city had surrendered").
_RELATIVE_CLAUSE_WORDS = 10


def _after_relative_clause(sentence: _Sentence, i: int) -> str | None:
    """The event group of the main verb after a relative clause opened at token ``i`` ("12 people *who
    were wounded in the attack* died later"), or None when the sentence has none: the relative
    clause's own verb, then the next event word with nothing but words between (no comma, no other
    count, no other clause)."""
    words, n = sentence.words, len(sentence.words)
    j = i + 1
    while j < n and (words[j].lower() in _AUXILIARIES_OR_DO or _is_negation(words[j])):
        j += 1  # "who *had not* left", "who *did not* leave", "who *didn't* leave"
    if j >= n or not sentence.is_word[j] or _NUMBER_TOKEN.fullmatch(words[j]):
        return None
    event = sentence.event_at(j)
    j = sentence.index_at(event[0]) if event is not None else j + 1  # past the relative clause's own verb
    for k in range(j, min(n, j + _RELATIVE_CLAUSE_WORDS)):
        word = words[k].lower()
        if not sentence.is_word[k] or _NUMBER_TOKEN.fullmatch(word) or word in _RELATIVE_CLAUSE_ENDS:
            return None
        main = sentence.event_at(k)
        if main is not None:
            before = words[k - 1].lower()
            finite = before in _AUXILIARIES or not (word.endswith("ing") or before in _DETERMINERS)
            return main[1] if k > j and finite else None  # not "... for evacuating *those injured*"
        if word == "to":
            return None  # "who had arrived *to help* the wounded": the clause goes on
    return None


_AUXILIARIES_OR_DO = _AUXILIARIES | {"do", "does", "did"}


def _is_negation(word: str) -> bool:
    """ "not", "never", "yet" (in "not yet") or a contracted negation ("didn't", "wasn’t")."""
    lower = word.lower()
    return lower in ("not", "never", "yet") or lower.endswith(("n't", "n’t"))


# Words that end the search for a main verb after a relative clause: another clause or a conjunction.
_RELATIVE_CLAUSE_ENDS = _CLAUSE_OPENERS | {"and", "or", "but"}


def _skip_coordinated(sentence: _Sentence, i: int) -> int:
    """Token index past a noun joined to the count's noun by "and" ("1,500 rebels *and their families*
    were bussed out"), so the predicate they share is found; ``i`` itself when there is none.

    Only a known head noun with no number of its own, at most two words after "and" and its
    determiner: "5 killed and 12 wounded" or "7 people and wounded 20" are left alone.
    """
    words, n = sentence.words, len(sentence.words)
    if not (i < n and words[i].lower() == "and"):
        return i
    j = i + 1
    while j < n and words[j].lower() in _DETERMINERS | {"a", "an", "other"}:
        j += 1
    for k in range(j, min(n, j + 3)):
        head = sentence.categories.head_at(words, k)
        if head is not None:
            return k + head[0]
        if not sentence.is_word[k] or _NUMBER_TOKEN.fullmatch(words[k]) or sentence.event_at(k) is not None:
            return i
        if words[k].lower() in _STOP:
            return i
    return i


def _skip_part(sentence: _Sentence, offset: int) -> int | None:
    """Token index just past a part named at ``offset`` ("including women and children", closed by a
    comma or by the predicate itself), or None when there is none.

    The part ends at a closing comma, or right before an auxiliary or an event word (the whole's
    predicate: "12 others including women and children *were wounded*"). An event after "and"/"or"
    is a verb of its own clause, not the whole's predicate ("killed 7 people including 3 children
    and wounded 20"). A clause opener ("who", "that") or anything longer than `_PART_INSERT_WORDS`
    words is not such a part.
    """
    match = _PART_INSERT.match(sentence.text, offset)
    if match is None:
        return None
    words, n = sentence.words, len(sentence.words)
    j = first = sentence.index_at(match.end())
    if first < n and words[first].lower() in _DETERMINERS:
        first += 1
    for _ in range(_PART_INSERT_WORDS):
        if j >= n:
            return None
        word = words[j]
        if word == ",":
            return j + 1
        if j == first and sentence.event_at(j) is not None and j + 1 < n and words[j + 1] == ",":
            return j + 2  # "1,198 people, including (the) wounded, were evacuated": the wounded are a part
        if j == first and _NUMBER_TOKEN.fullmatch(word):
            first += 1  # "1,198 people, including 40 wounded, were evacuated": the same, counted
        if sentence.event_at(j) is not None or word.lower() in _AUXILIARIES:
            if words[j - 1].lower() in ("and", "or") or (
                j >= 2 and words[j - 1].lower() in _DETERMINERS and words[j - 2].lower() in ("and", "or")
            ):
                return None  # "7 people including 3 children *and wounded* 20", "... *and the wounding
                # of* 10 others": the next clause's verb or noun
            return j
        if not sentence.is_word[j] or word.lower() in _CLAUSE_OPENERS:
            return None
        j += 1
    return None


def _follows_count(sentence: _Sentence, event_start: int) -> bool:
    """Whether an event word is itself the predicate of a number just before it ("*Seven* killed")."""
    i = sentence.index_at(event_start) - 1
    for _ in range(4):
        if i < 0:
            return False
        word = sentence.words[i]
        if _NUMBER_TOKEN.fullmatch(word) or word.lower() in _VAGUE_COUNT_WORDS:
            return True  # "Seven killed", "Dozens dead scores injured"
        if (
            word.lower() not in _AUXILIARIES
            and sentence.categories.head_at(sentence.words, i) is None
            and not sentence.categories.modifier_of(word)  # "35 *ISIL* Fighters Killed"
            and not word[0].isupper()  # "Five *Turkish* soldiers killed nine wounded"
        ):
            return False
        i -= 1
    return False


def _predicate_wins(sentence: _Sentence, count: Count, predicate: tuple[str, bool] | None) -> str | None:
    """The count's own predicate, when it beats the event before the count; else None.

    "2 killed 5 injured", "5 people were killed and 46 others were injured": the event before the
    second count is the first count's predicate, so the second count's own predicate decides. An
    event right before the count with nothing between governs it as its object ("killing 12
    trapped inside" is 12 killed) unless that event follows a number itself.
    """
    if predicate is None:
        return None
    group, crossed = predicate
    before = None
    for start, end, _ in sentence.events:
        if end <= count.start:
            before = (start, end)
    if before is None:
        return group or None  # nothing to override; an unknown participle leaves the rest to decide
    adjacent = sentence.words_between(before[1], count.start) == 0
    if adjacent and _relative_verb(sentence, before[0]):
        return None  # "gunmen who killed 12 civilians were arrested": the count is the relative
        # clause's object, and the predicate after it is the gunmen's
    if crossed or not adjacent:
        return group
    return group if _follows_count(sentence, before[0]) else None


_RELATIVE_PRONOUNS = _CLAUSE_OPENERS & {"who", "which", "that"}


def _relative_verb(sentence: _Sentence, event_start: int) -> bool:
    """Whether the event word at ``event_start`` is the verb of a relative clause ("gunmen *who
    killed*", "the strike *that had killed*"), so that a count right after it is its object."""
    i = sentence.index_at(event_start) - 1
    while i >= 0 and sentence.words[i].lower() in _AUXILIARIES_OR_DO:
        i -= 1
    return i >= 0 and sentence.words[i].lower() in _RELATIVE_PRONOUNS


def _toll_event(sentence: _Sentence, count: Count) -> str:
    """The event group of a death toll the count completes ("the death toll rose to 12"), or ""."""
    if not sentence.has_toll:
        return ""
    match = P.TOLL_BEFORE.search(sentence.text, max(0, count.start - 160), count.start)
    if match is None:
        return ""
    return sentence.categories.event_group(match.group("toll") or match.group("toll_of"))


# A relative clause right after a noun phrase, and the object its verb takes: "one man, *who* lost
# *his* nephew" says what the man did, not what happened to him
_RELATIVE_GAP = re.compile(r"\s*,?\s*(?:who|that)\s+(?:(?:had|has|have|also|reportedly)\s+)*", re.IGNORECASE)
_OWN_OBJECT = re.compile(r"\s+(?:his|her|their|its|my|our|a|an)\s", re.IGNORECASE)


def _nearest_event(sentence: _Sentence, count: Count, phrase: _NounPhrase) -> str:
    """The event group nearest to the count (before it) or to its noun phrase (after it)."""
    if phrase.inner_event:
        return phrase.inner_event
    categories = sentence.categories
    best: tuple[int, int, str, int] | None = None
    following = next(((start, end) for start, end, _ in sentence.events if start >= phrase.end), None)
    agent_from = (
        following[0]
        if following is not None
        and sentence.words_between(phrase.end, following[0]) == 0
        and _agent_of(sentence, phrase, *following)
        else None
    )
    for start, end, group in sentence.events:
        if _TIME_BEFORE_EVENT.search(sentence.text, max(0, start - 24), start):
            continue  # "before the evacuation, 300 fighters remained": a time, not what happened to them
            # (a determiner makes it a noun: "after killing 100 fighters" is no time)
        if end <= count.start:
            if _ONE_OF_BEFORE.search(sentence.text, max(0, count.start - 8), count.start):
                continue  # "a fighter killed in Syria, one of an unknown number of Iraqis who went to fight"
            distance, side = sentence.words_between(end, count.start), 0  # ties: the verb before
            # its object wins ("attacks kill 10 injure scores")
            if distance > categories.words_before or _WHERE_CLAUSE.search(sentence.text, end, count.start):
                continue
            # an event across a clause break ("In the course of that screening, there were four
            # foreign fighters that were ... detained") governs the count less than one after it
            distance += _CLAUSE_BREAK_PENALTY * len(_CLAUSE_BREAK.findall(sentence.text, end, count.start))
            if _EXISTENTIAL.search(sentence.text, end, count.start):
                # "in the course of that screening there were four fighters that were ... detained":
                # "there were" opens a clause of its own, whose relative clause says what happened
                distance += _CLAUSE_BREAK_PENALTY
        elif start >= phrase.end:
            distance, side = sentence.words_between(phrase.end, start), 1
            if distance > categories.words_after:
                continue
            if (
                distance == 0
                and phrase.group == UNNAMED
                and _INCIDENT_NOUN.fullmatch(sentence.text, start, end)
            ):
                continue  # "from one massacre to another": the count counts incidents, not people
            if _RELATIVE_GAP.fullmatch(sentence.text, phrase.end, start) and _OWN_OBJECT.match(
                sentence.text, end
            ):
                continue  # "one man, who lost his nephew": the clause's verb has an object of its own
            with_count = _WITH_BEFORE_COUNT.match(sentence.text, phrase.end, start)
            if with_count and P.COUNT.match(sentence.text, with_count.end(), start):
                continue  # "4 women and 10 children, with 17 others injured": the event is the 17's
            if _AND_ONLY.fullmatch(sentence.text, phrase.end, start) and _NUMBER_TOKEN.match(
                sentence.text, end + 1, end + 16
            ):
                continue  # "killed a total of 10 people and wounded 25 others": the next verb's object
            # is its own count
            if agent_from is not None and start >= agent_from:
                continue  # "Two suicide bombers killed at least 12 people ... and wounded dozens": the
                # count did the killing, and what follows in its clause
            own_verb = _OWN_VERB.match(sentence.text, phrase.end, start)
            if own_verb and not (
                own_verb["verb"].lower() in _HEDGING_VERBS
                and _HEDGE_GAP.fullmatch(sentence.text, own_verb.end(), start)
            ):
                continue  # "two residents said the strike killed a family": the count's clause is
                # about its own verb ("said to have been killed" is a hedge on the count's event)
        elif start >= phrase.head_start and not phrase.looked_back:
            if _INCIDENT_NOUN.fullmatch(sentence.text, start, end):
                continue  # "one massacre", "two executions": the count counts incidents, not people
            distance, side = 0, -1  # the head is the event: "22 dead"
        else:
            continue  # inside the count or its modifiers ("3,000 trapped civilians")
        if best is None or (distance, side) < best[:2]:
            best = (distance, side, group, start)
    if best is None:
        return phrase.state_event  # "12 wounded soldiers were taken to hospital"
    if (
        best[1] == 1
        and count.qualifier != "none"
        and _negated_right_before(sentence.text, phrase.end, best[3])
    ):
        return ""  # "300 fighters did not leave": what the sentence counts did not happen to them
    if (
        phrase.state_event
        and best[1] == 0
        and _NUMBER_TOKEN.search(sentence.text, max(0, best[3] - _OWN_EVENT_REACH), best[3])
    ):
        # "left three dead and 18 *wounded* servicemen": the event before is another count's head
        # ("three dead"), and the participle on this count's own noun says what happened to it
        return phrase.state_event
    return best[2]


# An event verb that takes the dead as its object ("bombers *killed* 12 people"); the count before it is
# then its subject, not its victims.
_TRANSITIVE_EVENTS = frozenset(
    "killed kill kills executed execute executes murdered slaughtered massacred beheaded beheads behead "
    "assassinated eliminated liquidated".split()
)


def _agent_of(sentence: _Sentence, phrase: _NounPhrase, start: int, end: int) -> bool:
    """Whether the noun phrase ending right before the event at ``start:end`` is the subject of that
    event verb, which has a counted object of its own: "Two suicide bombers *killed* at least 12
    people". Not when the object has a predicate of its own ("Five soldiers killed 12 civilians
    wounded", a headline without commas) or names nothing ("Five Turkish soldiers killed nine
    wounded")."""
    if phrase.group == UNNAMED or sentence.text[phrase.end : start].strip():
        return False
    if sentence.text[start:end].lower() not in _TRANSITIVE_EVENTS:
        return False
    gap = len(sentence.text) - len(sentence.text[end:].lstrip())
    match = P.COUNT.match(sentence.text, gap)
    if match is None:
        return False
    obj = _noun_phrase_after(sentence, Count(match.group(), match.start(), match.end(), None, None, ""))
    if obj is None or obj.group == UNNAMED:
        return False
    after = sentence.index_at(obj.end)
    return not (after < len(sentence.words) and sentence.event_at(after) is not None)


def _negated_right_before(text: str, start: int, event_start: int) -> bool:
    """Whether the verb between a noun phrase (ending at ``start``) and its event is negated, right
    before the event word: "300 fighters *did not* leave", "200 were *not allowed to* leave"
    (`patterns.NEGATED_VERB`).

    >>> _negated_right_before("300 fighters did not leave", 12, 21)
    True
    >>> _negated_right_before("300 fighters did leave", 12, 17)
    False
    """
    if not _may_negate(text[start:event_start]):
        return False
    match = P.NEGATED_VERB.search(text, start, event_start + 1)
    return match is not None and match.end() == event_start


def _is_part(sentence: _Sentence, count: Count, phrase: _NounPhrase) -> bool:
    """Whether the count is a part of a larger group its sentence names: "22 civilians, including
    *seven* children", "*seven* of them children", "*11* children among the dead" (`patterns.PART_BEFORE`,
    `patterns.PART_AFTER`)."""
    text = sentence.text
    if P.PART_BEFORE.search(text, max(0, count.start - 60), count.start):
        return True
    if phrase.head_start > count.end and _OF_DEFINITE.match(text, count.end):
        return True  # "three of the 21 people killed were children": a part of a definite whole
    return any(P.PART_AFTER.match(text, end) for end in {count.end, phrase.end})


def _categories_for(sentence: _Sentence, count: Count, phrase: _NounPhrase, event: str) -> list[Category]:
    chosen = []
    for category in sentence.categories.categories:
        if event not in category.happened:
            continue
        if phrase.group not in category.counted and not (
            phrase.group in category.counted_alone and not _is_part(sentence, count, phrase)
        ):
            continue
        if category.requires and not phrase.modifiers.intersection(category.requires):
            continue
        if phrase.modifiers.intersection(category.excludes):
            continue
        matches = sentence.categories.sentence_matches
        if category.sentence_has and not any(matches(p, sentence.text) for p in category.sentence_has):
            continue
        if any(matches(p, sentence.text) for p in category.unless):
            continue
        if category.running_total is not None and category.running_total != sentence.running_total(count):
            continue
        chosen.append(category)
    return chosen


def _count_at(sentence: _Sentence, offset: int) -> Count | None:
    """The count written right at ``offset`` of the sentence ("including *7* children"), with
    sentence offsets, or None."""
    window = sentence.text[offset : offset + 40]
    first = next(iter(find_counts(window)), None)
    if first is None or first.start != 0:
        return None
    return Count(first.phrase, offset, offset + len(first.phrase), first.low, first.high, first.qualifier)


def _including_phrase(sentence: _Sentence, count: Count, phrase: _NounPhrase) -> _NounPhrase | None:
    """ "hundreds of IS fighters, including foreigners": the second noun phrase without its own count.

    Only for a count with no written number: "43 people among them children" gives no number for
    the children, and 43 is not one.
    """
    if count.qualifier not in ("vague", "some", "none"):
        return None
    if phrase.group == UNNAMED:
        return None
    kinds = _APPOSED_KINDS.match(sentence.text, phrase.end)
    if kinds is not None:
        # "hundreds of fighters, both Syrian and foreign,": the kind the noun phrase did not carry
        said = {sentence.categories.modifier_of(word) for word in kinds.groups()} - {None}
        new = said - phrase.modifiers
        if new and len(said) == 2:
            return _NounPhrase(phrase.group, phrase.modifiers | new, phrase.end, phrase.head_start)
        return None
    match = _INCLUDING.match(sentence.text, phrase.end)
    if match is None:
        return None
    following = Count("", match.end(), match.end(), None, None, "")
    if _count_at(sentence, match.end()) is not None:
        return None  # "including 7 children": that count is read on its own
    inner = _noun_phrase_after(sentence, following)
    if inner is None or inner.group == UNNAMED:
        return None
    return _NounPhrase(inner.group, inner.modifiers, phrase.end, phrase.head_start)


def classify_count(sentence_text: str, count: Count, categories: Categories) -> list[tuple[str, Count]]:
    """The categories one count (offsets relative to the sentence) belongs to, with its final reading.

    >>> cats = load_categories("evacuation")
    >>> s = "She denied that some foreign fighters had left in the convoy."
    >>> [(name, c.qualifier, c.low) for name, c in classify_count(s, find_counts(s)[0], cats)]
    [('foreign_fighters_departed', 'none', 0)]
    """
    return [(name, reading) for name, reading, _, _ in _classify(_Sentence(sentence_text, categories), count)]


def _bare_article_counts(sentence: _Sentence, counts: list[Count]) -> list[Count]:
    """ "killing a woman", "a child was killed": a singular noun with "a"/"an" counts one.

    Only right next to its event: the event just before the article ("killing a woman") or an
    auxiliary and the event just after the noun ("a soldier was killed"; "a child died"), so "a man
    said" or "a suicide bomber killed four" are not counts.
    """
    if not sentence.events:
        return []
    taken = [(c.start, c.end) for c in counts]
    event_ends = {end for _, end, _ in sentence.events}
    found, previous_end = [], None
    for match in _ARTICLE.finditer(sentence.text):
        start, end = match.span()
        if any(low <= start < high for low, high in taken):
            continue  # "a dozen", "a few": already a count
        i = sentence.index_at(start)
        count = Count(match.group(0), start, end, 1, 1, "exact")
        phrase = _noun_phrase_after(sentence, count)
        if phrase is None or phrase.group == UNNAMED or phrase.inner_event:
            continue
        if sentence.words_between(end, phrase.head_start) > 3:
            continue
        if re.search(r"\b(?:of|number)\b", sentence.text[end : phrase.head_start], re.IGNORECASE):
            continue  # "an unspecified number of rebels", "a group of": not one
        if P.PART_BEFORE.search(sentence.text, max(0, start - 60), start):
            pass  # "killing four people, including a 10-year-old boy": a part, its event is the whole's
        elif previous_end is not None and _AND_ONLY.fullmatch(sentence.text, previous_end, start):
            pass  # "killed a man and a woman": joined to a bare count just taken
        elif _joined_to_a_count(sentence, counts, start, phrase.end):
            pass  # "two children and a woman were killed", "a mother and her two children were killed"
        elif not (i > 0 and sentence.tokens[i - 1][2] in event_ends):
            j = sentence.index_at(phrase.end)
            if not (j < len(sentence.words) and sentence.words[j].lower() in _INTRANSITIVE):
                own = _own_predicate(sentence, phrase)
                if own is None or not own[0] or not own[1]:
                    continue
        found.append(count)
        previous_end = phrase.end
    return found


def _copula_after_whole(sentence: _Sentence, i: int) -> int | None:
    """Index of the verb after a definite whole that starts at token ``i`` ("of *the dead* were", "of
    *the 21 people killed in the strikes* were"), or None: the verb must come within
    `_WHOLE_MAX_WORDS` words, with no punctuation before it."""
    words = sentence.words
    for k in range(i + 1, min(i + 1 + _WHOLE_MAX_WORDS, len(words))):
        word = words[k].lower()
        if word in _AUXILIARIES:
            return k if k > i + 1 else None
        if not sentence.is_word[k] or word == "to":
            return None  # punctuation, or a verb of its own: "some of the bodies appeared to be"
    return None


def _joined_to_a_count(sentence: _Sentence, counts: list[Count], start: int, end: int) -> bool:
    """Whether a bare "a"/"an" noun phrase (``start`` to ``end``) is joined by "and" to a count of
    its sentence that quantifies a noun the categories know: "two children *and a woman*", "*a
    mother and* her two children". The two then share what happened to them."""
    text = sentence.text
    after = _AND_THEN.match(text, end)
    if after is not None and any(c.start == after.end() for c in counts):
        return _noun_phrase_after(sentence, next(c for c in counts if c.start == after.end())) is not None
    if not text[max(0, start - 6) : start].lower().rstrip().endswith("and"):
        return False
    before = [c for c in counts if c.end <= start]
    if not before:
        return False
    phrase = _noun_phrase_after(sentence, before[-1])
    return (
        phrase is not None
        and phrase.group != UNNAMED
        and _AND_ONLY.fullmatch(text, max(phrase.end, before[-1].end), start) is not None
    )


def _denial_counts(sentence: _Sentence, counts: list[Count]) -> list[Count]:
    """ "denied that any foreign fighters had left", "denied reports that foreign fighters were
    allowed to leave", "no indication that foreign fighters had left": an explicit zero with no
    count word of its own (`patterns.DENIAL_FRAME`). The claim's phrase is "any" when written,
    else the denied noun phrase itself ("foreign fighters"), which `_reading` then reads as its
    own noun.
    """
    found = []
    for match in P.DENIAL_FRAME.finditer(sentence.text):
        start = match.end()
        if any(c.start <= start < c.end or c.start == start for c in counts):
            continue  # "denied that some foreign fighters had left": a count already
        if sentence.text.startswith("of ", start) and any(c.start == match.start() for c in counts):
            continue  # "*no* indications of civilian casualties": the "no" reads through "of" itself
        probe = Count("", start, start, None, None, "")
        phrase = _noun_phrase_after(sentence, probe)
        if phrase is None or phrase.group == UNNAMED or sentence.words_between(start, phrase.head_start) > 4:
            continue
        if not any(
            e_start >= phrase.end and sentence.words_between(phrase.end, e_start) <= 4
            for e_start, _, _ in sentence.events
        ):
            continue  # what is denied must happen to them right after: "... fighters *had left*"
        if match.group("any"):
            found.append(Count("any", match.start("any"), match.end("any"), 0, 0, "none"))
        else:  # the noun phrase itself stands for its zero: "denied reports that *foreign fighters* ..."
            found.append(Count(sentence.text[start : phrase.end], start, phrase.end, 0, 0, "none"))
    if _may_negate(sentence.text):
        found += _negated_subjects(sentence, counts + found)
    return found


def _may_negate(text: str) -> bool:
    """A fast yes/no before `patterns.NEGATED_VERB`: substring tests, no regular expression."""
    return (
        "not" in text or "n't" in text or "n’t" in text or "never" in text or "Not" in text or "Never" in text
    )


# Words that say a negated subject is not all of its kind: "*most* fighters did not leave".
_NOT_ALL = frozenset("most all both half many few other others these those such their its his her".split())


def _negated_subjects(sentence: _Sentence, counts: list[Count]) -> list[Count]:
    """ "Foreign fighters did not leave", "he said that foreign fighters were not allowed to leave": a
    bare noun phrase opening its clause, then a negated event, is an explicit zero for that noun
    (`patterns.NEGATED_VERB`). Not with a count of its own ("most fighters", "300 fighters did not
    leave"), and only when the event word follows right after the negation."""
    found = []
    text = sentence.text
    for match in P.NEGATED_VERB.finditer(text):
        end = match.start()
        start = -1
        for opening in P.CLAUSE_OPENING.finditer(text, max(0, end - _NEGATED_SUBJECT_REACH), end):
            start = opening.end()  # the last one: "... said *that* foreign fighters were not"
        if start < 0:
            continue
        if not start < end or len(text[start:end].split()) > 4:
            continue
        first_word = text[start:end].split()[0].lower()
        if (
            first_word in _NOT_ALL
            or any(c.start < end and start < c.end for c in counts)
            or P.COUNT.match(text, start)
        ):
            continue  # "most fighters did not", "no fighters had": a word already says how many
        phrase = _noun_phrase_after(sentence, Count("", start, start, None, None, ""))
        if phrase is None or phrase.group == UNNAMED or phrase.end != end or phrase.looked_back:
            continue
        if sentence.event_at(sentence.index_at(match.end())) is None:
            continue  # "fighters did not say": nothing the categories count happened
        found.append(Count(text[start:end], start, end, 0, 0, "none"))
    return found


# How far (in characters) before a negated verb its bare subject may start.
_NEGATED_SUBJECT_REACH = 60


# A hedge written after the head noun, before "of ...": "14 members at least of the regime forces".
_POSTPOSED_HEDGES = frozenset({("at", "least"), ("at", "most")})


def _named_side_at(sentence: _Sentence, j: int, follow_of: bool = True) -> _NounPhrase | None:
    """The named side whose noun phrase starts at token ``j`` ("Syrian opposition fighters"), or
    None. A sideless head followed by "of" names the side of what follows: "members of Syrian
    opposition groups" is fighters, "members of a tribe" names none."""
    categories, words, n = sentence.categories, sentence.words, len(sentence.words)
    while j < n and words[j].lower() in _DETERMINERS | {"a", "an"}:
        j += 1
    modifiers: set[str] = set()
    proper_name = True  # "the Al Qaeda-linked Nusra Front", "Ahrar al-Sham": a name, no head noun
    only_modifiers = True  # "the regime's security": every word names a side
    read = 0
    for k in range(j, min(n, j + 4)):
        if words[k] in _POSSESSIVE_MARKS and read:
            continue  # "the regime*'s* security"
        head = categories.head_at(words, k)
        if head is not None:
            used, group, carried = head
            if group in categories.named_sides:
                return _NounPhrase(group, frozenset(modifiers | carried), 0, 0)
            if group in categories.sideless:
                side = _side_of_modifiers(categories, modifiers | carried)
                if side is not None:
                    return _NounPhrase(side, frozenset(modifiers | carried), 0, 0)
            after = k + used
            if follow_of and group in categories.sideless and after < n and words[after].lower() == "of":
                return _named_side_at(sentence, after + 1, follow_of=False)
            return None
        if not sentence.is_word[k] or (words[k].lower() in _STOP and words[k] != "IS"):
            break
        if read and sentence.event_at(k) is not None and _lower_case(words[k], sentence):
            break  # "members of US-led coalition *killed* in ...": the name ended at the event
        modifier = categories.modifier_of(words[k]) or categories.modifier_of(_POSSESSOR.sub("", words[k]))
        if not modifier and k + 1 < n and words[k].endswith("s") and categories.modifier_of(words[k + 1]):
            modifier = categories.modifier_of(words[k][:-1])  # "the regimes security" (apostrophe stripped)
        if modifier:
            modifiers.add(modifier)  # "the *regime's* security"
        else:
            only_modifiers = False
            if not (
                words[k][0].isupper()
                or words[k].lower().startswith("al-")
                or words[k].lower() in _ORGANISATION_NOUNS
            ):
                proper_name = False
        read += 1
    else:
        if j + 4 < n and sentence.is_word[j + 4] and words[j + 4].lower() not in _STOP:
            return None  # the name goes on past the window: not read
    side = _side_of_modifiers(categories, modifiers) if (proper_name or only_modifiers) and read else None
    return _NounPhrase(side, frozenset(modifiers), 0, 0) if side is not None else None


def _side_of_modifiers(categories, modifiers) -> str | None:
    """The named side a modifier names by itself (``sides.modifiers``): "Nusra" names fighters."""
    return next(
        (categories.side_modifiers[m] for m in sorted(modifiers) if m in categories.side_modifiers), None
    )


def _side_apposition(sentence: _Sentence, phrase: _NounPhrase, count: Count) -> _NounPhrase | None:
    """A side named for a sideless count: "86 members of government forces", "17 people, most of
    them rebels", "Twelve people were killed, mostly soldiers". None when there is none.

    Only a quantifier that makes the side the whole or the bulk of the count qualifies ("most",
    "mostly", "all", "the majority"); "including rebels" or "many of them rebels" do not.
    """
    categories, words, n = sentence.categories, sentence.words, len(sentence.words)
    i = sentence.index_at(phrase.end)
    if phrase.group != UNNAMED and i + 1 < n and words[i].lower() in ("and", "or"):
        other = categories.head_at(words, i + 1)  # "175 members and commanders of the militants"
        if other is not None and other[1] in categories.named_sides | categories.sideless:
            if other[1] in categories.named_sides:
                return _NounPhrase(other[1], phrase.modifiers | other[2], phrase.end, phrase.head_start)
            i += 1 + other[0]
    described = _DESCRIBED_AS.match(sentence.text, phrase.end)
    if described is not None and phrase.group != UNNAMED:  # "15 men described as Syrian military personnel"
        side = _named_side_at(sentence, sentence.index_at(described.end()), follow_of=False)
        if side is not None:
            return _NounPhrase(side.group, side.modifiers, phrase.end, phrase.head_start)
    owner = _owner_named_before(sentence, phrase, count) or _between_fighters(sentence, phrase)
    if (
        owner is not None
    ):  # "Hezbollah said five of its members were killed", "40 dead in clashes between ..."
        return owner
    ranks = _RANKS_OF.match(sentence.text, phrase.end)
    if ranks is not None:  # "15 dead among the ranks of Jaish al-Islam"
        side = _named_side_at(sentence, sentence.index_at(ranks.end()), follow_of=False)
        if side is not None:
            return _NounPhrase(side.group, side.modifiers, phrase.end, phrase.head_start)
    if tuple(w.lower() for w in words[i : i + 2]) in _POSTPOSED_HEDGES:
        i += 2  # "14 members at least of the regime forces"
    if phrase.group != UNNAMED and i < n and words[i].lower() in ("of", "from"):
        # "members of the Nusra Front", "prisoners from the Syrian Army"
        side = _named_side_at(sentence, i + 1, follow_of=False)
        if side is not None:
            return _NounPhrase(side.group, side.modifiers, phrase.end, phrase.head_start)
    skipped = 0
    while (
        i < n
        and skipped < 5
        and (
            words[i] in (",", "-", "\u2013", "\u2014")
            or words[i].lower() in _AUXILIARIES
            or sentence.event_at(i) is not None
        )
    ):
        event = sentence.event_at(i)
        i = sentence.index_at(event[0]) if event is not None else i + 1
        skipped += 1
    j = i
    while j < n and j - i < 3 and words[j].lower() in _BULK_WORDS:
        j += 1
    if j == i or words[j - 1].lower() in ("the", "nearly", "almost"):
        return None
    if j + 1 < n and words[j].lower() == "of" and words[j + 1].lower() in ("them", "whom", "those"):
        j += 2
    while j < n and words[j].lower() in ("were", "being", "are", "was"):
        j += 1
    side = _named_side_at(sentence, j)
    if side is None:
        return None
    return _NounPhrase(side.group, side.modifiers, phrase.end, phrase.head_start)


# "15 men *described as* Syrian military personnel": what the count's people were said to be
_DESCRIBED_AS = re.compile(
    r"\s*,?\s*(?:(?:described|identified|presented|named)\s+(?:by\s+\w+\s+)?as"
    r"|(?:(?:were|are)\s+)?(?:said|believed|thought|reported|understood|alleged)\s+to\s+(?:be|have\s+been))"
    r"\s+(?:being\s+)?",
    re.IGNORECASE,
)
# "five *of its* members", "14 *of their own* fighters": the count's people belong to someone named
# before it
_OF_ITS_BEFORE = re.compile(r"\bof\s+(?:its|their|his)(?:\s+own)?\s+$", re.IGNORECASE)
# "the insurgents *lost* 18 (men)": what a side lost is its own dead
_LOST_BEFORE = re.compile(r"\b(?:lost|loses|lose|losing)\s+$", re.IGNORECASE)
_OWNER_WINDOW = 12


def _owner_named_before(sentence: _Sentence, phrase: _NounPhrase, count: Count) -> _NounPhrase | None:
    """The side of the owner a possessive names for a sideless count: "Iran's Fatemiyoun Brigade
    said 14 *of its members* were killed" are fighters, as "14 members of the Fatemiyoun Brigade"
    are. The owner is the nearest group before the count, within the sentence, whose name or
    modifier names a side; None when there is none ("the tribe said 14 of its members ...").

    >>> from newscounts.categories import load_categories
    >>> s = _Sentence("Hezbollah said five of its members were killed.", load_categories("casualties"))
    >>> count = find_counts(s.text)[0]
    >>> _owner_named_before(s, _noun_phrase_after(s, count), count).group
    'fighters'
    """
    owned = _LOST_BEFORE.search(sentence.text, 0, count.start)
    if owned is None and phrase.group != UNNAMED:
        owned = _OF_ITS_BEFORE.search(sentence.text, 0, phrase.head_start)
    if owned is None:
        return None
    categories, words = sentence.categories, sentence.words
    k = sentence.index_at(owned.start())
    for j in range(k - 1, max(-1, k - 1 - _OWNER_WINDOW), -1):
        if not sentence.is_word[j] and words[j] not in ("'s", "\u2019s"):
            break  # the owner is in the same clause
        head = categories.head_at(words, j)
        if head is not None and head[1] in categories.named_sides:
            return _NounPhrase(head[1], phrase.modifiers | head[2], phrase.end, phrase.head_start)
        side = categories.side_modifiers.get(categories.modifier_of(words[j]) or "")
        if side is not None:
            return _NounPhrase(side, phrase.modifiers, phrase.end, phrase.head_start)
    return None


# Fighting between armed sides: its dead are theirs ("40 dead in clashes between Islamist militants",
# "Clashes between Faylaq al-Rahman and Jaysh al-Islam left 40 dead")
_CLASHES = (
    r"(?:clashes|fighting|battles?|infighting|firefights?|gunfights?|confrontations)"
    r"\s+(?:between|with|among)\s+"
)
_CLASH_ADJECTIVES = "fierce|heavy|intense|violent|new|renewed|ongoing|overnight|deadly|armed"
_CLASHES_AFTER = re.compile(
    r"(?:\s+(?:dead|killed|died))?(?:\s+(?:on|overnight|late|early)(?:\s+\w+)?)?\s+(?:in|during)\s+"
    r"(?:(?:the|" + _CLASH_ADJECTIVES + r")\s+){0,2}" + _CLASHES,
    re.IGNORECASE,
)
_CLASHES_OPENING = re.compile(
    r"\W*(?:(?:" + _CLASH_ADJECTIVES + r")\s+){0,2}" + _CLASHES,
    re.IGNORECASE,
)


# "30 died *on the government side*", "40 killed *on both sides*": a side of the fighting
_SIDE_AFTER = re.compile(
    r"\s+on\s+(?:(?P<all>both|each|either|all)|the\s+(?P<mod>[\w-]+))\s+sides?\b(?!\s+of\b)", re.IGNORECASE
)


def _past_predicate(sentence: _Sentence, offset: int) -> int:
    """The offset right after the auxiliaries and event words that start at ``offset``: past "were
    killed" in "221 people *were killed*, including 127 civilians"."""
    words = sentence.words
    while (k := sentence.index_at(offset)) < len(words):
        event = sentence.event_at(k)
        if event is not None:
            offset = event[0]  # past "were killed" (one event phrase)
        elif words[k].lower() in _AUXILIARIES:
            offset = sentence.tokens[k][2]
        else:
            break
    return offset


def _between_fighters(sentence: _Sentence, phrase: _NounPhrase) -> _NounPhrase | None:
    """Fighters, for a sideless count of the dead of fighting between armed sides: "40 dead in
    clashes between Islamist militants", "12 people were killed in clashes with IS", "Fierce clashes
    between Faylaq al-Rahman and Jaysh al-Islam left 40 dead", "30 died on the government side and
    12 on the rebel side", "40 killed on both sides". The fighting must be the count's own
    (right after its event, or the sentence's subject) and its first side must name an armed side:
    "clashes between residents and police" names none. None otherwise.

    >>> from newscounts.categories import load_categories
    >>> cats = load_categories("casualties")
    >>> s = _Sentence("At least 40 people were killed in clashes between rebels and IS.", cats)
    >>> _between_fighters(s, _noun_phrase_after(s, find_counts(s.text)[0])).group
    'fighters'
    """
    text, categories = sentence.text, sentence.categories
    end = _past_predicate(sentence, phrase.end)
    on_side = _SIDE_AFTER.match(text, end) or _SIDE_AFTER.match(text, phrase.end)
    if on_side is not None:
        # "on both sides": the one armed side the categories name; "on the rebel side": its modifier's
        armed = next(iter(categories.named_sides)) if len(categories.named_sides) == 1 else None
        group = (
            armed
            if on_side["all"]
            else categories.side_modifiers.get(categories.modifier_of(on_side["mod"]) or "")
        )
        if group is not None:
            return _NounPhrase(group, phrase.modifiers, phrase.end, phrase.head_start)
    match = _CLASHES_AFTER.match(text, end) or _CLASHES_AFTER.match(text, phrase.end)
    if match is None:
        match = _CLASHES_OPENING.match(text)
        if match is None or match.end() > phrase.head_start:
            return None
    side = _named_side_at(sentence, sentence.index_at(match.end()), follow_of=False)
    if side is None or side.group not in sentence.categories.named_sides:
        return None
    return _NounPhrase(side.group, phrase.modifiers, phrase.end, phrase.head_start)


def _side_by_modifier(categories, phrase: _NounPhrase) -> _NounPhrase:
    """A sideless noun takes the side its modifiers name ("25 senior Nusra Front leaders" are
    fighters); a noun that names its own side keeps it, its modifiers then being adjectives only
    ("22 Kurdish civilians" stay civilians, whatever "Kurdish" may name elsewhere)."""
    named_by = {m for m in phrase.modifiers if m in categories.side_modifiers}
    if not named_by:
        return phrase
    if phrase.group in categories.sideless and phrase.group != UNNAMED:
        side = _side_of_modifiers(categories, named_by)
        return replace(phrase, group=side)
    if phrase.group in categories.named_sides:
        return phrase
    return replace(phrase, modifiers=phrase.modifiers - named_by)


def _reading(sentence: _Sentence, count: Count) -> tuple[_NounPhrase, str] | None:
    """The noun phrase a count quantifies and the event group that happened to it ("" for none),
    or None when the count counts nothing the categories know."""
    if count.qualifier == "none" and count.phrase.lower() != "any" and not P.COUNT.fullmatch(count.phrase):
        # a zero no count word wrote (`_denial_counts`: "denied reports that *foreign fighters* left")
        phrase = _noun_phrase_after(sentence, Count("", count.start, count.start, None, None, ""))
        if phrase is None or phrase.end != count.end:
            return None  # `_denial_counts`: the denied noun phrase is the count's own phrase
        return phrase, _nearest_event(sentence, count, replace(phrase, head_start=count.start))
    if count.phrase.lower() == "one" and _ONE_OF_AFTER_COPULA.search(sentence.text, 0, count.start):
        if sentence.text.startswith(" of ", count.end):
            return None  # "al-Masri, who was one of the leaders": who someone was, not a count
    if count.phrase.lower() == "one" and _ONE_OF_ANOTHER.match(sentence.text, count.end):
        return None  # "one of an unknown number of Iraqis", "one of whose cousins": a member, not a count
    phrase = _noun_phrase_after(sentence, count)
    if phrase is None:
        return None
    if phrase.group == UNNAMED and count.qualifier not in ("some", "none"):
        named = _number_of_reading(sentence, count)  # "the number of fighters who left was about 180"
        if named is not None:
            return named
    if _KIN_OF_THE_DEAD.match(sentence.text, phrase.end):
        return None  # "two women relatives of those killed": mourners, not the dead
    toll = _toll_event(sentence, count)  # "the death toll rose to 12": killed, whatever is near
    own = None if toll else _predicate_wins(sentence, count, _own_predicate(sentence, phrase))
    if phrase.group == UNNAMED:
        if count.qualifier in ("some", "none"):
            return None  # "some say", "no one": a quantifier needs its noun
        if own == "":
            return None  # "Fifty were killed and another 30 sealed off": 30 did something else
        # "among the dozens killed": the count is the total, not what was named before it. After a
        # toll the look-back stops at the toll word itself ("the toll among soldiers rose to 20").
        # A count of victims ("carried out 200 *executions*") has its noun: no look-back to the agent.
        said = _said_after_event(sentence, phrase)
        if said is not None:
            # "all 10 killed were the members of the Asayish force": what they were is said after
            # the verb (the event is the one between)
            return said, toll or own or _nearest_event(sentence, count, phrase)
        if not _AMONG_BEFORE.search(
            sentence.text, max(0, count.start - 16), count.start
        ) and not _victim_noun_after(sentence, phrase):
            phrase = _look_back(sentence, count, phrase, cross_events=bool(own))
    event = toll or own or _whole_event(sentence, count) or _nearest_event(sentence, count, phrase)
    return phrase, event


_COPULAS = frozenset("were are was is".split())


def _said_after_event(sentence: _Sentence, phrase: _NounPhrase) -> _NounPhrase | None:
    """For a count without a noun, the noun a copula gives it after its event: "all 10 *killed* were
    (all) (the) *members of the Asayish force*", "the 12 dead were soldiers". None when there is none."""
    words, n = sentence.words, len(sentence.words)
    i = sentence.index_at(phrase.end)
    event = sentence.event_at(i)
    if event is None:
        return None
    j = sentence.index_at(event[0])
    if not (j < n and words[j].lower() in _COPULAS):
        return None
    j += 1
    while j < n and words[j].lower() in ("all", "the"):
        j += 1
    if j >= n:
        return None
    start = sentence.tokens[j][1]
    said = _noun_phrase_after(sentence, Count("", start, start, None, None, ""))
    if said is None or said.group == UNNAMED:
        return None
    return said


def _victim_noun_after(sentence: _Sentence, phrase: _NounPhrase) -> bool:
    """Whether a `_VICTIM_NOUN` event word follows the count right away ("200 *executions*")."""
    i = sentence.index_at(phrase.end)
    if i >= len(sentence.words):
        return False
    event = sentence.event_at(i)
    return (
        event is not None
        and _VICTIM_NOUN.fullmatch(sentence.text, sentence.tokens[i][1], event[0]) is not None
    )


def _number_of_reading(sentence: _Sentence, count: Count) -> tuple[_NounPhrase, str] | None:
    """ "The number of Syrian fighters who left was about 180", "put the number of civilians
    evacuated at 3,000": the count takes the noun named after "number of" and the event said of it
    there ("who left"), else the event nearest the count. None when no such frame precedes it or it
    names no noun the categories know."""
    if "number" not in sentence.text[max(0, count.start - 160) : count.start].lower():
        return None
    window = max(0, count.start - 160)
    frame = P.NUMBER_OF_BEFORE.search(sentence.text, window, count.start)
    if frame is None and _VERB_HEDGE.match(count.phrase):
        frame = P.NUMBER_OF_SUBJECT.search(sentence.text, window, count.start)
    if frame is None:
        return None
    categories, words = sentence.categories, sentence.words
    first, last = sentence.index_at(frame.start("noun")), sentence.index_at(frame.end("noun"))
    modifiers: set[str] = set()
    for i in range(first, last):
        head = categories.head_at(words, i)
        if (
            head is not None
            and head[1] in categories.sideless
            and any(
                (later := categories.head_at(words, k)) is not None and later[1] not in categories.sideless
                for k in range(i + head[0], last)
            )
        ):
            head = None  # "the number of *dead* Kurdish fighters": the adjective before the head
        if head is not None and not _used_as_modifier(sentence, i, head[0]):
            used, group, carried = head
            events = [e for e in sentence.events if frame.start("noun") <= e[0] and e[1] <= frame.end("noun")]
            phrase = _NounPhrase(
                group, frozenset(modifiers | carried), count.end, count.end, looked_back=True
            )
            event = events[0][2] if events else _nearest_event(sentence, count, phrase)
            return phrase, event
        modifier = categories.modifier_of(words[i])
        if modifier:
            modifiers.add(modifier)
    return None


def _whole_event(sentence: _Sentence, count: Count) -> str:
    """For a part named right after its whole ("killed 7 people *including 3 children* and wounded
    20"), the event that happened to the whole; "" when the count is no such part.

    The part has no predicate of its own, so the event nearest to it may be the next clause's
    ("wounded"); what happened to the whole happened to its parts. The whole is the last count
    before the link (`patterns.PART_BEFORE`), its noun phrase ending at most `_WHOLE_GAP_WORDS`
    words before the link ("7 people including", "40 others, including").
    """
    if not sentence.may_name_a_part:
        return ""
    link = P.PART_BEFORE.search(sentence.text, max(0, count.start - 60), count.start)
    gap_words = _WHOLE_GAP_WORDS
    if link is not None:
        link_start = link.start()
    elif _OF_WHOM_AFTER.match(sentence.text, count.end):
        link_start = count.start  # "killing five people, *three* of whom were children": right after
        gap_words = 0  # its whole, nothing but punctuation between ("killing 15 and injuring dozens of them")
    else:
        return ""
    before = [c for c in find_counts(sentence.text[:link_start]) if c.end <= link_start]
    if not before:
        return ""  # "the dead included 11 children": no whole in the sentence
    whole = before[-1]
    reading = _reading(sentence, whole)
    if reading is None or not reading[1]:
        return ""
    phrase, event = reading
    whole_end = max(phrase.end, whole.end)
    if sentence.words_between(whole_end, link_start) > gap_words and (
        link is None
        or any(
            start >= whole_end and end <= link_start and group != event
            for start, end, group in sentence.events
        )
    ):
        # further off, the part still belongs to the whole when no other event comes between:
        # "17 people were killed in raids on Tuesday, activists said, including 8 children"
        return ""
    return event


# "a group of fighters": a positive with no number, only with its own predicate ("... had left").
_GROUP_OF = re.compile(r"an?\s+(?:small\s+|large\s+)?group\s+of$", re.IGNORECASE)


def _classify(sentence: _Sentence, count: Count) -> list[tuple[str, Count, _NounPhrase, str]]:
    """(category, reading, noun phrase, event group) of every claim one count makes."""
    reading = _reading(sentence, count)
    if reading is None or not reading[1]:
        return []
    phrase, event = reading
    if count.qualifier == "some" and _GROUP_OF.match(count.phrase):
        own = _own_predicate(sentence, phrase)
        if own is None or not own[0]:
            return []  # "ambushed a group of terrorists, killing 15": the group is the target, not a toll
    if count.qualifier == "some" and P.DENIAL.search(sentence.text, 0, count.start):
        count = Count(count.phrase, count.start, count.end, 0, 0, "none")
    if phrase.group in sentence.categories.sideless and sentence.categories.named_sides:
        phrase = _side_apposition(sentence, phrase, count) or phrase  # "17 people, most of them rebels"
    if sentence.categories.side_modifiers:
        phrase = _side_by_modifier(sentence.categories, phrase)
    phrase = (
        _fighters_by_clause(sentence, phrase) or phrase
    )  # "a British citizen who joined them in their battle"
    if phrase.group in sentence.categories.sideless and _part_of_the_dead(sentence, count, phrase):
        return []  # "the three others among the dead", "some of the bodies": no side, no new figure
    found = [(c.name, count, phrase, event) for c in _categories_for(sentence, count, phrase, event)]
    if len(phrase.coordinated) > 1:  # "Syrian and foreign fighters": each kind joined is counted
        for modifier in sorted(phrase.coordinated):
            alone = replace(phrase, modifiers=(phrase.modifiers - phrase.coordinated) | {modifier})
            named = {name for name, *_ in found}
            found += [
                (c.name, count, alone, event)
                for c in _categories_for(sentence, count, alone, event)
                if c.name not in named
            ]
    if found and phrase.group in sentence.categories.sideless:
        found = _without_categories_of_named_part(sentence, count, phrase, found)
    extra = _including_phrase(sentence, count, phrase)
    if extra is not None:
        found += [(c.name, count, extra, event) for c in _categories_for(sentence, count, extra, event)]
    return found


# A relative clause that says its people fought: "a British citizen *who joined them in their battle*
# against the Islamic State", "Iraqis *who went to fight* in Syria", "residents *who took up arms*"
_FOUGHT_CLAUSE = re.compile(
    r"\s*,?\s*(?:who|that)\s+(?:had\s+|has\s+|have\s+|were\s+|was\s+)?(?:"
    r"(?:went|gone|came|come|travell?ed|volunteered|returned)\s+(?:\w+\s+){0,2}to\s+fight"
    r"|fought|fighting|took\s+up\s+arms|taken\s+up\s+arms"
    r"|joined\s+(?:\w+\s+){0,4}?(?:in\s+(?:their|its|the)\s+(?:fight|battle|war)|ranks|fight|battle)\b)",
    re.IGNORECASE,
)


# "An Australian man has died after stepping on a landmine *while fighting for* Kurdish forces",
# "killed fighting with IS": whoever died fighting was a fighter
_DIED_FIGHTING = re.compile(
    r"\b(?:killed|died|dead|perished|slain)\b(?:[^.;:]{0,80}?\b(?:while|when)\s+(?:(?:he|she|they)\s+(?:was|were)\s+)?"
    r"|\s+(?:while\s+)?)fighting\s+(?:for|with|alongside|against|on\s+behalf\s+of)\b",
    re.IGNORECASE,
)


def _fighters_by_clause(sentence: _Sentence, phrase: _NounPhrase) -> _NounPhrase | None:
    """The armed side, for a count of people whose relative clause says they fought ("a British
    citizen who joined them in their battle against the Islamic State has perished", "Iraqis who
    went to fight in Syria"); None otherwise, or when the categories name no single armed side.

    >>> from newscounts.categories import load_categories
    >>> s = _Sentence("Three students who joined the protest were killed.", load_categories("casualties"))
    >>> _fighters_by_clause(s, _noun_phrase_after(s, find_counts(s.text)[0])) is None
    True
    >>> s = _Sentence("Two citizens who went to fight for IS were killed.", load_categories("casualties"))
    >>> _fighters_by_clause(s, _noun_phrase_after(s, find_counts(s.text)[0])).group
    'fighters'
    """
    named = sentence.categories.named_sides
    if phrase is None or phrase.group == UNNAMED or phrase.group in named or len(named) != 1:
        return None
    if not _FOUGHT_CLAUSE.match(sentence.text, phrase.end):
        fought = _DIED_FIGHTING.search(sentence.text, phrase.end)
        if (
            fought is None
            or phrase.group not in sentence.categories.sideless
            or P.COUNT.search(sentence.text, phrase.end, fought.start())
        ):
            return None  # (a civilian's fighting is no fighting; another count between: someone else's)
    return replace(phrase, group=next(iter(named)))


def _part_of_the_dead(sentence: _Sentence, count: Count, phrase: _NounPhrase) -> bool:
    """Whether a count is a part of the dead its article has already counted: "*three* others among
    the dead", "*some* of the bodies", "among the dead were *three* others". Such a part names no
    side of its own (the caller checks that), so it adds no figure: "three of the dead were children"
    names one and is read as children (`_noun_phrase_after`).

    >>> from newscounts.categories import load_categories
    >>> s = _Sentence("Some of the bodies were burnt.", load_categories("casualties"))
    >>> _part_of_the_dead(s, find_counts(s.text)[0], _noun_phrase_after(s, find_counts(s.text)[0]))
    True
    """
    text = sentence.text
    if _OF_THE_DEAD_BEFORE.search(text, max(0, count.start - 40), count.start):
        return True
    return any(_OF_THE_DEAD_AFTER.match(text, end) for end in {count.end, phrase.end})


def _without_categories_of_named_part(
    sentence: _Sentence, count: Count, phrase: _NounPhrase, found: list
) -> list:
    """ "20 people including 10 civilians": a sideless whole whose part names, with a figure, a
    group the same category counts is not all of that category (the others are not civilians),
    so the whole leaves that category to its part; "10 people including four rebels" is not all
    civilians either; nor is a total broken down after a dash, a bracket or a colon ("17 people --
    11 civilians and six rebels --"). "43 people including 7 children" keeps it: children are
    counted with civilians only when alone (`counted_alone`). "The toll rose to 59, 39 of them
    civilians" breaks its total down too."""
    match = _INCLUDING.match(sentence.text, phrase.end) or _BREAKDOWN.match(sentence.text, phrase.end)
    predicate_end = _past_predicate(sentence, phrase.end)
    if match is None and predicate_end > phrase.end:
        # "At least 221 people were killed, including 127 civilians"
        match = _INCLUDING.match(sentence.text, predicate_end)
    of_them = None if match else _OF_THEM_GAP.match(sentence.text, phrase.end)
    if (match or of_them) is None or count.qualifier in _NO_FIGURE:
        return found
    part = _count_at(sentence, (match or of_them).end())
    if part is None or part.qualifier in _NO_FIGURE:
        return found
    if match is None and not _OF_WHOM_AFTER.match(sentence.text, part.end):
        return found  # "20 people, 10 *of them* civilians": a part only with "of them" after it
    inner = _noun_phrase_after(sentence, part)
    if inner is None or inner.group in sentence.categories.sideless:
        return found
    by_name = {c.name: c for c in sentence.categories.categories}
    if inner.group in sentence.categories.named_sides:
        # "10 people including four rebels": a whole with a named side in it is not all of another side
        return [f for f in found if inner.group in by_name[f[0]].counted]
    return [f for f in found if inner.group not in by_name[f[0]].counted]


@functools.lru_cache(maxsize=16)
def _categories_cached(spec: str) -> Categories:
    return load_categories(spec)


def _as_categories(categories: Categories | str | Path) -> Categories:
    return categories if isinstance(categories, Categories) else _categories_cached(str(categories))


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    from .attribution import sentences

    return sentences(text, start, end)


def _attribution(article, sentence: tuple[int, int], count_start: int):
    from .attribution import attribute_article

    return attribute_article(article, sentence, count_start)


def sentence_scope(
    sentence: str, previous: str = "main", paragraph: str = "main", long_paragraph: bool = False
) -> tuple[str, str]:
    """Which event a body sentence reports, and the scope the rest of its paragraph inherits.

    ``previous`` is the scope of the sentence before, ``paragraph`` the scope a marker earlier in
    this paragraph set. A sentence with its own marker (`patterns.OTHER_EVENT`,
    `patterns.BACKGROUND`) takes it and passes it on to the rest of the paragraph, as a journalist's
    paragraph is about one event. A sentence that opens by pointing back ("Among the dead ...",
    "The strikes killed ...", `patterns.SCOPE_CONTINUES`) keeps the previous sentence's scope. In a
    paragraph longer than `_SCOPE_PARAGRAPH_SENTENCES` sentences (a text whose line breaks were
    lost) only that pointing back carries a scope on; any other sentence is the article's event.

    >>> sentence_scope("Elsewhere in Idlib, six people were killed.")
    ('other_event', 'other_event')
    >>> sentence_scope("Among the dead were two children.", "other_event", "other_event", True)
    ('other_event', 'other_event')
    >>> sentence_scope("Ten people were killed on Monday.", "other_event", "other_event", True)
    ('main', 'other_event')
    >>> sentence_scope("A similar attack in 2016 killed 20 people.")
    ('background', 'background')
    """
    marker = P.SCOPE_MARKER.search(sentence) if P.SCOPE_TRIGGER.search(sentence) else None
    if marker:
        # the leftmost marker is found first; another event further on still wins over background
        other = marker.lastgroup == "other_event" or P.OTHER_EVENT.search(sentence, marker.start() + 1)
        scope = "other_event" if other else "background"
        return scope, scope
    if ("also" in sentence or "Also" in sentence) and P.ALSO_ANOTHER_ATTACK.search(sentence):
        return "other_event", "other_event"  # "Jets also struck the town of X, where ..."
    if P.SCOPE_CONTINUES.match(sentence):
        return previous, paragraph
    return ("main" if long_paragraph else paragraph), paragraph


def _subheading_scope(text: str, line: str, following: list) -> str:
    """The scope of a body line that is a subheading ("2 civilians killed in militant rocket attack",
    a short line with no full stop): the scope of the paragraph it heads, as its first sentence
    marks it ("In another development, ..."); "main" when it marks none or the line is a sentence."""
    stripped = line.rstrip()
    if not following or not stripped or stripped[-1] in _SENTENCE_END or len(stripped.split()) > 12:
        return "main"
    paragraph = following[0]
    first = next(iter(_sentences(text, paragraph.start, paragraph.end)), None)
    if first is None or paragraph.kind != "body":
        return "main"
    return sentence_scope(text[first[0] : first[1]])[0]


_SENTENCE_END = frozenset('.!?:;"”’)…')


def extract_claims(article, categories: Categories | str | Path = "evacuation") -> list[Claim]:
    """Every claim in an `newscounts.articles.Article`, sorted by offset then category order.

    Reads the headline and body spans only (captions, metadata and boilerplate are skipped).
    """
    from .attribution import organisations_in_use

    categories = _as_categories(categories)
    with organisations_in_use(
        categories.organisations, categories.people
    ):  # the categories file's own, if any
        return _extract_claims(article, categories)


def _extract_claims(article, categories: Categories) -> list[Claim]:
    order = {name: i for i, name in enumerate(categories.names)}
    text = article.text
    published = article.published.value or ""
    outlet = article.outlet.value or ""
    claims: dict[tuple[int, str], Claim] = {}
    readings: dict[tuple[int, str], tuple[_Sentence, Count, _NounPhrase, str]] = {}
    scope, lede_seen = "main", False
    read = [span for span in article.spans if span.kind in ("headline", "body")]
    for index, span in enumerate(read):
        spans = _sentences(text, span.start, span.end)
        paragraph_scope = "main"
        long_paragraph = len(spans) > _SCOPE_PARAGRAPH_SENTENCES
        for s_start, s_end in spans:
            sentence_text = text[s_start:s_end]
            if span.kind == "headline" or not lede_seen:
                scope, lede_seen = "main", lede_seen or span.kind == "body"
            else:
                scope, paragraph_scope = sentence_scope(sentence_text, scope, paragraph_scope, long_paragraph)
                if scope == "main" and len(spans) == 1:
                    scope = _subheading_scope(text, sentence_text, read[index + 1 : index + 2])
            counts = find_counts(sentence_text) if P.MAY_HAVE_COUNT.search(sentence_text) else []
            events = None
            if not counts:
                # only a bare "a"/"an" before a head noun, next to an event, can still be a count
                # (see _bare_article_counts)
                # or a denial of a bare noun phrase, or a negated one (see _denial_counts)
                if not (
                    (
                        _ARTICLE.search(sentence_text)
                        or P.DENIAL_FRAME.search(sentence_text)
                        or _may_negate(sentence_text)
                    )
                    and categories.names_a_head(sentence_text)
                ):
                    continue
                events = categories.find_events(sentence_text)
                if not events:
                    continue
            sentence = _Sentence(sentence_text, categories, events)
            bare = _bare_article_counts(sentence, counts) + _denial_counts(sentence, counts)
            if bare:
                counts = sorted(counts + bare, key=lambda c: c.start)
            wholes: dict[str, list[Count]] = {}  # this sentence's counts so far, by category
            for count in counts:
                for name, reading, phrase, event in _classify(sentence, count):
                    start = s_start + reading.start
                    if (start, name) in claims:
                        continue
                    if _part_of_same_category(sentence, reading, phrase, wholes.get(name, ())):
                        continue  # "13 soldiers, among them two officers": the officers are of the 13
                    wholes.setdefault(name, []).append(reading)
                    readings[(start, name)] = (sentence, reading, phrase, event)
                    who = _attribution(article, (s_start, s_end), start)
                    claims[(start, name)] = Claim(
                        file=article.id,
                        outlet=outlet,
                        published=published,
                        category=name,
                        low=reading.low,
                        high=reading.high,
                        qualifier=reading.qualifier,
                        phrase=reading.phrase,
                        start=start,
                        end=start + len(reading.phrase),
                        sentence=sentence_text,
                        speaker=who.speaker,
                        speaker_org=who.speaker_org,
                        statement_date=who.statement_date or "",
                        section=span.kind,
                        sentence_start=s_start,
                        sentence_end=s_end,
                        statement_date_basis=who.statement_date_basis or "",
                        claim_id=f"{article.id}:{start}:{name}",
                        scope=scope,
                    )
    if categories.named_sides:
        headline = next((text[span.start : span.end] for span in read if span.kind == "headline"), "")
        _take_named_sides(claims, readings, categories, headline)
    return sorted(claims.values(), key=lambda c: (c.start, order[c.category]))


_NO_FIGURE = ("vague", "some", "none")


def _part_of_same_category(sentence: _Sentence, count: Count, phrase: _NounPhrase, wholes) -> bool:
    """Whether a count is a part of a larger count before it in its sentence that made a claim in
    the same category ("13 soldiers, among them *two* officers", "nine rebels, including *a*
    commander"). Such a part would stand in the ledger as a second, smaller figure for the same
    people: it is left out. A part in another category ("22 civilians, including 7 children") is kept."""
    if not wholes or count.low is None or not _is_part(sentence, count, phrase):
        return False
    return any(whole.low is not None and whole.low > count.low for whole in wholes)


def _take_named_sides(
    claims: dict[tuple[int, str], Claim],
    readings: dict[tuple[int, str], tuple[_Sentence, Count, _NounPhrase, str]],
    categories: Categories,
    headline_text: str = "",
) -> None:
    """A sideless count takes the side the article names for it.

    - The same figure of the same event: "Air strikes on Raqqa kill 19" (headline) and "... killing
      at least 19 militants" (body): the 19 of the headline are the militants. Same event means the
      same event group and scope; the figures match when they share a stated bound.
    - The headline's side: when the headline's own noun names one side only for an event ("10
      Syrian troops killed in clashes"), or the body names it for the headline's figure ("Troops
      ambush rebels, kill 62" and "at least 62 rebels died"), a sideless count of that event in the
      body's main scope ("the strikes killed five people", "'dozens' were killed") is of that side:
      the story is about that side's dead. A headline without a figure names a side the same way
      when its dead are of one side ("Blast kills leaders of terrorist Ahrar al-Sham group",
      "Hezbollah commander killed by Syrian rebels"): see `_uncounted_headline_victims`.

    Works on the article's claims, not its text.
    """
    original = dict(claims)
    named: dict[tuple, _NounPhrase] = {}
    for key, (_, reading, phrase, event) in readings.items():
        if phrase.group in categories.named_sides:
            for figure in _figures(reading):
                named.setdefault((event, original[key].scope, figure), phrase)
    headline: dict[str, set[str]] = {}
    for key, (_, reading, phrase, event) in readings.items():
        claim = original[key]
        if claim.section == "headline" and reading.qualifier != "none":
            group = phrase.group
            if group in categories.sideless:
                same = (named.get((event, claim.scope, figure)) for figure in _figures(reading))
                group = next((side.group for side in same if side is not None), group)
            headline.setdefault(event, set()).add(group)
    if not headline and headline_text and not find_counts(headline_text):
        headline = _uncounted_headline_victims(_Sentence(headline_text, categories))
    headline_side = {
        event: groups.pop()
        for event, groups in headline.items()
        if len(groups) == 1 and next(iter(groups)) in categories.named_sides
    }
    if headline_side:
        _other_sides_elsewhere(claims, readings, headline_side, categories)
    if not named and not headline_side:
        return
    for key, (sentence, reading, phrase, event) in list(readings.items()):
        if phrase.group not in categories.sideless or reading.qualifier == "none" or key not in claims:
            continue
        claim = claims[key]
        side = next(
            (named[(event, claim.scope, f)] for f in _figures(reading) if (event, claim.scope, f) in named),
            None,
        )
        if side is None and event in headline_side and claim.section == "body" and claim.scope == "main":
            side = _NounPhrase(headline_side[event], frozenset(), 0, 0)
        if side is None:
            continue
        retold = _NounPhrase(side.group, side.modifiers, phrase.end, phrase.head_start)
        del claims[key]
        for category in _categories_for(sentence, reading, retold, event):
            new_key = (claim.start, category.name)
            if new_key not in claims:
                claims[new_key] = replace(
                    claim, category=category.name, claim_id=f"{claim.file}:{claim.start}:{category.name}"
                )


def _figures(reading: Count) -> list:
    """What makes two counts the same figure: a stated bound ("19" and "at least 19"), or the same
    vague word ("dozens" killed in the headline, "dozens of fighters killed" in the body)."""
    if reading.qualifier == "vague":
        return [("vague", reading.low, reading.high)]
    if reading.qualifier in _NO_FIGURE:
        return []
    return [value for value in (reading.low, reading.high) if value is not None]


# How far (in words) the victims of a headline's event may stand from it ("kills *top Nusra
# leaders*"), and how far a sideless head's "of" phrase may run ("leaders *of terrorist Ahrar
# al-Sham group*").
_HEADLINE_VICTIM_WORDS = 3
_HEADLINE_OF_WORDS = 5


def _uncounted_headline_victims(sentence: _Sentence) -> dict[str, set[str]]:
    """{event group: the noun groups of its victims} for a headline that gives no figure but names
    whose dead it reports.

    The victims of an event are the noun right after it ("Blast kills *leaders of terrorist
    Ahrar al-Sham group*": a sideless head takes the side of its "of" phrase), or, when nothing
    follows it, the noun right before a participle ("*Hezbollah commander* killed by Syrian
    rebels"). An agent ("*Militants* kill people", "by Syrian rebels", "Assad *Forces* Commit
    Massacre") is not a victim.

    >>> from newscounts.categories import load_categories
    >>> cats = load_categories("casualties")
    >>> _uncounted_headline_victims(_Sentence("Blast kills leaders of terrorist Ahrar al-Sham group", cats))
    {'killed': {'fighters'}}
    >>> _uncounted_headline_victims(_Sentence("Militants kill people in Damascus", cats))
    {'killed': {'people'}}
    """
    categories, words = sentence.categories, sentence.words
    happened = {group for category in categories.categories for group in category.happened}
    found: dict[str, set[str]] = {}
    for start, end, group in sentence.events:
        if group not in happened:
            continue
        last_word = sentence.text[start:end].split()[-1].lower()
        # (not after "killed in": the event phrase ends in a preposition, whose object is a place)
        victims = None if last_word in _STOP else _headline_victims(sentence, sentence.index_at(end), 1)
        first = sentence.index_at(start)
        if victims is None and words[first].lower() not in _TRANSITIVE_BASE:
            before = first - 1
            while before > 0 and words[before].lower() in _AUXILIARIES:
                before -= 1  # "Hezbollah fighters *were* killed"
            head = _head_ending_at(sentence, before)
            if head is not None and not _INCIDENT_NOUN.fullmatch(sentence.text, start, end):
                victims = _headline_victims(sentence, head, -1)  # not "Assad Forces Commit Massacre"
        if victims is not None:
            found.setdefault(group, set()).add(victims)
    return found


def _headline_victims(sentence: _Sentence, i: int, step: int) -> str | None:
    """The noun group of the first head noun from token ``i`` on (``step`` 1) or back (-1), within
    `_HEADLINE_VICTIM_WORDS` words and before another event or a break; a sideless head takes a side
    from a modifier before it ("Nusra leaders") or its "of" phrase ("leaders of terrorist ... group")."""
    categories, words, n = sentence.categories, sentence.words, len(sentence.words)
    for _ in range(_HEADLINE_VICTIM_WORDS):
        if not 0 <= i < n or not sentence.is_word[i] or sentence.event_at(i) is not None:
            return None
        if _NUMBER_TOKEN.fullmatch(words[i]):
            return None  # "Shelling Kills 10 Warplanes Hit Rebel Bastions" (commas stripped)
        lower = words[i].lower()
        if lower in _STOP and lower not in _DETERMINERS and lower not in ("a", "an"):
            return None  # "killed *by* sniper", "kills 3 *in* ...": the victims' phrase has ended
        if step == -1 and i and words[i - 1].lower() == "by":
            return None  # "killed by Syrian *rebels*": the agent
        head = categories.head_at(words, i)
        if head is not None and i + head[0] < n and _INCIDENT_NOUN.fullmatch(words[i + head[0]]):
            head = None  # "Death toll of *terrorist* bombings": it says whose bombs, not whose dead
        if head is not None:
            group = head[1]
            if group not in categories.sideless:
                return group
            sides = set()
            # a modifier before the head ("*Nusra* leaders"; not "*ISIL* kills 700 people")
            for k in range(i - 1, max(-1, i - 4), -1):
                if not sentence.is_word[k] or sentence.event_at(k) or _NUMBER_TOKEN.fullmatch(words[k]):
                    break
                sides.add(_side_of_modifiers(categories, {categories.modifier_of(words[k])}))
            after = i + head[0]
            if after < n and words[after].lower() == "of":
                for k in range(after + 1, min(n, after + 1 + _HEADLINE_OF_WORDS)):
                    other = categories.head_at(words, k)
                    sides.add(other[1] if other and other[1] in categories.named_sides else None)
                    sides.add(_side_of_modifiers(categories, {categories.modifier_of(words[k])}))
            sides.discard(None)
            return next(iter(sides)) if len(sides) == 1 else group
        i += step
    return None


def _head_ending_at(sentence: _Sentence, i: int) -> int | None:
    """The index of a head noun whose last token is ``i`` ("Hezbollah *commander*"), or None."""
    for size in (1, 2, 3):
        k = i - size + 1
        if k >= 0:
            head = sentence.categories.head_at(sentence.words, k)
            if head is not None and head[0] == size:
                return k
    return None


def _other_sides_elsewhere(
    claims: dict[tuple[int, str], Claim],
    readings: dict[tuple[int, str], tuple[_Sentence, Count, _NounPhrase, str]],
    headline_side: dict[str, str],
    categories: Categories,
) -> None:
    """When the headline counts one side's dead only ("Rebels kill 14 soldiers"), a count of another
    side in a body sentence that names no one of the headline's side is another incident's
    (``scope`` becomes ``other_event``): "The Observatory said two children were killed by regime
    bombs in a rebel-held area of Aleppo." A sentence that names the headline's side ties its count
    to the headline's event and keeps it: "US air strikes killed 50 militants and eight civilians",
    "The security personnel and two civilians were killed in the blast"; so does one that opens by
    pointing back to it (`patterns.SCOPE_CONTINUES`): "The airstrikes on the camp also killed a child",
    "Among the dead were two children".

    Sideless counts are left to `_take_named_sides` (they take the headline's side).
    """
    for key, (sentence, reading, phrase, event) in readings.items():
        claim = claims.get(key)
        side = headline_side.get(event)
        if (
            claim is None
            or side is None
            or claim.section != "body"
            or claim.scope != "main"
            or reading.qualifier == "none"
            or phrase.group == side
            or phrase.group in categories.sideless
            or _names_group(sentence, side, reading)
            or P.SCOPE_CONTINUES.match(sentence.text)
        ):
            continue
        claims[key] = replace(claim, scope="other_event")


def _names_group(sentence: _Sentence, group: str, count: Count) -> bool:
    """Whether a head noun of ``group`` stands in the sentence ("militants", "security personnel") in
    the same statement as the count: not across "added that" ("28 rebels were killed, according to
    SANA, which added that one citizen was killed in Damascus")."""
    words = sentence.words
    for i in range(len(words)):
        head = sentence.categories.head_at(words, i)
        if head and head[1] == group and not (i and words[i - 1].lower() == "by"):
            # (not the agent: "mortar bombs fired *by militants* killed six children")
            start = sentence.tokens[i][1]
            first, last = sorted((start, count.start))
            if not _NEW_STATEMENT.search(sentence.text, first, last):
                return True
    return False


# A second statement within a sentence: "..., according to SANA, which *added that* one citizen ..."
_NEW_STATEMENT = re.compile(r"\b(?:added|adding)\s+that\b", re.IGNORECASE)


def extract_text(
    text: str,
    file: str = "",
    categories: Categories | str | Path = "evacuation",
    published: str | None = None,
    outlet: str = "",
    headline: str | None = None,
) -> list[Claim]:
    """Claims in one article given as text (parsed with `newscounts.articles.parse_article`).

    >>> claims = extract_text("Convoy leaves\\n\\nMore than 3,000 civilians had evacuated the city.",
    ...                       "b.txt", published="2017-11-15", outlet="Daily")
    >>> [(c.category, c.low, c.high, c.qualifier, c.published, c.outlet) for c in claims]
    [('civilians_evacuated', 3000, None, 'more_than', '2017-11-15', 'Daily')]
    """
    from .articles import parse_article

    row = {key: value for key, value in (("published", published), ("outlet", outlet)) if value}
    article = parse_article(text, file or "text", row or None, headline=headline)
    return extract_claims(article, categories)


@dataclass(frozen=True)
class ExampleFailure:
    """A categories file's example that does not hold: the category, the sentence, whether it was an
    ``example`` (must yield the category) or a ``not_example`` (must not), and what it did yield."""

    category: str
    sentence: str
    kind: str
    found: tuple[str, ...]

    def __str__(self) -> str:
        wanted = "does not yield" if self.kind == "examples" else "yields"
        got = ", ".join(self.found) or "no claim"
        return f"{self.category}: {self.kind[:-1]} {wanted} it (got: {got}): {self.sentence!r}"


def check_examples(categories: Categories | str | Path) -> tuple[int, list[ExampleFailure]]:
    """Run every ``examples`` and ``not_examples`` sentence of a categories file through the engine
    (each under a placeholder headline): how many were checked, and the ones that do not hold.

    >>> checked, failures = check_examples("evacuation")
    >>> checked > 0, failures
    (True, [])
    """
    if not isinstance(categories, Categories):
        categories = load_categories(categories)
    checked, failures = 0, []
    for category in categories.categories:
        for kind in ("examples", "not_examples"):
            for sentence in getattr(category, kind):
                checked += 1
                found = extract_text("Headline\n\n" + sentence, "example.txt", categories=categories)
                names = tuple(dict.fromkeys(claim.category for claim in found))
                if (category.name in names) != (kind == "examples"):
                    failures.append(ExampleFailure(category.name, sentence, kind, names))
    return checked, failures


def extract_article_claims(
    article_or_path, categories: str = "evacuation", sources_row: dict | None = None
) -> list[Claim]:
    """Top-level, picklable: claims of one article given as an Article or a path (for process pools)."""
    if isinstance(article_or_path, (str, Path)):
        from .articles import read_article

        article_or_path = read_article(article_or_path, sources_row)
    return extract_claims(article_or_path, _as_categories(categories))


def extract_folder(
    folder: str | Path, categories: Categories | str | Path = "evacuation"
) -> tuple[list[Claim], list]:
    """Claims of every article in a folder, and the articles that could not be read (`ArticleError`)."""
    from .articles import read_corpus

    articles, errors = read_corpus(folder)
    categories = _as_categories(categories)
    claims: list[Claim] = []
    for article in articles:
        claims.extend(extract_claims(article, categories))
    return claims, errors


def claims_as_rows(claims: Iterable[Claim]) -> list[dict]:
    """Claims as dictionaries keyed by `CLAIM_COLUMNS` (for DataFrames and JSON)."""
    return [c.as_dict() for c in claims]
