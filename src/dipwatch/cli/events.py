"""``dipwatch events``: list or export the stored events."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dipwatch.cli.main import settings
from dipwatch.cli.output import emit

TABLE_COLUMNS = [
    "date",
    "source_actor",
    "target_actor",
    "code",
    "goldstein",
    "origin",
    "issues",
    "text",
]


def register(app: typer.Typer) -> None:
    app.command(name="events")(events)


def events(
    ctx: typer.Context,
    period: Annotated[
        str | None, typer.Option(help="2021, 2021Q4, 2021-11, 2021-11-01..2021-12-31 or a day.")
    ] = None,
    actor: Annotated[
        str | None,
        typer.Option(help="Actor on either side: CAMEO code (USA, CHNGOV) or a country name."),
    ] = None,
    code: Annotated[
        str | None, typer.Option(help="CAMEO code prefix: 04 (a root), 041, 0411.")
    ] = None,
    issue: Annotated[
        str | None, typer.Option(help="Issue id, e.g. taiwan, hong_kong, trade.")
    ] = None,
    origin: Annotated[str | None, typer.Option(help="text, gdelt, icews or csv.")] = None,
    fmt: Annotated[
        str, typer.Option("--format", help="table, csv, jsonl or parquet (parquet needs -o).")
    ] = "table",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write to this file instead of printing.")
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows when printing (0: all).")] = 50,
) -> None:
    """List the stored events, newest first, or export them to CSV, JSONL or Parquet."""
    from dipwatch.api.events import build_filter, list_events, write_events
    from dipwatch.errors import InputError
    from dipwatch.store import Store

    filt = build_filter(period, actor, code, issue, origin)
    with Store(settings(ctx).db, read_only=True) as store:
        if output is not None:
            n = write_events(store, filt, output, "csv" if fmt == "table" else fmt)
            typer.echo(f"wrote {n} events to {output}", err=True)
            return
        if fmt == "parquet":
            raise InputError("--format parquet writes a file: add -o FILE")
        table = list_events(store, filt, limit or None)
    rows = table.to_pylist()
    emit(rows, fmt, columns=TABLE_COLUMNS if fmt == "table" else None)
