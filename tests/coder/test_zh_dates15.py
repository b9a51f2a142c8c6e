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


@pytest.mark.parametrize(
    "text",
    [
        "李克强 12 月中旬访问哈萨克斯坦，14 日在阿斯塔纳同马西莫夫总理会谈。",
        "李克強 12 月中旬訪問哈薩克，14 日（週日）在阿斯塔納與總理會談。",
        "李克强 12 月访问哈萨克斯坦，14 日同哈方签署合作文件。",
    ],
)
def test_a_visit_told_by_its_month_is_dated_by_its_first_day_told(code, text):
    """The visit of 中旬 whose sentence goes on to the 14th: one contact, on the 14th (it was
    dated by the month, and a day-precision gold counted it wrong); in news and in a chapter."""
    for c in (code(text, date(2014, 12, 31)), narrative(code, text, date(2015, 1, 16))):
        assert dated(c, "CHN", "04") == [(date(2014, 12, 14), "day")]


def test_a_visit_told_by_its_month_before_a_semicolon(code):
    """首站哈薩克；14 日…會晤: the clause after the ； goes on with the visit's doer (a chapter's
    tellings of one contact; a visit of a span of days keeps the span's month, as the gold has
    it)."""
    body = ("李克強 12 月中旬出訪，首站哈薩克；14 日（週日）在阿斯塔納與馬西莫夫總理舉行兩國總理"
            "第二次定期會晤，雙方簽署合作文件。")  # fmt: skip
    c = narrative(code, body, date(2015, 1, 16), "第三章　民國 103 年下半年中共周邊外交")
    assert dated(c, "CHN", "04") == [(date(2014, 12, 14), "day")]
    span = narrative(code, body.replace("12 月中旬", "12 月 13 日至 15 日"), date(2015, 1, 16),
                     "第三章　民國 103 年下半年中共周邊外交")  # fmt: skip
    assert dated(span, "CHN", "04") == [(date(2014, 12, 1), "month")]


def test_a_day_of_another_state_or_doer_leaves_the_month(code):
    """A day spent in another state (Belgrade) or told of another doer is not the visit's."""
    for text in ("李克强 12 月中旬访问哈萨克斯坦和塞尔维亚，16 日在贝尔格莱德同武契奇会谈。",
                 "李克强 12 月中旬访问哈萨克斯坦，美国国务卿 14 日抵达北京。"):  # fmt: skip
        kaz = [(e.date, e.date_precision) for e in code(text, date(2014, 12, 31)).events
               if e.target_actor.startswith("KAZ")]  # fmt: skip
        assert kaz == [(date(2014, 12, 1), "month")], text
