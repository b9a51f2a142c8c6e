"""``dipwatch ingest``: load files into the store."""

from __future__ import annotations

import os
from typing import Annotated, Any, Literal

import typer

from dipwatch.cli.code import GENRE_HELP, Genre
from dipwatch.cli.main import settings
from dipwatch.cli.output import Format, View, emit, progress
from dipwatch.models import LANGS
from dipwatch.sources.detect import KINDS

#: ``api.ingest.ALL_KINDS`` (the file kinds and ``parquet``, a dataset directory), spelled out
#: here so that --help does not import the store (a test keeps the two alike).
Kind = Literal[("auto", *KINDS, "parquet")]  # type: ignore[valid-type]
Lang = Literal[LANGS]  # type: ignore[valid-type]

#: Per-file results: what loaded, with the counts that matter; --wide adds every count.
VIEW = View.of(
    "file:text status documents=docs:num events:num quarantined:num",
    "kind read:num kept:num out_of_scope=out:num duplicates=dupl:num events_known=known:num",
)


def register(app: typer.Typer) -> None:
    app.command(name="ingest", short_help="Load texts, event files and UN votes.")(ingest)


def ingest(
    ctx: typer.Context,
    paths: Annotated[
        list[str],
        typer.Argument(help="Files, directories or glob patterns to load.", metavar="PATH..."),
    ],
    kind: Annotated[
        Kind,
        typer.Option(
            help="Input kind: auto guesses from name and shape; events is an events CSV or "
            "dipwatch's own export (csv, jsonl, parquet); parquet a dataset directory."
        ),
    ] = "auto",
    keep: Annotated[
        str | None,
        typer.Option(
            help="Event data scope: prc (events with a PRC actor or location, and any state with "
            "Taiwan), all, or countries=USA,RUS (ISO3) [default: prc; dipwatch's own exports "
            "load whole].",
            show_default=False,
        ),
    ] = None,
    source: Annotated[
        str | None, typer.Option(help="Source name recorded on the documents (e.g. MFA, CCTV).")
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(help="Date of the documents (YYYY-MM-DD) when the files do not say."),
    ] = None,
    lang: Annotated[
        Lang | None, typer.Option(help="Language of the texts [default: detected].")
    ] = None,
    genre: Annotated[Genre | None, typer.Option(help=GENRE_HELP)] = None,
    fmt: Annotated[
        Format, typer.Option("--format", help="How to print the per-file results.")
    ] = "table",
    wide: Annotated[bool, typer.Option("--wide", help="Table: every count.")] = False,
) -> None:
    """Load texts, event files or UN votes into the database, one transaction per file.

    Loading the same file twice changes nothing; a file that cannot be read, and every bad
    row, is kept in the quarantine table with its reason while the rest goes on. Read-me and
    licence files of a folder are skipped (name them to load them).

    Limits (a file or row beyond them is quarantined, saying which): a text document 50 MB;
    HTML nested 1,000 elements deep; JSON about 1,000 levels; Markdown front matter 16 KB of
    plain YAML (no aliases, 32 levels); a CSV/TSV line 1 MB, a quoted field 200 lines; a GDELT
    line 2 MB;
    one file per zip, unpacked at most 8 GB (stored, deflate, bzip2 or lzma); values in their
    codebook ranges (Goldstein -10..10, tone -100..100, quad class 1-4) and dates from
    1900-01-01 to a year from today. A file that changes while it is read is not loaded.

    Exit status: 0 all loaded, 1 some rows quarantined or files failed, 2 bad usage,
    130 interrupted (the file being loaded is not kept).
    """
    from dipwatch.api.ingest import IngestOptions
    from dipwatch.api.ingest import ingest as run_ingest
    from dipwatch.periods import parse_day
    from dipwatch.store import Store

    day = parse_day(date) if date else None
    cfg = settings(ctx)
    if cfg.engine == "spark":
        _ingest_on_spark(paths, kind, keep, cfg.dataset_location())
        return
    with Store(cfg.db, adopt=cfg.adopt) as store, progress("ingest") as advance:
        options = IngestOptions(
            keep=keep, source=source, date=day, lang=lang, genre=genre, progress=advance
        )
        report = run_ingest(store, paths, kind=kind, options=options)
    rows = [
        {"file": f.path, "kind": f.kind, "status": f.status, **f.counts, "error": f.error or ""}
        for f in report.files
    ]
    if fmt == "table" and len(rows) > TABLE_ROWS:
        # a table of thousands of files helps nobody: show what did not load, and say so
        unusual = [r for r in rows if r["status"] != "loaded"]
        typer.echo(
            f"{len(rows) - len(unusual)} files loaded; listing the {len(unusual)} others "
            "(--format csv lists every file)",
            err=True,
        )
        rows = unusual
    if fmt == "table":
        folder, rows = within_folder(rows)
        emit(rows, fmt, VIEW, wide=wide, title=f"in {folder}" if folder else None)
        for r in rows:
            if r["error"]:
                typer.echo(f"{r['status']}: {r['error']}", err=True)
    else:
        emit(rows, fmt)
    totals = report.totals
    summary = ", ".join(f"{k} {v}" for k, v in sorted(totals.items()))
    typer.echo(f"run {report.run_id}: {summary}; database {cfg.db}", err=True)
    if not report.complete:
        raise typer.Exit(1)  # a file failed or rows were quarantined: scripts should know


def _ingest_on_spark(paths: list[str], kind: str, keep: str | None, dataset: str) -> None:
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


def within_folder(rows: list[dict[str, Any]]) -> tuple[str | None, list[dict[str, Any]]]:
    """The folder all the files are in, and the rows with file names relative to it (a table
    of long paths wraps them mid-name)."""
    if len(rows) < 2:
        return None, rows
    common = os.path.commonpath([r["file"] for r in rows])
    if not common or any(r["file"] == common for r in rows):
        return None, rows
    return common + os.sep, [{**r, "file": os.path.relpath(r["file"], common)} for r in rows]
