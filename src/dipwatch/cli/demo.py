"""``dipwatch demo``: the main job end to end on the bundled example corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    app.command(name="demo", short_help="The main job end to end on the example corpus.")(demo)


def demo(
    output: Annotated[
        Path, typer.Option("-o", "--output", help="Directory for the demo database and outputs.")
    ] = Path("dipwatch-demo"),
    out: Annotated[Path | None, typer.Option(hidden=True)] = None,
) -> None:
    """Build a fresh database from the example corpus (real 2021-Q4 events in zh-Hant, zh-Hans
    and English), run the analyses on 2021Q4 and say where the outputs are.

    The demo uses its own database in the output directory (made anew each time), never --db.
    """
    from dipwatch.api.demo import run_demo
    from dipwatch.cli.output import deprecated_alias

    result = run_demo(
        deprecated_alias(output, out, "--out"), step=lambda msg: typer.echo(f"· {msg}", err=True)
    )
    totals = result.ingest.totals
    typer.echo(
        f"read {len(result.ingest.files)} files: {result.counts.get('documents', 0)} documents, "
        f"{result.counts.get('events', 0)} events, {totals.get('quarantined', 0)} quarantined"
    )
    typer.echo(f"database: {result.db}")
    for name, path in result.files.items():
        typer.echo(f"{name}: {path}")
