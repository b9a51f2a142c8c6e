"""DuckDB's SQL for the layouts, expressions and checks of :mod:`dipwatch.layout`.

This is the one place that turns the sources' plain data into SQL, as an Ibis backend owns its
dialect: :func:`literal` is the only way a value becomes SQL text (every other value is a bound
parameter), :class:`Compiler` turns an Expr into SQL over a row, and :func:`read_csv` reads a
file of a Layout with DuckDB's CSV reader, its bad rows kept in a rejects table.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from dipwatch.layout import Check, Col, Expr, Layout, Lit

#: Layout types -> DuckDB types (``yyyymmdd`` is read as a DATE with its format).
SQL_TYPES = {
    "text": "VARCHAR", "int32": "INTEGER", "int64": "BIGINT", "float64": "DOUBLE",
    "date": "DATE", "yyyymmdd": "DATE",
}  # fmt: skip

#: The temporary tables DuckDB's reader fills with rejected rows (``<name>`` and ``<name>_scan``).
REJECTS = "_rejects"


def literal(value: Any) -> str:
    """A Python value as a SQL literal: the one escaper of the store.

    >>> literal("it's"), literal(None), literal(3), literal(("a", "b"))
    ("'it''s'", 'NULL', '3', "['a', 'b']")
    """
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else f"'{value}'::DOUBLE"
    if isinstance(value, date):
        return f"DATE '{value.isoformat()}'"
    if isinstance(value, tuple | list | frozenset | set):
        items = sorted(value) if isinstance(value, frozenset | set) else value
        return (
            "[" + ", ".join(literal(v) for v in items) + "]" if items else "CAST([] AS VARCHAR[])"
        )
    return "'" + str(value).replace("'", "''") + "'"


def path_literal(path: Path | str) -> str:
    """A file path as a SQL literal."""
    return literal(str(path))


def identifier(name: str) -> str:
    """A column name quoted for SQL."""
    return '"' + name.replace('"', '""') + '"'


class Compiler:
    """Expr -> SQL over one row; ``column(name)`` gives the SQL of a source column.

    Lookups become LEFT JOINs of tables registered as ``_lk_<table>`` (key, fields...), listed
    in :attr:`joins`; ``order`` is the SQL of the rows' file order (for ``occurrence``).

    >>> from dipwatch.layout import F
    >>> Compiler(lambda n: n).sql(F.first(F.trim(Col("a")), "x"))
    "coalesce(nullif(trim(a), ''), 'x')"
    """

    def __init__(self, column: Callable[[str], str], order: str = "NULL") -> None:
        self.column = column
        self.order = order
        self.joins: list[str] = []
        self.fields: dict[str, set[str]] = {}  # lookup table -> the fields read from it
        self._aliases: dict[tuple[str, str], str] = {}

    def sql(self, expr: Expr) -> str:
        if isinstance(expr, Col):
            return self.column(expr.name)
        if isinstance(expr, Lit):
            return self.lit(expr.value)
        return getattr(self, "_" + expr.name)(*expr.args)

    def _all_sql(self, args: Iterable[Expr]) -> list[str]:
        return [self.sql(a) for a in args]

    # text
    def _trim(self, x: Expr) -> str:
        return f"nullif(trim({self.sql(x)}), '')"

    def _first(self, *args: Expr) -> str:
        return f"coalesce({', '.join(self._all_sql(args))})"

    def _concat(self, *args: Expr) -> str:
        return f"nullif(concat({', '.join(self._all_sql(args))}), '')"

    def _join(self, sep: Expr, *args: Expr) -> str:
        return f"nullif(concat_ws({self.sql(sep)}, {', '.join(self._all_sql(args))}), '')"

    def _left(self, x: Expr, n: Expr) -> str:
        return f"left({self.sql(x)}, {self.sql(n)})"

    def _upper(self, x: Expr) -> str:
        return f"upper({self.sql(x)})"

    def _lower(self, x: Expr) -> str:
        return f"lower({self.sql(x)})"

    def _pad(self, x: Expr, n: Expr, c: Expr) -> str:
        v, width = self.sql(x), self.sql(n)
        return (
            f"CASE WHEN length({v}) < {width} THEN lpad({v}, {width}, {self.sql(c)}) ELSE {v} END"
        )

    def _when(self, c: Expr, x: Expr) -> str:
        return f"CASE WHEN {self.sql(c)} THEN {self.sql(x)} END"

    def _split(self, x: Expr, sep: Expr) -> str:
        parts = f"string_split(coalesce({self.sql(x)}, ''), {self.sql(sep)})"
        return f"list_filter(list_transform({parts}, p -> trim(p)), p -> p <> '')"

    # -- what differs between engines in the pattern functions: each dialect says these ----
    def lit(self, value: Any) -> str:
        """A value as this dialect's SQL literal."""
        return literal(value)

    def matches(self, v: str, pattern: str) -> str:
        """Does SQL text ``v`` match the regular expression ``pattern``?"""
        return f"regexp_matches({v}, {self.lit(pattern)})"

    def text_list(self, items: str) -> str:
        """A list of text from SQL items (``a, b``; empty: an empty list), NULLs left out."""
        if not items:
            return "CAST([] AS VARCHAR[])"
        return f"CAST(list_filter([{items}], t -> t IS NOT NULL) AS VARCHAR[])"

    def _match(self, x: Expr, cases: Lit) -> str:
        v = f"lower({self.sql(x)})"
        whens = " ".join(
            f"WHEN {self.matches(v, p)} THEN {self.lit(out)}" for p, out in cases.value
        )
        return f"CASE {whens} END"

    def _tags(self, x: Expr, cases: Lit) -> str:
        v = f"lower(coalesce({self.sql(x)}, ''))"
        return self.text_list(", ".join(
            f"CASE WHEN {self.matches(v, p)} THEN {self.lit(out)} END" for p, out in cases.value
        ))  # fmt: skip

    def _lookup(self, table: Lit, x: Expr, name: Lit) -> str:
        self.fields.setdefault(table.value, set()).add(name.value)
        key = self.sql(x)
        alias = self._aliases.get((table.value, key))
        if alias is None:
            alias = f"_lk{len(self._aliases)}"
            self._aliases[(table.value, key)] = alias
            self.joins.append(f"LEFT JOIN _lk_{table.value} {alias} ON {alias}.key = {key}")
        return f"{alias}.{identifier(name.value)}"

    def _story(self, day: Expr, src: Expr, tgt: Expr, code: Expr) -> str:
        return story_key_sql(self.sql(day), self.sql(src), self.sql(tgt), self.sql(code))

    def _digest(self, n: Lit, *args: Expr) -> str:
        parts = ", ".join(f"coalesce(CAST({a} AS VARCHAR), '')" for a in self._all_sql(args))
        return f"left(sha256(concat_ws(chr(31), {parts})), {literal(n.value)})"

    def _occurrence(self, *args: Expr) -> str:
        keys = ", ".join(self._all_sql(args))
        return f"row_number() OVER (PARTITION BY {keys} ORDER BY {self.order})"

    def _number(self, x: Expr) -> str:
        return f"TRY_CAST({self.sql(x)} AS DOUBLE)"

    def _integer(self, x: Expr) -> str:
        v = f"TRY_CAST({self.sql(x)} AS DOUBLE)"
        whole = f"{v} = floor({v}) AND abs({v}) < 9007199254740992"
        return f"CASE WHEN {whole} THEN CAST({v} AS BIGINT) END"

    def _date(self, x: Expr) -> str:
        return f"TRY_CAST({self.sql(x)} AS DATE)"

    # conditions
    def _present(self, x: Expr) -> str:
        return f"({self.sql(x)} IS NOT NULL)"

    def _eq(self, a: Expr, b: Expr) -> str:
        return f"coalesce({self.sql(a)} = {self.sql(b)}, false)"

    def _isin(self, x: Expr, values: Lit) -> str:
        listed = ", ".join(literal(v) for v in sorted(values.value))
        return f"coalesce({self.sql(x)} IN ({listed}), false)" if listed else "false"

    def _between(self, x: Expr, lo: Expr, hi: Expr) -> str:
        v = self.sql(x)
        return f"coalesce({v} >= {self.sql(lo)} AND {v} <= {self.sql(hi)}, false)"

    def _full_match(self, x: Expr, pattern: Expr) -> str:
        return f"coalesce(regexp_full_match({self.sql(x)}, {self.sql(pattern)}), false)"

    def _all(self, *args: Expr) -> str:
        return "(" + " AND ".join(self._all_sql(args)) + ")"

    def _any(self, *args: Expr) -> str:
        return "(" + " OR ".join(self._all_sql(args)) + ")"

    def _negate(self, c: Expr) -> str:
        return f"(NOT {self.sql(c)})"

    # checks
    def reason(self, check: Check) -> str:
        """The check's reason template as SQL text over the row."""
        out, rest = [], check.reason
        for name in check.columns:
            head, rest = rest.split("{" + name + "}", 1)
            value = f"CAST({self.column(name)} AS VARCHAR)"
            out += [literal(head), f"coalesce(chr(39) || {value} || chr(39), 'empty')"]
        out.append(literal(rest))
        return "concat(" + ", ".join(out) + ")"

    def failure(self, checks: Iterable[Check]) -> str:
        """SQL of the reason of the first failing check, NULL when every check holds."""
        whens = [f"WHEN NOT {self.sql(c.test)} THEN {self.reason(c)}" for c in checks]
        return f"CASE {' '.join(whens)} END" if whens else "CAST(NULL AS VARCHAR)"


def story_key_sql(day: str, src: str, tgt: str, code: str) -> str:
    """SQL for :func:`dipwatch.models.story_key`: the same id for the same story, whatever
    the origin (text coder, GDELT, ICEWS, CSV)."""
    return (
        f"'s' || left(sha256(concat_ws(chr(31), CAST({day} AS VARCHAR), "
        f"coalesce(left({src}, 3), ''), coalesce(left({tgt}, 3), ''), {code})), 15)"
    )


def read_csv(
    path: Path | str,
    layout: Layout,
    *,
    crlf: bool = False,
    typed: Iterable[str] | None = None,
    rejects: str = REJECTS,
) -> str:
    """``read_csv(...)`` of a headerless file of ``layout``; bad rows go to ``rejects``.

    Only the ``typed`` columns (all, if None) are read with their types, the others as text;
    required columns are read with empty fields as '' so that an empty typed one is rejected.
    Fields are not trimmed or unquoted (GDELT has no quoting).
    """
    types = layout.types
    wanted = set(types) if typed is None else set(typed)
    kinds = {n: SQL_TYPES[t] if n in wanted else "VARCHAR" for n, t in types.items()}
    columns = ", ".join(f"{literal(n)}: {literal(k)}" for n, k in kinds.items())
    dates = (
        ", dateformat = '%Y%m%d'"
        if any(types[n] == "yyyymmdd" and n in wanted for n in types)
        else ""
    )
    lo, hi = layout.width_range
    padding = "true" if lo < hi else "false"
    required = f", force_not_null = {literal(layout.required)}" if layout.required else ""
    return (
        f"read_csv({path_literal(path)}, delim = {literal(layout.delimiter)}, header = false, "
        f"quote = '', escape = '', new_line = '{newline(crlf)}', auto_detect = false, "
        f"columns = {{{columns}}}, null_padding = {padding}, store_rejects = true, "
        f"rejects_table = '{rejects}', rejects_scan = '{rejects}_scan'{dates}{required})"
    )


def read_lines(path: Path | str, *, crlf: bool = False, rejects: str | None = REJECTS) -> str:
    """``read_csv(...)`` of a file's lines as one text column ``l``, unsplit.

    Lines that are not UTF-8 land in ``rejects`` with their line numbers; with
    ``rejects=None`` they are skipped (for a second read of a file already checked).
    """
    bad = (
        f"store_rejects = true, rejects_table = '{rejects}', rejects_scan = '{rejects}_scan'"
        if rejects
        else "ignore_errors = true"
    )
    # \x01 never occurs in a checked line: every line is one column, tabs and all.
    return (
        f"read_csv({path_literal(path)}, columns = {{'l': 'VARCHAR'}}, delim = '\\x01', "
        f"header = false, quote = '', escape = '', new_line = '{newline(crlf)}', "
        f"auto_detect = false, {bad})"
    )


def newline(crlf: bool) -> str:
    return "\\r\\n" if crlf else "\\n"


def contains_any(column: str, tokens: Iterable[str]) -> str:
    """A condition: the text ``column`` contains one of ``tokens``."""
    return " OR ".join(f"contains({column}, {literal(t)})" for t in tokens)


def table_rows(tables: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> dict[str, list[dict]]:
    """Lookup tables as rows ``{key, field...}`` to register as ``_lk_<name>``."""
    return {
        name: [{"key": key, **fields} for key, fields in rows.items()]
        for name, rows in tables.items()
    }
