"""Real inputs through the whole library: a month of CCTV transcripts and GDELT rows in one
store, then the analyses over them, as a user would run it."""

from __future__ import annotations

from datetime import date

import pytest

from dipwatch.api.analyze import analyze
from dipwatch.api.ingest import IngestOptions, ingest
from dipwatch.store import Store


@pytest.fixture(scope="module")
def month(shared_data, tmp_path_factory):
    """October 2021 of xwlb (Xi's calls with Merkel on the 13th and Macron on the 26th) and
    GDELT's sample rows (1.0, 2.0 and mentions), loaded with --keep all."""
    inputs = sorted((shared_data / "xwlb").glob("202110*.md"))
    inputs += [shared_data / "gdelt" / n for n in ("events.csv", "events1.csv", "mentions.csv")]
    store = Store(tmp_path_factory.mktemp("pipeline") / "month.duckdb")
    report = ingest(store, inputs, options=IngestOptions(keep="all"))
    yield store, report, inputs
    store.close()


def test_every_input_loads_and_nothing_is_quarantined(month):
    store, report, inputs = month
    assert [f.status for f in report.files] == ["loaded"] * len(inputs)
    assert store.count("quarantine") == 0
    origins = {
        r["origin"]: r["n"]
        for r in store.query_arrow(
            "SELECT origin, count(*) AS n FROM events GROUP BY origin"
        ).to_pylist()
    }
    assert origins["gdelt"] == 200 and origins["text"] > 100


def test_the_months_leader_calls_are_in_the_dyads(month):
    store, _, _ = month
    stats = {s.partner: s for s in analyze(store.ibis(), "dyads", period="2021-10")}
    assert stats["DEU"].events >= 1 and stats["FRA"].events >= 1
    assert stats["DEU"].nci > 0 and stats["FRA"].nci > 0


def test_the_xi_merkel_call_is_stored_with_its_sentence(month):
    store, _, _ = month
    rows = store.query_arrow(
        "SELECT date, root, text FROM events WHERE origin = 'text' "
        "AND left(source_actor, 3) IN ('CHN', 'DEU') AND left(target_actor, 3) IN ('CHN', 'DEU')"
    ).to_pylist()
    assert any(r["date"] == date(2021, 10, 13) and r["root"] == "04" for r in rows), rows
    assert all("德" in r["text"] or "默克尔" in r["text"] for r in rows)  # 德国, 德方, 中德


def test_loading_the_same_inputs_again_changes_nothing(month):
    store, _, inputs = month
    before = store.counts()
    again = ingest(store, inputs, options=IngestOptions(keep="all"))
    assert {f.status for f in again.files} == {"skipped"}
    assert {k: v for k, v in store.counts().items() if k != "runs"} == {
        k: v for k, v in before.items() if k != "runs"
    }
