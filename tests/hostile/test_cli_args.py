"""Hostile arguments to the real command: each is one ``error:`` line and exit 2 (bad usage) or
1 (could not be done), never a traceback, and the store is untouched."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dipwatch.api.ingest import ingest
from dipwatch.store import Store
from tests.hostile.conftest import ROOT, cli, intact, one_line_error

EVENTS = ROOT / "tests" / "data" / "analysis" / "q4_2021_events.csv"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "cli.duckdb"
    with Store(path) as store:
        ingest(store, [EVENTS])
    return path


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["events", "--limit", "-1"], 2, "'--limit'"),  # a usage error, in Click's words
        (["events", "--limit", "123456789012345678901"], 2, "'--limit'"),
        (["events", "--period", "0001"], 2, "outside the span"),
        (["events", "--period", "0000"], 2, "period"),
        (["events", "--period", "9999Q4"], 2, "outside the span"),
        (["analyze", "dyads", "--period", "0001"], 2, "outside the span"),
        (["analyze", "contradictions", "--period", "0001-01-01"], 2, "outside the span"),
        (["events", "--actor", "'; DROP TABLE events; --"], 2, "unknown actor"),
        (["events", "--code", "04' OR '1'='1"], 2, "unknown CAMEO code"),
        (["events", "-o", "/dev/full", "--format", "csv"], 1, "No space left"),
        (["events", "-o", "/proc/dipwatch.csv"], 1, "cannot write"),
    ],
)
def test_bad_arguments(db, tmp_path, args, code, words):
    one_line_error(cli(*args, db=db), code, words)
    with Store(db) as store:
        assert store.count("events") == 39


def test_output_paths_that_cannot_be_files(db, tmp_path):
    (tmp_path / "afile").write_text("x")
    one_line_error(cli("events", "-o", str(tmp_path), db=db), 2, "is a directory")
    one_line_error(cli("events", "-o", str(tmp_path / "afile" / "x.csv"), db=db), 1, "is a file")
    made = cli("events", "-o", str(tmp_path / "new" / "dir" / "x.csv"), db=db)
    assert made.returncode == 0 and (tmp_path / "new" / "dir" / "x.csv").is_file()


def test_demo_refuses_to_replace_a_users_database(tmp_path):
    folder = tmp_path / "demo"
    folder.mkdir()
    with Store(folder / "demo.duckdb") as store:
        ingest(store, [EVENTS])
    before = (folder / "demo.duckdb").stat().st_size
    one_line_error(cli("demo", "-o", str(folder)), 2, "did not load", "another folder")
    assert (folder / "demo.duckdb").stat().st_size == before
    with Store(folder / "demo.duckdb") as store:
        assert store.count("events") == 39
    (tmp_path / "afile").write_text("x")
    one_line_error(cli("demo", "-o", str(tmp_path / "afile")), 2, "is a file")


def test_code_goes_on_past_unreadable_files(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "a.txt").write_text("2021年11月16日，习近平同拜登举行视频会晤。\n", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"")
    (folder / "c.pdf").write_bytes(b"%PDF-1.4 not really")
    (folder / "d.txt").write_text("2021年12月15日，习近平同普京举行视频会晤。\n", encoding="utf-8")
    result = cli("code", str(folder))
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert result.stdout.count('"code"') >= 2  # a.txt and d.txt were coded
    assert "b.txt" in result.stderr and "c.pdf" in result.stderr


def test_evaluate_with_a_missing_gold_folder():
    one_line_error(cli("evaluate", "--gold", "/nonexistent"), 2, "/nonexistent")


def test_ingest_exit_codes(tmp_path):
    good = tmp_path / "good.csv"
    good.write_text("date,source_actor,target_actor,code\n2021-12-10,CHN,USA,040\n")
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "date,source_actor,target_actor,code\n2021-12-10,CHN,USA,040\n2021-13-45,CHN,USA,040\n"
    )
    db = tmp_path / "x.duckdb"
    assert cli("ingest", str(good), db=db).returncode == 0
    assert cli("ingest", str(bad), db=db).returncode == 1  # a row quarantined
    one_line_error(cli("ingest", str(tmp_path / "missing.csv"), db=db), 2, "no such file")
    one_line_error(cli("ingest", "--keep", "countries=XXX", str(good), db=db), 2, "XXX")


def test_unvotes_ids_that_are_no_roll_call(stocked, tmp_path):
    path = tmp_path / "un_votes.csv"
    path.write_text(
        "rcid,country,country_code,vote\n3.0,China,CN,yes\n1e10,China,CN,yes\nnan,China,CN,no\n"
        "-4,China,CN,no\ninf,China,CN,yes\n5,China,CN,yes\n"
    )
    result = ingest(stocked, [path], kind="unvotes").files[0]
    assert result.counts["unvotes_votes"] == 2 and result.counts["quarantined"] == 4
    intact(stocked)


def test_a_partial_votes_file_keeps_the_other_votes(stocked, tmp_path):
    full = tmp_path / "un_votes.csv"
    full.write_text("rcid,country,country_code,vote\n" + "".join(
        f"7,State {i},{chr(65 + i // 26)}{chr(65 + i % 26)},yes\n" for i in range(51)
    ))  # fmt: skip
    assert ingest(stocked, [full], kind="unvotes").files[0].counts["unvotes_votes"] == 51
    partial = tmp_path / "fix" / "un_votes.csv"
    partial.parent.mkdir()
    partial.write_text(
        "rcid,country,country_code,vote\n7,State 0,AA,no\n7,State 1,AB,yes\n7,New,ZZ,abstain\n"
    )
    counts = ingest(stocked, [partial], kind="unvotes").files[0].counts
    assert (
        counts["unvotes_votes"],
        counts["unvotes_votes_replaced"],
        counts["unvotes_votes_known"],
    ) == (1, 1, 1)
    rows = dict(
        stocked.connection.execute("SELECT country_code, vote FROM unvotes_votes").fetchall()
    )
    assert len(rows) == 52 and rows["AA"] == "no" and rows["AC"] == "yes"
    intact(stocked)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_db_in_a_read_only_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        one_line_error(cli("ingest", str(EVENTS), db=folder / "x.duckdb"), 1, "cannot")
    finally:
        folder.chmod(0o700)
