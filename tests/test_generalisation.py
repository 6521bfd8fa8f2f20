"""Does the kit read articles it was not tuned on? Invented sentences in the style of other outlets
about other events, for both presets.

None of these sentences comes from the seeds or from FA-KES: they are written the way wire
services, broadcasters and monitors report evacuations and casualties (Aleppo 2016, Eastern
Ghouta 2018, Zabadani, Homs Old City 2014, Daraa 2018; air strikes, bombings, shelling). Grouped
by origin; known misses are ``xfail(strict=True)``: fixing one makes the test fail, so move it to
its group.
"""

from __future__ import annotations

import pytest

from newscounts.claims import extract_text


def claims_of(sentence: str, preset: str) -> list[tuple]:
    return [
        (c.category, c.low, c.high, c.qualifier, c.phrase)
        for c in extract_text("Headline\n\n" + sentence, "g.txt", categories=preset)
    ]


EVACUATION = [
    # Aleppo, December 2016
    pytest.param(
        "About 4,000 rebels and their families left eastern Aleppo in green buses on Thursday.",
        [("fighters_departed", 4000, 4000, "about", "About 4,000")],
        id="aleppo-2016:rebels left in buses",
    ),
    pytest.param(
        "The ICRC said more than 8,000 civilians had been evacuated from the last rebel pocket.",
        [("civilians_evacuated", 8000, None, "more_than", "more than 8,000")],
        id="aleppo-2016:civilians evacuated",
    ),
    # Eastern Ghouta, March 2018
    pytest.param(
        "Some 1,500 militants and their relatives were bussed out of Harasta towards Idlib.",
        [("fighters_departed", 1500, 1500, "about", "Some 1,500")],
        id="ghouta-2018:bussed out",
    ),
    pytest.param(
        "Russia's defence ministry said no foreign fighters had left Douma.",
        [("foreign_fighters_departed", 0, 0, "none", "no")],
        id="ghouta-2018:explicit none",
    ),
    # Zabadani, 2017
    pytest.param(
        "Under the deal, up to 150 gunmen would leave Zabadani for Idlib province.",
        [("fighters_departed", None, 150, "at_most", "up to 150")],
        id="zabadani:up to",
    ),
    # Homs Old City, May 2014
    pytest.param(
        "Around 1,200 fighters, including foreigners, withdrew from the Old City of Homs on Wednesday.",
        [("fighters_departed", 1200, 1200, "about", "Around 1,200")],
        id="homs-2014:numeric count names no number for the foreigners",
    ),
    # Daraa, July 2018
    pytest.param(
        "State media said 400 rebels who refused the settlement were still holed up in Daraa al-Balad.",
        [],
        id="daraa-2018:holed up, not foreign, no before-evacuation phrase",
    ),
    pytest.param(
        "Dozens of militants were killed as the army advanced on Daraa.",
        [],
        id="daraa-2018:killed is not an evacuation",
    ),
]


@pytest.mark.parametrize("sentence,expected", EVACUATION)
def test_evacuation_elsewhere(sentence, expected):
    assert claims_of(sentence, "evacuation") == expected


def paragraph_claims(paragraph: str, preset: str = "evacuation") -> list[tuple]:
    return [
        (c.category, c.low, c.high, c.qualifier, c.phrase, c.speaker_org)
        for c in extract_text("Headline\n\n" + paragraph, "p.txt", categories=preset)
    ]


# Whole paragraphs in the styles of AP, Reuters, AFP, SANA, Al Jazeera and the BBC, about other
# evacuation deals, with the dates, years, percentages, ages, durations and bus counts wire copy
# carries beside its counts (none of them a claim: buses are not people).
EVACUATION_PARAGRAPHS = [
    pytest.param(
        "ALEPPO, Syria (AP) \u2014 Some 4,000 rebels and their families were evacuated from eastern "
        "Aleppo on Thursday, the International Committee of the Red Cross said, as dozens of buses and "
        "ambulances crossed the front line. A dozen wounded fighters were among the first to be taken "
        "out. The operation, which began at 5 a.m., could take up to three days.",
        [
            ("fighters_departed", 4000, 4000, "about", "Some 4,000"),
            ("fighters_departed", 12, 12, "exact", "A dozen"),
        ],
        id="aleppo-2016 AP:'and their families' shares the predicate; wounded fighters; buses, hours, days",
    ),
    pytest.param(
        "BEIRUT (Reuters) - About 35,000 people have been evacuated from eastern Aleppo in the past week, "
        "the ICRC said on Thursday. Nearly 8,000 rebels and their relatives left overnight, according to "
        "the Syrian Observatory for Human Rights. Two to three thousand people are still waiting in the "
        "freezing cold, it said.",
        [
            ("civilians_evacuated", 35000, 35000, "about", "About 35,000"),
            ("fighters_departed", 8000, 8000, "about", "Nearly 8,000"),
        ],
        id="aleppo-2016 Reuters:about, nearly; waiting is not leaving",
    ),
    pytest.param(
        "DOUMA, Syria (AFP) - More than 1,500 fighters and relatives of Jaish al-Islam left Douma on Sunday "
        "aboard 25 buses, state television reported. As many as 3,000 gunmen and their families are "
        "expected to leave under the Russian-brokered deal, a rebel official told AFP, asking not to be "
        "named because he was 34 and feared reprisals.",
        [
            ("fighters_departed", 1500, None, "more_than", "More than 1,500"),
            ("fighters_departed", None, 3000, "at_most", "As many as 3,000"),
        ],
        id="ghouta-2018 AFP:more than, as many as; 25 buses and an age are not claims",
    ),
    pytest.param(
        "The evacuation of 2,200 people from the besieged towns of Foua and Kefraya began on Friday, while "
        "roughly 150 rebels left Zabadani and Madaya, the Syrian Observatory said. The swap, agreed in "
        "2015, covers 40 percent of the remaining residents.",
        [
            ("civilians_evacuated", 2200, 2200, "exact", "2,200"),
            ("fighters_departed", 150, 150, "about", "roughly 150"),
        ],
        id="zabadani-foua swap:the evacuation of N, roughly; a year and a percentage",
    ),
    pytest.param(
        "Around 1,200 fighters left the Old City of Homs under a UN-supervised deal, the UN said, ending a "
        "siege of nearly two years. Fewer than 100 foreign fighters remained in the district, an activist "
        "told Al Jazeera.",
        [
            ("fighters_departed", 1200, 1200, "about", "Around 1,200"),
            ("foreign_fighters_remaining", None, 100, "less_than", "Fewer than 100"),
        ],
        id="homs-2014:around, fewer than; a siege's length",
    ),
    pytest.param(
        "DARAA (SANA) - Units of the army entered Daraa al-Balad after between 300 and 400 terrorists and "
        "their families were transported out to the north. Eighty fighters and forty civilians were "
        "evacuated on Monday, a military source told SANA.",
        [
            ("fighters_departed", 300, 400, "range", "between 300 and 400"),
            ("fighters_departed", 80, 80, "exact", "Eighty"),
            ("civilians_evacuated", 40, 40, "exact", "forty"),
        ],
        id="daraa-2018 SANA:own predicate past 'and their families' beats the event before; number words",
    ),
    pytest.param(
        "Some 300 lightly armed fighters and 300 civilians left the Lebanese border area in a convoy of 17 "
        "buses on Monday under a deal brokered by Hezbollah. Hundreds of civilians had already fled the "
        "area, a BBC correspondent said.",
        [
            ("fighters_departed", 300, 300, "about", "Some 300"),
            ("civilians_evacuated", 300, 300, "exact", "300"),
            ("civilians_evacuated", 200, 999, "vague", "Hundreds"),
        ],
        id="lebanon border 2017:some, hundreds of; a convoy of buses",
    ),
    pytest.param(
        "Three buses carrying 120 people left the town on Tuesday. Aid agencies said 200 to 300 residents "
        "would leave in the coming days.",
        [
            ("civilians_evacuated", 120, 120, "exact", "120"),
            ("civilians_evacuated", 200, 300, "range", "200 to 300"),
        ],
        id="buses:the bus count is not people, the people they carry are; X to Y",
    ),
]


@pytest.mark.parametrize("paragraph,expected", EVACUATION_PARAGRAPHS)
def test_evacuation_paragraphs(paragraph, expected):
    assert [claim[:5] for claim in paragraph_claims(paragraph)] == expected


def test_evacuation_paragraph_attribution():
    found = paragraph_claims(
        "The evacuation of 2,200 people began on Friday, while roughly 150 rebels left Zabadani, the Syrian "
        "Observatory said. Eighty fighters were evacuated on Monday, a military source told SANA."
    )
    expected = [("2,200", "SOHR"), ("roughly 150", "SOHR"), ("Eighty", "")]
    assert [(claim[4], claim[5]) for claim in found] == expected


EVACUATION_PARAGRAPH_MISSES = [
    pytest.param(
        "Around 1,200 people, most of them rebel fighters, were evacuated from the Old City of Homs.",
        ("fighters_departed", 1200, 1200, "about", "Around 1,200", ""),
        id="known miss: the evacuation preset names no sides, so 'most of them fighters' stays civilians",
    ),
    pytest.param(
        "At least 50 wounded were evacuated from the enclave on Thursday.",
        ("civilians_evacuated", 50, None, "at_least", "At least 50", ""),
        id="known miss: 'the wounded' as people is read as the event 'wounded'",
    ),
]


@pytest.mark.xfail(strict=True, reason="known misses of the evacuation preset on other deals")
@pytest.mark.parametrize("paragraph,expected", EVACUATION_PARAGRAPH_MISSES)
def test_evacuation_paragraph_known_misses(paragraph, expected):
    assert expected in paragraph_claims(paragraph)


CASUALTIES = [
    # air strikes (wire style)
    pytest.param(
        "Air strikes on the town of Atareb killed at least 43 people, including nine children, on Monday.",
        [
            ("civilians_killed", 43, None, "at_least", "at least 43"),
            ("children_killed", 9, 9, "exact", "nine"),
        ],
        id="airstrike:at least, including children",
    ),
    pytest.param(
        "The death toll from Sunday's air raids on Douma has risen to 61, the monitor said.",
        [("civilians_killed", 61, 61, "exact", "61")],
        id="airstrike:death toll has risen to",
    ),
    pytest.param(
        "Rescuers pulled 17 bodies from the rubble of the building.",
        [("civilians_killed", 17, 17, "exact", "17")],
        id="airstrike:bodies",
    ),
    # bombings (state-media style: "N killed M injured")
    pytest.param(
        "Four killed 23 others injured in car bomb blast in Jableh",
        [("civilians_killed", 4, 4, "exact", "Four"), ("civilians_injured", 23, 23, "exact", "23")],
        id="bombing:N killed M others injured (headline)",
    ),
    pytest.param(
        "Three people were killed and 11 others were wounded when a car bomb went off near a market.",
        [("civilians_killed", 3, 3, "exact", "Three"), ("civilians_injured", 11, 11, "exact", "11")],
        id="bombing:were killed and others were wounded",
    ),
    pytest.param(
        "A suicide bombing claimed the lives of 14 worshippers and wounded 30 at a mosque in Hama.",
        [("civilians_killed", 14, 14, "exact", "14"), ("civilians_injured", 30, 30, "exact", "30")],
        id="bombing:claimed the lives of",
    ),
    # shelling (monitor style)
    pytest.param(
        "Shelling on the village killed 12 civilians, five of them women.",
        [("civilians_killed", 12, 12, "exact", "12"), ("women_killed", 5, 5, "exact", "five")],
        id="shelling:N of them women",
    ),
    pytest.param(
        "Mortar fire on the Old City left two dead and 9 wounded.",
        [("civilians_killed", 2, 2, "exact", "two"), ("civilians_injured", 9, 9, "exact", "9")],
        id="shelling:left N dead and M wounded",
    ),
    # fighters
    pytest.param(
        "At least 30 pro-government fighters and 12 rebels died in the clashes.",
        [
            ("fighters_killed", 30, None, "at_least", "At least 30"),
            ("fighters_killed", 12, 12, "exact", "12"),
        ],
        id="clashes:both sides",
    ),
    pytest.param(
        "Army units clashed with militants east of the town, killing 25 of them.",
        [("fighters_killed", 25, 25, "exact", "25")],
        id="clashes:killing N of them",
    ),
    pytest.param(
        "Eight soldiers were killed and 14 were wounded in the ambush.",
        [("fighters_killed", 8, 8, "exact", "Eight"), ("fighters_injured", 14, 14, "exact", "14")],
        id="clashes:elided noun after own predicate",
    ),
    # running totals are not the event's toll
    pytest.param(
        "The war has killed more than 350,000 people since it began in March 2011.",
        [("war_dead", 350000, None, "more_than", "more than 350,000")],
        id="background:war total since 2011",
    ),
    pytest.param(
        "Yemen's conflict, which has lasted four years, has killed tens of thousands of people.",
        [("war_dead", 20000, 99999, "vague", "tens of thousands")],
        id="background:another country's war",
    ),
    pytest.param(
        "The strike killed 11 people on Tuesday; the monitor says 3,000 civilians have died in the province "
        "over the past year.",
        [("civilians_killed", 11, 11, "exact", "11"), ("war_dead", 3000, 3000, "exact", "3,000")],
        id="background:event toll and yearly total in one sentence",
    ),
    pytest.param(
        "The war has displaced more than 12 million people.",
        [],
        id="background:displaced is not killed",
    ),
]


@pytest.mark.parametrize("sentence,expected", CASUALTIES)
def test_casualties_elsewhere(sentence, expected):
    assert claims_of(sentence, "casualties") == expected


# Found as known misses, fixed in round 2 (bare article, a side in apposition, another event).
ROUND_2 = [
    pytest.param(
        "A barrel bomb killed a woman and her two sons in Daraya.",
        [
            ("civilians_killed", 1, 1, "exact", "a"),
            ("women_killed", 1, 1, "exact", "a"),
            ("civilians_killed", 2, 2, "exact", "two"),
            ("children_killed", 2, 2, "exact", "two"),
        ],
        id="barrel bomb:a bare article counts one",
    ),
    pytest.param(
        "Twelve people were killed, most of them fighters from the Nusra Front.",
        [("fighters_killed", 12, 12, "exact", "Twelve")],
        id="clashes:'most of them fighters' moves the toll to fighters",
    ),
    pytest.param(
        "Twelve people were killed, many of them fighters.",
        [("civilians_killed", 12, 12, "exact", "Twelve"), ("fighters_killed", 1, None, "some", "many")],
        id="clashes:'many of them fighters' does not",
    ),
]


@pytest.mark.parametrize("sentence,expected", ROUND_2)
def test_casualties_round_2(sentence, expected):
    assert claims_of(sentence, "casualties") == expected


def test_another_event_is_told_apart():
    text = (
        "Strike kills 4 in Atareb\n\nAn air strike killed four people in Atareb on Monday.\n\n"
        "Elsewhere in Idlib, six people were killed in a separate raid."
    )
    found = [(c.low, c.scope) for c in extract_text(text, "g.txt", categories="casualties")]
    assert found == [(4, "main"), (4, "main"), (6, "other_event")]


KNOWN_MISSES = [
    pytest.param(
        "Five children and three women were killed.",
        ("civilians_killed", 8, 8, "exact", "Five"),
        id="known miss: women and children are not summed into a civilian total",
    ),
    pytest.param(
        "A Turkish soldier and a Syrian rebel were killed in the ambush.",
        ("fighters_killed", 2, 2, "exact", "A"),
        id="known miss: two bare articles are not summed",
    ),
]


@pytest.mark.xfail(strict=True, reason="known misses of the casualties preset")
@pytest.mark.parametrize("sentence,expected", KNOWN_MISSES)
def test_casualties_known_misses(sentence, expected):
    assert expected in claims_of(sentence, "casualties")


# Many outlets capitalise every word of a headline; the claims must not depend on it. Each headline
# is read in title case and in sentence case, and both must give the same claims.
TITLE_CASE = [
    pytest.param("Air Strike Kills 47 Leaders Of Rebel Group", "casualties", [("fighters_killed", 47)]),
    pytest.param("43 Killed In Syria Army Shelling Of Rebel Town", "casualties", [("civilians_killed", 43)]),
    pytest.param("Suicide Bomber Kills 10 Governor Guards", "casualties", [("fighters_killed", 10)]),
    pytest.param("12 Wounded Soldiers Die In Hospital", "casualties", [("fighters_killed", 12)]),
    pytest.param("Twelve Wounded Rebels Died Overnight", "casualties", [("fighters_killed", 12)]),
    pytest.param("Boy Aged 12 Among 5 Killed In Strike", "casualties", [("civilians_killed", 5)]),
    pytest.param(
        "Air Strikes Kill 7 People Including 3 Children And Wound 20",
        "casualties",
        [("civilians_killed", 7), ("children_killed", 3), ("civilians_injured", 20)],
    ),
    pytest.param(
        "Shelling Kills 3 Children, Injures 10 Women",
        "casualties",
        [("civilians_killed", 3), ("children_killed", 3), ("civilians_injured", 10), ("women_injured", 10)],
    ),
    pytest.param(
        "Convoy Carrying 300 ISIS Fighters Leaves Raqqa", "evacuation", [("fighters_departed", 300)]
    ),
    pytest.param(
        "More Than 3,000 Civilians Evacuated From Eastern Ghouta",
        "evacuation",
        [("civilians_evacuated", 3000)],
    ),
    pytest.param(
        "Hundreds Of Foreign Fighters Left Raqqa In Deal", "evacuation", [("foreign_fighters_departed", 200)]
    ),
    pytest.param("Three Buses Carrying 120 People Leave Town", "evacuation", [("civilians_evacuated", 120)]),
    pytest.param("400 Families Flee Fighting In Deir Ezzor", "evacuation", [("civilians_evacuated", 400)]),
]


@pytest.mark.parametrize("headline,preset,expected", TITLE_CASE)
def test_title_case_headlines(headline, preset, expected):
    def read(title: str) -> list[tuple]:
        claims = extract_text(title + "\n\nNo figures here.", "h.txt", categories=preset)
        return [(c.category, c.low) for c in claims if c.section == "headline"]

    assert read(headline) == expected
    assert read(headline[0] + headline[1:].lower()) == expected


# Invented test copy in benchmarks/invented/ (see benchmarks/invented_eval.py): floors pinned at
# what the extractor scores now. They catch regressions; they are not held-out evidence, since the
# extractor was improved while reading their disagreements.
INVENTED_SENTENCE_DISAGREEMENTS_AT_MOST = 4  # of 196
INVENTED_ARTICLE_FLOORS = {"lead": 0.875, "any": 0.90}
INVENTED_ARTICLE_FALSE_ALARMS_AT_MOST = 0.14
INVENTED_ITEM_FLOORS = {"lead": 0.838, "any": 0.879}
INVENTED_ITEM_FALSE_ALARMS_AT_MOST = 0.06


def test_invented_casualty_copy_floors():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from fakes_eval import evaluate
    from invented.casualty_items import CASES as ITEMS
    from invented_eval import article_rows, sentence_disagreements

    assert sentence_disagreements() <= INVENTED_SENTENCE_DISAGREEMENTS_AT_MOST
    civilians = evaluate(article_rows())["nb_civilians"]
    assert civilians["lead"] >= INVENTED_ARTICLE_FLOORS["lead"]
    assert civilians["any"] >= INVENTED_ARTICLE_FLOORS["any"]
    assert civilians["false_alarms"] <= INVENTED_ARTICLE_FALSE_ALARMS_AT_MOST
    items = evaluate(article_rows(ITEMS))["nb_civilians"]
    assert items["lead"] >= INVENTED_ITEM_FLOORS["lead"] and items["any"] >= INVENTED_ITEM_FLOORS["any"]
    assert items["false_alarms"] <= INVENTED_ITEM_FALSE_ALARMS_AT_MOST
