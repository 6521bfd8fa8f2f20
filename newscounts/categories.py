"""Categories are data: load and check a categories file (a preset name or a YAML path).

A categories file says, for each category, *what is counted* (named groups of
head nouns: fighters, civilians, children...), *which modifiers* the noun
phrase must or must not carry (foreign, local...), and *what happened to it*
(named groups of event words: left, evacuated, killed...). The schema is
documented at the top of every preset in ``newscounts/presets/`` and checked
here: an unknown key, a missing key, a reference to an undefined group or a
YAML syntax error raises `CategoriesError` naming the file and what is wrong,
because a broken categories file must stop the run rather than silently
count nothing.

>>> categories = load_categories("evacuation")
>>> categories.names[:2]
['fighters_departed', 'foreign_fighters_departed']
>>> categories.head_at(["foreign", "fighters", "left"], 1)
(1, 'fighters', frozenset())
>>> categories.head_at(["foreigners"], 0)
(1, 'foreigners', frozenset({'foreign'}))
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .numbers import inside_word, words_pattern
from .paths import PRESETS
from .patterns import TOKEN, caseless_lower

__all__ = ["Categories", "CategoriesError", "Category", "UNNAMED", "load_categories", "preset_names"]

#: The noun group of a count written without a head noun ("the death toll rose to 22").
UNNAMED = "unnamed"

_TOP_KEYS = {
    "name", "description", "nouns", "modifiers", "events", "categories", "settings", "sides", "organisations",
    "people",
}  # fmt: skip
_SIDES_KEYS = {"sideless", "named"}
_SIDES_OPTIONAL = {"modifiers"}
_REQUIRED_TOP = {"name", "nouns", "events", "categories"}
_CATEGORY_KEYS = {
    "description",
    "counted",
    "counted_alone",
    "happened",
    "requires",
    "excludes",
    "sentence_has",
    "unless",
    "running_total",
    "examples",
    "not_examples",
}
_REQUIRED_CATEGORY = {"description", "counted", "happened"}
_MODIFIER_KEYS = {"words", "nouns"}
_SETTINGS = {"words_before": 12, "words_after": 20}


class CategoriesError(Exception):
    """A categories file that cannot be used: ``.file`` names it, ``.reason`` says what is wrong."""

    def __init__(self, file: str, reason: str):
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason


@dataclass(frozen=True)
class Category:
    """One category: what is counted, what must have happened to it, and its examples."""

    name: str
    description: str
    counted: tuple[str, ...]
    happened: tuple[str, ...]
    #: Noun groups counted only when the count stands alone, not as a part of a larger figure of
    #: its sentence: "11 children were killed" is 11 civilians too, "22 civilians, including seven
    #: children" is not 7 civilians (see `newscounts.claims._is_part`).
    counted_alone: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()
    sentence_has: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    #: True: only counts in a sentence that gives a running total (`patterns.RUNNING_TOTAL`: a
    #: war's, a year's, a campaign's); False: never those; None: either.
    running_total: bool | None = None
    examples: tuple[str, ...] = ()
    not_examples: tuple[str, ...] = ()


_WORD_START = re.compile(r"[^\W_][\w'’-]*")


def _plurals(word: str) -> set[str]:
    """Inflected forms of a head noun's last word ("fighter" -> "fighters", "gunman" -> "gunmen")."""
    forms = {word, word + "s", word + "es"}
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        forms.add(word[:-1] + "ies")
    if word.endswith("man"):
        forms.add(word[:-3] + "men")
    return forms


_LOWER_WORD = re.compile(r"[^\W_][\w'’-]*")
_PHRASE_SPLIT = re.compile(r"[\s-]+")


def _first_word_scanners(first_words) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """Patterns that find, in one pass of the regex engine, every `_WORD_START` word that
    `Categories.find_events` must look at (and a few more, which it then skips): one that spells a
    word of ``first_words`` (lower case), up to its end, a hyphen ("car-bomb" for "car") or a closing
    quote ("'70 militants die' in battle"; not "die's"), where no
    letter or digit comes right before. That can still be inside a word after an apostrophe,
    underscore or hyphen ("don't"), which `numbers.inside_word` tells. The first pattern ignores case; the
    second is for text lower-cased by `patterns.caseless_lower`. None when a first word is not plain
    ASCII word characters: ``(?i)`` then might not match exactly where ``.lower()`` equals it.
    """
    words = sorted(first_words)
    if not words or not all(word.isascii() and _PLAIN_WORD.fullmatch(word) for word in words):
        return None
    alternatives = words_pattern(words)
    return (
        re.compile(rf"(?<![^\W_])(?i:{alternatives})(?![\w]|['’]\w)"),
        re.compile(rf"(?<![^\W_])(?:{alternatives})(?![\w]|['’]\w)"),
    )


_JOINERS = "_'’-"  # what a `_WORD_START` word goes on with but cannot open with
_PLAIN_WORD = re.compile(r"[^\W_][\w'’]*")


def _phrase_pattern(phrase: str) -> str:
    words = phrase.split()
    return r"\b" + r"[\s-]+".join(re.escape(w) for w in words) + r"(?![\w-])"


@dataclass
class Categories:
    """A loaded, checked categories file with its vocabulary compiled for matching."""

    name: str
    path: str
    description: str
    categories: list[Category]
    nouns: dict[str, tuple[str, ...]]
    modifiers: dict[str, dict[str, tuple[str, ...]]]
    events: dict[str, tuple[str, ...]]
    words_before: int = _SETTINGS["words_before"]
    words_after: int = _SETTINGS["words_after"]
    #: Noun groups that name no side (may include `UNNAMED`), and the sides a count of them takes
    #: when the article names one for it (the optional ``sides`` key; empty: never).
    sideless: frozenset[str] = frozenset()
    named_sides: frozenset[str] = frozenset()
    #: Modifiers that name a side by themselves (``sides.modifiers``: {modifier: named group}):
    #: "Nusra Front leaders", "members of the Nusra Front" are fighters, as "Nusra" is ``armed``.
    side_modifiers: dict[str, str] = field(default_factory=dict)
    #: The file's own organisations (the optional ``organisations`` key): (canonical name, aliases)
    #: pairs that `newscounts.attribution` adds to its table, ahead of the shipped one.
    organisations: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: The people this event's news quotes (the optional ``people`` key): (organisation, names) pairs.
    #: A speaker of that name whose title names no organisation takes this one ("Shoigu said").
    people: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # compiled lookups, built in __post_init__
    _heads: dict[str, list[tuple[tuple[str, ...], str, frozenset[str]]]] = field(
        default_factory=dict, repr=False
    )
    _modifier_of_word: dict[str, str] = field(default_factory=dict, repr=False)
    _event_of: dict[str, str] = field(default_factory=dict, repr=False)
    event_pattern: re.Pattern[str] | None = field(default=None, repr=False)
    _phrases: dict[str, re.Pattern[str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        implied: dict[str, set[str]] = {}
        for modifier, spec in self.modifiers.items():
            for word in spec.get("words", ()):
                self._modifier_of_word[word.lower()] = modifier
            for noun in spec.get("nouns", ()):
                implied.setdefault(noun.lower(), set()).add(modifier)
        for group, terms in self.nouns.items():
            for term in terms:
                words = TOKEN.findall(term.lower())  # as `claims` splits a sentence
                for last in _plurals(words[-1]):
                    form = tuple(words[:-1] + [last])
                    carried = frozenset(implied.get(term.lower(), ()))
                    self._heads.setdefault(form[0], []).append((form, group, carried))
        for options in self._heads.values():
            options.sort(key=lambda option: -len(option[0]))  # longest head first: "family members"
        # the first words of head nouns that can be a whole `_LOWER_WORD` (no other can be one), as a
        # trie where no letter or digit comes right before and the word ends after: see names_a_head
        words = sorted(word for word in self._heads if _LOWER_WORD.fullmatch(word))
        self._head_word = re.compile(rf"(?<![^\W_])(?:{words_pattern(words)})(?![\w'’-])")
        terms = []
        for group, words in self.events.items():
            for term in words:
                self._event_of[" ".join(term.lower().split())] = group
                terms.append(term)
        terms.sort(key=len, reverse=True)
        self.event_pattern = re.compile("|".join(_phrase_pattern(t) for t in terms), re.IGNORECASE)
        self._event_first_words = frozenset(re.split(r"[\s-]+", t.lower())[0] for t in terms)
        # one pattern per first word, in the same (longest first) order: at a word only the phrases
        # that open with it can match, so trying just those finds what `event_pattern` finds
        by_first: dict[str, list[str]] = {}
        for term in terms:
            by_first.setdefault(re.split(r"[\s-]+", term.lower())[0], []).append(_phrase_pattern(term))
        self._event_by_first = {
            first: re.compile("|".join(patterns), re.IGNORECASE) for first, patterns in by_first.items()
        }
        self._event_word = _first_word_scanners(by_first)
        for category in self.categories:
            for phrase in category.sentence_has + category.unless:
                self._phrases[phrase] = re.compile(_phrase_pattern(phrase), re.IGNORECASE)

    @property
    def names(self) -> list[str]:
        """Category names in file order (the order claims are reported in)."""
        return [c.name for c in self.categories]

    def head_at(self, tokens: list[str], index: int) -> tuple[int, str, frozenset[str]] | None:
        """The head noun starting at ``tokens[index]``: (tokens used, noun group, modifiers it carries)."""
        word = tokens[index].lower()
        for form, group, carried in self._heads.get(word, ()):
            size = len(form)
            # a one-word form is ``(word,)``: its options are keyed by their first word
            if size == 1 or tuple(t.lower() for t in tokens[index : index + size]) == form:
                return size, group, carried
        return None

    def names_a_head(self, text: str) -> bool:
        """Whether any word of ``text`` can start a head noun (a fast yes/no before parsing).

        That is, whether a `_LOWER_WORD` of ``text.lower()`` is a key of ``_heads``: one regex pass
        finds the keys that stand as whole words there, unless inside a word after a joiner.
        """
        lower = text.lower()
        return any(
            lower[m.start() - 1 : m.start()] not in _JOINERS or not inside_word(lower, m.start(), _JOINERS)
            for m in self._head_word.finditer(lower)
        )

    def modifier_of(self, word: str) -> str | None:
        """The modifier a word in a noun phrase carries ("foreign-born" -> "foreign"), or None."""
        return self._modifier_of_word.get(word.lower())

    def find_events(self, text: str) -> list[tuple[int, int, str]]:
        """Event phrases in ``text``: (start, end, event group), as ``event_pattern.finditer`` gives them.

        The pattern is tried only where a word that can start an event phrase starts (fast): a word
        of `_WORD_START` whose lower case, or its part before a hyphen, opens an event phrase (see
        `_event_openings`).
        """
        found, next_free = [], 0
        for start, pattern in self._event_openings(text):
            if start < next_free:
                continue
            match = pattern.match(text, start)
            if match is not None:
                next_free = match.end()
                found.append((match.start(), match.end(), self.event_group(match.group(0))))
        return found

    def _event_openings(self, text: str):
        """``(start, pattern)`` for each word of ``text`` that opens an event phrase, in order, with the
        pattern of the phrases its lower case (or its part before a hyphen) opens.

        Found by a scan of the whole text for the first words (`_first_word_scanners`) when there is
        one, else word by word. On text `patterns.caseless_lower` lower-cases (same offsets, each word
        its ``.lower()``) the scanner's match is that lower-cased first word itself; otherwise the word
        is read as word by word.
        """
        by_first = self._event_by_first
        if self._event_word is None:
            starts = (word.start() for word in _WORD_START.finditer(text))
        else:
            lower_text = caseless_lower(text)
            if lower_text is not None:
                for candidate in self._event_word[1].finditer(lower_text):
                    start = candidate.start()
                    # the scanner's lookbehind leaves only the joiners to tell a word's inside by
                    if text[start - 1 : start] not in _JOINERS or not inside_word(text, start, _JOINERS):
                        # the first word up to the word's end or a hyphen: what the lookup below finds
                        yield start, by_first[candidate.group()]
                return
            starts = (
                candidate.start()
                for candidate in self._event_word[0].finditer(text)
                if text[candidate.start() - 1 : candidate.start()] not in _JOINERS
                or not inside_word(text, candidate.start(), _JOINERS)
            )
        for start in starts:
            # a closing quote is not the word's: "'70 militants die' in battle"
            lower = _WORD_START.match(text, start).group().lower().rstrip("'’")
            pattern = by_first.get(lower)
            if pattern is None and "-" in lower:
                pattern = by_first.get(lower.split("-")[0])
            if pattern is not None:
                yield start, pattern

    def event_group(self, words: str) -> str:
        """The event group of a matched event phrase."""
        lower = words.lower()
        if lower.isalpha():  # one word: nothing to split on
            return self._event_of.get(lower, "")
        return self._event_of.get(" ".join(_PHRASE_SPLIT.split(lower)), "")

    def sentence_matches(self, phrase: str, sentence: str) -> bool:
        return self._phrases[phrase].search(sentence) is not None


def preset_names() -> list[str]:
    """Names of the presets shipped with the package.

    >>> preset_names()
    ['casualties', 'evacuation']
    """
    return sorted(p.stem for p in PRESETS.glob("*.yaml") if p.stem != "organisations")


def _strings(value, where: str, file: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise CategoriesError(file, f"{where} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _check_keys(data, allowed: set[str], required: set[str], where: str, file: str) -> None:
    if not isinstance(data, dict):
        raise CategoriesError(file, f"{where} must be a mapping of keys to values")
    unknown = sorted(set(map(str, data)) - allowed)
    if unknown:
        raise CategoriesError(
            file, f"unknown key {unknown[0]!r} in {where} (allowed: {', '.join(sorted(allowed))})"
        )
    missing = sorted(required - set(data))
    if missing:
        raise CategoriesError(file, f"missing key {missing[0]!r} in {where}")


def parse_categories(data, file: str = "<categories>") -> Categories:
    """Check a parsed categories document and compile it; raises `CategoriesError`."""
    _check_keys(data, _TOP_KEYS, _REQUIRED_TOP, "the top level", file)
    nouns_raw, events_raw = data["nouns"], data["events"]
    for where, groups in (("nouns", nouns_raw), ("events", events_raw)):
        if not isinstance(groups, dict) or not groups:
            raise CategoriesError(file, f"{where} must be a non-empty mapping of group names to word lists")
    nouns = {str(g): _strings(w, f"nouns.{g}", file) for g, w in nouns_raw.items()}
    events = {str(g): _strings(w, f"events.{g}", file) for g, w in events_raw.items()}
    if UNNAMED in nouns:
        raise CategoriesError(
            file, f"{UNNAMED!r} is reserved for counts with no head noun; rename that noun group"
        )
    modifiers = {}
    for name, spec in (data.get("modifiers") or {}).items():
        _check_keys(spec, _MODIFIER_KEYS, set(), f"modifiers.{name}", file)
        modifiers[str(name)] = {k: _strings(v, f"modifiers.{name}.{k}", file) for k, v in spec.items()}
    settings = dict(_SETTINGS)
    if "settings" in data:
        _check_keys(data["settings"], set(_SETTINGS), set(), "settings", file)
        for key, value in data["settings"].items():
            if not isinstance(value, int) or value < 0:
                raise CategoriesError(file, f"settings.{key} must be a whole number of words")
            settings[key] = value
    sides: dict[str, frozenset[str]] = {"sideless": frozenset(), "named": frozenset()}
    side_modifiers: dict[str, str] = {}
    if "sides" in data:
        _check_keys(data["sides"], _SIDES_KEYS | _SIDES_OPTIONAL, _SIDES_KEYS, "sides", file)
        for key in sorted(_SIDES_KEYS):
            groups = _strings(data["sides"][key], f"sides.{key}", file)
            for group in groups:
                if group not in nouns and not (key == "sideless" and group == UNNAMED):
                    raise CategoriesError(file, f"sides.{key} names {group!r}, which is not a noun group")
            sides[key] = frozenset(groups)
        side_modifiers = _side_modifiers(
            data["sides"].get("modifiers") or {}, modifiers, sides["named"], file
        )
    if not isinstance(data["categories"], dict) or not data["categories"]:
        raise CategoriesError(file, "categories must be a non-empty mapping of category names to definitions")
    categories = []
    for name, spec in data["categories"].items():
        where = f"category {name!r}"
        _check_keys(spec, _CATEGORY_KEYS, _REQUIRED_CATEGORY, where, file)
        if not re.fullmatch(r"[a-z][a-z0-9_]*", str(name)):
            raise CategoriesError(file, f"{where}: names are lower_case_with_underscores")
        values = {
            k: _strings(v, f"{where} {k}", file)
            for k, v in spec.items()
            if k not in ("description", "running_total")
        }
        if "running_total" in spec:
            if not isinstance(spec["running_total"], bool):
                raise CategoriesError(file, f"{where} running_total must be true or false")
            values["running_total"] = spec["running_total"]
        for group in values["counted"] + values.get("counted_alone", ()):
            if group not in nouns and group != UNNAMED:
                raise CategoriesError(file, f"{where} counts {group!r}, which is not a noun group")
        both = set(values["counted"]) & set(values.get("counted_alone", ()))
        if both:
            first = sorted(both)[0]
            raise CategoriesError(file, f"{where} lists {first!r} in both counted and counted_alone")
        for group in values["happened"]:
            if group not in events:
                raise CategoriesError(file, f"{where} says {group!r} happened, which is not an event group")
        for key in ("requires", "excludes"):
            for modifier in values.get(key, ()):
                if modifier not in modifiers:
                    raise CategoriesError(file, f"{where} {key} {modifier!r}, which is not a modifier")
        if not isinstance(spec["description"], str):
            raise CategoriesError(file, f"{where} description must be text")
        categories.append(Category(name=str(name), description=spec["description"].strip(), **values))
    return Categories(
        name=str(data["name"]),
        path=file,
        description=str(data.get("description", "")).strip(),
        categories=categories,
        nouns=nouns,
        modifiers=modifiers,
        events=events,
        sideless=sides["sideless"],
        named_sides=sides["named"],
        side_modifiers=side_modifiers,
        organisations=_organisations_of(data.get("organisations"), file),
        people=_organisations_of(data.get("people"), file, "people"),
        **settings,
    )


def _organisations_of(
    value, file: str, key: str = "organisations"
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The ``organisations`` key: a mapping of canonical names to lists of aliases (a name may have none);
    or the ``people`` key: a mapping of organisations to the names of people who speak for them."""
    if value is None:
        return ()
    if not isinstance(value, dict) or not value:
        what = "lists of aliases" if key == "organisations" else "lists of people's names"
        raise CategoriesError(
            file, f"{key} must map canonical organisation names to {what} (or be a file name)"
        )
    pairs = []
    for canonical, aliases in value.items():
        if not str(canonical).strip():
            raise CategoriesError(file, f"{key}: an organisation's name is empty")
        names = () if aliases is None else _strings(aliases, f"{key}.{canonical}", file)
        pairs.append((str(canonical).strip(), names))
    return tuple(pairs)


def _side_modifiers(spec, modifiers: dict, named: frozenset[str], file: str) -> dict[str, str]:
    """``sides.modifiers``: {modifier: named side group}, each name checked."""
    if not isinstance(spec, dict):
        raise CategoriesError(file, "sides.modifiers must map modifiers to named side groups")
    checked = {}
    for modifier, group in spec.items():
        if modifier not in modifiers:
            raise CategoriesError(file, f"sides.modifiers names {modifier!r}, which is not a modifier")
        if group not in named:
            raise CategoriesError(
                file, f"sides.modifiers maps {modifier!r} to {group!r}, which is not in sides.named"
            )
        checked[str(modifier)] = str(group)
    return checked


def load_categories(preset_or_path: str | Path = "evacuation") -> Categories:
    """A preset by name ("evacuation", "casualties") or a categories YAML file by path.

    >>> load_categories("no-such-preset")
    Traceback (most recent call last):
    ...
    newscounts.categories.CategoriesError: no-such-preset: no such preset (casualties, evacuation) or file
    """
    spec = str(preset_or_path)
    path = Path(spec)
    if not (path.suffix in (".yaml", ".yml") or path.exists()):
        path = PRESETS / f"{spec}.yaml"
        if spec == "organisations" or not path.exists():
            raise CategoriesError(spec, f"no such preset ({', '.join(preset_names())}) or file")
    if not path.is_file():
        raise CategoriesError(spec, "no such file")
    data = _read_yaml(path)
    for key in ("organisations", "people"):
        if isinstance(data, dict) and isinstance(data.get(key), str):
            # "organisations: my_orgs.yaml": a table of the same shape, beside the categories file
            table = path.parent / data[key]
            if not table.is_file():
                raise CategoriesError(
                    path.name, f"{key}: no such file {table.name!r} beside the categories file"
                )
            data = {**data, key: _read_yaml(table)}
    return parse_categories(data, path.name)


def _read_yaml(path: Path):
    """A YAML file's contents; a `CategoriesError` naming the file when it cannot be read or parsed."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise CategoriesError(path.name, f"YAML syntax error: {' '.join(str(error).split())}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise CategoriesError(path.name, f"cannot be read ({error})") from None
