"""``dipwatch ingest``: load files into the store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dipwatch.cli.code import GENRE_HELP, check_genre
from dipwatch.cli.main import settings
from dipwatch.cli.output import emit


def register(app: typer.Typer) -> None:
    app.command(name="ingest")(ingest)


def ingest(
    ctx: typer.Context,
    paths: Annotated[
        list[str],
        typer.Argument(help="Files, directories or glob patterns to load.", metavar="PATH..."),
    ],
    kind: Annotated[
        str,
        typer.Option(
            help="Input kind: auto (guess from name and shape), text, gdelt, icews, unvotes, events or parquet (a dataset directory)."
        ),
    ] = "auto",
    keep: Annotated[
        str,
        typer.Option(
            help="Event data scope: prc (events with a PRC actor or location, and any state with "
            "Taiwan), all, or countries=USA,RUS (ISO3)."
        ),
    ] = "prc",
    source: Annotated[
        str | None, typer.Option(help="Source name recorded on the documents (e.g. MFA, CCTV).")
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(help="Date of the documents (YYYY-MM-DD) when the files do not say."),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(help="Language of the texts: zh-Hant, zh-Hans or en [default: detected]."),
    ] = None,
    genre: Annotated[str | None, typer.Option(help=GENRE_HELP)] = None,
    fmt: Annotated[
        str, typer.Option("--format", help="How to print the per-file results: table, json or csv.")
    ] = "table",
) -> None:
    """Load texts, event files or UN votes into the database, one transaction per file.

    Loading the same file twice changes nothing; a file that cannot be read, and every bad
    row, is kept in the quarantine table with its reason while the rest goes on.
    """
    from dipwatch.api.ingest import IngestOptions
    from dipwatch.api.ingest import ingest as run_ingest
    from dipwatch.errors import InputError
    from dipwatch.models import LANGS
    from dipwatch.periods import parse_day
    from dipwatch.store import Store

    if lang is not None and lang not in LANGS:
        raise InputError(f"unknown language {lang!r}; choose one of: {', '.join(LANGS)}")
    check_genre(genre)
    day = parse_day(date) if date else None
    cfg = settings(ctx)
    if cfg.engine == "spark":
        _ingest_on_spark(paths, kind, keep, cfg.dataset_location())
        return
    with Store(cfg.db) as store, _progress() as advance:
        options = IngestOptions(
            keep=keep, source=source, date=day, lang=lang, genre=genre, progress=advance
        )
        report = run_ingest(store, paths, kind=kind, options=options)
    rows = [
        {"file": f.path, "kind": f.kind, "status": f.status, **f.counts, "error": f.error or ""}
        for f in report.files
    ]
    columns = _columns(rows)
    if fmt == "table" and len(rows) > TABLE_ROWS:
        # a table of thousands of files helps nobody: show what did not load, and say so
        unusual = [r for r in rows if r["status"] != "loaded"]
        typer.echo(
            f"{len(rows) - len(unusual)} files loaded; listing the {len(unusual)} others "
            "(--format csv lists every file)",
            err=True,
        )
        rows = unusual
    emit(rows, fmt, columns=columns)
    totals = report.totals
    summary = ", ".join(f"{k} {v}" for k, v in sorted(totals.items()))
    typer.echo(f"run {report.run_id}: {summary}; database {cfg.db}", err=True)


def _ingest_on_spark(paths: list[str], kind: str, keep: str, dataset: str) -> None:
    """GDELT files into the Parquet dataset by a Spark job (the other kinds: DuckDB only)."""
    from dipwatch.api.ingest_spark import ingest_gdelt_on_spark
    from dipwatch.errors import InputError

    if kind not in ("auto", "gdelt"):
        raise InputError(f"with --engine spark, ingest loads GDELT files only, not {kind!r}")
    counts = ingest_gdelt_on_spark(paths, dataset, keep)
    summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    typer.echo(f"{summary}; dataset {dataset}", err=True)


#: More files than this are summarised in table output.
TABLE_ROWS = 40


def _columns(rows: list[dict[str, object]]) -> list[str]:
    first = ["file", "kind", "status"]
    rest = sorted({k for r in rows for k in r} - set(first) - {"error"})
    return [*first, *rest, "error"]


class _progress:
    """A progress bar over files on stderr (quiet when stderr is not a terminal)."""

    def __enter__(self):  # type: ignore[no-untyped-def]
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self._bar = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            transient=True,
        )  # fmt: skip
        self._bar.__enter__()
        self._task = self._bar.add_task("ingest", total=None)

        def advance(name: str, done: int, total: int) -> None:
            self._bar.update(
                self._task, completed=done, total=total, description=Path(name).name[:40]
            )

        return advance

    def __exit__(self, *exc: object) -> None:
        self._bar.__exit__(None, None, None)
