"""Migration 004: a schema-3 store's gdelt_raw TABLE becomes lines in gdelt_lines and a view."""

from __future__ import annotations

from importlib.resources import files

import duckdb

from dipwatch.sources import gdelt
from dipwatch.store import SCHEMA_VERSION, Store
from dipwatch.store.gdelt import lines_from_columns_sql, raw_view_sql

MIGRATIONS = files("dipwatch.store.migrations")

#: The columns set in the two schema-3 rows, as the old table and the new view give them.
COLUMNS = (
    "GlobalEventID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code",
    "Actor1CountryCode", "Actor2Code", "EventCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "AvgTone", "ActionGeo_CountryCode", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
    "gdelt_version", "input",
)  # fmt: skip
OLD_ROWS = [
    (1001, 20211116, 202111, 2021, 2021.8767, "CHNGOV", "CHN", "USAGOV", "036", "03", 1, 4.0,
     10, -1.25, "CH", "CH22", 39.9, 116.4, "-1898541", 20211116234500,
     "https://news.example.org/1001", 2, "sha-v2"),
    (7, 20030404, 200304, 2003, 2003.2603, "CHN", "CHN", "TWN", "111", "11", 3, -2.0,
     4, -3.5, "CH", None, 31.2, 121.5, "-1924465", 20130404000000,
     "https://v1.example/7", 1, "sha-v1"),
]  # fmt: skip


def _script(name: str) -> str:
    return MIGRATIONS.joinpath(name).read_text(encoding="utf-8")


def _schema_3_store(path) -> None:
    """A store as schema 3 left it, built from the old scripts, with two GDELT rows."""
    con = duckdb.connect(str(path))
    try:
        con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        for name in ("001_initial.sql", "002_unvotes.sql", "003_gdelt.sql"):
            con.execute(_script(name))
        con.execute("INSERT INTO meta VALUES ('schema_version', '3')")
        marks = ", ".join("?" for _ in COLUMNS)
        con.executemany(f"INSERT INTO gdelt_raw ({', '.join(COLUMNS)}) VALUES ({marks})", OLD_ROWS)
        kind = con.execute(
            "SELECT table_type FROM information_schema.tables WHERE table_name = 'gdelt_raw'"
        ).fetchone()
        assert kind == ("BASE TABLE",)  # the old layout really is a table
    finally:
        con.close()


def test_schema_3_rows_become_lines_and_read_back_through_the_view(tmp_path):
    """Every set value survives the table -> line -> view round trip, in each row's layout."""
    path = tmp_path / "old.duckdb"
    _schema_3_store(path)
    with Store(path) as store:
        con = store.connection
        assert store.schema_version() == SCHEMA_VERSION >= 4
        kind = con.execute(
            "SELECT table_type FROM information_schema.tables WHERE table_name = 'gdelt_raw'"
        ).fetchone()
        assert kind == ("VIEW",)
        lines = con.execute(
            "SELECT GlobalEventID, line, gdelt_version, input FROM gdelt_lines ORDER BY 1"
        ).fetchall()
        assert [(i, v, s) for i, _, v, s in lines] == [(7, 1, "sha-v1"), (1001, 2, "sha-v2")]
        v1_fields = lines[0][1].split("\t")
        v2_fields = lines[1][1].split("\t")
        assert (len(v1_fields), len(v2_fields)) == (58, 61)
        assert v2_fields[-1] == "https://news.example.org/1001"
        assert v1_fields[-1] == "https://v1.example/7"
        assert v2_fields[55] == "CH22"  # ActionGeo_ADM2Code, column 56 of GDELT 2.0
        got = con.execute(f"SELECT {', '.join(COLUMNS)} FROM gdelt_raw ORDER BY 1").fetchall()
        assert got == sorted(OLD_ROWS)
        # The columns left empty stay NULL, typed ones too.
        nulls = con.execute(
            "SELECT Actor1Name, Actor1Geo_Lat, Actor2Geo_Type, Actor1Geo_ADM2Code "
            "FROM gdelt_raw ORDER BY GlobalEventID"
        ).fetchall()
        assert nulls == [(None, None, None, None)] * 2
    # Reopening a migrated store changes nothing.
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.connection.execute("SELECT count(*) FROM gdelt_lines").fetchone() == (2,)


def test_migration_004_holds_the_view_the_code_generates():
    """The view in migration 004 and ``raw_view_sql()`` must not drift apart."""
    text = _script("004_gdelt_lines.sql")
    view = raw_view_sql(gdelt.V1_COLUMNS, gdelt.V2_COLUMNS)
    assert view.replace("CREATE OR REPLACE VIEW", "CREATE VIEW") in text
    assert lines_from_columns_sql(gdelt.V1_COLUMNS, gdelt.V2_COLUMNS) in text


def test_new_store_has_the_view_over_lines(tmp_path):
    """A store created at schema 4 has gdelt_lines as a table and gdelt_raw as a view."""
    with Store(tmp_path / "new.duckdb") as store:
        kinds = dict(
            store.connection.execute(
                "SELECT table_name, table_type FROM information_schema.tables "
                "WHERE table_name IN ('gdelt_lines', 'gdelt_raw')"
            ).fetchall()
        )
    assert kinds == {"gdelt_lines": "BASE TABLE", "gdelt_raw": "VIEW"}
