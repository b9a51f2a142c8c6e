"""Tables as a user reads them in an 80-column terminal: narrow default columns, headers and
dates never cut, nested lists as tables of their own, more with --wide or --columns."""

from __future__ import annotations

import re

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from dipwatch.api.analyze import ANALYSES
from dipwatch.cli.main import app
from dipwatch.cli.views import EVIDENCE, VIEWS
from dipwatch.store import Store
from tests.analysis.conftest import DATA, add_events, read_events

runner = CliRunner()
TERMINAL = {"COLUMNS": "80", "LINES": "50"}


@pytest.fixture(scope="module")
def q4_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("tables") / "q4.duckdb"
    with Store(path) as store:
        add_events(store, read_events(DATA / "q4_2021_events.csv"), "q4")
    return str(path)


def _show(db: str, *args: str) -> str:
    result = runner.invoke(app, ["--db", db, *args], env=TERMINAL)
    assert result.exit_code == 0, result.output
    return result.stdout


def _fits(text: str) -> None:
    wide = [line for line in text.splitlines() if cell_len(line.rstrip()) > 80]
    assert not wide, "\n".join(wide)
    assert "…" not in text, text  # rich's mark of a cut value


@pytest.mark.parametrize("name", list(ANALYSES))
def test_every_analysis_fits_80_columns_with_whole_headers(q4_db, name):
    text = _show(q4_db, "analyze", name, "--period", "2021Q4")
    _fits(text)
    if name != "allies":
        assert text.startswith(f"{name} 2021Q4 (")
    header_line = next((line for line in text.splitlines() if "─" in line), None)
    if header_line is not None:  # a table was printed: its headers are whole
        headers = text.splitlines()[text.splitlines().index(header_line) - 1].split()
        assert headers == [c.header for c in VIEWS[name].columns]


def test_dates_are_never_cut(q4_db):
    text = _show(q4_db, "analyze", "allies", "--period", "2021Q4")
    assert re.search(r"^2021-12-10 +NIC +PRC", text, re.M), text
    for line in text.splitlines():
        assert not re.search(r"\b\d{4}-\d{1,2}(?!\d|-\d\d)", line), line  # a date cut short


def test_allies_prints_its_lists_as_tables(q4_db):
    text = _show(q4_db, "analyze", "allies", "--period", "2021Q4")
    assert "Taiwan's diplomatic allies on 2021-12-31:" in text
    assert "switches of recognition since 2021-10-01" in text
    assert "1971" not in text  # only the period's switches, not the history since 1971
    assert "watch list (" in text
    assert "{" not in text  # no JSON blobs


def test_events_table_fits_and_says_how_many_it_shows(q4_db):
    text = _show(q4_db, "events", "--limit", "5")
    _fits(text)
    assert re.search(r"^5 of \d+ events shown", text, re.M)
    assert text.split("\n", 1)[0].split() == [c.header for c in EVIDENCE.columns]


def test_wide_adds_columns_and_columns_picks_them(q4_db):
    wide = _show(q4_db, "analyze", "dyads", "--period", "2021Q4", "--wide")
    assert "anchor" in wide.splitlines()[1]
    assert "…" not in wide  # wider than the terminal rather than cut
    picked = _show(q4_db, "analyze", "typology", "--period", "2021Q4", "--columns",
                   "country,scores.major,type")  # fmt: skip
    assert picked.splitlines()[1].split() == ["country", "major", "type"]
    csv_text = _show(q4_db, "analyze", "typology", "--period", "2021Q4", "--format", "csv",
                     "--columns", "country,type")  # fmt: skip
    assert csv_text.splitlines()[0] == "country,type"


def test_csv_flattens_every_field_with_lists_as_bars(q4_db):
    text = _show(q4_db, "analyze", "regions", "--period", "2021Q4", "--format", "csv")
    header = text.splitlines()[0].split(",")
    assert {"region", "events", "forums", "partners"} <= set(header)
    typology = _show(q4_db, "analyze", "typology", "--period", "2021Q4", "--format", "csv")
    assert "scores.events" in typology.splitlines()[0]


def test_one_evidence_table_for_one_state(q4_db):
    text = _show(q4_db, "analyze", "typology", "--period", "2021Q4", "--country", "LTU")
    _fits(text)
    assert re.search(r"^evidence \(\d+\)$", text, re.M)


def test_ingest_names_files_within_their_folder(tmp_path):
    folder = tmp_path / "a-folder-with-a-long-name-that-would-wrap-every-row-of-the-table"
    folder.mkdir()
    for day in ("2021-12-15", "2021-12-16"):
        (folder / f"{day}-readout-with-a-long-name.txt").write_text(
            "习近平同普京通电话。", encoding="utf-8"
        )
    result = runner.invoke(
        app, ["--db", str(tmp_path / "s.duckdb"), "ingest", str(folder)], env=TERMINAL
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    _fits("\n".join(lines[1:]))  # the folder's line is as long as its name
    assert lines[0] == f"in {folder}/"  # nothing before the table: the progress is on stderr
    assert lines[1].split() == ["file", "status", "docs", "events", "quarantined"]
    assert lines[3].startswith("2021-12-15-readout-with-a-long-name.txt  loaded")


def test_names_and_prose_in_the_language_asked_for(q4_db):
    text = _show(q4_db, "analyze", "allies", "--period", "2021Q4", "--lang", "zh-Hant")
    _fits(text)
    assert re.search(r"^HND +宏都拉斯 *$", text, re.M)
    english = _show(q4_db, "analyze", "allies", "--period", "2021Q4")
    assert re.search(r"^HND +Honduras *$", english, re.M)
