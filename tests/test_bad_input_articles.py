"""Bad input for newscounts.articles: each problem gives one clear message naming the file.

Every input is generated in tmp_path, so these tests never touch the seeds.
"""

from __future__ import annotations

import os
import re
import warnings

import pytest

from newscounts.articles import (
    MAX_BYTES,
    ArticleError,
    ArticleWarning,
    read_article,
    read_corpus,
    read_sources,
)

ARTICLE = (
    "Strikes kill 20 in eastern town\n\n"
    "October 15, 2017\n\n"
    "BEIRUT (AFP) – At least 20 people were killed on Sunday, a monitor said.\n\n"
    "The toll could rise, it said.\n"
)


def write(tmp_path, name: str, data: bytes | str):
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --------------------------------------------------------------------------------------------
# Files that are refused
# --------------------------------------------------------------------------------------------
REFUSED = [
    pytest.param(b"", "the file is empty", id="empty"),
    pytest.param(b"  \n\t\r\n  \n", "contains only whitespace", id="whitespace-only"),
    pytest.param(b"\xef\xbb\xbf \n", "contains only whitespace", id="bom-then-whitespace"),
    pytest.param(
        b"GIF89a\x00\x01\x02\x03" + bytes(range(256)) * 4, "looks like binary data", id="binary-with-nul"
    ),
    pytest.param(bytes(range(1, 32)) * 50, "looks like binary data", id="control-characters"),
    pytest.param(
        b"<!DOCTYPE html>\n<html><head><title>A story</title></head><body><p>Five died.</p></body></html>",
        "looks like an HTML page",
        id="html-page",
    ),
    pytest.param(
        ("<div class='a'><p>" + "Five died. </p><span>x</span>" * 6 + "</div>\n").encode(),
        "looks like an HTML page",
        id="html-fragment-many-tags",
    ),
]


@pytest.mark.parametrize(("data", "message"), REFUSED)
def test_refused_files_raise_article_error_naming_the_file(tmp_path, data, message):
    path = write(tmp_path, "bad.txt", data)
    with pytest.raises(ArticleError, match=message) as caught:
        read_article(path)
    assert caught.value.file == "bad.txt"
    assert str(caught.value).startswith("bad.txt: ")


def test_html_message_says_tags_are_not_stripped(tmp_path):
    path = write(tmp_path, "page.txt", b"<html><body><p>Five died.</p></body></html>")
    with pytest.raises(ArticleError, match="refused") as caught:
        read_article(path)
    assert "not stripped" in caught.value.reason


def test_file_above_the_size_limit_is_refused_without_reading_it(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB of size, no bytes written

    def no_reading(*args, **kwargs):
        raise AssertionError("the file was read")

    monkeypatch.setattr(type(path), "read_bytes", no_reading)
    with pytest.raises(ArticleError, match=r"50\.0 MB, above the 5 MB limit") as caught:
        read_article(path)
    assert caught.value.file == "huge.txt"


def test_file_just_under_the_size_limit_is_read(tmp_path):
    filler = ("Five people died in the town, a monitor said. " * 40 + "\n\n").encode()
    data = ARTICLE.encode() + filler * ((MAX_BYTES - len(ARTICLE)) // len(filler))
    assert len(data) <= MAX_BYTES
    article = read_article(write(tmp_path, "long.txt", data))
    assert article.published.value == "2017-10-15"


def test_missing_file_is_an_article_error(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "absent.txt")


# --------------------------------------------------------------------------------------------
# Files that are read, perhaps with a warning
# --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("encoding", "expected_note"),
    [("cp1252", "decoded as cp1252"), ("latin-1", "decoded as cp1252")],
    ids=["cp1252", "latin-1"],  # latin-1 letters are cp1252 letters too
)
def test_legacy_encodings_are_read_with_a_warning(tmp_path, encoding, expected_note):
    text = ARTICLE.replace("a monitor said", "a monitor in Alep said, café ‘Zoë’")
    if encoding == "latin-1":
        text = text.replace("‘", "'").replace("’", "'").replace("–", "-")
    path = write(tmp_path, "legacy.txt", text.encode(encoding))
    with pytest.warns(ArticleWarning, match=f"legacy.txt: not valid UTF-8; {expected_note}"):
        article = read_article(path)
    assert "café" in article.body and "Zoë" in article.body
    assert any(expected_note in note for note in article.warnings)


def test_bytes_invalid_in_cp1252_fall_back_to_latin_1(tmp_path):
    path = write(tmp_path, "odd.txt", ARTICLE.encode() + b"Undefined \x81 byte.\n")
    with pytest.warns(ArticleWarning, match="decoded as latin-1"):
        article = read_article(path)
    assert "\x81" in article.text


def test_utf8_bom_is_dropped_and_offsets_index_the_text(tmp_path):
    path = write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode())
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        article = read_article(path)
    assert article.text == ARTICLE
    assert article.headline.value == "Strikes kill 20 in eastern town"
    assert article.headline.start == 0


def test_utf16_with_bom_is_read_with_a_warning(tmp_path):
    path = write(tmp_path, "wide.txt", ARTICLE.encode("utf-16"))
    with pytest.warns(ArticleWarning, match="UTF-16"):
        article = read_article(path)
    assert article.published.value == "2017-10-15"


@pytest.mark.parametrize("line_end", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_windows_and_old_mac_line_ends_are_kept_and_understood(tmp_path, line_end):
    path = write(tmp_path, "crlf.txt", ARTICLE.replace("\n", line_end))
    article = read_article(path)
    assert line_end in article.text  # not translated
    assert article.headline.value == "Strikes kill 20 in eastern town"
    assert (article.wire.value, article.dateline.value, article.published.value) == (
        "AFP",
        "BEIRUT",
        "2017-10-15",
    )
    assert all("\r" not in article.span_text(span) for span in article.spans)
    assert article.text[article.wire.start : article.wire.end] == "AFP"


def test_article_with_no_date_reads_with_published_missing(tmp_path):
    path = write(tmp_path, "undated.txt", ARTICLE.replace("October 15, 2017\n\n", ""))
    article = read_article(path)
    assert article.published.provenance == "missing" and article.published.value is None
    assert article.published_time.provenance == "missing"
    assert "At least 20 people" in article.body


def test_date_inside_a_sentence_is_not_the_published_date(tmp_path):
    text = "A headline\n\nBEIRUT - Rebels said on October 14, 2017 that 9 died.\n"
    assert read_article(write(tmp_path, "inline.txt", text)).published.provenance == "missing"


# --------------------------------------------------------------------------------------------
# Folders and sources.csv
# --------------------------------------------------------------------------------------------
def test_read_corpus_skips_a_duplicate_naming_both_files(tmp_path):
    write(tmp_path, "a_first.txt", ARTICLE)
    write(tmp_path, "b_copy.txt", ARTICLE.replace("\n", "\r\n"))  # same text, other line ends
    articles, errors = read_corpus(tmp_path)
    assert [article.id for article in articles] == ["a_first.txt"]
    assert len(errors) == 1
    assert errors[0].file == "b_copy.txt"
    assert "duplicate of a_first.txt" in errors[0].reason


def test_read_corpus_reports_bad_files_and_reads_the_rest_sorted(tmp_path):
    write(tmp_path, "c.txt", ARTICLE.replace("Strikes", "Shelling"))
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "b_empty.txt", b"")
    write(tmp_path, "d_binary.txt", b"\x00\x01\x02" * 100)
    write(tmp_path, "notes.md", "not an article")
    articles, errors = read_corpus(tmp_path)
    assert [article.id for article in articles] == ["a.txt", "c.txt"]
    assert [(error.file, error.reason.split(" (")[0]) for error in errors] == [
        ("b_empty.txt", "the file is empty"),
        ("d_binary.txt", "looks like binary data"),
    ]


def test_read_corpus_raises_only_for_a_missing_folder(tmp_path):
    with pytest.raises(FileNotFoundError, match="no_such_folder"):
        read_corpus(tmp_path / "no_such_folder")
    assert read_corpus(tmp_path) == ([], [])


def test_sources_csv_naming_unknown_files_warns_naming_them(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    write(
        tmp_path,
        "sources.csv",
        "file,outlet,url,published,notes\na.txt,Example Times,,,\nghost.txt,Other,,,\nspook.txt,,,,\n",
    )
    with pytest.warns(ArticleWarning, match="ghost.txt, spook.txt"):
        articles, errors = read_corpus(tmp_path)
    assert errors == []
    assert articles[0].outlet.value == "Example Times" and articles[0].outlet.provenance == "sources.csv"


def test_sources_csv_malformed_date_warns_with_file_row_and_value(tmp_path):
    write(tmp_path, "a.txt", ARTICLE.replace("October 15, 2017\n\n", ""))
    write(tmp_path, "sources.csv", "file,outlet,url,published,notes\na.txt,,,15/10/2017,\n")
    with pytest.warns(ArticleWarning, match=r"sources.csv row 2 \(a.txt\): published '15/10/2017'"):
        articles, _ = read_corpus(tmp_path)
    assert articles[0].published.provenance == "missing"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name,outlet\na.txt,X\n", "no 'file' column"),
        ("file,outlet,colour\na.txt,X,red\n", "unknown columns \\['colour'\\]"),
        ("file,outlet\na.txt,X\na.txt,Y\n", "row 3: a.txt listed again"),
        ("file,outlet\n,X\n", "row 2: no file name"),
        ("file,published\na.txt,2017-02-30\n", "published '2017-02-30' is not a YYYY-MM-DD date"),
    ],
    ids=["no-file-column", "unknown-column", "repeated-file", "blank-file", "impossible-date"],
)
def test_read_sources_reports_problems(tmp_path, content, message):
    rows, problems = read_sources(write(tmp_path, "sources.csv", content))
    assert len(problems) == 1
    assert problems[0].startswith("sources.csv")
    assert re.search(message, problems[0])


def test_missing_sources_csv_is_no_problem(tmp_path):
    assert read_sources(tmp_path / "sources.csv") == ({}, [])


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_unreadable_file_is_an_article_error(tmp_path):
    path = write(tmp_path, "locked.txt", ARTICLE)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user who can read anything")
        with pytest.raises(ArticleError, match="cannot read"):
            read_article(path)
    finally:
        path.chmod(0o644)
