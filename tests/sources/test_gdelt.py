"""GDELT layouts and mappings as data, DuckDB applying them, the scope, and the real rows in
../shared."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from dipwatch.api.ingest import IngestOptions, ingest
from dipwatch.errors import InputError, SourceFormatError
from dipwatch.models import story_key
from dipwatch.sources import gdelt
from dipwatch.sources.detect import detect_kind
from dipwatch.sources.scope import Scope, fips_to_iso3, state_codes
from dipwatch.sources.tabular import open_tabular
from dipwatch.store.dialect import Compiler, story_key_sql
from tests.sources.gdelt_makers import gdelt_row, write_lines, zip_file


def test_layouts_have_gdelts_column_counts():
    assert len(gdelt.V1_COLUMNS) == 58
    assert len(gdelt.V2_COLUMNS) == 61
    assert len(gdelt.MENTION_COLUMNS) == 16
    v2 = gdelt.LAYOUTS["v2"].types
    # CAMEO codes are text so that '017' keeps its zero.
    for name in ("EventCode", "EventBaseCode", "EventRootCode", "Actor1Code", "Actor2Type1Code"):
        assert v2[name] == "text"
    assert gdelt.V2_COLUMNS[-1].name == "SOURCEURL"
    assert gdelt.V2_COLUMNS[-2].name == "DATEADDED"
    assert "ActionGeo_ADM2Code" in v2
    assert "ActionGeo_ADM2Code" not in gdelt.LAYOUTS["v1"].types
    assert gdelt.LAYOUTS["v1"].width_range == (57, 58)


@pytest.mark.parametrize(("width", "name"), [(57, "v1"), (58, "v1"), (61, "v2"), (16, "mentions")])
def test_layout_from_first_line(width, name):
    assert gdelt.layout_of(b"\t".join([b"1"] * width) + b"\n", "f").name == name


@pytest.mark.parametrize("line", [b"", b"\n", b"a\tb\tc\n"])
def test_other_shapes_are_refused_with_location(line):
    with pytest.raises(SourceFormatError) as err:
        gdelt.layout_of(line, "x.csv")
    assert err.value.location == "x.csv:1"


@pytest.mark.parametrize(
    ("day", "src", "tgt", "code"),
    [("2021-11-16", "CHNGOV", "USAGOV", "036"), ("2021-12-10", "NIC", None, "0311"),
     ("1979-01-01", None, None, "017")],
)  # fmt: skip
def test_story_sql_matches_models_story_key(day, src, tgt, code):
    con = duckdb.connect()
    sql = story_key_sql("CAST(? AS DATE)", "CAST(? AS VARCHAR)", "CAST(? AS VARCHAR)", "?")
    got = con.execute(f"SELECT {sql}", [day, src, tgt, code]).fetchone()[0]
    assert got == story_key(date.fromisoformat(day), src, tgt, code)


def test_actor_falls_back_to_country_and_type():
    con = duckdb.connect()
    cols = "Actor1Code, Actor1CountryCode, Actor1Type1Code"
    rows = [
        (" UIS", None, None),
        (None, "CHN", "MIL"),
        ("CHNGOV", "CHN", "GOV"),
        (None, None, None),
    ]
    con.execute(f"CREATE TABLE t ({cols.replace(',', ' VARCHAR,')} VARCHAR)")
    con.executemany("INSERT INTO t VALUES (?, ?, ?)", rows)
    sql = Compiler(lambda name: name).sql(gdelt.actor(1))
    got = [r[0] for r in con.execute(f"SELECT {sql} FROM t").fetchall()]
    assert got == ["UIS", "CHNMIL", "CHNGOV", None]


def test_scope_parsing():
    assert Scope.parse(None).mode == "prc"
    assert Scope.parse("all").rule() is None and Scope.parse("all").tokens() is None
    scope = Scope.parse("countries=rou,USA")
    assert scope.mode == "countries"
    assert {"ROU", "ROM", "USA"} <= set(scope.codes)  # CAMEO writes Romania ROM
    for bad in ("everything", "countries=", "countries=XXX"):
        with pytest.raises(InputError):
            Scope.parse(bad)


def test_reference_mappings():
    assert fips_to_iso3()["CH"] == "CHN"
    assert fips_to_iso3()["TW"] == "TWN"
    assert "USA" in state_codes() and "TWN" not in state_codes()


def test_find_lines(tmp_path):
    path = write_lines(tmp_path / "e.csv", [gdelt_row(5), gdelt_row(77), gdelt_row(9)])
    assert [line for line, _ in gdelt.find_lines(path, {77})[77]] == [2]
    twice = write_lines(tmp_path / "f.csv", [gdelt_row(5), gdelt_row(9), gdelt_row(5)])
    found = gdelt.find_lines(twice, texts={gdelt_row(5)})
    assert [line for line, _ in found[gdelt_row(5)]] == [1, 3]


def test_zip_is_unpacked_and_hashed(tmp_path):
    plain = write_lines(tmp_path / "20211116000000.export.CSV", [gdelt_row(1), gdelt_row(2)])
    packed = zip_file(plain, tmp_path / "20211116000000.export.CSV.zip")
    with open_tabular(packed) as t:
        assert t.lines == 2
        assert t.where == str(packed)
        assert gdelt.layout_of(t.first_line, t.where).name == "v2"
        inner = t.path
        assert inner.read_bytes() == plain.read_bytes()
    assert not inner.exists()
    assert detect_kind(packed) == "gdelt"


# -- the real rows ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "version"), [("events.csv", 2), ("eventsT.csv", 2), ("events1.csv", 1)]
)
def test_real_gdelt_files_load_whole(shared_data, store, name, version):
    path = shared_data / "gdelt" / name
    assert detect_kind(path) == "gdelt"
    report = ingest(store, [path], options=IngestOptions(keep="all"))
    counts = report.files[0].counts
    assert report.files[0].kind == "gdelt"
    assert counts["read"] == 100 and counts["kept"] == 100 and counts["quarantined"] == 0
    con = store.connection
    assert con.execute("SELECT count(*), min(gdelt_version) FROM gdelt_raw").fetchone() == (
        100,
        version,
    )
    codes = {r[0] for r in con.execute("SELECT code FROM events").fetchall()}
    assert all(len(c) >= 3 and c.isdigit() for c in codes)
    assert any(c.startswith("0") for c in codes)  # leading zeros kept
    # The event's columns are the raw ones, mapped.
    row = con.execute(
        "SELECT e.code = r.EventCode, e.goldstein = r.GoldsteinScale, e.url IS NOT DISTINCT FROM "
        "r.SOURCEURL, e.date = strptime(CAST(r.SQLDATE AS VARCHAR), '%Y%m%d')::DATE "
        "FROM events e JOIN gdelt_raw r ON e.event_id = 'g' || r.GlobalEventID LIMIT 1"
    ).fetchone()
    assert row == (True, True, True, True)
    mapped = con.execute(
        "SELECT count(*) FILTER (WHERE action_country IS NOT NULL), "
        "count(*) FILTER (WHERE r.ActionGeo_CountryCode IS NOT NULL) "
        "FROM events e JOIN gdelt_raw r ON e.event_id = 'g' || r.GlobalEventID"
    ).fetchone()
    assert mapped[0] >= 0.95 * mapped[1]  # FIPS mapped to ISO3


def test_real_v1_file_mixes_57_and_58_columns(shared_data, store):
    ingest(store, [shared_data / "gdelt" / "events1.csv"], options=IngestOptions(keep="all"))
    urls = store.connection.execute(
        "SELECT count(*) FILTER (WHERE SOURCEURL IS NULL), count(*) FROM gdelt_raw"
    ).fetchone()
    assert urls == (40, 100)  # the 57-column backfile rows have no SOURCEURL


def test_real_mentions_follow_their_events(shared_data, store):
    files = [shared_data / "gdelt" / "events.csv", shared_data / "gdelt" / "mentions.csv"]
    report = ingest(store, files, options=IngestOptions(keep="all"))
    mentions = report.files[1].counts
    assert mentions["read"] == 100 and mentions["mentions"] == 100
    linked = store.connection.execute("SELECT count(*) FROM gdelt_mention_events").fetchone()[0]
    assert linked == mentions["duplicates"] > 0
