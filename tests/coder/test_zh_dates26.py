"""Dates of analysts' constructions first seen on new prose (eval/README.md, "Narrative dates
on first-seen prose", coder-dates26): a time right after a subject told as the trigger (两国于
13 日…) against a frame before the comma, and a weekday of a named 旬 of the month told
(该月下旬的周四). Sentences of our own, not the gold's."""

from datetime import date

import pytest

from tests.coder.test_zh_dates11 import dated, narrative


@pytest.mark.parametrize(
    ("body", "root"),
    [
        ("4 月，中法两国于 25 日签署联合公报。", "05"),
        ("4 月，中法兩國於 25 日簽署聯合公報。", "05"),
        ("春季，中法两国于 4 月 25 日签署联合公报。", "05"),
        ("4 月，中法两国于 25 日建交。", "05"),
        ("4 月，中法会谈于 25 日在巴黎举行。", "04"),
        ("4 月，中法會談於 25 日在巴黎舉行。", "04"),
    ],
)
def test_a_time_right_after_the_subject_is_the_acts_not_the_frames(code, body, root):
    """The day 于 leads after the trigger told as the subject (中法两国, 会谈) dates the act;
    the month or season opening the sentence is only its frame."""
    c = narrative(code, body, date(2019, 1, 20))
    assert dated(c, "CHN", root) == [(date(2018, 4, 25), "day")]


def test_the_frame_still_dates_an_act_with_no_time_of_its_own(code):
    """Guard: 中法两国在北京签署… names a place after 在, no time: the frame's month."""
    c = narrative(code, "4 月，中法两国在北京签署联合公报。", date(2019, 1, 20))
    assert dated(c, "CHN", "05") == [(date(2018, 4, 1), "month")]


_BEFORE = "12 月 3 日，美国国防部长访问日本。\n\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # 21-31 December 2018 hold one Thursday, the 27th
        ("该月下旬的周四，中国外交部召见日本驻华大使。", (date(2018, 12, 27), "day")),
        ("同月下旬的週四，中共外交部召見日本駐華大使。", (date(2018, 12, 27), "day")),
        ("12 月下旬的週四，中共外交部召見日本駐華大使。", (date(2018, 12, 27), "day")),
        # 11-20 December hold one Friday, the 14th
        ("该月中旬的周五，中国外交部召见日本驻华大使。", (date(2018, 12, 14), "day")),
        # 1-10 December hold two Saturdays (the 1st and 8th): which one is not told
        ("同月上旬的周六，中国外交部召见日本驻华大使。", (date(2018, 12, 1), "month")),
        # told as any one of them
        ("该月下旬的一个周四，中国外交部召见日本驻华大使。", (date(2018, 12, 1), "month")),
    ],
)
def test_a_weekday_of_a_named_part_of_the_month_told(code, line, expected):
    """A weekday right after a 旬 of the month told (该月下旬的周四) or named lies in that 旬:
    its day when the 旬 holds it once, not the next such weekday after the last day named (the
    6th)."""
    c = narrative(code, _BEFORE + line, date(2019, 1, 20))
    assert dated(c, "CHN", "11") == [expected]


def test_a_weekday_after_the_end_of_the_month_told(code):
    """同月底的周五: the one Friday of the month's last seven days (25-31 December 2018: the
    28th)."""
    c = narrative(code, _BEFORE + "同月底的周五，中国外交部召见日本驻华大使。", date(2019, 1, 20))
    assert dated(c, "CHN", "11") == [(date(2018, 12, 28), "day")]


@pytest.mark.parametrize(
    "line",
    [
        "隔月上旬的週一，中共外交部召見日本駐華大使。",
        "次月上旬的周一，中国外交部召见日本驻华大使。",
    ],
)
def test_a_weekday_of_a_part_of_the_next_month(code, line):
    """隔月上旬的週一 after a day of October: 1-10 November 2018 hold one Monday, the 5th."""
    body = "10 月 3 日，美国国防部长访问日本。\n\n" + line
    c = narrative(code, body, date(2019, 1, 20))
    assert dated(c, "CHN", "11") == [(date(2018, 11, 5), "day")]


def test_a_bare_day_after_the_next_months_part_lies_in_that_month(code):
    """次月中旬，…。18 日，…: the 18th of November, the month just told, not of October."""
    body = "10 月 3 日，美國副總統訪問日本。次月中旬，中共外交部召見日本駐華大使。18 日，王毅會見美國國務卿。"
    c = narrative(code, body, date(2019, 1, 20))
    assert dated(c, "CHN", "04") == [(date(2018, 11, 18), "day")]


def test_first_of_a_kind_before_a_moon_word_is_no_next_month(code):
    """首次月球…, 此次月昼: 次月 inside words, not a month (nor a frame for a later bare day)."""
    body = "10 月 3 日，嫦娥五号实现我国首次月球轨道交会对接。18 日，王毅会见美国国务卿。"
    c = narrative(code, body, date(2019, 1, 20))
    assert dated(c, "CHN", "04") == [(date(2018, 10, 18), "day")]
