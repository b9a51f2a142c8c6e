"""The command line as a user meets it: help for every command, documented in the README,
and clear one-line errors for bad input."""

import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from dipwatch.cli.main import app
from tests.conftest import ROOT

runner = CliRunner()


def _commands() -> list[str]:
    import typer.main

    group = typer.main.get_command(app)
    names = []
    for name, cmd in group.commands.items():  # type: ignore[attr-defined]
        sub = getattr(cmd, "commands", None)
        names.extend(f"{name} {s}" for s in sub) if sub else names.append(name)
    return sorted(names)


def test_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = _commands()
    assert {"ingest", "events"} <= set(commands)
    for name in commands:
        result = runner.invoke(app, [*name.split(), "--help"])
        assert result.exit_code == 0, result.output
        assert "Usage:" in result.output
        assert re.search(rf"`dipwatch {re.escape(name)}\b", readme), (
            f"README does not document `dipwatch {name}`"
        )


def test_top_level_help_lists_commands():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for name in _commands():
        assert name.split()[0] in result.output


def _run(*args: str, env_db: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dipwatch", "--db", env_db, *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["events", "--period", "2021Q5"], "unknown period"),
        (["events", "--code", "4x"], "unknown CAMEO code"),
        (["ingest", "no/such/file.txt"], "no such file or directory"),
        (["ingest", "--kind", "pdfx", "README.md"], "unknown kind"),
    ],
)
def test_bad_input_gives_one_line_error(tmp_path, args, message):
    db = str(tmp_path / "cli.duckdb")
    from dipwatch.store import Store

    Store(db).close()
    result = _run(*args, env_db=db)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("error: ")
    assert message in result.stderr
    assert "Traceback" not in result.stderr
