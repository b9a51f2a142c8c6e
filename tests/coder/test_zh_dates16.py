"""Dates found by the dates batch 16 (eval/README.md, "The fifteenth dates batch", coder-dates16):
a chronology's month.day after a bullet, 民國 years of two digits, 本年, a year of two digits,
festivals of a fixed day (圣诞节次日, 元旦当天, 元宵节), a digression's background day (曾, a dash
aside) and a visit told from its first day (16 日起访问). Sentences of our own, not the batch's."""

from datetime import date

import pytest

from tests.coder.test_zh_dates11 import dated, narrative


@pytest.mark.parametrize(
    "line",
    [
        "◆ 6.17　李克强抵达伦敦，对英国进行正式访问。",
        "6.17　李克强抵达伦敦，对英国进行正式访问。",
        "▲ 6/17　李克强抵达伦敦，对英国进行正式访问。",
    ],
)
def test_a_chronology_line_opened_by_month_and_day(code, line):
    """4.20 (or a bullet before 4/20) opening a list's line is its act's day: the act was
    dropped as told with no date (a narrative's heading year dates none)."""
    c = narrative(code, f"一、大事记\n\n{line}\n", date(2015, 1, 20), "第二章　2014 年中国外交")
    assert dated(c, "CHN", "04") == [(date(2014, 6, 17), "day")]


def test_a_number_with_decimals_opening_a_line_is_no_date(code):
    """4.20 亿美元: a line opening with an amount names no day."""
    c = narrative(code, "一、援助\n\n4.20 亿美元的援助由中方提供给老挝。\n", date(2015, 1, 20),
                  "第二章　2014 年中国外交")  # fmt: skip
    assert all(d.day.month != 4 or d.day.day != 20 for d in c.dates)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("海基會董事長江丙坤民國 97 年 11 月 4 日在臺北與陳雲林簽署四項協議。", date(2008, 11, 4)),
        ("海基會與海協會民國 99 年 12 月在臺北簽署醫藥衛生合作協議。", date(2010, 12, 1)),
    ],
)
def test_a_roc_year_of_two_digits(code, text, day):
    """民國 97 年 11 月 4 日 is 2008 (only years of three digits were read: the day was put in
    the year nearest the document's)."""
    c = code(text, date(2012, 3, 31))
    assert [d for d, _ in dated(c, "TWN", "05")] == [day]


def test_ben_nian_is_the_year_of_the_writing(code):
    """本年 2 月 11 日 in a chapter written in April 2014 that told 2013 until then: 2014 (本年
    was not read, and the bare day took the story's year)."""
    body = "壹、回顧\n\n習近平 10 月 6 日在峇里島會見蕭萬長。\n\n貳、近況\n\n本年 3 月 2 日，王毅與美國國務卿會談。"
    c = narrative(code, body, date(2014, 4, 10), "第五章　民國 102 年至 103 年第一季中共外交")
    assert dated(c, "CHN", "04")[-1] == (date(2014, 3, 2), "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("两国关系的转折始于 12 年 9 月日本政府宣布购岛之后，中方 14 年 11 月同日方会谈。",
         (date(2014, 11, 1), "month")),
        ("中方 14 年 11 月 10 日同日方会谈。", (date(2014, 11, 10), "day")),
    ],
)  # fmt: skip
def test_a_year_of_two_digits(code, text, expected):
    """14 年 11 月: this century's year, as prose shortens it (read as a bare 11 月 of the
    document's year)."""
    c = narrative(code, text, date(2016, 1, 20), "第二章　2015 年中国周边外交")
    assert dated(c, "CHN", "04") == [expected]


def test_a_count_of_years_and_months_is_no_date(code):
    """执政 13 年 5 个月 counts; 第 13 年 5 月 neither."""
    c = code("他执政 13 年 5 个月后，于第 13 年 5 月卸任。", date(2016, 1, 20))
    assert all(d.day.year != 2013 for d in c.dates)


#: (sentence, the day it is written, the festival's day it names)
_FESTIVAL_DAYS = (
    ("美國國務卿聖誕節次日與王毅通電話。", date(2016, 12, 31), date(2016, 12, 26)),
    ("元旦當天，習近平與普丁互致賀電。", date(2017, 3, 31), date(2017, 1, 1)),
    ("元宵節前一天，日本外相在北京與王毅會談。", date(2015, 3, 31), date(2015, 3, 4)),
)


def test_a_festival_of_a_fixed_day(code):
    """圣诞节次日, 元旦当天, 元宵节前一天 (the lunar year's fifteenth day, 5 March 2015): days of
    the calendar (the act took the document's day)."""
    for text, written, day in _FESTIVAL_DAYS:
        assert {e.date for e in code(text, written).events} == {day}, text


def test_a_festivals_eve_in_news_of_its_week_is_no_date(code):
    """元旦前夕 in a broadcast of 30 December: the broadcast's own day, not last year's month."""
    c = code("元旦前夕，国家主席习近平同俄罗斯总统普京互致新年贺电。", date(2016, 12, 30))
    assert {e.date for e in c.events} == {date(2016, 12, 30)}


def test_a_background_day_told_with_ceng_dates_no_later_act(code):
    """10 月 2 日…。雅加达 1 月 17 日曾因洪水…。习近平当天…: the 2nd (当天 took the flood's
    day)."""
    body = ("10 月 2 日，习近平抵达雅加达。马尼拉 8 月 20 日曾因暴雨宣布停工停课。习近平当天"
            "同印尼总统会谈。")  # fmt: skip
    c = narrative(code, body, date(2014, 1, 20), "第二章　2013 年中国外交")
    assert {d for d, _ in dated(c, "CHN", "04")} == {date(2013, 10, 2)}


def test_a_day_inside_a_dash_aside_dates_no_act_after_it(code):
    """6 月 8 日抵达…——…2014 年 5 月 20 日…签署的…——当天同…会谈: the talks of the 8th (they
    took the aside's day); the signing the aside recalls keeps its own."""
    body = ("普京 6 月 8 日抵达北京——北京是中俄友好的见证地，2014 年 5 月 20 日习近平在上海签署的"
            "天然气协议也在此落实——当天同习近平会谈。")  # fmt: skip
    c = narrative(code, body, date(2019, 1, 20))
    assert dated(c, "RUS", "04") == [(date(2018, 6, 8), "day")]
    assert dated(c, "CHN", "05") == [(date(2014, 5, 20), "day")]


_FROM_FIRST_DAY = (
    "李克强 6 月 16 日起访问英国，17 日同卡梅伦首相会谈。",
    "李克強 6 月 16 日起對英國進行正式訪問，17 日與卡麥隆首相會談。",
)


def test_a_visit_told_from_its_first_day_is_one_contact_from_then(code):
    """16 日起访问…，17 日…会谈: the visit, dated by its first day (the talks' day was kept),
    in either script."""
    for text in _FROM_FIRST_DAY:
        assert dated(code(text, date(2014, 6, 30)), "CHN", "04") == [(date(2014, 6, 16), "day")]


def test_a_measure_from_a_day_is_no_visit(code):
    """自 16 日起对…加征关税，17 日…会谈: the talks keep their day."""
    c = code(
        "美方自 6 月 16 日起对中国商品加征关税，17 日两国代表在日内瓦会谈。", date(2014, 6, 30)
    )
    assert (date(2014, 6, 17), "day") in dated(c, "USA", "04")


def test_the_day_of_arrival_after_a_span_is_its_first(code):
    """5 月 11 日至 15 日访华，抵达当天…: the 11th, as 抵台翌日 counts from the arrival (the
    statement took the span's month)."""
    body = "越南国家主席 5 月 11 日至 15 日访华，抵达当天即同习近平会谈，双方发表联合声明。"
    c = narrative(code, body, date(2018, 1, 20), "第二章　2017 年中国外交")
    assert dated(c, "VNM", "05") == [(date(2017, 5, 11), "day")]


def test_one_stop_of_a_list_visit_told_by_its_day_and_place(code):
    """其中 22 日在波哥大同…会谈: the stop's one contact on the 22nd, the others on the span's
    first day (it was the span's for all, as 其中 15 日抵达吉隆坡 was before its rule); 27 日在
    国民议会演说 after an arrival on the 26th is a later day of one visit, which keeps the
    arrival's."""
    c = code("李克强 5 月 18 日至 26 日先后访问巴西、哥伦比亚、秘鲁和智利，其中 22 日在波哥大同桑托斯"
             "总统会谈。", date(2015, 6, 30))  # fmt: skip
    visits = {e.target_actor[:3]: e.date for e in c.events if e.root == "04"}
    assert visits["COL"] == date(2015, 5, 22)
    assert visits["BRA"] == visits["PER"] == date(2015, 5, 18)
    c = code("胡锦涛 1 月 26 日抵达巴黎，对法国进行国事访问，27 日在国民议会发表演说。",
             date(2004, 3, 31))  # fmt: skip
    assert dated(c, "CHN", "04") == [(date(2004, 1, 26), "day")]
