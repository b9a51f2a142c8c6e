"""Faults from outside the input: DuckDB failing inside a load, a database that is not ours, a
full disk, another process on the same store, SIGKILL, Ctrl-C, files that grow or shrink while
they are read. Real subprocesses and signals; each ends in one line and a usable store."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from functools import partial
from pathlib import Path
from types import SimpleNamespace

import duckdb
import pytest

from dipwatch.api.ingest import IngestOptions, ingest
from dipwatch.errors import SourceFormatError, StoreError
from dipwatch.sources import gdelt
from dipwatch.store import Store
from dipwatch.store.bulk import unordered_inserts
from dipwatch.store.gdelt import GdeltRead, load_gdelt_events
from tests.hostile.conftest import ROOT, cli, dipwatch, intact, one_line_error
from tests.sources.gdelt_makers import CHN_USA, gdelt_row


def _big_gdelt(path: Path, rows: int) -> Path:
    """A GDELT 2.0 export of ``rows`` in-scope rows (tens of MB), fast to write."""
    line = gdelt_row(0, **CHN_USA).split("\t", 1)[1]
    with path.open("w", encoding="utf-8") as f:
        for start in range(0, rows, 50_000):
            f.write(
                "".join(f"{i}\t{line}\n" for i in range(start + 1, min(start + 50_000, rows) + 1))
            )
    return path


def _statuses(db: Path) -> list[str]:
    with Store(db) as store:
        return [
            r[0]
            for r in store.connection.execute("SELECT status FROM runs ORDER BY started").fetchall()
        ]


# -- DuckDB failing inside a load --------------------------------------------------------


def test_an_internal_duckdb_error_costs_one_file_not_the_run(stocked, tmp_path):
    """Hand DuckDB 1.5 what the line check exists to keep from it (a byte that is not UTF-8
    in the last column, read typed and inserted unordered): DuckDB raises INTERNAL and
    invalidates the database. The load is refused in one line, the file reopened, the store
    as it was, and the next load works."""
    rows = [gdelt_row(1, **CHN_USA), gdelt_row(2, SOURCEURL="http://x/\udcff", **CHN_USA)]
    bad = tmp_path / "bad.export.CSV"
    bad.write_bytes(b"".join(r.encode("utf-8", "surrogateescape") + b"\n" for r in rows))
    layout = gdelt.LAYOUTS["v2"]
    read = GdeltRead(bad, layout, gdelt.event_map(layout, {}), None, 2,
                     partial(gdelt.find_lines, bad))  # fmt: skip
    src = SimpleNamespace(where=str(bad), digest="bad", lines=2)
    run = stocked.start_run("test")
    failed = None
    try:
        with (
            unordered_inserts(stocked),
            stocked.load(run, path=str(bad), sha256="bad", kind="gdelt") as load,
        ):
            load_gdelt_events(load, src, read)
    except SourceFormatError as err:
        failed = err
    assert stocked.usable
    stocked.finish_run(run, {}, "done_with_errors")
    intact(stocked)
    if failed is not None:  # DuckDB crashed, as 1.5 does: nothing of the file was kept
        assert "\n" not in str(failed) and "DuckDB failed" in str(failed)
        assert not stocked.is_loaded("bad", "gdelt") and stocked.count("events") == 1
    good = tmp_path / "good.export.CSV"
    good.write_text(gdelt_row(3, **CHN_USA) + "\n")
    assert ingest(stocked, [good]).files[0].counts["events"] == 1


# -- databases that are not ours ---------------------------------------------------------


def test_a_sqlite_file_is_refused_without_touching_the_network(tmp_path):
    db = tmp_path / "other.sqlite"
    import sqlite3

    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE t (x)")
    before = db.read_bytes()
    one_line_error(cli("events", db=db), 1, "SQLite")
    assert db.read_bytes() == before


def test_another_applications_duckdb_is_refused_unless_adopted(tmp_path):
    db = tmp_path / "app.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("CREATE TABLE customers (id INTEGER)")
    csv = tmp_path / "e.csv"
    csv.write_text("date,source_actor,target_actor,code\n2021-12-10,CHN,USA,040\n")
    one_line_error(cli("ingest", str(csv), db=db), 1, "another application", "customers")
    with duckdb.connect(str(db)) as con:
        assert [r[0] for r in con.execute("SHOW TABLES").fetchall()] == ["customers"]
    adopted = cli("--adopt-db", "ingest", str(csv), db=db)
    assert adopted.returncode == 0, adopted.stderr
    with duckdb.connect(str(db)) as con:
        assert con.execute("SELECT count(*) FROM customers").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM events").fetchone() == (1,)


@pytest.mark.parametrize(
    ("where", "words"),
    [("file/db.duckdb", "is a file"), ("not-a-db.txt", "not a DuckDB"), ("dir", "is a directory"),
     ("/proc/dipwatch/x.duckdb", "cannot make the directory")],
)  # fmt: skip
def test_db_paths_that_cannot_be_a_store(tmp_path, where, words):
    (tmp_path / "file").write_text("x")
    (tmp_path / "not-a-db.txt").write_text("hello, this is text, long enough to have a header")
    (tmp_path / "dir").mkdir()
    db = Path(where) if where.startswith("/") else tmp_path / where
    one_line_error(cli("ingest", str(ROOT / "README.md"), db=db), 1, words)


# -- the disk fills, another process writes, a run is killed or interrupted -----------------

_LIMITED = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, as on a full disk
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[1]), int(sys.argv[1])))
from dipwatch.cli.main import run
sys.argv = ["dipwatch", *sys.argv[2:]]
run()
"""


def test_a_full_disk_stops_the_run_in_one_line(stocked, tmp_path):
    db = Path(stocked.path)
    stocked.close()
    big = _big_gdelt(tmp_path / "20211116000000.export.CSV", 60_000)
    limit = db.stat().st_size + 1_000_000
    result = subprocess.run(
        [sys.executable, "-c", _LIMITED, str(limit), "--db", str(db), "ingest", "--keep", "all", str(big)],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip
    one_line_error(result, 1, "File too large", "nothing of")
    with Store(db) as store:
        intact(store)
        assert store.count("events") == 1
    assert _statuses(db)[-1] == "failed"


def test_a_second_writer_is_told_the_store_is_busy(tmp_path):
    db = tmp_path / "demo" / "demo.duckdb"
    Store(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from dipwatch.store import Store; "
         "s = Store(sys.argv[1]); print('open', flush=True); time.sleep(60)", str(db)],
        stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "open"
        one_line_error(
            dipwatch("ingest", str(ROOT / "README.md"), db=db), 1, "another dipwatch process"
        )
        one_line_error(dipwatch("demo", "-o", str(db.parent)), 1, "another dipwatch process")
        assert db.exists()
    finally:
        holder.kill()
        holder.wait()


#: dipwatch with Ctrl-C handled as in a terminal (a test runner started in the background
#: inherits SIGINT ignored, and passes that on).
_AS_IN_A_TERMINAL = (
    "import signal, sys, runpy; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "sys.argv = ['dipwatch', *sys.argv[1:]]; runpy.run_module('dipwatch', run_name='__main__')"
)


def _start_ingest(db: Path, path: Path, tmp: Path) -> subprocess.Popen:
    """``dipwatch ingest`` in a subprocess; returns once it is loading ``path``."""
    work = tmp / "work"
    work.mkdir(exist_ok=True)
    env = {**os.environ, "DIPWATCH_DB": str(db), "TMPDIR": str(work)}
    proc = subprocess.Popen(
        [sys.executable, "-c", _AS_IN_A_TERMINAL, "ingest", "--keep", "all", str(path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while not any(p.name.startswith("dipwatch-gdelt-") for p in work.iterdir()):
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.02)
    time.sleep(0.3)  # inside the load
    return proc


def test_ctrl_c_interrupts_cleanly(stocked, tmp_path):
    db = Path(stocked.path)
    stocked.close()
    big = _big_gdelt(tmp_path / "20211116000000.export.CSV", 200_000)
    proc = _start_ingest(db, big, tmp_path)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "interrupted" in err
    with Store(db) as store:
        intact(store)
        assert store.count("events") == 1  # the file being loaded is not kept, whole
    assert _statuses(db)[-1] == "interrupted"


def test_a_killed_run_is_marked_crashed_and_the_next_finishes_the_job(stocked, tmp_path):
    db = Path(stocked.path)
    stocked.close()
    big = _big_gdelt(tmp_path / "20211116000000.export.CSV", 100_000)
    proc = _start_ingest(db, big, tmp_path)
    proc.kill()
    proc.wait()
    with Store(db) as store:
        intact(store)
        assert store.count("events") == 1
    assert _statuses(db)[-1] == "crashed"
    again = dipwatch("ingest", "--keep", "all", str(big), db=db, timeout=300)
    assert again.returncode == 0, again.stderr
    with Store(db) as store:
        assert store.count("events") == 1 + 100_000


# -- files that change while they are read --------------------------------------------------


@pytest.mark.parametrize("change", ["grows", "shrinks"])
def test_a_file_that_changes_while_read_is_loaded_whole_or_not_at_all(stocked, tmp_path, change):
    path = _big_gdelt(tmp_path / "20211116000000.export.CSV", 150_000)
    stop = threading.Event()

    def writer() -> None:
        n = 10_000_000
        while not stop.is_set():
            if change == "grows":
                with path.open("a") as f:
                    f.write(gdelt_row(n, **CHN_USA) + "\n")
                n += 1
            else:
                size = path.stat().st_size
                os.truncate(path, max(size - 400_000, 0))
            time.sleep(0.005)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        report = ingest(stocked, [path], options=IngestOptions(keep="all"))
    finally:
        stop.set()
        thread.join()
    result = report.files[0]
    con = stocked.connection
    orphans = con.execute(
        "SELECT count(*) FROM gdelt_lines WHERE 'g' || GlobalEventID NOT IN (SELECT event_id FROM events)"
    ).fetchone()[0]
    assert orphans == 0  # never a stored line without its event
    if result.status == "failed":
        assert "changed while it was read" in result.error or "cannot" in result.error, result.error
        assert stocked.count("gdelt_lines") == 0
    intact(stocked)


def test_ingest_of_a_fifo_or_device_is_a_usage_error(tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    one_line_error(cli("ingest", str(fifo), db=tmp_path / "x.duckdb"), 2, "not a regular file")
    one_line_error(cli("ingest", "/dev/zero", db=tmp_path / "x.duckdb"), 2, "not a regular file")


def test_opening_a_store_twice_in_one_process_is_refused(stocked):
    with pytest.raises(StoreError, match="already open in this process"):
        Store(stocked.path)
