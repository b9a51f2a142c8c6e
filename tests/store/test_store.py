"""The store: schema, idempotent transactional loads, quarantine, and a second process."""

import subprocess
import sys
import textwrap
from datetime import date

import pytest

from dipwatch.errors import StoreError
from dipwatch.models import Document, Event
from dipwatch.store import SCHEMA_VERSION, Store
from dipwatch.store.database import TABLES


def _doc(text="習近平與拜登舉行視訊峰會。"):
    return Document(text=text, title="summit", published=date(2021, 11, 16))


def _event(doc, code="040"):
    return Event(
        date=date(2021, 11, 16),
        code=code,
        source_actor="CHN",
        target_actor="USA",
        doc_id=doc.doc_id,
        sentence=0,
        span_start=0,
        span_end=12,
        pattern="t",
    )


def test_new_store_has_schema(store):
    assert store.schema_version() == SCHEMA_VERSION
    assert store.counts() == {"documents": 0, "events": 0, "quarantine": 0, "inputs": 0, "runs": 0}


def test_load_is_idempotent(store):
    doc = _doc()
    for _ in range(2):
        run = store.start_run("test")
        with store.load(run, path="a.txt", sha256="h1", kind="text") as load:
            load.add_documents([doc])
            load.add_events([_event(doc), _event(doc, "041")])
    assert store.count("documents") == 1
    assert store.count("events") == 2
    assert store.is_loaded("h1", "text")
    assert store.count("inputs") == 1


def test_failed_load_leaves_store_as_it_was(store):
    doc = _doc()
    run = store.start_run("test")
    with (
        pytest.raises(RuntimeError),
        store.load(run, path="a.txt", sha256="h1", kind="text") as load,
    ):
        load.add_documents([doc])
        load.add_events([_event(doc)])
        load.quarantine("a.txt:3", "bad row", "raw")
        raise RuntimeError("killed midway")
    assert store.counts()["documents"] == 0
    assert store.count("events") == 0
    assert store.count("quarantine") == 0
    assert not store.is_loaded("h1", "text")


def test_quarantine_keeps_reason_and_raw(store):
    run = store.start_run("test")
    with store.load(run, path="x.csv", sha256="h2", kind="events") as load:
        load.quarantine("x.csv:7", "bad date '2021-13-01'", b"\xff\xfe raw")
    row = store.connection.execute("SELECT input, location, reason, raw FROM quarantine").fetchone()
    assert row[:3] == ("x.csv", "x.csv:7", "bad date '2021-13-01'")
    assert "raw" in row[3]


def test_reopen_keeps_data(tmp_path):
    path = tmp_path / "db.duckdb"
    with Store(path) as s:
        run = s.start_run("t")
        with s.load(run, path="a", sha256="h", kind="text") as load:
            load.add_documents([_doc()])
    with Store(path, read_only=True) as s:
        assert s.count("documents") == 1


def test_read_only_missing_file_is_clear(tmp_path):
    with pytest.raises(StoreError, match="no database"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "db.duckdb"
    with Store(path) as s:
        s.connection.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="newer than this dipwatch"):
        Store(path)


def test_second_process_gets_clear_error_while_one_writes(tmp_path):
    path = tmp_path / "db.duckdb"
    Store(path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys, time
            from dipwatch.store import Store
            s = Store({str(path)!r})
            print("open", flush=True)
            sys.stdin.readline()
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError, match="another dipwatch process"):
            Store(path, read_only=True)
    finally:
        holder.communicate("\n", timeout=30)


def test_export_parquet(store, tmp_path):
    run = store.start_run("t")
    doc = _doc()
    with store.load(run, path="a", sha256="h", kind="text") as load:
        load.add_documents([doc])
        load.add_events([_event(doc)])
    files = store.export_parquet(tmp_path / "pq")
    import pyarrow.parquet as pq

    events = pq.read_table(tmp_path / "pq" / "events.parquet")
    assert events.num_rows == 1
    assert events.column("code").to_pylist() == ["040"]
    assert {f.stem for f in files} == set(TABLES)
