"""The report's HTML: hostile article text stays text, every claim link lands, the page is self-contained."""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).parent / "browser"))

import fake_corpus as fc  # noqa: E402

from newscounts import analysis, charts, report  # noqa: E402


class Page(HTMLParser):
    """Ids, hrefs, text and every tag and attribute of an HTML fragment."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str]] = []
        self.text: list[str] = []
        self.feed(str(html))

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            self.attrs.append((name, value or ""))
            if name == "id":
                self.ids.append(value)
            if name == "href":
                self.hrefs.append(value)

    def handle_data(self, data):
        self.text.append(data)


def hostile_corpus():
    """One article whose every field carries markup, and claims whose text fields do too."""
    body = f"The group {fc.HOSTILE} said 275 fighters left. About 3,000 civilians <b>left</b> too."
    art = fc.article(
        '00<x>_"evil".txt',
        f"Headline {fc.HOSTILE}",
        body,
        caption=f"Caption {fc.HOSTILE}",
        outlet=f"Outlet {fc.HOSTILE}",
    )
    art = fc.Article(
        id=art.id,
        text=art.text,
        spans=art.spans,
        headline=art.headline,
        outlet=art.outlet,
        byline=fc.Field(f"By {fc.HOSTILE}", "text"),
        published=art.published,
        url=fc.Field('javascript:alert(1)"><script>x</script>', "sources.csv"),
    )
    rows = [
        fc.claim(
            art,
            "275",
            "fighters",
            275,
            275,
            "exact",
            speaker_org=f"Org {fc.HOSTILE}",
            speaker=f"Speaker {fc.HOSTILE}",
        ),
        fc.claim(art, "About 3,000", "civil<i>ians</i>", 3000, 3000, "about", speaker_org=""),
    ]
    ledger = fc.ledger(rows)
    ledger.loc[0, "phrase"] = "275"
    return [art], ledger


def all_sections(articles, ledger, links=None):
    links = links or report.ClaimLinks.for_report(articles, ledger)
    corrections = pd.DataFrame(
        [[ledger.loc[0, "claim_id"], "speaker", fc.HOSTILE, "x", fc.HOSTILE, fc.HOSTILE, "applied"]],
        columns=["claim_id", "field", "old", "new", "reason", "reviewer", "status"],
    )
    return {
        "findings": report.findings_html(
            analysis.summary_findings(ledger, articles)
            + [{"text": f"Finding {fc.HOSTILE} 275", "claim_ids": list(ledger.claim_id)}],
            ledger,
            links,
        ),
        "ledger": report.ledger_table_html(ledger, links),
        "counts": report.counts_table_html(ledger, links),
        "contradictions": report.contradictions_html(analysis.contradictions(ledger), links),
        "chains": report.chains_html(analysis.citation_chains(ledger, articles), links),
        "corrections": report.corrections_html(corrections, links),
        "methods": report.methods_html(
            len(articles), len(ledger), problems=[f"bad.txt: {fc.HOSTILE}"], categories=[f"cat {fc.HOSTILE}"]
        ),
        "appendix": report.appendix_html(articles, ledger, corrections, links),
    }


@pytest.mark.parametrize(
    "section",
    ["findings", "ledger", "counts", "contradictions", "chains", "corrections", "methods", "appendix"],
)
def test_hostile_text_stays_text(section):
    articles, ledger = hostile_corpus()
    html = str(all_sections(articles, ledger)[section])
    page = Page(html)
    assert (
        "script" not in page.tags and "img" not in page.tags and "b" not in page.tags and "i" not in page.tags
    )
    assert not [a for a in page.attrs if a[0].startswith("on")]
    assert not [
        v for n, v in page.attrs if n == "href" and not v.startswith(("#", "articles/", "claims.csv"))
    ]
    assert "<script" not in html and "<img" not in html


def test_hostile_text_is_shown_verbatim_in_the_appendix():
    articles, ledger = hostile_corpus()
    page = Page(report.appendix_html(articles, ledger))
    text = "".join(page.text)
    assert '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">' in text
    assert "About 3,000 civilians <b>left</b> too." in text


def test_every_claim_link_lands_on_an_anchor():
    articles, ledger = fc.sample()
    html = "".join(str(s) for s in all_sections(articles, ledger).values())
    page = Page(html)
    assert len(page.ids) == len(set(page.ids)), "duplicate ids"
    local = [h[1:] for h in page.hrefs if h.startswith("#")]
    assert local and set(local) <= set(page.ids)
    for claim_id in ledger["claim_id"]:
        assert report.claim_anchor(claim_id) in page.ids


def test_two_claims_on_one_phrase_both_have_anchors_and_one_mark():
    articles, ledger = fc.sample()
    html = str(report.appendix_html(articles, ledger))
    both = [report.claim_anchor(c) for c in ledger["claim_id"] if c.startswith("002_b.txt:41:")]
    assert len(both) == 2 and all(f'id="{a}"' in html for a in both)
    assert html.count(">More than 4,000</mark>") == 1


def test_overlapping_phrases_nest_and_keep_every_anchor():
    art = fc.article("x.txt", "H", "They said between 200 and 300 fighters left.")
    rows = [
        fc.claim(art, "between 200 and 300", "fighters", 200, 300, "range"),
        fc.claim(art, "300 fighters", "foreign", 300, 300, "exact"),
    ]
    html = str(report.appendix_html([art], fc.ledger(rows)))
    page = Page(html)
    assert all(report.claim_anchor(r["claim_id"]) in page.ids for r in rows)
    assert "".join(page.text).count("between 200 and 300 fighters left.") == 1
    assert html.count("<mark") == 1


def test_claim_outside_the_shown_text_still_gets_its_anchor():
    art = fc.article("x.txt", "H", "Body with 5 people.", boilerplate="Subscribe: 7 people liked this")
    rows = [fc.claim(art, "7", "people", 7, 7), fc.claim(art, "5", "people", 5, 5)]
    orphan = dict(rows[0], file="gone.txt", claim_id="gone.txt:1:people")
    ledger = fc.ledger(rows + [orphan])
    html = str(report.appendix_html([art], ledger))
    assert {report.claim_anchor(c) for c in ledger["claim_id"]} <= set(Page(html).ids)
    assert "nc-text-boilerplate" not in html
    assert html.count("Subscribe") == 2  # only in the two quoted sentences of the claims listed apart


def test_split_report_links_to_article_pages_that_hold_the_anchors(tmp_path):
    articles, ledger = fc.sample()
    links = report.ClaimLinks.for_report(articles, ledger, split_threshold=1)
    index = "".join(str(s) for s in all_sections(articles, ledger, links).values())
    paths = report.write_article_pages(articles, ledger, tmp_path)
    assert sorted(p.name for p in paths) == sorted(f"{report.article_slug(a.id)}.html" for a in articles)
    page_ids = {p.name: set(Page(p.read_text(encoding="utf-8")).ids) for p in paths}
    hrefs = [h for h in Page(index).hrefs if h.startswith("articles/")]
    assert hrefs
    for href in hrefs:
        name, _, anchor = href[len("articles/") :].partition("#")
        assert name in page_ids and (not anchor or anchor in page_ids[name])
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert "<style>" in text and not re.search(r"(src|href)=\"https?:", text)


@pytest.mark.slow
def test_big_corpus_index_stays_under_10_mb():
    articles, ledger = fc.big(10_000, 5)
    links = report.ClaimLinks.for_report(articles, ledger)
    assert links.split
    parts = [
        report.findings_html(analysis.summary_findings(ledger), ledger, links),
        report.ledger_table_html(ledger, links),
        report.counts_table_html(ledger, links),
        report.appendix_html(articles, ledger, links=links),
        report.chart_html(charts.range_chart(ledger), "ranges"),
        report.chart_html(charts.timeline_chart(ledger), "timeline"),
        report.chart_html(charts.matrix_chart(ledger), "matrix"),
    ]
    size = sum(len(str(p).encode("utf-8")) for p in parts)
    assert size < 10_000_000
    assert "Showing the first 2,000 of 50,000 claims" in str(parts[1])


def test_chart_html_is_safe_and_deterministic():
    articles, ledger = fc.sample()
    ledger.loc[0, "sentence"] = "</script><script>window.__pwned=3</script> & more"
    one = str(report.chart_html(charts.range_chart(ledger), "ranges"))
    two = str(report.chart_html(charts.range_chart(ledger), "ranges"))
    assert one == two
    assert one.count("</script>") == 2 and "\\u003c/script\\u003e" in one
    assert 'id="vis-ranges" class="nc-chart"' in one and "altair-viz" not in one
    spec = re.search(r'<script type="application/json" id="spec-ranges">(.*?)</script>', one).group(1)
    assert '"url"' not in spec and "renderer: 'svg'" in one


def notebook_with(html_outputs: list[str], path: Path) -> Path:
    nb = nbformat.v4.new_notebook()
    nb.metadata["title"] = "Raqqa <counts>"
    nb.cells.append(nbformat.v4.new_markdown_cell("# Findings\n\nSee the table."))
    for i, html in enumerate(html_outputs):
        cell = nbformat.v4.new_code_cell(f"display(HTML(x{i}))")
        cell.id = f"cell-{i}"
        cell.outputs = [
            nbformat.v4.new_output("display_data", data={"text/html": html, "text/plain": "<HTML>"})
        ]
        nb.cells.append(cell)
    for i, cell in enumerate(nb.cells):
        cell.id = f"c{i}"
    nbformat.write(nb, str(path))
    return path


def test_render_html_is_self_contained_inlines_the_bundle_once_and_is_deterministic(tmp_path):
    articles, ledger = fc.sample()
    sections = all_sections(articles, ledger)
    outputs = [str(s) for s in sections.values()] + [
        str(report.chart_html(charts.range_chart(ledger), "ranges"))
    ]
    notebook = notebook_with(outputs, tmp_path / "04_report.ipynb")
    first = report.render_html(notebook, tmp_path / "a" / "index.html").read_bytes()
    second = report.render_html(notebook, tmp_path / "b" / "index.html").read_bytes()
    assert first == second
    html = first.decode("utf-8")
    assert html.count("window.vegaEmbed=") == 1
    assert html.count(report.TABLE_JS.splitlines()[0]) == 1 and html.count(".nc-sentence {") == 1
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, flags=re.IGNORECASE)
    assert not re.search(r"""url\(\s*["']?\s*(?:https?:)?//|@import""", html, flags=re.IGNORECASE)
    assert "mathjax" not in html.lower() and "require.min.js" not in html and "cdnjs" not in html
    assert "<title>Raqqa &lt;counts&gt;</title>" in html
    assert "display(HTML" not in html  # inputs hidden
    page = Page(html)
    assert "img" not in page.tags
    local = [h[1:] for h in page.hrefs if h.startswith("#")]
    assert local and set(local) <= set(page.ids)


def test_render_html_title_parameter_wins(tmp_path):
    notebook = notebook_with(["<p>x</p>"], tmp_path / "n.ipynb")
    html = report.render_html(notebook, tmp_path / "i.html", title="Other & title").read_text(
        encoding="utf-8"
    )
    assert "<title>Other &amp; title</title>" in html
