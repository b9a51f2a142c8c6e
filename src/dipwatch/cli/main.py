"""The ``dipwatch`` command: global options, command discovery and the one place errors print.

Each module in ``dipwatch.cli`` that defines ``register(app)`` adds its commands, so a command
group lives in one file and exists only when that file does.
"""

from __future__ import annotations

import _thread
import importlib
import pkgutil
import signal
import sys
from pathlib import Path
from types import FrameType
from typing import Annotated, Any, Literal

import typer
from typer.core import TyperGroup

from dipwatch import __version__
from dipwatch.config import ENGINES, Settings
from dipwatch.errors import DipwatchError

#: Exit codes: 0 done, 1 the work could not all be done (commands say so with ``typer.Exit(1)``,
#: errors with their ``exit_code``), 2 bad usage or input, 130 interrupted.
INTERRUPTED = 130


class DipwatchGroup(TyperGroup):
    """The one place errors print: a DipwatchError becomes ``error: <message>`` on stderr and
    its exit code; Ctrl-C becomes a one-line note and exit 130. Anything else is a bug and
    keeps its traceback. Inside the app, so ``CliRunner`` sees what a user sees."""

    def invoke(self, ctx: typer.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DipwatchError as err:
            typer.echo(f"error: {err}", err=True)
            raise typer.Exit(err.exit_code) from None
        except KeyboardInterrupt:
            typer.echo("interrupted; nothing half-written was kept", err=True)
            raise typer.Exit(INTERRUPTED) from None


app = typer.Typer(
    cls=DipwatchGroup,
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
        Literal[ENGINES],  # type: ignore[valid-type]
        typer.Option(
            "--engine",
            envvar="DIPWATCH_ENGINE",
            help="The engine that reads the store (spark needs the extra: pip install "
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
    adopt_db: Annotated[
        bool,
        typer.Option(
            "--adopt-db",
            help="Let --db be a DuckDB file of another application and add dipwatch's tables "
            "to it (refused otherwise).",
        ),
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    # made Settings when a command needs them
    ctx.obj = {"db": db, "engine": engine, "dataset": dataset, "adopt": adopt_db}


def settings(ctx: typer.Context) -> Settings:
    """The global settings of the callback's options (commands call this, never parse them
    again); built on demand, so that ``--help`` never looks for the user's data directory."""
    obj = ctx.find_root().obj
    return Settings.from_options(**obj) if isinstance(obj, dict) else Settings.from_options()


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


def _ctrl_c(signum: int, frame: FrameType | None) -> None:
    """Ctrl-C: stop the database's running statement too (DuckDB finishes some before it
    looks), then interrupt Python as usual.

    Python runs a handler wherever the main thread is, a weakref callback of the import
    machinery (``<frozen importlib._bootstrap>``) included, and an exception raised there is
    printed as ignored and lost. There the interrupt is asked for again instead, from another
    thread (asked from this one, Python would run this handler again at once, still inside the
    callback), and raised at a later check, once the callback has returned."""
    opening = sys.modules.get("dipwatch.store.opening")
    if opening is not None:
        opening.interrupt()
    if frame is not None and frame.f_code.co_filename.startswith("<frozen importlib"):
        _thread.start_new_thread(_thread.interrupt_main, (signum,))
        return
    raise KeyboardInterrupt


def run() -> None:
    """Console entry point (``dipwatch``, ``python -m dipwatch``)."""
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _ctrl_c)
    app(prog_name="dipwatch")
