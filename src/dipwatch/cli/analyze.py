"""``dipwatch analyze NAME``: run one analysis and print it as a table or JSON."""

from __future__ import annotations

from typing import Annotated

import typer

from dipwatch.api.analyze import ANALYSES
from dipwatch.cli.main import settings
from dipwatch.cli.output import emit

#: The columns a table shows for each analysis (JSON always has every field).
COLUMNS = {
    "dyads": ["partner", "events", "nci", "goldstein_mean", "share", "previous_events", "change", "count_p", "significant"],
    "typology": ["country", "type", "scores.events", "scores.cooperation", "scores.conflict",
                 "scores.core_conflict", "scores.consultation", "scores.punitive", "scores.major"],
    "alignment": ["country", "year", "issue", "votes", "with_prc", "with_usa"],
    "regions": ["region", "events", "nci", "trend", "partners", "forums"],
    "allies": ["on", "allies", "switches", "watch"],
    "alerts": ["kind", "country", "period", "score", "text.en"],
    "contradictions": ["kind", "pair", "root", "days_apart", "first", "second"],
    "judgments": ["rank", "key", "text.en"],
    "coverage": ["origin", "source", "first", "last", "days", "events", "documents"],
    "backtest": ["country", "switched", "rank", "of", "score"],
}  # fmt: skip


def register(app: typer.Typer) -> None:
    app.command(name="analyze")(analyze)


def analyze(
    ctx: typer.Context,
    name: Annotated[
        str,
        typer.Argument(
            help="; ".join(f"{a.name}: {a.summary}" for a in ANALYSES.values()) + ".",
            show_default=False,
        ),
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
    fmt: Annotated[str, typer.Option("--format", help="table, json, jsonl or csv.")] = "table",
) -> None:
    """Run one analysis over the stored events for a period and print it."""
    from dipwatch.api.analyze import analyze as run
    from dipwatch.store import open_backend

    with open_backend(settings(ctx)) as backend:
        result = run(backend, name, period, country, anchor=anchor)
    emit(result, fmt, columns=COLUMNS.get(name) if fmt in ("table", "csv") else None, title=name)
