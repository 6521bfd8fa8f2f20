"""Sentence splitting: abbreviations, quotes and ellipses (newscounts.attribution.sentences)."""

from __future__ import annotations

import pytest

from newscounts.attribution import sentences


def split(text: str) -> list[str]:
    return [text[start:end] for start, end in sentences(text)]


# Examples found in the seed articles.
FROM_SEEDS = [
    pytest.param(
        'Coalition spokesman Colonel Ryan Dillon told reporters that "out of the 3,500 civilians '
        "that came out "
        'of... Raqa at that time, approximately less than 300 were identified." "In the course of that '
        'screening, there were four," he said.',
        [
            'Coalition spokesman Colonel Ryan Dillon told reporters that "out of the 3,500 civilians '
            "that came "
            'out of... Raqa at that time, approximately less than 300 were identified."',
            '"In the course of that screening, there were four," he said.',
        ],
        id="ellipsis-inside-quote-does-not-split",
    ),
    pytest.param(
        "Col. Ryan Dillon, the spokesman for the coalition forces, said there were about 300 militants.",
        ["Col. Ryan Dillon, the spokesman for the coalition forces, said there were about 300 militants."],
        id="rank-abbreviation",
    ),
    pytest.param(
        "The US-backed SDF, an alliance of Kurdish and Arab fighters, has been battling since June. "
        "They hold "
        "around 90 percent of the city.",
        [
            "The US-backed SDF, an alliance of Kurdish and Arab fighters, has been battling since June.",
            "They hold around 90 percent of the city.",
        ],
        id="two-plain-sentences",
    ),
    pytest.param(
        "Also, Director Rami Abdel Rahman told Ahsarq Al-Awsat on Sunday: “We did not document any "
        "withdrawal "
        "of foreign militants from the city. Those fighters are still present in one pocket inside Raqqa.”",
        [
            "Also, Director Rami Abdel Rahman told Ahsarq Al-Awsat on Sunday: “We did not document "
            "any withdrawal "
            "of foreign militants from the city.",
            "Those fighters are still present in one pocket inside Raqqa.”",
        ],
        id="sentences-inside-a-quote-split",
    ),
    pytest.param(
        "“The battle will continue until the whole city is clean,” said a statement by the SDF, a "
        "U.S.-backed "
        "alliance of Kurdish and Arab militias.",
        [
            "“The battle will continue until the whole city is clean,” said a statement by the SDF, "
            "a U.S.-backed "
            "alliance of Kurdish and Arab militias."
        ],
        id="us-initialism-mid-sentence",
    ),
    pytest.param(
        "Smoke rises in Raqqa, on Oct 12, 2017. PHOTO: REUTERS",
        ["Smoke rises in Raqqa, on Oct 12, 2017.", "PHOTO: REUTERS"],
        id="caption-then-credit",
    ),
]

# Edge cases invented to pin the rules down.
INVENTED = [
    pytest.param(
        "Dr. Jo Lee arrived at 9 a.m. on Oct. 3. Nobody met her.",
        ["Dr. Jo Lee arrived at 9 a.m. on Oct. 3.", "Nobody met her."],
        id="title-time-month",
    ),
    pytest.param(
        "It was backed by the U.S. The UN said so.",
        ["It was backed by the U.S.", "The UN said so."],
        id="initialism-then-opener-splits",
    ),
    pytest.param(
        "The U.S. Army said 40 died.", ["The U.S. Army said 40 died."], id="initialism-then-name-stays"
    ),
    pytest.param(
        "Why? Nobody knows! Really.", ["Why?", "Nobody knows!", "Really."], id="question-exclamation"
    ),
    pytest.param(
        '"Is it over?" he asked. "Yes."', ['"Is it over?" he asked.', '"Yes."'], id="question-in-quote"
    ),
    pytest.param(
        "They left... Then it rained.", ["They left...", "Then it rained."], id="ellipsis-outside-quote"
    ),
    pytest.param("First line\nSecond line", ["First line", "Second line"], id="line-break-ends-sentence"),
    pytest.param(
        "J. Smith left. 300 stayed.", ["J. Smith left.", "300 stayed."], id="initial-then-digit-start"
    ),
    pytest.param("  \n  ", [], id="blank"),
]

# Known misses: the splitter cannot tell these apart without a model.
KNOWN_MISSES = [
    pytest.param(
        "He lives in the U.S. Raqqa is far away.",
        ["He lives in the U.S.", "Raqqa is far away."],
        id="initialism-then-proper-noun-sentence",
        marks=pytest.mark.xfail(strict=True),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FROM_SEEDS + INVENTED + KNOWN_MISSES)
def test_sentences(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_offsets_are_absolute_and_within_range() -> None:
    text = "Header. One sentence here. Two sentences here. Footer."
    start = text.index("One")
    end = text.index("Footer")
    spans = sentences(text, start, end)
    assert [text[s:e] for s, e in spans] == ["One sentence here.", "Two sentences here."]
    assert all(start <= s < e <= end for s, e in spans)


def test_each_call_returns_its_own_list() -> None:
    # sentences() is memoised per (text, start, end): a caller changing its list must not change the next
    text = "One sentence here. Two sentences here."
    first = sentences(text)
    first.append((0, 1))
    assert sentences(text) == [(0, 18), (19, 38)]
