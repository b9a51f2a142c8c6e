"""The hostile corpus: inputs made by code, each one shape a user (or a disk, a server, a
signal) can throw at dipwatch. Every test checks the same promises: a clear one-line error or
a quarantined record naming the file, line and reason; the store still usable; nothing stored
before lost; no run left 'running'."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from dipwatch.models import Event
from dipwatch.store import Store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def stocked(tmp_path: Path) -> Iterator[Store]:
    """A store that already holds one run's event, which nothing may lose."""
    store = Store(tmp_path / "stocked.duckdb")
    run = store.start_run("before")
    with store.load(run, path="earlier.csv", sha256="earlier", kind="events") as load:
        load.add_events(
            [Event(date=date(2021, 12, 10), code="161", source_actor="NIC", target_actor="TWN")]
        )
    store.finish_run(run, {"events": 1})
    yield store
    store.close()


def intact(store: Store) -> None:
    """The promises every hostile input must keep about the store."""
    con = store.connection
    assert con.execute("SELECT count(*) FROM events WHERE source_actor = 'NIC'").fetchone() == (1,)
    assert store.is_loaded("earlier", "events")
    running = con.execute("SELECT run_id FROM runs WHERE status = 'running'").fetchall()
    assert running == [], f"runs left running: {running}"
    con.execute("SELECT count(*) FROM quarantine").fetchall()  # still readable


def quarantine(store: Store) -> dict[str, str]:
    """location -> reason of every quarantined record."""
    return dict(store.connection.execute("SELECT location, reason FROM quarantine").fetchall())


def cli(*args: str, db: Path | None = None) -> subprocess.CompletedProcess:
    """Run the command's real entry point (``dipwatch.cli.main.run``) in this process, with
    its output captured: what a user sees, without the cost of starting Python."""
    import contextlib
    import io

    from dipwatch.cli.main import run

    out, err = io.StringIO(), io.StringIO()
    saved = sys.argv, os.environ.get("DIPWATCH_DB")
    sys.argv = ["dipwatch", *args]
    if db is not None:
        os.environ["DIPWATCH_DB"] = str(db)
    code = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            run()
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 1
    finally:
        sys.argv = saved[0]
        if saved[1] is None:
            os.environ.pop("DIPWATCH_DB", None)
        else:
            os.environ["DIPWATCH_DB"] = saved[1]
    return subprocess.CompletedProcess(["dipwatch", *args], code, out.getvalue(), err.getvalue())


def dipwatch(
    *args: str, db: Path | None = None, timeout: float = 120, **kw
) -> subprocess.CompletedProcess:
    """Run the real command in a subprocess, as a user would."""
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    if db is not None:
        env["DIPWATCH_DB"] = str(db)
    return subprocess.run(
        [sys.executable, "-m", "dipwatch", *args], capture_output=True, text=True,
        timeout=timeout, env=env, cwd=kw.pop("cwd", ROOT), **kw,
    )  # fmt: skip


def one_line_error(result: subprocess.CompletedProcess, code: int, *words: str) -> None:
    """The command failed with ``code`` and one line ``error: ...`` holding ``words`` (a usage
    error that Click finds, such as a number out of range, is Click's one ``Error: ...`` line)."""
    assert result.returncode == code, (result.returncode, result.stderr[-2000:])
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    errors = [ln for ln in lines if ln.startswith(("error: ", "Error: "))]
    assert len(errors) == 1, result.stderr[-2000:]
    for word in words:
        assert word in errors[0], (word, errors[0])
