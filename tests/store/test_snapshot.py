"""Snapshots of the store: taken without a lock, never while a writer holds the file, and
thrown away when the file changed during the copy."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from dipwatch.store import Store
from dipwatch.store import snapshot as snap

HOLD = """
import sys, time
from dipwatch.store import Store
s = Store(sys.argv[1])
print("open", flush=True)
time.sleep(float(sys.argv[2]))
s.close()
"""


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "s.duckdb"
    Store(path).close()
    return path


def hold(db: Path, seconds: float) -> subprocess.Popen[str]:
    """Another process holding the store open for writing (as an ingest does)."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db), str(seconds)],
                            stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
    return proc


def test_no_snapshot_while_a_writer_holds_the_file(db, tmp_path):
    proc = hold(db, 3)
    try:
        assert snap.writer(db) == proc.pid
        assert snap.take(db, tmp_path / "snaps") is None
    finally:
        proc.wait()
    assert snap.writer(db) is None
    taken = snap.take(db, tmp_path / "snaps")
    assert taken is not None
    taken.close()
    assert not taken.folder.exists()


def test_a_snapshot_never_stands_in_a_writers_way(db, tmp_path):
    taken = snap.take(db, tmp_path / "snaps")
    assert taken is not None
    with Store(db) as writer:  # the store itself opens for writing while the copy is open
        writer.connection.execute("INSERT INTO quarantine VALUES ('r', 'f', 'l', 'reason', NULL)")
    assert taken.store.count("quarantine") == 0  # the copy is the store as it was
    assert snap.signature(db) != taken.signature
    again = snap.take(db, tmp_path / "snaps")
    assert again is not None and again.store.count("quarantine") == 1
    taken.close()
    again.close()


def test_a_copy_of_a_file_that_changed_meanwhile_is_thrown_away(db, tmp_path, monkeypatch):
    real = snap._copy

    def copy_then_write(src: Path, dst: Path) -> None:
        real(src, dst)
        if src == db:
            time.sleep(0.01)
            with Store(db) as w:  # a writer came and went during the copy
                w.connection.execute("INSERT INTO quarantine VALUES ('r', 'f', 'l', 'x', NULL)")

    monkeypatch.setattr(snap, "_copy", copy_then_write)
    assert snap.take(db, tmp_path / "snaps") is None
    assert not any((tmp_path / "snaps").iterdir())  # nothing left behind


def test_no_store_is_a_clear_error(tmp_path):
    from dipwatch.errors import StoreError

    with pytest.raises(StoreError, match="no database"):
        snap.take(tmp_path / "missing.duckdb")
