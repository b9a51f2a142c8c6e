"""Events CSV and ICEWS files with hostile rows, headers and encodings: each bad row is
quarantined under its line with its reason, its neighbours load, and the store stays whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from dipwatch.api.ingest import ingest
from tests.hostile.conftest import intact, quarantine

HEADER = "date,source_actor,target_actor,code,goldstein,text"
GOOD_BEFORE = "2021-12-01,CHN,USA,036,,before"
GOOD_AFTER = "2021-12-02,CHN,RUS,040,,after"

#: name -> (the bytes of line 3, what happens, words of the reason)
CSV_ROWS = {
    "unterminated quote": (
        b'2021-12-03,CHN,USA,036,,"never closed',
        "quarantined",
        "unterminated quote",
    ),
    "CRLF line in an LF file": (b"2021-12-03,CHN,USA,036,,crlf\r", "loaded", ""),
    "carriage return inside": (b"2021-12-03,CHN,USA,036,,a\rb", "quarantined", "carriage return"),
    "NUL byte": (b"2021-12-03,CHN,USA,036,,a\x00b", "quarantined", "NUL"),
    "not UTF-8": (b"2021-12-03,CHN,USA,036,,caf\xe9", "quarantined", "not UTF-8"),
    "too many fields": (b"2021-12-03,CHN,USA,036,,a,b,c", "quarantined", "expected 6 fields"),
    "too few fields": (b"2021-12-03,CHN", "quarantined", "expected 6 fields"),
    "Goldstein inf": (b"2021-12-03,CHN,USA,036,inf,x", "quarantined", "goldstein 'inf'"),
    "Goldstein nan": (b"2021-12-03,CHN,USA,036,nan,x", "quarantined", "goldstein 'nan'"),
    "Goldstein 1e308": (b"2021-12-03,CHN,USA,036,1e308,x", "quarantined", "Goldstein scale"),
    "Goldstein 999999": (b"2021-12-03,CHN,USA,036,999999,x", "quarantined", "999999"),
    "Goldstein not a number": (b"2021-12-03,CHN,USA,036,abc,x", "quarantined", "not a number"),
    "date 9999-12-31": (b"9999-12-31,CHN,USA,036,,x", "quarantined", "plausible span"),
    "date 0001-01-01": (b"0001-01-01,CHN,USA,036,,x", "quarantined", "plausible span"),
    "date 2021-13-45": (b"2021-13-45,CHN,USA,036,,x", "quarantined", "bad date"),
    "empty code": (b"2021-12-03,CHN,USA,,,x", "quarantined", "unknown CAMEO event code"),
    "a line of 2 MB": (
        b"2021-12-03,CHN,USA,036,," + b"x" * (2 << 20),
        "quarantined",
        "longer than",
    ),
    "SQL in a field": (b"2021-12-03,CHN,USA,036,,'); DROP TABLE events; --", "loaded", ""),
}


def _csv(tmp: Path, line: bytes, header: str = HEADER) -> Path:
    path = tmp / "events.csv"
    path.write_bytes(
        b"\n".join([header.encode(), GOOD_BEFORE.encode(), line, GOOD_AFTER.encode()]) + b"\n"
    )
    return path


@pytest.mark.parametrize("shape", list(CSV_ROWS))
def test_events_csv_row(stocked, tmp_path, shape):
    line, outcome, words = CSV_ROWS[shape]
    path = _csv(tmp_path, line)
    result = ingest(stocked, [path], kind="events").files[0]
    assert result.status == "loaded", result.error
    texts = {r[0] for r in stocked.connection.execute("SELECT text FROM events").fetchall()}
    assert {"before", "after"} <= texts, texts
    reasons = quarantine(stocked)
    if outcome == "quarantined":
        assert list(reasons) == [f"{path}:3"], reasons
        assert words in reasons[f"{path}:3"], reasons
    else:
        assert reasons == {} and result.counts["events"] == 3
    intact(stocked)


def test_unterminated_quote_does_not_swallow_the_rest(stocked, tmp_path):
    rows = [f"2021-12-{d:02d},CHN,USA,036,,row {d}" for d in range(4, 30)]
    path = tmp_path / "q.csv"
    path.write_text("\n".join([HEADER, GOOD_BEFORE, '2021-12-03,CHN,USA,036,,"open', *rows]) + "\n")
    result = ingest(stocked, [path], kind="events").files[0]
    assert result.counts["events"] == 1 + len(rows) and result.counts["quarantined"] == 1
    intact(stocked)


def test_header_with_a_trailing_comma(stocked, tmp_path):
    """Spreadsheets end lines with a comma: the unnamed column is ignored, rows with or
    without the trailing field load."""
    path = tmp_path / "t.csv"
    path.write_text(f"{HEADER},\n{GOOD_BEFORE},\n{GOOD_AFTER}\n2021-12-05,CHN,USA,036,,x,y,z\n")
    result = ingest(stocked, [path], kind="events").files[0]
    assert result.counts["events"] == 2
    assert list(quarantine(stocked)) == [f"{path}:4"]
    intact(stocked)


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        (
            "utf16.csv",
            (HEADER + "\n" + GOOD_BEFORE + "\n").encode("utf-16"),
            "save the file as UTF-8",
        ),
        (
            "latin1.csv",
            (HEADER + "\n" + "2021-12-01,CHN,USA,036,,café\n").encode("latin-1"),
            "not UTF-8",
        ),
        ("empty.csv", b"", "empty"),
        ("dupe.csv", b"date,date,source_actor,target_actor,code\n", "appears twice"),
        ("nul-header.csv", b"date,\x00code\n", "NUL"),
    ],
)
def test_unreadable_event_files_fail_alone(stocked, tmp_path, name, data, words):
    path = tmp_path / name
    path.write_bytes(data)
    good = _csv(tmp_path, GOOD_AFTER.replace("after", "third").encode())
    report = ingest(stocked, [path, good], kind="events")
    if name == "latin1.csv":  # the header reads: the rows are refused one by one
        assert report.files[0].status == "loaded" and report.files[0].counts["quarantined"] >= 1
        assert any(words in r for r in quarantine(stocked).values())
    else:
        assert report.files[0].status == "failed" and words in report.files[0].error
    assert report.files[1].status == "loaded"
    intact(stocked)


ICEWS_HEADER = (
    "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\t"
    "Intensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\t"
    "Publisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude"
)


def _icews_row(event_id: str, intensity: str = "4.0", day: str = "2021-11-16") -> str:
    return "\t".join([event_id, day, "Xi Jinping", "Government", "China", "Consult", "040",
                      intensity, "Joe Biden", "Government", "United States", "1", "1", "X",
                      "", "", "", "China", "", ""])  # fmt: skip


@pytest.mark.parametrize(
    ("row", "words"),
    [
        (_icews_row("3", intensity="inf"), "intensity 'inf'"),
        (_icews_row("3", intensity="999999"), "999999"),
        (_icews_row("3", day="9999-12-31"), "plausible span"),
        (_icews_row("1"), "repeats the event id i1 of line 2"),
        (_icews_row(""), "Event ID is empty"),
    ],
)
def test_icews_rows(stocked, tmp_path, row, words):
    path = tmp_path / "icews.tab"
    path.write_text("\n".join([ICEWS_HEADER, _icews_row("1"), row, _icews_row("2")]) + "\n")
    result = ingest(stocked, [path], kind="icews").files[0]
    assert result.counts["events"] == 2, result
    reasons = quarantine(stocked)
    assert list(reasons) == [f"{path}:3"] and words in reasons[f"{path}:3"], reasons
    ids = [
        r[0]
        for r in stocked.connection.execute(
            "SELECT event_id FROM events WHERE origin = 'icews'"
        ).fetchall()
    ]
    assert sorted(ids) == ["i1", "i2"]  # one event per id
    intact(stocked)
