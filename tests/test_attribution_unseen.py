"""Attribution forms of wire copy that the seed articles do not exercise (newscounts.attribution).

Invented sentences and short paragraphs in the styles of AP, Reuters, AFP, the
BBC, Al Jazeera, SANA, Anadolu and the Syrian Observatory's press releases,
about this and other events. Each row names the count and the speaker and
organisation an analyst would write down. Names of people are invented; the
package must find them from the words around them, never from a list.

Grouped by the form of the attribution; known misses are ``xfail(strict=True)``
so that a fix shows up as an XPASS.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from newscounts.attribution import Attribution, attribute, sentences

PUBLISHED = dt.date(2019, 10, 16)


def attribute_count(text: str, count: str) -> Attribution:
    """Attribute the first ``count`` in ``text``; every line of ``text`` is a body paragraph."""
    paragraphs = [m.span() for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    count_start = text.index(count)
    scope = next(p for p in paragraphs if p[0] <= count_start < p[1])
    sentence = next(s for s in sentences(text, *scope) if s[0] <= count_start < s[1])
    return attribute(text, paragraphs, sentence, count_start, PUBLISHED)


def case(text: str, count: str, speaker: str, speaker_org: str, id: str, miss: str = ""):  # noqa: A002
    marks = [pytest.mark.xfail(strict=True, reason=miss)] if miss else []
    return pytest.param(text, count, speaker, speaker_org, id=id, marks=marks)


STATE_MEDIA = [
    case(
        "Syrian state television reported that 12 people were killed when shells hit the old city.",
        "12",
        "Syrian state television",
        "Syrian state media",
        id="state-media:syrian-state-television-reported",
    ),
    case(
        "Government forces entered the town on Monday. State television said 40 gunmen had surrendered "
        "their weapons.",
        "40",
        "State television",
        "Syrian state media",
        id="state-media:bare-state-television",
    ),
    case(
        "At least nine civilians were killed in the rocket attack on the Aleppo district, state news "
        "agency SANA said.",
        "nine",
        "state news agency SANA",
        "Syrian state media",
        id="state-media:trailing-state-news-agency-sana",
    ),
    case(
        "According to SANA, 200 families returned to their homes in the eastern countryside.",
        "200",
        "SANA",
        "Syrian state media",
        id="state-media:according-to-sana",
    ),
    case(
        "Eighteen Turkish-backed fighters were wounded, Turkey's state-run Anadolu Agency reported.",
        "Eighteen",
        "Turkey's state-run Anadolu Agency",
        "Anadolu",
        id="state-media:possessive-country-before-outlet",
    ),
]

MONITORS = [
    case(
        "The Britain-based Syrian Observatory for Human Rights said 35 fighters were killed in the clashes.",
        "35",
        "The Britain-based Syrian Observatory for Human Rights",
        "SOHR",
        id="monitor:britain-based-observatory-said",
    ),
    case(
        "The Observatory's head Rami Haddad told AFP that 60 pro-government fighters had died since Friday.",
        "60",
        "Rami Haddad",
        "SOHR",
        id="monitor:observatory-possessive-head-told-afp",
    ),
    case(
        "The Syrian Observatory for Human Rights documented the death of 17 civilians, including five "
        "children, in the shelling of the town.",
        "17",
        "The Syrian Observatory for Human Rights",
        "SOHR",
        id="monitor:press-release-documented",
    ),
    case(
        "The Observatory, which relies on a network of sources inside Syria, said 24 of the dead were "
        "civilians.",
        "24",
        "The Observatory",
        "SOHR",
        id="monitor:relative-clause-appositive",
    ),
]

UN_AND_AID = [
    case(
        "The United Nations said 270,000 people had fled the fighting in the northwest.",
        "270,000",
        "The United Nations",
        "UN",
        id="aid:the-united-nations-said",
    ),
    case(
        "UN humanitarian spokesman Jens Vogel told reporters in Geneva that 5,000 people had been "
        "displaced in two days.",
        "5,000",
        "Jens Vogel",
        "OCHA",
        id="aid:un-humanitarian-spokesman-told-reporters-in-geneva",
    ),
    case(
        "Aid agencies said 20,000 people were sleeping in the open near the border.",
        "20,000",
        "Aid agencies",
        "",
        id="aid:aid-agencies-said",
    ),
    case(
        "The White Helmets rescue service said 23 bodies had been pulled from the rubble.",
        "23",
        "The White Helmets rescue service",
        "White Helmets",
        id="aid:white-helmets-rescue-service",
    ),
    case(
        "Nour Saleh, Save the Children's director in Syria, said the camp was overcrowded.\n"
        '"More than 1,000 children here are on their own," she said.',
        "1,000",
        "Nour Saleh",
        "Save the Children",
        id="aid:she-said-after-named-woman-possessive-org",
    ),
]

WIRE_SOURCES = [
    case(
        "A military source told Reuters, speaking on condition of anonymity, that 30 soldiers were killed.",
        "30",
        "A military source",
        "",
        id="wire:military-source-anonymity",
    ),
    case(
        "Activists said at least 14 people were killed in air strikes on the town.",
        "14",
        "Activists",
        "",
        id="wire:activists-said",
    ),
    case(
        "About 50 families fled overnight, residents said.",
        "50",
        "residents",
        "",
        id="wire:trailing-residents-said",
    ),
    case(
        "Two U.S. officials, speaking on condition of anonymity, said about 2,000 troops would stay.",
        "2,000",
        "Two U.S. officials",
        "US government",
        id="wire:us-officials-anonymity-appositive",
    ),
    case(
        "The Pentagon said 1,000 U.S. troops would leave northern Syria.",
        "1,000",
        "The Pentagon",
        "Pentagon",
        id="wire:the-pentagon-said",
    ),
    case(
        "Russia's defence ministry said 73 militants had been killed in the strikes.",
        "73",
        "Russia's defence ministry",
        "Russian MoD",
        id="wire:russias-defence-ministry",
    ),
    case(
        "Turkish President Tayyip Kaya said 3.6 million Syrian refugees live in Turkey.",
        "3.6 million",
        "Tayyip Kaya",
        "Turkey",
        id="wire:head-of-state-title",
    ),
    case(
        "Hezbollah's media unit said 10 of its fighters were killed near the border.",
        "10",
        "Hezbollah's media unit",
        "Hezbollah",
        id="wire:possessive-media-unit",
    ),
    case(
        "More than 300 fighters surrendered, according to a statement from the Kurdish-led SDF.",
        "300",
        "the Kurdish-led SDF",
        "SDF",
        id="wire:according-to-a-statement-from",
    ),
]

PEOPLE = [
    case(
        "A spokesman for the Free Syrian Army, Omar Khalil, said 45 of its members had been killed.",
        "45",
        "Omar Khalil",
        "Free Syrian Army",
        id="people:title-then-name-appositive",
    ),
    case(
        "Ahmed Nasser, who heads the local council, said 400 families had returned to the town.",
        "400",
        "Ahmed Nasser",
        "Local council",
        id="people:who-heads-the-local-council",
    ),
    case(
        "Maj. Gen. Robert Hale, the coalition's deputy commander, said 1,500 fighters remained in the "
        "pocket.",
        "1,500",
        "Maj. Gen. Robert Hale",
        "Coalition",
        id="people:two-rank-abbreviations-possessive-org",
    ),
    case(
        "The coalition's spokesman said 150 fighters had surrendered.",
        "150",
        "The coalition's spokesman",
        "Coalition",
        id="people:possessive-title-without-name",
    ),
    case(
        "Adnan Sheikho, an SDF commander, said 40 fighters died in the assault.\n"
        "He added that 70 others were wounded.",
        "70",
        "Adnan Sheikho",
        "SDF",
        id="people:he-added-next-paragraph",
    ),
    case(
        '"We evacuated 1,200 people yesterday. Another 800 are waiting at the checkpoint," said Ahmad '
        "Bakr, a Red Crescent official.",
        "800",
        "Ahmad Bakr",
        "Red Crescent",
        id="people:quote-split-across-sentences",
    ),
    case(
        "Red Crescent official Ahmad Bakr said the crossing was crowded.\n"
        '"We evacuated 1,200 people yesterday.\n'
        '"Another 800 are waiting at the checkpoint."',
        "800",
        "Ahmad Bakr",
        "Red Crescent",
        id="people:quote-continued-in-next-paragraph",
    ),
]

NO_SPEAKER = [
    case(
        "It was reported that 300 fighters had been taken to Idlib.",
        "300",
        "",
        "",
        id="none:impersonal-it-was-reported",
    ),
    case(
        "Some 60 people were reported killed in the strikes on Tuesday.",
        "60",
        "",
        "",
        id="none:passive-were-reported-killed",
    ),
    case(
        "A convoy of 50 buses left the city on Sunday under the deal.",
        "50",
        "",
        "",
        id="none:narration",
    ),
    case(
        "The offensive, announced in October, has displaced 180,000 people.",
        "180,000",
        "",
        "",
        id="none:participle-announced-is-not-a-speaker",
    ),
]

KNOWN_MISSES = [
    case(
        "A resident who gave only his first name, Abu Ahmad, said 30 houses were destroyed.",
        "30",
        "Abu Ahmad",
        "",
        id="miss:name-after-relative-clause-appositive",
        miss="the walk back from 'said' stops at the relative clause's 'who'",
    ),
]

# Ranks, middle initials and ages inside the name phrase (S1a), a parenthesis or a relative clause
# between the speaker and the verb (S1b), role nouns and verbs (S1c), headline credits (S1d), a
# definite title pointing back to a nameless speaker (S2), speaker spans (S3) and aliases (G1).
SPEAKER_FORMS = [
    case(
        "The pocket was sealed on Monday, said Lt. Col. Dana K. Whitfield, a spokeswoman for the "
        "coalition, adding that 600 militants had given themselves up.",
        "600",
        "Lt. Col. Dana K. Whitfield",
        "Coalition",
        id="rank:inverted-two-ranks-and-middle-initial",
    ),
    case(
        "Maj. Tom Rusk, a coalition spokesman, spoke on Friday.\nRusk said 45 foreign fighters were held.",
        "45",
        "Maj. Tom Rusk",
        "Coalition",
        id="rank:surname-later-resolves-to-ranked-name",
    ),
    case(
        "A spokesman for the coalition, Capt. Ian Moss, said 230 gunmen had surrendered.",
        "230",
        "Capt. Ian Moss",
        "Coalition",
        id="rank:abbreviated-rank-in-name-after-title",
    ),
    case(
        "About 90 jihadists are still holed up in the hospital, Maj. Gen. Salem Jaber told state television.",
        "90",
        "Maj. Gen. Salem Jaber",
        "",
        id="rank:trailing-ranked-name-told-state-television",
    ),
    case(
        "Her cousin, Yusuf Daher, 38, said 70 families had fled the village overnight.",
        "70",
        "Yusuf Daher",
        "",
        id="age:age-apposition-before-said",
    ),
    case(
        "A spokeswoman for the Syrian Democratic Forces (SDF), Leyla Osso, told AFP that 150 fighters "
        "had been evacuated.",
        "150",
        "Leyla Osso",
        "SDF",
        id="parenthesis:acronym-in-title-before-name",
    ),
    case(
        "Tribal elders who negotiated the handover told Reuters that 420 civilians had left.",
        "420",
        "Tribal elders",
        "Tribal leaders",
        id="relative:who-clause-before-told",
    ),
    case(
        "A local activist, who asked not to be named for his safety, said 35 men were detained.",
        "35",
        "A local activist",
        "",
        id="relative:comma-who-clause-appositive",
    ),
    case(
        "Three bus drivers interviewed by the BBC said 180 fighters rode with their families.",
        "180",
        "Three bus drivers",
        "",
        id="relative:reduced-interviewed-by-is-not-the-speaker",
    ),
    case(
        "According to residents contacted by AFP, 60 houses were burned.",
        "60",
        "residents",
        "",
        id="relative:according-to-reduced-contacted-by",
    ),
    case(
        "An Iraqi army officer told Reuters that 25 foreign militants had been caught in the tunnels.",
        "25",
        "An Iraqi army officer",
        "Iraqi government",  # "Iraqi army" is in the organisations table since session 4
        id="role:officer",
    ),
    case(
        "A Pentagon press officer said 14 fighters escaped.\nA U.S. general said 300 troops would stay.",
        "300",
        "A U.S. general",
        "",
        id="role:lower-case-general",
    ),
    case(
        "The fighting ended, said Col. Ian Hart, a coalition spokesman.\n"
        "The colonel said 500 civilians were screened.",
        "500",
        "Col. Ian Hart",
        "Coalition",
        id="role:the-colonel-resolves-to-ranked-name",
    ),
    case(
        "A journalist for Kurdish media, who spoke on condition of anonymity, said 75 gunmen were still "
        "inside.",
        "75",
        "A journalist for Kurdish media",
        "",
        id="relative:anonymity-clause-reporter",
    ),
    case(
        "Iraqi commanders estimate that 2,000 militants remain in the old city.",
        "2,000",
        "Iraqi commanders",
        "",
        id="verb:present-plural-estimate",
    ),
    case(
        "Senior officer: 800 gunmen still inside Tabqa",
        "800",
        "Senior officer",
        "",
        id="headline:role-credit-before-colon",
    ),
    case(
        "Hundreds of militants quit the town: local sources",
        "Hundreds",
        "local sources",
        "",
        id="headline:role-credit-after-colon",
    ),
    case(
        "QSD: 450 gunmen evacuated from the stadium",
        "450",
        "QSD",
        "SDF",
        id="headline:acronym-alias-before-colon",
    ),
    case(
        "An SDF official told AFP that 90 fighters left.\n"
        "The official, who was not authorised to speak to the media, said 40 were foreigners.",
        "40",
        "The official",
        "SDF",
        id="title:definite-official-takes-earlier-nameless-org",
    ),
    case(
        "A senior YPG commander said the assault was over.\n"
        '"There are maybe 30 left in the tunnels," said the commander, Dilvan Kobani.',
        "30",
        "Dilvan Kobani",
        "Kurdish YPG",
        id="title:the-commander-name-takes-earlier-nameless-org",
    ),
    case(
        'The Turkish-backed force says it seized "scores" of rifles and 40 trucks.',
        "40",
        "The Turkish-backed force",
        "",
        id="quote:scare-quote-keeps-the-sentence-speaker",
    ),
    case(
        "About 1,100 people crossed into Lebanon, local sources told Anadolu Agency.",
        "1,100",
        "local sources",
        "",
        id="span:local-sources-keeps-adjective",
    ),
    case(
        "The army now admits that 60 soldiers were captured.",
        "60",
        "The army",
        "",
        id="span:adverb-now-not-in-speaker",
    ),
    case(
        "A Russian official denied reports that 500 civilians were trapped.",
        "500",
        "A Russian official",
        "Russia",
        id="span:denied-reports-reports-is-a-noun",
    ),
    case(
        "Some 5,000 people left eastern Ghouta on Friday, a Turkish official said.",
        "5,000",
        "a Turkish official",
        "Turkey",
        id="alias:singular-turkish-official",
    ),
    case(
        "Up to 200 militants remain in the hospital, American officials said.",
        "200",
        "American officials",
        "US government",
        id="alias:american-officials",
    ),
    case(
        '"Another 900 people will be bussed out tonight," Russia\'s reconciliation centre said.',
        "900",
        "Russia's reconciliation centre",
        "Russian MoD",
        id="alias:russias-reconciliation-centre",
    ),
    case(
        "Nearly 40 civilians were killed in the raids, the OSDH said.",
        "40",
        "the OSDH",
        "SOHR",
        id="alias:osdh-french-acronym",
    ),
]

SPEAKER_FORMS_LEFT = [
    case(
        "Hevi Ahmed, a council spokeswoman, spoke on Monday.\nShe said the council had counted 2,150 "
        "people at the camp.",
        "2,150",
        "Hevi Ahmed",
        "",
        id="miss:nested-reporting-verb-in-complement-takes-inner-subject",
        miss="the nearest reporting verb before the count wins, even inside another verb's complement",
    ),
    case(
        "Aleppo Governor Munir Saleh told SANA that 700 people had returned.",
        "700",
        "Munir Saleh",
        "Syrian government",
        id="miss:governor-of-a-place-needs-world-knowledge-for-org",
        miss="a place-qualified title (Homs Governor) names no organisation; would need world knowledge",
    ),
    case(
        "The BBC's Lina Haddad says she was told by SDF fighters that 100 militants were still inside.",
        "100",
        "SDF fighters",
        "SDF",
        id="miss:relayed-source-told-by-reporter",
        miss="a reporter relaying 'was told by X that' keeps the reporter as the speaker",
    ),
    case(
        "It said the Observatory that 60 fighters left the town.",
        "60",
        "the Observatory",
        "SOHR",
        id="miss:machine-translated-verb-first-it-said-x-that",
        miss="machine-translated verb-first order is not parsed",
    ),
]

# A document named earlier and pointed back to ("the report said", "according to their
# investigation", "the statement read"): the speaker is the document as written, its organisation
# the one written nearest the document's noun last met, else the organisation last named.
DOCUMENTS = [
    case(
        "The coalition issued a statement on Friday.\nThe statement said 12 foreigners were detained.",
        "12",
        "The statement",
        "Coalition",
        id="document:the-statement-said-after-its-issuer",
    ),
    case(
        "The deal was exposed by a BBC report on Monday. The SDF denied it.\nThe report also cited "
        "drivers.\nThe report put the number of fighters who left at around 400.",
        "around 400",
        "The report",
        "BBC",
        id="document:the-report-of-an-earlier-sentence-not-the-organisation-named-last",
    ),
    case(
        "Human Rights Watch investigated the deal for months.\nAccording to their investigation, 250 "
        "fighters left.",
        "250",
        "their investigation",
        "Human Rights Watch",
        id="document:investigated-then-their-investigation",
    ),
    case(
        "The SDF put out a short note on Sunday.\nAbout 300 fighters left the city, the statement read.",
        "About 300",
        "the statement",
        "SDF",
        id="document:the-statement-read-falls-back-to-the-organisation-last-named",
    ),
    case(
        "The report said 300 civilians had been evacuated.",
        "300",
        "The report",
        "",
        id="document:no-organisation-before-it",
    ),
    case(
        'A BBC report described the deal.\n"The US-led coalition let them go," the report began.\n'
        "According to the report, some 250 fighters left.",
        "some 250",
        "the report",
        "BBC",
        id="document:an-organisation-inside-a-quote-is-not-the-documents-author",
    ),
    case(
        "At the funeral he read out the names of 30 fighters who had died.",
        "30",
        "",
        "",
        id="document:read-reports-only-after-a-document",
    ),
]

# An organisation named by its kind alone ("the ministry", "the army") after one of that kind was
# named; a noun that looks like a reporting verb after "according to" (fourth blind probe).
KINDS = [
    case(
        'Russia\'s defence ministry said the deal held.\n"Over the past day, 771 fighters left," the '
        "ministry said in its daily briefing.",
        "771",
        "the ministry",
        "Russian MoD",
        id="kind:the-ministry-after-a-named-ministry",
    ),
    case(
        "Russia's defence ministry said the deal held.\nThe ministry said 900 fighters left.\nIt added "
        "that 80 of them were wounded.",
        "80",
        "The ministry",
        "Russian MoD",
        id="kind:it-added-after-the-ministry",
    ),
    case(
        "The ministry said 900 fighters left.",
        "900",
        "The ministry",
        "",
        id="kind:no-ministry-named-before",
    ),
    case(
        "The SDF said the deal held. The ministry said 900 fighters left.",
        "900",
        "The ministry",
        "",
        id="kind:another-kind-named-before",
    ),
    case(
        "The Russian Defence Ministry opened a corridor.\nAbout 46 fighters left, the Defence Ministry said.",
        "About 46",
        "the Defence Ministry",
        "Russian MoD",
        id="kind:words-before-the-kind-in-the-earlier-name",
    ),
    case(
        "Turkey's defence ministry said the deal held.\nThe Health Ministry said 40 fighters left.",
        "40",
        "The Health Ministry",
        "",
        id="kind:words-before-the-kind-not-in-the-earlier-name",
    ),
    case(
        "The Ghouta Media Center and the Syrian Observatory for Human Rights said the deal held.\nThe "
        "Ghouta Media Center said 40 fighters left.",
        "40",
        "The Ghouta Media Center",
        "",
        id="kind:a-kind-word-in-another-organisations-name",
    ),
    case(
        "According to SDF estimates, around 2,500 fighters left the city.",
        "around 2,500",
        "SDF estimates",
        "SDF",
        id="kind:estimates-after-according-to-is-a-noun",
    ),
    case(
        "Syrian state media reports that at least 18 people were killed.",
        "at least 18",
        "Syrian state media",
        "Syrian state media",
        id="kind:reports-after-state-media-is-the-verb",
    ),
]

# A source named by a passive participle: "provided by X", "confirmed by X", "figures released by X"
# (fourth blind probe: "This was announced by the Moscow Ministry of Defense in the bulletin ...").
PASSIVE = [
    case(
        "The toll, provided by the health ministry, stood at 120.",
        "120",
        "the health ministry",
        "",
        id="passive:provided-by",
    ),
    case(
        "This was announced by the SDF in a bulletin on Friday, explaining that 694 fighters had left.",
        "694",
        "the SDF",
        "SDF",
        id="passive:announced-by-ends-before-in-a",
    ),
    case(
        "Figures released by the Observatory showed 40 civilians were killed.",
        "40",
        "the Observatory",
        "SOHR",
        id="passive:figures-released-by-ends-at-the-verb",
    ),
    case(
        "The 300 prisoners released by the SDF went home.",
        "300",
        "",
        "",
        id="passive:released-by-without-a-document-is-what-was-done",
    ),
    case(
        "One soldier died in the attack as confirmed by district officials with the army counting more.",
        "One",
        "district officials",
        "",
        id="passive:agent-ends-at-with",
    ),
]

# Reporting verbs met on the fourth blind probe.
MORE_VERBS = [
    case("The SDF specified that 25 residents left the site.", "25", "The SDF", "SDF", id="verb:specified"),
    case(
        "The BBC uncovers a deal that let hundreds of fighters leave.",
        "hundreds",
        "The BBC",
        "BBC",
        id="verb:uncovers-in-the-present",
    ),
    case(
        "Amnesty published a report.\nThe report describes how 250 fighters left.",
        "250",
        "The report",
        "Amnesty International",
        id="verb:describes-in-the-present",
    ),
    case(
        "The city fell, the spokesman for the US-led coalition, Colonel Jo Lee said on Sunday.\nThe "
        "spokesperson added that 275 fighters left.",
        "275",
        "Colonel Jo Lee",
        "Coalition",
        id="title-then-comma-then-name-with-no-closing-comma",
    ),
    case(
        "The SDF also commented on the convoy, adding that more than 300 people were rescued.",
        "more than 300",
        "The SDF",
        "SDF",
        id="verb:commented-then-adding-that",
    ),
]

# Session 6: an investigation's finding; a nameless titled speaker named in the next sentence.
FINDINGS_AND_LATER_NAMES = [
    case(
        "The BBC investigation found that 250 fighters left with their families.",
        "250",
        "The BBC investigation",
        "BBC",
        id="verb:found-that",
    ),
    case(
        "Rescuers found 25 bodies near the road.",
        "25",
        "",
        "",
        id="verb:found-without-that-is-no-report",
    ),
    case(
        "About 300 fighters left overnight, a militia spokesman told Reuters on Sunday.\n"
        "The alliance kept up its assault, SDF spokesman Omar Hadi said.",
        "About 300",
        "a militia spokesman",
        "SDF",
        id="later-name:the-next-sentence-names-the-spokesman",
    ),
    case(
        "About 300 fighters left overnight, a spokesman for the rebels said.\n"
        "The alliance kept up its assault, SDF spokesman Omar Hadi said.",
        "About 300",
        "a spokesman for the rebels",
        "",
        id="later-name:not-a-spokesman-for-someone-else",
    ),
    case(
        "About 300 fighters left overnight, a militia spokesman said.\nThe battle went on.\n"
        "SDF spokesman Omar Hadi said the city would fall.",
        "About 300",
        "a militia spokesman",
        "",
        id="later-name:only-the-next-sentence",
    ),
    case(
        "About 300 fighters left overnight, a militia spokesman said.\n"
        "SDF commander Omar Hadi said the city would fall.",
        "About 300",
        "a militia spokesman",
        "",
        id="later-name:only-the-same-role",
    ),
    case(
        "Jo Lee reported for the BBC on Monday that nearly 4,000 people left.",
        "nearly 4,000",
        "Jo Lee",
        "BBC",
        id="reported-for:the-outlet-a-reporter-writes-for",
    ),
    case(
        "Jo Lee, an SDF spokesman, reported for the council that 300 fighters left.",
        "300",
        "Jo Lee",
        "SDF",
        id="reported-for:the-speaker's-own-organisation-wins",
    ),
    case(
        "The SDF reported for the first time that 300 fighters left.",
        "300",
        "The SDF",
        "SDF",
        id="reported-for:not-an-organisation",
    ),
]

# Statement dates from words around the reporting clause (D1 vague words, D2 words outside the verb).
STATEMENT_DATES = [
    pytest.param(
        "The council said at the weekend that 80 fighters left.", "80", "", id="vague:at-the-weekend"
    ),
    pytest.param("The SDF said this week that 90 fighters left.", "90", "", id="vague:this-week"),
    pytest.param(
        "The monitor said earlier this month that 70 left.", "70", "", id="vague:earlier-this-month"
    ),
    pytest.param(
        "Speaking to journalists in Erbil on Monday, a Kurdish official said 60 fighters left.",
        "60",
        "2019-10-14",
        id="lead:speaking-to-journalists-on-monday",
    ),
    pytest.param(
        "In a statement released on Sunday, the alliance said 55 fighters left.",
        "55",
        "2019-10-13",
        id="lead:in-a-statement-released-on-sunday",
    ),
    pytest.param(
        "The ministry said in a statement published yesterday that 45 fighters left.",
        "45",
        "2019-10-15",
        id="verb:in-a-statement-published-yesterday",
    ),
    pytest.param(
        "A U.S. official told reporters at the State Department on Friday that 30 fighters escaped.",
        "30",
        "2019-10-11",
        id="verb:told-reporters-at-a-place-then-weekday",
    ),
    pytest.param(
        "A spokesman for the Syrian Democratic Forces (SDF), Kino Gabriel, told Reuters on Sunday that "
        "65 fighters left.",
        "65",
        "2019-10-13",
        id="parenthesis:date-after-told-outlet",
    ),
    pytest.param(
        "The army said on Sunday that the town was taken, while the ICRC said 40 fighters had left.",
        "40",
        "2019-10-13",
        id="same-sentence:a-second-statement-takes-the-first-ones-day",
    ),
    pytest.param(
        "The army said on Sunday that the town was taken.\nThe ICRC said 40 fighters had left.",
        "40",
        "2019-10-16",
        id="same-sentence:not-across-sentences-for-another-speaker",
    ),
]


@pytest.mark.parametrize(("text", "count", "date"), STATEMENT_DATES)
def test_unseen_statement_date(text: str, count: str, date: str) -> None:
    assert attribute_count(text, count).statement_date == date


# Written after the fixes above, as a check that they were not fitted to their own examples.
HELD_OUT = [
    case(
        '"There are about 2,000 people still inside," said Abu Mohammed, a rebel commander reached by phone.',
        "2,000",
        "Abu Mohammed",
        "",
        id="held-out:inverted-kunya-name-reached-by-phone",
    ),
    case(
        "Syria's state news agency SANA said 13 people were killed in the blast.",
        "13",
        "Syria's state news agency SANA",
        "Syrian state media",
        id="held-out:syrias-state-news-agency",
    ),
    case(
        "Al Jazeera's Hoda Karim, reporting from Gaziantep, said more than 100,000 people had fled.",
        "100,000",
        "Hoda Karim",
        "Al Jazeera",
        id="held-out:outlet-possessive-correspondent-reporting-from",
    ),
    case(
        "SOHR sources reported that 40 members of the regime forces were killed.",
        "40",
        "SOHR sources",
        "SOHR",
        id="held-out:sohr-sources-reported",
    ),
    case(
        "Iran's official news agency IRNA said five advisers were killed.",
        "five",
        "Iran's official news agency IRNA",
        "Iran",
        id="held-out:another-countrys-official-news-agency",
    ),
]


@pytest.mark.parametrize(
    ("text", "count", "speaker", "speaker_org"),
    STATE_MEDIA
    + MONITORS
    + UN_AND_AID
    + WIRE_SOURCES
    + PEOPLE
    + NO_SPEAKER
    + HELD_OUT
    + KNOWN_MISSES
    + SPEAKER_FORMS
    + SPEAKER_FORMS_LEFT
    + DOCUMENTS
    + KINDS
    + PASSIVE
    + MORE_VERBS
    + FINDINGS_AND_LATER_NAMES,
)
def test_unseen_attribution(text: str, count: str, speaker: str, speaker_org: str) -> None:
    found = attribute_count(text, count)
    assert (found.speaker, found.speaker_org) == (speaker, speaker_org)
