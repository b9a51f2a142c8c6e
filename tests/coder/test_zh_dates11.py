"""Dates found by the dates batch 11 (eval/README.md, coder-dates11: 2019-H2, 2024-H1, 2025-Q3
and single zh-Hant sentences): the day an act told over a span ended (会晤结束当天, 会谈结束翌日),
an act so many days before the day told
(距…断交仅九天), and 随后 after a reacting doer (its month, not the day of what it answered)."""

from datetime import date

import pytest


def dated(c, source: str, root: str) -> list[tuple[date, str]]:
    """(date, precision) of the events of ``source`` (its country) with ``root``."""
    return [(e.date, e.date_precision) for e in c.events
            if (e.source_actor or "").startswith(source) and e.root == root]  # fmt: skip


def narrative(code, body: str, written: date, heading: str = "第二章　2018 年中国外交"):
    return code(f"{heading}\n\n{body}", written, genre="narrative")


@pytest.mark.parametrize(
    "body",
    [
        "9 月 3 日至 5 日，中非合作论坛峰会在北京举行。峰会结束当天，习近平会见南非总统拉马福萨。",
        "9 月 3 日至 5 日，中非合作論壇峰會在北京舉行。峰會閉幕當天，習近平會見南非總統拉馬福薩。",
    ],
)
def test_the_day_an_act_told_over_a_span_ended(code, body):
    """The span's last day (the 5th), not its month (nor its first day)."""
    c = narrative(code, body, date(2019, 1, 20))
    assert dated(c, "CHN", "04") == [(date(2018, 9, 5), "day")]


def test_the_day_after_an_act_that_ended(code):
    """会谈结束翌日 is the day after the span's end, not the span's second day."""
    body = "中方 6 月 3 日至 6 日在北京同美方举行会谈，会谈结束翌日，中方宣布对美国实施制裁。"
    c = code(body, date(2018, 9, 30))
    assert dated(c, "CHN", "16") == [(date(2018, 6, 7), "day")]


def test_an_act_so_many_days_before_the_day_told(code):
    """The act of the 距 clause is nine days before the 1st of May; the 1st's act keeps it."""
    body = "5 月 1 日，中国同多米尼加建交，距多米尼加宣布与台湾断交仅三天。"
    c = narrative(code, body, date(2018, 7, 20))
    assert dated(c, "CHN", "05") == [(date(2018, 5, 1), "day")]
    assert dated(c, "DOM", "16") == [(date(2018, 4, 28), "day")]


@pytest.mark.parametrize("left", ["距大会开幕仅剩三天，", "距大会开幕还有三天，", "仅三天时间，"])
def test_a_time_to_come_or_a_length_is_no_day_before(code, left):
    c = code(f"5 月 1 日，{left}美方宣布对中国实施制裁。", date(2018, 6, 30))
    assert dated(c, "USA", "16") == [(date(2018, 5, 1), "day")]


@pytest.mark.parametrize(
    ("text", "written", "expected"),
    [
        # a reacting doer's 随后, written weeks later: the month
        ("美国 12 月 9 日召开所谓民主峰会，中国外交部随后发表报告批评美国。", date(2021, 12, 31),
         (date(2021, 12, 1), "month")),
        # a broadcast of the next day: the day
        ("美国 12 月 9 日召开所谓民主峰会，中国外交部随后发表报告批评美国。", date(2021, 12, 10),
         (date(2021, 12, 9), "day")),
        # 随后 going on with the day's own doer: the day
        ("12 月 9 日，王毅在北京会见巴西外长，随后会见美国国务卿。", date(2021, 12, 31),
         (date(2021, 12, 9), "day")),
    ],
)  # fmt: skip
def test_some_time_after_the_day_told(code, text, written, expected):
    c = code(text, written)
    assert dated(c, "CHN", "11" if "批评" in text else "04")[-1] == expected


@pytest.mark.parametrize(
    ("after", "day"), [("大選後兩天", 15), ("选举之后三天", 16), ("大選以後一週", 20)]
)
def test_days_after_an_act_named_before_them(code, after, day):
    """大选后两天 counts from the day of the act named before 后, as 两天后 does."""
    c = code(f"1 月 13 日{after}，諾魯宣布與我國斷交。", date(2024, 3, 31))
    assert dated(c, "NRU", "16") == [(date(2024, 1, day), "day")]


def test_the_latter_days_of_a_span_are_no_days_after(code):
    """访问的后两天 are the span's last two days, not two days after it."""
    c = code("1 月 13 日，王毅访问埃及，访问的后两天同埃及外长会谈。", date(2024, 3, 31))
    assert dated(c, "CHN", "04") == [(date(2024, 1, 13), "day")]


@pytest.mark.parametrize("arrival", ["抵達前一天", "访华前一天"])
def test_the_eve_of_an_arrival_told_with_its_span(code, arrival):
    """The day before the span's first day (the 24th), not before its last."""
    body = f"7 月 25 日至 26 日，美国副国务卿舍曼访华。就在舍曼{arrival}，中方宣布对美国前商务部长实施制裁。"
    c = narrative(code, body, date(2022, 1, 20), "第四章　2021 年中国外交")
    assert dated(c, "CHN", "16") == [(date(2021, 7, 24), "day")]


@pytest.mark.parametrize(
    ("part", "later", "month"),
    [("10 月上旬", "两周后", 10), ("10 月下旬", "两周后", 11), ("10 月中旬", "三天后", 10)],
)
def test_days_on_from_a_part_of_a_month_told_after_the_last_day(code, part, later, month):
    """9 月 9 日…。10 月上旬…；两周后: October, not two weeks after 9 September."""
    body = (
        f"9 月 9 日，习近平同拜登通电话。{part}，杨洁篪同沙利文会谈；{later}，王毅同布林肯通电话。"
    )
    c = narrative(code, body, date(2022, 1, 20), "第四章　2021 年中国外交")
    assert dated(c, "CHN", "04")[-1] == (date(2021, month, 1), "month")


def test_a_month_or_more_after_an_act_named(code):
    body = "8 月 10 日中方召回驻立陶宛大使后一个多月，立陶宛撤回驻华大使。"
    c = narrative(code, body, date(2022, 1, 20), "第四章　2021 年中国外交")
    assert dated(c, "LTU", "16") == [(date(2021, 9, 1), "month")]


@pytest.mark.parametrize(
    ("arrival", "day"), [("抵臺翌日", 31), ("抵台次日", 31), ("抵臺前一天", 29)]
)
def test_the_morrow_and_eve_of_an_arrival_told_with_its_span(code, arrival, day):
    """Counted from the span's first day (the 30th), not from its last (4 September)."""
    body = f"捷克參議院議長韋德齊 8 月 30 日至 9 月 4 日訪臺。韋德齊{arrival}，中共外長王毅警告捷方將付出沉重代價。"
    c = narrative(code, body, date(2021, 1, 25), "第三章　民國 109 年下半年")
    assert dated(c, "CHN", "13") == [(date(2020, 8, day), "day")]


@pytest.mark.parametrize(
    ("text", "written", "expected"),
    [
        ("除夕當天，習近平應約與拜登通電話。", date(2021, 3, 31), (date(2021, 2, 11), "day")),
        ("正月初五，王毅同布林肯通电话。", date(2024, 3, 31), (date(2024, 2, 14), "day")),
        # the days before the festival, written weeks later: their month
        ("春節前夕，王毅同布林肯通電話。", date(2024, 3, 31), (date(2024, 2, 1), "month")),
        # a broadcast of those days: its own day
        ("春节前夕，王毅同布林肯通电话。", date(2024, 2, 8), (date(2024, 2, 8), "day")),
        # a day named right before it: that day
        ("2 月 10 日除夕前夕，習近平應約與拜登通電話。", date(2021, 3, 31), (date(2021, 2, 10), "day")),
    ],
)  # fmt: skip
def test_days_of_the_lunar_new_year(code, text, written, expected):
    assert dated(code(text, written), "CHN", "04") == [expected]


def test_the_lunar_new_year_after_december_is_the_next_years(code):
    body = "12 月 20 日，王毅访问俄罗斯。除夕，习近平同普京通电话。"
    c = narrative(code, body, date(2025, 3, 20), "第九章　2024 年末至 2025 年初中国外交")
    assert dated(c, "CHN", "04")[-1] == (date(2025, 1, 28), "day")


@pytest.mark.parametrize("clock", ["（臺北時間）", "（华盛顿时间）", "（北京時間）"])
def test_a_capital_naming_a_clock_is_no_party(code, clock):
    """11 月 16 日上午（臺北時間）: the hour's clock, not Taiwan as the call's other party."""
    c = code(f"習近平與拜登 11 月 16 日上午{clock}舉行視訊會晤。", date(2021, 12, 31))
    assert [(e.source_actor[:3], e.target_actor[:3]) for e in c.events] == [("CHN", "USA")]
