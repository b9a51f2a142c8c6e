"""Printing results: ``table`` for people, ``json``/``jsonl``/``csv`` for programs."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from dipwatch.errors import InputError
from dipwatch.models import to_plain

FORMATS = ("table", "json", "jsonl", "csv")

T = TypeVar("T")


def emit(
    rows: Sequence[Any],
    fmt: str = "table",
    columns: Sequence[str] | None = None,
    title: str | None = None,
) -> None:
    """Print ``rows`` (dicts or dataclasses) in ``fmt``; ``columns`` picks and orders table/csv columns."""
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    plain = [to_plain(r) for r in rows]
    if fmt == "json":
        json.dump(plain, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    if fmt == "jsonl":
        for r in plain:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
        return
    cols = list(columns or (plain[0].keys() if plain else []))
    if fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(cols)
        for r in plain:
            writer.writerow([_cell(_pick(r, c)) for c in cols])
        return
    if not plain:
        print("(nothing found)")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for c in cols:
        table.add_column(c.rsplit(".", 1)[-1])
    for r in plain:
        table.add_row(*(_cell(_pick(r, c)) for c in cols))
    Console().print(table)


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


def _pick(row: Mapping[str, Any], column: str) -> Any:
    """``row[column]``, where ``scores.events`` reaches into a nested mapping."""
    value: Any = row
    for part in column.split("."):
        value = value.get(part) if isinstance(value, Mapping) else None
    return value


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, list | dict):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, float):
        return f"{v:.3f}".rstrip("0").rstrip(".")
    return str(v)
