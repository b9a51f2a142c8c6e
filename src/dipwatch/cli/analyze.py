"""``dipwatch analyze NAME``: run one analysis and print it as tables or for programs."""

from __future__ import annotations

from typing import Annotated, Literal

import typer

from dipwatch.api.analyze import ANALYSES
from dipwatch.cli.main import settings
from dipwatch.cli.output import Format
from dipwatch.models import LANGS

#: The analyses' names as choices: ``--help`` lists them and a wrong one fails at once.
Name = Literal[tuple(ANALYSES)]  # type: ignore[valid-type]
Lang = Literal[LANGS]  # type: ignore[valid-type]


def _help() -> str:
    """The command's help: one line per analysis of the registry."""
    import textwrap

    width = max(map(len, ANALYSES))
    lines = [
        textwrap.fill(a.summary, 76, initial_indent=f"  {a.name:<{width}}  ",
                      subsequent_indent=" " * (width + 4))
        for a in ANALYSES.values()
    ]  # fmt: skip
    return (
        "Run one analysis over the stored events for a period and print it.\n\n"
        "Tables show a few columns (--wide for more, --columns to choose); json, jsonl and csv "
        "print every field.\n\n\b\nNAME is one of:\n" + "\n".join(lines)
    )


def register(app: typer.Typer) -> None:
    app.command(
        name="analyze", help=_help(), short_help="Run an analysis: dyads, typology, allies…"
    )(analyze)


def analyze(
    ctx: typer.Context,
    name: Annotated[
        Name,
        typer.Argument(metavar="NAME", show_choices=False, help="The analysis (listed above)."),
    ],
    period: Annotated[
        str | None,
        typer.Option(
            help="2021, 2021Q4, 2021-11, 2021-11-01..2021-12-31 or a day [default: the quarter of the newest event]."
        ),
    ] = None,
    country: Annotated[str | None, typer.Option(help="Only this state: ISO3 code or name.")] = None,
    anchor: Annotated[
        str | None,
        typer.Option(
            help="dyads only: measure this state's pairs instead of the PRC's (e.g. USA)."
        ),
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", help="How to print.")] = "table",
    columns: Annotated[
        str | None,
        typer.Option(help="Table or csv: these columns, comma-separated (e.g. country,type)."),
    ] = None,
    wide: Annotated[bool, typer.Option("--wide", help="Table: more columns.")] = False,
    lang: Annotated[
        Lang, typer.Option(help="Table: the language of the prose columns and names.")
    ] = "en",
) -> None:
    from dipwatch.api.analyze import analyze as run
    from dipwatch.api.analyze import resolve_period
    from dipwatch.cli.output import emit, print_tables, split_names
    from dipwatch.cli.views import sections
    from dipwatch.models import to_plain
    from dipwatch.store import open_backend

    names = split_names(columns)
    with open_backend(settings(ctx)) as backend:
        p = resolve_period(backend, period)
        result = run(backend, name, p, country, anchor=anchor)
    if fmt != "table":
        emit(result, fmt, names=names)
        return
    print_tables(sections(name, to_plain(result), p, names, wide, lang))
