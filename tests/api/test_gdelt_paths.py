"""GDELT events: the prefiltered fast path against the whole-file path, line numbers of rows
quarantined from the copy, CRLF, repeated ids, and the ``gdelt_raw`` view over stored lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from dipwatch.api.ingest import IngestOptions, ingest
from dipwatch.api.ingest_events import gdelt_plan
from dipwatch.sources import gdelt
from dipwatch.sources.scope import Scope
from dipwatch.sources.tabular import open_tabular
from dipwatch.store import Store
from tests.sources.gdelt_makers import CHN_USA, gdelt_row, write_lines

#: A line of 20 columns that no scope token matches: it is left out of the copy.
MALFORMED_OUT = "\t".join(["9"] * 20)

RUS_FRA = {
    "Actor1Code": "RUS", "Actor1CountryCode": "RUS", "Actor2Code": "FRA",
    "Actor2CountryCode": "FRA", "ActionGeo_CountryCode": "FR",
}  # fmt: skip
JPN_KOR = {
    "Actor1Code": "JPN", "Actor1CountryCode": "JPN", "Actor2Code": "KOR",
    "Actor2CountryCode": "KOR", "ActionGeo_CountryCode": "JA",
}  # fmt: skip

EVENT_SQL = (
    "SELECT event_id, date, source_actor, target_actor, code, root, goldstein, action_country, "
    "url, story_id FROM events ORDER BY 1"
)
#: The counts every GDELT events load reports (see dipwatch.store.bulk).
COUNT_KEYS = ("read", "kept", "out_of_scope", "duplicates", "quarantined", "events", "events_known")
LINES_SQL = "SELECT GlobalEventID, line, gdelt_version FROM gdelt_lines ORDER BY 1"


def _rows(store, sql: str, params=()) -> list[tuple]:
    return store.connection.execute(sql, list(params)).fetchall()


def _quarantine(store) -> dict[str, str]:
    return dict(_rows(store, "SELECT location, reason FROM quarantine"))


def _counts(report) -> dict[str, int]:
    """The one file's counts, every key of COUNT_KEYS present (zero when absent)."""
    counts = report.files[0].counts
    return {**dict.fromkeys(COUNT_KEYS, 0), **counts}


def _renumber(store, path: Path, keep: str | None, tmp: Path) -> bool:
    """Whether the load reads a prefiltered copy (True) or the whole file (False): the copy
    is tried for a scope with tokens, and kept only if it proves sound."""
    tmp.mkdir(exist_ok=True)
    with open_tabular(path) as t:
        layout = gdelt.layout_of(t.first_line, t.where)
        plan = gdelt_plan(store, t, layout, Scope.parse(keep), tmp)
        return plan.prefiltered and plan.sound()


def _mixed_rows() -> list[str]:
    """In scope: CHN-USA, USA-TWN, action in China, CHN+MIL actor; out: RUS-FRA, and a
    RUS-FRA row with 'CHN' only in its SOURCEURL (copied by the prefilter, then left out)."""
    return [
        gdelt_row(101, code="036", **CHN_USA),
        gdelt_row(102, code="111", Actor1Code="USAGOV", Actor1CountryCode="USA",
                  Actor2Code="TWN", Actor2CountryCode="TWN", ActionGeo_CountryCode="TW"),
        gdelt_row(103, **RUS_FRA),
        gdelt_row(104, code="043", Actor1Code="BUS", Actor2Code="EDU",
                  ActionGeo_CountryCode="CH", ActionGeo_Lat="39.9"),
        gdelt_row(105, code="042", Actor1CountryCode="CHN", Actor1Type1Code="MIL",
                  Actor2Code="PAKMIL", Actor2CountryCode="PAK", ActionGeo_CountryCode="PK"),
        gdelt_row(106, **RUS_FRA, SOURCEURL="https://news.example.org/CHN-trade-talks"),
    ]  # fmt: skip


MIXED_KEPT = {"g101", "g102", "g104", "g105"}


# -- which path ------------------------------------------------------------------------------


def test_clean_v2_file_takes_the_fast_path(store, tmp_path):
    """With every left-out line 61 columns wide, the prefiltered copy is read."""
    path = write_lines(tmp_path / "clean.export.CSV", _mixed_rows())
    assert _renumber(store, path, "prc", tmp_path / "plan") is True


def test_malformed_out_of_scope_line_forces_the_whole_file(store, tmp_path):
    """A short line without any scope token is not in the copy: the tab count gives it away,
    the whole file is read, and the line is quarantined with its own number."""
    path = write_lines(tmp_path / "bad.export.CSV", [*_mixed_rows(), MALFORMED_OUT])
    assert _renumber(store, path, "prc", tmp_path / "plan") is False
    counts = ingest(store, [path]).files[0].counts
    assert counts["quarantined"] == 1
    assert "MISSING COLUMNS" in _quarantine(store)[f"{path}:7"]
    assert {r[0] for r in _rows(store, "SELECT event_id FROM events")} == MIXED_KEPT


@pytest.mark.parametrize(("version", "keep"), [(1, "prc"), (2, "all")], ids=["gdelt1", "keep-all"])
def test_v1_and_keep_all_read_the_whole_file(store, tmp_path, version, keep):
    """GDELT 1.0's mixed widths cannot be checked by tabs; ``all`` has no tokens."""
    day = "20030404" if version == 1 else "20211116"
    path = write_lines(
        tmp_path / "x.export.CSV", [gdelt_row(1, day=day, version=version, **CHN_USA)]
    )
    assert _renumber(store, path, keep, tmp_path / "plan") is False


def test_keep_countries_takes_the_fast_path(store, tmp_path):
    """``countries=JPN`` has tokens (its codes): the copy is read, and JPN-KOR is kept."""
    path = write_lines(
        tmp_path / "jp.export.CSV",
        [gdelt_row(201, **JPN_KOR), gdelt_row(202, **RUS_FRA), gdelt_row(203, **CHN_USA)],
    )
    assert _renumber(store, path, "countries=JPN", tmp_path / "plan") is True
    counts = _counts(ingest(store, [path], options=IngestOptions(keep="countries=JPN")))
    assert (counts["read"], counts["kept"], counts["out_of_scope"], counts["quarantined"]) == (
        3, 1, 2, 0,
    )  # fmt: skip
    assert _rows(store, "SELECT event_id, source_actor, target_actor FROM events") == [
        ("g201", "JPN", "KOR")
    ]


# -- both paths agree ------------------------------------------------------------------------


def _load_into(tmp_path: Path, name: str, lines: list[str] | list[bytes]):
    """Load ``lines`` as one file into a store of its own: (counts, events, lines, renumber)."""
    path = write_lines(tmp_path / f"{name}.export.CSV", lines)
    with Store(tmp_path / f"{name}.duckdb") as store:
        fast = _renumber(store, path, "prc", tmp_path / f"{name}-plan")
        report = ingest(store, [path])
        return report.files[0].counts, _rows(store, EVENT_SQL), _rows(store, LINES_SQL), fast


def test_fast_and_exact_paths_load_the_same_events(tmp_path):
    """The same rows, read through the copy or from the whole file, make the same events and
    stored lines; the only difference is the extra malformed line, read and quarantined."""
    rows = _mixed_rows()
    fast_counts, fast_events, fast_lines, fast = _load_into(tmp_path, "fast", rows)
    exact_counts, exact_events, exact_lines, exact_fast = _load_into(
        tmp_path, "exact", [*rows, MALFORMED_OUT]
    )
    assert (fast, exact_fast) == (True, False)
    assert {e[0] for e in fast_events} == MIXED_KEPT
    assert fast_events == exact_events
    assert fast_lines == exact_lines
    assert [line for _, line, _ in fast_lines] == [rows[0], rows[1], rows[3], rows[4]]
    fast_counts = {**dict.fromkeys(COUNT_KEYS, 0), **fast_counts}
    assert fast_counts == {
        "read": 6, "kept": 4, "out_of_scope": 2, "duplicates": 0, "quarantined": 0,
        "events": 4, "events_known": 0,
    }  # fmt: skip
    # The SOURCEURL row (106) is out of scope on both paths, never quarantined.
    assert exact_counts == {**fast_counts, "read": 7, "quarantined": 1}
    actors = {e[0]: (e[2], e[3], e[7]) for e in fast_events}
    assert actors["g105"] == ("CHNMIL", "PAKMIL", "PAK")
    assert actors["g104"] == ("BUS", "EDU", "CHN")


def test_counts_report_every_key_on_both_paths(tmp_path):
    """A clean file reports ``quarantined: 0`` like any other load: the set of keys must not
    depend on whether the copy or the whole file was read."""
    rows = _mixed_rows()
    fast_counts, *_ = _load_into(tmp_path, "fast", rows)
    exact_counts, *_ = _load_into(tmp_path, "exact", [*rows, MALFORMED_OUT])
    assert set(exact_counts) == set(COUNT_KEYS)
    assert set(fast_counts) == set(COUNT_KEYS)


# -- line numbers of rows quarantined from the copy ------------------------------------------


def test_rows_quarantined_from_the_copy_keep_their_original_line_numbers(store, tmp_path):
    """The copy holds three lines; quarantine names lines 12, 20 and 37 of the input."""
    rows: list[str | bytes] = [gdelt_row(1000 + n, **RUS_FRA) for n in range(1, 51)]
    rows[11] = gdelt_row(1012, code="abc", **CHN_USA)
    rows[19] = (
        gdelt_row(1020, **CHN_USA)
        .replace("CHINA", "CHINA\udcff")
        .encode("utf-8", "surrogateescape")
    )
    rows[36] = gdelt_row(1037, NumMentions="many", **CHN_USA)
    path = write_lines(tmp_path / "n.export.CSV", rows)  # type: ignore[arg-type]
    assert _renumber(store, path, "prc", tmp_path / "plan") is True
    counts = ingest(store, [path]).files[0].counts
    assert (counts["read"], counts["kept"], counts["out_of_scope"], counts["quarantined"]) == (
        50, 0, 47, 3,
    )  # fmt: skip
    reasons = _quarantine(store)
    assert set(reasons) == {f"{path}:12", f"{path}:20", f"{path}:37"}, reasons
    assert reasons[f"{path}:12"].startswith("bad event code"), reasons[f"{path}:12"]
    assert "NumMentions" in reasons[f"{path}:37"] and "many" in reasons[f"{path}:37"]
    assert "INVALID ENCODING" in reasons[f"{path}:20"]
    assert _rows(store, "SELECT count(*) FROM events")[0][0] == 0
    assert _rows(store, "SELECT count(*) FROM gdelt_lines")[0][0] == 0


def test_malformed_rows_in_scope_are_quarantined_from_the_copy_by_their_line(store, tmp_path):
    """Short, long and badly dated lines that contain a scope token are copied: the fast path
    holds, and each is quarantined under its line in the input, not in the copy."""
    rows = [gdelt_row(2000 + n, **RUS_FRA) for n in range(1, 51)]
    rows[4] = gdelt_row(2005, day="20211332", **CHN_USA)
    rows[44] = "\t".join(["CHN"] * 20)
    rows[47] = gdelt_row(2048, **CHN_USA) + "\textra"
    rows[49] = gdelt_row(2050, **CHN_USA)
    path = write_lines(tmp_path / "m.export.CSV", rows)
    assert _renumber(store, path, "prc", tmp_path / "plan") is True
    counts = ingest(store, [path]).files[0].counts
    assert (counts["read"], counts["kept"], counts["out_of_scope"], counts["quarantined"]) == (
        50, 1, 46, 3,
    )  # fmt: skip
    reasons = _quarantine(store)
    assert set(reasons) == {f"{path}:5", f"{path}:45", f"{path}:48"}, reasons
    assert "SQLDATE" in reasons[f"{path}:5"] and "20211332" in reasons[f"{path}:5"]
    assert "MISSING COLUMNS" in reasons[f"{path}:45"]
    assert "TOO MANY COLUMNS" in reasons[f"{path}:48"]
    assert _rows(store, "SELECT event_id FROM events") == [("g2050",)]


def test_identical_bad_lines_are_quarantined_under_each_own_line(store, tmp_path):
    """GDELT repeats lines within a file; two identical malformed lines in scope (2 and 4)
    must be quarantined as lines 2 and 4, as the whole-file path does, not twice as line 2."""
    short = "\t".join(["CHN"] * 20)
    many = gdelt_row(9, NumMentions="many", **CHN_USA)
    rows = [gdelt_row(1, **CHN_USA), short, many, short, gdelt_row(2, **RUS_FRA), many]
    path = write_lines(tmp_path / "d.export.CSV", rows)
    assert _renumber(store, path, "prc", tmp_path / "plan") is True
    ingest(store, [path])
    locations = sorted(r[0] for r in _rows(store, "SELECT location FROM quarantine"))
    assert locations == sorted(f"{path}:{n}" for n in (2, 3, 4, 6))


@pytest.mark.parametrize("exact", [False, True], ids=["fast", "exact"])
def test_lines_not_utf8_are_quarantined_once_on_either_path(tmp_path, exact):
    """Bad bytes in scope (line 2) and out of scope (line 4) are each quarantined once, under
    their line, whether the copy or the whole file is read; the other rows load."""
    bad_in = gdelt_row(12, **CHN_USA).replace("CHINA", "CHINA\udcff")
    bad_out = gdelt_row(14, **RUS_FRA).replace("FRA", "FR\udcff", 1)
    rows: list[bytes] = [
        gdelt_row(11, **CHN_USA).encode(),
        bad_in.encode("utf-8", "surrogateescape"),
        gdelt_row(13, **RUS_FRA).encode(),
        bad_out.encode("utf-8", "surrogateescape"),
        gdelt_row(15, code="040", **CHN_USA).encode(),
    ]
    if exact:
        rows.append(MALFORMED_OUT.encode())
    path = write_lines(tmp_path / "enc.export.CSV", rows)
    with Store(tmp_path / "enc.duckdb") as store:
        assert _renumber(store, path, "prc", tmp_path / "plan") is not exact
        counts = _counts(ingest(store, [path]))
        locations = sorted(r[0] for r in _rows(store, "SELECT location FROM quarantine"))
        expected = [f"{path}:2", f"{path}:4", *([f"{path}:6"] if exact else [])]
        assert locations == expected
        assert counts["quarantined"] == len(expected)
        assert (counts["kept"], counts["out_of_scope"]) == (2, 1)
        assert {r[0] for r in _rows(store, "SELECT event_id FROM events")} == {"g11", "g15"}
        assert _rows(store, "SELECT count(*) FROM gdelt_lines")[0][0] == 2


# -- CRLF -------------------------------------------------------------------------------------


def test_crlf_file_loads_the_same_events_without_carriage_returns(tmp_path):
    """Windows line endings: the fast path still applies, and no '\\r' reaches the lines."""
    rows = _mixed_rows()
    _, lf_events, lf_lines, _ = _load_into(tmp_path, "lf", rows)
    path = tmp_path / "crlf.export.CSV"
    many = gdelt_row(107, NumMentions="many", **CHN_USA)  # line 7, the copy's line 6
    path.write_bytes(b"".join(r.encode() + b"\r\n" for r in [*rows, many]))
    with Store(tmp_path / "crlf.duckdb") as store:
        assert _renumber(store, path, "prc", tmp_path / "plan") is True
        counts = _counts(ingest(store, [path]))
        assert (counts["read"], counts["kept"], counts["quarantined"]) == (7, 4, 1)
        assert list(_quarantine(store)) == [f"{path}:7"]
        assert _rows(store, EVENT_SQL) == lf_events
        assert _rows(store, LINES_SQL) == lf_lines
        assert _rows(store, "SELECT count(*) FROM gdelt_lines WHERE contains(line, chr(13))") == [
            (0,)
        ]
        urls = [r[0] for r in _rows(store, "SELECT url FROM events ORDER BY 1")]
        assert all(not u.endswith("\r") for u in urls)


def test_crlf_file_on_the_whole_file_path(tmp_path):
    """The whole-file read of a CRLF file also strips the '\\r' and numbers lines right."""
    rows = [*_mixed_rows(), MALFORMED_OUT]
    path = tmp_path / "crlf.export.CSV"
    path.write_bytes(b"".join(r.encode() + b"\r\n" for r in rows))
    with Store(tmp_path / "crlf.duckdb") as store:
        assert _renumber(store, path, "prc", tmp_path / "plan") is False
        ingest(store, [path])
        assert {r[0] for r in _rows(store, "SELECT event_id FROM events")} == MIXED_KEPT
        assert _rows(store, "SELECT count(*) FROM gdelt_lines WHERE contains(line, chr(13))") == [
            (0,)
        ]
        assert "MISSING COLUMNS" in _quarantine(store)[f"{path}:7"]


# -- repeated GlobalEventIDs ------------------------------------------------------------------


def test_id_repeated_in_one_file_is_kept_once(store, tmp_path):
    """Two identical lines with id 5: one event, one stored line, the second counted known."""
    line = gdelt_row(5, **CHN_USA)
    path = write_lines(tmp_path / "rep.export.CSV", [line, gdelt_row(6, **RUS_FRA), line])
    counts = _counts(ingest(store, [path]))
    assert counts["events"] == 1 and counts["events_known"] == 1
    assert counts["quarantined"] == 0 and counts["out_of_scope"] == 1
    assert _rows(store, "SELECT event_id FROM events") == [("g5",)]
    assert _rows(store, LINES_SQL) == [(5, line, 2)]


def test_id_stored_by_another_file_is_kept_once(store, tmp_path):
    """Another file (other bytes) repeating id 5 adds neither an event nor a line."""
    line = gdelt_row(5, **CHN_USA)
    ingest(store, [write_lines(tmp_path / "a.export.CSV", [line])])
    other = write_lines(tmp_path / "b.export.CSV", [line, gdelt_row(7, **CHN_USA, code="040")])
    counts = ingest(store, [other]).files[0].counts
    assert (counts["events"], counts["events_known"]) == (1, 1)
    assert [r[0] for r in _rows(store, "SELECT GlobalEventID FROM gdelt_lines ORDER BY 1")] == [
        5, 7,
    ]  # fmt: skip


# -- the gdelt_raw view -------------------------------------------------------------------------


def test_gdelt_raw_view_types_values_from_the_stored_lines(store, tmp_path):
    """v2 and v1 lines are split into GDELT 2.0's typed columns; v1 has no ADM2 codes and its
    later columns shift; a non-numeric place does not cost the event and stays in the line."""
    v2 = write_lines(
        tmp_path / "20211116.export.CSV",
        [
            gdelt_row(1, ActionGeo_Lat="39.9", ActionGeo_Long="116.4", ActionGeo_ADM2Code="CH22",
                      ActionGeo_FeatureID="-1898541", **CHN_USA),
            gdelt_row(2, code="040", Actor1Geo_Lat="north", **CHN_USA),
        ],
    )  # fmt: skip
    v1 = write_lines(
        tmp_path / "20030404.export.CSV",
        [gdelt_row(3, day="20030404", version=1, ActionGeo_Lat="31.2", ActionGeo_Long="121.5",
                   ActionGeo_FeatureID="-1924465", SOURCEURL="https://v1.example/3", **CHN_USA)],
    )  # fmt: skip
    ingest(store, [v2])
    ingest(store, [v1], options=IngestOptions(keep="all"))
    got = _rows(
        store,
        "SELECT GlobalEventID, typeof(SQLDATE), SQLDATE, typeof(ActionGeo_Lat), ActionGeo_Lat, "
        "ActionGeo_Long, ActionGeo_ADM2Code, ActionGeo_FeatureID, Actor1Geo_Lat, "
        "typeof(DATEADDED), DATEADDED, SOURCEURL, gdelt_version FROM gdelt_raw ORDER BY 1",
    )
    assert got == [
        (1, "INTEGER", 20211116, "DOUBLE", 39.9, 116.4, "CH22", "-1898541", None, "BIGINT",
         20211116234500, "https://news.example.org/1", 2),
        (2, "INTEGER", 20211116, "DOUBLE", None, None, None, None, None, "BIGINT",
         20211116234500, "https://news.example.org/2", 2),
        (3, "INTEGER", 20030404, "DOUBLE", 31.2, 121.5, None, "-1924465", None, "BIGINT",
         20211116234500, "https://v1.example/3", 1),
    ]  # fmt: skip
    assert {r[0] for r in _rows(store, "SELECT event_id FROM events")} == {"g1", "g2", "g3"}
    line = _rows(store, "SELECT line FROM gdelt_lines WHERE GlobalEventID = 2")[0][0]
    assert line.split("\t")[40] == "north"  # Actor1Geo_Lat, column 41 of GDELT 2.0
    assert len(line.split("\t")) == 61
    v1_line = _rows(store, "SELECT line FROM gdelt_lines WHERE GlobalEventID = 3")[0][0]
    assert len(v1_line.split("\t")) == 58
    names = [r[0] for r in _rows(store, "DESCRIBE gdelt_raw")]
    assert names == [*(c.name for c in gdelt.V2_COLUMNS), "gdelt_version", "input"]
