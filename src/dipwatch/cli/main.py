"""The ``dipwatch`` command: global options, command discovery and the one place errors print.

Each module in ``dipwatch.cli`` that defines ``register(app)`` adds its commands, so a command
group lives in one file and exists only when that file does.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path
from typing import Annotated

import typer

from dipwatch import __version__
from dipwatch.config import ENGINES, Settings
from dipwatch.errors import DipwatchError

app = typer.Typer(
    name="dipwatch",
    help=(
        "dipwatch: PRC foreign relations from official texts, news and event data to a sourced "
        "assessment.\n\nPeriods are written 2021, 2021Q4, 2021-11, 2021-11-01..2021-12-31 or 2021-12-09."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dipwatch {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    ctx: typer.Context,
    db: Annotated[
        Path | None,
        typer.Option(
            "--db",
            envvar="DIPWATCH_DB",
            help="DuckDB file to use [default: dipwatch.duckdb in your data directory].",
        ),
    ] = None,
    engine: Annotated[
        str,
        typer.Option(
            "--engine",
            envvar="DIPWATCH_ENGINE",
            help=f"Engine: {' or '.join(ENGINES)} (spark needs the extra: pip install "
            "'dipwatch[spark]'; its settings: DIPWATCH_SPARK_MASTER, DIPWATCH_SPARK_CONF).",
        ),
    ] = "duckdb",
    dataset: Annotated[
        str | None,
        typer.Option(
            "--dataset",
            envvar="DIPWATCH_DATASET",
            help="Read this Parquet dataset (a path, or any URI Spark reads) instead of the "
            "database [default for spark: <db>.parquet beside the database, refreshed from it].",
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    ctx.obj = Settings.from_options(db, engine, dataset)


def settings(ctx: typer.Context) -> Settings:
    """The global settings the callback stored (commands call this, never parse them again)."""
    obj = ctx.find_root().obj
    return obj if isinstance(obj, Settings) else Settings.from_options()


def _register_commands() -> None:
    package = importlib.import_module("dipwatch.cli")
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name in {"main", "output"}:
            continue
        module = importlib.import_module(f"dipwatch.cli.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(app)


_register_commands()


def run() -> None:
    """Console entry point: run the app, turning dipwatch's errors into one-line messages."""
    try:
        app(standalone_mode=False)
    except DipwatchError as err:
        typer.echo(f"error: {err}", err=True)
        sys.exit(err.exit_code)
    except typer.Exit as exit_:
        sys.exit(exit_.exit_code)
    except typer.Abort:
        typer.echo("aborted", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        typer.echo("interrupted; nothing half-written was kept", err=True)
        sys.exit(130)
    except typer.TyperException as err:  # usage errors carry their own message and exit code
        show = getattr(err, "show", None)
        if show is None:
            raise
        show()
        sys.exit(getattr(err, "exit_code", 2))
