"""Allies: reference baseline, switches coded in the events, the watch list and its backtest."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from dipwatch.analysis.allies import allies, backtest, switches
from dipwatch.analysis.frames import Context, reference_context
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
    result = allies(q4_store.ibis(), parse_period("2021Q4"), ctx)
    assert result.allies == ["HND", "PRY", "SWZ"]
    nic = [s for s in result.switches if s.country == "NIC"]
    assert nic[0].date == date(2021, 12, 9) and nic[0].origin == "events"
    assert any("Nicaragua" in e.text for e in nic[0].evidence)
    assert result.text["en"].startswith("Taiwan had 3 diplomatic allies on 31 December 2021")


def test_switches_are_only_with_taiwan_or_the_prc(q4_store):
    # China's 161 against Lithuania is a downgrade, not a recognition switch
    found, _ = switches(q4_store.ibis(), date(2021, 12, 31), Context(recognition=BEFORE))
    assert [s.country for s in found if s.origin == "events"] == ["NIC"]


HONDURAS = "Honduras's president-elect said she would establish relations with Beijing"


def _honduras(store, code="054", source="one-analyst"):
    add_events(store, [
        make_event("2021-12-01", "HNDGOV", "CHN", code, 6.0, text=HONDURAS, n=1),
        make_event("2021-12-09", "NICGOV", "TWN", "161", -4.0, text="Nicaragua broke with Taipei", n=2),
        make_event("2021-12-10", "CHNGOV", "NICGOV", "054", 6.0, text="Nicaragua and China resumed ties", n=3),
    ], source)  # fmt: skip


def test_a_claim_the_record_contradicts_is_a_signal_not_a_switch(store):
    """The coder read the president-elect's intent as an act (054): within the record's time,
    the record rules, so Honduras stays an ally and is watched with that sentence."""
    _honduras(store)
    result = allies(store.ibis(), parse_period("2021Q4"), reference_context())
    assert [s.country for s in result.switches] == ["NIC"]
    assert result.switches[0].date == date(2021, 12, 10) and result.switches[0].evidence
    assert "HND" in result.allies and len(result.allies) == 14 and len(result.allies_before) == 15
    hnd = next(w for w in result.watch if w.country == "HND")
    assert hnd.signals["reported_switch"] == 1 and hnd.latest == date(2021, 12, 1)
    assert hnd.evidence[0].text == HONDURAS and hnd.evidence[0].date == date(2021, 12, 1)
    assert "1 December 2021" in hnd.text["en"] and "2021年12月1日" in hnd.text["zh-Hant"]
    assert "Honduras" not in result.text["en"].split("Most signals")[0]  # no switch said


def test_beyond_the_record_one_lone_claim_is_not_enough(store):
    """After the record's last change, a switch needs both halves or two sources."""
    _honduras(store)
    hist = History(["HND", "NIC", "PRY"], [Change("SLB", date(2019, 9, 16), "PRC")])
    result = allies(store.ibis(), parse_period("2021Q4"), Context(recognition=hist))
    assert [s.country for s in result.switches] == ["NIC"] and result.allies == ["HND", "PRY"]
    other = replace(
        make_event("2021-12-02", "HND", "CHN", "054", 6.0, n=9), url="https://b.example/x"
    )
    add_events(store, [other], "another-source")
    result = allies(store.ibis(), parse_period("2021Q4"), Context(recognition=hist))
    assert [s.country for s in result.switches] == ["HND", "NIC"]


def test_an_intent_is_never_a_switch(store):
    _honduras(store, code="036")
    result = allies(store.ibis(), parse_period("2021Q4"), reference_context())
    hnd = next(w for w in result.watch if w.country == "HND")
    assert hnd.signals["intent"] == 1 and hnd.signals["reported_switch"] == 0


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
    assert top.evidence and all(w.score > 0 for w in result.watch)
    assert "SWZ" not in {w.country for w in result.watch}  # no signal, not listed


def test_backtest_ranks_each_switcher_before_its_switch(store):
    hist = History(["NIC", "PRY", "SLB"], [Change("SLB", date(2019, 9, 16), "PRC")])
    add_events(store, [make_event("2019-08-01", "SLBGOV", "CHNGOV", "042", 1.9, n=1)])
    rows = backtest(store.ibis(), Context(recognition=hist))
    assert [(r.country, r.rank, r.of) for r in rows] == [("SLB", 1, 3)]
