"""The report in a real browser: every chart draws, nothing errors, nothing leaves the machine.

Needs Debian's Chromium: ``apt-get install -y chromium`` (binary /usr/bin/chromium).
Without it the tests are skipped locally and fail in CI (``CI`` set), so CI can
never pass by not running them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "browser"))

import cdp  # noqa: E402
import fake_corpus as fc  # noqa: E402

from newscounts import charts, paths, report  # noqa: E402

pytestmark = pytest.mark.browser

COUNT_CHARTS = "document.querySelectorAll('.nc-chart').length"
DRAWN_CHARTS = "document.querySelectorAll('.nc-chart svg.marks').length"
HOSTILE_SEED = f"""Convoy leaves Raqqa {fc.HOSTILE}

RAQQA, Syria (Reuters) - {fc.HOSTILE} A spokesman for the Syrian Democratic Forces said on Sunday that 275 \
fighters left the city. About 3,000 civilians also left, he said.
"""


@pytest.fixture(autouse=True)
def chromium():
    if cdp.chromium_available():
        return
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but {cdp.CHROMIUM} is missing: apt-get install -y chromium")
    pytest.skip(f"{cdp.CHROMIUM} not found (apt-get install -y chromium); set CI to make this a failure")


def check_report(html_path: Path, hostile: bool = False) -> None:
    with cdp.open_page(html_path) as page:
        n_charts = page.evaluate(COUNT_CHARTS)
        page.wait_until(f"{DRAWN_CHARTS} >= {n_charts}")
        page.wait_until("document.readyState === 'complete'")
        assert page.evaluate(DRAWN_CHARTS) == n_charts, page.errors
        assert page.errors == []
        assert page.external_requests() == []
        assert page.evaluate("typeof window.__pwned") == "undefined"
        if hostile:
            text = page.evaluate("document.body.innerText")
            assert "<script>window.__pwned=1</script>" in text
            assert '<img src=x onerror="window.__pwned=2">' in text
            assert page.evaluate(
                "document.querySelectorAll('main img, main script:not([type])').length"
            ) == page.evaluate("document.querySelectorAll('main script:not([type])').length")
        sortable = page.evaluate("document.querySelectorAll('table.nc-sortable').length")
        assert page.evaluate("document.querySelectorAll('input.nc-filter').length") == sortable


def build_report(folder: Path, articles, ledger) -> Path:
    """A report page from the package's own fragments, rendered through the real template."""
    import nbformat

    colours = charts.org_colours(ledger)
    links = report.ClaimLinks.for_report(articles, ledger)
    fragments = [
        report.findings_html(
            [{"text": f"Figures {fc.HOSTILE} ranged widely.", "claim_ids": list(ledger.claim_id)}],
            ledger,
            links,
        ),
        report.chart_html(charts.range_chart(ledger, colours), "ranges"),
        report.chart_html(charts.timeline_chart(ledger, colours), "timeline"),
        report.chart_html(charts.matrix_chart(ledger, colours), "matrix"),
        report.ledger_table_html(ledger, links),
        report.counts_table_html(ledger, links),
        report.methods_html(len(articles), len(ledger)),
        report.appendix_html(articles, ledger, links=links),
    ]
    nb = nbformat.v4.new_notebook()
    for i, fragment in enumerate(fragments):
        cell = nbformat.v4.new_code_cell("")
        cell.id = f"c{i}"
        cell.outputs = [nbformat.v4.new_output("display_data", data={"text/html": str(fragment)})]
        nb.cells.append(cell)
    notebook = folder / "report.ipynb"
    nbformat.write(nb, str(notebook))
    return report.render_html(notebook, folder / "index.html", title="Browser test")


def test_report_built_from_fragments_draws_every_chart_offline(tmp_path):
    articles, ledger = fc.sample()
    hostile = fc.article("009_h.txt", f"Headline {fc.HOSTILE}", f"Body {fc.HOSTILE}. It said 12 people died.")
    ledger = fc.ledger(
        [
            *ledger.to_dict(orient="records"),
            fc.claim(hostile, "12", "dead", 12, 12, speaker_org=f"Org {fc.HOSTILE}"),
        ]
    )
    check_report(build_report(tmp_path, [*articles, hostile], ledger), hostile=True)


@pytest.mark.skipif(not (paths.REPORT / "index.html").exists(), reason="no report/index.html yet: run make")
def test_built_report_draws_every_chart_offline():
    check_report(paths.REPORT / "index.html")


@pytest.mark.slow
def test_hostile_article_through_make_stays_inert_text(tmp_path):
    if not (paths.ROOT / "Makefile").exists() or shutil.which("make") is None:
        pytest.skip("needs the project's Makefile and make")
    if not (paths.NOTEBOOKS / "04_report.ipynb").exists():
        pytest.skip("needs notebooks/04_report.ipynb (the lead's report notebook)")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "001_hostile.txt").write_text(HOSTILE_SEED, encoding="utf-8")
    out = tmp_path / "out"
    run = subprocess.run(
        ["make", "-C", str(paths.ROOT), "report", f"SEEDS={seeds}", f"OUT={out}"],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    check_report(out / "index.html", hostile=True)
