"""Listing and exporting events over an Ibis backend, and dipwatch's exports read back:
export → ingest into a fresh store → export gives the same bytes, in every format."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest
from typer.testing import CliRunner

from dipwatch.api.events import build_filter, list_events, write_events
from dipwatch.api.ingest import ingest
from dipwatch.cli.main import app
from dipwatch.config import Settings
from dipwatch.models import Event
from dipwatch.store import Store, open_backend
from dipwatch.store.queries import EventFilter, count_events, select_events
from tests.analysis.conftest import add_events

runner = CliRunner()


def _events() -> list[Event]:
    """Events of every origin, with the values a format can get wrong: quotes, commas, line
    breaks, Chinese text, empty and missing lists, missing numbers, a Goldstein of -10."""
    return [
        Event(date(2021, 12, 10), "161", "NICGOV", "TWN", origin="csv", goldstein=-4.0,
              issues=("taiwan",), text='Nicaragua cut ties, "effective at once", with Taipei.',
              pattern="MOFA", url="https://example.org/a?x=1,2"),
        Event(date(2021, 12, 10), "054", "CHN", "NIC", origin="text", doc_id="d1", sentence=3,
              span_start=10, span_end=14, pattern="zh.054.recognise", confidence=0.9,
              issues=("taiwan", "trade"), text="中國與尼加拉瓜\n恢復大使級外交關係。"),
        Event(date(2021, 11, 21), "161", "CHN", "LTU", origin="gdelt", quad_class=4,
              goldstein=-10.0, num_mentions=12, num_sources=3, num_articles=11, tone=-3.25,
              action_country="CHN", url="https://example.org/ltu"),
        Event(date(2021, 11, 16), "040", "CHNGOV", "USAGOV", origin="icews", goldstein=1.0,
              text="", issues=()),
        Event(date(2021, 6, 1), "0311", "CHN", None, origin="text", date_precision="month",
              confidence=0.123456789012, text="A line | with a bar"),
    ]  # fmt: skip


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "events.duckdb"
    with Store(path) as store:
        add_events(store, _events())
    return path


def _backend(path):
    return open_backend(Settings(db=path))


def test_filters_select_on_the_backend(db):
    with _backend(db) as b:
        everything = select_events(b, EventFilter())
        assert everything.num_rows == 5
        assert everything.column("date").to_pylist() == sorted(
            everything.column("date").to_pylist(), reverse=True
        )
        nic = build_filter(period="2021Q4", actor="尼加拉瓜")
        assert count_events(b, nic) == 2
        assert count_events(b, build_filter(code="16")) == 2
        assert count_events(b, build_filter(issue="trade")) == 1
        assert count_events(b, build_filter(origin="gdelt")) == 1
        assert count_events(b, build_filter(period="2021-06")) == 1


def test_values_reach_the_engine_as_values_not_sql(db):
    with _backend(db) as b:
        assert count_events(b, EventFilter(actor="X' OR '1'='1")) == 0
        assert count_events(b, EventFilter(issue="taiwan'); DROP TABLE events; --")) == 0
        assert count_events(b, EventFilter()) == 5


def test_a_listing_knows_how_many_it_left_out(db):
    with _backend(db) as b:
        page = list_events(b, EventFilter(), limit=2)
    assert page.events.num_rows == 2 and page.total == 5


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_an_export_reimports_unchanged(db, tmp_path, fmt):
    """export → ingest into a fresh store → export: the same bytes, every column kept."""
    first = tmp_path / f"first.{fmt}"
    with _backend(db) as b:
        assert write_events(b, EventFilter(), first, fmt) == 5
    with Store(tmp_path / "fresh.duckdb") as fresh:
        report = ingest(fresh, [first])  # --kind auto recognises dipwatch's own export
        assert [(f.kind, f.status, f.counts["events"]) for f in report.files] == [
            ("events", "loaded", 5)
        ]
    second = tmp_path / f"second.{fmt}"
    with _backend(tmp_path / "fresh.duckdb") as b:
        write_events(b, EventFilter(), second, fmt)
    assert second.read_bytes() == first.read_bytes()


def test_csv_writes_lists_as_bars_and_jsonl_as_arrays(db, tmp_path):
    with _backend(db) as b:
        write_events(b, build_filter(issue="trade"), tmp_path / "e.csv", "csv")
        write_events(b, build_filter(issue="trade"), tmp_path / "e.jsonl", "jsonl")
    assert '"taiwan|trade"' in (tmp_path / "e.csv").read_text(encoding="utf-8")
    row = json.loads((tmp_path / "e.jsonl").read_text(encoding="utf-8"))
    assert row["issues"] == ["taiwan", "trade"] and row["date"] == "2021-12-10"


def test_bad_rows_of_an_export_are_quarantined_and_their_neighbours_load(db, tmp_path):
    good = tmp_path / "good.csv"
    with _backend(db) as b:
        write_events(b, EventFilter(), good, "csv")
    lines = good.read_text(encoding="utf-8").splitlines(keepends=True)
    # the line break inside the Chinese text makes the file one line longer than its rows
    header, rows = lines[0], lines[1:]
    bad = tmp_path / "bad.csv"
    bad.write_text(
        header + rows[0].replace("2021-12-10", "2021-13-10") + "".join(rows[1:])
        + rows[-1].replace('"0311"', '"999"').replace('"eb', '"ex'),
        encoding="utf-8",
    )  # fmt: skip
    with Store(tmp_path / "fresh.duckdb") as fresh:
        report = ingest(fresh, [bad], kind="events")
        reasons = fresh.query_arrow("SELECT location, reason FROM quarantine").to_pylist()
    assert report.files[0].counts["events"] == 4
    assert [r["location"] for r in reasons] == [f"{bad}:2", f"{bad}:8"]
    assert "is not a date" in reasons[0]["reason"] and "CAMEO" in reasons[1]["reason"]


def test_a_plain_events_csv_still_loads_as_before(tmp_path):
    plain = tmp_path / "plain.csv"
    plain.write_text(
        "date,source_actor,target_actor,code,goldstein,issues,source,text,url\n"
        "2021-12-10,NICGOV,TWN,161,-4.0,taiwan,MOFA,Nicaragua severed ties.,https://e.org/a\n",
        encoding="utf-8",
    )
    with Store(tmp_path / "s.duckdb") as store:
        report = ingest(store, [plain], options=None)
        row = store.query_arrow("SELECT origin, issues, pattern FROM events").to_pylist()
    assert report.files[0].kind == "events"
    assert row == [{"origin": "csv", "issues": ["taiwan"], "pattern": "MOFA"}]


def test_keep_does_not_filter_an_export(db, tmp_path):
    export = tmp_path / "e.jsonl"
    with _backend(db) as b:
        write_events(b, EventFilter(), export, "jsonl")
    result = runner.invoke(
        app, ["--db", str(tmp_path / "x.duckdb"), "ingest", str(export), "--keep", "prc"]
    )
    assert result.exit_code == 2 and "--keep applies to event datasets" in result.stderr


# --- the command ------------------------------------------------------------------------------


def test_machine_formats_export_everything_and_a_table_says_what_it_shows(db, tmp_path):
    args = ["--db", str(db), "events"]
    table = runner.invoke(app, [*args, "--limit", "2"])
    assert table.exit_code == 0, table.output
    assert "2 of 5 events shown" in table.stdout
    every = runner.invoke(app, [*args, "--format", "jsonl"])
    assert len(every.stdout.splitlines()) == 5
    some = runner.invoke(app, [*args, "--format", "csv", "--limit", "3"])
    assert len(some.stdout.splitlines()) == 1 + 3 + 1  # header, rows, the line break in one
    out = tmp_path / "all.parquet"
    written = runner.invoke(app, [*args, "-o", str(out)])  # the format from the suffix
    assert written.exit_code == 0 and "wrote 5 events" in written.stderr
    assert out.read_bytes()[:4] == b"PAR1"


def test_stdout_and_file_exports_are_the_same_bytes(db, tmp_path):
    out = tmp_path / "e.csv"
    runner.invoke(app, ["--db", str(db), "events", "-o", str(out)])
    printed = runner.invoke(app, ["--db", str(db), "events", "--format", "csv"])
    assert printed.stdout_bytes == out.read_bytes()


def test_an_unwritable_output_is_a_one_line_error(db, tmp_path):
    (tmp_path / "adir.csv").mkdir()
    result = runner.invoke(app, ["--db", str(db), "events", "-o", str(tmp_path / "adir.csv")])
    assert result.exit_code == 2 and "is a directory" in result.stderr
    result = runner.invoke(app, ["--db", str(db), "events", "-o", str(tmp_path / "e.txt")])
    assert result.exit_code == 2 and "say --format csv, jsonl or parquet" in result.stderr


def test_an_empty_issues_field_is_an_empty_list(db, tmp_path):
    export = tmp_path / "e.csv"
    with _backend(db) as b:
        write_events(b, EventFilter(), export, "csv")
    with Store(tmp_path / "fresh.duckdb") as fresh:
        ingest(fresh, [export])
        issues = fresh.query_arrow("SELECT issues FROM events WHERE origin = 'gdelt'")
    assert issues.to_pylist() == [{"issues": []}]


def test_a_failed_export_leaves_the_file_that_was_there(db, tmp_path):
    """A real write failure (a file-size limit of 4 KB) in a process of its own."""
    target = tmp_path / "e.csv"
    target.write_text("the previous export\n", encoding="utf-8")
    code = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))\n"
        "from dipwatch.cli.main import run\n"
        f"sys.argv = ['dipwatch', '--db', {str(db)!r}, 'events', '-o', {str(target)!r}]\n"
        "run()\n"
    )
    # make the export bigger than the limit
    with Store(db) as store:
        add_events(store, [Event(date(2021, 1, 1 + i % 28), "040", "CHN", "USA", text="x" * 200,
                                 sentence=i, doc_id="big") for i in range(40)], "big")  # fmt: skip
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr == f"error: cannot write {target}: File too large\n"
    assert target.read_text(encoding="utf-8") == "the previous export\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_a_full_disk_is_a_one_line_error(db, fmt):
    result = runner.invoke(app, ["--db", str(db), "events", "-o", "/dev/full", "--format", fmt])
    assert result.exit_code == 1  # the work could not be done: not a usage error
    assert result.stderr == "error: cannot write /dev/full: No space left on device\n"


def test_values_of_the_wrong_kind_are_rejected_row_by_row(tmp_path):
    """A batch with one bad value is read again row by row: the others still load."""
    good = {"event_id": "e1", "date": "2021-12-10", "date_precision": "day", "code": "161",
            "root": "16", "origin": "csv", "issues": ["taiwan"]}  # fmt: skip
    bad = [
        ({"quad_class": True}, "quad_class"),
        ({"sentence": 1.5}, "sentence"),
        ({"goldstein": 11.0}, "goldstein"),
        ({"date": "2021-12-1"}, "date"),
        ({"date": "0001-01-01"}, "date"),
        ({"text": 42}, "text"),
        ({"issues": "taiwan"}, None),  # a CSV-style list is fine in JSON too
    ]
    lines = [good] + [
        {**good, "event_id": f"e{i + 2}", **change} for i, (change, _) in enumerate(bad)
    ]
    export = tmp_path / "e.jsonl"
    export.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    with Store(tmp_path / "s.duckdb") as store:
        report = ingest(store, [export])
        rows = store.query_arrow("SELECT location, reason FROM quarantine ORDER BY location")
    rejected = rows.to_pylist()
    assert report.files[0].counts["events"] == 2
    assert [r["location"] for r in rejected] == [f"{export}:{n}" for n in range(2, 8)]
    for r, (_, column) in zip(rejected, bad, strict=False):
        assert r["reason"].startswith(column), r
