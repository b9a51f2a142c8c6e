"""The Parquet dataset: export writes the documented layout, only what is new; ingest loads a
dataset back (ours or another writer's) idempotently, refusing wrong types and quarantining
rows that lack what the store needs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from dipwatch.api.ingest import ingest
from dipwatch.models import Document
from dipwatch.store import Store
from dipwatch.store.database import EVENT_COLUMNS
from dipwatch.store.dataset import LAYOUTS, export_dataset, layout_schema, read_manifest
from tests.backends import data
from tests.conftest import ROOT


def _load(store: Store, events, docs=(), name="hand") -> None:
    run = store.start_run("test")
    with store.load(run, path=name, sha256=name, kind="events") as load:
        load.add_documents(docs)
        load.add_events(events)


def _written(result) -> dict[str, int]:
    return {w.table: w.written for w in result if w.written}


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple]:
    return con.execute(sql).fetchall()


@pytest.fixture
def filled(store: Store) -> Store:
    _load(store, data.events(), data.DOCUMENTS)
    return store


def test_export_writes_the_hive_layout_and_a_second_export_nothing(filled, tmp_path):
    out = tmp_path / "ds"
    first = _written(export_dataset(filled, out))
    assert first == {"events": len(data.ROWS), "documents": 2, "coverage": first["coverage"]}
    assert first["coverage"] > 0
    months = sorted(p.name for p in (out / "events").iterdir())
    assert months == [f"month=2021-{m:02d}" for m in range(4, 13)]
    assert _written(export_dataset(filled, out)) == {}
    manifest = read_manifest(out)
    assert manifest["tables"]["events"] == {"rows": len(data.ROWS), "partition": "month"}
    assert manifest["last_export"]["events"] == 0


def test_a_later_export_writes_only_the_rows_loaded_since(filled, tmp_path):
    out = tmp_path / "ds"
    export_dataset(filled, out)
    files = set(out.rglob("*.parquet"))
    extra = [replace(e, event_id="", sentence=1000 + i) for i, e in enumerate(data.events()[:3])]
    _load(filled, extra, name="more")
    assert _written(export_dataset(filled, out)) == {"events": 3, "coverage": 3}
    new = set(out.rglob("*.parquet")) - files
    assert len(new) == 2 * len({e.date.month for e in extra})  # events and coverage, per month
    con = duckdb.connect()
    ids = _rows(
        con,
        f"SELECT count(*), count(DISTINCT event_id) FROM read_parquet('{out}/events/*/*.parquet')",
    )
    assert ids == [(len(data.ROWS) + 3, len(data.ROWS) + 3)]


def test_an_export_knows_what_is_there_from_the_data_not_the_manifest(filled, tmp_path):
    """A manifest lost (or a dataset another writer started) does not duplicate rows; what a
    killed export left aside is removed and never read."""
    out = tmp_path / "ds"
    export_dataset(filled, out)
    (out / "_dipwatch.json").unlink()
    stale = out / "_staging-dead" / "events" / "month=2021-12"
    stale.mkdir(parents=True)
    (stale / "part-half.parquet").write_bytes(b"PAR1 half a file")
    assert _written(export_dataset(filled, out)).get("events", 0) == 0
    assert not (out / "_staging-dead").exists()


def test_a_document_without_a_date_sits_in_the_default_partition(store, tmp_path):
    undated = Document("沒有日期的文件。", source="MFA", title="undated")
    _load(store, [], [undated, *data.DOCUMENTS])
    out = tmp_path / "ds"
    export_dataset(store, out)
    assert (out / "documents" / "month=__HIVE_DEFAULT_PARTITION__").is_dir()
    back = Store(tmp_path / "back.duckdb")
    ingest(back, [out])
    assert back.query_arrow(
        "SELECT published FROM documents WHERE title = 'undated'"
    ).to_pylist() == [{"published": None}]
    back.close()


def test_ingest_of_an_export_gives_back_the_same_store_and_twice_changes_nothing(filled, tmp_path):
    ingest(filled, [data.write_unvotes(tmp_path / "unvotes")], kind="unvotes")
    out = tmp_path / "ds"
    export_dataset(filled, out)
    with Store(tmp_path / "back.duckdb") as back:
        report = ingest(back, [out])
        assert report.files[0].kind == "parquet" and report.files[0].status == "loaded"
        assert report.totals["events"] == len(data.ROWS) and report.totals["documents"] == 2
        assert ingest(back, [out]).files[0].status == "skipped"
        for table, cols in (("events", ", ".join(EVENT_COLUMNS)),
                            ("documents", "* EXCLUDE (run_id)"),
                            ("unvotes_votes", "*"), ("unvotes_roll_calls", "*")):  # fmt: skip
            sql = f"SELECT {cols} FROM {table} ORDER BY ALL"
            assert back.query_arrow(sql) == filled.query_arrow(sql), table
        assert back.count("unvotes_votes") == filled.count("unvotes_votes") > 0


def test_ingest_of_a_grown_dataset_adds_only_the_new_rows(filled, tmp_path):
    out = tmp_path / "ds"
    export_dataset(filled, out)
    with Store(tmp_path / "back.duckdb") as back:
        ingest(back, [out])
        _load(filled, [replace(data.events()[0], event_id="", sentence=999)], name="more")
        export_dataset(filled, out)
        totals = ingest(back, [out]).totals
        assert totals["events"] == 1 and totals["events_known"] == len(data.ROWS)


def _spark_like(root: Path, rows: list[dict], schema: pa.Schema) -> None:
    """Write events the way another tool would: its own file names, a _SUCCESS marker."""
    for month in sorted({r["date"].strftime("%Y-%m") for r in rows}):
        part = root / "events" / f"month={month}"
        part.mkdir(parents=True)
        chunk = [r for r in rows if r["date"].strftime("%Y-%m") == month]
        pq.write_table(
            pa.Table.from_pylist(chunk, schema=schema), part / "part-00000-x.c000.snappy.parquet"
        )
    (root / "events" / "_SUCCESS").write_bytes(b"")


def test_ingest_quarantines_rows_without_what_the_store_needs(tmp_path, store):
    schema = pa.schema([f for f in layout_schema("events") if f.name != "month"])
    good = {"event_id": "e1", "code": "040", "root": "04", "origin": "csv", "date_precision": "day",
            "source_actor": "CHN", "target_actor": "USA", "date": date(2021, 12, 1)}  # fmt: skip
    _spark_like(
        tmp_path / "ds",
        [good, {**good, "event_id": None}, {**good, "event_id": "e3", "code": None}],
        schema,
    )
    totals = ingest(store, [tmp_path / "ds"]).totals
    assert totals["events"] == 1 and totals["quarantined"] == 2
    reasons = store.query_arrow(
        "SELECT location, reason FROM quarantine ORDER BY reason"
    ).to_pylist()
    assert [r["reason"] for r in reasons] == ["events: no code", "events: no event_id"]
    assert reasons[0]["location"].startswith("row ")


def test_ingest_refuses_a_cameo_code_written_as_a_number(tmp_path, store):
    schema = pa.schema([("event_id", pa.string()), ("date", pa.date32()), ("code", pa.int64()),
                        ("root", pa.string()), ("origin", pa.string())])  # fmt: skip
    _spark_like(tmp_path / "ds", [{"event_id": "e1", "code": 40, "root": "04", "origin": "csv",
                                   "date": date(2021, 12, 1)}], schema)  # fmt: skip
    report = ingest(store, [tmp_path / "ds"])
    assert report.files[0].status == "failed"
    assert "column 'code' holds integer (BIGINT); the layout has text" in report.files[0].error
    assert store.count("events") == 0


def test_every_table_and_column_of_the_layout_is_documented():
    page = (ROOT / "docs" / "dataset.md").read_text(encoding="utf-8")
    for layout in LAYOUTS:
        assert f"`{layout.name}`" in page, layout.name
        for name in layout_schema(layout.name).names:
            assert f"`{name}`" in page, f"{layout.name}.{name}"


def test_spark_writes_what_duckdb_reads_and_back(tmp_path):
    """Sanity of the layout itself with pyarrow's Hive writer (a third writer)."""
    rows = [{"event_id": f"e{i}", "date": date(2021, 10 + i % 3, 1), "code": "040", "root": "04",
             "origin": "csv", "date_precision": "day", "month": f"2021-{10 + i % 3}"}
            for i in range(6)]  # fmt: skip
    table = pa.Table.from_pylist(rows)
    pq.write_to_dataset(table, tmp_path / "ds" / "events", partition_cols=["month"])
    with Store(tmp_path / "s.duckdb") as store:
        assert ingest(store, [tmp_path / "ds"]).totals["events"] == 6
        got = (
            store.query_arrow("SELECT DISTINCT date FROM events ORDER BY date")
            .column(0)
            .to_pylist()
        )
        assert got == [date(2021, 10, 1), date(2021, 11, 1), date(2021, 12, 1)]
