"""UN votes: ingest of the three unvotes CSVs and of Voeten's layout, and agreement scores."""

from __future__ import annotations

import time

import pytest

from dipwatch.analysis.alignment import agreement_with_prc, alignment
from dipwatch.analysis.frames import Context
from dipwatch.api.ingest import ingest
from dipwatch.errors import SourceFormatError
from dipwatch.sources.unvotes import detect_layout
from tests.analysis.conftest import DATA

CTX = Context(iso2={"CN": "CHN", "US": "USA", "LT": "LTU", "PK": "PAK"})


def _by(rows, country, issue="all"):
    return {r.year: r for r in rows if r.country == country and r.issue == issue}


def test_three_files_load_and_bad_rows_are_quarantined(store):
    report = ingest(store, [DATA / "unvotes"], kind="unvotes")
    assert [f.status for f in report.files] == ["loaded"] * 3
    totals = report.totals
    assert totals["unvotes_votes"] == 15 and totals["quarantined"] == 2
    assert totals["unvotes_roll_calls"] == 4 and totals["unvotes_issues"] == 3
    reasons = store.connection.execute(
        "SELECT location, reason FROM quarantine ORDER BY 1"
    ).fetchall()
    # lines 17 and 18 of un_votes.csv: a vote 'maybe', an rcid 'x'
    assert [loc.rsplit(":", 1)[1] for loc, _ in reasons] == ["17", "18"]
    assert "vote 'maybe' is not yes, no or abstain" in reasons[0][1]
    assert "rcid 'x' is not a whole number" in reasons[1][1]
    again = ingest(store, [DATA / "unvotes"], kind="unvotes")
    assert [f.status for f in again.files] == ["skipped"] * 3


def test_agreement_with_prc_and_usa_by_year_and_issue(store):
    ingest(store, [DATA / "unvotes"], kind="unvotes")
    rows = alignment(store.ibis(), CTX)
    ltu = _by(rows, "LTU")[2019]
    # 2019: rcid 1 (CN yes, LT no) 0, rcid 2 (no vs abstain) 0.5, rcid 4 (yes vs no) 0
    assert (
        ltu.votes == 3 and ltu.with_prc == round(0.5 / 3, 4) and ltu.with_usa == round(2.5 / 3, 4)
    )
    assert _by(rows, "LTU", "hr")[2019].with_prc == 0.0
    assert _by(rows, "PAK")[2019].with_prc == 1.0  # Pakistan's 'maybe' on rcid 4 is not a vote
    assert _by(rows, "LTU")[2018].with_prc == 1.0
    assert agreement_with_prc(store.ibis(), CTX, 2021, min_votes=1)["LTU"] == ltu.with_prc


def test_voeten_layout(store):
    assert detect_layout(DATA / "voeten" / "UNVotes.csv") == "voeten"
    report = ingest(store, [DATA / "voeten" / "UNVotes.csv"], kind="unvotes")
    assert report.totals["unvotes_votes"] == 6 and report.totals["unvotes_not_voting"] == 1
    ltu = _by(alignment(store.ibis(), Context()), "LTU")[2019]
    assert ltu.votes == 2 and ltu.with_prc == 0.75  # yes/yes 1, abstain/yes 0.5
    assert _by(alignment(store.ibis(), Context()), "LTU", "hr")[2019].with_usa == 0.0


def test_not_a_votes_file_names_it(tmp_path):
    bad = tmp_path / "x.csv"
    bad.write_text("rcid,colour\n1,red\n")
    with pytest.raises(SourceFormatError, match=r"x.csv:1: not a UN votes file"):
        detect_layout(bad)


@pytest.mark.shared
def test_real_unvotes_files_load_in_seconds(store, shared_data):
    start = time.perf_counter()
    report = ingest(store, [shared_data / "unvotes"], kind="unvotes")
    elapsed = time.perf_counter() - start
    assert report.totals["unvotes_votes"] >= 860_000, report.totals
    assert elapsed < 60  # a generous bound; the benchmark measures the real figure
    ctx = Context(iso2={"CN": "CHN", "US": "USA", "KP": "PRK", "IL": "ISR"})
    agree = agreement_with_prc(store.ibis(), ctx, 2019)
    assert agree["PRK"] > agree["ISR"]
