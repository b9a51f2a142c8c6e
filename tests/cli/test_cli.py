"""The command line as a user meets it: help for every command, documented in the README,
and clear one-line errors for bad input."""

import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dipwatch.api.analyze import ANALYSES
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
        result = runner.invoke(app, [*name.split(), "--help"], env={"COLUMNS": "80"})
        assert result.exit_code == 0, result.output
        assert "Usage:" in result.output
        wide = [line for line in result.stdout.splitlines() if len(line) > 80]
        assert not wide, (name, wide)
        assert re.search(rf"`dipwatch {re.escape(name)}\b", readme), (
            f"README does not document `dipwatch {name}`"
        )


def test_top_level_help_lists_commands():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for name in _commands():
        assert name.split()[0] in result.output


@pytest.fixture
def empty_db(tmp_path):
    from dipwatch.store import Store

    db = tmp_path / "cli.duckdb"
    Store(db).close()
    return str(db)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["events", "--period", "2021Q5"], "unknown period"),
        (["events", "--code", "4x"], "unknown CAMEO code"),
        (["events", "--actor", "Atlantis"], "unknown actor"),
        (["ingest", "no/such/file.txt"], "no such file or directory"),
        (["analyze", "dyads", "--country", "Atlantis"], "unknown country"),
        (["analyze", "typology", "--anchor", "USA"], "dyads only"),
    ],
)
def test_bad_input_gives_one_line_error(empty_db, args, message):
    """A DipwatchError is turned into ``error: ...`` and exit 2 inside the app itself."""
    result = runner.invoke(app, ["--db", empty_db, *args])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    assert message in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_a_bug_is_not_dressed_up_as_a_user_error(monkeypatch, empty_db):
    """Only dipwatch's own errors become one-liners: anything else keeps its traceback."""

    def broken(*args, **kwargs):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr("dipwatch.api.events.build_filter", broken)
    result = runner.invoke(app, ["--db", empty_db, "events"])
    assert isinstance(result.exception, ZeroDivisionError)


def test_ctrl_c_inside_a_command_is_exit_130(monkeypatch, empty_db):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("dipwatch.api.events.build_filter", interrupted)
    result = runner.invoke(app, ["--db", empty_db, "events"])
    assert result.exit_code == 130
    assert result.stderr.startswith("interrupted")


# --- the real console entry point, in a process of its own -----------------------------------


def _dipwatch() -> str:
    """The ``dipwatch`` script the package installs, next to this interpreter."""
    script = Path(sys.executable).with_name("dipwatch")
    if not script.is_file():
        pytest.skip(f"the dipwatch console script is not installed next to {sys.executable}")
    return str(script)


def test_console_script_runs_and_reports_exit_codes(empty_db):
    ok = subprocess.run([_dipwatch(), "--version"], capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0 and ok.stdout.startswith("dipwatch ")
    bad = subprocess.run(
        [_dipwatch(), "--db", empty_db, "events", "--period", "2021Q5"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert bad.returncode == 2
    assert bad.stderr.startswith("error: unknown period") and "Traceback" not in bad.stderr
    usage = subprocess.run(
        [sys.executable, "-m", "dipwatch", "events", "--no-such-option"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert usage.returncode == 2 and "No such option" in usage.stderr


def test_ctrl_c_stops_the_command_with_exit_130(tmp_path):
    """SIGINT while ``fetch`` waits on a server that never answers: one line, exit 130."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        proc = subprocess.Popen(
            [_dipwatch(), "fetch", "gdelt", "--start", "2021-12-10", "--end", "2021-12-10",
             "-o", str(tmp_path / "g"), "--base-url", f"http://127.0.0.1:{port}/"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        server.settimeout(60)
        conn, _ = server.accept()  # the command is now waiting for the master list
        with conn:
            time.sleep(0.2)
            proc.send_signal(signal.SIGINT)
            _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert err.strip() == "interrupted; nothing half-written was kept"


def _options(name: str) -> list[tuple[list[str], bool]]:
    """(spellings, hidden) of each option of command ``name`` ("fetch gdelt")."""
    import typer.main

    cmd = typer.main.get_command(app)
    for part in name.split():
        cmd = cmd.commands[part]  # type: ignore[attr-defined]
    return [(p.opts, p.hidden) for p in cmd.params if p.param_type_name == "option"]


def test_every_output_path_is_o_output():
    """One name for one idea: where a command writes is ``-o/--output``; old spellings hidden."""
    for name in _commands():
        for opts, hidden in _options(name):
            if any(o in ("--out", "--dest", "--output", "-o") for o in opts) and not hidden:
                assert opts == ["-o", "--output"], (name, opts)
    for name in ("demo", "events", "fetch gdelt", "report"):
        assert (["-o", "--output"], False) in _options(name), name


def test_old_output_spellings_still_work_with_a_warning(tmp_path):
    result = runner.invoke(
        app,
        ["--db", str(tmp_path / "x.duckdb"), "fetch", "gdelt", "--start", "2021-12-10",
         "--end", "2021-12-10", "--dest", str(tmp_path / "old"), "--timeout", "2",
         "--base-url", "http://127.0.0.1:9/"],
    )  # fmt: skip
    assert "warning: --dest is deprecated; use -o/--output" in result.stderr
    assert (tmp_path / "old").is_dir()


# --- choices are checked before any work -------------------------------------------------------

#: The least each command needs besides --format.
_ARGS = {
    "analyze": ["analyze", "alerts"],
    "code": ["code", "README.md"],
    "ingest": ["ingest", "README.md"],
    "fetch gdelt": ["fetch", "gdelt", "--start", "2021-12-10", "--end", "2021-12-10"],
    "export parquet": ["export", "parquet", "out"],
}


def test_every_format_option_lists_its_choices_and_fails_before_any_work(tmp_path):
    db = tmp_path / "never.duckdb"
    with_format = [n for n in _commands() if any("--format" in o for o, _ in _options(n))]
    assert {"analyze", "code", "events", "ingest", "fetch gdelt", "evaluate", "report"} <= set(
        with_format
    )
    for name in with_format:
        help_text = runner.invoke(app, [*name.split(), "--help"]).stdout
        assert re.search(r"--format <\w+([|,]\w+)+>", help_text), (name, help_text)
        args = _ARGS.get(name, name.split())
        result = runner.invoke(app, ["--db", str(db), *args, "--format", "xml"])
        assert result.exit_code == 2, (name, result.output)
        assert "Invalid value for '--format'" in result.stderr
    assert not db.exists()  # nothing was opened, let alone analysed


def test_an_unknown_analysis_lists_the_registry(tmp_path):
    result = runner.invoke(app, ["--db", str(tmp_path / "x.duckdb"), "analyze", "nonsense"])
    assert result.exit_code == 2
    assert all(name in result.stderr for name in ANALYSES)


@pytest.mark.parametrize(
    "args",
    [["--engine", "nosuch", "events"], ["ingest", "--kind", "pdfx", "README.md"],
     ["ingest", "--lang", "fr", "README.md"], ["events", "--origin", "x' OR 1=1"],
     ["events", "--limit", "-1"], ["code", "--workers", "-1", "README.md"]],
)  # fmt: skip
def test_other_choices_are_usage_errors(tmp_path, args):
    result = runner.invoke(app, ["--db", str(tmp_path / "x.duckdb"), *args])
    assert result.exit_code == 2 and "Invalid value" in result.stderr, result.output


# --- one registry of analyses ------------------------------------------------------------------


def test_every_analysis_is_in_the_help_the_readme_and_has_table_columns():
    from dipwatch.cli.views import VIEWS

    help_text = runner.invoke(app, ["analyze", "--help"]).stdout
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    usage = re.search(r"`dipwatch analyze ([a-z|\\]+)", readme)
    assert usage, "README has no `dipwatch analyze NAME|…` line"
    assert usage[1].replace("\\", "").split("|") == list(ANALYSES)
    for name, analysis in ANALYSES.items():
        assert re.search(rf"^ +{name} +{re.escape(analysis.summary[:30])}", help_text, re.M)
        assert re.search(rf"^\| `{name}` \|", readme, re.M), f"README does not explain {name}"
        assert VIEWS[name].columns, name
    assert set(VIEWS) == set(ANALYSES)


def test_the_kinds_ingest_offers_are_the_kinds_it_loads():
    from typing import get_args

    from dipwatch.api.ingest import ALL_KINDS
    from dipwatch.cli.ingest import Kind

    assert get_args(Kind) == ("auto", *ALL_KINDS)
