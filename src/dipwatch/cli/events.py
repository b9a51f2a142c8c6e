"""``dipwatch events``: list the stored events, or export them for other programs."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Literal

import typer

from dipwatch.cli.main import settings
from dipwatch.models import ORIGINS

#: A table for people, or one of the export formats (which write every matching event).
EventFormat = Literal["table", "csv", "jsonl", "parquet"]
Origin = Literal[ORIGINS]  # type: ignore[valid-type]

#: Rows a table shows unless --limit says otherwise.
TABLE_ROWS = 50


def register(app: typer.Typer) -> None:
    app.command(name="events", short_help="List or export the stored events.")(events)


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
    origin: Annotated[Origin | None, typer.Option(help="Where the events came from.")] = None,
    fmt: Annotated[
        EventFormat,
        typer.Option(
            "--format",
            help="table, or csv, jsonl or parquet to export [default: table; with -o, from "
            "the file's suffix].",
            show_default=False,
        ),
    ] = "table",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write to this file instead of stdout.")
    ] = None,
    limit: Annotated[
        int | None,
        typer.Option(
            min=1,
            max=2**62,  # more rows than any store holds (and still a number the engines take)
            help=f"At most this many events [default: {TABLE_ROWS} in a table, all in an export].",
            show_default=False,
        ),
    ] = None,
    columns: Annotated[
        str | None, typer.Option(help="Table: these columns, comma-separated (e.g. date,code).")
    ] = None,
    wide: Annotated[bool, typer.Option("--wide", help="Table: more columns.")] = False,
) -> None:
    """List the stored events, newest first, or export them to CSV, JSONL or Parquet.

    An export writes every matching event (unless --limit) with every column, in the format
    `dipwatch ingest --kind events` reads back.
    """
    from dipwatch.api.events import build_filter, list_events, write_events
    from dipwatch.api.outputs import output_file
    from dipwatch.cli.output import Section, print_tables, split_names
    from dipwatch.cli.views import EVIDENCE
    from dipwatch.store import open_backend

    names = split_names(columns)
    filt = build_filter(period, actor, code, issue, origin)
    if output is not None:
        output_file(output)  # checked before any work: not a folder, its folder can be made
        if fmt == "table":
            fmt = _format_of(output)
    with open_backend(settings(ctx)) as backend:
        if fmt == "table":
            page = list_events(backend, filt, limit or TABLE_ROWS)
            rows = page.events.to_pylist()
            shown = (
                f"{len(rows)} of {page.total} events shown (--limit for more; --format csv, "
                "jsonl or parquet for all)" if len(rows) < page.total else f"{page.total} events"
            )  # fmt: skip
            print_tables([Section(None, rows, EVIDENCE.pick(names, wide), note=shown)])
            return
        if output is not None:
            n = write_events(backend, filt, output, fmt, limit)
            typer.echo(f"wrote {n} events to {output}", err=True)
            return
        sys.stdout.flush()
        write_events(backend, filt, sys.stdout.buffer, fmt, limit)
        sys.stdout.buffer.flush()


def _format_of(path: Path) -> EventFormat:
    """The export format a file name asks for (``events.parquet``)."""
    from dipwatch.errors import InputError

    suffix = path.suffix.lower().lstrip(".")
    if suffix in ("csv", "jsonl", "parquet"):
        return suffix  # type: ignore[return-value]
    raise InputError(f"{path}: say --format csv, jsonl or parquet (the name does not say which)")
