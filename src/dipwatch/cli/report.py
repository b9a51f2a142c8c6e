"""``dipwatch report``: the period's assessment in Markdown, HTML, Word and PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dipwatch.cli.main import settings


def register(app: typer.Typer) -> None:
    app.command(name="report")(report)


def report(
    ctx: typer.Context,
    period: Annotated[str | None, typer.Option(
        help="2021, 2021Q4, 2021-11, 2021-11-01..2021-12-31 or a day [default: the quarter of the newest event].")] = None,
    compare: Annotated[str | None, typer.Option(
        help="Add what changed since this earlier period (e.g. 2021Q3).")] = None,
    lang: Annotated[str, typer.Option(
        "--lang", help="zh-Hant, zh-Hans, en, a comma list, or all.")] = "zh-Hant",
    fmt: Annotated[str, typer.Option(
        "--format", help="Comma list of md, html, docx, pdf.")] = "md,html,docx,pdf",
    out: Annotated[Path, typer.Option("-o", "--out", help="Directory for the files.")] = Path("report"),
) -> None:  # fmt: skip
    """Write the assessment of a period (key judgments, US–China, the typology region by
    region, Taiwan's allies, what to watch, chronology, charts, footnoted evidence, method)."""
    from dipwatch.api.report import write_report
    from dipwatch.store import open_backend

    with open_backend(settings(ctx)) as backend:
        files = write_report(backend, period, compare=compare, langs=lang, formats=fmt, out_dir=out,
                             step=lambda msg: typer.echo(f"· {msg}", err=True))  # fmt: skip
    for path in files.values():
        typer.echo(str(path))
