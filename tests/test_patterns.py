"""The cheap prefilters in front of long patterns: each must hold wherever its pattern matches.

`patterns.SCOPE_TRIGGER` (before `SCOPE_MARKER`), `patterns.CaselessTest` (a case-insensitive
search run on lower-cased ASCII) and `articles._caption_with_credit` (before `CAPTION_CREDIT`) only skip
work: a prefilter that said no where the pattern says yes would change the claims.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscounts import patterns as P
from newscounts.articles import CAPTION_CREDIT, _caption_with_credit
from newscounts.claims import sentence_scope

# One sentence per alternative of OTHER_EVENT and BACKGROUND (in their order).
SCOPE_MARKED = [
    "Meanwhile, six people were killed.",
    "Shelling has elsewhere killed three.",
    "Separately, the army said 12 fighters died.",
    "In another air strike, five died.",
    "In a separate attack, a bomb killed three soldiers.",
    "In related developments, 40 families left.",
    "In the same context, a woman was killed.",
    "Also on Monday, SANA said 7 people died.",
    "Earlier this week, 30 people were killed.",
    "Last month a similar attack killed 11 people.",
    "In mid-June, 20 people were killed.",
    "Back in 2016, a raid killed 20 people.",
    "On October 13, mortars killed 4.",
    "The October 13th attack killed four.",
    "Two weeks ago, 9 died.",
    "The attack comes a week after a car bomb killed 20.",
    "In earlier raids, 14 people died.",
    "In a similar attack, 8 people died.",
    "Most recently the group claimed an attack on a nightclub that killed 39 people.",
    "She is on death row for her role in a hotel attack that killed 60 people.",
    "In May, 3 people died.",
]


@pytest.mark.parametrize("sentence", SCOPE_MARKED)
def test_scope_trigger_holds_for_every_marker(sentence):
    assert P.SCOPE_MARKER.search(sentence)
    assert P.SCOPE_TRIGGER.search(sentence)


@pytest.mark.parametrize(
    "sentence,points_back",
    [
        ("The strikes killed five.", True),
        ("The Russian air raids killed five.", True),
        ("These barrel bombs killed five.", True),
        ("That attack left 12 dead.", True),
        ("It killed five people.", True),
        ("Four of the dead were children.", True),
        ("The Observatory said five people died.", False),
        ("Five more people were wounded in Homs.", False),
        ("Ten people were killed on Monday.", False),
    ],
)
def test_scope_continues(sentence, points_back):
    assert bool(P.SCOPE_CONTINUES.match(sentence)) == points_back


@pytest.mark.parametrize(
    "sentence,other",
    [
        ("Jets also believed to be Russian struck the town, where five people were killed.", True),
        ("Also targeted was the hospital, where three people were killed.", True),
        ("Five civilians were also killed by regime bombs that landed on Douma.", True),
        ("Six people were also reported killed in rebel shelling of the city.", True),
        ("Two children were also killed in the strike.", False),
        ("Three citizens also lost their lives after an improvised explosive device went off.", True),
        ("Two children also died in the strike.", False),
        ("The monitor said airstrikes also killed seven civilians in the town of Hajin.", True),
        ("The air strikes also killed seven civilians.", False),
        ("The raid also wounded 19 people.", False),
        ("Another 120 soldiers were also killed.", False),
        ("The group also claimed responsibility for a Thursday attack on two villages.", True),
        ("The group also claimed the attack, which killed five people.", False),
    ],
)
def test_also_killed_names_another_attack_only_with_its_own_cause(sentence, other):
    assert bool(P.OTHER_EVENT.search(sentence)) == other
    assert bool(P.ALSO_ANOTHER_ATTACK.search(sentence)) == other
    assert sentence_scope(sentence)[0] == ("other_event" if other else "main")


def test_scope_trigger_skips_a_plain_sentence():
    assert not P.SCOPE_TRIGGER.search("A car bomb killed eight people in Homs on Monday.")


_WORDS = (
    "meanwhile elsewhere separately another separate in a the same context also on earlier this last week "
    "month year May may June 2016 mid- early two days ago came comes after as previous attacks similar "
    "strike October 13 13th killed people İn ſame MEANWHILE Last during until back weeks years before prior "
    "past different unrelated related other relevant 1990 raids attack bombardment rockets air raid struck "
    "targeted was jets fired Also were by reported bombs airstrikes shelling these lost their lives died "
    "after device"
).split()
_GAPS = [" ", " ", " ", "  ", ", ", "-", "", ". ", "\u2019 ", " \u201c"]
_TEXT = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), max_size=10).map(
    lambda pairs: "".join(word + gap for word, gap in pairs)
)


@settings(max_examples=2000, deadline=None)
@given(_TEXT)
def test_scope_trigger_is_a_necessary_condition(text):
    if P.SCOPE_MARKER.search(text):
        assert P.SCOPE_TRIGGER.search(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aAnNoOsSţtſİıKk' 0123\u00e9\u2019\u201c\u2013-", max_size=20))
def test_caseless_test_finds_what_ignorecase_finds(text):
    pattern = r"\b(?:no|not|n't|some|one)\b|\d"
    assert P.CaselessTest(pattern).search(text) == bool(re.search(pattern, text, re.IGNORECASE))
    assert P.MAY_HAVE_COUNT.search(text) == bool(P.MAY_HAVE_COUNT.caseless.search(text))


@pytest.mark.parametrize(
    "line",
    [
        "Residents flee the town. PHOTO: REUTERS",
        "Smoke rises over the city. REUTERS/Issam Abdallah",
        "A convoy leaves (Agence France-Presse/Stringer)",
        "A convoy leaves (AFP photo)",
        "A convoy leaves [AFP]",
        "A convoy leaves Getty Images",
        "A convoy leaves getty images",
        "Civilians flee, 300 people said.",
    ],
)
def test_credit_prefilter_agrees_with_the_pattern(line):
    assert _caption_with_credit(line) == bool(CAPTION_CREDIT.search(line))
