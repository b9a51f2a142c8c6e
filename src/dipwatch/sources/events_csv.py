"""The plain events CSV (``dipwatch ingest --kind events``): one coded event per row.

Comma-separated, UTF-8, with a header naming the columns (any order, extra columns ignored)::

    date,source_actor,target_actor,code,goldstein,issues,source,text,url
    2021-12-10,NIC,TWN,161,-4.0,taiwan,MFA,Nicaragua severed ties with Taiwan.,https://…

Required: ``date`` (YYYY-MM-DD), ``source_actor`` and ``target_actor`` (CAMEO actor codes,
ISO3 first: ``CHNGOV``, ``USA``; may be empty), ``code`` (a CAMEO event code, ``"040"``; a code
that lost its leading zero in a spreadsheet, ``40``, is restored). Optional: ``goldstein``
(default: the codebook's value), ``issues`` (``trade|climate``), ``source`` (stored as the
event's ``pattern``: which dataset or outlet it came from), ``text`` and ``url``.

This module builds the SQL; ``dipwatch.store.bulk`` runs it.
"""

from __future__ import annotations

import csv
import io
from functools import cache

import pyarrow as pa

from dipwatch.errors import SourceFormatError
from dipwatch.sources.gdelt import sql_text, story_key_sql
from dipwatch.sources.tabular import Tabular
from dipwatch.store.bulk import REJECTS, StagedSql

REQUIRED = ("date", "source_actor", "target_actor", "code")
OPTIONAL = ("goldstein", "issues", "source", "text", "url")


@cache
def cameo_table() -> pa.Table:
    """The codebook as a table ``(code, quad_class, goldstein)`` to join as ``_cameo``."""
    from dipwatch.reference import cameo

    codes = list(cameo())
    return pa.table(
        {
            "code": [c.code for c in codes],
            "quad_class": pa.array([c.quad_class for c in codes], pa.int8()),
            "goldstein": pa.array([c.goldstein for c in codes], pa.float64()),
        }
    )


def code_joins(raw: str) -> str:
    """LEFT JOINs of ``_cameo`` as ``k1`` (the code as given) and ``k2`` (with a zero put back)."""
    return (
        f"LEFT JOIN _cameo k1 ON k1.code = {raw} "
        f"LEFT JOIN _cameo k2 ON k1.code IS NULL AND k2.code = '0' || {raw}"
    )


#: The code once normalised, its quad class, and whether it is a CAMEO code at all.
CODE_SQL = "coalesce(k1.code, k2.code)"
QUAD_SQL = "coalesce(k1.quad_class, k2.quad_class)"
GOLD_SQL = "coalesce(k1.goldstein, k2.goldstein)"


def read_header(t: Tabular, delim: str = ",") -> list[str]:
    """The header's column names, stripped and lower-cased."""
    try:
        text = t.first_line.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SourceFormatError(f"{t.where}:1", "the header is not UTF-8 text") from None
    row = next(csv.reader(io.StringIO(text), delimiter=delim), [])
    names = [c.strip().lower() for c in row]
    if len(set(names)) != len(names):
        raise SourceFormatError(f"{t.where}:1", "a column name appears twice in the header")
    return names


def read_sql(t: Tabular, names: list[str], delim: str, quote: str) -> str:
    """``read_csv`` of a file with a header, every column as text, bad rows to REJECTS."""
    columns = ", ".join(f"'{sql_text(n)}': 'VARCHAR'" for n in names)
    newline = "\\r\\n" if t.crlf else "\\n"
    return (
        f"read_csv('{sql_text(str(t.path))}', delim = '{delim}', header = true, "
        f"quote = '{quote}', escape = '{quote}', auto_detect = false, columns = {{{columns}}}, "
        f"new_line = '{newline}', store_rejects = true, "
        f"rejects_table = '{REJECTS}', rejects_scan = '{REJECTS}_scan')"
    )


def _col(names: list[str], name: str) -> str:
    return f"nullif(trim(s.\"{name}\"), '')" if name in names else "NULL"


def events_sql(t: Tabular) -> StagedSql:
    """The plain events CSV at ``t`` as staged SQL for :func:`dipwatch.store.bulk.load_staged_events`."""
    names = read_header(t)
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise SourceFormatError(
            f"{t.where}:1",
            f"not an events CSV: missing column(s) {', '.join(missing)}; the header needs "
            f"{', '.join(REQUIRED)} and may have {', '.join(OPTIONAL)}",
        )
    day = 'TRY_CAST(trim(s."date") AS DATE)'
    src, tgt = (
        "upper(" + _col(names, "source_actor") + ")",
        "upper(" + _col(names, "target_actor") + ")",
    )
    raw_code = "trim(s.code)"
    text, url, source = _col(names, "text"), _col(names, "url"), _col(names, "source")
    parts = [f"CAST({day} AS VARCHAR)", src, tgt, CODE_SQL, text, url, source]
    identity = ", ".join(f"coalesce({p}, '')" for p in parts)
    occurrence = f"row_number() OVER (PARTITION BY {', '.join(parts)} ORDER BY s._row)"
    issues = (
        "list_filter(list_transform(string_split(coalesce(s.issues, ''), '|'), x -> trim(x)), "
        "x -> x <> '')"
        if "issues" in names
        else "CAST([] AS VARCHAR[])"
    )
    gold = f"coalesce(TRY_CAST({_col(names, 'goldstein')} AS DOUBLE), {GOLD_SQL})"
    reason = (
        f"CASE WHEN {day} IS NULL THEN 'bad date: ' || coalesce('''' || s.\"date\" || '''', "
        "'empty') "
        "|| ' is not YYYY-MM-DD' ELSE 'unknown CAMEO event code: ' || "
        f"coalesce('''' || s.code || '''', 'empty') END"
    )
    select = ", ".join(
        [
            f"'c' || left(sha256(concat_ws(chr(31), {identity}, CAST({occurrence} AS VARCHAR))), "
            "19) AS event_id",
            f"{day} AS date", "'day' AS date_precision", f"{src} AS source_actor",
            f"{tgt} AS target_actor", f"{CODE_SQL} AS code", f"left({CODE_SQL}, 2) AS root",
            f"{QUAD_SQL} AS quad_class", f"{gold} AS goldstein", f"{issues} AS issues",
            "'csv' AS origin", "NULL AS doc_id", "NULL AS sentence", f"{text} AS text",
            "NULL AS span_start", "NULL AS span_end", f"{source} AS pattern",
            "NULL AS confidence", "NULL AS num_mentions", "NULL AS num_sources",
            "NULL AS num_articles", "NULL AS tone", "NULL AS action_country", f"{url} AS url",
            f"{story_key_sql(day, src, tgt, CODE_SQL)} AS story_id",
            f"({day} IS NOT NULL AND {CODE_SQL} IS NOT NULL) AS _valid", f"{reason} AS _reason",
            f"left({src}, 3) AS _src", f"left({tgt}, 3) AS _tgt", "CAST(NULL AS VARCHAR) AS _action",
        ]
    )  # fmt: skip
    return StagedSql(
        read=read_sql(t, names, ",", '"'),
        select=select,
        joins=code_joins(raw_code),
        tables={"_cameo": cameo_table()},
    )
