"""``dipwatch report``: the period's assessment in Markdown, HTML, Word and PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dipwatch.cli.main import settings
from dipwatch.cli.output import checked_by


def register(app: typer.Typer) -> None:
    app.command(name="report", short_help="Write the period's assessment (md, html, docx, pdf).")(
        report
    )


def _formats(value: str) -> object:
    from dipwatch.api.report import check_formats

    return check_formats(value)


def _langs(value: str) -> object:
    from dipwatch.api.report import check_langs

    return check_langs(value)


def report(
    ctx: typer.Context,
    period: Annotated[str | None, typer.Option(
        help="2021, 2021Q4, 2021-11, 2021-11-01..2021-12-31 or a day [default: the quarter of the newest event].")] = None,
    compare: Annotated[str | None, typer.Option(
        help="Add what changed since this earlier period (e.g. 2021Q3).")] = None,
    lang: Annotated[str, typer.Option(
        "--lang", metavar="<zh-Hant,zh-Hans,en|all>", callback=checked_by(_langs),
        help="One language, a comma list, or all.")] = "zh-Hant",
    fmt: Annotated[str, typer.Option(
        "--format", metavar="<md,html,docx,pdf>", callback=checked_by(_formats),
        help="A comma list of these.")] = "md,html,docx,pdf",
    output: Annotated[Path, typer.Option(
        "-o", "--output", help="Directory for the files.")] = Path("report"),
    out: Annotated[Path | None, typer.Option(hidden=True)] = None,
) -> None:  # fmt: skip
    """Write the assessment of a period (key judgments, US–China, the typology region by
    region, Taiwan's allies, what to watch, chronology, charts, footnoted evidence, method)."""
    from dipwatch.api.report import write_report
    from dipwatch.cli.output import deprecated_alias
    from dipwatch.store import open_backend

    out_dir = deprecated_alias(output, out, "--out")
    with open_backend(settings(ctx)) as backend:
        files = write_report(backend, period, compare=compare, langs=lang, formats=fmt,
                             out_dir=out_dir, step=lambda msg: typer.echo(f"· {msg}", err=True))  # fmt: skip
    for path in files.values():
        typer.echo(str(path))
