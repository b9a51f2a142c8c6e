"""The ``gdelt_raw`` view: GDELT's typed columns over the lines ``gdelt_lines`` keeps, and the
SQL that wrote schema 3's table rows back as lines (migration 004 holds both; a test checks
they do not drift)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from dipwatch.layout import Column

#: How the view types a column of each layout type (GDELT writes SQLDATE as a number).
VIEW_TYPES = {"text": "VARCHAR", "int32": "INTEGER", "int64": "BIGINT", "float64": "DOUBLE",
               "yyyymmdd": "INTEGER", "date": "DATE"}  # fmt: skip


def raw_view_sql(v1: Collection[Column], v2: Sequence[Column]) -> str:
    """The ``gdelt_raw`` view: every GDELT 2.0 column, typed, parsed from ``gdelt_lines``.

    GDELT 1.0 lines have no ADM2 columns (NULL here) and the columns after them shift.
    """
    v1_at = {c.name: i for i, c in enumerate(v1, 1)}
    out = []
    for i, column in enumerate(v2, 1):
        kind = VIEW_TYPES[column.type]
        j = v1_at.get(column.name)
        field = f"f[{i}]" if j == i else f"f[CASE WHEN gdelt_version = 1 THEN {j} ELSE {i} END]"
        if j is None:
            field = f"CASE WHEN gdelt_version = 2 THEN f[{i}] END"
        value = f"nullif({field}, '')"
        out.append(
            f"    {value if kind == 'VARCHAR' else f'TRY_CAST({value} AS {kind})'} AS {column.name}"
        )
    columns = ",\n".join(out)
    return (
        "CREATE OR REPLACE VIEW gdelt_raw AS\nSELECT\n"
        f"{columns},\n    gdelt_version,\n    input\n"
        "FROM (SELECT *, string_split(line, chr(9)) AS f FROM gdelt_lines)"
    )


def lines_from_columns_sql(v1: Sequence[Column], v2: Sequence[Column]) -> str:
    """A ``gdelt_raw`` table row (schema 3) written back as its tab-separated line."""

    def line(columns: Sequence[Column]) -> str:
        fields = ", ".join(f"coalesce(CAST({c.name} AS VARCHAR), '')" for c in columns)
        return f"concat_ws(chr(9), {fields})"

    return f"CASE WHEN gdelt_version = 1 THEN {line(v1)} ELSE {line(v2)} END"
