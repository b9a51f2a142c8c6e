"""``dipwatch code``: code text files into events and print them (the database is untouched)."""

from __future__ import annotations

from typing import Annotated, Literal

import typer

from dipwatch.cli.output import View, emit
from dipwatch.models import GENRES, LANGS

CodeFormat = Literal["jsonl", "table", "json", "csv"]
Lang = Literal[LANGS]  # type: ignore[valid-type]
Genre = Literal[GENRES]  # type: ignore[valid-type]
GENRE_HELP = (
    "news (dates without a year or month read against the publication date) or narrative "
    "(against the last date named before them) [default: decided per document from its "
    "source and text]."
)

#: The coded events as a table; --wide adds the rule and the document.
VIEW = View.of(
    "date:date source target code text:text",
    "pattern confidence:num doc location:text",
)


def register(app: typer.Typer) -> None:
    app.command(name="code", short_help="Code texts into events, without a database.")(code)


def code(
    paths: Annotated[
        list[str],
        typer.Argument(help="Text files, directories or glob patterns to code.", metavar="PATH..."),
    ],
    fmt: Annotated[
        CodeFormat, typer.Option("--format", help="jsonl: one event a line (the contract).")
    ] = "jsonl",
    date: Annotated[
        str | None,
        typer.Option(help="Date of the documents (YYYY-MM-DD) when the files do not say."),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option(help="Source name of the documents (xwlb, MFA…): decides whose 'we'."),
    ] = None,
    lang: Annotated[Lang | None, typer.Option(help="Language [default: detected].")] = None,
    workers: Annotated[
        int,
        typer.Option(
            min=0, help="Processes to code with (0: all cores when there are many documents)."
        ),
    ] = 0,
    genre: Annotated[Genre | None, typer.Option(help=GENRE_HELP)] = None,
    wide: Annotated[bool, typer.Option("--wide", help="Table: more columns.")] = False,
) -> None:
    """Code texts into dated CAMEO events, one JSON object per event, without a database.

    Each event has the document id, the sentence (index and text), the trigger's span in the
    document, date and precision, source and target actor codes, CAMEO code, root, quad class,
    Goldstein value, issues, the rule that fired and its confidence.
    """
    from dipwatch.api.code import code_paths
    from dipwatch.periods import parse_day

    run = code_paths(paths, day=parse_day(date) if date else None, source=source, lang=lang,
                     workers=workers, genre=genre)  # fmt: skip
    if fmt == "jsonl":
        import json
        import sys

        for record in run:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        emit(list(run), fmt, VIEW, wide=wide)
    for reason in run.rejected:
        typer.echo(f"skipped {reason}", err=True)
    counts = run.counts
    typer.echo(
        f"{counts['documents']} documents, {counts['events']} events"
        + (f", {counts['rejected']} items skipped" if counts["rejected"] else ""),
        err=True,
    )
