"""Tests for newscounts.articles on the seed articles, small fixtures and arbitrary text.

Expected values for the seeds live here, never in the package: the reader's
heuristics are general and these tables check what they yield on real pages.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscounts.articles import (
    PROVENANCES,
    SPAN_KINDS,
    Article,
    ArticleError,
    Field,
    parse_article,
    read_article,
    read_corpus,
    read_sources,
)

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent / "seeds"
FIXTURES = HERE / "fixtures" / "articles"


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    articles, errors = read_corpus(SEEDS)
    assert errors == []
    return {article.id[:3]: article for article in articles}


def printed(article: Article, field: Field) -> str:
    assert field.start is not None and field.end is not None
    return article.text[field.start : field.end]


def texts_of(article: Article, kind: str) -> list[str]:
    return [article.span_text(span) for span in article.spans if span.kind == kind]


# --------------------------------------------------------------------------------------------
# Metadata of the seeds: (seed, field, value, provenance, printed form or None)
# --------------------------------------------------------------------------------------------
HEADLINE_000 = "ISIS Militants Cleared from Raqqa… Mystery Surrounds Their Destination"
SEED_FIELDS = [
    # 000: title-tag line with a " | SITE English Archive" suffix; no date line of its own.
    ("000", "headline", HEADLINE_000, "text", HEADLINE_000),
    ("000", "outlet", "Asharq Al-Awsat", "text", "ASHARQ AL-AWSAT"),
    ("000", "published", None, "missing", None),
    ("000", "dateline", "Beirut", "text", "Beirut"),
    (
        "000",
        "wire",
        None,
        "missing",
        None,
    ),  # "PHOTO: REUTERS" credits the photo, "AFP and Reuters" are quoted
    # 001: date line "15-11-2017 05:27 AM", "Name - NAME -" credit, "* Al Arabiya" signature.
    (
        "001",
        "headline",
        "International coalition: 300 ISIS fighters might have fled from Raqqa",
        "text",
        None,
    ),
    ("001", "outlet", "Ammon News", "text", "Ammon News"),
    ("001", "published", "2017-11-15", "text", "15-11-2017"),
    ("001", "published_time", "05:27", "text", "05:27 AM"),
    ("001", "wire", "Al Arabiya", "text", "Al Arabiya"),
    # 002: masthead line, bullet byline, "Place / Date / time" line; AFP credits only the photo.
    ("002", "headline", "Foreign fighters 'could' have escaped Syria's Raqa: coalition", "text", None),
    ("002", "outlet", "The Jakarta Post", "text", "Jakarta Post"),
    ("002", "byline", "News Desk", "text", "News Desk"),
    ("002", "dateline", "Washington DC", "text", "Washington DC"),
    ("002", "published", "2017-11-15", "text", "Wed, November 15, 2017"),
    ("002", "published_time", "05:17", "text", "05:17 am"),
    ("002", "wire", None, "missing", None),
    # 003: headline printed twice, "2 min read", "15 October, 2017"; outlet only in sources.csv.
    ("003", "headline", "IS foreign militants leave Syria's Raqqa under evacuation deal", "text", None),
    ("003", "outlet", "The New Arab", "sources.csv", None),
    ("003", "published", "2017-10-15", "text", "15 October, 2017"),
    ("003", "wire", None, "missing", None),  # "[AFP]" closes a caption; "reported by AP" is a mention
    # 004: Reuters story; "October 15, 2017" date line, not the caption's "October 12, 2017".
    (
        "004",
        "headline",
        "Final assault starts on Syria’s Raqqa as some Islamic State fighters quit",
        "text",
        None,
    ),
    ("004", "outlet", None, "missing", None),
    ("004", "byline", "John Davison and Ellen Francis", "text", "John Davison and Ellen Francis"),
    ("004", "wire", "Reuters", "text", "Reuters"),
    ("004", "dateline", "AIN ISSA, Syria/BEIRUT", "text", "AIN ISSA, Syria/BEIRUT"),
    ("004", "published", "2017-10-15", "text", "October 15, 2017"),
    ("004", "published_time", None, "missing", None),
]


@pytest.mark.parametrize(
    ("seed", "name", "value", "provenance", "printed_as"),
    SEED_FIELDS,
    ids=[f"{seed}-{name}" for seed, name, *_ in SEED_FIELDS],
)
def test_seed_metadata(seeds, seed, name, value, provenance, printed_as):
    article = seeds[seed]
    found = getattr(article, name)
    assert (found.value, found.provenance) == (value, provenance)
    if provenance == "text":
        assert printed(article, found) == (printed_as or value)
    else:
        assert found.start is None and found.end is None


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_seed_headline_is_the_only_headline_span(seeds, seed):
    article = seeds[seed]
    assert texts_of(article, "headline") == [article.headline.value]


# --------------------------------------------------------------------------------------------
# What must stay out of the body, and what must stay in it
# --------------------------------------------------------------------------------------------
NOT_IN_BODY = [
    ("000", "Select Page"),
    ("000", "Media ID"),
    ("000", "PHOTO: REUTERS"),
    ("000", "English Archive"),
    ("001", "no comments"),
    ("001", "All comments are reviewed"),
    ("001", "Verification code"),
    ("001", "write code"),
    ("001", "name : *"),
    ("001", "* Al Arabiya"),
    ("002", "Please Update your browser"),
    ("002", "download page"),
    ("002", "Agence France-Presse/Stringer"),
    ("002", "flashes the sign for victory"),
    ("003", "2 min read"),
    ("003", "[AFP]"),
    ("004", "FAN Editor"),
    ("004", "REUTERS/Issam Abdallah"),
    ("004", "blindfolded civilian detainee"),
    ("004", "Leave a Reply"),
    ("004", "Top UK businesses’ Brexit worries ease slightly"),  # the next story's teaser ...
    ("004", "Canary Wharf"),  # ... and its content
    ("004", "You May Like"),
]


@pytest.mark.parametrize(("seed", "phrase"), NOT_IN_BODY, ids=[f"{s}-{p[:24]}" for s, p in NOT_IN_BODY])
def test_boilerplate_is_in_no_body_span(seeds, seed, phrase):
    article = seeds[seed]
    assert phrase in article.text  # the test reads the right file
    assert all(phrase not in body for body in texts_of(article, "body") + texts_of(article, "headline"))


CAPTIONS = [
    ("000", "Smoke rises near the stadium"),
    ("002", "A Syrian pro-government forces member flashes the sign for victory"),
    ("003", "The US-backed SDF has been battling since June to capture Raqqa [AFP]"),
    ("004", "Members of Syrian Democratic Forces escort a blindfolded civilian detainee"),
]


@pytest.mark.parametrize(("seed", "phrase"), CAPTIONS, ids=[f"{s}-{p[:24]}" for s, p in CAPTIONS])
def test_captions_are_kind_caption(seeds, seed, phrase):
    assert any(caption.startswith(phrase) for caption in texts_of(seeds[seed], "caption"))


IN_BODY = [
    ("000", "Beirut- The Syrian Democratic Forces launched on Sunday"),
    ("000", "An SDF spokesperson said that 275 Syrian ISIS fighters left Raqqa"),
    ("000", "it would be so much better if they were all killed in the fighting."),
    ("001", "during the evacuation of 3,000 civilians from the city."),
    ("001", "all ISIS organization fighters must depart from Raqqa."),
    ("002", "approximately less than 300 were identified and screened"),
    ("003", "Some foreign Islamic State militants have left Syria's Raqqa city on Sunday"),  # the dek
    ("003", "They hold around 90 percent of the city"),
    ("004", "AIN ISSA, Syria/BEIRUT (Reuters) – U.S.-backed militias launched"),
    ("004", "The SDF launched the battle for Raqqa on June 6"),
    ("004", "Thousands of people have fled as refugees and hundreds of civilians have died."),
]


@pytest.mark.parametrize(("seed", "phrase"), IN_BODY, ids=[f"{s}-{p[:24]}" for s, p in IN_BODY])
def test_story_text_is_body(seeds, seed, phrase):
    assert any(phrase in body for body in texts_of(seeds[seed], "body"))


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_spans_are_ordered_disjoint_trimmed_and_valid(seeds, seed):
    article = seeds[seed]
    previous_end = 0
    for span in article.spans:
        assert span.kind in SPAN_KINDS
        assert previous_end <= span.start < span.end <= len(article.text)
        piece = article.span_text(span)
        assert piece == piece.strip()
        previous_end = span.end
    assert article.words > 100


def test_every_non_blank_line_of_a_seed_is_labelled(seeds):
    for article in seeds.values():
        covered = "".join(article.text[span.start : span.end] for span in article.spans)
        uncovered = len("".join(article.text.split())) - len("".join(covered.split()))
        # Only the " | " between a title and its site suffix may be left unlabelled.
        assert uncovered <= 2, article.id


def test_crlf_copy_of_a_seed_reads_the_same(seeds, tmp_path):
    original = seeds["004"]
    copy = tmp_path / original.id
    copy.write_bytes((SEEDS / original.id).read_bytes().replace(b"\n", b"\r\n"))
    crlf = read_article(copy)
    assert "\r\n" in crlf.text
    assert [span.kind for span in crlf.spans] == [span.kind for span in original.spans]
    assert [crlf.span_text(s) for s in crlf.spans] == [original.span_text(s) for s in original.spans]
    for name in ("headline", "byline", "wire", "dateline", "published"):
        assert getattr(crlf, name).value == getattr(original, name).value


def test_seed_files_are_untouched_by_reading():
    before = {path.name: path.read_bytes() for path in SEEDS.glob("*.txt")}
    read_corpus(SEEDS)
    assert {path.name: path.read_bytes() for path in SEEDS.glob("*.txt")} == before


def test_sources_csv_covers_every_seed_and_leaves_guesses_empty():
    rows, problems = read_sources(SEEDS / "sources.csv")
    assert problems == []
    assert sorted(rows) == sorted(path.name for path in SEEDS.glob("*.txt"))
    assert all(row["notes"] for row in rows.values())
    assert all(row["url"] == "" and row["published"] == "" for row in rows.values())


# --------------------------------------------------------------------------------------------
# Fixtures shaped like other sites
# --------------------------------------------------------------------------------------------
FIXTURE_FIELDS = [
    ("wire_story_with_related_links.txt", "headline", "Rockets hit a market town as truce talks stall"),
    ("wire_story_with_related_links.txt", "byline", "JANE ROE"),
    ("wire_story_with_related_links.txt", "wire", "Associated Press"),
    ("wire_story_with_related_links.txt", "dateline", "DARAA, Syria"),
    ("wire_story_with_related_links.txt", "published", "2016-03-03"),
    ("wire_story_with_related_links.txt", "published_time", "16:15"),
    ("no_date_pipe_title.txt", "headline", "Strikes kill 20 in eastern province, monitor says"),
    ("no_date_pipe_title.txt", "outlet", "THE DAILY EXAMPLE"),
    ("no_date_pipe_title.txt", "dateline", "DAMASCUS"),
    ("no_date_pipe_title.txt", "published", None),  # the caption's and the teaser's dates do not count
    ("one_paragraph.txt", "published", "2017-03-12"),
    ("one_paragraph.txt", "published_time", "11:30"),
    ("one_paragraph.txt", "headline", None),
]


@pytest.mark.parametrize(
    ("file", "name", "value"), FIXTURE_FIELDS, ids=[f"{f.split('.')[0]}-{n}" for f, n, _ in FIXTURE_FIELDS]
)
def test_fixture_metadata(file, name, value):
    assert getattr(read_article(FIXTURES / file), name).value == value


@pytest.mark.parametrize(
    ("file", "phrase"),
    [
        ("wire_story_with_related_links.txt", "Forty die in clashes"),
        ("wire_story_with_related_links.txt", "All rights reserved"),
        ("wire_story_with_related_links.txt", "AP Photo"),
        ("no_date_pipe_title.txt", "Shares rose 3 percent"),
        ("no_date_pipe_title.txt", "plume of smoke"),
    ],
    ids=["related-teaser", "copyright", "photo-credit-caption", "next-post-teaser", "labelled-caption"],
)
def test_fixture_furniture_is_not_body(file, phrase):
    article = read_article(FIXTURES / file)
    assert phrase in article.text
    assert phrase not in article.body


def test_wire_story_keeps_all_its_paragraphs():
    body = read_article(FIXTURES / "wire_story_with_related_links.txt").body
    assert "killing at least 12 people" in body
    assert "put the toll at 14" in body
    assert "30 wounded" in body


# --------------------------------------------------------------------------------------------
# parse_article on plain text (FA-KES style: one line, title given separately)
# --------------------------------------------------------------------------------------------
ONE_LINE = [
    pytest.param(
        "Fri 07 Apr 2017 at 0914 Governor says strike caused deaths. A missile strike killed 6 people.",
        "Governor says strike caused deaths",
        ("2017-04-07", "09:14", "text", "A missile strike killed 6 people."),
        id="weekday-date-time-then-title",
    ),
    pytest.param(
        "12 February 2015 Casualties mount in the city as the assault continues. More than 120 died.",
        "Casualties mount in the city - Region - World - Example Online",
        ("2015-02-12", None, "text", "as the assault continues. More than 120 died."),
        id="date-then-title-with-site-suffix",
    ),
    pytest.param(
        "At least 20 people were killed in air strikes on Monday, a monitor said.",
        "Air strikes kill 20",
        (None, None, "given", "At least 20 people were killed in air strikes on Monday, a monitor said."),
        id="title-not-in-text",
    ),
]


@pytest.mark.parametrize(("text", "title", "expected"), ONE_LINE)
def test_one_line_text_with_known_title(text, title, expected):
    article = parse_article(text, "row-1", headline=title)
    published, clock, headline_provenance, body_end = expected
    assert article.published.value == published
    assert article.published_time.value == clock
    assert article.headline.provenance == headline_provenance
    assert article.body.endswith(body_end)
    assert "2017" not in article.body and "2015" not in article.body


def test_sources_row_fills_only_what_the_text_lacks():
    text = "Jakarta Post\n\nA headline about strikes\n\nOctober 15, 2017\n\nBEIRUT - Five died.\n"
    row = {"outlet": "Other Outlet", "url": "https://example.org/a", "published": "2017-10-16"}
    article = parse_article(text, "a.txt", row)
    assert article.outlet == Field("Jakarta Post", "text", 0, 12)
    assert article.published.value == "2017-10-15" and article.published.provenance == "text"
    assert article.url == Field("https://example.org/a", "sources.csv")


def test_malformed_published_in_sources_row_is_ignored_with_a_warning():
    article = parse_article("A headline\n\nFive people died.", "a.txt", {"published": "15/10/2017"})
    assert article.published.provenance == "missing"
    assert any("15/10/2017" in note for note in article.warnings)


@pytest.mark.parametrize("text", ["", "   \n\t  \r\n"], ids=["empty", "whitespace"])
def test_blank_text_raises_article_error(text):
    with pytest.raises(ArticleError, match="x.txt"):
        parse_article(text, "x.txt")


FRAGMENTS = [
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    " | ",
    " - ",
    "BEIRUT (AFP) – ",
    "Next Post",
    "October 15, 2017",
    "By Jane Roe",
    "Caption:",
    "PHOTO: REUTERS",
    "REUTERS/Jane Roe",
    "15-11-2017 05:27 AM",
    "[AFP]",
    "* Al Arabiya",
    "Please update your browser",
    "2 min read",
    "Fri 07 Apr 2017 at 0914 ",
    "Jakarta Post",
    "\u00a0/\u00a0",
]
ARBITRARY_TEXT = st.lists(st.one_of(st.text(max_size=30), st.sampled_from(FRAGMENTS)), max_size=25).map(
    "".join
)


@settings(max_examples=300, deadline=None, database=None)  # no .hypothesis folder
@given(ARBITRARY_TEXT, st.one_of(st.none(), st.text(max_size=40), ARBITRARY_TEXT))
def test_parse_article_never_raises_and_spans_slice_the_text(text, title):
    try:
        article = parse_article(text, "prop.txt", headline=title)
    except ArticleError:
        assert not text.strip()
        return
    previous_end = 0
    for span in article.spans:
        assert span.kind in SPAN_KINDS
        assert previous_end <= span.start < span.end <= len(text)
        previous_end = span.end
    for name in ("headline", "outlet", "byline", "wire", "dateline", "published", "published_time", "url"):
        found = getattr(article, name)
        assert found.provenance in PROVENANCES
        if found.provenance == "text":
            assert found.start is not None and 0 <= found.start <= found.end <= len(text)
        else:
            assert found.start is None


def test_reading_is_fast():
    paragraph = (
        "BEIRUT - At least 20 people were killed on Monday in strikes on the town, a monitor said, "
        "adding that 35 more were wounded and 3,000 had fled since October 15, 2017.\n\n"
    )
    text = "A headline for a long article\n\n" + paragraph * (2_000_000 // len(paragraph))
    started = time.perf_counter()
    article = parse_article(text, "big.txt")
    elapsed = time.perf_counter() - started
    assert article.words > 300_000
    assert elapsed < 2.0, f"{len(text) / elapsed / 1e6:.2f} MB/s"


# --------------------------------------------------------------------------------------------
# Found by bugs while writing the reader, and known misses
# --------------------------------------------------------------------------------------------
def test_bullet_list_inside_the_body_is_not_a_wire_signature():
    text = (
        "A headline about the talks\n\nThree states joined:\n\n• Turkey\n\n• Russia\n\n"
        "Talks resume on Monday.\n"
    )
    article = parse_article(text, "list.txt")
    assert article.wire.provenance == "missing"
    assert "• Turkey" in article.body and "• Russia" in article.body


def test_signature_after_the_last_paragraph_is_the_wire():
    article = parse_article("A headline about the talks\n\nTalks resume on Monday.\n\n— AFP\n", "sig.txt")
    assert article.wire.value == "AFP" and "AFP" not in article.body


def test_sentence_ending_in_a_slash_pair_is_not_a_caption():
    text = "A headline about the talks\n\nThe deal was brokered by the US/UK.\n"
    assert parse_article(text, "slash.txt").body == "The deal was brokered by the US/UK."


def test_navigation_words_above_the_headline_neither_end_the_article_nor_become_the_headline():
    text = "Latest\nWorld\nMiddle East\n\nStrikes kill 20 in eastern town\n\nTwenty people died on Sunday.\n"
    article = parse_article(text, "nav.txt")
    assert article.headline.value == "Strikes kill 20 in eastern town"
    assert article.body == "Twenty people died on Sunday."


def test_teaser_after_next_post_does_not_give_the_date():
    text = (
        "A headline about the talks\n\nTalks resume on Monday.\n\nNext Post\n\nOther story\n\nMay 5, 2017\n"
    )
    assert parse_article(text, "teaser.txt").published.provenance == "missing"


KNOWN_MISSES = [
    pytest.param(
        "Last updated at Apr 092017 BEIRUT At least 15 civilians were killed, a monitor said.",
        "published",
        "2017-04-09",
        id="date-with-day-and-year-run-together",
    ),
    pytest.param(
        "Raqqa Falls Today\n\nThe city fell on Tuesday, officials said.\n",
        "headline",
        "Raqqa Falls Today",
        id="short-headline-ending-in-a-masthead-word-read-as-outlet",
    ),
]


@pytest.mark.xfail(strict=True, reason="known miss of the line heuristics")
@pytest.mark.parametrize(("text", "name", "value"), KNOWN_MISSES)
def test_known_misses(text, name, value):
    assert getattr(parse_article(text, "miss.txt"), name).value == value


def test_plain_date_reads_as_dateparser_does():
    """`articles._plain_date` (read without dateparser) gives what dateparser gives for these forms;
    all 189,298 real dates of 1900-2099 in them were checked once, this samples a few."""
    import datetime as dt

    from newscounts.articles import _plain_date, parse_date

    for day in (dt.date(1999, 12, 31), dt.date(2017, 2, 28), dt.date(2016, 2, 29), dt.date(2024, 10, 5)):
        month = (
            "January February March April May June July August September October November December".split()[
                day.month - 1
            ]
        )
        for text in (f"{month} {day.day}, {day.year}", f"{day.day:02d} {month} {day.year}"):
            assert _plain_date(text) == day.isoformat() == parse_date.__wrapped__(text)[0]
    for text in ("February 30, 2017", "october 3, 2017", "October 3 2017", "Oct. 3, 2017", "3 October 2117"):
        assert _plain_date(text) is None


def test_byline_role_ends_in_step():
    """`articles._BYLINE_ROLE_ENDS` (a prefilter) names every role word BYLINE_ROLE can end with."""
    import re

    from newscounts.articles import _BYLINE_ROLE_ENDS, BYLINE_ROLE

    words = re.search(r"\(\?:([\w|]+)\)\)\$", BYLINE_ROLE.pattern).group(1).split("|")
    assert sorted(words) == sorted(_BYLINE_ROLE_ENDS)
