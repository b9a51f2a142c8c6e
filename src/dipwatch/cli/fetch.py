"""``dipwatch fetch gdelt``: download GDELT 2.0 export files for a date range."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Annotated

import typer

from dipwatch.cli.main import settings
from dipwatch.cli.output import Format, View, deprecated_alias, emit, progress

#: Per-file results; --wide adds the ingest counts.
VIEW = View.of(
    "file:text status attempts=tries:num ingest events:num quarantined:num",
    "read:num kept:num out_of_scope=out:num duplicates=dupl:num",
)

fetch_app = typer.Typer(
    name="fetch",
    help="Download event datasets (GDELT 2.0 export files).",
    no_args_is_help=True,
    rich_markup_mode=None,
)


def register(app: typer.Typer) -> None:
    app.add_typer(fetch_app, name="fetch")


@fetch_app.command(name="gdelt")
def gdelt(
    ctx: typer.Context,
    start: Annotated[str, typer.Option(help="First day (YYYY-MM-DD).")],
    end: Annotated[str, typer.Option(help="Last day (YYYY-MM-DD), included.")],
    output: Annotated[
        Path, typer.Option("-o", "--output", help="Directory for the downloaded files.")
    ] = Path("gdelt"),
    base_url: Annotated[
        str, typer.Option(help="Where masterfilelist.txt is (GDELT 2.0 by default).")
    ] = "http://data.gdeltproject.org/gdeltv2/",
    ingest: Annotated[
        bool, typer.Option("--ingest", help="Load each good file into the database as it arrives.")
    ] = False,
    keep: Annotated[
        str, typer.Option(help="With --ingest: prc, all or countries=A,B (see `ingest`).")
    ] = "prc",
    workers: Annotated[int, typer.Option(help="Parallel downloads.")] = 4,
    retries: Annotated[int, typer.Option(help="Retries per file, with growing waits.")] = 3,
    timeout: Annotated[
        float,
        typer.Option(help="Seconds a request may take in all (the master list, each file)."),
    ] = 60.0,
    fmt: Annotated[Format, typer.Option("--format", help="How to print the results.")] = "table",
    wide: Annotated[bool, typer.Option("--wide", help="Table: every count.")] = False,
    dest: Annotated[Path | None, typer.Option(hidden=True)] = None,
) -> None:
    """Download the export files of GDELT's master list from START to END, in parallel.

    Each file's size and MD5 are checked against the list; a bad or truncated file is retried,
    then reported as failed; complete files already in the output directory are skipped, so a
    stopped run can simply be run again. With --ingest the database is open only while a file
    is loaded.

    Limits: each request has --timeout seconds in all, however slowly the server sends; a
    body is read at most to its listed size (a larger one fails at once); the master list at
    most 1 GB. Exit status: 0 every file downloaded (and loaded), 1 some failed, were missing
    or had rows quarantined, 2 bad usage, 130 interrupted.
    """
    from dipwatch.api.fetch import FetchOptions, fetch_gdelt
    from dipwatch.periods import parse_day
    from dipwatch.store import Store

    output = deprecated_alias(output, dest, "--dest")
    first, last = parse_day(start), parse_day(end)
    options = FetchOptions(
        base_url=base_url, workers=workers, retries=retries, timeout=timeout, keep=keep
    )
    cfg = settings(ctx)
    store = None
    if ingest:
        Store(cfg.db, adopt=cfg.adopt).close()  # a --db that cannot work is refused at once
        store = partial(Store, cfg.db, adopt=cfg.adopt)
    with progress("fetch") as advance:
        report = fetch_gdelt(first, last, output, store=store, options=options, progress=advance)
    loaded = {r.path: r for r in report.ingested}
    rows = []
    for d in report.files:
        row = {"file": d.remote.name, "status": d.status, "attempts": d.attempts}
        if str(d.path) in loaded:
            row.update({"ingest": loaded[str(d.path)].status, **loaded[str(d.path)].counts})
        rows.append({**row, "error": d.error or ""})
    emit(rows, fmt, VIEW, wide=wide)
    if fmt == "table":
        for r in rows:
            if r["error"]:
                typer.echo(f"{r['file']}: {r['error']}", err=True)
    summary = ", ".join(f"{k} {v}" for k, v in sorted(report.totals.items())) or "no files"
    typer.echo(f"{len(report.files)} files from {first} to {last} in {output}: {summary}", err=True)
    if not report.complete:
        raise typer.Exit(1)
