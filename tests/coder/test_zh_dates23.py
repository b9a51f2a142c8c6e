"""Dates of the dev date errors sorted by construction, again (eval/README.md, "Dev date errors
by construction, again", coder-dates23): the day a visit told by its span ends, and a visit told
by a span of parts of months. Sentences of our own, not the gold's."""

from datetime import date

import pytest

from tests.coder.test_zh_dates11 import dated, narrative

_HEAD = "第三章　1994 年中国外交回顾"
_WRITTEN = date(1995, 1, 20)


@pytest.mark.parametrize(
    ("body", "when"),
    [
        # the span's last day, not the day named last inside it
        ("10 月 3 日至 8 日，泰国总理川·立派访华。5 日，江泽民会见川·立派。"
         "访问结束时，两国发表联合公报。", date(1994, 10, 8)),
        ("10 月 3 日至 8 日，泰國總理川·立派訪華。5 日，江澤民會見川·立派。"
         "訪問結束時，兩國發表聯合公報。", date(1994, 10, 8)),
        ("10 月 3 日至 8 日，泰国总理川·立派访华。5 日，江泽民会见川·立派。"
         "访问结束当天，两国发表联合公报。", date(1994, 10, 8)),
        # a visit told by one day: the day named last
        ("10 月 3 日，泰国总理川·立派访华。5 日，江泽民会见川·立派。"
         "访问结束时，两国发表联合公报。", date(1994, 10, 5)),
        # a new paragraph: the span told before no longer frames it
        ("10 月 3 日至 8 日，泰国总理川·立派访华。5 日，江泽民会见川·立派。\n\n"
         "访问结束时，两国发表联合公报。", date(1994, 10, 5)),
    ],
)  # fmt: skip
def test_the_day_a_visit_told_by_its_span_ends(code, body, when):
    c = narrative(code, body, _WRITTEN, _HEAD)
    assert [(e.date, e.date_precision) for e in c.events if e.root == "05"] == [(when, "day")]


@pytest.mark.parametrize(
    "body",
    [
        "老挝国王 9 月下旬至 10 月中旬访华，两国 10 月 5 日签订边界条约。",
        "寮國國王 9 月下旬至 10 月中旬訪華，兩國 10 月 5 日簽訂邊界條約。",
    ],
)
def test_a_visit_told_by_a_span_of_parts_of_months_keeps_its_first_month(code, body):
    """The visit is told whole by its span (its first month), the day is the signing's."""
    c = narrative(code, body, _WRITTEN, _HEAD)
    assert dated(c, "LAO", "04") == [(date(1994, 9, 1), "month")]
    assert dated(c, "LAO", "05") == [(date(1994, 10, 5), "day")]


def test_a_visit_told_by_a_part_of_a_month_still_takes_its_first_day(code):
    """(12 月中旬访问…，14 日在…同…会谈: the 14th, as before)"""
    body = "李鹏 12 月中旬访问哈萨克斯坦，14 日在阿拉木图同纳扎尔巴耶夫会谈。"
    c = narrative(code, body, _WRITTEN, _HEAD)
    assert dated(c, "CHN", "04") == [(date(1994, 12, 14), "day")]


@pytest.mark.parametrize(
    ("body", "state", "when"),
    [
        ("中法建交 50 週年紀念日當天，習近平與法國總統歐蘭德互致賀電。", "FRA", date(2014, 1, 27)),
        ("中韩建交22周年纪念日当天，习近平同韩国总统朴槿惠互致贺电。", "KOR", date(2014, 8, 24)),
        # the two-character form before the one-character one (中印尼 is no 中印)
        ("中印尼建交 64 周年纪念日，习近平同印尼总统苏西洛互致贺电。", "IDN", date(2014, 4, 13)),
    ],
)
def test_an_anniversarys_day_of_relations_set_up(code, body, state, when):
    """建交 N 周年纪念日 after a pair compound: the day relations were set up, N years on."""
    c = narrative(
        code, "5 月 3 日，王毅访问法国。\n\n" + body, date(2015, 1, 20), "第三章　2014 年中国外交"
    )
    assert dated(c, state, "05") == [(when, "day")]


def test_an_anniversarys_while_is_no_day(code):
    """建交 50 周年之际 names a while around the day, and 中巴 no one state: no day read."""
    for body in (
        "中法建交 50 周年之际，两国元首互致贺电。",
        "中巴建交 50 周年纪念日，两国元首互致贺电。",
    ):
        c = narrative(code, body, date(2015, 1, 20), "第三章　2014 年中国外交")
        assert [d.precision for d in c.dates] == ["year"]  # (the heading's 2014 年 alone)


def test_a_plan_recalled_with_its_time_is_background(code):
    """此前，…宣布，…将于 16 日至 17 日…: the announcement is recalled with no day of its own (the
    plan's time is the visit's); told with its own day (14 日宣布) it stays, on that day."""
    lead = "央视网消息：哈萨克斯坦总统托卡耶夫今天抵达北京。"
    recalled = lead + "此前，哈方宣布，托卡耶夫将于5月16日至17日对中国进行国事访问。"
    c = code(recalled, date(2024, 5, 16), source="xwlb")
    assert [e.code for e in c.events if e.root == "03"] == []
    told = lead + "哈方14日宣布，托卡耶夫将于16日至17日对中国进行国事访问。"
    c = code(told, date(2024, 5, 16), source="xwlb")
    assert [(e.code, e.date) for e in c.events if e.root == "03"] == [("036", date(2024, 5, 14))]


@pytest.mark.parametrize(
    ("body", "when"),
    [
        # the month a plan told before it reaches, the month of the telling: the plan's time
        ("俄罗斯国防部今天发表声明说，俄方将在东正教圣诞节和新年假期，也就是1月和2月上旬在顿巴斯"
         "实施临时停火。", (date(2024, 1, 5), "day")),
        # no plan: the month told is the act's
        ("乌克兰方面今天表示，俄罗斯1月在顿巴斯实施了临时停火。", (date(2024, 1, 1), "month")),
    ],
)  # fmt: skip
def test_the_running_month_a_plan_reaches_is_the_plans(code, body, when):
    c = code("央视网消息（新闻联播）：" + body, date(2024, 1, 5), source="xwlb")
    assert [(e.date, e.date_precision) for e in c.events if e.code == "0871"] == [when]


@pytest.mark.parametrize(
    ("body", "genre", "when"),
    [
        (
            "泰國總理 5 月初訪陸，7 日在北京與李克強會談；會談前一天，他先在成都參訪。",
            "narrative",
            6,
        ),
        ("泰国总理 5 月 7 日在北京同李克强会谈，会谈前两天，他先在成都参观。", "news", 5),
        # no visitor's first act on that day: the talks keep their day
        ("泰国总理 5 月 7 日在北京同李克强会谈；会谈前一天，他在成都参观。", "narrative", 7),
    ],
)
def test_a_visit_begun_before_the_talks_is_dated_by_its_first_day(code, body, genre, when):
    c = code(f"第三章　2014 年\n\n{body}", date(2014, 9, 30), genre=genre)
    assert [(e.date, e.date_precision) for e in c.events if e.root == "04"] == [
        (date(2014, 5, when), "day")
    ]
