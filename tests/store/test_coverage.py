"""Coverage: every load records what it brought, per origin, source and day (migration 005)."""

from __future__ import annotations

from datetime import date
from importlib.resources import files

import duckdb
import pytest

from dipwatch.models import Document, Event
from dipwatch.store import Store

MIGRATIONS = files("dipwatch.store.migrations")


def _coverage(store: Store) -> list[tuple]:
    return store.connection.execute(
        "SELECT origin, source, day, sum(events), sum(documents) FROM coverage "
        "GROUP BY ALL ORDER BY ALL"
    ).fetchall()


def _text_load(store: Store, sha: str = "a") -> None:
    doc = Document(
        text="Xi spoke with Macron.", source="示例外交简讯", published=date(2021, 10, 26)
    )
    ev = Event(date(2021, 10, 26), "041", "CHNGOV", "FRAGOV", doc_id=doc.doc_id, sentence=0)
    late = Event(date(2021, 10, 27), "042", "FRA", "CHN", doc_id=doc.doc_id, sentence=1)
    run = store.start_run("test")
    with store.load(run, path="note.txt", sha256=sha, kind="text") as load:
        load.add_documents([doc])
        load.add_events([ev, late])


def test_a_load_records_its_days_per_origin_and_source(store):
    _text_load(store)
    run = store.start_run("test")
    with store.load(run, path="g.csv", sha256="g", kind="gdelt") as load:
        load.add_events([Event(date(2021, 10, 26), "040", "CHN", "RUS", origin="gdelt")])
    assert _coverage(store) == [
        ("gdelt", "gdelt", date(2021, 10, 26), 1, 0),
        ("text", "示例外交简讯", date(2021, 10, 26), 1, 1),
        ("text", "示例外交简讯", date(2021, 10, 27), 1, 0),
    ]
    inputs = {r[0] for r in store.connection.execute("SELECT input FROM coverage").fetchall()}
    assert inputs == {"a", "g"}


def test_a_failed_load_records_nothing_and_a_known_one_nothing_twice(store):
    run = store.start_run("test")
    with pytest.raises(RuntimeError), store.load(run, path="x", sha256="x", kind="text") as load:
        load.add_events([Event(date(2021, 11, 1), "040", "CHN", "RUS")])
        raise RuntimeError("the reader broke")
    assert _coverage(store) == []
    _text_load(store)
    _text_load(store, "b")  # the same documents and events again: nothing new is stored
    assert [r[3:] for r in _coverage(store)] == [(1, 1), (1, 0)]


def test_migration_rebuilds_coverage_of_an_older_store(tmp_path):
    path = tmp_path / "v4.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    for name in ("001_initial.sql", "002_unvotes.sql", "003_gdelt.sql", "004_gdelt_lines.sql"):
        con.execute(MIGRATIONS.joinpath(name).read_text(encoding="utf-8"))
    con.execute("INSERT INTO meta VALUES ('schema_version', '4')")
    con.execute(
        "INSERT INTO events (event_id, date, code, root, origin) VALUES "
        "('g1', '2021-08-01', '040', '04', 'gdelt'), ('g2', '2021-08-01', '041', '04', 'gdelt')"
    )
    con.close()
    with Store(path) as store:
        assert _coverage(store) == [("gdelt", "gdelt", date(2021, 8, 1), 2, 0)]
