"""``dipwatch export parquet DIR``: the store as a date-partitioned Parquet dataset."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dipwatch.cli.main import settings
from dipwatch.cli.output import emit

export_app = typer.Typer(
    name="export", help="Write the store in a form other tools read.", no_args_is_help=True
)


def register(app: typer.Typer) -> None:
    app.add_typer(export_app)


@export_app.command(name="parquet")
def parquet(
    ctx: typer.Context,
    directory: Annotated[
        Path, typer.Argument(help="Directory of the dataset (made if missing).", metavar="DIR")
    ],
    fmt: Annotated[
        str, typer.Option("--format", help="How to print what was written: table, json or csv.")
    ] = "table",
) -> None:
    """Write events, documents, GDELT lines and UN votes as a Parquet dataset, by month.

    Hive layout (events/month=2021-12/part-….parquet) that Spark and DuckDB read; see
    docs/dataset.md. Incremental: rows already in DIR are not written again, so a second
    export writes only what was loaded since. Load a dataset back with `dipwatch ingest DIR`.
    """
    from dipwatch.api.export import export_parquet
    from dipwatch.store import Store

    with Store(settings(ctx).db, read_only=True) as store:
        written = export_parquet(store, directory)
    emit(written, fmt, title=f"exported to {directory}")
