"""Many GDELT files loaded as batches give each file exactly what loading it alone gives: its
counts, events, stored lines, quarantined rows under its own name and line, coverage and
input record; files that do not fit a batch (CRLF, GDELT 1.0, damaged zips) load alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dipwatch.api.ingest import IngestOptions, ingest
from dipwatch.store import Store
from tests.hostile.makers import cut, zip_with
from tests.sources.gdelt_makers import CHN_USA, gdelt_row, write_lines

RUS_FRA = {"Actor1Code": "RUS", "Actor1CountryCode": "RUS", "Actor2Code": "FRA",
           "Actor2CountryCode": "FRA", "ActionGeo_CountryCode": "FR"}  # fmt: skip


def _folder(tmp: Path) -> Path:
    """Nine files of a day: clean ones, bad rows and a repeat of another file's id, a zip, a
    CRLF file, a GDELT 1.0 file, a cut zip, and a copy of another file's bytes."""
    d = tmp / "day"
    d.mkdir()
    for n in range(3):
        rows = [gdelt_row(100 * n + i, **(CHN_USA if i % 3 else RUS_FRA)) for i in range(1, 9)]
        write_lines(d / f"2021121000{n}000.export.CSV", rows)
    write_lines(d / "20211210030000.export.CSV", [
        gdelt_row(401, **CHN_USA), gdelt_row(402, code="x9", **CHN_USA),
        gdelt_row(403, GoldsteinScale="999999", **CHN_USA), "\t".join(["CHN"] * 20),
        gdelt_row(404, day="20211345", **CHN_USA), gdelt_row(101, **CHN_USA),  # 101 is file 1's
        gdelt_row(405, SOURCEURL="http://x/\udcff", **CHN_USA).encode("utf-8", "surrogateescape"),
    ])  # fmt: skip
    plain = write_lines(tmp / "z.CSV", [gdelt_row(500 + i, **CHN_USA) for i in range(5)])
    zip_with(d / "20211210040000.export.CSV.zip", "z.CSV", plain.read_bytes())
    (d / "20211210050000.export.CSV").write_bytes(
        b"".join(gdelt_row(600 + i, **CHN_USA).encode() + b"\r\n" for i in range(4))
    )
    write_lines(d / "20211210060000.export.CSV",
                [gdelt_row(700 + i, day="20031210", version=1, **CHN_USA) for i in range(3)])  # fmt: skip
    cut(zip_with(d / "20211210070000.export.CSV.zip", "z.CSV", plain.read_bytes() * 40, "stored"))
    (d / "20211210080000.export.CSV").write_bytes((d / "20211210001000.export.CSV").read_bytes())
    return d


def _state(store: Store, path_of: dict[str, str]) -> dict[str, object]:
    """What the store holds, with each input's rows told apart by file name."""
    con = store.connection
    name = {digest: Path(p).name for digest, p in path_of.items()}
    return {
        "events": sorted(con.execute("SELECT event_id, code, goldstein, story_id FROM events").fetchall()),
        "lines": sorted((i, name.get(d, d)) for i, d in con.execute(
            "SELECT GlobalEventID, input FROM gdelt_lines").fetchall()),
        "quarantine": sorted((Path(i).name, loc.replace(str(Path(i).parent), ""), r) for i, loc, r in con.execute(
            "SELECT input, location, reason FROM quarantine").fetchall()),
        "coverage": sorted((name.get(d, d), o, str(day), e) for d, o, day, e in con.execute(
            "SELECT input, origin, day, events FROM coverage").fetchall()),
        "inputs": sorted((Path(p).name, sorted(json.loads(c).items()))
                         for p, c in con.execute("SELECT path, counts FROM inputs").fetchall()),
    }  # fmt: skip


@pytest.mark.parametrize("keep", ["prc", "all"])
def test_a_batch_gives_each_file_what_loading_it_alone_does(tmp_path, keep):
    folder = _folder(tmp_path)
    files = sorted(p for p in folder.iterdir())
    with Store(tmp_path / "together.duckdb") as together:
        report = ingest(together, [folder], options=IngestOptions(keep=keep))
        path_of = dict(together.connection.execute("SELECT sha256, path FROM inputs").fetchall())
        batched = (
            _state(together, path_of),
            {Path(f.path).name: (f.status, f.counts) for f in report.files},
        )
    with Store(tmp_path / "alone.duckdb") as alone:
        results = {}
        for f in files:  # each file its own ingest: never a batch
            r = ingest(alone, [f], options=IngestOptions(keep=keep)).files[0]
            results[f.name] = (r.status, r.counts)
        path_of = dict(alone.connection.execute("SELECT sha256, path FROM inputs").fetchall())
        single = (_state(alone, path_of), results)
    assert batched[1] == single[1]
    assert batched[0] == single[0]
    statuses = {n: s for n, (s, _) in batched[1].items()}
    assert statuses["20211210070000.export.CSV.zip"] == "failed"
    assert batched[1]["20211210030000.export.CSV"][1]["quarantined"] == 5


def test_a_batch_again_changes_nothing(tmp_path):
    folder = _folder(tmp_path)
    with Store(tmp_path / "s.duckdb") as store:
        ingest(store, [folder])
        before = store.counts()
        again = ingest(store, [folder])
        assert {f.status for f in again.files} <= {"skipped", "failed"}
        assert store.counts()["events"] == before["events"]
