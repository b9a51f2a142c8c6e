"""The main job end to end: ``dipwatch demo`` on the bundled corpus, as a user runs it."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from dipwatch.api.demo import examples_dir, run_demo
from dipwatch.store import Store

CHAPTER_TYPES = {
    "DEU": "pragmatic_cooperation",
    "FRA": "pragmatic_cooperation",
    "RUS": "pragmatic_cooperation",
    "KOR": "pragmatic_cooperation",
    "GBR": "managing_differences",
    "JPN": "managing_differences",
    "LTU": "condemnation_sanctions",
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return run_demo(tmp_path_factory.mktemp("demo"))


def test_demo_reads_every_example_file_and_quarantines_nothing(demo):
    corpus = [p for p in examples_dir().rglob("*") if p.is_file()]
    assert len(demo.ingest.files) == len(corpus) - 2  # all but README.md and facts.csv
    assert all(f.status == "loaded" for f in demo.ingest.files), demo.ingest.files
    assert demo.counts["quarantine"] == 0
    assert demo.counts["events"] >= 40


def test_demo_writes_the_outputs_it_names(demo):
    for name, path in demo.files.items():
        assert path.is_file() and path.stat().st_size > 0, name
    assert "typology" in demo.files and "summary" in demo.files
    with demo.files["events"].open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == demo.counts["events"]


def test_demo_places_the_chapters_states_in_its_typology(demo):
    placed = {p["country"]: p["type"] for p in json.loads(demo.files["typology"].read_text())}
    wrong = {c: placed.get(c) for c, t in CHAPTER_TYPES.items() if placed.get(c) != t}
    assert not wrong, f"placed differently from the chapter: {wrong}"
    assert "TWN" not in placed and "ASN" not in placed  # not foreign states to Beijing / not states


def test_demo_finds_most_of_the_facts_the_corpus_states(demo):
    """Each fact of examples/facts.csv is found as an event coded from the texts (not the
    GDELT rows of examples/gdelt/) with the same day, pair and root."""
    with (examples_dir() / "facts.csv").open(encoding="utf-8") as fh:
        facts = list(csv.DictReader(fh))
    with Store(demo.db, read_only=True) as store:
        coded = {
            (r["date"], (r["source_actor"] or "")[:3], (r["target_actor"] or "")[:3], r["root"])
            for r in store.query_arrow(
                "SELECT date, source_actor, target_actor, root FROM events WHERE origin = 'text'"
            ).to_pylist()
        }
    found = [
        f
        for f in facts
        if (date.fromisoformat(f["date"]), f["source_actor"][:3], f["target_actor"][:3],
            f["code"][:2]) in coded
    ]  # fmt: skip
    recall = len(found) / len(facts)
    print(f"demo facts found: {len(found)}/{len(facts)} = {recall:.2f}")
    assert len(facts) >= 40
    assert recall >= 0.7


def _json(demo, name):
    return json.loads(demo.files[name].read_text(encoding="utf-8"))


def test_demo_shows_what_the_analyses_find(demo):
    """Switches are facts, coverage bounds the claims, contradictions and judgments are found."""
    allies = _json(demo, "allies")[0]
    assert [(s["country"], s["date"]) for s in allies["switches"]] == [("NIC", "2021-12-10")]
    assert len(allies["allies"]) == 14 and "HND" in allies["allies"]
    assert any(w["country"] == "HND" and w["latest"] == "2021-12-01" for w in allies["watch"])
    alerts = _json(demo, "alerts")
    assert "first_contact" not in {a["kind"] for a in alerts}
    assert "The data start on 5 July 2021" in alerts[-1]["text"]["en"]
    found = {
        (c["kind"], c["first"]["date"], c["second"]["date"]) for c in _json(demo, "contradictions")
    }
    assert {("date", "2021-12-25", "2021-12-15"), ("number", "2021-12-25", "2021-11-30")} <= found
    judged = {j["key"]: j for j in _json(demo, "judgments")}
    assert set(judged) == {"us_china", "ideology", "closer", "taiwan"}
    us = judged["us_china"]
    assert "16 November 2021" in us["text"]["en"]
    # every event in conflict around the meeting is on Taiwan: said so, not "2 of them"
    if us["facts"]["taiwan"] == us["facts"]["divergence"]:
        assert "meeting, on Taiwan" in us["text"]["en"] and "of them" not in us["text"]["en"]
        assert "，涉及臺灣，" in us["text"]["zh-Hant"]
    else:
        assert "of them on Taiwan" in us["text"]["en"]
    assert {"FRA", "RUS", "AFG", "NIC"} <= set(judged["closer"]["facts"]["states"])
    assert {c["origin"] for c in _json(demo, "coverage")} >= {"gdelt", "text"}


def test_demo_twice_gives_the_same_database(tmp_path):
    first = run_demo(tmp_path / "a")
    second = run_demo(tmp_path / "b")
    assert first.counts == second.counts


def test_demo_command_says_where_the_outputs_are(tmp_path):
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "dipwatch", "demo", "-o", str(out)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert str(out / "summary.md") in proc.stdout
    assert Path(out / "demo.duckdb").is_file()


def _readme_sessions() -> list[tuple[list[str], list[str]]]:
    """The README's captured outputs: (the command's arguments, the lines shown)."""
    import re
    import shlex

    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```console\n\$ dipwatch (.*?)\n(.*?)```", readme, re.S)
    return [(shlex.split(command), shown.splitlines()) for command, shown in blocks]


def _uncounted(title: str) -> str:
    """A table's title without its counts, which follow the data."""
    import re

    return re.sub(r"\d+", "N", title.rstrip())


def _headers(lines: list[str]) -> list[list[str]]:
    return [lines[i - 1].split() for i, line in enumerate(lines) if i and line.startswith("─")]


def test_the_readme_shows_outputs_as_they_are_at_80_columns(demo):
    """Each captured output fits 80 columns and has the tables and headers the command prints
    now (the rows themselves follow the coder and the analyses, so they are not compared)."""
    from rich.cells import cell_len
    from typer.testing import CliRunner

    from dipwatch.cli.main import app

    sessions = _readme_sessions()
    assert len(sessions) >= 4
    for args, shown in sessions:
        assert all(cell_len(line) <= 80 for line in shown), args
        result = CliRunner().invoke(app, ["--db", str(demo.db), *args], env={"COLUMNS": "80"})
        assert result.exit_code == 0, result.output
        now = result.stdout.splitlines()
        assert _uncounted(shown[0]) == _uncounted(now[0]), args  # the title line
        assert _headers(shown) == _headers(now)[: len(_headers(shown))], args


def test_the_chronology_keeps_the_summit_told_on_two_days(demo):
    """The Xi–Biden summit is dated the 15th (Washington) by some sources and the 16th (Beijing)
    by others, three reports each: both halves stay in the chronology, before single-day
    happenings as often reported."""
    text = (demo.out_dir / "report" / "report-2021Q4-en.md").read_text(encoding="utf-8")
    chronology = text.split("## Chronology", 1)[1].split("## Charts", 1)[0]
    for day in ("15 November 2021", "16 November 2021"):
        assert f"| {day} | China–United States | Consult" in chronology
