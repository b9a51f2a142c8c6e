"""A far-off act told on both clocks (eval/README.md, coder-zh142): 当地时间7日晚，北京时间今天
（4月8日）早上，… is one moment, and the local day is the act's, as 当地时间16日 alone is.
Sentences of our own, not the batch's."""

from datetime import date

import pytest

from tests.coder.test_zh_dates11 import dated

TODAY = date(2025, 3, 12)


@pytest.mark.parametrize(
    "clock",
    [
        "当地时间11日晚，北京时间今天（3月12日）上午，",
        "当地时间11日晚，北京时间今天（12日）凌晨，",
        "当地时间11日，北京时间12日，",
    ],
)
def test_the_local_day_dates_an_act_told_on_both_clocks(code, clock):
    """The Beijing day restates the moment; the act is the 11th's."""
    c = code(f"{clock}法国总统马克龙同巴西总统卢拉通电话。", TODAY, source="xwlb")
    assert dated(c, "FRA", "04") == [(date(2025, 3, 11), "day")]


def test_a_beijing_day_alone_still_dates_the_act(code):
    """Without a local day before it, the Beijing day is the only one the sentence gives."""
    c = code(
        "北京时间今天（3月12日）上午，法国总统马克龙同巴西总统卢拉通电话。", TODAY, source="xwlb"
    )
    assert dated(c, "FRA", "04") == [(date(2025, 3, 12), "day")]


def test_a_beijing_day_of_another_clause_is_its_own(code):
    """A local day of one act and a Beijing day told clauses later are two moments: the
    second act keeps the Beijing day."""
    c = code(
        "当地时间10日，马克龙抵达巴西。北京时间今天（3月12日）上午，法国总统马克龙同巴西总统卢拉举行会谈。",
        TODAY,
        source="xwlb",
    )
    assert (date(2025, 3, 12), "day") in dated(c, "FRA", "04")
