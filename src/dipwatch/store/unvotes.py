"""Bulk loads of UN votes files with DuckDB's ``read_csv``, inside a :class:`Load`.

Every file is read as text, checked in SQL, and split: good rows go to the ``unvotes_*`` tables
(replacing the rows of the same roll calls, so a corrected file supersedes the old one), bad
rows go to ``quarantine`` with their row number and reason. Nothing is dropped silently.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from dipwatch.errors import SourceFormatError
from dipwatch.store.database import Load, sql_text

_RCID_OK = "TRY_CAST(rcid AS DOUBLE) IS NOT NULL AND TRY_CAST(rcid AS DOUBLE) = floor(TRY_CAST(rcid AS DOUBLE))"

_STAGED = {
    # layout -> (target table, select list from the staged text, validity check, reason)
    "votes": (
        "unvotes_votes",
        "CAST(CAST(rcid AS DOUBLE) AS INTEGER), country, upper(country_code), lower(vote)",
        f"{_RCID_OK} AND coalesce(country_code, '') <> '' AND lower(vote) IN ('yes', 'no', 'abstain')",
        "rcid must be a whole number, country_code present, vote yes, no or abstain",
    ),
    "roll_calls": (
        "unvotes_roll_calls",
        "CAST(CAST(rcid AS DOUBLE) AS INTEGER), CAST(TRY_CAST(session AS DOUBLE) AS INTEGER), "
        "TRY_CAST(importantvote AS DOUBLE) = 1, TRY_CAST(date AS DATE), unres, "
        "TRY_CAST(amend AS DOUBLE) = 1, TRY_CAST(para AS DOUBLE) = 1, short, descr",
        f"{_RCID_OK} AND TRY_CAST(date AS DATE) IS NOT NULL",
        "rcid must be a whole number and date a YYYY-MM-DD date",
    ),
    "issues": (
        "unvotes_issues",
        "CAST(CAST(rcid AS DOUBLE) AS INTEGER), short_name, issue",
        f"{_RCID_OK} AND coalesce(short_name, '') <> ''",
        "rcid must be a whole number and short_name present",
    ),
}


def stage(load: Load, path: Path) -> None:
    """Read ``path`` as text columns into the temporary table ``_unvotes_staged`` with ``_row``."""
    con = load.connection
    try:
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _unvotes_staged AS "
            "SELECT row_number() OVER () AS _row, * FROM read_csv("
            f"'{sql_text(str(path))}', header = true, all_varchar = true, "
            "strict_mode = true)"
        )
    except duckdb.Error as err:
        raise SourceFormatError(str(path), f"cannot read as CSV: {err}") from None


def load_table(load: Load, path: Path, layout: str) -> None:
    """Load one file of the unvotes package's three (``votes``, ``roll_calls``, ``issues``)."""
    table, select, valid, reason = _STAGED[layout]
    stage(load, path)
    _quarantine_bad(load, path, valid, reason)
    _replace(load, table, select, valid)


def load_voeten(load: Load, path: Path, issues: dict[str, str]) -> None:
    """Voeten's one-file layout folded into the three tables; 8 (absent) and 9 (not a member)
    are not votes and are counted as ``not_voting``."""
    con = load.connection
    stage(load, path)
    valid = f"{_RCID_OK} AND vote IN ('1', '2', '3', '8', '9') AND coalesce(country, '') <> ''"
    _quarantine_bad(
        load, path, valid, "rcid must be a whole number, vote 1, 2, 3, 8 or 9, Country present"
    )
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE _unvotes_good AS SELECT * FROM _unvotes_staged WHERE {valid}"
    )
    con.execute("ALTER TABLE _unvotes_staged RENAME TO _unvotes_all")
    con.execute("ALTER TABLE _unvotes_good RENAME TO _unvotes_staged")
    row = con.execute("SELECT count(*) FROM _unvotes_staged WHERE vote IN ('8', '9')").fetchone()
    load.counts["unvotes_not_voting"] += int(row[0]) if row else 0
    votes = (
        "CAST(CAST(rcid AS DOUBLE) AS INTEGER), countryname, upper(country), "
        "CASE vote WHEN '1' THEN 'yes' WHEN '2' THEN 'abstain' ELSE 'no' END"
    )
    _replace(load, "unvotes_votes", votes, "vote IN ('1', '2', '3')")
    calls = (
        "DISTINCT ON (rcid) CAST(CAST(rcid AS DOUBLE) AS INTEGER), "
        "CAST(TRY_CAST(session AS DOUBLE) AS INTEGER), TRY_CAST(importantvote AS DOUBLE) = 1, "
        "TRY_CAST(date AS DATE), unres, TRY_CAST(amend AS DOUBLE) = 1, "
        "TRY_CAST(para AS DOUBLE) = 1, short, descr"
    )
    _replace(load, "unvotes_roll_calls", calls, "true")
    for column, label in issues.items():
        _replace(
            load, "unvotes_issues",
            f"DISTINCT CAST(CAST(rcid AS DOUBLE) AS INTEGER), '{column}', '{sql_text(label)}'",
            f"TRY_CAST({column} AS DOUBLE) = 1", delete=False,
        )  # fmt: skip
    con.execute("DROP TABLE IF EXISTS _unvotes_all")


def _quarantine_bad(load: Load, path: Path, valid: str, reason: str) -> None:
    con = load.connection
    before = con.execute("SELECT count(*) FROM quarantine").fetchone()
    con.execute(
        "INSERT INTO quarantine SELECT ?, ?, ? || ':row ' || _row, ?, "
        "CAST(struct_pack(*COLUMNS(c -> c <> '_row')) AS VARCHAR) "
        f"FROM _unvotes_staged WHERE NOT coalesce({valid}, false)",
        [load.run_id, load.path, str(path), reason],
    )
    after = con.execute("SELECT count(*) FROM quarantine").fetchone()
    load.counts["quarantined"] += int(after[0]) - int(before[0])  # type: ignore[index]


def _replace(load: Load, table: str, select: str, valid: str, *, delete: bool = True) -> None:
    """Rows of the staged file replace the stored rows of the same roll calls."""
    con = load.connection
    where = f"WHERE coalesce({valid}, false)"
    if delete:
        con.execute(
            f"DELETE FROM {table} WHERE rcid IN (SELECT DISTINCT CAST(CAST(rcid AS DOUBLE) AS INTEGER) "
            f"FROM _unvotes_staged {where})"
        )
    row = con.execute(
        f"INSERT INTO {table} SELECT {select} FROM _unvotes_staged {where}"
    ).fetchone()
    load.counts[table] += int(row[0]) if row else 0


def drop_staging(load: Load) -> None:
    load.connection.execute("DROP TABLE IF EXISTS _unvotes_staged")
