"""Dates of analysts' constructions, the third pass over the dev date errors (eval/README.md,
"Dev date errors by construction, third time", coder-dates24): a lunar new year's day under a
heading's years, and 上月 in a paragraph told from the writer's own time. Sentences of our own,
not the gold's."""

from datetime import date

import pytest

from tests.coder.test_zh_dates11 import dated, narrative

_CHRONOLOGY = (
    "壹、大事紀要\n\n"
    "2013.03.22　習近平抵達莫斯科，與普丁會談。\n"
    "2013.10.06　習近平在峇里島會見印尼總統尤多約諾。\n\n"
    "貳、朝鮮半島\n\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "正月初五，中共外交部長王毅在北京會見北韓外相。",
        "正月初五，中国外交部长王毅在北京会见朝鲜外相。",
    ],
)
def test_a_lunar_day_opening_a_section_stays_in_the_headings_year(code, line):
    """After a chronology that reached October, 正月初五 in a chapter on 2013 is February 2013
    (the festival fell on the 10th), as a bare 2 月 14 日 would be, not February 2014."""
    c = narrative(code, _CHRONOLOGY + line, date(2014, 4, 20), "第五章　2013 年中共對外關係")
    assert dated(c, "CHN", "04") == [
        (date(2013, 3, 22), "day"),
        (date(2013, 10, 6), "day"),
        (date(2013, 2, 14), "day"),
    ]


def test_a_lunar_day_goes_forward_inside_a_frame_of_two_years(code):
    """Under 2013 年至 2014 年 the next festival after November 2013 is in the frame: 2014's."""
    body = "11 月 8 日，習近平會見美國國務卿。春節當天，王毅會見北韓外相。"
    c = narrative(code, body, date(2014, 4, 20), "第五章　2013 年至 2014 年中共對外關係")
    assert dated(c, "CHN", "04")[-1] == (date(2014, 1, 31), "day")


@pytest.mark.parametrize(
    ("heading", "when"),
    [
        # no year in the heading: forward from the date told, as before
        ("第五章　中共對外關係", date(2014, 1, 31)),
        # a chapter on the second half: a festival before July is the next year's
        ("第五章　2013 年下半年中共對外關係", date(2014, 1, 31)),
    ],
)
def test_a_lunar_day_outside_a_frame_goes_forward(code, heading, when):
    body = "11 月 8 日，習近平會見美國國務卿。春節當天，王毅會見北韓外相。"
    c = narrative(code, body, date(2014, 4, 20), heading)
    assert dated(c, "CHN", "04")[-1] == (when, "day")


@pytest.mark.parametrize(
    "body",
    [
        "本年 1 月 8 日，金正恩訪問北京，與習近平會談。上月 22 日，義大利總理孔蒂與習近平會談。",
        "今年 1 月 8 日，金正恩访问北京，同习近平会谈。上月 22 日，意大利总理孔特同习近平会谈。",
        "1 月 8 日，金正恩訪問北京，與習近平會談。上月 22 日，義大利總理孔蒂與習近平會談。"
        "本月 2 日，王毅會見美國國務卿。",
    ],
)
def test_last_month_in_a_paragraph_told_from_the_writers_time(code, body):
    """本年, 今年 or 本月 in the paragraph: 上月 is the month before the writing (March 2019),
    not the month before the one told (December 2018)."""
    c = narrative(code, body, date(2019, 4, 15), "第五章　2019 年第一季中共對外關係")
    assert dated(c, "ITA", "04") == [(date(2019, 3, 22), "day")]


@pytest.mark.parametrize(
    ("body", "when"),
    [
        # a chronology's line: the month before the one told
        ("12 月 7 日　美國國務院宣布制裁 14 名官員，理由是北京上月通過有關香港的決定。\n"
        "上月 22 日，義大利總理孔蒂與習近平會談。", date(2018, 11, 22)),
        # 本月 in another paragraph does not reach this one
        ("1 月 8 日，金正恩訪問北京，與習近平會談。上月 22 日，義大利總理孔蒂與習近平會談。\n\n"
         "本月 2 日，王毅會見美國國務卿。", date(2018, 12, 22)),
    ],
)  # fmt: skip
def test_last_month_in_a_story_counts_from_the_month_told(code, body, when):
    c = narrative(code, body, date(2019, 4, 15), "第五章　中共對外關係")
    assert dated(c, "ITA", "04") == [(when, "day")]


@pytest.mark.parametrize(
    ("body", "when"),
    [
        ("10 月 11 日至 12 日，習近平與莫迪在清奈舉行非正式會晤。前一日，巴基斯坦總理訪問北京，"
         "與習近平會談。", date(2019, 10, 10)),
        ("10 月 11 日至 12 日，习近平同莫迪在金奈举行非正式会晤。此前一天，巴基斯坦总理访问北京，"
         "同习近平会谈。", date(2019, 10, 10)),
        # after one day: the day before it, as before
        ("10 月 12 日，習近平與莫迪在清奈舉行非正式會晤。前一日，巴基斯坦總理訪問北京，"
         "與習近平會談。", date(2019, 10, 11)),
    ],
)  # fmt: skip
def test_the_eve_of_an_act_told_by_its_span(code, body, when):
    """前一日 after a span of days is the eve of its first day, not a day inside the span."""
    c = narrative(code, body, date(2020, 1, 20), "第二章　2019 年中印關係")
    assert dated(c, "PAK", "04") == [(when, "day")]


@pytest.mark.parametrize(
    "body",
    [
        "3 月 18 日至 19 日，中美高层战略对话在安克雷奇举行。对话首日，布林肯在开场白中指责中方。",
        "3 月 18 日至 19 日，美中高層戰略對話在安克拉治舉行。對話首日，布林肯在開場白中指責中共。",
        "3 月 18 日至 19 日，中美在华盛顿举行经贸谈判。谈判首日，美方指责中方。",
    ],
)
def test_the_first_day_of_talks_told_by_their_span(code, body):
    """对话首日, 谈判首日: the span's first day, as 会谈首日 is, not its month."""
    c = narrative(code, body, date(2022, 1, 20), "第三章　2021 年中国外交")
    assert dated(c, "USA", "11") == [(date(2021, 3, 18), "day")]


@pytest.mark.parametrize(
    ("body", "source", "root", "when"),
    [
        ("六月，巴拿马同台湾“断交”，并于 13 日同中国建交。", "PAN", "05", (date(2017, 6, 13), "day")),
        ("十一月間，川普訪問北京，與習近平會談。", "USA", "04", (date(2017, 11, 1), "month")),
        ("九月份，王毅訪問德國，與德國外長會談。", "CHN", "04", (date(2017, 9, 1), "month")),
    ],
)  # fmt: skip
def test_a_month_in_numerals_opening_a_clause(code, body, source, root, when):
    """六月，… is a month of the year told, as 6 月，… is: its bare days are of June, not of
    the writing's month (13 日 in a review written in January 2018 was read as 13 January)."""
    c = narrative(code, body, date(2018, 1, 20), "第三章　2017 年中国外交")
    assert dated(c, source, root) == [when]


def test_a_month_in_numerals_inside_a_name_is_no_date(code):
    """十月革命, 五月花 stand before no comma: no month is read."""
    body = "王毅会见俄罗斯外长，双方谈及十月革命与五月花号。"
    c = narrative(code, body, date(2018, 1, 20), "第三章　2017 年中国外交")
    assert all(d.precision != "month" for d in c.dates)


@pytest.mark.parametrize(
    ("body", "when"),
    [
        ("非洲峰會 12 月初舉行前，習近平先赴辛巴威訪問，並於週二與穆加貝總統會談。",
         (date(2015, 12, 1), "day")),
        ("12 月初，习近平访问津巴布韦，周四同穆加贝总统会谈。", (date(2015, 12, 3), "day")),
        # the one Tuesday of the last seven days
        ("12 月底，習近平訪問辛巴威，週二與穆加貝總統會談。", (date(2015, 12, 29), "day")),
        # a 旬 of ten days: which Tuesday is not told, its month
        ("12 月中旬，习近平访问津巴布韦，周二同穆加贝总统会谈。", (date(2015, 12, 1), "month")),
    ],
)  # fmt: skip
def test_a_weekday_after_a_month_told_in_its_sentence(code, body, when):
    """Not the writing's week (19 January 2016): the one such weekday in the seven days named."""
    c = narrative(code, body, date(2016, 1, 20), "第三章　2015 年中国外交")
    assert dated(c, "CHN", "04") == [when]


def test_a_weekday_after_a_month_told_in_a_news_sentence(code):
    """Read as news (the sentence sets), 12 月初…週二 is still the month's first Tuesday."""
    c = code(
        "峰會 12 月初舉行前，習近平先赴辛巴威訪問，並於週二與穆加貝總統會談。", date(2015, 12, 31)
    )
    assert dated(c, "CHN", "04") == [(date(2015, 12, 1), "day")]


def test_a_weekday_after_this_months_start_is_of_the_writers_week(code):
    """本月初 is the writer's own month: a 周二 after it is the week's, as before."""
    c = code("美方本月初宣布对华加征关税，周二中方宣布对美反制。", date(2019, 12, 20))
    assert all(d.day != date(2019, 12, 3) for d in c.dates)
