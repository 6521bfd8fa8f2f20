"""What the claims engine finds in sentences, grouped by where each example came from."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscounts.claims import (
    CLAIM_COLUMNS,
    extract_article_claims,
    extract_claims,
    extract_folder,
    extract_text,
)

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent / "seeds"
sys.path.insert(0, str(HERE.parent / "benchmarks"))


def claims_of(sentence: str, preset: str = "evacuation") -> list[tuple]:
    return [
        (c.category, c.low, c.high, c.qualifier, c.phrase)
        for c in extract_text("Headline\n\n" + sentence, "t.txt", categories=preset)
    ]


EVACUATION = [
    # seeds
    pytest.param(
        "An SDF spokesperson said that 275 Syrian ISIS fighters left Raqqa, leaving behind between 200 "
        "and 300 foreign ISIS jihadists.",
        [
            ("fighters_departed", 275, 275, "exact", "275"),
            ("foreign_fighters_remaining", 200, 300, "range", "between 200 and 300"),
        ],
        id="seeds:left, leaving behind",
    ),
    pytest.param(
        "The SOHR has said that hundreds of ISIS fighters, including foreigners, left Raqqa.",
        [
            ("fighters_departed", 200, 999, "vague", "hundreds"),
            ("foreign_fighters_departed", 200, 999, "vague", "hundreds"),
        ],
        id="seeds:one phrase two claims",
    ),
    pytest.param(
        "In a statement, she denied an earlier comment by another council member that some foreign "
        "fighters had left in the convoy.",
        [("foreign_fighters_departed", 0, 0, "none", "some")],
        id="seeds:denial",
    ),
    pytest.param(
        "“We did not document any withdrawal of foreign militants from the city.”",
        [("foreign_fighters_departed", 0, 0, "none", "did not document any")],
        id="seeds:no withdrawal",
    ),
    pytest.param("Selo added that he believed only a few may have remained.", [], id="seeds:a few, no noun"),
    pytest.param("Last night, the final batch of fighters left the city.", [], id="seeds:final batch"),
    pytest.param(
        "The group killed dozens of captured Syrian soldiers there in July 2014.",
        [],
        id="seeds:killed is not evacuation",
    ),
    pytest.param(
        "Thousands of people have fled as refugees and hundreds of civilians have died.",
        [],
        id="seeds:refugees over years",
    ),
    pytest.param(
        "After militants killed more than 130 people in Paris, France launched air strikes.",
        [],
        id="seeds:Paris attack",
    ),
    pytest.param(
        "In the course of that screening, there were four foreign fighters that were identified and "
        "were detained by the Syrian Democratic Forces.",
        [("foreign_fighters_detained", 4, 4, "exact", "four")],
        id="seeds:clause break",
    ),
    pytest.param("He could not confirm how many fighters had left the city.", [], id="seeds:how many"),
    # invented
    pytest.param(
        "Some 150 militants were bussed out overnight.",
        [("fighters_departed", 150, 150, "about", "Some 150")],
        id="invented:bussed out",
    ),
    pytest.param(
        "Up to 40 French jihadists remain in the town.",
        [("foreign_fighters_remaining", None, 40, "at_most", "Up to 40")],
        id="invented:nationality",
    ),
    # round 6: wording of other outlets (invented sentences)
    pytest.param(
        "About 250 Syrian fighters went with them, according to a council member.",
        [("fighters_departed", 250, 250, "about", "About 250")],
        id="unseen:'went with'",
    ),
    pytest.param(
        "Local sources said 22 foreign mercenaries were captured near the dam.",
        [("foreign_fighters_detained", 22, 22, "exact", "22")],
        id="unseen:mercenaries",
    ),
    pytest.param(
        "The official said the number of Syrian IS members who would leave was about 200.",
        [("fighters_departed", 200, 200, "about", "about 200")],
        id="unseen:'the number of X who would leave was N'",
    ),
    pytest.param(
        "The coalition put the number of local fighters who left at about 275.",
        [("fighters_departed", 275, 275, "about", "about 275")],
        id="unseen:'put the number of X at N'",
    ),
    pytest.param(
        "The council said the number of civilians evacuated did not exceed 1000.",
        [("civilians_evacuated", None, 1000, "at_most", "did not exceed 1000")],
        id="unseen:'did not exceed' is at most",
    ),
    pytest.param(
        "A spokesman said a very small number of foreign fighters had left.",
        [("foreign_fighters_departed", 1, None, "some", "a very small number of")],
        id="unseen:'a very small number of' is some",
    ),
    pytest.param(
        "We think there are between 150 and 200 foreign fighters who will fight to the death.",
        [("foreign_fighters_remaining", 150, 200, "range", "between 150 and 200")],
        id="unseen:'fight to the death' is staying",
    ),
    pytest.param(
        "The coalition initially denied that any foreign fighters had left Raqqa.",
        [("foreign_fighters_departed", 0, 0, "none", "any")],
        id="denials:'denied that any'",
    ),
    pytest.param(
        "The SOHR didn't document any withdrawal of foreign militants.",
        [("foreign_fighters_departed", 0, 0, "none", "didn't document any")],
        id="denials:a contracted 'didn't' passes the quick count check",
    ),
    pytest.param(
        "A Kurdish official denied reports that foreign Islamic State fighters were allowed to leave.",
        [("foreign_fighters_departed", 0, 0, "none", "foreign Islamic State fighters")],
        id="denials:a denied bare plural stands for its zero",
    ),
    pytest.param(
        "The general said there was no indication that foreign fighters had left.",
        [("foreign_fighters_departed", 0, 0, "none", "foreign fighters")],
        id="denials:'no indication that'",
    ),
    pytest.param(
        "The official said none of the remaining foreign fighters had been allowed to leave.",
        [("foreign_fighters_departed", 0, 0, "none", "none of")],
        id="denials:'none of the remaining foreign fighters'",
    ),
    pytest.param(
        "The president denied government forces use the weapons, which critics say kill at random.",
        [],
        id="denials:what is denied must happen to the noun right after it",
    ),
    pytest.param(
        "Dillon said that before the evacuation between 300 and 400 fighters were believed to remain.",
        [("fighters_before_evacuation", 300, 400, "range", "between 300 and 400")],
        id="events:'before the evacuation' is a time, not the count's event",
    ),
    pytest.param(
        '"We left with about 200 other families," said Umm Ahmad, 45, who reached the camp on Sunday.',
        [("civilians_evacuated", 200, 200, "about", "about 200")],
        id="numbers:an age after a name is no count",
    ),
    pytest.param(
        "A sheikh said 70 of the fighters were foreigners who had been smuggled out.",
        [("foreign_fighters_departed", 70, 70, "exact", "70")],
        id="nouns:'70 of the fighters were foreigners' counts foreigners",
    ),
    pytest.param(
        "The official said the convoy would also carry 1,500 civilians.",
        [("civilians_evacuated", 1500, 1500, "exact", "1,500")],
        id="unseen:a convoy that carries them",
    ),
]


@pytest.mark.parametrize("sentence,expected", EVACUATION)
def test_evacuation_sentences(sentence, expected):
    assert claims_of(sentence) == expected


CASUALTIES = [
    # FA-KES dev
    pytest.param(
        "Suicide bomber kills 16 in Syrias Hasakah",
        [("civilians_killed", 16, 16, "exact", "16")],
        id="fakes:agent noun before the verb",
    ),
    pytest.param(
        "The Syrian Observatory for Human Rights put the death toll at 58 saying there were 11 children "
        "among the dead.",
        [("civilians_killed", 58, 58, "exact", "58"), ("children_killed", 11, 11, "exact", "11")],
        id="fakes:toll and children among the dead",
    ),
    pytest.param(
        "A Syrian military aircraft crashed leaving at least 27 people dead a monitoring group said.",
        [("civilians_killed", 27, None, "at_least", "at least 27")],
        id="fakes:leaving N dead",
    ),
    # invented
    pytest.param(
        "22 civilians including 7 children were killed in the strike.",
        [("civilians_killed", 22, 22, "exact", "22"), ("children_killed", 7, 7, "exact", "7")],
        id="invented:including children",
    ),
    pytest.param(
        "The strike killed 5 civilians and wounded 30 others.",
        [("civilians_killed", 5, 5, "exact", "5"), ("civilians_injured", 30, 30, "exact", "30")],
        id="invented:others injured",
    ),
    pytest.param(
        "More than 50 regime soldiers were killed in the attack.",
        [("fighters_killed", 50, None, "more_than", "More than 50")],
        id="invented:soldiers",
    ),
    pytest.param("The war has displaced 11 million people.", [], id="invented:displaced is not killed"),
]


@pytest.mark.parametrize("sentence,expected", CASUALTIES)
def test_casualty_sentences(sentence, expected):
    assert claims_of(sentence, "casualties") == expected


# One group per rule of the claims engine added for casualty reporting; each rule's own examples
# (invented in the style of the FA-KES disagreements that motivated it, never copied from them).
RULES = [
    # own predicate: "N killed M others injured" -- the event before M is N's predicate
    pytest.param(
        "Seven killed 37 others injured in rocket attacks on Aleppo",
        [("civilians_killed", 7, 7, "exact", "Seven"), ("civilians_injured", 37, 37, "exact", "37")],
        id="own predicate:headline N killed M others injured",
    ),
    pytest.param(
        "2 Syrians killed 5 injured in rocket attack",
        [("civilians_killed", 2, 2, "exact", "2"), ("civilians_injured", 5, 5, "exact", "5")],
        id="own predicate:event before follows a number",
    ),
    pytest.param(
        "Five people were killed and 46 others were injured in the attack.",
        [("civilians_killed", 5, 5, "exact", "Five"), ("civilians_injured", 46, 46, "exact", "46")],
        id="own predicate:were killed and others were injured",
    ),
    pytest.param(
        "Seven terrorists were killed and 5 were injured in the air strikes.",
        [("fighters_killed", 7, 7, "exact", "Seven"), ("fighters_injured", 5, 5, "exact", "5")],
        id="own predicate:elided noun found across the first event",
    ),
    pytest.param(
        "The raid killed 12 trapped inside the building.",
        [("civilians_killed", 12, 12, "exact", "12")],
        id="own predicate:an event right before the count still governs it ('trapped' is other)",
    ),
    pytest.param(
        "Fifty terrorists were killed and another 30 sealed off in the tunnels.",
        [("fighters_killed", 50, 50, "exact", "Fifty")],
        id="own predicate:unknown participle, no claim",
    ),
    # "other" before a known noun, "N of them <noun>", "N of them" points back
    pytest.param(
        "The imam was killed and five other worshippers were wounded.",
        [("civilians_injured", 5, 5, "exact", "five")],
        id="other:five other worshippers",
    ),
    pytest.param(
        "His son and 12 other militants were killed in the tunnel.",
        [("fighters_killed", 12, 12, "exact", "12")],
        id="other:12 other militants",
    ),
    pytest.param(
        "The army clashed with the terrorists in the hills, killing 16 of them.",
        [("fighters_killed", 16, 16, "exact", "16")],
        id="anaphora:killing N of them",
    ),
    pytest.param(
        "Rebel fire killed 1102 people, 234 of them children.",
        [("civilians_killed", 1102, 1102, "exact", "1102"), ("children_killed", 234, 234, "exact", "234")],
        id="anaphora:N of them children",
    ),
    # death tolls
    pytest.param(
        "Death toll from terrorist attacks on Aleppo rises to 12 with over 200 injured",
        [
            ("civilians_killed", 12, 12, "exact", "12"),
            ("civilians_injured", 200, None, "more_than", "over 200"),
        ],
        id="toll:rises to N, singular noun used as a modifier",
    ),
    pytest.param(
        "A local journalist placed the death toll from the air raids at 50.",
        [("civilians_killed", 50, 50, "exact", "50")],
        id="toll:placed the toll at N",
    ),
    pytest.param(
        "The death toll among government soldiers rose to 20.",
        [("fighters_killed", 20, 20, "exact", "20")],
        id="toll:noun between the toll and the count",
    ),
    # totals
    pytest.param(
        "Women and children were among the dozens killed.",
        [("civilians_killed", 24, 99, "vague", "dozens")],
        id="among:the count is the total",
    ),
    pytest.param(
        "The bombardment killed 43 people among them children and medical staff.",
        [("civilians_killed", 43, 43, "exact", "43")],
        id="including:a written number is not the subgroup's",
    ),
    pytest.param(
        "More than 280000 people have been killed since the conflict broke out in March 2011.",
        [("war_dead", 280000, None, "more_than", "More than 280000")],
        id="running total:since 2011",
    ),
    pytest.param(
        "The conflict in Syria which has lasted five years has killed more than 280000 people.",
        [("war_dead", 280000, None, "more_than", "more than 280000")],
        id="running total:the conflict ... has killed",
    ),
    pytest.param(
        "An estimated 170000 people have been killed and millions displaced.",
        [("war_dead", 170000, 170000, "about", "An estimated 170000")],
        id="running total:killed and millions displaced",
    ),
    pytest.param(
        "Thirty soldiers were killed in battles north of Aleppo since Wednesday afternoon.",
        [("fighters_killed", 30, 30, "exact", "Thirty")],
        id="running total:since a weekday is within the event",
    ),
    pytest.param(
        "A helicopter was shot down killing all five people on board in the biggest loss of life "
        "acknowledged by its forces in the country since the start of their campaign.",
        [("civilians_killed", 5, 5, "exact", "five")],
        id="running total:a marker far from the count does not reach it",
    ),
    # nouns
    pytest.param(
        "Two Syrians were killed in the rocket attack.",
        [("civilians_killed", 2, 2, "exact", "Two")],
        id="nouns:plural nationality",
    ),
    pytest.param(
        "Blasts in Homs kill 18 most children",
        [("civilians_killed", 18, 18, "exact", "18")],
        id="nouns:'most' ends the noun phrase",
    ),
]


@pytest.mark.parametrize("sentence,expected", RULES)
def test_casualty_rules(sentence, expected):
    assert claims_of(sentence, "casualties") == expected


@pytest.mark.xfail(strict=True, reason="known miss: women and children are not summed into a civilian total")
def test_known_miss_civilian_total_from_parts():
    found = claims_of("Five children and three women were killed.", "casualties")
    assert ("civilians_killed", 8, 8, "exact", "Five") in found


# Rules added for the FA-KES round 2 disagreements (invented sentences, never copied from FA-KES).
RULES_2 = [
    # a bare article with a victim noun right next to its event counts one
    pytest.param(
        "Terrorist attacks kill a woman in Hasaka.",
        [("civilians_killed", 1, 1, "exact", "a"), ("women_killed", 1, 1, "exact", "a")],
        id="bare article:event right before",
    ),
    pytest.param(
        "A child was killed when a shell hit the school.",
        [("civilians_killed", 1, 1, "exact", "A"), ("children_killed", 1, 1, "exact", "A")],
        id="bare article:auxiliary and event right after",
    ),
    pytest.param("A man said the shelling had stopped.", [], id="bare article:no event, no count"),
    pytest.param(
        "A suicide bomber killed four people at the checkpoint.",
        [("civilians_killed", 4, 4, "exact", "four")],
        id="bare article:the agent of an active verb is not a victim",
    ),
    # a side named for a sideless count
    pytest.param(
        "At least 17 people, most of them members of rebel groups, were killed in the blast.",
        [("fighters_killed", 17, None, "at_least", "At least 17")],
        id="sides:people, most of them members of rebel groups",
    ),
    pytest.param(
        "Nine people were killed, mostly soldiers.",
        [("fighters_killed", 9, 9, "exact", "Nine")],
        id="sides:apposition after the predicate",
    ),
    pytest.param(
        "Eleven people were killed, including rebel fighters.",
        [("civilians_killed", 11, 11, "exact", "Eleven")],
        id="sides:'including' names a part, not the side",
    ),
    pytest.param(
        "At least 86 members of government forces were killed in the fighting.",
        [("fighters_killed", 86, None, "at_least", "At least 86")],
        id="sides:members of forces",
    ),
    pytest.param(
        "The monitor learned of the death of 14 members at least of the regime forces near Hama.",
        [("fighters_killed", 14, 14, "exact", "14")],
        id="sides:members at least of forces (a hedge after the noun)",
    ),
    # nouns and events
    pytest.param(
        "Get short URL 0 85 12 Daesh terrorists were killed near Tabqa.",
        [("fighters_killed", 12, 12, "exact", "12")],
        id="nouns:a number right after a count ends it",
    ),
    pytest.param(
        "Army units eliminated 30 terrorists near Palmyra.",
        [("fighters_killed", 30, 30, "exact", "30")],
        id="events:eliminated",
    ),
]


@pytest.mark.parametrize("sentence,expected", RULES_2)
def test_casualty_rules_round_2(sentence, expected):
    assert claims_of(sentence, "casualties") == expected


# A head noun in the singular that modifies the noun after it (session 7; invented sentences).
COMPOUND_HEADS = [
    pytest.param(
        "The blast killed 12 people, including a boy, in a terrorist attack on the town.",
        [
            ("civilians_killed", 12, 12, "exact", "12"),
            ("children_killed", 1, 1, "exact", "a"),
        ],
        id="compound:'a terrorist attack' counts no terrorist",
    ),
    pytest.param(
        "Jets struck 12 rebel positions, killing 5 people.",
        [("civilians_killed", 5, 5, "exact", "5")],
        id="compound:'12 rebel positions' counts positions",
    ),
    pytest.param(
        "Shelling killed three people, including a child, a police source said.",
        [
            ("civilians_killed", 3, 3, "exact", "three"),
            ("children_killed", 1, 1, "exact", "a"),
        ],
        id="compound:'a police source' is not one policeman",
    ),
    pytest.param(
        "Jets killed a rebel commander and a child soldier.",
        [("fighters_killed", 1, 1, "exact", "a"), ("fighters_killed", 1, 1, "exact", "a")],
        id="compound:a head before a head: the second is the noun ('a child soldier')",
    ),
    pytest.param(
        "A drone strike killed two Asayish members in Qamishli.",
        [("fighters_killed", 2, 2, "exact", "two")],
        id="compound:a head before a sideless head keeps its side ('Asayish members')",
    ),
    pytest.param(
        "The slain included 15 members of security forces, and nine civilian bystanders.",
        [("fighters_killed", 15, 15, "exact", "15"), ("civilians_killed", 9, 9, "exact", "nine")],
        id="compound:'civilian bystanders' are people: unchanged",
    ),
    pytest.param(
        "The strike killed a civilian truck driver.",
        [("civilians_killed", 1, 1, "exact", "a")],
        id="compound:'a civilian truck driver' is a person: unchanged",
    ),
    pytest.param(
        "Doctors said 53 heavily injured fighters were taken to hospital.",
        [("fighters_injured", 53, 53, "exact", "53")],
        id="compound:'injured fighters': the wounded head's state carries over",
    ),
    pytest.param(
        "An elderly farmer died of his wounds on Friday.",
        [("civilians_killed", 1, 1, "exact", "An")],
        id="compound:'An elderly farmer' (a known miss until session 7)",
    ),
]


@pytest.mark.parametrize("sentence,expected", COMPOUND_HEADS)
def test_a_singular_head_before_a_noun_modifies_it(sentence, expected):
    assert claims_of(sentence, "casualties") == expected


def test_a_compound_head_in_the_evacuation_preset():
    # "243 vital civilian facilities" are no civilians evacuated
    sentence = (
        "The air force targeted at least 243 vital civilian facilities including 5 IDP camps until "
        "March, when Russia announced a partial withdrawal of its forces."
    )
    assert claims_of(sentence) == []


# Rules added for the FA-KES round 3 disagreements (invented sentences, never copied from FA-KES).
RULES_3 = [
    # women and children are civilians: a count of them that stands alone is a civilian count too
    pytest.param(
        "Barrel bomb attack kills 11 children in Aleppo",
        [("civilians_killed", 11, 11, "exact", "11"), ("children_killed", 11, 11, "exact", "11")],
        id="women and children:children alone are civilians too (headline)",
    ),
    pytest.param(
        "Three women were killed while attending a funeral in Idlib.",
        [("civilians_killed", 3, 3, "exact", "Three"), ("women_killed", 3, 3, "exact", "Three")],
        id="women and children:women alone are civilians too",
    ),
    pytest.param(
        "Four children were wounded when a shell hit their school.",
        [("civilians_injured", 4, 4, "exact", "Four"), ("children_injured", 4, 4, "exact", "Four")],
        id="women and children:injured too",
    ),
    pytest.param(
        "The raid killed 12 people, among them three women and four children.",
        [
            ("civilians_killed", 12, 12, "exact", "12"),
            ("women_killed", 3, 3, "exact", "three"),
            ("children_killed", 4, 4, "exact", "four"),
        ],
        id="women and children:parts after 'among them' (the second part too)",
    ),
    pytest.param(
        "Shelling killed nine civilians, six of them children.",
        [("civilians_killed", 9, 9, "exact", "nine"), ("children_killed", 6, 6, "exact", "six")],
        id="women and children:'N of them children' is a part",
    ),
    pytest.param(
        "The toll rose to 31 and the monitor said there were eight children among the dead.",
        [("civilians_killed", 31, 31, "exact", "31"), ("children_killed", 8, 8, "exact", "eight")],
        id="women and children:'among the dead' is a part",
    ),
    pytest.param(
        "Two women and two children were among nine people killed when the building collapsed.",
        [
            ("women_killed", 2, 2, "exact", "Two"),
            ("children_killed", 2, 2, "exact", "two"),
            ("civilians_killed", 9, 9, "exact", "nine"),
        ],
        id="women and children:'N women and M children were among' are parts",
    ),
    pytest.param(
        "Those killed included five children, the monitor said.",
        [("children_killed", 5, 5, "exact", "five")],
        id="women and children:'those killed included' is a part",
    ),
    # modifiers joined before one head
    pytest.param(
        "At least 40 regime and rebel fighters have been killed in two days of clashes.",
        [("fighters_killed", 40, None, "at_least", "At least 40")],
        id="nouns:modifiers joined by 'and' before one head",
    ),
    pytest.param(
        "Five civilians and rebels were killed.",
        [("civilians_killed", 5, 5, "exact", "Five")],
        id="nouns:a head before 'and' ends the phrase",
    ),
    # events
    pytest.param(
        "The group posted a video showing the beheading of 12 Syrians.",
        [("civilians_killed", 12, 12, "exact", "12")],
        id="events:beheading of",
    ),
]


@pytest.mark.parametrize("sentence,expected", RULES_3)
def test_casualty_rules_round_3(sentence, expected):
    assert claims_of(sentence, "casualties") == expected


# Found by a bug: a part named between a count's noun and its own predicate hid the predicate.
RULES_4 = [
    pytest.param(
        "Three civilians were killed and 12 others including women and children were wounded.",
        [("civilians_killed", 3, 3, "exact", "Three"), ("civilians_injured", 12, 12, "exact", "12")],
        id="own predicate:past a part with no commas",
    ),
    pytest.param(
        "Three people were killed and 12 people, among them two children, were wounded in the shelling.",
        [
            ("civilians_killed", 3, 3, "exact", "Three"),
            ("civilians_injured", 12, 12, "exact", "12"),
            ("children_injured", 2, 2, "exact", "two"),
        ],
        id="own predicate:past a part between commas, the part read on its own",
    ),
    pytest.param(
        "Five soldiers were killed and 20 others including an officer were injured.",
        [
            ("fighters_killed", 5, 5, "exact", "Five"),
            ("fighters_injured", 20, 20, "exact", "20"),
            # the officer is a part of the 20 in the same category: not a second figure
        ],
        id="own predicate:past a part that is a bare article",
    ),
    pytest.param(
        "Seven people were killed and 20 others, of whom three were killed later, hmm.",
        [
            ("civilians_killed", 7, 7, "exact", "Seven"),
            ("civilians_killed", 20, 20, "exact", "20"),
            # "three" of the 20, in the same category: a part, not a second figure
        ],
        id="own predicate:'of whom' opens a clause with its own verb, not skipped",
    ),
]


@pytest.mark.parametrize("sentence,expected", RULES_4)
def test_casualty_rules_round_4(sentence, expected):
    assert claims_of(sentence, "casualties") == expected


# Round 5: members and leaders take the side of what they are members of (invented sentences).
RULES_5 = [
    pytest.param(
        "ISIL executed 700 members of a tribe, the majority of them civilians.",
        [("civilians_killed", 700, 700, "exact", "700")],
        id="sides:members of a tribe name no side (civilians by convention)",
    ),
    pytest.param(
        "The raid killed 12 members of the same family.",
        [("civilians_killed", 12, 12, "exact", "12")],
        id="sides:members of a family",
    ),
    pytest.param(
        "A blast killed 25 members of the Al Qaeda-linked Nusra Front, the monitor said.",
        [("fighters_killed", 25, 25, "exact", "25")],
        id="sides:members of an armed group named without a head noun",
    ),
    pytest.param(
        "The explosion killed 47 members of Ahrar al-Sham in Idlib.",
        [("fighters_killed", 47, 47, "exact", "47")],
        id="sides:members of a group whose name has a lower-case particle",
    ),
    pytest.param(
        "At least 10 members of the Takfiri group were killed.",
        [("fighters_killed", 10, None, "at_least", "At least 10")],
        id="sides:an organisation noun ends the name",
    ),
    pytest.param(
        "The bombing killed 25 senior Nusra Front leaders.",
        [("fighters_killed", 25, 25, "exact", "25")],
        id="sides:a sideless noun takes the side its modifier names",
    ),
    pytest.param(
        "Kurdish forces killed at least 175 members and commanders of the militants.",
        [("fighters_killed", 175, None, "at_least", "at least 175")],
        id="sides:coordinated heads, the second names the side",
    ),
    pytest.param(
        "Air strikes killed 22 Syrian civilians on Monday.",
        [("civilians_killed", 22, 22, "exact", "22")],
        id="sides:a noun that names its side keeps it",
    ),
    pytest.param(
        "The shelling killed 12 people of the town of Kobani.",
        [("civilians_killed", 12, 12, "exact", "12")],
        id="sides:of a place names no side",
    ),
    pytest.param(
        "Shelling killed 9 residents of the government-held district.",
        [("civilians_killed", 9, 9, "exact", "9")],
        id="sides:an armed word in a place's description does not make residents fighters",
    ),
    pytest.param(
        "Rockets hit the district, claiming the life of a girl child.",
        [("civilians_killed", 1, 1, "exact", "a"), ("children_killed", 1, 1, "exact", "a")],
        id="nouns:'girl child' is one head",
    ),
    pytest.param(
        "The strike destroyed the hospital, killing three medics.",
        [("civilians_killed", 3, 3, "exact", "three")],
        id="nouns:medics are civilians",
    ),
    pytest.param(
        "At least 20 people including 10 civilians were killed in the air strikes.",
        [("civilians_killed", 10, 10, "exact", "10")],
        id="parts:a sideless whole whose part is civilians is not all civilians",
    ),
    pytest.param(
        "Air strikes killed 43 people including 7 children.",
        [("civilians_killed", 43, 43, "exact", "43"), ("children_killed", 7, 7, "exact", "7")],
        id="parts:children as a part leave the whole with the civilians",
    ),
    pytest.param(
        "Government forces execute 10 prisoners in Hama.",
        [("civilians_killed", 10, 10, "exact", "10")],
        id="events:'execute' in a headline's present tense",
    ),
    # round 6: wording of state media, other conflicts and wires (invented sentences)
    pytest.param(
        "A rocket attack led to the martyrdom of three citizens and the injury of 12 others.",
        [("civilians_killed", 3, 3, "exact", "three"), ("civilians_injured", 12, 12, "exact", "12")],
        id="events:state media's 'martyrdom of' and 'injury of'",
    ),
    pytest.param(
        "Six members of one family were killed when a barrel bomb hit their home.",
        [("civilians_killed", 6, 6, "exact", "Six")],
        id="nouns:'one family' is not a count of people",
    ),
    pytest.param(
        "Officials said 15 corpses were found in a mass grave.",
        [("civilians_killed", 15, 15, "exact", "15")],
        id="nouns:corpses",
    ),
    pytest.param(
        "Saudi-led coalition air strikes killed 35 Houthis near Marib.",
        [("fighters_killed", 35, 35, "exact", "35")],
        id="sides:an armed movement's members named by its name",
    ),
    pytest.param(
        "Iraqi forces killed 12 members of the Islamic State group in Anbar.",
        [("fighters_killed", 12, 12, "exact", "12")],
        id="sides:members of the Islamic State group",
    ),
    pytest.param(
        "We hope there are not many victims, the governor said.",
        [],
        id="numbers:'not many' states no count",
    ),
    pytest.param(
        "A missile struck an apartment block, killing four people including a 10-year-old boy.",
        [
            ("civilians_killed", 4, 4, "exact", "four"),
            ("children_killed", 1, 1, "exact", "a"),
        ],
        id="bare article:a part after 'including', with an age",
    ),
    pytest.param(
        "A 12-year-old girl was killed by sniper fire in Madaya.",
        [("civilians_killed", 1, 1, "exact", "A"), ("children_killed", 1, 1, "exact", "A")],
        id="bare article:an age is an adjective",
    ),
    pytest.param(
        "Among those killed were an unspecified number of rebels.",
        [("fighters_killed", 1, None, "some", "an unspecified number of")],
        id="bare article:'an unspecified number of' is some, not one",
    ),
    pytest.param(
        "Israeli strikes killed 28 people on Wednesday, bringing the death toll since October 7 to more "
        "than 43,000, the ministry said.",
        [
            ("civilians_killed", 28, 28, "exact", "28"),
            ("war_dead", 43000, None, "more_than", "more than 43,000"),
        ],
        id="running total:a 'bringing the toll since' clause is its own count's, not the event's",
    ),
    pytest.param(
        "A suicide bomber blew himself up at a mosque, killing himself and 18 others.",
        [("civilians_killed", 18, 18, "exact", "18")],
        id="look back:'himself and 18 others' are not more bombers",
    ),
    pytest.param(
        "A car bomb hit a checkpoint, killing six people, most of them policemen, and wounding 15 others.",
        [("fighters_killed", 6, 6, "exact", "six"), ("civilians_injured", 15, 15, "exact", "15")],
        id="parts:a verb ends a part list ('and wounding 15 others')",
    ),
    pytest.param(
        "A rocket hit a street, killing five people, three of whom were children, and wounding 20 others.",
        [
            ("civilians_killed", 5, 5, "exact", "five"),
            ("children_killed", 3, 3, "exact", "three"),
            ("civilians_injured", 20, 20, "exact", "20"),
        ],
        id="parts:'three of whom' right after its whole takes the whole's event",
    ),
    pytest.param(
        "The army ambushed a group of terrorists, killing 15 and injuring dozens of them.",
        # 15 names no side in its sentence: civilians by convention (an article's headline may name it)
        [("civilians_killed", 15, 15, "exact", "15"), ("fighters_injured", 24, 99, "vague", "dozens")],
        id="parts:'dozens of them' after a verb is not a part of the count before",
    ),
    pytest.param(
        "The number of martyrs of the terrorist bombing in Akrama has risen to 41, most of them children.",
        [("civilians_killed", 41, 41, "exact", "41")],
        id="toll:'the number of martyrs rose to'; 'the terrorist bombing' is no terrorist",
    ),
    pytest.param(
        "The shelling killed a total of 10 people and wounded 25 others.",
        [("civilians_killed", 10, 10, "exact", "10"), ("civilians_injured", 25, 25, "exact", "25")],
        id="events:a coordinated verb with its own count is not the count's event",
    ),
    pytest.param(
        "More than 1,400 people were killed in the attack on the suburbs, the US government said, "
        "including at least 426 children.",
        [
            ("civilians_killed", 1400, None, "more_than", "More than 1,400"),
            ("children_killed", 426, None, "at_least", "at least 426"),
        ],
        id="parts:a part after an attribution clause still takes its whole's event",
    ),
    pytest.param(
        "Thirteen army personnel, among them two officers, were killed in the attack.",
        [("fighters_killed", 13, 13, "exact", "Thirteen")],
        id="parts:a part in the whole's own category is not a second figure",
    ),
    pytest.param(
        "Gunmen killed five people in Tafas, including a former rebel commander.",
        [("civilians_killed", 5, 5, "exact", "five"), ("fighters_killed", 1, 1, "exact", "a")],
        id="parts:a part in another category stays",
    ),
    pytest.param(
        "The shelling killed 10 people; three of the dead were children, a doctor said.",
        [("civilians_killed", 10, 10, "exact", "10"), ("children_killed", 3, 3, "exact", "three")],
        id="parts:'three of the dead were children'",
    ),
    pytest.param(
        "The Turkish army has neutralized 17 PKK/YPG terrorists in northern Syria.",
        [("fighters_killed", 17, 17, "exact", "17")],
        id="nouns:a name written with a slash",
    ),
    pytest.param(
        "Air strikes killed 10 people including four rebels.",
        [("fighters_killed", 4, 4, "exact", "four")],
        id="parts:a whole with rebels in it is not all civilians",
    ),
    pytest.param(
        "The PKK, responsible for the deaths of nearly 40,000 people, has waged an insurgency.",
        [("war_dead", 40000, 40000, "about", "nearly 40,000")],
        id="running total:a group's record ('responsible for the deaths of')",
    ),
    pytest.param(
        "The campaign has killed 300 civilians since then, the monitor said.",
        [("war_dead", 300, 300, "exact", "300")],
        id="running total:'since then'",
    ),
    pytest.param(
        "IS beheads 12 men in Palmyra.",
        [("civilians_killed", 12, 12, "exact", "12")],
        id="events:beheads",
    ),
    pytest.param(
        "The attack claimed seven lives, but activists fear for their lives.",
        [("civilians_killed", 7, 7, "exact", "seven")],
        id="events:'claimed seven lives'; 'fear for their lives' is no killing",
    ),
    pytest.param(
        "The strike caused the martyrdom of a child.",
        [("civilians_killed", 1, 1, "exact", "a"), ("children_killed", 1, 1, "exact", "a")],
        id="bare article:right after 'the martyrdom of'",
    ),
    pytest.param(
        "Half a dozen Hezbollah fighters were killed.",
        [("fighters_killed", 6, 6, "exact", "Half a dozen")],
        id="numbers:half a dozen is six",
    ),
    pytest.param(
        "The shelling killed nine members of Hayat Tahrir al-Sham.",
        [("fighters_killed", 9, 9, "exact", "nine")],
        id="sides:Hayat Tahrir al-Sham",
    ),
    pytest.param(
        "A soldier succumbed to his wounds on Monday.",
        [("fighters_killed", 1, 1, "exact", "A")],
        id="events:succumbed to his wounds is a death",
    ),
    pytest.param(
        "The conflict has taken the lives of more than 200,000 people.",
        [("war_dead", 200000, None, "more_than", "more than 200,000")],
        id="running total:'the conflict has taken the lives of'",
    ),
    pytest.param(
        "The shelling led to the killing of 4 civilians including 2 children and the wounding of 10 others.",
        [
            ("civilians_killed", 4, 4, "exact", "4"),
            ("children_killed", 2, 2, "exact", "2"),
            ("civilians_injured", 10, 10, "exact", "10"),
        ],
        id="parts:'and the wounding of' is the next clause's, not the part's predicate",
    ),
    pytest.param(
        "Clashes killed 17 people -- 11 civilians and six rebels -- the monitor said.",
        [("civilians_killed", 11, 11, "exact", "11"), ("fighters_killed", 6, 6, "exact", "six")],
        id="parts:a total broken down after a dash is not all civilians",
    ),
    pytest.param(
        "A civilian and a soldier were killed in the shelling.",
        [("civilians_killed", 1, 1, "exact", "A"), ("fighters_killed", 1, 1, "exact", "a")],
        id="bare article:'were killed' is a predicate with its auxiliary",
    ),
    pytest.param(
        "The strike killed a man and a woman.",
        [
            ("civilians_killed", 1, 1, "exact", "a"),
            ("civilians_killed", 1, 1, "exact", "a"),
            ("women_killed", 1, 1, "exact", "a"),
        ],
        id="bare article:joined by 'and' to one just taken",
    ),
    pytest.param(
        "There were at least 15 dead among the ranks of Jaish al-Islam, the Observatory said.",
        [("fighters_killed", 15, None, "at_least", "at least 15")],
        id="sides:'among the ranks of' an armed group",
    ),
    pytest.param(
        "The raid killed 12 members of",
        [("civilians_killed", 12, 12, "exact", "12")],
        id="sides:'members of' at the end of a cut sentence (no name to read) does not raise",
    ),
]


@pytest.mark.parametrize("sentence,expected", RULES_5)
def test_casualty_rules_round_5(sentence, expected):
    assert claims_of(sentence, "casualties") == expected


KNOWN_MISSES_3 = [
    pytest.param(
        "Seven children killed in Aleppo\n\nAir strikes killed at least 10 people including seven "
        "children on Friday.",
        [
            ("children_killed", 7, "Seven"),
            ("civilians_killed", 10, "at least 10"),
            ("children_killed", 7, "seven"),
        ],
        id="known miss: a headline's children retold as a part in the body still count as civilians",
    ),
]


@pytest.mark.xfail(strict=True, reason="known misses of the casualties preset, round 3")
@pytest.mark.parametrize("text,expected", KNOWN_MISSES_3)
def test_known_misses_round_3(text, expected):
    found = [(c.category, c.low, c.phrase) for c in extract_text(text, "k.txt", categories="casualties")]
    assert found == expected


def scoped(text: str) -> list[tuple]:
    return [
        (c.category, c.low, c.phrase, c.scope) for c in extract_text(text, "s.txt", categories="casualties")
    ]


SCOPES = [
    pytest.param(
        "Car bomb kills 8 in Homs\n\nA car bomb killed eight people in Homs on Monday. Elsewhere in Idlib, "
        "six people were killed in an air strike. Among the dead were two children. Officials said 30 "
        "people were wounded in Homs. The toll could rise, they said. A doctor said 9 people were in "
        "intensive care.",
        [
            ("civilians_killed", 8, "8", "main"),
            ("civilians_killed", 8, "eight", "main"),
            ("civilians_killed", 6, "six", "other_event"),
            ("children_killed", 2, "two", "other_event"),
            ("civilians_injured", 30, "30", "main"),
        ],
        id="scope:elsewhere, carried by 'Among the dead', not by the next sentence of a long paragraph",
    ),
    pytest.param(
        "Car bomb kills 8 in Homs\n\nA car bomb killed eight people in Homs on Monday.\n\nElsewhere, an "
        "air strike hit a market in Idlib. Six people were killed there.\n\nFive more people were "
        "wounded in Homs, officials said.",
        [
            ("civilians_killed", 8, "8", "main"),
            ("civilians_killed", 8, "eight", "main"),
            ("civilians_killed", 6, "Six", "other_event"),
            ("civilians_injured", 5, "Five", "main"),
        ],
        id="scope:a short paragraph is about one event",
    ),
    pytest.param(
        "Shelling kills 4 in Aleppo\n\nShelling killed four people in Aleppo on Sunday. In a separate "
        "attack, a roadside bomb killed three soldiers near Hama. The attack comes a week after a car "
        "bomb killed 20 people in the same district.",
        [
            ("civilians_killed", 4, "4", "main"),
            ("civilians_killed", 4, "four", "main"),
            ("fighters_killed", 3, "three", "other_event"),
            ("civilians_killed", 20, "20", "background"),
        ],
        id="scope:in a separate attack; comes a week after",
    ),
    pytest.param(
        "Mortars hit Damascus\n\nMortars killed 3 people in Damascus on Tuesday. In the same context, "
        "a woman was killed in Jaramana. Last month a similar attack killed 11 people.",
        [
            ("civilians_killed", 3, "3", "main"),
            ("civilians_killed", 1, "a", "other_event"),
            ("women_killed", 1, "a", "other_event"),
            ("civilians_killed", 11, "11", "background"),
        ],
        id="scope:state media's 'In the same context'; last month",
    ),
    pytest.param(
        "Jets strike rebels near Aleppo\n\nJets struck rebel positions near Aleppo on Monday, killing "
        "12 fighters. The raid also wounded 19 people.\n\nJets also believed to be Russian struck the "
        "town of Atarib, where five civilians were killed.\n\nThe Jaberiyeh district was also targeted "
        "by shelling, where a woman was killed.",
        [
            ("fighters_killed", 12, "12", "main"),
            ("civilians_injured", 19, "19", "main"),
            ("civilians_killed", 5, "five", "other_event"),
            ("civilians_killed", 1, "a", "other_event"),
            ("women_killed", 1, "a", "other_event"),
        ],
        id="scope:'also struck', 'was also targeted' is another attack; 'also wounded' is not",
    ),
    pytest.param(
        "Army kills 20 terrorists in Hama\n\nThe army killed 20 terrorists in Hama on Monday.\n\n2 civilians "
        "killed in rocket attack\n\nIn another development, two civilians were killed in Aleppo.\n\n"
        "Troops pressed on\n\nFive more soldiers were wounded near Hama.",
        [
            ("fighters_killed", 20, "20", "main"),
            ("fighters_killed", 20, "20", "main"),
            ("civilians_killed", 2, "2", "other_event"),
            ("civilians_killed", 2, "two", "other_event"),
            ("fighters_injured", 5, "Five", "main"),
        ],
        id="scope:a subheading takes the scope its paragraph marks",
    ),
    pytest.param(
        "Air strikes kill 19 in Raqqa\n\nAir strikes on Raqqa killed at least 19 militants on Sunday, the "
        "monitor said.",
        [("fighters_killed", 19, "19", "main"), ("fighters_killed", 19, "at least 19", "main")],
        id="sides:the headline's sideless figure takes the side the body names for it",
    ),
    pytest.param(
        "12 soldiers killed in clashes near Hama\n\nTwelve soldiers were killed on Monday. The "
        "strikes killed five people, the monitor said.",
        [
            ("fighters_killed", 12, "12", "main"),
            ("fighters_killed", 12, "Twelve", "main"),
            ("fighters_killed", 5, "five", "main"),
        ],
        id="sides:a sideless count in the body takes the side the headline names",
    ),
    pytest.param(
        "12 soldiers and 3 civilians killed near Hama\n\nThe strikes killed five people.",
        [
            ("fighters_killed", 12, "12", "main"),
            ("civilians_killed", 3, "3", "main"),
            ("civilians_killed", 5, "five", "main"),
        ],
        id="sides:a headline naming two sides names none for the body",
    ),
    pytest.param(
        "12 soldiers killed near Hama\n\nClashes raged near Hama on Monday. Elsewhere, shelling killed five "
        "people in Idlib.",
        [("fighters_killed", 12, "12", "main"), ("civilians_killed", 5, "five", "other_event")],
        id="sides:the headline's side is not given to another event",
    ),
    pytest.param(
        "Raid kills 5 in Idlib\n\nA raid killed 5 people in Idlib. In another strike, 5 soldiers died.",
        [
            ("civilians_killed", 5, "5", "main"),
            ("civilians_killed", 5, "5", "main"),
            ("fighters_killed", 5, "5", "other_event"),
        ],
        id="sides:the same figure of another event names no side for this one",
    ),
    pytest.param(
        "Troops ambush rebels, kill 40\n\nAt least 40 rebels died in the ambush. State media said "
        "dozens were killed.",
        [
            ("fighters_killed", 40, "40", "main"),
            ("fighters_killed", 40, "At least 40", "main"),
            ("fighters_killed", 24, "dozens", "main"),
        ],
        id="sides:the side the body names for the headline's figure is the headline's side",
    ),
    pytest.param(
        "Strikes kill 40 in Idlib\n\nThe strikes killed 40 people. Dozens were wounded.",
        [
            ("civilians_killed", 40, "40", "main"),
            ("civilians_killed", 40, "40", "main"),
            ("civilians_injured", 24, "Dozens", "main"),
        ],
        id="sides:a headline figure no side is named for names none",
    ),
    pytest.param(
        "Rebels kill 14 soldiers in Deraa\n\nRebels killed 14 soldiers in Deraa on Saturday. The monitor "
        "said two children were killed by regime bombs in a village near Aleppo.",
        [
            ("fighters_killed", 14, "14", "main"),
            ("fighters_killed", 14, "14", "main"),
            ("civilians_killed", 2, "two", "other_event"),
            ("children_killed", 2, "two", "other_event"),
        ],
        id="sides:another side's dead, in a sentence naming none of the headline's side, is another incident",
    ),
    pytest.param(
        "Strikes kill 50 militants in Syria\n\nAir strikes on Monday killed 50 militants and eight "
        "civilians near Idlib. The security personnel and two civilians were killed in the blast.",
        [
            ("fighters_killed", 50, "50", "main"),
            ("fighters_killed", 50, "50", "main"),
            ("civilians_killed", 8, "eight", "main"),
            ("civilians_killed", 2, "two", "main"),
        ],
        id="sides:another side's dead beside the headline's side are the headline event's",
    ),
    pytest.param(
        "Rebels kill 14 soldiers in Deraa\n\nRebels killed 14 soldiers in Deraa. Two civilians were also "
        "wounded.",
        [
            ("fighters_killed", 14, "14", "main"),
            ("fighters_killed", 14, "14", "main"),
            ("civilians_injured", 2, "Two", "main"),
        ],
        id="sides:the headline's side is for its own event only (wounded are not killed)",
    ),
    pytest.param(
        "17 militants killed in airstrike\n\nAirstrikes killed 17 militants at a training camp. "
        "The airstrikes on the camp also killed a child who was visiting.",
        [
            ("fighters_killed", 17, "17", "main"),
            ("fighters_killed", 17, "17", "main"),
            ("civilians_killed", 1, "a", "main"),
            ("children_killed", 1, "a", "main"),
        ],
        id="sides:another side's dead in a sentence pointing back to the event ('The airstrikes ...') stay",
    ),
]


@pytest.mark.parametrize("text,expected", SCOPES)
def test_scope_and_sides_across_sentences(text, expected):
    assert scoped(text) == expected


SIDES_ACROSS_STATEMENTS = [
    pytest.param(
        "Syrian troops killed 73 rebels in separate clashes\n\nThe troops on Sunday killed 73 rebels. "
        "In Aleppo, 28 rebels were killed by the troops, according to SANA, which added that one citizen "
        "was killed when a mortar shell landed at a district of Damascus.",
        [
            ("fighters_killed", 73, "73", "main"),
            ("fighters_killed", 73, "73", "main"),
            ("fighters_killed", 28, "28", "main"),
            ("civilians_killed", 1, "one", "other_event"),
        ],
        id="probe 7:the headline's side named before 'added that' does not hold the civilian (was main)",
    ),
    pytest.param(
        "Syrian troops killed 73 rebels\n\nThe troops on Sunday killed 73 rebels and one civilian.",
        [
            ("fighters_killed", 73, "73", "main"),
            ("fighters_killed", 73, "73", "main"),
            ("civilians_killed", 1, "one", "main"),
        ],
        id="unchanged:the headline's side in the same statement holds the civilian",
    ),
]


@pytest.mark.parametrize("text,expected", SIDES_ACROSS_STATEMENTS)
def test_a_side_named_in_another_statement_does_not_hold_a_count(text, expected):
    assert scoped(text) == expected


@pytest.mark.xfail(
    strict=True, reason="known miss: a number in a place name ('Mazzeh 86') is read as a count"
)
def test_known_miss_a_number_in_a_place_name():
    sentence = "Another bomb killed 5 people in Mazzeh 86, a Damascus neighbourhood."
    assert claims_of(sentence, "casualties") == [("civilians_killed", 5, 5, "exact", "5")]


def test_claim_columns_contract():
    assert CLAIM_COLUMNS[:14] == [
        "file",
        "outlet",
        "published",
        "category",
        "low",
        "high",
        "qualifier",
        "phrase",
        "start",
        "end",
        "sentence",
        "speaker",
        "speaker_org",
        "statement_date",
    ]
    assert CLAIM_COLUMNS[14:] == [
        "section",
        "sentence_start",
        "sentence_end",
        "statement_date_basis",
        "claim_id",
        "scope",
    ]


def test_seed_claims_slice_back_sorted_and_picklable():
    claims, errors = extract_folder(SEEDS, "evacuation")
    assert not errors and claims
    order = {"fighters_departed": 0}
    for claim in claims:
        text = (SEEDS / claim.file).read_bytes().decode("utf-8")
        assert text[claim.start : claim.end] == claim.phrase
        assert text[claim.sentence_start : claim.sentence_end] == claim.sentence
        assert claim.claim_id == f"{claim.file}:{claim.start}:{claim.category}"
        assert claim.section in ("headline", "body")
    keys = [(c.file, c.start) for c in claims]
    assert keys == sorted(keys)
    assert pickle.loads(pickle.dumps(claims)) == claims
    assert order  # ordering within one offset follows the YAML, checked by the two-claim example above


def test_extract_article_claims_from_path_matches_article():
    path = sorted(SEEDS.glob("*.txt"))[0]
    from newscounts.articles import read_article

    assert extract_article_claims(str(path), "evacuation") == extract_claims(read_article(path), "evacuation")
    assert pickle.loads(pickle.dumps(extract_article_claims))  # a top-level function for process pools


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            list('0123456789 ,.-abcdefinorstuwy\n"“”')
            + [
                " fighters",
                " left",
                " killed",
                " about",
                " more than",
                " no ",
                " some ",
                " hundreds of",
                " civilians",
                " between",
                " and ",
                " including",
                " denied that",
                " were",
                " dead",
                " 2017",
                " percent",
                " toll rose to",
                " others",
                " of them",
                " since 2011",
                " were injured",
                " among the",
                " other",
                " denied reports that",
                " any",
                " the number of",
                " was",
                " members of",
                " Nusra",
                " at least",
                " did not exceed",
                "/",
                " himself and",
                " a 10-year-old boy",
                " bringing the toll since",
                " among the ranks of",
                " none of the remaining",
                " before the evacuation",
            ]
        ),
        min_size=1,
    ).map("".join)
    | st.text()
)
def test_extraction_never_raises_and_offsets_slice_back(text):
    if not text.strip():
        return
    for preset in ("evacuation", "casualties"):
        for claim in extract_text(text, "h.txt", categories=preset):
            assert text[claim.start : claim.end] == claim.phrase


MINI = [
    {
        "unit_id": "a",
        "article_title": "Air strikes kill 12 civilians in Idlib",
        "article_content": "Air strikes killed 12 civilians including 3 children on Monday, a monitor said.",
        "nb_civilians": "12",
        "nb_children": "3",
        "nb_women": "0",
        "nb_noncivilians": "0",
    },
    {
        "unit_id": "b",
        "article_title": "Rebels advance near Hama",
        "article_content": "Rebels captured two villages after heavy fighting, activists said.",
        "nb_civilians": "0",
        "nb_children": "0",
        "nb_women": "0",
        "nb_noncivilians": "0",
    },
    {
        "unit_id": "c",
        "article_title": "Clashes in Daraa",
        "article_content": "At least 20 soldiers were killed in clashes. Dozens of people died in shelling.",
        "nb_civilians": "0",
        "nb_children": "0",
        "nb_women": "0",
        "nb_noncivilians": "20",
    },
    {
        "unit_id": "d",
        "article_title": "Car bomb in Homs",
        "article_content": "A car bomb killed 8 people and wounded 30, state media said.",
        "nb_civilians": "7",
        "nb_children": "0",
        "nb_women": "0",
        "nb_noncivilians": "0",
    },
    {
        "unit_id": "e",
        "article_title": "Rebels take village near Hama",
        "article_content": "Rebels captured a village on Monday, killing 3 soldiers, activists said. "
        "Meanwhile an air strike killed 9 people in Idlib.",
        "nb_civilians": "0",
        "nb_children": "0",
        "nb_women": "0",
        "nb_noncivilians": "3",
    },
    {
        "unit_id": "f",
        "article_title": "Obama asks Congress to act on Syria",
        "article_content": "Obama spoke to Congress on Tuesday. He said the attack on August 21 killed "
        "more than 1400 people.",
        "nb_civilians": "1400",
        "nb_children": "0",
        "nb_women": "0",
        "nb_noncivilians": "0",
    },
]


def test_fakes_eval_scoring_on_invented_articles():
    from fakes_eval import evaluate

    results = evaluate(MINI)
    civilians = results["nb_civilians"]
    # a: lead 12 agrees; b: no claim, label 0 agrees; c: "Dozens" is a positive claim on a 0 label;
    # d: 8 against label 7 disagrees; e: the "Meanwhile" strike is another event, label 0 agrees;
    # f: an article with no event of its own is scored on the event it recalls (background).
    assert civilians["lead"] == 4 / 6 and civilians["any"] == 4 / 6
    assert civilians["zero"] == 3 and civilians["false_alarms"] == 1 / 3
    assert results["nb_children"]["lead"] == 1.0
    assert results["nb_noncivilians"]["lead"] == 1.0  # e: the 3 soldiers, not the 9 of "Meanwhile"


# A part ("including 3 children") takes what happened to its whole, not the next clause's event.
PARTS = [
    pytest.param(
        "Air strikes killed 7 people including 3 children and wounded 20 in the town.",
        [
            ("civilians_killed", 7, 7, "exact", "7"),
            ("children_killed", 3, 3, "exact", "3"),
            ("civilians_injured", 20, 20, "exact", "20"),
        ],
        id="found by a bug:part after 'killed', before 'and wounded'",
    ),
    pytest.param(
        "Shelling wounded 20 people including 5 children and killed 3 in the village.",
        [
            ("civilians_injured", 20, 20, "exact", "20"),
            ("children_injured", 5, 5, "exact", "5"),
            ("civilians_killed", 3, 3, "exact", "3"),
        ],
        id="found by a bug:the same, injured first",
    ),
    pytest.param(
        "The raid killed 12 people, among them three women and four children, and injured 30.",
        [
            ("civilians_killed", 12, 12, "exact", "12"),
            ("women_killed", 3, 3, "exact", "three"),
            ("children_killed", 4, 4, "exact", "four"),
            ("civilians_injured", 30, 30, "exact", "30"),
        ],
        id="found by a bug:'among them' parts between commas",
    ),
    pytest.param(
        "The bombing killed 9 people, including 2 women, and wounded 40 others, including 11 children.",
        [
            ("civilians_killed", 9, 9, "exact", "9"),
            ("women_killed", 2, 2, "exact", "2"),
            ("civilians_injured", 40, 40, "exact", "40"),
            ("children_injured", 11, 11, "exact", "11"),
        ],
        id="found by a bug:each part its own whole; '40 others' are not more of the women",
    ),
    pytest.param(
        "Gunmen killed 5 soldiers and wounded 14 others, including 6 children, on Monday.",
        [
            ("fighters_killed", 5, 5, "exact", "5"),
            ("fighters_injured", 14, 14, "exact", "14"),
            ("children_injured", 6, 6, "exact", "6"),
        ],
        id="invented:a part of the second whole takes the second whole's event",
    ),
    pytest.param(
        "The death toll rose to 12, including 3 children, and dozens were wounded.",
        [
            ("civilians_killed", 12, 12, "exact", "12"),
            ("children_killed", 3, 3, "exact", "3"),
            ("civilians_injured", 24, 99, "vague", "dozens"),
        ],
        id="invented:a part of a toll",
    ),
    pytest.param(
        "Twelve people including women and children were wounded when the school was hit.",
        [("civilians_injured", 12, 12, "exact", "Twelve")],
        id="unchanged:the whole's own predicate after a part with 'and'",
    ),
    pytest.param(
        "At least 20 people were killed, including five women and seven children, and 30 others were hurt.",
        [
            ("civilians_killed", 20, None, "at_least", "At least 20"),
            ("women_killed", 5, 5, "exact", "five"),
            ("children_killed", 7, 7, "exact", "seven"),
            ("civilians_injured", 30, 30, "exact", "30"),
        ],
        id="found by a bug:the second part of a list is a part too; '30 others' are not more children",
    ),
    pytest.param(
        "Among the dead were 3 women and 9 children, with 14 others injured.",
        [
            ("women_killed", 3, 3, "exact", "3"),
            ("children_killed", 9, 9, "exact", "9"),
            ("civilians_injured", 14, 14, "exact", "14"),
        ],
        id="third blind probe:'among the dead were' names parts; the others are other victims",
    ),
    pytest.param(
        "The strike killed 30 people, including 4 women, 3 children and 2 old men, and wounded 12 others.",
        [
            ("civilians_killed", 30, 30, "exact", "30"),
            ("women_killed", 4, 4, "exact", "4"),
            ("children_killed", 3, 3, "exact", "3"),
            ("civilians_injured", 12, 12, "exact", "12"),
        ],
        id="invented:a list of three parts; the third is a part of the same category, not a figure",
    ),
    pytest.param(
        "The toll rose to 25, including two women, four children, a teenager and a media activist.",
        [
            ("civilians_killed", 25, 25, "exact", "25"),
            ("women_killed", 2, 2, "exact", "two"),
            ("children_killed", 4, 4, "exact", "four"),
        ],
        id="casualty probe:'a media activist' at the end of a list is one of the 25, not a new figure",
    ),
    pytest.param(
        "Eleven civilians were killed, among them a child and two women, while 44 others were injured.",
        [
            ("civilians_killed", 11, 11, "exact", "Eleven"),
            ("children_killed", 1, 1, "exact", "a"),
            ("women_killed", 2, 2, "exact", "two"),
            ("civilians_injured", 44, 44, "exact", "44"),
        ],
        id="FA-KES dev:'44 others' after 'a child and two women' are not more women",
    ),
    pytest.param(
        "At least 20 people were killed and dozens of others were wounded.",
        [
            ("civilians_killed", 20, None, "at_least", "At least 20"),
            ("civilians_injured", 24, 99, "vague", "dozens"),
        ],
        id="found by a bug:'dozens of others were wounded' has its own predicate",
    ),
    pytest.param(
        "The monitor said 12 soldiers had also been killed, including seven in a bomb attack.",
        [("fighters_killed", 12, 12, "exact", "12")],
        id="seventh probe:'including seven' with no noun is of the soldiers, over their verb",
    ),
    pytest.param(
        "A suicide bomber killed 16, including 4 in the market.",
        [("civilians_killed", 16, 16, "exact", "16")],
        id="seventh probe:a whole with no noun gives its part none (not the bomber's)",
    ),
]


@pytest.mark.parametrize("sentence,expected", PARTS)
def test_part_takes_its_wholes_event(sentence, expected):
    assert claims_of(sentence, "casualties") == expected


# In a paragraph that lost its line breaks, a sentence that points back at an "Elsewhere" event with
# a definite event noun stays with that event.
_LONG = (
    "Strikes kill 12 in Idlib\n\nAir strikes killed 12 civilians in Idlib on Monday, activists said. "
    "The Observatory said the toll may rise. Residents fled the area. Rescue teams worked overnight. "
    "Elsewhere, regime forces hit Daraa province. {} Aid groups condemned the attacks."
)


@pytest.mark.parametrize(
    "sentence,scope",
    [
        pytest.param("The strikes killed five people.", "other_event", id="the strikes"),
        pytest.param("The Russian raids killed five people.", "other_event", id="modifier before the noun"),
        pytest.param("The barrel bombs killed five people.", "other_event", id="two words, new noun"),
        pytest.param("The bombardment killed five people.", "other_event", id="bombardment"),
        pytest.param("These air raids killed five people.", "other_event", id="these"),
        pytest.param("It killed five people.", "other_event", id="it killed"),
        pytest.param("Ten people were killed in Idlib on Monday.", "main", id="no pointing back"),
        pytest.param("The Observatory said five people were killed.", "main", id="the + no event noun"),
    ],
)
def test_scope_carries_over_a_pointing_back_sentence(sentence, scope):
    found = scoped(_LONG.format(sentence))
    assert [s for _, low, _, s in found if low == 5 or low == 10] == [scope]


def test_number_of_the_dead_counts_the_noun_after():
    assert claims_of("Four of the dead were children.", "casualties") == [
        ("children_killed", 4, 4, "exact", "Four")
    ]


# Session 3: parts of "the dead" that name no side, and hedged copulas after "N of the dead".
RULES_6 = [
    pytest.param(
        "The three others among the dead had not been identified yet.",
        [],
        id="parts of the dead:'N others among the dead' names no side, so no second figure",
    ),
    pytest.param(
        "Some of the bodies appeared to be young men.",
        [],
        id="parts of the dead:'some of the bodies' is a part, not a toll",
    ),
    pytest.param(
        "Among the dead were two others.",
        [],
        id="parts of the dead:'among the dead were N others'",
    ),
    pytest.param(
        "Among the dead were two civilians.",
        [("civilians_killed", 2, 2, "exact", "two")],
        id="parts of the dead:a part that names its side is still read",
    ),
    pytest.param(
        "Three of the dead had not been identified.",
        [],
        id="parts of the dead:'N of the dead' with no noun after the verb",
    ),
    pytest.param(
        "He said 10 of those killed were believed to be civilians.",
        [("civilians_killed", 10, 10, "exact", "10")],
        id="of the dead:'of those killed were believed to be' civilians",
    ),
    pytest.param(
        "At least six of those killed were Syrian rebel fighters.",
        [("fighters_killed", 6, None, "at_least", "At least six")],
        id="of the dead:words before the noun after the verb",
    ),
    pytest.param(
        "Three of the dead were identified as rebels.",
        [("fighters_killed", 3, 3, "exact", "Three")],
        id="of the dead:'were identified as'",
    ),
    pytest.param(
        "Three of the dead were not civilians.",
        [],
        id="of the dead:a negated noun is not what they were",
    ),
    pytest.param(
        "Four of the victims died in hospital.",
        [("civilians_killed", 4, 4, "exact", "Four")],
        id="of the dead:victims are not the dead (the wounded can be victims), so a toll stays",
    ),
]


RULES_6 += [
    pytest.param(
        "Gunmen attacked a checkpoint, killing at least four police.",
        [("fighters_killed", 4, None, "at_least", "at least four")],
        id="sides:bare 'police' are armed personnel",
    ),
    pytest.param(
        "At least three civilians (two children and a woman) were killed.",
        [
            ("civilians_killed", 3, None, "at_least", "At least three"),
            ("civilians_killed", 2, 2, "exact", "two"),
            ("children_killed", 2, 2, "exact", "two"),
            ("civilians_killed", 1, 1, "exact", "a"),
            ("women_killed", 1, 1, "exact", "a"),
        ],
        id="bare article:joined by 'and' to a count before it",
    ),
    pytest.param(
        "A mother and her two children were killed in the strike.",
        [
            ("civilians_killed", 1, 1, "exact", "A"),
            ("women_killed", 1, 1, "exact", "A"),
            ("civilians_killed", 2, 2, "exact", "two"),
            ("children_killed", 2, 2, "exact", "two"),
        ],
        id="bare article:joined by 'and her' to a count after it",
    ),
    pytest.param(
        "Two children and a man said they saw the blast.",
        [],
        id="bare article:joined to a count that makes no claim either",
    ),
    pytest.param(
        "Three of the 21 Palestinians killed in the airstrikes were children.",
        [("children_killed", 3, 3, "exact", "Three"), ("civilians_killed", 21, 21, "exact", "21")],
        id="of the dead:a long definite whole with its event inside",
    ),
    pytest.param(
        "Ten of those killed have been identified as members of terror groups.",
        [("fighters_killed", 10, 10, "exact", "Ten")],
        id="of the dead:'have been identified as members of terror groups'",
    ),
    pytest.param(
        "Two women relatives of those killed appeared dazed.",
        [],
        id="kin of the dead are mourners, not the dead",
    ),
    pytest.param(
        "The shelling left three dead and 18 wounded servicemen.",
        [("civilians_killed", 3, 3, "exact", "three"), ("fighters_injured", 18, 18, "exact", "18")],
        id="state participle:'18 wounded servicemen' after another count's 'three dead'",
    ),
    pytest.param(
        "The strike killed 12 wounded soldiers in a hospital.",
        [("fighters_killed", 12, 12, "exact", "12")],
        id="state participle:a verb before the count still wins",
    ),
]


RULES_6 += [
    pytest.param(
        "Walking from One Massacre to Another",
        [],
        id="incidents:'one massacre' counts an incident, not people",
    ),
    pytest.param(
        "The army committed three massacres in a week.",
        [],
        id="incidents:'three massacres'",
    ),
    pytest.param(
        "22 dead in Aleppo",
        [("civilians_killed", 22, 22, "exact", "22")],
        id="incidents:'22 dead' still counts people",
    ),
]

# Session 4: phrasings met in a third blind probe of real casualty copy (sentences written here)
RULES_6 += [
    pytest.param(
        "The peacekeeping force said one of those killed worked for a catering firm.",
        [],
        id="probe3:the noun before 'said' is the speaker's, not the count's",
    ),
    pytest.param(
        "Among the dead were 3 women and 9 children, with 14 people injured.",
        [
            ("women_killed", 3, 3, "exact", "3"),
            ("children_killed", 9, 9, "exact", "9"),
            ("civilians_injured", 14, 14, "exact", "14"),
        ],
        id="probe3:'with 14 people injured' is the 14's event, not the 9's (both are parts of the dead)",
    ),
]


@pytest.mark.parametrize("sentence,expected", RULES_6)
def test_casualty_rules_round_6(sentence, expected):
    assert claims_of(sentence, "casualties") == expected


# Session 3: evacuation copy of other outlets (phrasings met in a blind probe of real articles;
# the sentences here are written for the tests).
EVACUATION_2 = [
    pytest.param(
        "Some, but not all, foreign fighters have left the town on Sunday.",
        [("foreign_fighters_departed", 1, None, "some", "Some")],
        id="'some, but not all,' before the noun",
    ),
    pytest.param(
        "Hundreds of fighters, both Syrian and foreign, were quietly evacuated.",
        [
            ("fighters_departed", 200, 999, "vague", "Hundreds"),
            ("foreign_fighters_departed", 200, 999, "vague", "Hundreds"),
        ],
        id="an apposition of kinds, like 'including foreigners'",
    ),
    pytest.param(
        "In the course of the checks there were six foreign fighters that were identified and detained.",
        [("foreign_fighters_detained", 6, 6, "exact", "six")],
        id="'there were' opens a clause: the event noun before it does not govern the count",
    ),
    pytest.param(
        "Fewer than 800 foreign fighters were left in their last stronghold.",
        [("foreign_fighters_remaining", None, 800, "less_than", "Fewer than 800")],
        id="'were left in' is staying, not leaving",
    ),
    pytest.param(
        "Nearly 150 foreign fighters are surrounded by the SDF in the old city.",
        [("foreign_fighters_remaining", 150, 150, "about", "Nearly 150")],
        id="surrounded is staying",
    ),
    pytest.param(
        "The convoy was carrying 90 armed men and their families.",
        [("fighters_departed", 90, 90, "exact", "90")],
        id="armed men are fighters",
    ),
    pytest.param(
        "Around 4,000 people headed to the countryside under the deal.",
        [("civilians_evacuated", 4000, 4000, "about", "Around 4,000")],
        id="headed to",
    ),
    pytest.param(
        "Between 40 and 60 fighters moved with their families to the east.",
        [("fighters_departed", 40, 60, "range", "Between 40 and 60")],
        id="moved with",
    ),
    pytest.param(
        "Dozens of foreign fighters, according to witnesses, joined the exodus.",
        [("foreign_fighters_departed", 24, 99, "vague", "Dozens")],
        id="'joined the exodus' is leaving ('joined' alone is not)",
    ),
    pytest.param(
        "They left the city, leaving behind around 100-150 mostly foreign fighters.",
        [("foreign_fighters_remaining", 100, 150, "about", "around 100-150")],
        id="'mostly' grades the modifier after it",
    ),
    # session 4
    pytest.param(
        "Some 900 people, including wounded, were brought to safety on Friday.",
        [("civilians_evacuated", 900, 900, "about", "Some 900")],
        id="'including wounded,' is a part, not the predicate",
    ),
    pytest.param(
        "About 700 people, including the wounded, were evacuated overnight.",
        [("civilians_evacuated", 700, 700, "about", "About 700")],
        id="'including the wounded,' is a part, not the predicate",
    ),
    pytest.param(
        "Some 800 people, including 35 wounded, were evacuated on Sunday.",
        [("civilians_evacuated", 800, 800, "about", "Some 800")],
        id="'including 35 wounded,' is a counted part, not the predicate",
    ),
    pytest.param(
        "Nearly 500 people, including forty injured, left the camp by bus.",
        [("civilians_evacuated", 500, 500, "about", "Nearly 500")],
        id="'including forty injured,' is a counted part, not the predicate",
    ),
    # session 5
    pytest.param(
        "A group of Islamic State fighters left the city on Sunday, a militia spokesman said.",
        [("fighters_departed", 1, None, "some", "A group of")],
        id="'a group of fighters' with its own predicate is a positive with no number",
    ),
    pytest.param(
        "A group of 50 fighters left the city.",
        [("fighters_departed", 50, 50, "exact", "50")],
        id="'a group of 50': the number is the count",
    ),
    pytest.param(
        "Foreign fighters did not leave, the spokesman said.",
        [("foreign_fighters_departed", 0, 0, "none", "Foreign fighters")],
        id="a bare noun phrase before a negated event is an explicit zero",
    ),
    pytest.param(
        "He said that foreign fighters were not allowed to leave the city.",
        [("foreign_fighters_departed", 0, 0, "none", "foreign fighters")],
        id="'were not allowed to leave' after 'that' is an explicit zero",
    ),
    pytest.param("Most fighters did not leave the city.", [], id="'most' is not none"),
    pytest.param(
        "Thousands of Syrian and foreign fighters left the city.",
        [
            ("fighters_departed", 2000, 9999, "vague", "Thousands"),
            ("foreign_fighters_departed", 2000, 9999, "vague", "Thousands"),
        ],
        id="'Syrian and foreign fighters' are fighters, foreigners among them (as 'including foreigners')",
    ),
    pytest.param("Foreign fighters did not say where they were.", [], id="a negated verb that is no event"),
    # session 6
    pytest.param(
        "About 300 fighters did not leave the city, the SDF said.",
        [],
        id="a count before a negated event is not of those it happened to",
    ),
    pytest.param(
        "Some 200 foreign fighters were not allowed to leave, and 50 have not yet left.",
        [],
        id="'were not allowed to leave', 'have not yet left' after a count",
    ),
    pytest.param(
        "The 300 foreign fighters who did not leave were detained.",
        [("foreign_fighters_detained", 300, 300, "exact", "300")],
        id="a negated relative clause ('who did not leave') is skipped for the main verb",
    ),
    pytest.param(
        "At least 250 fighters left, but 30 did not leave.",
        [("fighters_departed", 250, None, "at_least", "At least 250")],
        id="the negated count beside a positive one",
    ),
    pytest.param(
        "About 300 fighters who had been holed up in the stadium for weeks left the city on Sunday.",
        [("fighters_departed", 300, 300, "about", "About 300")],
        id="the main verb after a relative clause ('who had been holed up ...') is the count's",
    ),
    pytest.param(
        "About 300 fighters who had remained in the city left on Sunday.",
        [("fighters_departed", 300, 300, "about", "About 300")],
        id="'who had remained' is the relative clause's; 'left' is the count's",
    ),
    pytest.param(
        "Some 51 civilians were evacuated from the stadium, where about 2,000 fighters are still fighting.",
        [("civilians_evacuated", 51, 51, "about", "Some 51")],
        id="the evacuation before ', where' is not the where-clause fighters'",
    ),
    pytest.param(
        "Some 600 men, women and children were bused out of the old city.",
        [("civilians_evacuated", 600, 600, "about", "Some 600")],
        id="'men, women and children' is one head noun",
    ),
    pytest.param(
        "The deal lets about 30-thousand family members leave the town.",
        [("civilians_evacuated", 30_000, 30_000, "about", "about 30-thousand")],
        id="'30-thousand' is one number, not 30 to 1000",
    ),
    pytest.param(
        "It also let many hundreds of fighters escape from the town.",
        [("fighters_departed", 200, 999, "vague", "many hundreds")],
        id="'many hundreds' is one vague count",
    ),
]


@pytest.mark.parametrize("sentence,expected", EVACUATION_2)
def test_evacuation_sentences_round_2(sentence, expected):
    assert claims_of(sentence) == expected


# A relative clause after the count has its own verb; the count's event is the main verb after it
# (found on the fourth blind probe: "2,439 soldiers who were holding out at the plant had surrendered").
RELATIVE_CLAUSES = [
    pytest.param(
        "Three people who were wounded in Monday's attack died on Tuesday.",
        [("civilians_killed", 3, 3, "exact", "Three")],
        id="invented:wounded in the relative clause, died in the main one",
    ),
    pytest.param(
        "Five soldiers who had been injured in the blast later died in hospital.",
        [("fighters_killed", 5, 5, "exact", "Five")],
        id="invented:'later died' after a relative clause",
    ),
    pytest.param(
        "Ten civilians who were wounded in the shelling have died, doctors said.",
        [("civilians_killed", 10, 10, "exact", "Ten")],
        id="invented:'have died' after a relative clause with a noun in -ing",
    ),
    pytest.param(
        "Five people who were wounded in the attack were taken to a hospital in the city.",
        [("civilians_injured", 5, 5, "exact", "Five")],
        id="unchanged:no main event after the relative clause",
    ),
    pytest.param(
        "The jets killed another 20 terrorists who had arrived for evacuating those injured.",
        [("fighters_killed", 20, 20, "exact", "20")],
        id="FA-KES dev:'those injured' is a noun, not the main verb",
    ),
    pytest.param(
        "Five civilians were killed in the town, where 200 fighters are based.",
        [("civilians_killed", 5, 5, "exact", "Five")],
        id="invented:the event before ', where' is not the where-clause count's",
    ),
    pytest.param(
        "Jets struck the market, where 20 people were killed.",
        [("civilians_killed", 20, 20, "exact", "20")],
        id="unchanged:the where-clause's own event",
    ),
    pytest.param(
        "Gunmen who killed 12 civilians were arrested on Monday.",
        [("civilians_killed", 12, 12, "exact", "12")],
        id="invented:the count is the relative clause's object; 'were arrested' is the gunmen's",
    ),
    pytest.param(
        "Police said the men that had killed four soldiers were detained.",
        [("fighters_killed", 4, 4, "exact", "four")],
        id="invented:'that had killed': an auxiliary between the pronoun and the verb",
    ),
    pytest.param(
        "The men killed 12 civilians were arrested later.",
        [],
        id="unchanged:no relative pronoun, so the participle after the noun still decides",
    ),
]

# Two counts, each with its own modifier, share one head: "8 Daesh and 12 PKK terrorists" (the ninth
# blind probe's known miss, with a shorter name).
SHARED_HEAD = [
    pytest.param(
        "The army neutralized 8 Daesh and 12 PKK terrorists in the region.",
        [("fighters_killed", 8, 8, "exact", "8"), ("fighters_killed", 12, 12, "exact", "12")],
        id="invented:'8 Daesh and 12 PKK terrorists' (was only the 12)",
    ),
    pytest.param(
        "The Observatory said 30 regime and 39 rebel fighters have been killed in battles around al-Maleh.",
        [("fighters_killed", 30, 30, "exact", "30"), ("fighters_killed", 39, 39, "exact", "39")],
        id="FA-KES dev:'30 regime and 39 rebel fighters' (was only the 39)",
    ),
    pytest.param(
        "The clashes killed 8 Syrians and 12 Turkish soldiers.",
        [("civilians_killed", 8, 8, "exact", "8"), ("fighters_killed", 12, 12, "exact", "12")],
        id="unchanged:'8 Syrians' has a head of its own",
    ),
]


# A count right before a noun that names victims one by one ("executions", "deaths") counts people of no
# named side: the agent before the verb is not their side (the ninth blind probe's "nearly two hundred
# executions" by militias, which gave no claim while "executions" was no event word).
VICTIM_NOUNS = [
    pytest.param(
        "Militias carried out nearly two hundred executions in the city, witnesses said.",
        [("civilians_killed", 200, 200, "about", "nearly two hundred")],
        id="probe 9:'nearly two hundred executions' by militias (was no claim)",
    ),
    pytest.param(
        "Rebels carried out 200 killings in the city.",
        [("civilians_killed", 200, 200, "exact", "200")],
        id="invented:'200 killings' are not rebels",
    ),
    pytest.param(
        "The group carried out two massacres, killing 30 people.",
        [("civilians_killed", 30, 30, "exact", "30")],
        id="unchanged:'two massacres' count incidents",
    ),
]


@pytest.mark.parametrize("sentence,expected", VICTIM_NOUNS)
def test_victim_nouns(sentence, expected):
    assert claims_of(sentence, "casualties") == expected


@pytest.mark.parametrize("sentence,expected", SHARED_HEAD)
def test_shared_head(sentence, expected):
    assert claims_of(sentence, "casualties") == expected


# An adverb of severity before the event word after a count ("53 seriously injured") is passed over,
# as "mostly" is before a modifier (fourth blind probe; the third probe's "three critically injured").
SEVERITY = [
    pytest.param(
        "Forty-two seriously injured were taken to hospital.",
        [("civilians_injured", 42, 42, "exact", "Forty-two")],
        id="invented:'seriously injured' with no noun",
    ),
    pytest.param(
        "The blast killed 12 and left 30 badly wounded.",
        [("civilians_killed", 12, 12, "exact", "12"), ("civilians_injured", 30, 30, "exact", "30")],
        id="invented:'left 30 badly wounded'",
    ),
    pytest.param(
        "Twelve critically wounded people were flown to Damascus.",
        [("civilians_injured", 12, 12, "exact", "Twelve")],
        id="invented:'critically wounded people'",
    ),
    pytest.param(
        "Three seriously wounded fighters died later.",
        [("fighters_killed", 3, 3, "exact", "Three")],
        id="invented:the state before the noun, the event after it",
    ),
    pytest.param(
        "Jets targeted a group of civilians gathered at a well, killing at least 18.",
        [("civilians_killed", 18, None, "at_least", "at least 18")],
        id="FA-KES dev:'a group of' targeted is not a toll of its own",
    ),
]


@pytest.mark.parametrize("sentence,expected", SEVERITY)
def test_an_adverb_of_severity_is_passed_over(sentence, expected):
    assert claims_of(sentence, "casualties") == expected


MORE = [
    pytest.param(
        "Three more rebels were killed on Tuesday.",
        [("fighters_killed", 3, 3, "exact", "Three")],
        id="found by a bug:'three more rebels' are rebels (was civilians)",
    ),
    pytest.param(
        "Three more Syrian soldiers were killed.",
        [("fighters_killed", 3, 3, "exact", "Three")],
        id="found by a bug:'more' then an adjective then the noun",
    ),
    pytest.param(
        "The strike killed 12 and wounded 20 more.",
        [("civilians_killed", 12, 12, "exact", "12"), ("civilians_injured", 20, 20, "exact", "20")],
        id="unchanged:'20 more' with no noun",
    ),
]


@pytest.mark.parametrize("sentence,expected", MORE)
def test_more_before_a_noun_keeps_the_noun(sentence, expected):
    assert claims_of(sentence, "casualties") == expected


@pytest.mark.parametrize("sentence,expected", RELATIVE_CLAUSES)
def test_relative_clause_is_not_the_counts_event(sentence, expected):
    assert claims_of(sentence, "casualties") == expected


# A determiner right after a count starts another phrase: the count has no noun of its own. Texts
# stripped of their commas (as FA-KES's are) run the count into the speaker that follows it.
DETERMINER_AFTER_COUNT = [
    pytest.param(
        "On Friday the death toll from the raid rose to 115 the Observatory said.",
        [("civilians_killed", 115, 115, "exact", "115")],
        id="FA-KES dev:'rose to 115 the Observatory said' is the toll (was no claim)",
    ),
    pytest.param(
        "Two barrel bombs hit the camp killing 10 people and wounding dozens the Observatory said.",
        [("civilians_killed", 10, 10, "exact", "10"), ("civilians_injured", 24, 99, "vague", "dozens")],
        id="FA-KES dev:'wounding dozens the Observatory said' (was no injured claim)",
    ),
    pytest.param(
        "The shelling brought to 49 the number killed in Eastern Ghouta in two days.",
        [("civilians_killed", 49, 49, "exact", "49")],
        id="FA-KES dev:'brought to 49 the number killed' (was no claim)",
    ),
    pytest.param(
        "Topic Battle Against Daesh in Syria (180) 0 54 The Kurdish-led Syrian Democratic Forces (SDF) "
        "killed 23 Daesh members.",
        [("fighters_killed", 23, 23, "exact", "23")],
        id="FA-KES dev:a page's figure before 'The' counts nothing (was 54 fighters killed)",
    ),
    pytest.param(
        "Short URL 0 214 The number of civilians killed by the airstrike has risen to 20.",
        [("civilians_killed", 20, 20, "exact", "20")],
        id="FA-KES dev:a page's figure before 'The number' (was 214 civilians killed)",
    ),
    pytest.param(
        "Three of the fighters were killed.",
        [("fighters_killed", 3, 3, "exact", "Three")],
        id="unchanged:a determiner after 'of'",
    ),
    pytest.param(
        "The airstrikes killed 12 such fighters.",
        [("fighters_killed", 12, 12, "exact", "12")],
        id="unchanged:'such' may follow a count",
    ),
]


@pytest.mark.parametrize("sentence,expected", DETERMINER_AFTER_COUNT)
def test_a_determiner_after_a_count_starts_another_phrase(sentence, expected):
    assert claims_of(sentence, "casualties") == expected


def test_a_portion_of_the_foreigners_is_unchanged():
    assert claims_of('"A portion of the foreigners have left," said Omar Alloush.') == [
        ("foreign_fighters_departed", 1, None, "some", "A portion of")
    ]


# "no details of casualties" says nothing is known, not that no one was hurt; "no indication of
# civilian casualties" is a denial (as "no indication that foreign fighters had left" is).
NO_NOUN_OF = [
    pytest.param(
        "There were no details of casualties.",
        [],
        id="FA-KES dev:'no details of casualties' is no zero (was 0 civilians injured)",
    ),
    pytest.param(
        "There was no immediate word of casualties among the troops.",
        [],
        id="invented:'no word of casualties'",
    ),
    pytest.param(
        "Warplanes bombed the city no information casualties yet.",
        [],
        id="probe 7 stripped:'no information casualties yet' is no zero (was 0 civilians injured)",
    ),
    pytest.param(
        "It said there were no indications of civilian casualties.",
        [("civilians_injured", 0, 0, "none", "no")],
        id="invented:'no indications of' is a denial, once (was a second zero, 'of civilian')",
    ),
    pytest.param(
        "No civilians were killed in the raid.",
        [("civilians_killed", 0, 0, "none", "No")],
        id="unchanged:'no civilians'",
    ),
]


@pytest.mark.parametrize("sentence,expected", NO_NOUN_OF)
def test_no_noun_of_casualties_is_not_a_zero(sentence, expected):
    assert claims_of(sentence, "casualties") == expected


# Found by reading the blind probes' articles stripped the way FA-KES's are (no commas, no
# apostrophes, one paragraph), and by their curly quotes.
STRIPPED_AND_QUOTED = [
    pytest.param(
        "Syria: ‘70 militants die’ in battle for Kobani",
        [("fighters_killed", 70, 70, "exact", "70")],
        id="probe 7:an event word before a closing curly quote (was no claim)",
    ),
    pytest.param(
        "Syria: '70 militants die' in battle for Kobani",
        [("fighters_killed", 70, 70, "exact", "70")],
        id="invented:an event word before a closing straight quote (was no claim)",
    ),
    pytest.param(
        "Dozens dead scores injured as suicide bomber targets police",
        [("civilians_killed", 24, 99, "vague", "Dozens"), ("civilians_injured", 40, 99, "vague", "scores")],
        id="casualty probe:'Dozens dead scores injured' (was scores killed)",
    ),
    pytest.param(
        "A car bomb exploded killing at least eight people and wounding 31 police said.",
        [
            ("civilians_killed", 8, None, "at_least", "at least eight"),
            ("civilians_injured", 31, 31, "exact", "31"),
        ],
        id="casualty probe:'wounding 31 police said' (was 31 police injured)",
    ),
    pytest.param(
        "Warplanes bombed the city of Idlib no information casualties yet also 4 persons at least were "
        "killed and others were injured.",
        [("civilians_killed", 4, 4, "exact", "4")],
        id="probe 7 stripped:'4 persons at least were killed' takes its own predicate (was injured)",
    ),
    pytest.param(
        "Air strikes hit Idlib killing more than 43 people and wounding 151 pro-opposition media said.",
        [
            ("civilians_killed", 43, None, "more_than", "more than 43"),
            ("civilians_injured", 151, 151, "exact", "151"),
        ],
        id="probe 7 stripped:'wounding 151 pro-opposition media said' (was no injured claim)",
    ),
    pytest.param(
        "A car bomb exploded killing 22 people and wounding 28 Iraqi police said.",
        [("civilians_killed", 22, 22, "exact", "22"), ("civilians_injured", 28, 28, "exact", "28")],
        id="casualty probe stripped:'wounding 28 Iraqi police said' (was no injured claim)",
    ),
    pytest.param(
        "The attack left 13 people dead including nine men three children and a woman.",
        [
            ("civilians_killed", 13, 13, "exact", "13"),
            ("children_killed", 3, 3, "exact", "three"),
            ("women_killed", 1, 1, "exact", "a"),
        ],
        id="probe 7 stripped:a list without commas is a list of parts (was 1 more civilian killed)",
    ),
    pytest.param(
        "Among those killed were 105 children and 76 women over the age of eighteen.",
        [("children_killed", 105, 105, "exact", "105"), ("women_killed", 76, 76, "exact", "76")],
        id="FA-KES dev:'the age of eighteen' is no count (was 18 civilians killed)",
    ),
    pytest.param(
        "The eight children who were killed were identified as follows: 1. Ahmad Ali 2. Sara Ali.",
        [("civilians_killed", 8, 8, "exact", "eight"), ("children_killed", 8, 8, "exact", "eight")],
        id="probe 7 stripped:a list's first number after a colon (was 1 civilian killed)",
    ),
    pytest.param(
        "Three police were killed in the attack.",
        [("fighters_killed", 3, 3, "exact", "Three")],
        id="unchanged:'three police were killed'",
    ),
    pytest.param(
        "Syria Shelling Kills 10 Warplanes Hit Rebel Bastions",
        [],
        id="probe 5:title case 'Rebel Bastions' are places, not rebels (was 10 fighters killed)",
    ),
]


@pytest.mark.parametrize("sentence,expected", STRIPPED_AND_QUOTED)
def test_stripped_and_quoted_text(sentence, expected):
    assert claims_of(sentence, "casualties") == expected


def test_a_figure_before_a_speaker_is_not_the_speakers():
    text = "Headline\n\nA car bomb exploded killing at least eight people and wounding 31 police said."
    killed = [
        c for c in extract_text(text, "t.txt", categories="casualties") if c.category == "civilians_killed"
    ]
    assert [c.speaker for c in killed] == ["police"]


def test_a_count_after_of_the_is_a_whole_not_a_list_part():
    # probe 4, guard for the list without commas: "30 of the 51" does not list 51 as a second part
    sentence = (
        "The 174 people who arrived on Sunday included more than 30 of the 51 final civilians evacuated."
    )
    assert claims_of(sentence) == [("civilians_evacuated", 51, 51, "exact", "51")]


# Found by the ninth blind probe (its first run: nb_civilians false alarms 6 of 30).
PROBE_9 = [
    pytest.param(
        "35 ISIL Fighters Killed 90 Injured in Syrian Military Operation",
        [("fighters_killed", 35, 35, "exact", "35"), ("fighters_injured", 90, 90, "exact", "90")],
        id="probe 9:'Fighters Killed 90 Injured': 'Killed' is the 35's predicate (was 90 civilians killed)",
    ),
    pytest.param(
        "ISIS claimed that two armored vehicles were destroyed and 53 members of the SDF were killed.",
        [("fighters_killed", 53, 53, "exact", "53")],
        id="probe 9:'two armored vehicles': a noun after the participle (was 2 civilians killed)",
    ),
    pytest.param(
        "The army killed many terrorists, including Majed al-Masri who was one of the leaders of the group.",
        [("fighters_killed", 1, None, "some", "many")],
        id="probe 9:'who was one of the leaders' is no count (was 1 civilian killed)",
    ),
    pytest.param(
        "The military said 12 Kurdistan Workers' Party (PKK)-affiliated terrorists were killed.",
        [],
        id="probe 9:'Workers' in a party's name is no head (was 12 civilians; the long name: unread)",
    ),
    pytest.param(
        "Five Turkish soldiers killed nine wounded in al-Bab",
        [("fighters_killed", 5, 5, "exact", "Five"), ("fighters_injured", 9, 9, "exact", "nine")],
        id="probe 9 stripped:'Five Turkish soldiers killed nine wounded' (was 9 civilians killed)",
    ),
    pytest.param(
        "A bomb killed 12 aid workers.",
        [("civilians_killed", 12, 12, "exact", "12")],
        id="unchanged:'aid workers'",
    ),
]


@pytest.mark.parametrize("sentence,expected", PROBE_9)
def test_probe_9_sentences(sentence, expected):
    assert claims_of(sentence, "casualties") == expected


PROBE_9_SCOPES = [
    pytest.param(
        "At least 14 militants dead in U.S.-led strikes in Syria\n\nAt least 14 Islamic State fighters were "
        "killed in air strikes by U.S.-led forces overnight. The U.S-led strikes killed at least five "
        "civilians, said Rami Abdulrahman.",
        [
            ("fighters_killed", 14, "At least 14", "main"),
            ("fighters_killed", 14, "At least 14", "main"),
            ("civilians_killed", 5, "at least five", "main"),
        ],
        id="probe 9:'The U.S-led strikes killed' points back (was other_event)",
    ),
    pytest.param(
        "Sham al-Islam commander and many other terrorists killed\n\nThe army killed a commander of "
        "Sham al-Islam. Four mortar bombs fired by militants slammed into Harasta, killing six children.",
        [
            ("fighters_killed", 1, "many", "main"),
            ("fighters_killed", 1, "a", "main"),
            ("civilians_killed", 6, "six", "other_event"),
            ("children_killed", 6, "six", "other_event"),
        ],
        id="probe 9:the headline's side as the agent ('fired by militants') holds no civilian (was main)",
    ),
]


@pytest.mark.parametrize("text,expected", PROBE_9_SCOPES)
def test_probe_9_scopes(text, expected):
    assert scoped(text) == expected


# The tenth blind probe's first run (0.88 / 0.88 / 0.13 false alarms on 30 fighters-only articles).
PROBE_10 = [
    pytest.param(
        "The attack killed a Kurdish security member and injured several others.",
        [("fighters_killed", 1, 1, "exact", "a"), ("civilians_injured", 3, 9, "vague", "several")],
        id="probe 10:'security' names the armed side (was 1 civilian killed)",
    ),
    pytest.param(
        "Rami Abdel Rahman said all 10 killed were the members of the Asayish force.",
        [("fighters_killed", 10, 10, "exact", "10")],
        id="probe 10:'all 10 killed were the members of the Asayish force' (was 10 civilians)",
    ),
    pytest.param(
        "He said the 10 killed were civilians.",
        [("civilians_killed", 10, 10, "exact", "10")],
        id="unchanged:'the 10 killed were civilians'",
    ),
    pytest.param(
        "Four Iranian military advisors martyred in Syria",
        [("fighters_killed", 4, 4, "exact", "Four")],
        id="probe 10:'military advisors' are of the armed side (was no claim)",
    ),
    pytest.param(
        "Two UN advisers were killed in the blast.",
        [("civilians_killed", 2, 2, "exact", "Two")],
        id="invented:advisers with no armed modifier name no side",
    ),
    pytest.param(
        "The toll rose to 59, 39 of them civilians.",
        [("civilians_killed", 39, 39, "exact", "39")],
        id="probe 10:'59, 39 of them civilians': the whole is not all civilians (was 59 civilians, no 39)",
    ),
    pytest.param(
        "The blast killed 20 people, 10 of them children.",
        [("civilians_killed", 20, 20, "exact", "20"), ("children_killed", 10, 10, "exact", "10")],
        id="unchanged:'20 people, 10 of them children' (children are civilians too)",
    ),
]


@pytest.mark.parametrize("sentence,expected", PROBE_10)
def test_probe_10_sentences(sentence, expected):
    assert claims_of(sentence, "casualties") == expected


# A headline without a figure names its dead's side as one with a figure does ("Blast kills leaders of
# terrorist Ahrar al-Sham group"), from its victims, not its agent.
PROBE_10_SCOPES = [
    pytest.param(
        "Blast kills leaders of terrorist Ahrar al-Sham group\n\nA statement said the blast hit a meeting in "
        "Idlib and confirmed Hassan Aboud, the group's leader, among at least 12 dead.",
        [("fighters_killed", 12, "at least 12", "main")],
        id="probe 10:the victims after the verb, a sideless head with its 'of' phrase (was 12 civilians)",
    ),
    pytest.param(
        "Hezbollah commander killed by Syrian rebels in Zabadani\n\nAt least 20 people were killed on "
        "Monday during clashes between Hezbollah and rebels.",
        [("fighters_killed", 20, "At least 20", "main")],
        id="probe 10:the victim before the participle (was 20 civilians)",
    ),
    pytest.param(
        "Woman killed by sniper in Aleppo\n\nA woman was killed by sniper fire in the Bustan al-Qasr "
        "district of Aleppo, activists said.",
        [("civilians_killed", 1, "A", "main"), ("women_killed", 1, "A", "main")],
        id="invented:'killed by sniper': the agent is no victim",
    ),
    pytest.param(
        "Assad Forces Commit Massacre in Aleppo\n\nThe strikes killed 62 people in 12 hours.",
        [("civilians_killed", 62, "62", "main")],
        id="probe 9:'Assad Forces Commit Massacre': the agent is no victim",
    ),
    pytest.param(
        "Militants kill people in Damascus\n\nMortars killed 5 people in the old city.",
        [("civilians_killed", 5, "5", "main")],
        id="invented:'Militants kill people': the agent before a verb with an object",
    ),
    pytest.param(
        "Syria Shelling Kills 10 Warplanes Hit Rebel Bastions\n\nAn artillery attack in Homs killed at "
        "least 10 people on Tuesday.",
        [("civilians_killed", 10, "at least 10", "main")],
        id="probe 5 stripped:a headline with a figure that counts nothing known names no side by its words",
    ),
]


@pytest.mark.parametrize("text,expected", PROBE_10_SCOPES)
def test_probe_10_scopes(text, expected):
    assert scoped(text) == expected


# Sides named around a sideless count, read with invented sentences before the eleventh blind probe:
# what a side lost or counts "of its" own is its own dead; the dead of fighting between armed sides are
# theirs; a martyr or a man takes the side his modifier names.
OWNED_SIDES = [
    pytest.param(
        "Iran's Fatemiyoun Brigade said 14 of its members were killed in Palmyra.",
        [("fighters_killed", 14, 14, "exact", "14")],
        id="invented:'14 of its members' of an armed group (was 14 civilians)",
    ),
    pytest.param(
        "The tribe, which fought IS, said 14 of its members were killed.",
        [("civilians_killed", 14, 14, "exact", "14")],
        id="invented:'its' owner across a clause is not read",
    ),
    pytest.param(
        "At least 30 soldiers were killed and 50 wounded, while the insurgents lost 18.",
        [
            ("fighters_killed", 30, None, "at_least", "At least 30"),
            ("fighters_injured", 50, 50, "exact", "50"),
            ("fighters_killed", 18, 18, "exact", "18"),
        ],
        id="invented:'the insurgents lost 18' (was 18 fighters injured)",
    ),
    pytest.param(
        "Islamic State lost 40 men in the fighting.",
        [("fighters_killed", 40, 40, "exact", "40")],
        id="invented:'Islamic State lost 40 men' (was no claim)",
    ),
    pytest.param(
        '"We have so far lost 15 people and one was injured."',
        [("civilians_killed", 15, 15, "exact", "15"), ("civilians_injured", 1, 1, "exact", "one")],
        id="casualty probe (63 articles):'we have so far lost 15 people' (was 15 injured)",
    ),
    pytest.param(
        '"We fled the bombing," said one man, who lost his nephew in the attack.',
        [],
        id="invented:'one man, who lost his nephew': the clause's verb has its own object",
    ),
    pytest.param(
        "A woman who lost three children in the strike was interviewed.",
        [("civilians_killed", 3, 3, "exact", "three"), ("children_killed", 3, 3, "exact", "three")],
        id="invented:'lost three children'",
    ),
    pytest.param(
        "Fierce clashes between Islamist militants near Damascus left at least 40 dead and 70 wounded.",
        [
            ("fighters_killed", 40, None, "at_least", "at least 40"),
            ("fighters_injured", 70, 70, "exact", "70"),
        ],
        id="FA-KES dev:fighting between militants as the subject (was 40 civilians)",
    ),
    pytest.param(
        "Clashes between Jaysh al-Islam and Faylaq al-Rahman left 40 dead in Eastern Ghouta.",
        [("fighters_killed", 40, 40, "exact", "40")],
        id="invented:fighting between two named groups",
    ),
    pytest.param(
        "12 people were killed on Friday in clashes with IS.",
        [("fighters_killed", 12, 12, "exact", "12")],
        id="invented:'killed in clashes with IS' after the event",
    ),
    pytest.param(
        "At least 12 people were killed in clashes between residents and police.",
        [("civilians_killed", 12, None, "at_least", "At least 12")],
        id="invented:the first side of the fighting names none",
    ),
    pytest.param(
        "Clashes between rebels and the army left 30 dead on both sides.",
        [("fighters_killed", 30, 30, "exact", "30")],
        id="known miss, now read:fighting between armed sides names the side of its dead",
    ),
    pytest.param(
        "Regime shelling killed 12 people in Douma amid clashes between rebels and the army.",
        [("civilians_killed", 12, 12, "exact", "12")],
        id="invented:fighting nearby is not the count's own",
    ),
    pytest.param(
        "Ten civilians were killed in clashes between rebels and the army.",
        [("civilians_killed", 10, 10, "exact", "Ten")],
        id="unchanged:a count that names its side keeps it",
    ),
    pytest.param(
        "12 Hezbollah martyrs were buried in the Bekaa.",
        [("fighters_killed", 12, 12, "exact", "12")],
        id="invented:'Hezbollah martyrs' (was 12 civilians)",
    ),
    pytest.param(
        "Twenty-five people fell as martyrs.",
        [("civilians_killed", 25, 25, "exact", "Twenty-five")],
        id="unchanged:martyrs of no named side",
    ),
    pytest.param(
        "Suicide bomber kills five Kurdish security men in Hasaka.",
        [("fighters_killed", 5, 5, "exact", "five")],
        id="invented:'security men' (was 5 civilians)",
    ),
    pytest.param(
        "Three men were killed in the shelling.",
        [("civilians_killed", 3, 3, "exact", "Three")],
        id="unchanged:men of no named side",
    ),
    pytest.param(
        "Syria's army loses 12 soldiers in Daraa ambush",
        [("fighters_killed", 12, 12, "exact", "12")],
        id="invented sentences:'loses 12 soldiers' (was no claim)",
    ),
    pytest.param(
        "Militants attacked army positions, losing up to 40 fighters.",
        [("fighters_killed", None, 40, "at_most", "up to 40")],
        id="invented articles:'losing up to 40 fighters' (was no claim)",
    ),
    pytest.param(
        "The funerals drew thousands in south Lebanon.",
        [],
        id="invented:mourners drawn by funerals are not the dead (was thousands of civilians)",
    ),
    pytest.param(
        "The shelling destroyed 3 more towns and killed 5.",
        [("civilians_killed", 5, 5, "exact", "5")],
        id="invented:'3 more towns' counts no people (was 3 civilians)",
    ),
    pytest.param(
        "The observatory said 30 died on the government side and 12 on the rebel side.",
        [("fighters_killed", 30, 30, "exact", "30"), ("fighters_killed", 12, 12, "exact", "12")],
        id="invented:'on the government side' (was 30 and 12 civilians)",
    ),
    pytest.param(
        "The fighting has left dozens dead on both sides, according to the Observatory.",
        [("fighters_killed", 24, 99, "vague", "dozens")],
        id="FA-KES dev:'dozens dead on both sides' (was civilians)",
    ),
    pytest.param(
        "Ten people were killed on the government side of the city.",
        [("civilians_killed", 10, 10, "exact", "Ten")],
        id="invented:'the government side of the city' is a place",
    ),
    pytest.param(
        "A car bomb at the funeral of a rebel commander killed 14 mourners in Daraa.",
        [("civilians_killed", 14, 14, "exact", "14")],
        id="invented:mourners are civilians (was no claim)",
    ),
    pytest.param(
        "The toll rose by 3 more overnight.",
        [("civilians_killed", 3, 3, "exact", "3")],
        id="unchanged:'3 more overnight'",
    ),
]


@pytest.mark.parametrize("sentence,expected", OWNED_SIDES)
def test_owned_sides(sentence, expected):
    assert claims_of(sentence, "casualties") == expected


HEADLINE_INCIDENT_MODIFIER = [
    pytest.param(
        "Death toll of terrorist bombings in Jableh and Tartous rises\n\nThe death toll rose to 148 martyrs, "
        "the Health Ministry said.",
        [("civilians_killed", 148, "148", "main")],
        id="invented:'terrorist bombings' names whose bombs, not whose dead",
    ),
]


@pytest.mark.parametrize("text,expected", HEADLINE_INCIDENT_MODIFIER)
def test_headline_incident_modifier(text, expected):
    assert scoped(text) == expected


# The eleventh blind probe's first run (0.78 / 0.80 / 0.30 false alarms on 30 fighters-only articles,
# 0.80 / 0.82 / 0.27 stripped).
PROBE_11 = [
    pytest.param(
        "Pentagon says airstrike in Syria killed an al-Qaida leader",
        [("fighters_killed", 1, 1, "exact", "an")],
        id="probe 11:'al-Qaida' spelled with an i (was 1 civilian)",
    ),
    pytest.param(
        "Jabhat al-Nusra executed over 40 prisoners from the Syrian Army.",
        [("fighters_killed", 40, None, "more_than", "over 40")],
        id="probe 11:'prisoners from the Syrian Army' (was 40 civilians)",
    ),
    pytest.param(
        "IS said it executed about 200 government prisoners.",
        [("fighters_killed", 200, 200, "about", "about 200")],
        id="known miss, now read:'government prisoners' take their modifier's side",
    ),
    pytest.param(
        "Thirty prisoners died in Sednaya.",
        [("civilians_killed", 30, 30, "exact", "Thirty")],
        id="unchanged:prisoners of no named side",
    ),
    pytest.param(
        "It shows the significance which Assad, one of whose cousins, Hilal, a militia commander, was killed "
        "near Kasab on Sunday, attaches to the area.",
        [],
        id="probe 11:'one of whose cousins' is no count (was 1 civilian)",
    ),
    pytest.param(
        "They buried a fighter killed in Syria, one of an unknown number of Iraqis who went to fight there.",
        [("fighters_killed", 1, 1, "exact", "a")],
        id="probe 11:'one of an unknown number of Iraqis who went to fight' (was 1 and some civilians)",
    ),
    pytest.param(
        "He was one of 12 people killed in the strike.",
        [("civilians_killed", 12, 12, "exact", "12")],
        id="unchanged:'one of 12 people killed' counts the 12",
    ),
    pytest.param(
        "A Kurdish militia said a British citizen who joined them in their battle against the Islamic State "
        "has perished.",
        [("fighters_killed", 1, 1, "exact", "a")],
        id="probe 11:'a British citizen who joined them in their battle' (was 1 civilian)",
    ),
    pytest.param(
        "Three students who joined the protest were killed.",
        [("civilians_killed", 3, 3, "exact", "Three")],
        id="invented:joining a protest is no fighting",
    ),
    pytest.param(
        "The raids killed more than 220 people, in one of the jihadists' deadliest ever assaults.",
        [("civilians_killed", 220, None, "more_than", "more than 220")],
        id="probe 11:'one of the jihadists' deadliest assaults' counts no jihadist (was 1 fighter)",
    ),
    pytest.param(
        "At least 221 people were killed, including 127 civilians, the Observatory said.",
        [("civilians_killed", 127, 127, "exact", "127")],
        id="probe 11:'221 people were killed, including 127 civilians' (was 221 civilians, no 127)",
    ),
    pytest.param(
        "Twenty people were killed, including 7 children.",
        [("civilians_killed", 20, 20, "exact", "Twenty"), ("children_killed", 7, 7, "exact", "7")],
        id="unchanged:'20 people were killed, including 7 children'",
    ),
    pytest.param(
        "An Iranian general and six Hezbollah members were killed.",
        [("fighters_killed", 1, 1, "exact", "An"), ("fighters_killed", 6, 6, "exact", "six")],
        id="probe 11:a general is a fighter (was no claim)",
    ),
    pytest.param(
        "A general strike was called after 12 people were killed.",
        [("civilians_killed", 12, 12, "exact", "12")],
        id="invented:'a general strike' counts no general",
    ),
]


@pytest.mark.parametrize("sentence,expected", PROBE_11)
def test_probe_11_sentences(sentence, expected):
    assert claims_of(sentence, "casualties") == expected


PROBE_11_SCOPES = [
    pytest.param(
        "Hezbollah buries fighters, sources say killed in Syria\n\nThey said the three died when a rocket "
        "hit the room where they were staying.",
        [("fighters_killed", 3, "three", "main")],
        id="probe 11:a headline that buries fighters names its dead's side (was 3 civilians)",
    ),
    pytest.param(
        "Dozens killed as IS attack Syrian Kurds\n\nThe group launched an assault on Kurdish forces "
        'overnight, with "dozens" of fighters killed, a monitoring group said.',
        [("fighters_killed", 24, "Dozens", "main"), ("fighters_killed", 24, "dozens", "main")],
        id="probe 11:the headline's vague figure is the body's, with its noun (was dozens of civilians)",
    ),
]


@pytest.mark.parametrize("text,expected", PROBE_11_SCOPES)
def test_probe_11_scopes(text, expected):
    assert scoped(text) == expected


# The twelfth blind probe's first run (0.85 / 0.88 / 0.21 false alarms on 24 fighters-only articles,
# 0.88 / 0.90 / 0.17 stripped).
PROBE_12 = [
    pytest.param(
        "IS showed the beheadings of at least 15 men described as Syrian military personnel.",
        [("fighters_killed", 15, None, "at_least", "at least 15")],
        id="probe 12:'15 men described as Syrian military personnel' (was 15 civilians)",
    ),
    pytest.param(
        "On Thursday, five civilians were killed and wounded by a landmine.",
        [],
        id="probe 12:'five civilians were killed and wounded' is no toll of either (was 5 killed)",
    ),
    pytest.param(
        "The source said that scores of people were killed and injured in the attack.",
        [],
        id="FA-KES dev:'scores of people were killed and injured' (was scores of civilians killed)",
    ),
    pytest.param(
        "Five people were killed and 20 wounded.",
        [("civilians_killed", 5, 5, "exact", "Five"), ("civilians_injured", 20, 20, "exact", "20")],
        id="unchanged:'killed and 20 wounded' are two tolls",
    ),
    pytest.param(
        "At least 17 members of the regime's security and Asayish Forces were killed in Qamishli.",
        [("fighters_killed", 17, None, "at_least", "At least 17")],
        id="probe 12:'members of the regime's security' (was 17 civilians)",
    ),
    pytest.param(
        "At least 17 members of the regimes security and Asayish Forces were killed in Qamishli.",
        [("fighters_killed", 17, None, "at_least", "At least 17")],
        id="probe 12 stripped:'the regimes security' without its apostrophe",
    ),
    pytest.param(
        "Five members of Syria's largest family were killed.",
        [("civilians_killed", 5, 5, "exact", "Five")],
        id="unchanged:a possessive that names no side",
    ),
    pytest.param(
        "Another activist group placed the number of dead Kurdish fighters at 50.",
        [("fighters_killed", 50, 50, "exact", "50")],
        id="probe 12:'the number of dead Kurdish fighters at 50' (was 50 civilians)",
    ),
    pytest.param(
        "The Observatory put the number of dead at 50.",
        [("civilians_killed", 50, 50, "exact", "50")],
        id="unchanged:'the number of dead' names no side",
    ),
    pytest.param(
        "Two members of the US-led coalition were killed.",
        [("fighters_killed", 2, 2, "exact", "Two")],
        id="probe 12:'members of the US-led coalition' (was 2 civilians)",
    ),
]


@pytest.mark.parametrize("sentence,expected", PROBE_12)
def test_probe_12_sentences(sentence, expected):
    assert claims_of(sentence, "casualties") == expected


# Session 11, read with the known misses and invented fighters-only copy, before the thirteenth probe.
KNOWN_MISSES_11 = [
    pytest.param(
        "Some opposition activists have taken to social media to accuse IS of this assassination.",
        [],
        id="own verb:'Some activists have taken to social media to accuse ...' (was 'some' civilians killed)",
    ),
    pytest.param(
        "Two residents said the strike killed a family.",
        [],
        id="own verb:'Two residents said the strike killed ...' (was 2 civilians killed)",
    ),
    pytest.param(
        "BAGHDAD (AP) - Hundreds in Baghdad mourned on Tuesday a Shiite fighter killed in Syria.",
        [],
        id="own verb:'Hundreds in Baghdad mourned ...' (was hundreds of civilians killed)",
    ),
    pytest.param(
        "Hundreds of residents gathered to bury the 12 victims of the massacre.",
        [("civilians_killed", 12, 12, "exact", "12")],
        id="own verb:'gathered to bury' is no hedge on the mourners (was hundreds killed)",
    ),
    pytest.param(
        "Five soldiers reported killed in the attack.",
        [("fighters_killed", 5, 5, "exact", "Five")],
        id="unchanged:'reported killed' hedges the count's own event",
    ),
    pytest.param(
        "Two children said to have died in the raid.",
        [
            ("civilians_killed", 2, 2, "exact", "Two"),
            ("children_killed", 2, 2, "exact", "Two"),
        ],
        id="unchanged:'said to have died' hedges the count's own event",
    ),
    pytest.param(
        "ISIL beheads eight captured Syrian soldiers, video shows",
        [("fighters_killed", 8, 8, "exact", "eight")],
        id="participle:'eight captured Syrian soldiers' (was 8 civilians)",
    ),
    pytest.param(
        "American among two members of U.S.-led coalition killed in Syria attack",
        [("fighters_killed", 2, 2, "exact", "two")],
        id="name:'U.S.-led' is one token, and 'killed' ends the name (was 2 civilians)",
    ),
    pytest.param(
        "Two members of Ahrar al-Sham killed in Syria attack",
        [("fighters_killed", 2, 2, "exact", "Two")],
        id="name:'members of Ahrar al-Sham killed' (was 2 civilians)",
    ),
    pytest.param(
        "Five Hezbollah killed in Qalamoun",
        [("fighters_killed", 5, 5, "exact", "Five")],
        id="name:a side named with no head noun ('Five Hezbollah killed'; was no claim)",
    ),
    pytest.param(
        "Syrian army kills 40 ISIS in Deir ez-Zor",
        [("fighters_killed", 40, 40, "exact", "40")],
        id="name:'kills 40 ISIS' (was no claim)",
    ),
    pytest.param(
        "Two IS attacks killed 5 people.",
        [("civilians_killed", 5, 5, "exact", "5")],
        id="unchanged:'Two IS attacks' counts attacks",
    ),
    pytest.param(
        "The attack killed the brigade commander and six of his men.",
        [("fighters_killed", 6, 6, "exact", "six")],
        id="owner:'six of his men' after a commander (was 6 civilians)",
    ),
    pytest.param(
        "The dead included a colonel and two lieutenants.",
        [("fighters_killed", 1, 1, "exact", "a"), ("fighters_killed", 2, 2, "exact", "two")],
        id="ranks:'a colonel and two lieutenants' (was no claim)",
    ),
]


@pytest.mark.parametrize("sentence,expected", KNOWN_MISSES_11)
def test_known_misses_11(sentence, expected):
    assert claims_of(sentence, "casualties") == expected


# The thirteenth blind probe's first run (at b7eaa1a: 0.85 / 0.85 / 0.25 false alarms on 24 fighters-only
# articles, the same stripped).
PROBE_13 = [
    pytest.param(
        "At least four corpses, said to be government pilots, lay in a dirt hole in another video.",
        [("fighters_killed", 4, None, "at_least", "At least four")],
        id="probe 13:'corpses, said to be government pilots' (was 4 civilians)",
    ),
    pytest.param(
        "Two suicide bombers killed at least 12 people and wounded dozens more in a town near Damascus.",
        [
            ("civilians_killed", 12, None, "at_least", "at least 12"),
            ("civilians_injured", 24, 99, "vague", "dozens"),
        ],
        id="probe 13:'Two suicide bombers killed at least 12 people': the bombers are no victims",
    ),
    pytest.param(
        "Two suicide bombers struck close to the Syrian capital Saturday, killing at least 12 people.",
        [("civilians_killed", 12, None, "at_least", "at least 12")],
        id="probe 13:'bombers struck ..., killing 12': the attackers' own verb (was 2 fighters killed)",
    ),
    pytest.param(
        "Two rebels killed three soldiers.",
        [("fighters_killed", 3, 3, "exact", "three")],
        id="agent:'Two rebels killed three soldiers'",
    ),
    pytest.param(
        "Five Turkish soldiers killed nine wounded",
        [("fighters_killed", 5, 5, "exact", "Five"), ("fighters_injured", 9, 9, "exact", "nine")],
        id="unchanged:'killed nine wounded' (no commas) are two tolls",
    ),
    pytest.param(
        "Five soldiers attacked by gunmen were killed.",
        [("fighters_killed", 5, 5, "exact", "Five")],
        id="unchanged:'attacked by' is passive",
    ),
    pytest.param(
        "Two soldiers targeted in the raid died.",
        [("fighters_killed", 2, 2, "exact", "Two")],
        id="unchanged:'targeted in the raid' is passive",
    ),
    pytest.param(
        "Residents told Reuters that 20 people attending the celebration were killed.",
        [("civilians_killed", 20, 20, "exact", "20")],
        id="unchanged:'attending' is no 'attend' (a whole word only)",
    ),
]


@pytest.mark.parametrize("sentence,expected", PROBE_13)
def test_probe_13_sentences(sentence, expected):
    assert claims_of(sentence, "casualties") == expected


def test_probe_13_someones_record_is_background():
    # "her role in a hotel attack that killed 60 people": a person's record, not the article's event
    text = (
        "Jordan vows revenge\n\nJordan said a captive pilot was killed by IS. Officials said Al Rishawi, "
        "on death row for her role in a hotel attack that killed 60 people, will be executed."
    )
    assert ("civilians_killed", 60, "60", "background") in scoped(text)
    assert ("civilians_killed", 60, "60", "main") not in scoped(text)


# The fourteenth blind probe's first run (at d30a7eb: 0.85 / 0.88 / 0.12 false alarms on 24 fighters-only
# articles; 0.88 / 0.88 / 0.12 stripped).
PROBE_14 = [
    pytest.param(
        "An Australian man has died after stepping on a landmine in Syria while fighting for Kurdish forces.",
        [("fighters_killed", 1, 1, "exact", "An")],
        id="probe 14:'died ... while fighting for Kurdish forces' (was 1 civilian)",
    ),
    pytest.param(
        "Three men were killed fighting for IS.",
        [("fighters_killed", 3, 3, "exact", "Three")],
        id="died fighting:'killed fighting for IS'",
    ),
    pytest.param(
        "Two people were killed when fighting broke out between rebels.",
        [("civilians_killed", 2, 2, "exact", "Two")],
        id="unchanged:'when fighting broke out' says nothing of the dead",
    ),
    pytest.param(
        "Reports say one of its most notorious militants has been killed in Syria.",
        [("fighters_killed", 1, 1, "exact", "one")],
        id="probe 14:'one of its most notorious militants' (was 1 civilian)",
    ),
    pytest.param(
        "Blasts in Homs kill 18 most children",
        [("civilians_killed", 18, 18, "exact", "18")],
        id="unchanged:'18 most children' (FA-KES dev) is no superlative",
    ),
    pytest.param(
        "HTS killed a half dozen civilians inside the town.",
        [("civilians_killed", 6, 6, "exact", "a half dozen")],
        id="probe 14:'a half dozen' is 6 (was 12)",
    ),
    pytest.param(
        "More than 300 civilians were killed in two weeks of fighting in the divided city.",
        [("war_dead", 300, None, "more_than", "More than 300")],
        id="probe 14:'in two weeks of fighting' is a running total (was 300 civilians killed)",
    ),
]


@pytest.mark.parametrize("sentence,expected", PROBE_14)
def test_probe_14_sentences(sentence, expected):
    assert claims_of(sentence, "casualties") == expected
