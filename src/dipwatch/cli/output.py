"""Printing results: tables for people, ``json``/``jsonl``/``csv`` for programs.

A table shows a command's narrow default columns (its :class:`View`), more with ``--wide``, or
exactly the ones named with ``--columns a,b``; it fits an 80-column terminal: dates and headers
are never cut, long text wraps. Machine formats print every field: JSON as it is, CSV
flattened (``scores.events``), lists of text as ``a|b`` like every CSV dipwatch writes.

>>> [c.header for c in columns("date:date source_actor=source text:text")]
['date', 'source', 'text']
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeVar

from dipwatch.errors import InputError
from dipwatch.models import LIST_SEPARATOR, to_plain

#: ``--format`` of the commands that print records (choices are checked before any work).
Format = Literal["table", "json", "jsonl", "csv"]

#: How a column prints: ``code`` (never wraps), ``num`` (right-aligned), ``date`` (never
#: cut), ``text`` (wraps to the space left).
Kind = Literal["code", "num", "date", "text"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Column:
    """One column: ``key`` is a dotted path into the record (``scores.events``); alternatives
    separated by ``|`` are tried in turn (``text.en|summary_en``)."""

    key: str
    header: str
    kind: Kind = "code"

    def value(self, record: Mapping[str, Any]) -> Any:
        for path in self.key.split("|"):
            found = pick(record, path)
            if found is not None:
                return found
        return None


def columns(spec: str) -> tuple[Column, ...]:
    """Columns from ``key[=header][:kind]`` words (the header defaults to the key's last part)."""
    out = []
    for word in spec.split():
        key, _, kind = word.partition(":")
        key, _, header = key.partition("=")
        out.append(Column(key, header or key.split("|")[0].rsplit(".", 1)[-1], kind or "code"))  # type: ignore[arg-type]
    return tuple(out)


@dataclass(frozen=True, slots=True)
class View:
    """The columns a table shows by default, and those ``--wide`` adds."""

    columns: tuple[Column, ...]
    wide: tuple[Column, ...] = ()

    @classmethod
    def of(cls, spec: str, wide: str = "") -> View:
        return cls(columns(spec), columns(wide))

    def pick(self, names: Sequence[str] | None = None, wide: bool = False) -> tuple[Column, ...]:
        """The columns to show: those named (known or any field's dotted path), or the default
        ones (and the wide ones)."""
        if not names:
            return self.columns + (self.wide if wide else ())
        known = {c.key.split("|")[0]: c for c in self.columns + self.wide}
        known.update({c.header: c for c in self.columns + self.wide})
        return tuple(known.get(n) or Column(n, n.rsplit(".", 1)[-1], "text") for n in names)


@dataclass(frozen=True, slots=True)
class Section:
    """One table of a printout: a title above, rows, columns, and a note below."""

    title: str | None
    rows: Sequence[Mapping[str, Any]]
    columns: tuple[Column, ...]
    note: str | None = None


def split_names(text: str | None) -> list[str] | None:
    """``--columns a,b`` as a list (None when not given)."""
    if text is None:
        return None
    names = [n.strip() for n in text.split(",") if n.strip()]
    if not names:
        raise InputError("--columns needs column names, e.g. --columns date,code,text")
    return names


def emit(
    rows: Sequence[Any],
    fmt: str = "table",
    view: View | None = None,
    *,
    names: Sequence[str] | None = None,
    wide: bool = False,
    title: str | None = None,
) -> None:
    """Print records (dicts or dataclasses) in ``fmt``; a table shows ``view``'s columns."""
    plain = [to_plain(r) for r in rows]
    if fmt == "json":
        json.dump(plain, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif fmt == "jsonl":
        for r in plain:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        write_csv(plain, names)
    else:
        cols = (view or View(())).pick(names, wide) or _all_columns(plain)
        print_tables([Section(title, plain, cols)])


def write_csv(records: Sequence[Mapping[str, Any]], names: Sequence[str] | None = None) -> None:
    """Records as CSV on stdout: every field flattened (or the ``names`` given)."""
    flat = [flatten(r) for r in records]
    keys = list(names or dict.fromkeys(k for r in flat for k in r))
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(keys)
    for r in flat:
        writer.writerow([csv_cell(r.get(k)) for k in keys])


def flatten(record: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested mappings as dotted keys.

    >>> flatten({"country": "LTU", "scores": {"events": 8, "major": False}})
    {'country': 'LTU', 'scores.events': 8, 'scores.major': False}
    """
    out: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, Mapping) and value:
            out.update(flatten(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def csv_cell(value: Any) -> str:
    """One value as a CSV field: lists of text as ``a|b``, other nested values as JSON.

    >>> csv_cell(["human_rights", "olympics"]), csv_cell(None), csv_cell(0.1), csv_cell(True)
    ('human_rights|olympics', '', '0.1', 'true')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return LIST_SEPARATOR.join(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def pick(record: Mapping[str, Any], path: str) -> Any:
    """``record[path]``, where ``scores.events`` reaches into a nested mapping.

    >>> pick({"scores": {"events": 8}}, "scores.events"), pick({}, "a.b")
    (8, None)
    """
    value: Any = record
    for part in path.split("."):
        value = value.get(part) if isinstance(value, Mapping) else None
    return value


def print_tables(sections: Sequence[Section]) -> None:
    """Print each section as a table fitted to the terminal (80 columns when not a terminal)."""
    from rich.console import Console

    console = Console(highlight=False)
    for i, section in enumerate(sections):
        if i:
            console.print()
        _print_section(console, section)


def _print_section(console: Any, section: Section) -> None:
    from rich.console import Console

    if section.title:
        console.print(section.title, markup=False, soft_wrap=True)
    if not section.rows:
        console.print("(nothing found)")
    elif _needed(section) > console.width:
        # never cut a value: a table wider than the terminal (--wide, --columns) is printed
        # whole and left to the terminal to fold
        Console(width=_needed(section), highlight=False).print(_table(section))
    else:
        console.print(_table(section))
    if section.note:
        console.print(section.note, markup=False, soft_wrap=True)


def _table(section: Section) -> Any:
    from rich import box
    from rich.table import Table

    table = Table(
        box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, collapse_padding=True,
        header_style="bold",
    )  # fmt: skip
    for c in section.columns:
        table.add_column(c.header, **_style(c))
    for r in section.rows:
        table.add_row(*(cell(c.value(r)) for c in section.columns))
    return table


def _needed(section: Section) -> int:
    """The narrowest the table can be without cutting a value: the widest value of each
    column that does not wrap, the minimum of those that do, two spaces between columns."""
    from rich.cells import cell_len

    widths = []
    for c in section.columns:
        least = _style(c)["min_width"]
        if c.kind != "text":
            least = max([least, *(cell_len(cell(c.value(r))) for r in section.rows)])
        widths.append(least)
    return sum(widths) + 2 * (len(widths) - 1)


def _style(c: Column) -> dict[str, Any]:
    """Rich column settings: headers and dates keep their full width; only text wraps."""
    width = max(len(c.header), 10 if c.kind == "date" else 1)
    if c.kind == "text":
        return {"min_width": max(width, 12), "overflow": "fold"}
    return {"min_width": width, "no_wrap": True, "justify": "right" if c.kind == "num" else "left"}


def cell(value: Any) -> str:
    """A value as table text: short numbers, ``a, b`` for lists, ``k=v`` for mappings.

    >>> cell(-0.36170), cell(["BLZ", "GTM"]), cell({"calls": 2}), cell(None), cell(False)
    ('-0.362', 'BLZ, GTM', 'calls=2', '', 'no')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".") or "0"
    if isinstance(value, Mapping):
        return ", ".join(f"{k}={cell(v)}" for k, v in value.items())
    if isinstance(value, list):
        if value and all(isinstance(v, Mapping) for v in value):
            return f"{len(value)} items"
        return ", ".join(cell(v) for v in value)
    return str(value)


def _all_columns(records: Sequence[Mapping[str, Any]]) -> tuple[Column, ...]:
    keys = dict.fromkeys(k for r in records for k in r)
    return tuple(Column(k, k, "text") for k in keys)


@contextmanager
def progress(label: str) -> Iterator[Callable[..., None]]:
    """A transient progress bar over files on stderr (when it is a terminal), so that stdout
    holds only the results; yields ``advance(file name, done, total[, rows read so far])``."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    console = Console(stderr=True)
    if not console.is_terminal:  # a log or a pipe gets the results, not a bar's leftovers
        yield lambda name, done, total, rows=None: None
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())  # fmt: skip
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task(label, total=None)

        def advance(name: str, done: int, total: int, rows: int | None = None) -> None:
            what = Path(name).name[:30] if rows is not None else Path(name).name[:40]
            if rows is not None:
                what += f" · {rows:,} rows"
            bar.update(task, completed=done, total=total, description=what)

        yield advance


def checked_by(check: Callable[[str], object]) -> Callable[[str], str]:
    """An option callback that runs ``check`` on the value as it is parsed, so that a bad
    value is a usage error before any work (for values a choice cannot list: ``md,pdf``)."""

    def callback(value: str) -> str:
        import typer

        try:
            check(value)
        except InputError as err:
            raise typer.BadParameter(str(err)) from None
        return value

    return callback


def deprecated_alias(value: T, old: T | None, spelling: str) -> T:
    """The value of an option's old spelling when given (with a warning), else the new one's.

    Old spellings stay as hidden options: ``--out`` (demo) and ``--dest`` (fetch) are now
    ``-o/--output`` like every other output path.
    """
    if old is None:
        return value
    import typer

    typer.echo(f"warning: {spelling} is deprecated; use -o/--output", err=True)
    return old
