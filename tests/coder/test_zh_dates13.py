"""Dates found by the dates batch 13 (eval/README.md, coder-dates13: 2021-H2, 民國 114 年第二季
and single zh-Hant sentences): a year's word told with 年底 (去年年底, 翌年年底), a month in
Chinese numerals with a part of it (九月上旬), the evening before (前一晚), and weekdays told
after a day that lies weeks before the writing (下週一, 上週五, a bare 週四 in its sentence, a
weekday after a month named since that day)."""

from datetime import date

import pytest

from tests.coder.test_zh_dates11 import dated, narrative


@pytest.mark.parametrize(
    ("text", "written", "expected"),
    [
        ("澳大利亚去年年底宣布对中国企业实施制裁。", date(2022, 3, 31), date(2021, 12, 1)),
        ("美国今年年初宣布对中国企业实施制裁。", date(2022, 9, 30), date(2022, 1, 1)),
        ("美國前年年底宣布對中國大陸企業實施制裁。", date(2022, 9, 30), date(2020, 12, 1)),
    ],
)
def test_a_year_named_relatively_with_its_end_told_again(code, text, written, expected):
    """去年年底 is December of last year, as 去年底 is, not the year at large (1 January)."""
    assert dated(code(text, written), "", "16") == [(expected, "month")]


@pytest.mark.parametrize(("part", "month"), [("上旬", 9), ("中旬", 11), ("底", 12), ("初", 3)])
def test_a_month_in_chinese_numerals_with_its_part(code, part, month):
    """九月上旬, 十一月中旬: a month, as 9 月上旬 is (it was not read, or 月中 was read alone as
    the month told last)."""
    names = {9: "九", 11: "十一", 12: "十二", 3: "三"}
    body = f"5 月 3 日，王毅会见美国国务卿。{names[month]}月{part}，习近平同美国总统通电话。"
    c = narrative(code, body, date(2020, 3, 20), heading="第三章　2019 年中国外交")
    assert dated(c, "CHN", "04")[-1] == (date(2019, month, 1), "month")


@pytest.mark.parametrize(
    "text",
    [
        "習近平 4 月 26 日在北京會見美國國務卿。前一晚，美國國務卿與王毅舉行會談。",
        "习近平 4 月 26 日在北京会见美国国务卿。会见前一晚，美国国务卿同王毅举行会谈。",
    ],
)
def test_the_evening_before(code, text):
    """前一晚 is the day before the last day named (it was not read: the 26th)."""
    c = code(text, date(2024, 6, 30))
    assert sorted(dated(c, "", "04")) == [(date(2024, 4, 25), "day"), (date(2024, 4, 26), "day")]


def test_the_evening_after(code):
    c = code(
        "杨洁篪 3 月 18 日在安克雷奇会见美国国务卿。翌晚，王毅同美国国务卿再次会谈。",
        date(2021, 6, 30),
    )
    assert sorted(dated(c, "CHN", "04")) == [(date(2021, 3, 18), "day"), (date(2021, 3, 19), "day")]


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # a span ending on a Sunday: the Monday after it
        (
            "王毅 5 月 10 日至 11 日在日內瓦與美國國務卿會談，下週一雙方發表聯合聲明。",
            "05",
            date(2025, 5, 12),
        ),
        # a bare weekday after a Monday named in the sentence: that week's Thursday
        (
            "美國 5 月 19 日（週一）宣布對中國大陸企業實施制裁，中共外交部週四召見美國駐華大使提出嚴正交涉。",
            "11",
            date(2025, 5, 22),
        ),
        ("美國 5 月 19 日宣布制裁中國企業，中國次週二宣布制裁美國企業。", "16", date(2025, 5, 27)),
    ],
)
def test_a_weekday_after_a_day_weeks_before_the_writing(code, text, root, expected):
    """In a sentence that names a day weeks before it was written, a weekday goes on from that
    day (it was read in the week of the writing: the end of June)."""
    c = code(text, date(2025, 6, 30))
    assert dated(c, "CHN", root) == [(expected, "day")]


def test_last_friday_in_a_story_is_before_the_day_told(code):
    """上週五 in a narrative written weeks later: the Friday of the week before the last day
    named (6 月 5 日, a Thursday: 30 May), not of the week before the writing."""
    body = "6 月 5 日，習近平應約與美國總統通電話。上週五，美國總統指控中共違反協議。"
    c = narrative(code, body, date(2025, 7, 15), heading="第二章　民國 114 年第二季")
    assert dated(c, "USA", "11") == [(date(2025, 5, 30), "day")]


def test_a_weekday_in_a_month_named_since_the_day_told(code):
    """11 月中旬的一个周二: a Tuesday of that part of November (its month), not the Tuesday after
    the last day named (6 October)."""
    body = "10 月 6 日，杨洁篪同美国总统国家安全事务助理会晤。\n\n11 月中旬的一个周二，习近平同美国总统举行视频会晤。"
    c = narrative(code, body, date(2022, 3, 20), heading="第四章　2021 年下半年的中国外交")
    assert dated(c, "CHN", "04")[-1] == (date(2021, 11, 1), "month")


@pytest.mark.parametrize(
    "heading", ["3 月 22 日", "【3 月 22 日】", "◎ 3 月 22 日（週一）", "3/22（一）"]
)
def test_an_entry_under_a_chronology_s_date_line(code, heading):
    """A chronology's day standing alone on the line above dates the entry's acts (they were
    dropped as told with no date: the line is a heading, its own paragraph); a section's year
    (二、2021 年) dates none."""
    body = f"1 月 5 日，美方宣布制裁中國大陸企業。\n\n{heading}\n歐盟宣布制裁中國大陸官員。"
    c = narrative(code, body, date(2021, 6, 30), heading="第二章　2021 年中美關係")
    assert dated(c, "EEC", "16") == [(date(2021, 3, 22), "day")]
    c = narrative(
        code, body.replace(heading, "二、2021 年"), date(2021, 6, 30), heading="第二章　中美關係"
    )
    assert dated(c, "EEC", "16") == []


#: (chapter heading, what is told first, the word, when written, the sanction's doer, its date)
_TOLD_AFTER = [
    # the year before (after) the one told, with its month: 上年 12 月, 第二年 3 月 (the year
    # told was read); a year and month in Chinese numerals (it was not read); 上半月
    (
        "2018 年中美关系",
        "3 月 5 日，美方宣布对中国加征关税。",
        "上年 12 月",
        2020,
        "美方",
        (2017, 12, 1),
    ),
    (
        "2018 年中美关系",
        "3 月 5 日，美方宣布对中国加征关税。",
        "第二年 3 月",
        2020,
        "美方",
        (2019, 3, 1),
    ),
    (
        "2018 年中美关系",
        "3 月 5 日，美方宣布对中国加征关税。",
        "二〇一八年十月",
        2020,
        "美方",
        (2018, 10, 1),
    ),
    (
        "2018 年中美关系",
        "3 月 5 日，美方宣布对中国加征关税。",
        "下半月",
        2020,
        "欧盟",  # (another doer: the same doer's act in March would be the day's told again)
        (2018, 3, 1),
    ),
    # the end (start) of the year after (before) the one told, not that year at large
    (
        "2018 年中美关系",
        "3 月 5 日，美方宣布对中国加征关税。",
        "翌年年底",
        2020,
        "美方",
        (2019, 12, 1),
    ),
    (
        "2018 年中美关系",
        "3 月 5 日，美方宣布对中国加征关税。",
        "次年初",
        2020,
        "美方",
        (2019, 1, 1),
    ),
    (
        "2018 年中美关系",
        "3 月 5 日，美方宣布对中国加征关税。",
        "前一年底",
        2020,
        "美方",
        (2017, 12, 1),
    ),
    # a weekday whose week is named in full: of the week after (before) the day told, not the
    # bare 周四 read (the 18th)
    (
        "2021 年中美关系",
        "3 月 18 日（周四），杨洁篪同美国国务卿会谈。",
        "次周周四",
        2021,
        "欧盟",
        (2021, 3, 25),
    ),
    (
        "2021 年中美关系",
        "3 月 18 日（周四），杨洁篪同美国国务卿会谈。",
        "下周的周四",
        2021,
        "欧盟",
        (2021, 3, 25),
    ),
    (
        "2021 年中美关系",
        "3 月 18 日（周四），杨洁篪同美国国务卿会谈。",
        "上周周五",
        2021,
        "欧盟",
        (2021, 3, 12),
    ),
]


def test_words_counted_from_the_day_told(code):
    for heading, opening, word, written, doer, day in _TOLD_AFTER:
        body = f"{opening}{word}，{doer}宣布对中国企业实施制裁。"
        c = narrative(code, body, date(written, 6, 30), heading=f"第二章　{heading}")
        precision = "month" if word.endswith(("底", "初", "月")) else "day"
        assert dated(c, "USA" if doer == "美方" else "EEC", "16")[-1] == (date(*day), precision), (
            word
        )


def test_a_span_whose_first_day_leaves_out_its_word(code):
    """20至22日 is a span as 20—22日 is: its first day in news (it was read as the span's end
    only, which dates no act: the broadcast's day); 1至2日内 stays a length."""
    c = code("国家主席习近平20至22日对俄罗斯进行国事访问。", date(2023, 3, 23))
    assert dated(c, "CHN", "04") == [(date(2023, 3, 20), "day")]
    c = code("美方须在1至2日内答复。中方23日宣布对美国企业实施制裁。", date(2023, 3, 24))
    assert dated(c, "CHN", "16") == [(date(2023, 3, 23), "day")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2018年年底，美国宣布对中国企业实施制裁。", date(2018, 12, 1)),
        ("2019 年年初，美國宣布對中國企業實施制裁。", date(2019, 1, 1)),
    ],
)
def test_a_year_of_four_digits_with_its_end_told_again(code, text, expected):
    """2018年年底 (review-zh27's probe) is December 2018, as 2018年底 and 去年年底 are, not
    the year at large."""
    assert dated(code(text, date(2022, 3, 31)), "", "16") == [(expected, "month")]
