"""The report's HTML: escaped fragments the report notebook displays, and the page around them.

Every piece of article text, speaker, outlet, file name and phrase passes
through `markupsafe.escape` before it touches markup; a fragment is a
`markupsafe.Markup` string, so composing fragments never escapes twice and
never forgets to escape once. No article text is ever inserted unescaped, and
the little JavaScript the report has never uses ``innerHTML``.

Every number shown in a table or finding is a link to the claim's highlighted
phrase in the appendix: ``#claim-<slug>``, where the slug (`claim_anchor`) keeps
only ``[A-Za-z0-9_-]``. For a corpus of more than `SPLIT_THRESHOLD` articles the
appendix moves to one page per article (`write_article_pages`) and links point
to ``articles/<slug>.html#claim-<slug>``; `ClaimLinks` decides which.

`render_html` turns the executed report notebook into one self-contained file
with the ``templates/newscounts`` nbconvert template: the vega bundle (from
``vl_convert``), `REPORT_CSS` and `TABLE_JS` are inlined once in the head, and
nothing is loaded from the network.

    python -m newscounts.report notebooks/04_report.ipynb report/index.html [--title TITLE]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import pandas as pd
from markupsafe import Markup, escape

from .atomic import atomic_write_text
from .paths import TEMPLATES

__all__ = [
    "LEDGER_ROWS",
    "REPORT_CSS",
    "SPLIT_THRESHOLD",
    "TABLE_JS",
    "ClaimLinks",
    "appendix_html",
    "article_html",
    "article_slug",
    "chains_html",
    "chart_html",
    "claim_anchor",
    "contradictions_html",
    "corrections_html",
    "counts_table_html",
    "findings_html",
    "ledger_table_html",
    "methods_html",
    "render_html",
    "title_html",
    "vega_bundle_script",
    "write_article_pages",
]

#: Above this many articles the appendix is one page per article instead of part of index.html.
SPLIT_THRESHOLD = 50
#: Rows of the ledger table shown in index.html; the full ledger is claims.csv.
LEDGER_ROWS = 2000
#: Rows per category in the counts table, and items in the contradiction and chain lists.
COUNTS_ROWS = 200
LIST_ITEMS = 200
#: Claim links listed in one cell before "and n more".
CELL_LINKS = 8

PROVENANCE_LABELS = {"text": "from text", "sources.csv": "from sources.csv", "missing": "missing"}
_PROVENANCE_CLASSES = {"text": "text", "sources.csv": "sources", "missing": "missing"}
METADATA_FIELDS = ("headline", "outlet", "byline", "wire", "dateline", "published", "url")
SHOWN_SPAN_KINDS = ("headline", "body", "caption")

REPORT_CSS = """
:root { --nc-ink: #1d1d1d; --nc-muted: #5c5c5c; --nc-rule: #d9d9d9; --nc-mark: #ffe58a;
        --nc-sentence: #f3f0e6; --nc-target: #d9480f; }
.nc-report, .nc-page { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
        sans-serif; color: var(--nc-ink); line-height: 1.45; }
.nc-page { max-width: 52rem; margin: 1.5rem auto; padding: 0 1rem; }
.nc-report h3, .nc-report h4 { margin: 1.2em 0 0.4em; }
.nc-findings li { margin-bottom: 0.5em; }
.nc-sources { color: var(--nc-muted); font-size: 0.9em; }
.nc-table { border-collapse: collapse; font-size: 0.88em; margin: 0.5em 0 1em; }
.nc-table th, .nc-table td { border-bottom: 1px solid var(--nc-rule); padding: 0.25em 0.5em;
        text-align: left; vertical-align: top; }
.nc-table th { background: #f6f6f6; position: sticky; top: 0; }
.nc-table th button { font: inherit; font-weight: bold; background: none; border: 0; padding: 0;
        cursor: pointer; text-align: left; }
.nc-table th[aria-sort="ascending"] button::after { content: " \\25B2"; }
.nc-table th[aria-sort="descending"] button::after { content: " \\25BC"; }
.nc-table td.nc-num { text-align: right; white-space: nowrap; }
.nc-filter { margin: 0.3em 0; padding: 0.2em 0.4em; width: 20em; max-width: 100%; }
.nc-note { color: var(--nc-muted); font-size: 0.9em; }
.nc-quote { margin: 0.3em 0 0.6em 1em; padding-left: 0.8em; border-left: 3px solid var(--nc-rule); }
.nc-contradiction { margin-bottom: 1.2em; }
.nc-kind { font-variant: small-caps; color: var(--nc-muted); }
.nc-article { border-top: 2px solid var(--nc-rule); margin-top: 2em; padding-top: 0.5em; }
.nc-meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.1em 1em; font-size: 0.88em;
        margin: 0.5em 0 1em; }
.nc-meta dt { color: var(--nc-muted); }
.nc-meta dd { margin: 0; overflow-wrap: anywhere; }
.nc-badge { display: inline-block; font-size: 0.75em; padding: 0 0.4em; border-radius: 0.6em;
        border: 1px solid var(--nc-rule); color: var(--nc-muted); margin-left: 0.4em; }
.nc-prov-missing { border-style: dashed; }
.nc-corrected-badge { border-color: var(--nc-target); color: var(--nc-target); }
.nc-text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0.4em 0; }
.nc-text-headline { font-weight: bold; font-size: 1.1em; }
.nc-text-caption { font-style: italic; color: var(--nc-muted); font-size: 0.9em; border-left: 3px solid
        var(--nc-rule); padding-left: 0.8em; }
.nc-sentence { background: var(--nc-sentence); }
mark.nc-claim { background: var(--nc-mark); color: inherit; padding: 0 0.1em; }
mark.nc-claim:target, mark.nc-claim:has(.nc-anchor:target), li:target {
        outline: 3px solid var(--nc-target); outline-offset: 1px; }
.nc-chart { margin: 0.5em 0 1.5em; }
@media print {
  .nc-filter { display: none; }
  .nc-table th { position: static; }
  .nc-article { break-before: page; }
  a { color: inherit; }
}
""".strip()

#: Sort (click a header) and filter (a search box) for every ``table.nc-sortable``.
#: Without JavaScript the table is a plain, complete table.
TABLE_JS = """
document.addEventListener("DOMContentLoaded", function () {
  function key(cell) {
    var v = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
    var n = parseFloat(v);
    return {n: v !== "" && isFinite(v) ? n : NaN, s: v.toLowerCase()};
  }
  function compare(a, b) {
    if (!isNaN(a.n) && !isNaN(b.n)) return a.n - b.n;
    if (!isNaN(a.n)) return -1;
    if (!isNaN(b.n)) return 1;
    return a.s < b.s ? -1 : a.s > b.s ? 1 : 0;
  }
  document.querySelectorAll("table.nc-sortable").forEach(function (table) {
    var body = table.tBodies[0], head = table.tHead && table.tHead.rows[0];
    if (!body || !head) return;
    var input = document.createElement("input");
    input.type = "search";
    input.className = "nc-filter";
    input.placeholder = "Filter rows";
    input.setAttribute("aria-label", "Filter the rows of this table");
    table.parentNode.insertBefore(input, table);
    input.addEventListener("input", function () {
      var q = input.value.toLowerCase();
      Array.prototype.forEach.call(body.rows, function (row) {
        row.hidden = q !== "" && row.textContent.toLowerCase().indexOf(q) < 0;
      });
    });
    Array.prototype.forEach.call(head.cells, function (th, col) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var up = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(head.cells, function (c) { c.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", up ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var d = compare(key(a.cells[col]), key(b.cells[col]));
          return up ? d : -d;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
});
""".strip()


# --------------------------------------------------------------------------- names and links


def _slug(text: str) -> str:
    """``text`` with only ``[A-Za-z0-9_-]``; a short hash keeps two different texts apart.

    >>> _slug("abc_1-2"), _slug("003_x.txt:96:fighters")
    ('abc_1-2', '003_x-txt-96-fighters-cec6e3c1')
    """
    text = str(text)
    clean = re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-")
    if clean == text and clean:
        return clean
    return f"{clean}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:8]}".lstrip("-")


def claim_anchor(claim_id: str) -> str:
    """The HTML id of a claim's highlighted phrase.

    >>> claim_anchor("003_x.txt:96:fighters")
    'claim-003_x-txt-96-fighters-cec6e3c1'
    >>> claim_anchor('a"><script>:1:x').startswith("claim-a-script-1-x-")
    True
    """
    return f"claim-{_slug(claim_id)}"


def article_slug(article_id: str) -> str:
    """The file name stem of an article's page, and the id of its appendix section.

    >>> article_slug("017_report.txt")
    '017_report-txt-fa37683f'
    """
    return _slug(article_id)


class ClaimLinks:
    """Where a claim's anchor lives: in this page (``#claim-...``) or on its article's page.

    ``split`` is true when the appendix is one page per article; claims whose article
    has no page (``article_ids`` does not name it) stay in the index's appendix.
    ``href`` gives ``None`` for a claim id the ledger does not hold: no link to nowhere.
    """

    def __init__(
        self,
        ledger: pd.DataFrame | None = None,
        split: bool = False,
        article_ids: Iterable[str] | None = None,
    ):
        self.split = split
        self.file_of: dict[str, str] | None = None
        if ledger is not None:
            self.file_of = dict(zip(_column(ledger, "claim_id"), _column(ledger, "file"), strict=True))
        self.article_ids = set(article_ids) if article_ids is not None else None

    @classmethod
    def for_report(
        cls, articles: Sequence, ledger: pd.DataFrame, split_threshold: int = SPLIT_THRESHOLD
    ) -> ClaimLinks:
        """The links for a report on ``articles``: split into pages above ``split_threshold`` articles."""
        return cls(ledger, split=len(articles) > split_threshold, article_ids=[a.id for a in articles])

    def known(self, claim_id: str) -> bool:
        return self.file_of is None or claim_id in self.file_of

    def has_page(self, file: str) -> bool:
        return self.split and (self.article_ids is None or file in self.article_ids)

    def href(self, claim_id: str) -> str | None:
        if not self.known(claim_id):
            return None
        anchor = claim_anchor(claim_id)
        file = (self.file_of or {}).get(claim_id)
        if file is not None and self.has_page(file):
            return f"articles/{article_slug(file)}.html#{anchor}"
        return f"#{anchor}"


def _links(links: ClaimLinks | None, ledger: pd.DataFrame | None = None) -> ClaimLinks:
    return links if links is not None else ClaimLinks(ledger)


def _link(links: ClaimLinks, claim_id: str, text, title: str | None = None) -> Markup:
    href = links.href(str(claim_id))
    if href is None:
        return escape(text)
    if title:
        return Markup('<a href="{}" title="{}">{}</a>').format(href, title, text)
    return Markup('<a href="{}">{}</a>').format(href, text)


# --------------------------------------------------------------------------- values


def _column(frame: pd.DataFrame, name: str) -> list[str]:
    if name not in frame.columns:
        return [""] * len(frame)
    return ["" if _missing(v) else str(v) for v in frame[name]]


def _missing(value) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    try:
        return bool(isinstance(value, float) and math.isnan(value)) or (pd.isna(value) is True)
    except (TypeError, ValueError):
        return False


def _text(value) -> str:
    """A cell as text: missing is "", a date is ISO, a list is comma-separated."""
    if isinstance(value, (list, tuple, set)):
        return ", ".join(_text(v) for v in value)
    if hasattr(value, "tolist") and not isinstance(value, str):  # numpy arrays
        return _text(value.tolist())
    if _missing(value):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _list(value) -> list[str]:
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            try:
                return [str(v) for v in json.loads(text)]
            except ValueError:
                pass
        return [v for v in re.split(r"\s*[;,]\s*", text) if v]
    if isinstance(value, (list, tuple, set)) or hasattr(value, "tolist"):
        return [str(v) for v in (value.tolist() if hasattr(value, "tolist") else value)]
    return [] if _missing(value) else [str(value)]


def _value_label(row: Mapping) -> str:
    from .analysis import value_label

    label = row.get("value_label")
    if label is not None and not _missing(label) and str(label):
        return str(label)
    return value_label(row.get("low"), row.get("high"), row.get("qualifier", ""))


def _sort_number(row: Mapping) -> str:
    for key in ("low", "high"):
        value = row.get(key)
        if not _missing(value):
            return str(int(value))
    return ""


def _records(frame: pd.DataFrame) -> list[dict]:
    return frame.to_dict(orient="records") if frame is not None and len(frame) else []


# --------------------------------------------------------------------------- sections


def title_html(title: str, articles: Sequence, ledger: pd.DataFrame) -> Markup:
    r"""The report's heading and one line on what it covers: articles, outlets, claims, dates.

    >>> from types import SimpleNamespace as NS
    >>> ledger = pd.DataFrame({"outlet": ["A", "B", "B"], "category": ["x", "x", "y"],
    ...                        "statement_date": ["2017-10-15", "", "2017-11-14"], "published": ["", "", ""]})
    >>> print(str(title_html("Deal <1>", [NS(id="a"), NS(id="b")], ledger)).replace("<p", "\n<p"))
    <h1 class="nc-title">Deal &lt;1&gt;</h1>
    <p class="nc-lede">3 claims in 2 categories from 2 articles by 2 outlets,
    said between 2017-10-15 and 2017-11-14.</p>
    """
    outlets = {o for o in _column(ledger, "outlet") if o}
    dates = sorted(d for d in _column(ledger, "statement_date") + _column(ledger, "published") if d)
    span = f", said between {dates[0]} and {dates[-1]}" if dates else ""

    def n(count: int, noun: str, plural: str = "") -> str:
        return f"{count:,} {noun if count == 1 else plural or noun + 's'}"

    categories = len(set(_column(ledger, "category")))
    line = (
        f"{n(len(ledger), 'claim')} in {n(categories, 'category', 'categories')} from "
        f"{n(len(articles), 'article')} by {n(len(outlets), 'outlet')}{span}."
    )
    return Markup('<h1 class="nc-title">{}</h1><p class="nc-lede">{}</p>').format(title, line)


def findings_html(
    findings: Sequence[Mapping], ledger: pd.DataFrame | None = None, links: ClaimLinks | None = None
) -> Markup:
    """The key findings (`analysis.summary_findings`), each figure in the text linked to its claim.

    A figure is linked where the claim's value label appears in the finding's text;
    the claims behind the finding are also listed after it by outlet, the first
    `CELL_LINKS` of them, then how many more there are (all are in the ledger table).
    """
    links = _links(links, ledger)
    by_id = {r["claim_id"]: r for r in _records(ledger)} if ledger is not None else {}
    items = []
    for finding in findings:
        text = str(finding.get("text", ""))
        claim_ids = [str(c) for c in finding.get("claim_ids", []) or []]
        body = _link_figures(text, claim_ids, by_id, links)
        sources = []
        for number, claim_id in enumerate(claim_ids[:CELL_LINKS], start=1):
            row = by_id.get(claim_id, {})
            label = (
                " ".join(
                    filter(
                        None,
                        [_value_label(row) if row else "", f"({row['outlet']})" if row.get("outlet") else ""],
                    )
                )
                or f"claim {number}"
            )
            sources.append(_link(links, claim_id, label, title=claim_id))
        if len(claim_ids) > CELL_LINKS:
            sources.append(Markup("{:,} more").format(len(claim_ids) - CELL_LINKS))
        tail = (
            Markup(' <span class="nc-sources">[{}]</span>').format(Markup(", ").join(sources))
            if sources
            else Markup("")
        )
        items.append(Markup("<li>{}{}</li>").format(body, tail))
    if not items:
        return Markup('<p class="nc-note">No findings: the ledger holds no counts to compare.</p>')
    return Markup('<ol class="nc-findings">{}</ol>').format(Markup("").join(items))


def _link_figures(text: str, claim_ids: Sequence[str], by_id: Mapping, links: ClaimLinks) -> Markup:
    """Escape ``text``, linking the first free occurrence of each claim's value label or phrase."""
    taken: list[tuple[int, int, str]] = []
    for claim_id in claim_ids:
        row = by_id.get(claim_id)
        if not row:
            continue
        for needle in (_value_label(row), str(row.get("phrase", ""))):
            if not needle:
                continue
            start = 0
            while (at := text.find(needle, start)) >= 0:
                end = at + len(needle)
                if all(end <= s or at >= e for s, e, _ in taken):
                    taken.append((at, end, claim_id))
                    break
                start = at + 1
            else:
                continue
            break
    out, pos = [], 0
    for start, end, claim_id in sorted(taken):
        out.append(escape(text[pos:start]))
        out.append(_link(links, claim_id, text[start:end]))
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


LEDGER_TABLE_COLUMNS = [
    ("category", "Category"),
    ("value_label", "Value"),
    ("qualifier", "Qualifier"),
    ("phrase", "Phrase"),
    ("speaker", "Speaker"),
    ("speaker_org", "Organisation"),
    ("outlet", "Outlet"),
    ("published", "Published"),
    ("statement_date", "Said on"),
    ("file", "File"),
]


def ledger_table_html(
    ledger: pd.DataFrame,
    links: ClaimLinks | None = None,
    max_rows: int = LEDGER_ROWS,
    csv_href: str = "claims.csv",
) -> Markup:
    """The ledger as a sortable, filterable table; value and phrase link to the claim in its article.

    Over ``max_rows`` claims only the first ``max_rows`` (in ledger order) are shown,
    with a note pointing to the full ledger at ``csv_href``.
    """
    links = _links(links, ledger)
    rows = _records(ledger)
    head = Markup("").join(
        Markup('<th scope="col">{}</th>').format(title) for _, title in LEDGER_TABLE_COLUMNS
    )
    body = []
    for row in rows[:max_rows]:
        cells = []
        for key, _ in LEDGER_TABLE_COLUMNS:
            if key == "value_label":
                cells.append(
                    Markup('<td class="nc-num" data-sort="{}">{}</td>').format(
                        _sort_number(row), _link(links, row["claim_id"], _value_label(row))
                    )
                )
            elif key == "phrase":
                cells.append(Markup("<td>{}</td>").format(_link(links, row["claim_id"], _text(row.get(key)))))
            else:
                cells.append(Markup("<td>{}</td>").format(_text(row.get(key))))
        body.append(Markup("<tr>{}</tr>").format(Markup("").join(cells)))
    note = Markup("")
    if len(rows) > max_rows:
        note = Markup(
            '<p class="nc-note">Showing the first {:,} of {:,} claims. The full ledger is '
            '<a href="{}">{}</a>.</p>'
        ).format(max_rows, len(rows), csv_href, csv_href)
    elif not rows:
        return Markup('<p class="nc-note">The ledger is empty: no counts were found.</p>')
    return Markup(
        '{}<table class="nc-table nc-sortable nc-ledger"><thead><tr>{}</tr></thead><tbody>{}</tbody></table>'
    ).format(note, head, Markup("\n").join(body))


def counts_table_html(
    ledger: pd.DataFrame, links: ClaimLinks | None = None, max_rows: int = COUNTS_ROWS
) -> Markup:
    """For each category, every value reported: by whom, in which outlet, on which day, with its claims."""
    from .analysis import source_of

    links = _links(links, ledger)
    rows = _records(ledger)
    if not rows:
        return Markup('<p class="nc-note">No counts were found.</p>')
    groups: dict[str, dict[tuple, list[dict]]] = {}
    for row in rows:
        date = _text(row.get("statement_date")) or _text(row.get("published"))
        key = (_value_label(row), source_of(row), _text(row.get("outlet")), date)
        groups.setdefault(_text(row.get("category")), {}).setdefault(key, []).append(row)
    parts = []
    for category in sorted(groups):
        entries = sorted(
            groups[category].items(),
            key=lambda item: (_bound(item[1][0], "low"), _bound(item[1][0], "high"), item[0]),
        )
        lines = []
        for (label, source, outlet, date), claims in entries[:max_rows]:
            claims = sorted(claims, key=lambda r: r["claim_id"])
            first = _link(links, claims[0]["claim_id"], label)
            more = [_link(links, c["claim_id"], str(i)) for i, c in enumerate(claims[1:CELL_LINKS], start=2)]
            extra = (
                Markup(' <span class="nc-note">(claims {})</span>').format(Markup(" ").join(more))
                if more
                else Markup("")
            )
            if len(claims) > CELL_LINKS:
                extra += Markup(' <span class="nc-note">and {:,} more</span>').format(
                    len(claims) - CELL_LINKS
                )
            lines.append(
                Markup(
                    '<tr><td class="nc-num" data-sort="{}">{}{}</td><td>{}</td><td>{}</td>'
                    '<td>{}</td><td class="nc-num">{}</td></tr>'
                ).format(_sort_number(claims[0]), first, extra, source, outlet, date, len(claims))
            )
        note = Markup("")
        if len(entries) > max_rows:
            note = Markup(
                '<p class="nc-note">Showing {:,} of {:,} distinct reports of this count; '
                "the ledger table and claims.csv have them all.</p>"
            ).format(max_rows, len(entries))
        parts.append(
            Markup(
                '<h4>{}</h4>{}<table class="nc-table nc-sortable nc-counts"><thead><tr>'
                '<th scope="col">Value</th><th scope="col">Source</th><th scope="col">Outlet</th>'
                '<th scope="col">Date</th><th scope="col">Claims</th></tr></thead>'
                "<tbody>{}</tbody></table>"
            ).format(category, note, Markup("\n").join(lines))
        )
    return Markup("").join(parts)


def _bound(row: Mapping, key: str) -> float:
    value = row.get(key)
    return -1.0 if _missing(value) else float(value)


KIND_WORDS = {
    "headline_overreach": "headline not supported by its article",
    "denial": "denial against a positive report",
    "self_contradiction": "a source contradicting itself",
    "sources_disagree": "sources disagree",
}


def contradictions_html(
    df: pd.DataFrame, links: ClaimLinks | None = None, max_items: int = LIST_ITEMS
) -> Markup:
    """Each contradiction (`analysis.contradictions`) with both sentences quoted and linked."""
    links = _links(links)
    rows = _records(df)
    if not rows:
        return Markup('<p class="nc-note">No contradictions: every pair of claims could both be true.</p>')
    items = []
    for row in rows[:max_items]:
        sides = []
        for side in ("a", "b"):
            claim_id = _text(row.get(f"claim_{side}"))
            if not claim_id:
                continue
            who = " · ".join(
                filter(
                    None,
                    [
                        _text(row.get(f"source_{side}")),
                        _text(row.get(f"file_{side}")),
                        _text(row.get(f"date_{side}")),
                    ],
                )
            )
            sides.append(
                Markup(
                    '<blockquote class="nc-quote"><p><strong>{}</strong> <span class="nc-note">{}'
                    "</span></p><p>“{}”</p></blockquote>"
                ).format(
                    _link(links, claim_id, _text(row.get(f"value_{side}")) or claim_id),
                    who,
                    _text(row.get(f"sentence_{side}")),
                )
            )
        kind = _text(row.get("kind"))
        items.append(
            Markup(
                '<li class="nc-contradiction"><p><span class="nc-kind">{}</span> · {}: {}</p>{}</li>'
            ).format(
                KIND_WORDS.get(kind, kind),
                _text(row.get("category")),
                _text(row.get("explanation")),
                Markup("").join(sides),
            )
        )
    note = Markup("")
    if len(rows) > max_items:
        note = Markup('<p class="nc-note">Showing {:,} of {:,} contradictions.</p>').format(
            max_items, len(rows)
        )
    return Markup('{}<ol class="nc-contradictions">{}</ol>').format(note, Markup("\n").join(items))


def chains_html(df: pd.DataFrame, links: ClaimLinks | None = None, max_items: int = LIST_ITEMS) -> Markup:
    """Citation chains (`analysis.citation_chains`): one figure, who said it first, who carried it."""
    links = _links(links)
    rows = _records(df)
    if not rows:
        return Markup('<p class="nc-note">No figure was reported more than once.</p>')
    lines = []
    for row in rows[:max_items]:
        claim_ids = _list(row.get("claim_ids"))
        first = _text(row.get("first_claim_id")) or (claim_ids[0] if claim_ids else "")
        label = _text(row.get("value_label"))
        others = [c for c in claim_ids if c != first]
        more = [_link(links, c, str(i)) for i, c in enumerate(others[:CELL_LINKS], start=2)]
        extra = Markup(" ").join(more)
        if len(others) > CELL_LINKS:
            extra += Markup(' <span class="nc-note">and {:,} more</span>').format(len(others) - CELL_LINKS)
        first_said = " · ".join(
            filter(
                None,
                [
                    _text(row.get("first_source")),
                    _text(row.get("first_outlet")),
                    _text(row.get("first_date")),
                ],
            )
        )
        lines.append(
            Markup(
                '<tr><td>{}</td><td class="nc-num" data-sort="{}">{}</td><td>{}</td><td>{}</td><td>{}</td>'
                '<td class="nc-num">{}</td><td class="nc-num">{}</td><td>{}</td></tr>'
            ).format(
                _text(row.get("category")),
                _text(row.get("low")),
                _link(links, first, label or first),
                first_said,
                _text(_list(row.get("wires"))),
                _text(_list(row.get("outlets"))),
                _text(row.get("n_claims")),
                _text(row.get("independent_sources")),
                extra,
            )
        )
    note = Markup("")
    if len(rows) > max_items:
        note = Markup('<p class="nc-note">Showing {:,} of {:,} chains.</p>').format(max_items, len(rows))
    return Markup(
        '{}<table class="nc-table nc-sortable nc-chains"><thead><tr><th scope="col">Category</th>'
        '<th scope="col">Value (first claim)</th><th scope="col">First said by</th>'
        '<th scope="col">Wires</th><th scope="col">Outlets</th><th scope="col">Claims</th>'
        '<th scope="col">Independent sources</th><th scope="col">Other claims</th></tr></thead>'
        "<tbody>{}</tbody></table>"
    ).format(note, Markup("\n").join(lines))


def corrections_html(corrections_df: pd.DataFrame | None, links: ClaimLinks | None = None) -> Markup:
    """Analyst corrections from the reviewed ``corrections.csv``, shown as manual corrections.

    Takes the corrections (or `ledger.apply_corrections`' log, which adds ``status``).
    A rejected claim is no longer in the ledger, so its id is shown without a link.
    """
    links = _links(links)
    rows = _records(corrections_df) if corrections_df is not None else []
    if not rows:
        return Markup(
            '<p class="nc-note">No manual corrections: every figure is as the extractor read it.</p>'
        )
    has_status = "status" in corrections_df.columns
    lines = []
    for row in rows:
        claim_id = _text(row.get("claim_id"))
        field = _text(row.get("field"))
        change = (
            Markup("rejected as not a count")
            if field == "reject"
            else Markup("<del>{}</del> → <ins>{}</ins>").format(_text(row.get("old")), _text(row.get("new")))
        )
        status = Markup("<td>{}</td>").format(_text(row.get("status"))) if has_status else Markup("")
        lines.append(
            Markup("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>{}</tr>").format(
                _link(links, claim_id, claim_id),
                field,
                change,
                _text(row.get("reason")),
                _text(row.get("reviewer")),
                status,
            )
        )
    status_head = Markup('<th scope="col">Status</th>') if has_status else Markup("")
    return Markup(
        "<p>These changes were made by hand, after review, in <code>corrections.csv</code>; "
        "the extractor's own reading is the struck-out value.</p>"
        '<table class="nc-table nc-corrections"><thead><tr><th scope="col">Claim</th>'
        '<th scope="col">Field</th><th scope="col">Change</th><th scope="col">Reason</th>'
        '<th scope="col">Reviewer</th>{}</tr></thead><tbody>{}</tbody></table>'
    ).format(status_head, Markup("\n").join(lines))


def methods_html(
    n_articles: int | None = None,
    n_claims: int | None = None,
    problems: Sequence[str] = (),
    categories: Sequence[str] = (),
) -> Markup:
    """How the figures were found, what the hedges mean, and what the method cannot see."""
    from .analysis import ABOUT_TOLERANCE

    counts = []
    if n_articles is not None:
        counts.append(f"{n_articles:,} articles")
    if n_claims is not None:
        counts.append(f"{n_claims:,} reported counts")
    scope = Markup("<p>This report covers {}.</p>").format(" and ".join(counts)) if counts else Markup("")
    cats = (
        Markup("<p>Categories counted: {}.</p>").format(", ".join(categories)) if categories else Markup("")
    )
    skipped = Markup("")
    if problems:
        skipped = Markup("<p>Files that could not be read and are left out:</p><ul>{}</ul>").format(
            Markup("").join(Markup("<li>{}</li>").format(p) for p in problems)
        )
    tolerance = f"{ABOUT_TOLERANCE:.0%}"
    return (
        Markup("""{}{}
<h4>How the counts were found</h4>
<p>Each article is read exactly as it was saved. Page furniture (menus, share buttons, newsletter
prompts) is set aside as boilerplate; headline, body and captions are kept. Every number written
in figures or words is found with named patterns, and a number becomes a claim when the words
around it name one of the categories being counted. Each claim keeps the phrase and the sentence it
came from, so every figure in this report links to its place in the article text (see the
appendix), where it is highlighted.</p>
<p>The speaker and their organisation are read from the reporting verb of the sentence ("said",
"told") or of a nearby sentence; the statement date is read from words such as "on Sunday" relative
to the publication day, and falls back to the publication day when the text gives none (shown
hollow in the timeline).</p>
<h4>How hedges are read</h4>
<ul>
<li>An exact figure ("120") allows only itself; "about 3,000" allows {} either side.</li>
<li>"Between 200 and 300" and "200-300" allow the range; "hundreds" and "dozens" are read as the
range they name.</li>
<li>"More than" and "at least" are open upwards; "less than", "up to" and "no more than" are
capped. Charts draw these as a line running to the edge of the axis or to zero.</li>
<li>Two claims contradict each other only when no single true figure could satisfy both.</li>
</ul>
<h4>Limitations</h4>
<ul>
<li>The extractor reads patterns, not meaning: it can miss a count written in an unusual way, and
can take a number for a count of people when it is not. Every figure here links to its sentence so
that a reader can check it.</li>
<li>A source is who is quoted, not who first counted: an organisation repeating another's figure
is credited as the speaker. Citation chains group repeats of one figure, but cannot see copying
that the text does not admit.</li>
<li>Statement dates read from relative words ("last week") are approximate. A date in the text
that is the event's ("the convoy left on 12 October") is not taken as the day a statement was made.</li>
<li>Measured on 188 crowd-annotated articles about the Syrian war (the FA-KES development split),
the first civilian death toll the kit reads agreed with the annotators' figure in about four articles
out of five, and one of its civilian tolls did in nine out of ten; articles annotated with no civilian
deaths still got a civilian claim in about one out of nine, mostly tolls that name no side (counted as
civilians, as casualty monitors count them, where the annotators did not).</li>
<li>Manual corrections, when there are any, are listed in their own section; nothing else was
changed by hand.</li>
</ul>""").format(scope, cats, tolerance)
        + skipped
    )


# --------------------------------------------------------------------------- charts


def chart_html(chart, chart_id: str) -> Markup:
    """An altair chart as a div and its spec, drawn as SVG by the inlined vega-embed.

    The spec's data is inline (altair names datasets by a hash of their content),
    keys are sorted, and ``<``, ``>``, ``&`` are escaped as ``\\u003c`` etc. so the
    spec can never close its script element. ``chart_id`` must be unique in the page.
    """
    import altair as alt

    chart_id = _slug(chart_id)
    with alt.data_transformers.enable("default"):
        spec = chart.to_dict()
    _refuse_urls(spec)
    text = json.dumps(spec, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    text = (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
    return Markup(
        '<div id="vis-{id}" class="nc-chart"></div>'
        '<script type="application/json" id="spec-{id}">{spec}</script>'
        "<script>vegaEmbed('#vis-{id}', JSON.parse(document.getElementById('spec-{id}').textContent), "
        "{{renderer: 'svg', actions: false, mode: 'vega-lite'}})"
        ".catch(function (error) {{ console.error(error); }});"
        "</script>"
    ).format(id=Markup(chart_id), spec=Markup(text))


def _refuse_urls(spec) -> None:
    """Raise if a chart's data would be fetched: the report must work offline and show what it saved."""
    if isinstance(spec, dict):
        if "url" in spec and isinstance(spec.get("url"), str):
            raise ValueError(f"chart data must be inline, not loaded from {spec['url']!r}")
        for value in spec.values():
            _refuse_urls(value)
    elif isinstance(spec, list):
        for value in spec:
            _refuse_urls(value)


def vega_bundle() -> str:
    """vega, vega-lite and vega-embed as one classic script (from vl-convert), checked safe to inline.

    Building the bundle takes vl-convert over 2 s, so it is kept in the environment's
    ``share/newscounts`` folder, one file per vl-convert version (the bundle depends
    on nothing else), and rebuilt when missing.
    """
    import sys

    import vl_convert

    cache = Path(sys.prefix) / "share" / "newscounts" / f"vega-bundle-{vl_convert.__version__}.js"
    try:
        bundle = cache.read_text(encoding="utf-8")
    except OSError:
        bundle = vl_convert.javascript_bundle()
        try:
            atomic_write_text(cache, bundle)
        except OSError:
            pass  # a read-only environment: build it every time
    if re.search(r"</script|<!--", bundle, flags=re.IGNORECASE):
        raise ValueError("the vega bundle contains '</script' or '<!--' and cannot be inlined")
    return bundle


def vega_bundle_script() -> Markup:
    """The vega bundle in a script element; a page needs it once, before any `chart_html`."""
    return Markup("<script>{}</script>").format(Markup(vega_bundle()))


# --------------------------------------------------------------------------- the appendix


def _claims_by_file(ledger: pd.DataFrame, corrections: pd.DataFrame | None = None) -> dict[str, list[dict]]:
    notes: dict[str, list[str]] = {}
    for row in _records(corrections) if corrections is not None else []:
        if row.get("status", "applied") == "applied" and row.get("field") != "reject":
            notes.setdefault(str(row["claim_id"]), []).append(
                f"{row['field']} corrected from {_text(row.get('old'))!r} to {_text(row.get('new'))!r}"
            )
    by_file: dict[str, list[dict]] = {}
    for row in _records(ledger):
        row = dict(row)
        row["label"] = _value_label(row)
        fields = _text(row.get("corrected"))
        row["notes"] = notes.get(row["claim_id"]) or (
            [f"{f} corrected by hand" for f in fields.split(";")] if fields else []
        )
        by_file.setdefault(_text(row.get("file")), []).append(row)
    return by_file


def _int(value) -> int | None:
    return None if _missing(value) else int(value)


def _located(claim: dict, text: str) -> bool:
    start, end = _int(claim.get("start")), _int(claim.get("end"))
    if start is None or end is None or not 0 <= start < end <= len(text):
        return False
    phrase = _text(claim.get("phrase"))
    return not phrase or text[start:end] == phrase


def _merge(intervals: list[list]) -> list[list]:
    """Merge overlapping ``[start, end, items]`` intervals (touching ones stay apart)."""
    merged: list[list] = []
    for start, end, items in sorted(intervals, key=lambda i: (i[0], i[1])):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2].extend(items)
        else:
            merged.append([start, end, list(items)])
    return merged


def _mark(text: str, claims: list[dict], corrected: bool) -> Markup:
    claims = sorted(claims, key=lambda c: c["claim_id"])
    title = "; ".join(f"{_text(c.get('category'))}: {c['label']}" for c in claims)
    notes = [n for c in claims for n in c["notes"]]
    if notes:
        title += " (" + "; ".join(notes) + ")"
    anchors = Markup("").join(
        Markup('<span class="nc-anchor" id="{}"></span>').format(claim_anchor(c["claim_id"]))
        for c in claims[1:]
    )
    badge = Markup('<span class="nc-badge nc-corrected-badge">corrected</span>') if corrected else Markup("")
    return Markup('<mark class="nc-claim" id="{}" title="{}">{}{}</mark>{}').format(
        claim_anchor(claims[0]["claim_id"]), title, anchors, text, badge
    )


def _highlight(text: str, span_start: int, span_end: int, claims: list[dict]) -> Markup:
    """Escape ``text[span_start:span_end]`` with each claim's phrase marked inside its sentence.

    Overlapping phrases share one mark (every claim keeps its own anchor); sentences
    that overlap are merged, so the markup always nests.
    """
    groups = _merge([[c["start"], c["end"], [c]] for c in claims])
    sentences = []
    for claim in claims:
        s_start, s_end = _int(claim.get("sentence_start")), _int(claim.get("sentence_end"))
        s_start = claim["start"] if s_start is None else min(max(s_start, span_start), claim["start"])
        s_end = claim["end"] if s_end is None else max(min(s_end, span_end), claim["end"])
        sentences.append([s_start, s_end, []])
    for group in groups:
        sentences.append([group[0], group[1], [group]])
    sentences = _merge(sentences)
    out, pos = [], span_start
    for s_start, s_end, inner in sentences:
        out.append(escape(text[pos:s_start]))
        parts, at = [], s_start
        for g_start, g_end, group_claims in sorted(inner, key=lambda g: g[0]):
            parts.append(escape(text[at:g_start]))
            parts.append(_mark(text[g_start:g_end], group_claims, any(c["notes"] for c in group_claims)))
            at = g_end
        parts.append(escape(text[at:s_end]))
        out.append(Markup('<span class="nc-sentence">{}</span>').format(Markup("").join(parts)))
        pos = s_end
    out.append(escape(text[pos:span_end]))
    return Markup("").join(out)


def _metadata(article) -> Markup:
    rows = []
    for name in METADATA_FIELDS:
        field = getattr(article, name, None)
        if field is None:
            continue
        provenance = _text(getattr(field, "provenance", "")) or "missing"
        value = _text(getattr(field, "value", None))
        badge = Markup('<span class="nc-badge nc-prov-{}">{}</span>').format(
            _PROVENANCE_CLASSES.get(provenance, "other"), PROVENANCE_LABELS.get(provenance, provenance)
        )
        # A URL is shown as text, never as a link: the report must not send readers' browsers anywhere.
        shown = Markup("<code>{}</code>").format(value) if name == "url" and value else escape(value or "—")
        rows.append(Markup("<dt>{}</dt><dd>{}{}</dd>").format(name, shown, badge))
    return Markup('<dl class="nc-meta">{}</dl>').format(Markup("").join(rows))


def article_html(article, claims: list[dict], heading_level: int = 3) -> Markup:
    """One article: headline, metadata with provenance, its text with every claim highlighted in place.

    Headline and body are shown, captions set apart, boilerplate left out. A claim
    whose phrase is not in the shown text is listed after it, so its anchor exists.
    """
    text = article.text
    shown = [s for s in article.spans if s.kind in SHOWN_SPAN_KINDS]
    placed: set[str] = set()
    blocks = []
    for span in shown:
        inside = [
            dict(c, start=_int(c["start"]), end=_int(c["end"]))
            for c in claims
            if c["claim_id"] not in placed
            and _located(c, text)
            and span.start <= _int(c["start"])
            and _int(c["end"]) <= span.end
        ]
        placed.update(c["claim_id"] for c in inside)
        blocks.append(
            Markup('<div class="nc-text nc-text-{}">{}</div>').format(
                _slug(span.kind), _highlight(text, span.start, span.end, inside)
            )
        )
    missing = [c for c in claims if c["claim_id"] not in placed]
    rest = Markup("")
    if missing:
        rest = Markup(
            '<p class="nc-note">Claims whose words are not in the text shown above:</p><ul>{}</ul>'
        ).format(
            Markup("").join(
                Markup('<li id="{}">{}: {} — “{}”</li>').format(
                    claim_anchor(c["claim_id"]),
                    _text(c.get("category")),
                    c["label"],
                    _text(c.get("sentence")),
                )
                for c in sorted(missing, key=lambda c: c["claim_id"])
            )
        )
    headline = _text(getattr(getattr(article, "headline", None), "value", None)) or "(no headline)"
    tag = f"h{int(heading_level)}"
    return Markup(
        '<section class="nc-article" id="article-{slug}"><{tag}>{headline}</{tag}>'
        '<p class="nc-note">{file} · {n} claim(s)</p>{meta}{blocks}{rest}</section>'
    ).format(
        slug=Markup(article_slug(article.id)),
        tag=Markup(tag),
        headline=headline,
        file=article.id,
        n=len(claims),
        meta=_metadata(article),
        blocks=Markup("\n").join(blocks),
        rest=rest,
    )


def _orphans(by_file: Mapping[str, list[dict]], shown_ids: set[str]) -> Markup:
    orphans = [c for file, claims in sorted(by_file.items()) if file not in shown_ids for c in claims]
    if not orphans:
        return Markup("")
    return Markup(
        '<section class="nc-article"><h3>Claims from files not shown</h3><ul>{}</ul></section>'
    ).format(
        Markup("").join(
            Markup('<li id="{}">{} · {}: {} — “{}”</li>').format(
                claim_anchor(c["claim_id"]),
                _text(c.get("file")),
                _text(c.get("category")),
                c["label"],
                _text(c.get("sentence")),
            )
            for c in orphans
        )
    )


def appendix_html(
    articles: Sequence,
    ledger: pd.DataFrame,
    corrections: pd.DataFrame | None = None,
    links: ClaimLinks | None = None,
) -> Markup:
    """Every article with its claims highlighted, or (split) a table of links to the article pages.

    Every claim in the ledger gets its anchor: in its article, in a list after the
    article when its words are not in the shown text, or in a last list when its
    file is not among ``articles``.
    """
    links = _links(links, ledger)
    by_file = _claims_by_file(ledger, corrections)
    ids = {a.id for a in articles}
    if links.split:
        rows = []
        for article in sorted(articles, key=lambda a: a.id):
            claims = by_file.get(article.id, [])
            headline = _text(getattr(article.headline, "value", None)) or "(no headline)"
            rows.append(
                Markup(
                    '<tr><td><a href="articles/{}.html">{}</a></td><td>{}</td><td>{}</td><td>{}</td>'
                    '<td class="nc-num">{}</td></tr>'
                ).format(
                    article_slug(article.id),
                    article.id,
                    headline,
                    _text(getattr(article.outlet, "value", None)),
                    _text(getattr(article.published, "value", None)),
                    len(claims),
                )
            )
        table = Markup(
            "<p>Each article has its own page, with its claims highlighted in the text.</p>"
            '<table class="nc-table nc-sortable nc-articles"><thead><tr><th scope="col">File</th>'
            '<th scope="col">Headline</th><th scope="col">Outlet</th><th scope="col">Published</th>'
            '<th scope="col">Claims</th></tr></thead><tbody>{}</tbody></table>'
        ).format(Markup("\n").join(rows))
        return table + _orphans(by_file, ids)
    parts = [article_html(a, by_file.get(a.id, [])) for a in sorted(articles, key=lambda a: a.id)]
    return Markup("\n").join(parts) + _orphans(by_file, ids)


def _page(title: str, body: Markup) -> str:
    return str(
        Markup(
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n<main class="nc-page">\n'
            '<p><a href="../index.html">← Back to the report</a></p>\n{}\n</main>\n</body>\n</html>\n'
        ).format(title, Markup(REPORT_CSS), body)
    )


def write_article_pages(
    articles: Sequence,
    ledger: pd.DataFrame,
    out_folder: str | os.PathLike,
    corrections: pd.DataFrame | None = None,
) -> list[Path]:
    """Write ``out_folder/articles/<slug>.html`` per article (self-contained, escaped); return the paths."""
    by_file = _claims_by_file(ledger, corrections)
    folder = Path(out_folder) / "articles"
    paths = []
    for article in sorted(articles, key=lambda a: a.id):
        headline = _text(getattr(article.headline, "value", None)) or article.id
        path = folder / f"{article_slug(article.id)}.html"
        atomic_write_text(path, _page(headline, article_html(article, by_file.get(article.id, []), 1)))
        paths.append(path)
    return paths


# --------------------------------------------------------------------------- the page


def render_html(
    notebook_path: str | os.PathLike,
    out_html: str | os.PathLike,
    title: str | None = None,
    template_dir: str | os.PathLike = TEMPLATES,
) -> Path:
    """Convert the executed report notebook to one self-contained HTML file, written atomically.

    Uses the ``newscounts`` nbconvert template (inputs and prompts hidden); the vega
    bundle, `REPORT_CSS` and `TABLE_JS` go into the head once. The page title is
    ``title``, else the notebook's ``metadata.title``, else its file name.
    """
    import nbformat
    from nbconvert import HTMLExporter

    notebook = nbformat.read(os.fspath(notebook_path), as_version=4)
    if title:
        notebook.metadata["title"] = title
    from nbconvert.preprocessors import TagRemovePreprocessor

    exporter = HTMLExporter(
        template_name="newscounts",
        extra_template_basedirs=[os.fspath(template_dir)],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    # cells tagged notebook-only (the notebook's own preface) are for notebook readers, not the report
    exporter.register_preprocessor(
        TagRemovePreprocessor(remove_cell_tags={"notebook-only"}, enabled=True), enabled=True
    )
    resources = {
        "metadata": {"name": Path(notebook_path).stem},
        "newscounts": {"vega_bundle": vega_bundle(), "css": REPORT_CSS, "js": TABLE_JS},
    }
    body, _ = exporter.from_notebook_node(notebook, resources=resources)
    if not body.endswith("\n"):
        body += "\n"
    atomic_write_text(out_html, body)
    return Path(out_html)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m newscounts.report",
        description="Render the executed report notebook as one self-contained HTML file.",
    )
    parser.add_argument("notebook")
    parser.add_argument("out_html")
    parser.add_argument("--title", default=None)
    args = parser.parse_args(argv)
    render_html(args.notebook, args.out_html, title=args.title)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
