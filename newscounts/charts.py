"""Charts of the ledger: interactive altair charts for the report, matplotlib twins for files.

Each chart is drawn from one small data frame (`range_data`, `timeline_data`,
`matrix_data`) and that same frame is saved beside the figure, so every
figure ships with the numbers it shows. The frames aggregate: a corpus of
10,000 articles still gives a chart of a few hundred rows (altair refuses more
than 5,000 rows by default, and nobody can read 50,000 dots anyway).

One theme, registered once by `register_theme`, gives altair and matplotlib
the same palette and a fixed font; an organisation keeps its colour in every
chart because colours come from the sorted organisation names (`org_colours`).

How a count is drawn depends on its bounds (`bound_kind`):

    exact        "120 fighters"            filled circle at the value
    approximate  "about 3,000 civilians"   hollow diamond at the value
    range        "between 200 and 300"     a bar from low to high
    at least     "more than 4,000"         a right-pointing triangle at the value, a line to the right edge
    at most      "up to 250"               a left-pointing triangle at the value, a line to zero
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

from .atomic import atomic_path, atomic_write_text

__all__ = [
    "KIND_LABELS",
    "PALETTE",
    "bound_kind",
    "matrix_chart",
    "matrix_data",
    "matrix_figure",
    "org_colours",
    "range_chart",
    "range_data",
    "range_figure",
    "register_theme",
    "save_figure",
    "source_label",
    "timeline_chart",
    "timeline_data",
    "timeline_figure",
    "value_text",
]

#: Tableau 10: distinct in print and for the commonest colour-vision deficiencies.
PALETTE = [
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#17becf",
]
#: Everything that is not one named organisation: "Other organisations", "No organisation named".
GREY = "#9a9a9a"
FONT = "DejaVu Sans"
#: The CSS font stack altair uses: the same face as the static figures where installed, no web font.
FONT_STACK = "'DejaVu Sans', Verdana, Arial, sans-serif"
OTHER_ORGS = "Other organisations"
UNATTRIBUTED = "No organisation named"

#: How each bound kind is named in legends and tables, in legend order.
KIND_LABELS = {
    "exact": "exact",
    "approximate": "approximate (about, nearly, ...)",
    "range": "range (between ... and ...)",
    "at least": "at least / more than",
    "at most": "at most / less than / up to",
}
_KIND_SHAPES = {
    "exact": "circle",
    "approximate": "diamond",
    "range": "stroke",
    "at least": "triangle-right",
    "at most": "triangle-left",
}
_KIND_MPL_MARKERS = {"exact": "o", "approximate": "D", "range": "|", "at least": ">", "at most": "<"}
_KIND_FILLED = {"exact": True, "approximate": False, "range": True, "at least": True, "at most": True}

# Qualifiers the claims engine writes (newscounts.patterns; see analysis._QUALIFIER_FAMILY).
# Keep in step with that vocabulary; an unknown qualifier is judged by its bounds alone.
_QUALIFIER_KIND = {
    "exact": "exact",
    "none": "exact",
    "about": "approximate",
    "more_than": "at least",
    "at_least": "at least",
    "less_than": "at most",
    "at_most": "at most",
    "range": "range",
    "vague": "range",
}

#: Defaults that keep a chart readable on a big corpus.
TOP_SOURCES = 15  # sources shown per category; the rest become one "other sources" row
DETAIL_ROWS = 1500  # up to this many rows, the range chart shows each distinct value
TIMELINE_POINTS = 1500  # above this many claims the timeline counts claims per day instead
TOP_ORGS = len(PALETTE)  # organisations with a colour of their own

_THEME_NAME = "newscounts"


# --------------------------------------------------------------------------- theme


def _altair_theme() -> dict:
    return {
        "config": {
            "font": FONT_STACK,
            "range": {"category": PALETTE},
            "view": {"stroke": None, "continuousWidth": 560, "continuousHeight": 300},
            "axis": {"labelFontSize": 11, "titleFontSize": 12, "gridColor": "#e6e6e6", "labelLimit": 260},
            "header": {
                "labelFontSize": 12,
                "titleFontSize": 12,
                "labelFontWeight": "bold",
                "labelAnchor": "start",
                "labelAngle": 0,
                "labelOrient": "top",
            },
            "legend": {"labelFontSize": 11, "titleFontSize": 12, "labelLimit": 260},
            "title": {"fontSize": 14, "anchor": "start"},
        }
    }


def _stable_html_renderer(spec: dict, **metadata) -> dict:
    """altair's default HTML renderer with the output div named after the spec, not a random uuid.

    The same chart then gives the same notebook output, byte for byte, which a
    reproducible build and nbval need. Everything else is the default renderer's.
    """
    import hashlib
    import json

    from altair.utils.mimebundle import spec_to_mimebundle
    from altair.vegalite.v6.display import html_renderer

    digest = hashlib.sha256(json.dumps(spec, sort_keys=True).encode("utf-8")).hexdigest()[:32]
    options = {**html_renderer.kwargs, **metadata, "output_div": f"altair-viz-{digest}"}
    return spec_to_mimebundle(spec, format="html", **options)


def register_theme() -> None:
    """Register and enable the newscounts theme in altair and matplotlib; safe to call again.

    >>> register_theme(); register_theme()
    >>> import altair as alt, matplotlib as mpl
    >>> alt.theme.active, alt.renderers.active, mpl.rcParams["svg.hashsalt"], mpl.rcParams["font.family"]
    ('newscounts', 'newscounts', 'newscounts', ['DejaVu Sans'])
    >>> chart = alt.Chart(pd.DataFrame({"x": [1]})).mark_point().encode(x="x")
    >>> html = chart._repr_mimebundle_()["text/html"]
    >>> "altair-viz-" in html and html == chart._repr_mimebundle_()["text/html"]
    True
    """
    import altair as alt
    import matplotlib as mpl
    from cycler import cycler

    if _THEME_NAME not in alt.theme.names():
        alt.theme.register(_THEME_NAME, enable=True)(_altair_theme)
    alt.theme.enable(_THEME_NAME)
    if _THEME_NAME not in alt.renderers.names():
        alt.renderers.register(_THEME_NAME, _stable_html_renderer)
    alt.renderers.enable(_THEME_NAME)
    mpl.rcParams.update(
        {
            "font.family": [FONT],
            "font.size": 9,
            "axes.prop_cycle": cycler(color=PALETTE),
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.grid": True,
            "axes.axisbelow": True,
            "grid.color": "#e6e6e6",
            "figure.dpi": 100,
            "savefig.dpi": 150,
            # Fixed ids and text kept as text: the same figure gives the same SVG bytes.
            "svg.hashsalt": _THEME_NAME,
            "svg.fonttype": "none",
            "path.simplify": True,
        }
    )


# --------------------------------------------------------------------------- values


def _int_or_none(value) -> int | None:
    if value is None or value is pd.NA:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(value, str):
        value = value.strip().replace(",", "")
        if not value:
            return None
    return int(float(value))


def bound_kind(low, high, qualifier: str = "") -> str:
    """How a count is bounded: ``exact``, ``approximate``, ``range``, ``at least``, ``at most``, ``unknown``.

    >>> bound_kind(120, 120, "exact"), bound_kind(3000, 3000, "about"), bound_kind(200, 300, "range")
    ('exact', 'approximate', 'range')
    >>> bound_kind(4000, None, "more_than"), bound_kind(None, 250, "at_most"), bound_kind(None, None, "some")
    ('at least', 'at most', 'unknown')
    >>> bound_kind(100, 100, "less_than"), bound_kind(200, 999, "vague"), bound_kind(5, None, "")
    ('at most', 'range', 'at least')
    """
    low, high = _int_or_none(low), _int_or_none(high)
    if low is None and high is None:
        return "unknown"
    kind = _QUALIFIER_KIND.get((qualifier or "").strip())
    if kind in ("at least", "at most"):
        return kind
    if high is None:
        return "at least"
    if low is None:
        return "at most"
    if low != high:
        return "range"
    return kind if kind in ("exact", "approximate") else "exact"


def value_text(low, high, qualifier: str = "") -> str:
    """A count as a reader would say it (`newscounts.analysis.value_label`).

    >>> value_text(3000, 3000, "about"), value_text(200, 300, "range"), value_text(4000, None, "more_than")
    ('about 3,000', '200–300', 'more than 4,000')
    """
    from .analysis import value_label

    return value_label(low, high, qualifier)


def _value_labels(ledger: pd.DataFrame) -> pd.Series:
    if "value_label" in ledger.columns:
        return ledger["value_label"].astype(str)
    from .analysis import value_label

    return pd.Series(
        [
            value_label(lo, hi, q)
            for lo, hi, q in zip(ledger["low"], ledger["high"], ledger["qualifier"], strict=True)
        ],
        index=ledger.index,
        dtype=object,
    )


def source_label(speaker_org: str, outlet: str = "", speaker: str = "") -> str:
    """Who a count is credited to (`newscounts.analysis.source_of`).

    >>> source_label("SDF", "Reuters"), source_label("", "Reuters"), source_label("", "Reuters", "Jane Roe")
    ('SDF', 'Reuters (unattributed)', 'Jane Roe')
    """
    from .analysis import source_of

    return source_of({"speaker_org": speaker_org, "speaker": speaker, "outlet": outlet})


def _sources(frame: pd.DataFrame) -> list[str]:
    if "speaker_org" not in frame.columns and "source" in frame.columns:
        return list(_text(frame, "source"))
    return [
        source_label(o, w, s)
        for o, w, s in zip(
            _text(frame, "speaker_org"), _text(frame, "outlet"), _text(frame, "speaker"), strict=True
        )
    ]


def _text(frame: pd.DataFrame, column: str) -> pd.Series:
    if column not in frame.columns:
        return pd.Series([""] * len(frame), index=frame.index, dtype=object)
    return frame[column].astype(object).where(frame[column].notna(), "").astype(str)


def _orgs(frame: pd.DataFrame) -> pd.Series:
    if "speaker_org" not in frame.columns and "source" in frame.columns:  # analysis.timeline's frame
        orgs = _text(frame, "source").str.strip()
        orgs = orgs.where(~orgs.str.endswith("(unattributed)"), "")
    else:
        orgs = _text(frame, "speaker_org").str.strip()
    return orgs.where(orgs != "", UNATTRIBUTED)


def org_colours(ledger_or_names, top_n: int = TOP_ORGS) -> dict[str, str]:
    """A colour per organisation: the ``top_n`` most cited get the palette in name order, the rest grey.

    Pass the whole ledger to every chart so that an organisation keeps its colour everywhere.

    >>> org_colours(["SDF", "Coalition", "SDF", "Raqqa Civil Council"], top_n=2)
    {'Coalition': '#4e79a7', 'SDF': '#f28e2b',
     'Other organisations': '#9a9a9a', 'No organisation named': '#9a9a9a'}
    """
    if isinstance(ledger_or_names, pd.DataFrame):
        names = _orgs(ledger_or_names)
    else:
        names = pd.Series([str(n).strip() or UNATTRIBUTED for n in ledger_or_names], dtype=object)
    names = names[names != UNATTRIBUTED]
    counts = names.value_counts()
    # Most cited first, ties by name: the choice of who gets a colour is deterministic.
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:top_n]
    chosen = sorted(name for name, _ in ranked)
    colours = {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(chosen)}
    colours[OTHER_ORGS] = GREY
    colours[UNATTRIBUTED] = GREY
    return colours


def _colour_key(orgs: pd.Series, colours: Mapping[str, str]) -> pd.Series:
    return orgs.where(orgs.isin(list(colours)), OTHER_ORGS)


# --------------------------------------------------------------------------- data frames

RANGE_COLUMNS = [
    "category",
    "source",
    "org",
    "kind",
    "low",
    "high",
    "x_start",
    "x_end",
    "x_mark",
    "value_label",
    "claims",
    "qualifier",
    "sentence",
    "speaker",
    "outlet",
    "published",
    "statement_date",
    "claim_id",
]


def _edge(values: pd.Series) -> float:
    top = pd.to_numeric(values, errors="coerce").max()
    return float(top) * 1.25 if pd.notna(top) and top > 0 else 10.0


# What a range-chart row keeps of the claims behind it: how many, and the first one quoted.
_QUOTED_FIRST = {
    "claims": ("claim_id", "size"),
    "org": ("org", "first"),
    "sentence": ("sentence", "first"),
    "speaker": ("speaker", "first"),
    "outlet": ("outlet", "first"),
    "published": ("published", "first"),
    "statement_date": ("statement_date", "first"),
    "claim_id": ("claim_id", "first"),
}


def range_data(
    ledger: pd.DataFrame,
    top_sources: int = TOP_SOURCES,
    detail_rows: int = DETAIL_ROWS,
    colours: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """One row per mark of the range chart, columns `RANGE_COLUMNS`.

    Each distinct (category, source, bounds) is one row with the number of claims
    behind it and the first claim (by ``claim_id``) quoted. A category keeps its
    ``top_sources`` sources with most claims; the others are merged into one row
    per bound kind. If that is still more than ``detail_rows`` rows, each source
    becomes one row per kind spanning its lowest to highest value.

    ``x_start``/``x_end`` are where the line is drawn (open bounds run to the
    axis edge or to zero) and ``x_mark`` where the symbol goes.
    """
    colours = org_colours(ledger) if colours is None else colours
    frame = pd.DataFrame(
        {
            "category": _text(ledger, "category"),
            "source": _sources(ledger),
            "org": _colour_key(_orgs(ledger), colours),
            "low": [_int_or_none(v) for v in ledger["low"]] if len(ledger) else [],
            "high": [_int_or_none(v) for v in ledger["high"]] if len(ledger) else [],
            "qualifier": _text(ledger, "qualifier"),
            "value_label": _value_labels(ledger) if len(ledger) else [],
            "sentence": _text(ledger, "sentence"),
            "speaker": _text(ledger, "speaker"),
            "outlet": _text(ledger, "outlet"),
            "published": _text(ledger, "published"),
            "statement_date": _text(ledger, "statement_date"),
            "claim_id": _text(ledger, "claim_id"),
        },
        index=ledger.index,
    )
    frame["kind"] = [
        bound_kind(lo, hi, q)
        for lo, hi, q in zip(frame["low"], frame["high"], frame["qualifier"], strict=True)
    ]
    frame = frame[frame["kind"] != "unknown"]
    if frame.empty:
        return pd.DataFrame(columns=RANGE_COLUMNS)
    frame = frame.astype({"low": "Int64", "high": "Int64"})

    # Cap sources per category: most claims first, ties by name.
    per_source = frame.groupby(["category", "source"]).size().rename("n").reset_index()
    per_source = per_source.sort_values(["category", "n", "source"], ascending=[True, False, True])
    per_source["rank"] = per_source.groupby("category").cumcount()
    others = per_source[per_source["rank"] >= top_sources]
    if len(others):
        n_others = others.groupby("category").size()
        keyed = frame.set_index(["category", "source"]).index
        is_other = keyed.isin(pd.MultiIndex.from_frame(others[["category", "source"]]))
        frame.loc[is_other, "source"] = [
            f"Other sources ({n_others[c]})" for c in frame.loc[is_other, "category"]
        ]
        frame.loc[is_other, "org"] = OTHER_ORGS

    frame = frame.sort_values(["category", "source", "kind", "low", "high", "claim_id"], na_position="first")
    keys = ["category", "source", "kind", "low", "high", "qualifier"]
    detail = (
        frame.groupby(keys, dropna=False, sort=True)
        .agg(value_label=("value_label", "first"), **_QUOTED_FIRST)
        .reset_index()
    )
    if len(detail) > detail_rows:
        detail = (
            frame.groupby(["category", "source", "kind"], sort=True)
            .agg(low=("low", "min"), high=("high", "max"), qualifier=("qualifier", "first"), **_QUOTED_FIRST)
            .reset_index()
        )
        detail["value_label"] = [
            f"{n:,} claims, {value_text(lo, hi, 'range')}" if n > 1 else value_text(lo, hi, q)
            for n, lo, hi, q in zip(
                detail["claims"], detail["low"], detail["high"], detail["qualifier"], strict=True
            )
        ]

    edges = {cat: _edge(pd.concat([g["low"], g["high"]])) for cat, g in detail.groupby("category")}
    x_start, x_end, x_mark = [], [], []
    for cat, kind, low, high in zip(
        detail["category"], detail["kind"], detail["low"], detail["high"], strict=True
    ):
        low, high = _int_or_none(low), _int_or_none(high)
        if kind == "at least":
            at = low if low is not None else high
            x_start.append(at), x_end.append(edges[cat]), x_mark.append(at)
        elif kind == "at most":
            at = high if high is not None else low
            x_start.append(0), x_end.append(at), x_mark.append(at)
        elif kind == "range":
            x_start.append(low), x_end.append(high), x_mark.append(None)
        else:
            x_start.append(low), x_end.append(low), x_mark.append(low)
    detail["x_start"], detail["x_end"], detail["x_mark"] = x_start, x_end, x_mark
    detail["x_start"] = pd.to_numeric(detail["x_start"]).astype(float)
    detail["x_end"] = pd.to_numeric(detail["x_end"]).astype(float)
    detail["x_mark"] = pd.to_numeric(detail["x_mark"]).astype(float)
    return (
        detail[RANGE_COLUMNS]
        .sort_values(["category", "source", "kind", "x_start", "claim_id"])
        .reset_index(drop=True)
    )


TIMELINE_COLUMNS = [
    "date",
    "category",
    "org",
    "value",
    "low",
    "high",
    "value_label",
    "dated_from",
    "claims",
    "sentence",
    "speaker",
    "outlet",
    "claim_id",
]


def timeline_data(
    timeline_or_ledger: pd.DataFrame,
    max_points: int = TIMELINE_POINTS,
    colours: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """One row per point of the timeline, columns `TIMELINE_COLUMNS`.

    Takes the ledger (or `analysis.timeline`'s frame, which carries the same
    columns). The date is ``statement_date`` (else ``date``, else ``published``);
    ``dated_from`` is ``"text"`` when the article said when the figure was given
    and ``"published"`` when the publication day stood in for it (drawn hollow).
    ``value`` is the count, the middle of a range. Above ``max_points`` claims,
    claims are counted per day, category and organisation.
    """
    frame = timeline_or_ledger
    colours = org_colours(frame) if colours is None else colours
    date = _text(frame, "statement_date")
    for fallback in ("date", "published"):
        date = date.where(date != "", _text(frame, fallback))
    basis = _text(frame, "statement_date_basis")
    if "date_basis" in frame.columns:
        basis = basis.where(basis != "", _text(frame, "date_basis"))
    lows = [_int_or_none(v) for v in frame["low"]] if len(frame) else []
    highs = [_int_or_none(v) for v in frame["high"]] if len(frame) else []
    values = [
        (lo + hi) / 2 if lo is not None and hi is not None else (lo if lo is not None else hi)
        for lo, hi in zip(lows, highs, strict=True)
    ]
    out = pd.DataFrame(
        {
            "date": pd.to_datetime(date, errors="coerce").dt.strftime("%Y-%m-%d"),
            "category": _text(frame, "category"),
            "org": _colour_key(_orgs(frame), colours),
            "value": pd.Series(values, index=frame.index, dtype="Float64"),
            "low": pd.Series(lows, index=frame.index, dtype="Int64"),
            "high": pd.Series(highs, index=frame.index, dtype="Int64"),
            "value_label": _value_labels(frame) if len(frame) else [],
            "dated_from": ["text" if b in ("text", "statement") else "published" for b in basis],
            "claims": 1,
            "sentence": _text(frame, "sentence"),
            "speaker": _text(frame, "speaker"),
            "outlet": _text(frame, "outlet"),
            "claim_id": _text(frame, "claim_id"),
        },
        index=frame.index,
    )
    out = out[out["date"].notna() & out["value"].notna()]
    if len(out) > max_points:
        out = (
            out.sort_values(["date", "category", "org", "claim_id"])
            .groupby(["date", "category", "org"], sort=True)
            .agg(
                value=("value", "median"),
                low=("low", "min"),
                high=("high", "max"),
                dated_from=("dated_from", lambda s: "text" if (s == "text").any() else "published"),
                claims=("claims", "sum"),
                sentence=("sentence", "first"),
                speaker=("speaker", "first"),
                outlet=("outlet", "first"),
                claim_id=("claim_id", "first"),
            )
            .reset_index()
        )
        out["value_label"] = [
            f"{n:,} claims, {value_text(lo, hi, 'range')}"
            for n, lo, hi in zip(out["claims"], out["low"], out["high"], strict=True)
        ]
    return out[TIMELINE_COLUMNS].sort_values(["category", "date", "org", "claim_id"]).reset_index(drop=True)


MATRIX_COLUMNS = ["source", "org", "category", "claims", "values"]
MATRIX_VALUES = 12  # distinct values quoted per cell; more are counted


def matrix_data(
    ledger: pd.DataFrame, top_sources: int = 30, colours: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """One row per (source, category) cell: how many claims, and which values (the first few, then a count).

    The ``top_sources`` sources with most claims keep a row of their own; the others share one.
    """
    colours = org_colours(ledger) if colours is None else colours
    frame = pd.DataFrame(
        {
            "source": _sources(ledger),
            "org": _colour_key(_orgs(ledger), colours),
            "category": _text(ledger, "category"),
            "value_label": _value_labels(ledger) if len(ledger) else [],
            "low": [_int_or_none(v) for v in ledger["low"]] if len(ledger) else [],
            "claim_id": _text(ledger, "claim_id"),
        },
        index=ledger.index,
    )
    if frame.empty:
        return pd.DataFrame(columns=MATRIX_COLUMNS)
    sizes = frame.groupby("source").size()
    ranked = sorted(sizes.items(), key=lambda item: (-item[1], item[0]))
    keep = {name for name, _ in ranked[:top_sources]}
    if len(ranked) > top_sources:
        label = f"Other sources ({len(ranked) - top_sources})"
        frame.loc[~frame["source"].isin(keep), ["source", "org"]] = [label, OTHER_ORGS]

    def quote(values: pd.Series) -> str:
        unique = list(dict.fromkeys(values))
        shown = "; ".join(unique[:MATRIX_VALUES])
        return shown + (f"; and {len(unique) - MATRIX_VALUES} more" if len(unique) > MATRIX_VALUES else "")

    frame = frame.sort_values(["source", "category", "low", "claim_id"], na_position="last")
    cells = (
        frame.groupby(["source", "category"], sort=True)
        .agg(org=("org", "first"), claims=("claim_id", "size"), values=("value_label", quote))
        .reset_index()
    )
    return cells[MATRIX_COLUMNS]


# --------------------------------------------------------------------------- altair

HOLLOW = "(hollow)"


def _colour_scale(alt, data: pd.DataFrame, colours: Mapping[str, str] | None, hollow: bool = False):
    present = sorted(set(data["org"])) if len(data) else []
    colours = colours or {}
    named = [o for o in present if o not in (OTHER_ORGS, UNATTRIBUTED)]
    domain = named + [o for o in (OTHER_ORGS, UNATTRIBUTED) if o in present]
    fallback = org_colours(named)
    scale_range = [colours.get(o) or fallback.get(o, GREY) for o in domain]
    if hollow:
        return alt.Scale(domain=domain + [HOLLOW], range=scale_range + ["white"]), domain
    return alt.Scale(domain=domain, range=scale_range), domain


def _org_encodings(alt, data: pd.DataFrame, colours: Mapping[str, str] | None) -> dict:
    """Stroke and fill by organisation; a mark whose ``fill_key`` is `HOLLOW` is drawn white inside.

    The organisation legend comes from the fill channel, limited to the organisations
    (a conditional fill would leave the legend symbols blank).
    """
    stroke_scale, domain = _colour_scale(alt, data, colours)
    fill_scale, _ = _colour_scale(alt, data, colours, hollow=True)
    return {
        "stroke": alt.Stroke("org:N", scale=stroke_scale, legend=None),
        "fill": alt.Fill(
            "fill_key:N",
            scale=fill_scale,
            title="Organisation",
            legend=alt.Legend(values=domain, orient="bottom", columns=3, symbolStrokeWidth=0),
        ),
    }


def _sources_order(data: pd.DataFrame) -> list[str]:
    # Sources with most claims first, "Other sources" last.
    totals = data.groupby("source")["claims"].sum()
    ranked = sorted(totals.items(), key=lambda item: (item[0].startswith("Other sources"), -item[1], item[0]))
    return [name for name, _ in ranked]


def _log_ticks(top: float) -> list[int]:
    """Readable ticks for a symmetric-log axis from 0 to ``top``.

    >>> _log_ticks(4500)
    [0, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000]
    """
    ticks, power = [0], 1
    while power <= top:
        ticks += [t for t in (power, 2 * power, 5 * power) if t <= top]
        power *= 10
    return ticks


def _legend_expr(kinds: Sequence[str]) -> str:
    parts = " : ".join(f"datum.label == '{k}' ? '{KIND_LABELS[k]}'" for k in kinds)
    return f"{parts} : datum.label" if parts else "datum.label"


def _empty_chart(alt, note: str):
    return alt.Chart(pd.DataFrame({"note": [note]})).mark_text(align="left").encode(text="note:N")


def range_chart(ledger_or_values: pd.DataFrame, colours: Mapping[str, str] | None = None):
    """Every count per category: a row per source, a symbol per bound kind, the sentence in the tooltip.

    Accepts the ledger or `range_data`'s frame. Categories are stacked, each with
    its own symmetric-log x scale (values run from 0 to thousands).
    """
    import altair as alt

    register_theme()
    data = (
        ledger_or_values
        if "x_start" in ledger_or_values.columns
        else range_data(ledger_or_values, colours=colours)
    )
    if data.empty:
        return _empty_chart(alt, "No counts")
    org = _org_encodings(alt, data, colours)
    kinds = [k for k in KIND_LABELS if k in set(data["kind"])]
    tooltip = [
        alt.Tooltip("value_label:N", title="Value"),
        alt.Tooltip("category:N", title="Category"),
        alt.Tooltip("source:N", title="Source"),
        alt.Tooltip("speaker:N", title="Speaker"),
        alt.Tooltip("outlet:N", title="Outlet"),
        alt.Tooltip("published:N", title="Published"),
        alt.Tooltip("statement_date:N", title="Said on"),
        alt.Tooltip("claims:Q", title="Claims"),
        alt.Tooltip("sentence:N", title="Sentence"),
    ]
    shape = alt.Shape(
        "kind:N",
        title="How the figure was hedged",
        scale=alt.Scale(domain=kinds, range=[_KIND_SHAPES[k] for k in kinds]),
        legend=alt.Legend(
            orient="bottom",
            labelExpr=_legend_expr(kinds),
            titleLimit=300,
            symbolFillColor="#555555",
            symbolStrokeColor="#555555",
        ),
    )
    charts = []
    for category in sorted(set(data["category"])):
        part = data[data["category"] == category]
        top = float(pd.concat([part["x_end"], part["x_mark"]]).max()) * 1.08
        scale = alt.Scale(type="symlog", constant=1, domain=[0, top], nice=False)
        axis = alt.Axis(values=_log_ticks(top), format=",d", title=f"{category} (log scale)")
        y = alt.Y("source:N", title=None, sort=_sources_order(part))
        base = (
            alt.Chart(part)
            .transform_calculate(
                fill_key=f"datum.kind == 'approximate' ? '{HOLLOW}' : datum.org",
            )
            .properties(height=alt.Step(22), width=560, title=alt.Title(category, anchor="start"))
        )
        lines = (
            base.transform_filter("datum.kind != 'exact' && datum.kind != 'approximate'")
            .mark_rule(strokeWidth=3, opacity=0.75)
            .encode(
                x=alt.X("x_start:Q", scale=scale, axis=axis),
                x2="x_end:Q",
                y=y,
                stroke=org["stroke"],
                tooltip=tooltip,
            )
        )
        marks = (
            base.transform_filter("isValid(datum.x_mark)")
            .mark_point(filled=True, size=90, strokeWidth=2, opacity=1)
            .encode(x=alt.X("x_mark:Q", scale=scale, axis=axis), y=y, shape=shape, tooltip=tooltip, **org)
        )
        charts.append(alt.layer(lines, marks))
    return alt.vconcat(*charts).resolve_scale(x="independent", y="independent")


def timeline_chart(timeline_df: pd.DataFrame, colours: Mapping[str, str] | None = None):
    """Counts by the day they were given, one panel per category; hollow points were dated by publication."""
    import altair as alt

    register_theme()
    data = timeline_df if "dated_from" in timeline_df.columns else timeline_data(timeline_df, colours=colours)
    if data.empty:
        return _empty_chart(alt, "No dated counts")
    org = _org_encodings(alt, data, colours)
    tooltip = [
        alt.Tooltip("date:N", title="Date"),
        alt.Tooltip("value_label:N", title="Value"),
        alt.Tooltip("org:N", title="Organisation"),
        alt.Tooltip("speaker:N", title="Speaker"),
        alt.Tooltip("outlet:N", title="Outlet"),
        alt.Tooltip("dated_from:N", title="Dated from"),
        alt.Tooltip("claims:Q", title="Claims"),
        alt.Tooltip("sentence:N", title="Sentence"),
    ]
    first, last = pd.Timestamp(data["date"].min()), pd.Timestamp(data["date"].max())
    pad = max(pd.Timedelta(days=1), (last - first) / 20)
    x_domain = [(first - pad).strftime("%Y-%m-%d"), (last + pad).strftime("%Y-%m-%d")]
    charts = []
    for category in sorted(set(data["category"])):
        part = data[data["category"] == category]
        top = float(part["value"].max()) * 1.15 + 1
        charts.append(
            alt.Chart(part)
            .transform_calculate(
                fill_key=f"datum.dated_from == 'text' ? datum.org : '{HOLLOW}'",
            )
            .mark_point(filled=True, size=70, strokeWidth=2, opacity=1)
            .encode(
                x=alt.X(
                    "date:T",
                    title="Date the figure was given (hollow: dated by the publication day)",
                    scale=alt.Scale(domain=x_domain),
                    axis=alt.Axis(format="%d %b %Y", labelAngle=0),
                ),
                y=alt.Y(
                    "value:Q",
                    title=category,
                    scale=alt.Scale(type="symlog", constant=1, domain=[0, top], nice=False),
                    axis=alt.Axis(values=_log_ticks(top), format=",d"),
                ),
                tooltip=tooltip,
                **org,
            )
            .properties(width=560, height=160, title=alt.Title(category, anchor="start"))
        )
    return alt.vconcat(*charts).resolve_scale(x="shared", y="independent")


def matrix_chart(ledger: pd.DataFrame, colours: Mapping[str, str] | None = None):
    """Who reported which count: sources down, categories across, claims per cell, values in the tooltip."""
    import altair as alt

    register_theme()
    data = (
        ledger
        if "values" in ledger.columns and "claims" in ledger.columns
        else matrix_data(ledger, colours=colours)
    )
    order = _sources_order(data) if len(data) else []
    base = alt.Chart(data).encode(
        x=alt.X("category:N", title=None, axis=alt.Axis(orient="top", labelAngle=-30, labelLimit=220)),
        y=alt.Y("source:N", title=None, sort=order),
        tooltip=[
            alt.Tooltip("source:N", title="Source"),
            alt.Tooltip("category:N", title="Category"),
            alt.Tooltip("claims:Q", title="Claims"),
            alt.Tooltip("values:N", title="Values"),
        ],
    )
    cells = base.mark_rect(stroke="white").encode(
        color=alt.Color("claims:Q", title="Claims", scale=alt.Scale(scheme="blues", type="log"))
    )
    labels = base.mark_text(fontSize=11).encode(
        text="claims:Q", color=alt.condition("datum.claims >= 10", alt.value("white"), alt.value("black"))
    )
    return alt.layer(cells, labels).properties(width=alt.Step(70), height=alt.Step(22))


# --------------------------------------------------------------------------- matplotlib twins


def _figure(width: float, height: float):
    from matplotlib.figure import Figure

    register_theme()
    return Figure(figsize=(width, height), layout="constrained")


def _symlog(ax) -> None:
    ax.set_xscale("symlog", linthresh=10)
    ax.set_xlim(left=0)


def range_figure(ledger_or_values: pd.DataFrame, colours: Mapping[str, str] | None = None):
    """The static twin of `range_chart` (a matplotlib Figure, one panel per category)."""
    data = (
        ledger_or_values
        if "x_start" in ledger_or_values.columns
        else range_data(ledger_or_values, colours=colours)
    )
    colours = dict(colours or org_colours(data["org"] if len(data) else []))
    categories = sorted(set(data["category"]))
    heights = [max(2, len(set(data.loc[data["category"] == c, "source"]))) for c in categories] or [2]
    fig = _figure(8, 0.9 + sum(0.26 * h + 0.7 for h in heights))
    axes = fig.subplots(len(heights), 1, height_ratios=heights, squeeze=False)[:, 0]
    for ax, category in zip(axes, categories, strict=False):
        part = data[data["category"] == category]
        order = _sources_order(part)[::-1]
        row = {name: i for i, name in enumerate(order)}
        for rec in part.itertuples(index=False):
            y = row[rec.source]
            colour = colours.get(rec.org, GREY)
            if rec.kind in ("range", "at least", "at most"):
                ax.plot(
                    [rec.x_start, rec.x_end],
                    [y, y],
                    color=colour,
                    linewidth=3,
                    alpha=0.75,
                    solid_capstyle="butt",
                )
            if pd.notna(rec.x_mark):
                filled = _KIND_FILLED[rec.kind]
                ax.plot(
                    [rec.x_mark],
                    [y],
                    marker=_KIND_MPL_MARKERS[rec.kind],
                    markersize=7,
                    color=colour,
                    markerfacecolor=colour if filled else "white",
                    markeredgewidth=1.5,
                    linestyle="none",
                )
        ax.set_yticks(range(len(order)), order)
        ax.set_ylim(-0.7, len(order) - 0.3)
        _symlog(ax)
        ax.set_title(category, loc="left", fontweight="bold")
        ax.grid(axis="y", visible=False)
    if not categories:
        axes[0].text(0.5, 0.5, "No counts", ha="center", va="center", transform=axes[0].transAxes)
    _kind_legend(fig, [k for k in KIND_LABELS if k in set(data["kind"])])
    return fig


def _kind_legend(fig, kinds: Sequence[str]) -> None:
    from matplotlib.lines import Line2D

    if not kinds:
        return
    handles = [
        Line2D(
            [],
            [],
            color="#555555",
            marker=_KIND_MPL_MARKERS[k],
            markersize=7,
            markerfacecolor="#555555" if _KIND_FILLED[k] else "white",
            linestyle="-" if k in ("range", "at least", "at most") else "none",
            linewidth=3,
        )
        for k in kinds
    ]
    fig.legend(
        handles,
        [KIND_LABELS[k] for k in kinds],
        loc="outside lower center",
        ncols=min(3, len(kinds)),
        frameon=False,
    )


def timeline_figure(timeline_df: pd.DataFrame, colours: Mapping[str, str] | None = None):
    """The static twin of `timeline_chart`."""
    import matplotlib.dates as mdates
    from matplotlib.lines import Line2D

    data = timeline_df if "dated_from" in timeline_df.columns else timeline_data(timeline_df, colours=colours)
    colours = dict(colours or org_colours(data["org"] if len(data) else []))
    categories = sorted(set(data["category"]))
    fig = _figure(8, 1.2 + 2.0 * max(1, len(categories)))
    axes = fig.subplots(max(1, len(categories)), 1, sharex=True, squeeze=False)[:, 0]
    for ax, category in zip(axes, categories, strict=False):
        part = data[data["category"] == category]
        for rec in part.itertuples(index=False):
            colour = colours.get(rec.org, GREY)
            ax.plot(
                [pd.Timestamp(rec.date)],
                [float(rec.value)],
                marker="o",
                markersize=6,
                linestyle="none",
                color=colour,
                markerfacecolor=colour if rec.dated_from == "text" else "white",
                markeredgewidth=1.5,
            )
        ax.set_yscale("symlog", linthresh=10)
        ax.set_ylim(bottom=0)
        ax.set_ylabel(category)
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b %Y"))
    if not categories:
        axes[0].text(0.5, 0.5, "No dated counts", ha="center", va="center", transform=axes[0].transAxes)
    orgs = sorted(set(data["org"])) if len(data) else []
    handles = [Line2D([], [], marker="o", linestyle="none", color=colours.get(o, GREY)) for o in orgs]
    handles += [Line2D([], [], marker="o", linestyle="none", color="#555555", markerfacecolor="white")]
    if orgs:
        fig.legend(
            handles,
            orgs + ["hollow: dated by publication day"],
            loc="outside lower center",
            ncols=3,
            frameon=False,
        )
    return fig


def matrix_figure(ledger: pd.DataFrame, colours: Mapping[str, str] | None = None):
    """The static twin of `matrix_chart`."""
    import numpy as np
    from matplotlib.colors import LogNorm

    data = (
        ledger
        if "values" in ledger.columns and "claims" in ledger.columns
        else matrix_data(ledger, colours=colours)
    )
    sources = _sources_order(data) if len(data) else []
    categories = sorted(set(data["category"])) if len(data) else []
    grid = np.full((max(1, len(sources)), max(1, len(categories))), np.nan)
    for rec in data.itertuples(index=False):
        grid[sources.index(rec.source), categories.index(rec.category)] = rec.claims
    fig = _figure(1.8 + 1.3 * max(1, len(categories)) + 2.2, 1.0 + 0.28 * max(1, len(sources)))
    ax = fig.subplots()
    ax.grid(False)
    if len(data):
        top = float(np.nanmax(grid))
        ax.imshow(grid, cmap="Blues", norm=LogNorm(vmin=1, vmax=max(top, 2)), aspect="auto")
        for (i, j), value in np.ndenumerate(grid):
            if not np.isnan(value):
                ax.text(
                    j,
                    i,
                    f"{int(value):,}",
                    ha="center",
                    va="center",
                    fontsize=8,
                    color="white" if value >= 10 else "black",
                )
    ax.set_xticks(range(len(categories)), categories)
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(sources)), sources)
    for spine in ax.spines.values():
        spine.set_visible(False)
    return fig


# --------------------------------------------------------------------------- files


def _slug(text: str) -> str:
    import re

    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "figure"


_CLIP_ID = re.compile(rb'clipPath id="(p[0-9a-f]{10})"')


def stable_clip_ids(svg: bytes) -> bytes:
    """Renumber matplotlib's clip-path ids in order of appearance.

    matplotlib names an axes' clip path from the path object's memory address, so the
    same figure can get other ids in another process; numbered ids make the SVG bytes
    depend on the figure alone.

    >>> stable_clip_ids(b'<clipPath id="pd856fa3fe6"/><g clip-path="url(#pd856fa3fe6)"/>')
    b'<clipPath id="clip1"/><g clip-path="url(#clip1)"/>'
    """
    for number, old in enumerate(dict.fromkeys(_CLIP_ID.findall(svg)), start=1):
        new = b"clip%d" % number
        svg = svg.replace(b'id="' + old + b'"', b'id="' + new + b'"').replace(
            b"url(#" + old + b")", b"url(#" + new + b")"
        )
    return svg


def save_figure(
    altair_chart, mpl_figure, data_frame: pd.DataFrame, folder: str | os.PathLike, number: int, slug: str
) -> list[Path]:
    """Write ``NN-slug.svg``, ``.png`` (matplotlib), ``.csv`` (the data) and ``.vl.json`` (the altair spec).

    Every file is written atomically and is the same, byte for byte, for the same
    figure and data. Returns the paths written.
    """
    import json

    register_theme()
    folder = Path(folder)
    stem = f"{int(number):02d}-{_slug(slug)}"
    paths = []
    svg, png = folder / f"{stem}.svg", folder / f"{stem}.png"
    buffer = io.BytesIO()
    mpl_figure.savefig(buffer, format="svg", metadata={"Date": None})
    with atomic_path(svg) as tmp:
        tmp.write_bytes(stable_clip_ids(buffer.getvalue()))
    paths.append(svg)
    buffer = io.BytesIO()
    mpl_figure.savefig(buffer, format="png", metadata={"Software": None})
    with atomic_path(png) as tmp:
        tmp.write_bytes(buffer.getvalue())
    paths.append(png)
    csv = folder / f"{stem}.csv"
    atomic_write_text(csv, data_frame.to_csv(index=False, lineterminator="\n"))
    paths.append(csv)
    if altair_chart is not None:
        spec = folder / f"{stem}.vl.json"
        atomic_write_text(
            spec, json.dumps(altair_chart.to_dict(), sort_keys=True, indent=1, ensure_ascii=False) + "\n"
        )
        paths.append(spec)
    return paths
