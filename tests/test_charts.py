"""Charts: files written byte for byte the same, data saved beside them, big ledgers aggregated."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).parent / "browser"))

import fake_corpus as fc  # noqa: E402

from newscounts import analysis, charts  # noqa: E402

ALTAIR_MAX_ROWS = 5000


def all_figures(ledger: pd.DataFrame, timeline: pd.DataFrame | None = None):
    colours = charts.org_colours(ledger)
    ranges = charts.range_data(ledger, colours=colours)
    dated = charts.timeline_data(ledger if timeline is None else timeline, colours=colours)
    matrix = charts.matrix_data(ledger, colours=colours)
    return [
        (charts.range_chart(ranges, colours), charts.range_figure(ranges, colours), ranges, "ranges"),
        (charts.timeline_chart(dated, colours), charts.timeline_figure(dated, colours), dated, "timeline"),
        (
            charts.matrix_chart(matrix, colours),
            charts.matrix_figure(matrix, colours),
            matrix,
            "who-reported-what",
        ),
    ]


def write_all(ledger: pd.DataFrame, folder: Path) -> list[Path]:
    paths = []
    for number, (chart, figure, data, slug) in enumerate(all_figures(ledger), start=1):
        paths += charts.save_figure(chart, figure, data, folder, number, slug)
    return paths


def test_save_figure_writes_four_files_per_figure(tmp_path):
    _, ledger = fc.sample()
    paths = write_all(ledger, tmp_path)
    assert [p.name for p in paths[:4]] == [
        "01-ranges.svg",
        "01-ranges.png",
        "01-ranges.csv",
        "01-ranges.vl.json",
    ]
    assert len(paths) == 12 and all(p.stat().st_size > 0 for p in paths)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths)  # no temporary left
    assert paths[0].read_bytes().startswith(b"<?xml") and paths[1].read_bytes()[:4] == b"\x89PNG"


def test_figure_files_are_byte_identical_across_runs(tmp_path):
    _, ledger = fc.sample()
    first = write_all(ledger, tmp_path / "one")
    second = write_all(ledger, tmp_path / "two")
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    svg = first[0].read_text(encoding="utf-8")
    assert "<dc:date>" not in svg and "dc:date" not in svg


def test_csv_is_the_chart_data(tmp_path):
    _, ledger = fc.sample()
    for chart, figure, data, slug in all_figures(ledger):
        paths = charts.save_figure(chart, figure, data, tmp_path, 7, slug)
        text = paths[2].read_text(encoding="utf-8")
        assert "\r" not in text
        back = pd.read_csv(paths[2], dtype=str, keep_default_na=False)
        assert list(back.columns) == list(data.columns) and len(back) == len(data)
        spec = json.loads(paths[3].read_text(encoding="utf-8"))
        rows = [r for dataset in spec["datasets"].values() for r in dataset]
        assert len(rows) == len(data)


def test_range_data_draws_each_hedge_its_own_way():
    _, ledger = fc.sample()
    data = charts.range_data(ledger).set_index("claim_id")
    assert data.loc["001_a.txt:96:fighters", "kind"] == "exact"
    approx = data.loc["001_a.txt:182:civilians"]
    assert (approx["kind"], approx["value_label"]) == ("approximate", "about 3,000")
    span = data.loc["001_a.txt:143:foreign fighters"]
    assert (span["kind"], span["x_start"], span["x_end"]) == ("range", 200, 300) and pd.isna(span["x_mark"])
    floor = data.loc["002_b.txt:41:fighters"]
    assert floor["kind"] == "at least" and floor["x_mark"] == 4000 and floor["x_end"] > 4000


def test_tooltips_quote_the_sentence():
    _, ledger = fc.sample()
    spec = json.dumps(charts.range_chart(ledger).to_dict())
    assert "SDF spokesperson said that 275 Syrian fighters" in spec
    assert '"field": "sentence"' in spec and '"field": "speaker"' in spec and '"field": "outlet"' in spec


def test_organisation_keeps_its_colour_in_every_chart():
    _, ledger = fc.sample()
    colours = charts.org_colours(ledger)
    for chart, *_ in all_figures(ledger)[:2]:
        scales = [enc["scale"] for enc in _encodings(chart.to_dict(), "stroke")]
        assert scales
        for scale in scales:
            assert dict(zip(scale["domain"], scale["range"], strict=True)) == {
                k: v for k, v in colours.items() if k in scale["domain"]
            }


def _encodings(spec, channel):
    if isinstance(spec, dict):
        if channel in spec.get("encoding", {}):
            yield spec["encoding"][channel]
        for value in spec.values():
            yield from _encodings(value, channel)
    elif isinstance(spec, list):
        for value in spec:
            yield from _encodings(value, channel)


def test_timeline_marks_fallback_dates_hollow_and_accepts_the_analysis_frame():
    _, ledger = fc.sample()
    from_ledger = charts.timeline_data(ledger)
    from_analysis = charts.timeline_data(analysis.timeline(ledger))
    assert sorted(from_ledger["dated_from"]) == sorted(from_analysis["dated_from"])
    assert set(from_ledger.loc[from_ledger["outlet"] == "BBC", "dated_from"]) == {"published"}
    assert set(from_ledger.loc[from_ledger["outlet"] == "Reuters", "dated_from"]) == {"text"}


@pytest.mark.slow
def test_big_ledger_is_aggregated_under_altairs_row_limit():
    _, ledger = fc.big(10_000, 5)
    for chart, _figure, data, slug in all_figures(ledger):
        assert 0 < len(data) < ALTAIR_MAX_ROWS, slug
        spec = chart.to_dict()  # raises MaxRowsError past 5,000 rows: the limit stays on
        assert sum(len(d) for d in spec["datasets"].values()) < ALTAIR_MAX_ROWS
    ranges = charts.range_data(ledger)
    assert ranges.groupby("category")["source"].nunique().max() <= charts.TOP_SOURCES + 1
    assert ranges["claims"].sum() == len(ledger[ledger["low"].notna() | ledger["high"].notna()])


def test_empty_ledger_gives_empty_charts(tmp_path):
    ledger = fc.ledger([dict(fc.sample()[1].iloc[0])]).iloc[0:0]
    paths = write_all(ledger, tmp_path)
    assert len(paths) == 12
