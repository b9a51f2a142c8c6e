"""Allies: reference baseline, switches coded in the events, the watch list and its backtest."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dipwatch.analysis.allies import allies, backtest, coded_switches
from dipwatch.analysis.frames import Context
from dipwatch.periods import parse_period
from tests.analysis.conftest import add_events, make_event


@dataclass(frozen=True)
class Change:
    country: str
    date: date
    to: str


class History:
    """A recognition history built by hand, in the reference's shape (changes + allies(on))."""

    def __init__(self, start: list[str], changes: list[Change]) -> None:
        self.start, self.changes = start, tuple(changes)

    def allies(self, on: date) -> list[str]:
        gone = {c.country for c in self.changes if c.date <= on and c.to == "PRC"}
        return sorted(set(self.start) - gone)


# Reference as an analyst knew it before December 2021: Nicaragua still with Taipei.
BEFORE = History(["HND", "NIC", "PRY", "SWZ"], [Change("SLB", date(2019, 9, 16), "PRC")])


def test_a_coded_switch_removes_an_ally(q4_store):
    ctx = Context(recognition=BEFORE)
    assert allies(q4_store.ibis(), parse_period("2021-12-08"), ctx).allies == [
        "HND",
        "NIC",
        "PRY",
        "SWZ",
    ]
    result = allies(q4_store.ibis(), parse_period("2021-12-31"), ctx)
    assert result.allies == ["HND", "PRY", "SWZ"]
    nic = [s for s in result.switches if s.country == "NIC"]
    assert nic[0].date == date(2021, 12, 9) and nic[0].origin == "events"
    assert any("Nicaragua" in e.text for e in nic[0].evidence)


def test_switches_are_only_with_taiwan_or_the_prc(q4_store):
    # China's 161 against Lithuania is a downgrade, not a recognition switch
    assert [s.country for s in coded_switches(q4_store.ibis(), date(2021, 12, 31))] == ["NIC"]


def test_watch_list_ranks_by_documented_signals(store):
    add_events(store, [
        make_event("2021-06-01", "HNDGOV", "CHNGOV", "036", 4.0, text="Honduran candidate said she would open relations with Beijing", n=1),
        make_event("2021-08-01", "CHN", "HND", "061", 6.4, text="Chinese vaccines reached Honduras via a third party", n=2),
        make_event("2021-09-01", "PRY", "CHN", "040", 1.0, text="Paraguayan senators debated ties with Beijing", n=3),
    ])  # fmt: skip
    result = allies(store.ibis(), parse_period("2021-12-31"), Context(recognition=BEFORE))
    assert [w.country for w in result.watch][:2] == ["HND", "PRY"]
    top = result.watch[0]
    assert (
        top.signals["intent"] == 1 and top.signals["agreement"] == 1 and top.signals["leader"] == 1
    )
    assert top.evidence and result.watch[-1].score == 0


def test_backtest_ranks_each_switcher_before_its_switch(store):
    hist = History(["NIC", "PRY", "SLB"], [Change("SLB", date(2019, 9, 16), "PRC")])
    add_events(store, [make_event("2019-08-01", "SLBGOV", "CHNGOV", "042", 1.9, n=1)])
    rows = backtest(store.ibis(), Context(recognition=hist))
    assert [(r.country, r.rank, r.of) for r in rows] == [("SLB", 1, 3)]
