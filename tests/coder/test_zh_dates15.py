"""Dates found by the dates batch 15 (eval/README.md, coder-dates15: reviews written in January
of the year before): a plan told with its time to come (将于今年 5 月, 將於明年 3 月, 将在 6 月)
and no other date in its sentence is dated on the day of writing, as a plan is dated when it is
told; its month is when it is to be carried out."""

from datetime import date

import pytest

from tests.coder.test_zh_dates11 import dated, narrative


@pytest.mark.parametrize(
    ("body", "written"),
    [
        ("三、展望\n\n习近平将于今年 5 月赴莫斯科出席纪念活动。", date(2015, 1, 16)),
        ("三、展望\n\n習近平將於明年 3 月訪問法國。", date(2015, 12, 20)),
        ("三、展望\n\n习近平将在 6 月对哈萨克斯坦进行国事访问。", date(2015, 1, 20)),
        ("貳、展望\n\n李克強將於 10 月下旬訪問德國。", date(2015, 1, 16)),
    ],
)
def test_a_plan_to_come_is_dated_when_written(code, body, written):
    """The intent (036) takes the document's day; it was dated by the month planned, and a
    bare month after 将在 by the chapter's year (June 2014 in a review written in 2015)."""
    c = narrative(code, body, written, "第三章　2014 年中国外交")
    assert dated(c, "CHN", "03") == [(written, "day")]


def test_a_plan_whose_telling_has_a_day_keeps_it(code):
    """3 月 5 日…宣布…将于 3 月 22 日: the plan is told on the 5th, a day of its own sentence."""
    c = narrative(code, "3 月 5 日，中方宣布习近平将于 3 月 22 日访问俄罗斯。", date(2014, 1, 20),
                  "第三章　2013 年中国外交")  # fmt: skip
    assert dated(c, "CHN", "03") == [(date(2013, 3, 5), "day")]
