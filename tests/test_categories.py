"""Categories files: the presets' own examples hold, and a broken file stops the run with a clear reason."""

from __future__ import annotations

import pytest

from newscounts.attribution import normalise_org
from newscounts.categories import CategoriesError, load_categories, preset_names
from newscounts.claims import extract_text


def _examples(kind: str):
    for preset in preset_names():
        for category in load_categories(preset).categories:
            for sentence in getattr(category, kind):
                yield pytest.param(
                    preset, category.name, sentence, id=f"{preset}:{category.name}:{sentence[:40]}"
                )


@pytest.mark.parametrize("preset,category,sentence", list(_examples("examples")))
def test_preset_examples_yield_their_category(preset, category, sentence):
    found = {c.category for c in extract_text("Headline\n\n" + sentence, "example.txt", categories=preset)}
    assert category in found, found


@pytest.mark.parametrize("preset,category,sentence", list(_examples("not_examples")))
def test_preset_not_examples_do_not(preset, category, sentence):
    found = {c.category for c in extract_text("Headline\n\n" + sentence, "example.txt", categories=preset)}
    assert category not in found, found


def test_every_preset_category_has_an_example():
    for preset in preset_names():
        for category in load_categories(preset).categories:
            assert category.examples, f"{preset}: {category.name} has no example"


GOOD = """
name: tiny
nouns: {fighters: [fighter]}
events: {departed: [left]}
categories:
  fighters_departed: {description: Fighters who left., counted: [fighters], happened: [departed]}
"""
SIDES = "sides: {{sideless: [fighters], named: [fighters], modifiers: {modifiers}}}\n"


def test_a_path_loads(tmp_path):
    path = tmp_path / "tiny.yaml"
    path.write_text(GOOD, encoding="utf-8")
    categories = load_categories(str(path))
    assert categories.names == ["fighters_departed"]
    assert [
        c.category for c in extract_text("H\n\nThen 40 fighters left.", "t.txt", categories=categories)
    ] == ["fighters_departed"]


@pytest.mark.parametrize(
    "noun,sentence",
    [
        ("men, women and children", "Then 40 men, women and children left."),
        ("armed men", "Then 40 armed men left."),
        ("foreign-born fighter", "Then 40 foreign-born fighters left."),
        ("rank-and-file member", "Then 40 rank-and-file members left."),
    ],
)
def test_a_head_noun_is_split_as_sentences_are(tmp_path, noun, sentence):
    # a comma in a head noun is a token of its own, as in the sentence ("men," never matched)
    path = tmp_path / "tiny.yaml"
    path.write_text(GOOD.replace("[fighter]", f'["{noun}"]'), encoding="utf-8")
    claims = extract_text(f"H\n\n{sentence}", "t.txt", categories=load_categories(str(path)))
    assert [(c.category, c.low) for c in claims] == [("fighters_departed", 40)]


@pytest.mark.parametrize(
    "text,reason",
    [
        pytest.param(GOOD + "colour: blue\n", "unknown key 'colour'", id="unknown top key"),
        pytest.param(GOOD.replace("counted:", "countd:"), "unknown key 'countd'", id="misspelt category key"),
        pytest.param(
            GOOD.replace("happened: [departed]", "happened: [arrived]"), "'arrived'", id="undefined event"
        ),
        pytest.param(
            GOOD.replace("counted: [fighters]", "counted: [people]"), "'people'", id="undefined noun group"
        ),
        pytest.param(
            GOOD.replace("nouns: {fighters: [fighter]}", "nouns: {fighters: [fighter]"),
            "YAML syntax error",
            id="yaml syntax",
        ),
        pytest.param(GOOD.replace("name: tiny\n", ""), "missing key 'name'", id="missing name"),
        pytest.param(GOOD.replace("[fighter]", "[]"), "non-empty", id="empty word list"),
        pytest.param("- just\n- a list\n", "mapping", id="not a mapping"),
        pytest.param(
            GOOD.replace("happened: [departed]}", "happened: [departed], running_total: maybe}"),
            "running_total must be true or false",
            id="running_total not a boolean",
        ),
        pytest.param(
            GOOD.replace("happened: [departed]}", "happened: [departed], counted_alone: [foreigners]}"),
            "'foreigners'",
            id="counted_alone names an undefined noun group",
        ),
        pytest.param(
            GOOD.replace("happened: [departed]}", "happened: [departed], counted_alone: [fighters]}"),
            "in both counted and counted_alone",
            id="counted_alone repeats counted",
        ),
        pytest.param(
            GOOD + SIDES.format(modifiers="{armed: fighters}"),
            "'armed', which is not a modifier",
            id="sides.modifiers names an undefined modifier",
        ),
        pytest.param(
            GOOD + "modifiers: {armed: {words: [rebel]}}\n" + SIDES.format(modifiers="{armed: people}"),
            "'people', which is not in sides.named",
            id="sides.modifiers maps to a group that is not a named side",
        ),
        pytest.param(
            GOOD + SIDES.format(modifiers="[armed]"),
            "sides.modifiers must map",
            id="sides.modifiers not a mapping",
        ),
        pytest.param(
            GOOD + "organisations: [Army]\n",
            "organisations must map",
            id="organisations not a mapping",
        ),
        pytest.param(
            GOOD + "organisations: {Army: [1, 2]}\n",
            "organisations.Army must be a list of non-empty strings",
            id="organisations with an alias that is no string",
        ),
        pytest.param(
            GOOD + "organisations: no-such-orgs.yaml\n",
            "no such file 'no-such-orgs.yaml'",
            id="organisations file missing",
        ),
        pytest.param(
            GOOD + "people: [Oleh Synehubov]\n",
            "people must map canonical organisation names to lists of people's names",
            id="people not a mapping",
        ),
        pytest.param(
            GOOD + "people: no-such-people.yaml\n",
            "people: no such file 'no-such-people.yaml'",
            id="people file missing",
        ),
    ],
)
def test_broken_file_raises_with_file_and_reason(tmp_path, text, reason):
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CategoriesError) as caught:
        load_categories(path)
    assert caught.value.file == "broken.yaml"
    assert reason in caught.value.reason


def test_unknown_preset():
    with pytest.raises(CategoriesError, match="no such preset"):
        load_categories("evacuations")


ORGS_ARTICLE = "Strike kills three\n\nThe regional governor said 40 fighters left the town on Thursday.\n"


def _file_with_table(tmp_path, key: str, table: str, inline: bool):
    """A tiny categories file with ``key`` given inline or as a file beside it, loaded."""
    if inline:
        line = f"{key}: {{{table}}}\n"
    else:
        (tmp_path / f"{key}.yaml").write_text(table + "\n", encoding="utf-8")
        line = f"{key}: {key}.yaml\n"
    path = tmp_path / "tiny.yaml"
    path.write_text(GOOD + line, encoding="utf-8")
    return load_categories(str(path))


@pytest.mark.parametrize("inline", [True, False], ids=["inline", "file beside"])
def test_a_categories_file_adds_its_own_organisations(tmp_path, inline):
    categories = _file_with_table(tmp_path, "organisations", "Kharkiv region: [regional governor]", inline)
    found = extract_text(ORGS_ARTICLE, "t.txt", categories=categories)
    assert [(c.speaker, c.speaker_org) for c in found] == [("The regional governor", "Kharkiv region")]
    # the shipped table alone again for a file without the key: the alias is not kept
    (tmp_path / "plain.yaml").write_text(GOOD, encoding="utf-8")
    found = extract_text(ORGS_ARTICLE, "t.txt", categories=load_categories(str(tmp_path / "plain.yaml")))
    assert [(c.speaker, c.speaker_org) for c in found] == [("The regional governor", "")]


PEOPLE_ARTICLE = (
    "Strikes hit Kharkiv\n\nOleh Synehubov said 40 fighters left the town on Thursday.\n\n"
    "He said 12 fighters left later.\n\nKharkiv regional governor Oleh Synehubov said 9 fighters left.\n"
)


@pytest.mark.parametrize("inline", [True, False], ids=["inline", "file beside"])
def test_a_categories_file_names_the_people_who_speak_for_an_organisation(tmp_path, inline):
    table = "Kharkiv regional administration: [Oleh Synehubov]"
    found = extract_text(
        PEOPLE_ARTICLE, "t.txt", categories=_file_with_table(tmp_path, "people", table, inline)
    )
    # the name stays the speaker (an organisation alias would hide it from the name reader), and
    # "he" takes the person's organisation too
    assert [(c.speaker, c.speaker_org) for c in found] == [
        ("Oleh Synehubov", "Kharkiv regional administration"),
        ("Oleh Synehubov", "Kharkiv regional administration"),
        ("Oleh Synehubov", "Kharkiv regional administration"),
    ]
    plain = tmp_path / "plain.yaml"
    plain.write_text(GOOD, encoding="utf-8")
    found = extract_text(PEOPLE_ARTICLE, "t.txt", categories=load_categories(str(plain)))
    assert [c.speaker_org for c in found] == ["", "", ""]


def test_an_own_alias_wins_over_the_shipped_table(tmp_path):
    path = tmp_path / "tiny.yaml"
    path.write_text(GOOD + "organisations: {Syrian Kurdish forces: [SDF]}\n", encoding="utf-8")
    text = "Strike kills three\n\nThe SDF said 40 fighters left the town on Thursday.\n"
    found = extract_text(text, "t.txt", categories=load_categories(str(path)))
    assert [c.speaker_org for c in found] == ["Syrian Kurdish forces"]
    assert normalise_org("SDF") == "SDF"  # outside the extraction, the shipped table alone


BOTH = """
name: both
nouns: {fighters: [fighter]}
modifiers: {wounded: {words: [wounded]}}
events: {departed: [left], wounded_event: [wounded]}
categories:
  fighters_departed: {description: Fighters who left., counted: [fighters], happened: [departed]}
  wounded_departed:
    {description: Wounded fighters who left., counted: [fighters], requires: [wounded], happened: [departed]}
  fighters_wounded: {description: Fighters wounded., counted: [fighters], happened: [wounded_event]}
"""


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Then 40 wounded fighters left.", ["fighters_departed", "wounded_departed"]),
        ("Then 40 fighters left.", ["fighters_departed"]),
        ("Then 40 fighters were wounded.", ["fighters_wounded"]),
    ],
)
def test_a_word_both_modifier_and_event_is_a_modifier_inside_the_noun_phrase(tmp_path, sentence, expected):
    # found by a user-written categories file (fourth blind probe): "wounded" in both lists
    path = tmp_path / "both.yaml"
    path.write_text(BOTH, encoding="utf-8")
    claims = extract_text(f"H\n\n{sentence}", "t.txt", categories=load_categories(str(path)))
    assert [c.category for c in claims] == expected
