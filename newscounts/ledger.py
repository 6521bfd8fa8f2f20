"""The claims ledger: claims as a table, written and read back the same way everywhere.

The ledger is the kit's one intermediate product. `report/claims.csv` and
`report/claims.json` hold it; notebooks, the report and the command line all
go through this module so the columns, their types and their order never
drift. Analyst corrections live in one reviewed file (``corrections.csv`` at
the project root) and are applied here, in one place, and listed in the report.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Iterable

import pandas as pd

from .atomic import atomic_write_text

__all__ = [
    "BOUND_COLUMNS",
    "CORRECTION_COLUMNS",
    "LEDGER_COLUMNS",
    "apply_corrections",
    "claims_frame",
    "ledger_json",
    "read_corrections",
    "read_ledger",
    "write_ledger",
]

#: The public contract columns, in order, then the extras the report needs.
LEDGER_COLUMNS = [
    "file",
    "outlet",
    "published",
    "category",
    "low",
    "high",
    "qualifier",
    "phrase",
    "start",
    "end",
    "sentence",
    "speaker",
    "speaker_org",
    "statement_date",
    "section",
    "sentence_start",
    "sentence_end",
    "statement_date_basis",
    "claim_id",
]
BOUND_COLUMNS = ["low", "high"]
_INT_COLUMNS = ["low", "high", "start", "end", "sentence_start", "sentence_end"]

#: One row per correction: which claim, which field, the value it had, the value it gets.
#: ``field`` may also be ``reject`` (``new`` = ``yes``) to strike a claim that is no claim.
CORRECTION_COLUMNS = ["claim_id", "field", "old", "new", "reason", "reviewer"]


def _as_dict(claim) -> dict:
    if dataclasses.is_dataclass(claim):
        return dataclasses.asdict(claim)
    return dict(claim)


def claims_frame(claims: Iterable) -> pd.DataFrame:
    """Claims (records or mappings) as a ledger frame with the contract's columns and types.

    >>> frame = claims_frame([])
    >>> list(frame.columns) == LEDGER_COLUMNS, len(frame)
    (True, 0)
    >>> claims_frame([{"file": "a.txt", "low": 4, "high": 4, "qualifier": "exact"}])["high"].dtype
    Int64Dtype()
    """
    rows = [_as_dict(c) for c in claims]
    frame = pd.DataFrame(rows)
    for column in LEDGER_COLUMNS:
        if column not in frame.columns:
            frame[column] = None
    extra = [c for c in frame.columns if c not in LEDGER_COLUMNS]
    frame = frame[LEDGER_COLUMNS + extra]
    for column in _INT_COLUMNS:
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Int64")
    for column in frame.columns:
        if column not in _INT_COLUMNS:
            frame[column] = frame[column].fillna("").astype(str)
    return frame.reset_index(drop=True)


def ledger_json(frame: pd.DataFrame) -> str:
    """The ledger as a JSON list of records: empty bounds are ``null``, keys in column order."""
    records = []
    for row in frame.to_dict(orient="records"):
        records.append(
            {
                k: (None if v is None or v is pd.NA else (int(v) if k in _INT_COLUMNS else v))
                for k, v in row.items()
            }
        )
    return json.dumps(records, ensure_ascii=False, indent=1) + "\n"


def write_ledger(
    frame: pd.DataFrame, csv_path: str | os.PathLike, json_path: str | os.PathLike | None = None
) -> None:
    """Write the ledger as CSV (and JSON), atomically and byte-for-byte reproducibly."""
    atomic_write_text(csv_path, frame.to_csv(index=False, lineterminator="\n"))
    if json_path is not None:
        atomic_write_text(json_path, ledger_json(frame))


def read_ledger(csv_path: str | os.PathLike) -> pd.DataFrame:
    """Read a ledger CSV back with the types `claims_frame` gives (empty text stays ``""``)."""
    frame = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    return claims_frame(frame.to_dict(orient="records"))


def read_corrections(path: str | os.PathLike) -> pd.DataFrame:
    """Read the reviewed corrections file; a missing file means no corrections.

    Raises ``ValueError`` naming the file when its columns are not `CORRECTION_COLUMNS`.
    """
    if not os.path.exists(path):
        return pd.DataFrame(columns=CORRECTION_COLUMNS)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, comment="#")
    missing = [c for c in CORRECTION_COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(
            f"{os.fspath(path)}: missing column(s) {', '.join(missing)}; expected {CORRECTION_COLUMNS}"
        )
    return frame[CORRECTION_COLUMNS]


def apply_corrections(frame: pd.DataFrame, corrections: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Apply analyst corrections; return the corrected ledger and a log of what happened to each.

    A correction applies only when the claim exists and its field still holds ``old``:
    a correction written against an older extraction is reported as ``stale``, never
    forced onto a value nobody reviewed.

    >>> ledger = claims_frame([{"claim_id": "a.txt:10:x", "low": 3, "high": 3, "qualifier": "exact"}])
    >>> fixes = pd.DataFrame([["a.txt:10:x", "high", "3", "30", "typo in source", "ed"],
    ...                       ["b.txt:1:x", "low", "1", "2", "", "ed"]], columns=CORRECTION_COLUMNS)
    >>> fixed, log = apply_corrections(ledger, fixes)
    >>> int(fixed.loc[0, "high"]), list(log["status"])
    (30, ['applied', 'stale: no such claim'])
    """
    frame = frame.copy()
    if "corrected" not in frame.columns:
        frame["corrected"] = ""
    statuses = []
    rejected = set()
    index_of = {cid: i for i, cid in zip(frame.index, frame["claim_id"], strict=True)}
    for fix in corrections.to_dict(orient="records"):
        i = index_of.get(fix["claim_id"])
        field = fix["field"]
        if i is None:
            statuses.append("stale: no such claim")
            continue
        if field == "reject":
            rejected.add(i)
            statuses.append("applied")
            continue
        if field not in frame.columns or field in ("claim_id", "file", "start", "end"):
            statuses.append(f"refused: field {field!r} cannot be corrected")
            continue
        current = frame.at[i, field]
        current_text = "" if current is pd.NA else str(current)
        if current_text != fix["old"]:
            statuses.append(f"stale: {field} is {current_text!r}, not {fix['old']!r}")
            continue
        if field in _INT_COLUMNS:
            frame[field] = frame[field].astype("Int64")
            frame.at[i, field] = pd.NA if fix["new"] == "" else int(fix["new"])
        else:
            frame.at[i, field] = fix["new"]
        frame.at[i, "corrected"] = ";".join(filter(None, [frame.at[i, "corrected"], field]))
        statuses.append("applied")
    frame = frame.drop(index=sorted(rejected)).reset_index(drop=True)
    log = corrections.copy()
    log["status"] = statuses
    return frame, log
