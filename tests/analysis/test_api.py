"""The analyze use case and command: names, periods and countries checked; JSON as promised."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from dipwatch.api.analyze import ANALYSES, analyze
from dipwatch.errors import InputError
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
    bad = subprocess.run(
        [sys.executable, "-m", "dipwatch", "--db", str(db), "analyze", "nonsense"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert bad.returncode == 2 and bad.stderr.startswith("error: unknown analysis")
