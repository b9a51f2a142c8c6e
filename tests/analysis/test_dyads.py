"""Dyads: counts, NCI, normalised volume and the change tests, on hand-built events."""

from __future__ import annotations

from dipwatch.analysis.dyads import dyads, net_cooperation, pair
from dipwatch.periods import parse_period
from tests.analysis.conftest import add_events, cover_months, make_event

Q4 = parse_period("2021Q4")


def test_counts_nci_and_share(q4_store):
    stats = {d.partner: d for d in dyads(q4_store.ibis(), Q4)}
    usa = stats["USA"]
    assert usa.events == 9
    assert usa.by_quad == {1: 3, 2: 1, 3: 2, 4: 3}
    assert usa.by_root["16"] == 3 and usa.by_root["04"] == 3
    # (3 + 2 - 2 - 6) / (3 + 2 + 2 + 6)
    assert usa.nci == round(-3 / 13, 4)
    assert usa.goldstein_sum == -15.5
    # share of every event with the PRC on either side (TWN-LTU and NIC-TWN are not PRC events)
    assert usa.share == round(9 / 37, 4)
    assert stats["RUS"].nci == 1.0
    assert "TWN" not in stats  # no PRC-Taiwan event in the set


def test_net_cooperation_bounds():
    assert net_cooperation({1: 0, 2: 0, 3: 0, 4: 3}) == -1.0
    assert net_cooperation({}) is None


def test_a_jump_is_significant_and_noise_is_not(store):
    def ev(day, n, code="041", gold=1.0):
        return make_event(day, "CHNGOV", "USAGOV", code, gold, n=n)

    before = [ev("2021-08-10", i) for i in range(3)]
    # the rest of the PRC's activity stays flat, so only the US pair's share moves
    others = [make_event(d, "CHN", c, "041", 1.0, n=100 + i)
              for i, (d, c) in enumerate([(d, c) for d in ("2021-08-01", "2021-11-01")
                                          for c in ["FRA"] * 20 + ["ITA"] * 80])]  # fmt: skip
    after = [ev("2021-11-10", 10 + i, "163", -8.0) for i in range(25)]
    add_events(store, before + others + after)
    cover_months(store, "2021-07", 6)
    us = pair(store.ibis(), Q4, "CHN", "USA")
    assert us.events == 25 and us.previous_events == 3 and us.change == 22
    assert us.count_p is not None and us.count_p < 0.001
    assert us.significant
    fra = pair(store.ibis(), Q4, "CHN", "FRA")
    assert fra.count_p is not None and fra.count_p > 0.05


def test_a_previous_period_the_store_does_not_cover_is_not_compared(q4_store):
    us = pair(q4_store.ibis(), Q4, "CHN", "USA")
    assert not us.previous_covered and us.change is None and us.previous_nci is None
    assert us.count_p is None and not us.significant


def test_any_pair(q4_store):
    nic_twn = pair(q4_store.ibis(), Q4, "TWN", "NIC")
    assert nic_twn.events == 1 and nic_twn.by_root == {"16": 1}
    assert pair(q4_store.ibis(), Q4, "USA", "LTU").events == 0
