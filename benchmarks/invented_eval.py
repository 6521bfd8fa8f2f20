"""Score the casualties preset on invented test copy (regression checks, not held-out evidence).

Usage: ``python benchmarks/invented_eval.py [--detail]``

Two sets live in ``benchmarks/invented/``, written by the team to probe phrasing the seeds and the
FA-KES development split do not show (wire, state-media, Turkish, Kurdish and machine-translated
styles, other conflicts). Every text is invented: places are real, events and figures are not.
The extractor was improved while reading their disagreements, so they measure regressions, not
how well it generalises; the held-out FA-KES articles do that.

- ``casualty_sentences.py``: 196 short items, each with the main-scope body claims of
  civilians, children, women and fighters killed a careful analyst lists. Printed: how many
  items disagree (any missing or extra claim).
- ``casualty_articles.py``: 72 whole articles about one incident each (some reporting a second
  incident, a running total or conflicting figures), with the figures a FA-KES-style annotator
  would write. Scored exactly as ``benchmarks/fakes_eval.py`` scores FA-KES (lead, any, false
  alarms per column).
- ``casualty_items.py``: 124 short items (40-80 words) in 28 outlets' styles, scored the same way.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from fakes_eval import evaluate, report  # noqa: E402
from invented.casualty_articles import CASES as ARTICLES  # noqa: E402
from invented.casualty_items import CASES as ITEMS  # noqa: E402
from invented.casualty_sentences import CASES as SENTENCES  # noqa: E402

from newscounts.claims import extract_text  # noqa: E402

_SHORT = {
    "civ": "civilians_killed",
    "chi": "children_killed",
    "wom": "women_killed",
    "fig": "fighters_killed",
}
_CLAIM = re.compile(r"(civ|chi|wom|fig)(>=|<=|=|>|<|~|\?|\+|0)(.*)")


def expected_claim(spec: str) -> tuple:
    """ "civ>=12" -> ("civilians_killed", 12, None, "at_least"); notation in casualty_sentences.py.

    >>> expected_claim("civ>=12"), expected_claim("chi?24-99")
    (('civilians_killed', 12, None, 'at_least'), ('children_killed', 24, 99, 'vague'))
    >>> expected_claim("fig0"), expected_claim("wom~3")
    (('fighters_killed', 0, 0, 'none'), ('women_killed', 3, 3, 'about'))
    """
    short, op, rest = _CLAIM.fullmatch(spec).groups()
    numbers = [int(n) for n in rest.split("-")] if rest else []
    category = _SHORT[short]
    if op == "=":
        return (category, numbers[0], numbers[-1], "range" if len(numbers) == 2 else "exact")
    qualifier = {">=": "at_least", ">": "more_than", "<": "less_than", "<=": "at_most", "~": "about"}
    if op in qualifier:
        low_open = op in ("<", "<=")
        return (
            category,
            None if low_open else numbers[0],
            numbers[0] if low_open or op == "~" else None,
            qualifier[op],
        )
    if op == "?":
        return (category, numbers[0], numbers[1], "vague")
    return (category, 1, None, "some") if op == "+" else (category, 0, 0, "none")


def sentence_disagreements(detail: bool = False) -> int:
    """How many items of casualty_sentences.py disagree with their expected main-scope body claims."""
    wanted = set(_SHORT.values())
    disagree = 0
    for text, specs in SENTENCES:
        claims = extract_text(text, "x.txt", categories="casualties")
        got = Counter(
            (c.category, c.low, c.high, c.qualifier)
            for c in claims
            if c.section == "body" and c.scope == "main" and c.category in wanted
        )
        want = Counter(expected_claim(spec) for spec in specs)
        if got != want:
            disagree += 1
            if detail:
                print(
                    f"  {text.splitlines()[-1][:100]!r}: missing {list((want - got).elements())}, "
                    f"extra {list((got - want).elements())}"
                )
    return disagree


def article_rows(cases: list[dict] = ARTICLES) -> list[dict]:
    """``cases`` (casualty_articles.py or casualty_items.py) as the rows `fakes_eval.evaluate` scores."""
    rows = []
    for case in cases:
        row = {"unit_id": case["id"], "article_title": case["title"], "article_content": case["body"]}
        row.update({column: str(value) for column, value in case["expected"].items()})
        rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--detail", action="store_true", help="print every disagreement")
    args = parser.parse_args(argv)
    disagree = sentence_disagreements(args.detail)
    print(f"casualty_sentences: {disagree} of {len(SENTENCES)} items disagree")
    for name, cases in (("casualty_articles", ARTICLES), ("casualty_items", ITEMS)):
        results = evaluate(article_rows(cases))
        print(f"{name}: {len(cases)} texts")
        print(report(results).rsplit("\n", 1)[0])  # without the FA-KES baseline line
        if args.detail:
            for column, r in results.items():
                for unit, annotation, mine, title in r["disagree"]:
                    got = [(c.low, c.high, c.qualifier, c.phrase) for c in mine]
                    print(f"  {column} {unit}: expected {annotation}, got {got} | {title[:60]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
