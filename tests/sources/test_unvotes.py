"""The UN votes folder as the unvotes package ships it: every data file recognised, read-me
and licence skipped with a note, and the votes of states that no longer exist kept with the
codes they had."""

from __future__ import annotations

import pytest

from dipwatch.api.ingest import ingest
from dipwatch.sources.detect import detect_kind

pytestmark = pytest.mark.shared


def test_every_file_of_the_folder_is_recognised(shared_data):
    folder = shared_data / "unvotes"
    kinds = {p.name: detect_kind(p) for p in folder.glob("*.csv")}
    assert kinds == dict.fromkeys(
        ["un_votes.csv", "un_roll_calls.csv", "un_roll_call_issues.csv"], "unvotes"
    )


@pytest.mark.slow
def test_the_folder_loads_every_vote(store, shared_data):
    report = ingest(store, [shared_data / "unvotes"])
    status = {f.path.rsplit("/", 1)[1]: (f.status, f.error) for f in report.files}
    assert status["README.md"][0] == status["LICENSE"][0] == "ignored"
    assert "read-me or licence" in status["README.md"][1]
    assert all(
        status[n][0] == "loaded"
        for n in ("un_votes.csv", "un_roll_calls.csv", "un_roll_call_issues.csv")
    )
    totals = report.totals
    assert totals["quarantined"] == 0 and totals["unvotes_issues"] > 5000
    con = store.connection
    codes = dict(
        con.execute(
            "SELECT country, country_code || ' ' || iso3 FROM unvotes_votes WHERE country IN "
            "('German Democratic Republic', 'Federal Republic of Germany', 'Yemen Arab Republic', "
            "'Yemen People''s Republic', 'Czechoslovakia', 'Yugoslavia', 'Zanzibar') GROUP BY ALL"
        ).fetchall()
    )
    assert codes == {
        "German Democratic Republic": "DD DDR", "Federal Republic of Germany": "DE DEU",
        "Yemen Arab Republic": "YE YEM", "Yemen People's Republic": "YD YMD",
        "Czechoslovakia": "CS CSK", "Yugoslavia": "YU YUG", "Zanzibar": "ZAN ZAN",
    }  # fmt: skip
    assert con.execute("SELECT count(*) FROM unvotes_votes WHERE iso3 IS NULL").fetchone() == (0,)
