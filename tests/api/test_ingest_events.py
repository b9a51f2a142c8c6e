"""Ingesting event datasets: scope, dedup, counts, quarantine, idempotence, zips, ICEWS, CSV."""

from __future__ import annotations

import dataclasses
from functools import partial
from pathlib import Path
from types import SimpleNamespace

import pytest

from dipwatch.api.ingest import IngestOptions, ingest
from dipwatch.sources import gdelt
from dipwatch.sources.scope import Scope
from dipwatch.sources.tabular import scan_file
from dipwatch.store.gdelt import GdeltRead, load_gdelt_events
from tests.sources.gdelt_makers import (
    CHN_USA,
    gdelt_row,
    mention_row,
    prc_sample,
    write_lines,
    zip_file,
)

DATA = Path(__file__).resolve().parents[1] / "data"


def _rows(store, sql: str) -> list[tuple]:
    return store.connection.execute(sql).fetchall()


def _quarantine(store) -> dict[str, str]:
    return dict(_rows(store, "SELECT location, reason FROM quarantine"))


def test_default_scope_counts_and_quarantine(store, tmp_path):
    path = prc_sample(tmp_path / "20211116.export.CSV")
    report = ingest(store, [path])
    result = report.files[0]
    assert (result.kind, result.status) == ("gdelt", "loaded")
    assert result.counts == {
        "read": 10, "kept": 5, "out_of_scope": 2, "duplicates": 1, "quarantined": 3,
        "events": 5, "events_known": 0,
    }  # fmt: skip
    ids = {r[0] for r in _rows(store, "SELECT event_id FROM events")}
    assert ids == {"g1001", "g1002", "g1004", "g1005", "g1009"}
    where = str(path)
    reasons = _quarantine(store)
    assert "SQLDATE" in reasons[f"{where}:6"] and "20211332" in reasons[f"{where}:6"]
    assert "MISSING COLUMNS" in reasons[f"{where}:7"]
    assert "INVALID ENCODING" in reasons[f"{where}:8"]
    # Raw columns of kept rows are queryable; the bad and out-of-scope ones are not stored.
    assert _rows(store, "SELECT count(*) FROM gdelt_raw")[0][0] == 5
    actors = dict(_rows(store, "SELECT event_id, source_actor FROM events"))
    assert actors["g1009"] == "CHNMIL"  # CountryCode + Type1Code
    g1001 = _rows(
        store,
        "SELECT code, root, quad_class, goldstein, num_mentions, num_sources, num_articles, "
        "tone, action_country, url, origin FROM events WHERE event_id = 'g1001'",
    )[0]
    assert g1001 == ("017", "01", 1, 4.0, 10, 2, 10, -1.25, "CHN",
                     "https://news.example.org/1001", "gdelt")  # fmt: skip
    stories = dict(_rows(store, "SELECT event_id, story_id FROM events"))
    assert stories["g1001"] == stories["g1002"]  # CHNGOV/USAGOV and CHNGOV/USA: one story
    # The load may insert unordered; the connection's setting is restored afterwards.
    assert _rows(store, "SELECT current_setting('preserve_insertion_order')") == [(True,)]


def test_keep_all_and_countries(store, tmp_path):
    path = prc_sample(tmp_path / "a.export.CSV")
    counts = ingest(store, [path], kind="gdelt", options=IngestOptions(keep="all")).files[0].counts
    assert (counts["kept"], counts["out_of_scope"], counts["quarantined"]) == (7, 0, 3)
    other = prc_sample(tmp_path / "b.export.CSV")
    other.write_bytes(other.read_bytes() + b"\n")  # other bytes, same rows
    counts = ingest(store, [other], options=IngestOptions(keep="countries=JPN,FRA")).files[0].counts
    assert counts["kept"] == 2 and counts["events"] == 0 and counts["events_known"] == 2


def test_same_file_twice_and_its_zip_change_nothing(store, tmp_path):
    path = prc_sample(tmp_path / "20211116.export.CSV")
    ingest(store, [path])
    before = _rows(store, "SELECT count(*) FROM events")[0][0]
    again = ingest(store, [path])
    assert again.files[0].status == "skipped"
    packed = zip_file(path, tmp_path / "20211116.export.CSV.zip")
    counts = ingest(store, [packed]).files[0].counts
    assert counts["events"] == 0 and counts["events_known"] == 5
    assert _rows(store, "SELECT count(*) FROM events")[0][0] == before
    assert _rows(store, "SELECT count(*) FROM gdelt_raw")[0][0] == before
    assert store.is_loaded(scan_file(packed).digest, "gdelt")


def test_truncated_zip_and_empty_file_are_quarantined(store, tmp_path):
    path = write_lines(tmp_path / "x.export.CSV", [gdelt_row(i, **CHN_USA) for i in range(300)])
    packed = zip_file(path, tmp_path / "x.export.CSV.zip")
    packed.write_bytes(packed.read_bytes()[: packed.stat().st_size // 2])
    empty = tmp_path / "y.export.CSV"
    empty.write_bytes(b"")
    report = ingest(store, [packed, empty], kind="gdelt")
    assert [f.status for f in report.files] == ["failed", "failed"]
    reasons = _quarantine(store)
    assert "truncated or corrupt zip" in reasons[str(packed)]
    assert "empty file" in reasons[f"{empty}:1"]
    assert _rows(store, "SELECT count(*) FROM events")[0][0] == 0


def test_directories_globs_and_v1(store, tmp_path):
    (tmp_path / "d").mkdir()
    v1 = [gdelt_row(10, day="20030404", version=1, **CHN_USA),
          gdelt_row(11, day="20030404", version=1, **CHN_USA).rsplit("\t", 1)[0]]  # fmt: skip
    write_lines(tmp_path / "d" / "20030404.export.CSV", v1)
    write_lines(tmp_path / "d" / "20211116.export.CSV", [gdelt_row(20, **CHN_USA)])
    short = "\t".join(gdelt_row(12, day="20030404", version=1, **CHN_USA).split("\t")[:40])
    write_lines(tmp_path / "d" / "20030405.export.CSV", [*v1, short])
    report = ingest(store, [str(tmp_path / "d" / "2003*"), tmp_path / "d"])
    assert [f.counts.get("kept") for f in report.files] == [2, 2, 1]
    assert report.files[1].counts["events_known"] == 2
    assert "too few columns" in _quarantine(store)[f"{tmp_path / 'd' / '20030405.export.CSV'}:3"]
    assert _rows(store, "SELECT gdelt_version, count(*) FROM gdelt_raw GROUP BY 1 ORDER BY 1") == [
        (1, 2), (2, 1)
    ]  # fmt: skip


def test_mentions_of_kept_events(store, tmp_path):
    events = write_lines(tmp_path / "1.export.CSV", [gdelt_row(1, **CHN_USA), gdelt_row(2)])
    mentions = write_lines(
        tmp_path / "2.mentions.CSV",
        [mention_row(1, "https://a.example/1"), mention_row(1, "https://b.example/1"),
         mention_row(2, "https://a.example/2"), "1\t2"],
    )  # fmt: skip
    report = ingest(store, [events, mentions])
    counts = report.files[1].counts
    assert (counts["read"], counts["kept"], counts["out_of_scope"], counts["quarantined"]) == (
        4, 2, 1, 1,
    )  # fmt: skip
    stories = _rows(store, "SELECT DISTINCT story_id FROM gdelt_mention_events")
    assert len(stories) == 1


def test_a_failed_load_leaves_the_store_as_it_was(store, tmp_path):
    """Raw rows and quarantined rows are written first; a failure after them undoes all."""
    path = prc_sample(tmp_path / "20211116.export.CSV")

    class Broken(dict):
        def items(self):
            raise KeyboardInterrupt  # as if the user pressed Ctrl-C midway

    layout = gdelt.LAYOUTS["v2"]
    event_map = dataclasses.replace(gdelt.event_map(layout, {}), tables={"fips": Broken()})
    read = GdeltRead(path, layout, event_map, Scope.parse("prc").rule(), 2,
                     partial(gdelt.find_lines, path))  # fmt: skip
    run = store.start_run("test")
    src = SimpleNamespace(where=str(path), digest="s", lines=10)
    rejected = [(8, "not UTF-8", "raw")]
    with pytest.raises(KeyboardInterrupt), store.load(run, path=str(path), sha256="s", kind="gdelt") as load:  # fmt: skip
        load_gdelt_events(load, src, read, rejected)
    for table in ("gdelt_raw", "events", "quarantine", "inputs"):
        assert _rows(store, f"SELECT count(*) FROM {table}")[0][0] == 0, table
    assert ingest(store, [path]).files[0].counts["events"] == 5


# -- ICEWS and the plain events CSV ---------------------------------------------------------------


def test_icews_sample(store):
    path = DATA / "events" / "icews_2021_sample.tab"
    report = ingest(store, [path])
    result = report.files[0]
    assert result.kind == "icews"
    assert result.counts == {
        "read": 9, "kept": 6, "out_of_scope": 2, "quarantined": 1, "duplicates": 1,
        "events": 6, "events_known": 0,
    }  # fmt: skip
    rows = dict(
        (r[0], r[1:])
        for r in _rows(
            store,
            "SELECT event_id, source_actor, target_actor, code, goldstein, "
            "action_country FROM events",
        )
    )
    assert rows["i38123001"] == ("CHNGOV", "USAGOV", "036", 4.0, "CHN")
    assert rows["i38123003"] == ("NICGOV", "TWN", "161", -4.0, "NIC")
    assert rows["i38123005"][:2] == ("CHNMIL", "TWN")
    assert f"{path}:8" in _quarantine(store)  # the 2021-13-02 row


def test_icews_codes_written_as_numbers_are_padded(store, tmp_path):
    text = (DATA / "events" / "icews_2021_sample.tab").read_text(encoding="utf-8")
    path = tmp_path / "icews.tab"
    path.write_text(text.replace("\t036\t", "\t36\t"), encoding="utf-8")
    ingest(store, [path], kind="icews")
    assert _rows(store, "SELECT code FROM events WHERE event_id = 'i38123001'") == [("036",)]


def test_events_csv_reference_file(store):
    path = DATA / "analysis" / "q4_2021_events.csv"
    result = ingest(store, [path]).files[0]
    assert result.kind == "events"
    assert result.counts["read"] == result.counts["events"] == 39
    assert result.counts["quarantined"] == 0
    rows = _rows(
        store, "SELECT code, issues, origin, pattern FROM events WHERE code = '041' LIMIT 1"
    )
    assert rows[0][2:] == ("csv", "test-facts")


def test_events_csv_bad_rows_zeros_and_duplicates(store, tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "date,code,source_actor,target_actor,issues,url\n"
        "2021-12-10,161,NICGOV,TWN,taiwan| diplomacy ,https://a.example\n"
        "2021-12-10,161,NIC,TWN,,https://b.example\n"
        "2021-12-10,161,NIC,TWN,,https://b.example\n"
        "2021-12-32,040,CHN,USA,,\n"
        "2021-12-11,999,CHN,USA,,\n"
        "2021-12-12,40,CHNGOV,RUSGOV,,\n"
        "2021-12-12,040,JPN,KOR,,\n",
        encoding="utf-8",
    )
    result = ingest(store, [path]).files[0]
    assert result.counts == {
        "read": 7, "kept": 4, "out_of_scope": 1, "quarantined": 2, "duplicates": 2,
        "events": 4, "events_known": 0,
    }  # fmt: skip
    reasons = _quarantine(store)
    assert "bad date" in reasons[f"{path}:5"]
    assert "unknown CAMEO event code" in reasons[f"{path}:6"]
    rows = _rows(store, "SELECT code, goldstein, issues FROM events ORDER BY date, event_id")
    assert ("040", 1.0, []) in rows  # '40' restored, Goldstein from the codebook
    assert ("161", -4.0, ["taiwan", "diplomacy"]) in rows


def test_events_csv_without_required_columns_is_refused(store, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("date,source_actor,code\n2021-01-01,CHN,040\n", encoding="utf-8")
    report = ingest(store, [path], kind="events")
    assert report.files[0].status == "failed"
    assert "target_actor" in report.files[0].error
