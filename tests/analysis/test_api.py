"""The analyze use case and command: names, periods and countries checked; JSON as promised."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from dipwatch.api.analyze import ANALYSES, analyze
from dipwatch.errors import InputError
from dipwatch.store import compiled
from tests.analysis.conftest import DATA, add_events, read_events


def test_every_analysis_runs_on_the_q4_events(q4_store, ctx):
    for name in ANALYSES:
        assert isinstance(analyze(q4_store.ibis(), name, "2021Q4", ctx=ctx), list), name


@pytest.mark.parametrize(
    ("args", "message"),
    [(("typologies", "2021Q4", None), "unknown analysis 'typologies'; choose one of: dyads"),
     (("dyads", "2021Q5", None), "unknown period"),
     (("dyads", "2021Q4", "Atlantis"), "unknown country 'Atlantis'")],
)  # fmt: skip
def test_bad_input_lists_what_is_valid(q4_store, ctx, args, message):
    with pytest.raises(InputError, match=message):
        analyze(q4_store.ibis(), *args, ctx=ctx)


def test_dyads_of_another_anchor_measure_its_pairs(q4_store, ctx):
    """``--anchor USA`` gives the US's pairs: China among the partners, and the US never."""
    partners = {
        d.partner for d in analyze(q4_store.ibis(), "dyads", "2021Q4", ctx=ctx, anchor="USA")
    }
    assert "CHN" in partners and "USA" not in partners
    with pytest.raises(InputError, match="dyads only"):
        analyze(q4_store.ibis(), "typology", "2021Q4", ctx=ctx, anchor="USA")


def test_cli_typology_json(tmp_path):
    from dipwatch.store import Store

    db = tmp_path / "cli.duckdb"
    with Store(db) as s:
        add_events(s, read_events(DATA / "q4_2021_events.csv"), "q4")
    out = subprocess.run(
        [sys.executable, "-m", "dipwatch", "--db", str(db), "analyze", "typology",
         "--period", "2021Q4", "--format", "json"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    ltu = next(r for r in rows if r["country"] == "LTU")
    assert {"country", "type", "scores", "evidence", "text", "signs"} <= set(ltu)
    assert set(ltu["text"]) == {"zh-Hant", "zh-Hans", "en"}
    assert ltu["evidence"][0]["event_id"] and ltu["evidence"][0]["text"]


def _results(store, ctx) -> str:
    return json.dumps(
        {name: analyze(store.ibis(), name, "2021Q4", ctx=ctx) for name in ANALYSES},
        default=str, sort_keys=True,
    )  # fmt: skip


def test_every_analysis_gives_the_same_results_from_kept_sql(q4_store, ctx, tmp_path, monkeypatch):
    """Off, then on with an empty cache (every query compiled and kept), then on again
    (every query from the cache): three identical results."""
    monkeypatch.setattr(compiled, "directory", lambda: None)
    fresh = _results(q4_store, ctx)
    monkeypatch.setattr(compiled, "directory", lambda: tmp_path)
    assert _results(q4_store, ctx) == fresh
    kept = len(list(tmp_path.glob("*/*.sql")))
    assert kept > 20

    def no_compiler(*args, **kwargs):
        raise AssertionError("compiled again: the kept SQL was not found")

    monkeypatch.setattr("ibis.backends.sql.SQLBackend.compile", no_compiler)
    assert _results(q4_store, ctx) == fresh
    assert len(list(tmp_path.glob("*/*.sql"))) == kept
