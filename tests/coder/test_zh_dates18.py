"""Dates of the dev date errors sorted by construction (eval/README.md, "Dev date errors by
construction", coder-dates18): a tour's list of states dated by its span of days, and a stop of it
told after with a day of its own. Sentences of our own, not the gold's."""

from datetime import date

import pytest

from tests.coder.test_zh_dates11 import narrative


def visits(c) -> dict[str, tuple[date, str]]:
    """(date, precision) of each visit (042), by the visited state."""
    return {(e.target_actor or "")[:3]: (e.date, e.date_precision)
            for e in c.events if e.code == "042"}  # fmt: skip


_TOUR = "11 月 2 日至 9 日，王毅先后访问埃及、肯尼亚和南非。"
_TOUR_HANT = "11 月 2 日至 9 日，王毅先後訪問埃及、肯亞與南非。"
_KEN_5, _NOV = (date(2018, 11, 5), "day"), (date(2018, 11, 1), "month")


@pytest.mark.parametrize(
    ("body", "state", "when"),
    [
        # a stop told after the list with a day of its own is that stop's visit, on its day
        (_TOUR + "在肯尼亚，王毅 5 日同鲁托总统会谈。", "KEN", _KEN_5),
        (_TOUR_HANT + "在肯亞期間，王毅 5 日與魯托總統會談。", "KEN", _KEN_5),
        (_TOUR + "访问肯尼亚期间，两国 5 日签署合作文件。", "KEN", _KEN_5),
        # a new paragraph tells a stop when it opens on one, else it opens a new story
        (_TOUR + "\n\n在肯尼亚，王毅 5 日同鲁托总统会谈。", "KEN", _KEN_5),
        (_TOUR + "\n\n5 日在内罗毕举行记者会。", "KEN", _NOV),
        # the stops no later sentence dates keep the span's month
        (_TOUR + "在肯尼亚，王毅 5 日同鲁托总统会谈。", "EGY", _NOV),
        # the first stop (首站…抵达…当天) begins on the span's first day
        (_TOUR + "首站埃及，王毅抵达开罗当天即同塞西总统会谈。", "EGY", (date(2018, 11, 2), "day")),
        (
            _TOUR_HANT + "首站埃及，王毅抵達開羅當天便與塞西總統會談。",
            "EGY",
            (date(2018, 11, 2), "day"),
        ),
        # a visit's span with its arrival day told right after (抵达当天…会谈): the first day
        (
            "德国总理默克尔 5 月 24 日至 25 日访华，抵达当天即同李克强会谈。",
            "CHN",
            (date(2018, 5, 24), "day"),
        ),
        (
            "德國總理梅克爾 5 月 24 日至 25 日訪陸，抵達當天即與李克強會談。",
            "CHN",
            (date(2018, 5, 24), "day"),
        ),
        # another month told before any stop's day: the tour's tale has ended
        (_TOUR + "12 月 5 日，肯尼亚外长访华。", "KEN", _NOV),
        # a day outside the span is no stop of it
        (_TOUR + "在肯尼亚，两国 25 日签署合作文件。", "KEN", _NOV),
    ],
)
def test_a_tours_stop_is_dated_by_the_day_told_of_it(code, body, state, when):
    """A tour's list of states dated by its span of days and a stop of it told after with a day of
    its own (在肯尼亚，…5 日…) are one contact, dated by the stop's day, as the gold dates it; the
    span's month dated them all. A sentence of another month or a day outside the span ends it."""
    assert visits(narrative(code, body, date(2019, 1, 20)))[state] == when


def test_a_stops_own_dated_visit_is_that_telling(code):
    """A stop told as a visit of its own with a day (随后，…抵达贝尔格莱德) is that stop's visit:
    one visit, not the list's and the arrival's on two days."""
    body = (
        "5 月 5 日至 10 日，习近平对法国、塞尔维亚进行国事访问。访法期间，中法两国领导人 6 日在巴黎会谈。"
        "随后，习近平抵达贝尔格莱德，两国 8 日发表联合声明。"
    )
    c = narrative(code, body, date(2019, 1, 20))
    assert len([e for e in c.events if e.code == "042" and e.target_actor == "SRB"]) == 1
