"""Every registered analysis gives the same rows, in the same order, on every engine and in
another process with another hash seed."""

from __future__ import annotations

import pytest

from dipwatch.analysis.frames import reference_context
from dipwatch.api.analyze import ANALYSES, analyze
from dipwatch.models import to_plain
from tests.backends.compare import differences
from tests.backends.data import PERIOD


@pytest.fixture(scope="module")
def ctx():
    return reference_context()


@pytest.mark.parametrize("name", list(ANALYSES))
def test_same_rows_in_the_same_order(backend, expected, ctx, name):
    got = to_plain(analyze(backend, name, PERIOD, ctx=ctx))
    wrong = differences(got, expected[name], name)
    assert not wrong, "\n".join(wrong[:10])


def test_the_data_give_every_analysis_something_to_say(expected):
    """Otherwise the comparison above would prove nothing."""
    assert all(expected[name] for name in ANALYSES), [n for n in ANALYSES if not expected[n]]
    types = {r["country"]: r["type"] for r in expected["typology"]}
    assert types["DEU"] == types["FRA"] == "pragmatic_cooperation"
    assert types["GBR"] == "managing_differences" and types["LTU"] == "condemnation_sanctions"
    assert "date" in {c["kind"] for c in expected["contradictions"]}
    assert "NIC" in {r["country"] for r in expected["backtest"]}


def test_the_default_period_is_the_same(backend):
    from dipwatch.api.analyze import default_period

    assert default_period(backend).label == "2021Q4"


def test_the_reports_happenings_are_the_same(backend, hand_store):
    """The report's lists (chronicle.happenings_of: windows, a self-join on neighbouring days)
    give the same happenings on every engine as on the store's own DuckDB."""
    from dipwatch.analysis import chronicle
    from dipwatch.config import Settings
    from dipwatch.periods import parse_period
    from dipwatch.store import connect

    lists = {"all": chronicle.Selection(limit=20), "us": chronicle.Selection(("USA",), limit=6)}
    own = connect(Settings(hand_store))
    try:
        want = to_plain(chronicle.happenings_of(own, parse_period(PERIOD), lists))
    finally:
        own.disconnect()
    assert want["all"] and want["us"]
    assert to_plain(chronicle.happenings_of(backend, parse_period(PERIOD), lists)) == want
