"""File layouts, event mappings, checks and scope rules as plain data, for any engine.

A source module (:mod:`dipwatch.sources`) describes its files with the objects below and
writes no SQL. The store
compiles them to DuckDB (:mod:`dipwatch.store.dialect`); a job on another engine, such as a
Spark loader of raw GDELT files into the same dataset layout, applies the same objects. Each is
a frozen dataclass of strings, numbers, dates and tuples; :func:`dipwatch.models.to_plain`
turns one into JSON.

**Layout**: how a file's rows are written.

- ``delimiter``: one character; ``quote``: None (no quoting, as GDELT and ICEWS) or ``'"'``
  (RFC 4180: a quoted field may hold the delimiter, newlines and doubled quotes);
- ``header``: the first line names the columns (in any order; compared trimmed, lower-cased);
- ``columns``: :class:`Column` (name, type), in file order for a file without a header;
  types: ``text``, ``int32``, ``int64``, ``float64``, ``date`` (YYYY-MM-DD) and ``yyyymmdd``
  (a day written ``20211210``). A value that does not parse as its type quarantines the row,
  naming the column and the value;
- ``widths``: how many fields a row may have (GDELT 1.0: 57 or 58, a short row missing the
  last fields); a row of another width is quarantined;
- ``required``: columns that may not be empty: a row with one empty is quarantined.

A line holding bytes that are not UTF-8, a NUL or a carriage return other than the one before
its newline is quarantined before any reader sees it. Fields are taken as written (GDELT's
padding spaces included); an empty field is a missing value (NULL).

**Expr**: a value computed from one row: ``Col(name)``, ``Lit(value)`` or ``Fn(name, args)``,
built with ``F.<name>(...)``. Text functions give NULL for NULL input unless said:

- ``trim(x)``: x without surrounding blanks, NULL when that leaves nothing;
- ``first(a, b, ...)``: the first argument that is not NULL;
- ``concat(a, b, ...)``: the arguments as text, NULL ones as nothing; NULL if that is empty;
- ``join(sep, a, b, ...)``: the arguments that are not NULL, joined by sep; NULL if none;
- ``left(x, n)``, ``upper(x)``, ``lower(x)``, ``pad(x, n, c)`` (c on the left up to n);
- ``when(c, x)``: x where the condition c holds, else NULL;
- ``split(x, sep)``: the trimmed, non-empty parts of x as a list (NULL: the empty list);
- ``match(x, cases)``: the value of the first ``(regex, value)`` case whose regex occurs in
  lower(x), else NULL;
- ``tags(x, cases)``: the values of every ``(regex, value)`` case whose regex occurs in
  lower(x), in the cases' order, as a list (the empty list when none does or x is NULL);
- ``lookup(table, x, field)``: ``field`` of the row keyed ``x`` in a table the mapping
  names (:attr:`EventMap.tables`: ``{table: {key: {field: value}}}``);
- ``story(day, source, target, code)``: :func:`dipwatch.models.story_key`;
- ``digest(n, a, b, ...)``: the first n hex digits of the sha256 of the arguments as text
  (NULL as nothing) joined by U+001F;
- ``occurrence(a, b, ...)``: 1 for the first row (in file order) with these values, 2 for the
  next, and so on;
- ``number(x)``, ``date(x)``: x parsed, NULL when it does not parse; ``integer(x)``: x as a
  whole number (``3.0`` is 3), NULL when it is not one or beyond 2**53 in size.

Conditions are never NULL (a comparison with NULL is false): ``present(x)``, ``eq(a, b)``,
``isin(x, values)``, ``between(x, lo, hi)`` (inclusive, false for NaN), ``full_match(x, re)``,
``all(...)``, ``any(...)``, ``negate(c)``.

**Check**: a row whose ``test`` is false is quarantined with ``reason``, a template in which
``{Column}`` stands for the row's value of that column, quoted (``'999999'``), or ``empty``.

**TableMap**: how a layout's rows become rows of another table (``fields``, a ``key`` whose
stored row a new row replaces, and a ``where`` condition).

**EventMap**: how a layout's rows become events: ``fields`` (events column -> Expr; columns
not named are NULL), ``checks`` (in order: the first that fails names the reason), the scope's
inputs ``countries`` (``src``, ``tgt``, ``action``: ISO3 codes) and lookup ``tables``.

Values are checked against their codebook's ranges (:func:`range_check`); a date must lie in
:func:`plausible_days`, 1900-01-01 to a year after the day of the load, whatever the dataset.

Scope rules (:mod:`dipwatch.sources.scope`) are conditions over ``Col("src")``,
``Col("tgt")`` and ``Col("action")``. Rows outside the scope are counted, never quarantined,
and their values are not checked (their shape and encoding are).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

TYPES = ("text", "int32", "int64", "float64", "date", "yyyymmdd")

#: Every function an Expr may call, with how many arguments it takes (None: any number).
FUNCTIONS: dict[str, int | None] = {
    "trim": 1, "first": None, "concat": None, "join": None, "left": 2, "upper": 1, "lower": 1, "pad": 3,
    "when": 2, "split": 2, "match": 2, "tags": 2, "lookup": 3, "story": 4, "digest": None,
    "occurrence": None, "number": 1, "integer": 1, "date": 1, "present": 1, "eq": 2,
    "isin": 2, "between": 3, "full_match": 2, "all": None, "any": None, "negate": 1,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: str = "text"

    def __post_init__(self) -> None:
        if self.type not in TYPES:
            raise ValueError(f"column {self.name!r}: unknown type {self.type!r}")


@dataclass(frozen=True, slots=True)
class Layout:
    """How one kind of file writes its rows (see the module docstring).

    >>> Layout("pairs", (Column("a"), Column("b", "int32"))).width_range
    (2, 2)
    """

    name: str
    columns: tuple[Column, ...]
    delimiter: str = "\t"
    header: bool = False
    quote: str | None = None
    widths: tuple[int, ...] = ()
    required: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @property
    def types(self) -> dict[str, str]:
        return {c.name: c.type for c in self.columns}

    @property
    def width_range(self) -> tuple[int, int]:
        widths = self.widths or (len(self.columns),)
        return min(widths), max(widths)


@dataclass(frozen=True, slots=True)
class Col:
    name: str


@dataclass(frozen=True, slots=True)
class Lit:
    value: Any


@dataclass(frozen=True, slots=True)
class Fn:
    name: str
    args: tuple[Any, ...] = ()

    def __post_init__(self) -> None:
        arity = FUNCTIONS.get(self.name, -1)
        if arity == -1:
            raise ValueError(f"unknown function {self.name!r}")
        if arity is not None and len(self.args) != arity:
            raise ValueError(f"{self.name}() takes {arity} arguments, not {len(self.args)}")


Expr = Col | Lit | Fn


class _Functions:
    """``F.trim(Col("x"))`` builds ``Fn("trim", (Col("x"),))``; plain values become Lit."""

    def __getattr__(self, name: str) -> Any:
        if name not in FUNCTIONS:
            raise AttributeError(f"no function {name!r}")

        def build(*args: Any) -> Fn:
            return Fn(name, tuple(a if isinstance(a, Col | Lit | Fn) else Lit(a) for a in args))

        return build


F = _Functions()


@dataclass(frozen=True, slots=True)
class Check:
    """A condition every kept row must meet, and the reason given for one that does not.

    >>> Check(F.present(Col("date")), "date is {date}").columns
    ('date',)
    """

    test: Expr
    reason: str

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(re.findall(r"\{([^{}]+)\}", self.reason))


@dataclass(frozen=True, slots=True)
class EventMap:
    """How rows of a layout become rows of the ``events`` table (see the module docstring)."""

    fields: Mapping[str, Expr]
    checks: tuple[Check, ...] = ()
    countries: Mapping[str, Expr] = field(default_factory=dict)
    tables: Mapping[str, Mapping[str, Mapping[str, Any]]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class TableMap:
    """How rows of a layout become rows of another table of the store (UN votes): ``fields``
    (table column -> Expr), the rows taken (``where``, all if None) and the ``key`` columns:
    a row replaces the stored row with its key, and a file's first row of a key wins."""

    table: str
    fields: Mapping[str, Expr]
    key: tuple[str, ...]
    where: Expr | None = None
    tables: Mapping[str, Mapping[str, Mapping[str, Any]]] = field(default_factory=dict)


def columns_of(expr: Any) -> set[str]:
    """The column names an Expr (or a Check, a tuple of them) reads.

    >>> sorted(columns_of(F.first(Col("b"), F.trim(Col("a")))))
    ['a', 'b']
    """
    if isinstance(expr, Col):
        return {expr.name}
    if isinstance(expr, Fn):
        return set().union(*(columns_of(a) for a in expr.args))
    if isinstance(expr, Check):
        return columns_of(expr.test) | set(expr.columns)
    if isinstance(expr, tuple | list):
        return set().union(*(columns_of(a) for a in expr))
    return set()


def mapped_columns(event_map: EventMap) -> set[str]:
    """Every column an EventMap reads, in its fields, checks and countries."""
    parts = [*event_map.fields.values(), *event_map.checks, *event_map.countries.values()]
    return columns_of(parts)


#: The first day an event may have; the last is a year after the load (see plausible_days).
FIRST_DAY = date(1900, 1, 1)


def plausible_days(today: date | None = None) -> tuple[date, date]:
    """The span of days an event of any dataset may have: 1900-01-01 to a year from today.

    >>> plausible_days(date(2026, 12, 5))
    (datetime.date(1900, 1, 1), datetime.date(2027, 12, 5))
    """
    today = today or date.today()
    return FIRST_DAY, today + timedelta(days=365)


def range_check(
    column: str, low: float | date, high: float | date, what: str, value: Expr | None = None
) -> Check:
    """The value of ``column`` (or ``value``, an Expr over it), when present, is in [low, high].

    >>> range_check("QuadClass", 1, 4, "the quad classes").reason
    'QuadClass {QuadClass} is outside the quad classes 1..4'
    """
    value = Col(column) if value is None else value
    test = F.any(F.negate(F.present(value)), F.between(value, low, high))
    return Check(test, f"{column} {{{column}}} is outside {what} {low}..{high}")
