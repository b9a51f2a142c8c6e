"""Spark SQL for the layouts, expressions and checks of :mod:`dipwatch.layout`.

The same plain data that :mod:`dipwatch.store.dialect` compiles for DuckDB, compiled for
Spark: :class:`SparkCompiler` differs from DuckDB's :class:`~dipwatch.store.dialect.Compiler`
only where Spark's SQL does (literals, ``concat`` of NULLs, ``sha2``, regular expressions,
``STRING``), so that ``bulk.event_select`` and ``bulk.scope_sql`` build a GDELT row's event,
its check failure and its scope for either engine from one description.

>>> from dipwatch.layout import Col, F
>>> SparkCompiler(lambda n: n).sql(F.concat("g", Col("GlobalEventID")))
"nullif(concat_ws('', CAST('g' AS STRING), CAST(GlobalEventID AS STRING)), '')"
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date
from typing import Any

from dipwatch.layout import Check, Expr, Layout, Lit
from dipwatch.store.dialect import Compiler

#: Layout types -> Spark SQL types.
SPARK_TYPES = {"text": "STRING", "int32": "INT", "int64": "BIGINT", "float64": "DOUBLE",
               "date": "DATE", "yyyymmdd": "DATE"}  # fmt: skip


def spark_literal(value: Any) -> str:
    """A Python value as a Spark SQL literal.

    >>> spark_literal("it's \\\\"), spark_literal(("a", "b")), spark_literal(date(2021, 12, 10))
    ("'it\\\\'s \\\\\\\\'", "array('a', 'b')", "DATE '2021-12-10'")
    """
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else f"CAST('{value}' AS DOUBLE)"
    if isinstance(value, date):
        return f"DATE '{value.isoformat()}'"
    if isinstance(value, tuple | list | frozenset | set):
        items = sorted(value) if isinstance(value, frozenset | set) else value
        return (
            f"array({', '.join(spark_literal(v) for v in items)})"
            if items
            else ("CAST(array() AS ARRAY<STRING>)")
        )
    text = str(value).replace("\\", "\\\\").replace("'", "\\'")
    return f"'{text}'"


def _regex(pattern: str) -> str:
    """A literal text as a Java regular expression that matches it."""
    return "\\Q" + pattern.replace("\\E", "\\E\\\\E\\Q") + "\\E"


class SparkCompiler(Compiler):
    """Expr -> Spark SQL over one row (see the module docstring)."""

    def _text(self, args: Iterable[Expr]) -> str:
        return ", ".join(f"CAST({a} AS STRING)" for a in self._all_sql(args))

    def _concat(self, *args: Expr) -> str:
        return f"nullif(concat_ws('', {self._text(args)}), '')"

    def _join(self, sep: Expr, *args: Expr) -> str:
        return f"nullif(concat_ws({self.sql(sep)}, {self._text(args)}), '')"

    def _lookup(self, table: Lit, x: Expr, name: Lit) -> str:
        return super()._lookup(table, x, name).replace('"', "`")

    def _split(self, x: Expr, sep: Expr) -> str:
        assert isinstance(sep, Lit)
        parts = f"split(coalesce({self.sql(x)}, ''), {spark_literal(_regex(str(sep.value)))}, -1)"
        return f"filter(transform({parts}, p -> trim(p)), p -> p <> '')"

    def lit(self, value: Any) -> str:
        return spark_literal(value)

    def matches(self, v: str, pattern: str) -> str:
        return f"{v} RLIKE {self.lit(pattern)}"

    def text_list(self, items: str) -> str:
        if not items:
            return "CAST(array() AS ARRAY<STRING>)"
        return f"filter(array({items}), t -> t IS NOT NULL)"

    def _story(self, day: Expr, src: Expr, tgt: Expr, code: Expr) -> str:
        src_sql, tgt_sql = self.sql(src), self.sql(tgt)
        parts = (f"CAST({self.sql(day)} AS STRING), coalesce(left({src_sql}, 3), ''), "
                 f"coalesce(left({tgt_sql}, 3), ''), {self.sql(code)}")  # fmt: skip
        return f"concat('s', left(sha2(concat_ws(char(31), {parts}), 256), 15))"

    def _digest(self, n: Lit, *args: Expr) -> str:
        parts = ", ".join(f"coalesce(CAST({a} AS STRING), '')" for a in self._all_sql(args))
        return f"left(sha2(concat_ws(char(31), {parts}), 256), {spark_literal(n.value)})"

    def _full_match(self, x: Expr, pattern: Expr) -> str:
        assert isinstance(pattern, Lit)
        return f"coalesce({self.sql(x)} RLIKE {spark_literal(f'^(?:{pattern.value})$')}, false)"

    def reason(self, check: Check) -> str:
        out, rest = [], check.reason
        for name in check.columns:
            head, rest = rest.split("{" + name + "}", 1)
            value = f"CAST({self.column(name)} AS STRING)"
            out += [spark_literal(head), f"coalesce(concat(char(39), {value}, char(39)), 'empty')"]
        out.append(spark_literal(rest))
        return "concat(" + ", ".join(out) + ")"

    def failure(self, checks: Iterable[Check]) -> str:
        whens = [f"WHEN NOT {self.sql(c.test)} THEN {self.reason(c)}" for c in checks]
        return f"CASE {' '.join(whens)} END" if whens else "CAST(NULL AS STRING)"


def typed_columns(
    layout: Layout, fields: str = "f", typed: Iterable[str] | None = None
) -> list[str]:
    """Spark SQL of each layout column from the array ``fields`` of a split line: empty is
    NULL, the ``typed`` ones (all, if None) cast to their type (NULL when they do not parse)."""
    wanted = {c.name for c in layout.columns} if typed is None else set(typed)
    out = []
    for i, column in enumerate(layout.columns):
        raw = f"nullif(try_element_at({fields}, {i + 1}), '')"
        if column.name in wanted and column.type == "yyyymmdd":
            raw = f"to_date(try_to_timestamp({raw}, 'yyyyMMdd'))"
        elif column.name in wanted and column.type != "text":
            raw = f"TRY_CAST({raw} AS {SPARK_TYPES[column.type]})"
        out.append(f"{raw} AS `{column.name}`")
    return out


def type_failure(layout: Layout, fields: str = "f", typed: Iterable[str] | None = None,
                 values: bool = True) -> str:  # fmt: skip
    """Spark SQL of why a split line cannot be read as ``layout`` (its width; with ``values``,
    an empty required column or a value not of its type), NULL when it can."""
    widths = ", ".join(str(w) for w in (layout.widths or (len(layout.columns),)))
    whens = [f"WHEN size({fields}) NOT IN ({widths}) THEN concat('expected {widths.replace(', ', ' or ')} "
             f"tab-separated columns, found ', CAST(size({fields}) AS STRING))"]  # fmt: skip
    wanted = {c.name for c in layout.columns} if typed is None else set(typed)
    for i, column in enumerate(layout.columns if values else ()):
        raw = f"nullif(try_element_at({fields}, {i + 1}), '')"
        if column.name in layout.required:
            whens.append(f"WHEN {raw} IS NULL THEN '{column.name} is empty'")
        if column.name in wanted and column.type != "text":
            cast = (f"try_to_timestamp({raw}, 'yyyyMMdd')" if column.type == "yyyymmdd"
                    else f"TRY_CAST({raw} AS {SPARK_TYPES[column.type]})")  # fmt: skip
            whens.append(
                f"WHEN {raw} IS NOT NULL AND {cast} IS NULL THEN concat('{column.name}: ', "
                f"char(39), {raw}, char(39), ' is not {column.type}')"
            )
    return f"CASE {' '.join(whens)} END"


def column_of(name: str) -> str:
    """A Spark SQL reference to a column of the row ``r``."""
    return "r.`" + name.replace("`", "``") + "`"
