"""``dipwatch code``: code text files into events and print them (the database is untouched)."""

from __future__ import annotations

from typing import Annotated

import typer

from dipwatch.cli.main import settings
from dipwatch.cli.output import emit

TABLE_COLUMNS = ["date", "source", "code", "target", "pattern", "text"]
FORMATS = ("jsonl", "table", "json", "csv")
GENRE_HELP = (
    "news (dates without a year or month read against the publication date) or narrative "
    "(against the last date named before them) [default: decided per document from its "
    "source and text]."
)


def check_genre(genre: str | None) -> None:
    """Refuse a --genre that is neither news nor narrative."""
    from dipwatch.errors import InputError
    from dipwatch.models import GENRES

    if genre is not None and genre not in GENRES:
        raise InputError(f"unknown genre {genre!r}; choose one of: {', '.join(GENRES)}")


def register(app: typer.Typer) -> None:
    app.command(name="code")(code)


def code(
    ctx: typer.Context,
    paths: Annotated[
        list[str],
        typer.Argument(help="Text files, directories or glob patterns to code.", metavar="PATH..."),
    ],
    fmt: Annotated[
        str, typer.Option("--format", help="jsonl (one event a line) or table.")
    ] = "jsonl",
    date: Annotated[
        str | None,
        typer.Option(help="Date of the documents (YYYY-MM-DD) when the files do not say."),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option(help="Source name of the documents (xwlb, MFA…): decides whose 'we'."),
    ] = None,
    lang: Annotated[
        str | None, typer.Option(help="Language: zh-Hant, zh-Hans or en [default: detected].")
    ] = None,
    workers: Annotated[
        int,
        typer.Option(help="Processes to code with (0: all cores when there are many documents)."),
    ] = 0,
    output: Annotated[
        str | None,
        typer.Option(
            "-o",
            "--output",
            help="With --engine spark: the dataset to write (documents, events, quarantine).",
        ),
    ] = None,
    genre: Annotated[str | None, typer.Option(help=GENRE_HELP)] = None,
) -> None:
    """Code texts into dated CAMEO events, one JSON object per event, without a database.

    Each event has the document id, the sentence (index and text), the trigger's span in the
    document, date and precision, source and target actor codes, CAMEO code, root, quad class,
    Goldstein value, issues, the rule that fired and its confidence.
    """
    from dipwatch.api.code import FIELDS, code_paths
    from dipwatch.errors import InputError
    from dipwatch.models import LANGS
    from dipwatch.periods import parse_day

    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if lang is not None and lang not in LANGS:
        raise InputError(f"unknown language {lang!r}; choose one of: {', '.join(LANGS)}")
    if workers < 0:
        raise InputError("--workers must be 0 (automatic) or more")
    check_genre(genre)
    day = parse_day(date) if date else None
    if settings(ctx).engine == "spark":
        _code_on_spark(paths, output, day, source, lang, genre)
        return
    if output is not None:
        raise InputError("-o writes a dataset with --engine spark; here, redirect the output")
    run = code_paths(paths, day=day, source=source, lang=lang, workers=workers,
                     genre=genre)  # fmt: skip
    if fmt == "jsonl":
        import json
        import sys

        for record in run:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        rows = list(run)
        emit(rows, fmt, columns=TABLE_COLUMNS if fmt == "table" else list(FIELDS))
    for reason in run.rejected:
        typer.echo(f"skipped {reason}", err=True)
    counts = run.counts
    typer.echo(
        f"{counts['documents']} documents, {counts['events']} events"
        + (f", {counts['rejected']} items skipped" if counts["rejected"] else ""),
        err=True,
    )


def _code_on_spark(paths: list[str], output: str | None, day, source, lang, genre) -> None:  # type: ignore[no-untyped-def]
    """The Spark job: one input (a dataset or JSONL files), a dataset out."""
    from dipwatch.api.code_spark import code_on_spark
    from dipwatch.errors import InputError

    if output is None or len(paths) != 1:
        raise InputError(
            "with --engine spark, code takes one input (a Parquet dataset or JSONL files, a "
            "path or URI) and -o OUT, the dataset to write"
        )
    result = code_on_spark(paths[0], output, day=day, source_name=source, lang=lang, genre=genre)
    typer.echo(
        f"{result.documents} documents, {result.events} events, {result.quarantined} lines "
        f"quarantined; dataset {result.output} (load it with: dipwatch ingest {result.output})",
        err=True,
    )
