"""A tour's stop told inside the tour's own sentence with a day of its own (eval/README.md,
"Dev date errors by construction", coder-dates19): ``…至…日访问 A、B 和 C，其中 N 日抵达 C 的首都``
dates C's visit by N, in news and prose alike. Sentences of our own, not the gold's."""

from datetime import date

import pytest

from tests.coder.test_zh_dates11 import narrative
from tests.coder.test_zh_dates18 import visits

_WRITTEN = date(2018, 11, 30)


@pytest.mark.parametrize(
    "text",
    [
        "王毅 11 月 2 日至 9 日出访埃及、肯尼亚和南非，期间 5 日到访肯尼亚。",
        "王毅 11 月 2 日至 9 日出訪埃及、肯亞與南非，其中 5 日晚間到訪肯亞。",
        # (an arrival at a known capital, 其中 5 日晚抵达内罗毕, was already dated by its own
        # arrival event; the stop named by an unknown city, 尼斯, stays at the span)
    ],
)
@pytest.mark.parametrize("genre", ["news", "narrative"])
def test_a_stop_told_in_the_sentence_takes_its_day(code, text, genre):
    c = narrative(code, text, _WRITTEN) if genre == "narrative" else code(text, _WRITTEN)
    dated = visits(c)
    assert dated["KEN"] == (date(2018, 11, 5), "day")
    # the other stops keep the span's date: its first day in news, its month in prose
    assert dated["EGY"][0].day == (2 if genre == "news" else 1)
    assert dated["ZAF"] == dated["EGY"]


@pytest.mark.parametrize(
    "text",
    [
        # an act done at a stop dates that act, not the visit (the gold's decision, z501)
        "王毅 11 月 2 日至 9 日访问埃及、肯尼亚和南非，其间 5 日在内罗毕签署合作文件。",
        # a day outside the span is no stop of this tour
        "王毅 11 月 2 日至 9 日访问埃及、肯尼亚和南非，其中 12 日抵达内罗毕。",
    ],
)
def test_what_stays_at_the_span(code, text):
    dated = visits(code(text, _WRITTEN))
    assert dated["KEN"] == (date(2018, 11, 2), "day")
