"""Score the casualties preset against the FA-KES crowd annotations (read in place, never copied).

Usage: ``python benchmarks/fakes_eval.py [path/to/dev.csv]`` (default: ``../shared/fakes/dev.csv``
relative to the repository root).

Each row's title is the headline and its content the body. For each annotated
column (``nb_civilians`` -> civilians_killed, ``nb_children`` -> children_killed,
``nb_women`` -> women_killed, ``nb_noncivilians`` -> fighters_killed) it prints:

- **lead**: how often the article's *lead claim* in that category equals the
  annotation. The lead claim is the first claim of the category in reading
  order, headline included, that writes a number (not "dozens", not
  "some"): the first figure a reader meets, the one an editor chose to put
  up front and the one crowd workers copied. Without such a claim the first
  claim of any kind leads.
- **any**: how often *some* claim of the category equals the annotation.
- **false alarms**: among articles annotated 0, how often the category gets a
  positive claim (a claim other than an explicit none).

Equality: a claim equals an annotation N when N is one of its stated bounds
(``low`` or ``high``): "at least 27" equals 27, "between 20 and 30" equals 20
or 30. Vague quantities ("dozens") never equal a number, since no number was
written. An annotation of 0 agrees with an article that has no claim in the
category (or whose lead claim is an explicit none).

FA-KES annotators counted the victims of the one event an article reports, so a
running total ("the war has killed more than 300000 people since 2011") is not
compared: the casualties preset files it as ``war_dead``, not ``civilians_killed``.
For the same reason only claims with ``scope == "main"`` are scored: the engine
marks a claim ``other_event`` ("Meanwhile ...", "Elsewhere ...", "In a separate
attack ...") or ``background`` ("last month", "in 2016", "the attack comes a week
after ...") when its sentence says it is about another event than the article's
(`newscounts.claims.sentence_scope`); the ledger keeps those claims, the
annotation is not about them. An article that reports no event of its own (no
main-scope claim in any scored category: a speech, a profile) can only have been
annotated with an event it recalls, so there every claim is scored.

``--half 0`` / ``--half 1`` scores one half of the split (by the parity of
md5(unit_id)): develop on one half, check on the other.

The crowd labels are noisy; read the texts where the kit and the label disagree
(``--show N`` prints N disagreements per column).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newscounts.claims import extract_text  # noqa: E402

DEFAULT_CSV = ROOT.parent / "shared" / "fakes" / "dev.csv"
COLUMNS = {
    "nb_civilians": "civilians_killed",
    "nb_children": "children_killed",
    "nb_women": "women_killed",
    "nb_noncivilians": "fighters_killed",
}
#: What a baseline of three regular expressions scored on lead nb_civilians (for comparison).
BASELINE_LEAD_CIVILIANS = 0.59


def equals(claim, annotation: int) -> bool:
    """Whether a claim states the annotated number (see the module docstring).

    >>> from types import SimpleNamespace as NS
    >>> equals(NS(low=27, high=None, qualifier="at_least"), 27)
    True
    >>> equals(NS(low=24, high=99, qualifier="vague"), 24)
    False
    """
    if claim.qualifier == "vague":
        return False
    return annotation in (claim.low, claim.high)


def article_event_claims(claims: list) -> list:
    """The claims about the article's own event: ``scope == "main"`` (see the module docstring).

    An article that reports no event of its own (no main-scope claim in any annotated category:
    a speech, a profile) can only have been annotated with the event it recalls, so then every
    claim is kept.

    >>> from types import SimpleNamespace as NS
    >>> main = NS(category="civilians_killed", scope="main")
    >>> other = NS(category="civilians_killed", scope="other_event")
    >>> article_event_claims([main, other]) == [main], article_event_claims([other]) == [other]
    (True, True)
    """
    annotated = set(COLUMNS.values())
    main = [c for c in claims if c.scope == "main"]
    return main if any(c.category in annotated for c in main) else list(claims)


def _positive(claim) -> bool:
    return claim.qualifier != "none"


def evaluate(rows: Iterable[dict], categories: str = "casualties") -> dict:
    """Agreement rates per annotated column, and the disagreements (for reading).

    ``rows`` are dicts with ``article_title``, ``article_content`` and the ``nb_*`` columns.
    """
    tallies = {
        column: {"articles": 0, "lead": 0, "any": 0, "zero": 0, "false_alarms": 0, "disagree": []}
        for column in COLUMNS
    }
    for number, row in enumerate(rows):
        title = (row.get("article_title") or "").strip()
        content = (row.get("article_content") or "").strip()
        text = f"{title}\n\n{content}" if title else content
        claims = (
            extract_text(
                text, str(row.get("unit_id") or number), categories=categories, headline=title or None
            )
            if text.strip()
            else []
        )
        claims = article_event_claims(claims)
        for column, category in COLUMNS.items():
            annotation = int(float(row.get(column) or 0))
            mine = [c for c in claims if c.category == category]
            figures = [c for c in mine if c.qualifier not in ("vague", "some")]
            mine = figures[:1] + [c for c in mine if c not in figures[:1]]  # the lead first
            tally = tallies[column]
            tally["articles"] += 1
            if annotation == 0:
                tally["zero"] += 1
                positive = [c for c in mine if _positive(c)]
                tally["false_alarms"] += bool(positive)
                lead_ok = not mine or not _positive(mine[0])
                any_ok = not positive or any(equals(c, 0) for c in mine)
            else:
                lead_ok = bool(mine) and equals(mine[0], annotation)
                any_ok = any(equals(c, annotation) for c in mine)
            tally["lead"] += lead_ok
            tally["any"] += any_ok
            if not lead_ok:
                tally["disagree"].append((row.get("unit_id", number), annotation, mine[:3], title))
    results = {}
    for column, tally in tallies.items():
        articles = tally["articles"] or 1
        results[column] = {
            "articles": tally["articles"],
            "lead": tally["lead"] / articles,
            "any": tally["any"] / articles,
            "zero": tally["zero"],
            "false_alarms": tally["false_alarms"] / tally["zero"] if tally["zero"] else 0.0,
            "disagree": tally["disagree"],
        }
    return results


def half_of(row: dict) -> int:
    """0 or 1: the parity of md5(unit_id), a fixed split of the rows into two halves."""
    return int(hashlib.md5(str(row.get("unit_id", "")).encode("utf-8")).hexdigest(), 16) % 2


def read_rows(path: Path) -> list[dict]:
    with Path(path).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def report(results: dict) -> str:
    lines = [
        f"{'column':16} {'category':17} {'articles':>8} {'lead':>6} {'any':>6} {'zero':>5} "
        f"{'false alarms':>12}"
    ]
    for column, r in results.items():
        lines.append(
            f"{column:16} {COLUMNS[column]:17} {r['articles']:8d} {r['lead']:6.2f} {r['any']:6.2f} "
            f"{r['zero']:5d} {r['false_alarms']:12.2f}"
        )
    lines.append(f"(three-regex baseline, lead nb_civilians: {BASELINE_LEAD_CIVILIANS:.2f})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "csv", nargs="?", default=str(DEFAULT_CSV), help="FA-KES split (default: %(default)s)"
    )
    parser.add_argument("--categories", default="casualties")
    parser.add_argument("--show", type=int, default=0, help="print this many disagreements per column")
    parser.add_argument("--half", type=int, choices=(0, 1), help="score one half (md5(unit_id) parity)")
    args = parser.parse_args(argv)
    path = Path(args.csv)
    if not path.is_file():
        print(f"fakes_eval: no such file {path}", file=sys.stderr)
        return 2
    rows = read_rows(path)
    if args.half is not None:
        rows = [row for row in rows if half_of(row) == args.half]
    results = evaluate(rows, args.categories)
    print(report(results))
    for column, r in results.items():
        for unit, annotation, mine, title in r["disagree"][: args.show]:
            got = [(c.low, c.high, c.qualifier, c.phrase, c.section) for c in mine]
            print(f"  {column} {unit}: label {annotation}, got {got} | {title[:70]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
