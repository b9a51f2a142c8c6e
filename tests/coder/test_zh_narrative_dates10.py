"""Narrative dates found by the twelfth dev batch (eval/README.md, coder-dates10: 2017-H1, a
weekly brief of 2024-08, 2020-12 to 2021-02, 2021-Q2, a chronology of 2024-Q1, 2018-2019): the
first day of a span told before (會晤首日, 開幕當天), a weekday that names a bracketed day again
(（30 日，周日）), and a date under an "Outlook" heading (五、展望) that is no look ahead."""

from datetime import date

import pytest


def narrative(code, heading: str, body: str, written: date):
    return code(f"{heading}\n\n{body}", written, genre="narrative")


def dated(c, source: str, root: str) -> list[tuple[date, str]]:
    """(date, precision) of the events of ``source`` (its country) with ``root``."""
    return [(e.date, e.date_precision) for e in c.events
            if (e.source_actor or "").startswith(source) and e.root == root]  # fmt: skip


FIRST_DAYS = [
    # the act of the sentence before told over a span of days: its first day
    ("4 月 6 日至 7 日，習近平赴美國與川普舉行首次會晤。會晤首日晚間，美軍以飛彈攻擊敘利亞空軍基地。",
     "USA", "19", date(2017, 4, 6)),
    # a forum told over a span in the same sentence: its opening day
    ("5 月 14 日至 15 日，高峰論壇在北京舉行，俄羅斯總統普丁出席，開幕當天與習近平會談。",
     "RUS", "04", date(2017, 5, 14)),
    ("5 月 14 日至 15 日，论坛在北京举行，普京出席开幕式当天同习近平会谈。", "RUS", "04", date(2017, 5, 14)),
    # an act of one day told before: that day
    ("4 月 6 日，習近平與川普舉行會晤。會晤首日晚間，美軍以飛彈攻擊敘利亞空軍基地。",
     "USA", "19", date(2017, 4, 6)),
]  # fmt: skip


@pytest.mark.parametrize(("body", "source", "root", "day"), FIRST_DAYS)
def test_the_first_day_of_an_act_told_before(code, body, source, root, day):
    c = narrative(code, "第二章　2017 年上半年的中共外交", body, date(2017, 7, 20))
    assert dated(c, source, root) == [(day, "day")]


def test_a_first_day_in_office_is_no_act_of_the_story(code):
    """上任首日 is no act the story told: the sentence keeps its own date."""
    body = "4 月 6 日至 7 日，習近平與川普會晤。7 月 3 日，新任總統上任首日即與習近平通電話。"
    c = narrative(code, "2017 年中共外交", body, date(2017, 8, 1))
    assert "首日" not in [c.norm[d.start : d.end] for d in c.dates]


@pytest.mark.parametrize("bracket", ["（30 日，周日）", "（30 日，星期日）", "（30 日, 周日）"])
def test_a_weekday_after_a_day_names_that_day_again(code, bracket):
    """Not the Sunday of the week the text is written in (2020-01-12)."""
    body = f"6 月 20 日至 21 日，习近平对朝鲜进行国事访问。9 天后{bracket}，特朗普在板门店同金正恩会面。"
    c = narrative(code, "第二章　中朝关系（2018—2019 年）", body, date(2020, 1, 15))
    assert dated(c, "USA", "04") == [(date(2019, 6, 30), "day")]


def test_a_bare_weekday_in_a_brief_is_still_of_its_week(code):
    """A weekday with no day before it is still read against the brief's own week."""
    c = code("國際情勢週報\n\n週一，王毅在北京與布林肯會談。", date(2024, 8, 30), genre="narrative")
    assert dated(c, "CHN", "04") == [(date(2024, 8, 26), "day")]


def test_a_date_under_an_outlook_heading_dates_its_act(code):
    """五、展望 on the line before: the announcement of 7 月 21 日 is the act's date, and the
    planned days are in July, not the month told before."""
    body = ("6 月 13 日，七国集团峰会公报批评中国。\n\n五、展望\n\n"
            "7 月 21 日，外交部宣布美国常务副国务卿舍曼将于 25 日至 26 日访问天津。")  # fmt: skip
    c = narrative(code, "第四章　2021 年第二季度的中国外交", body, date(2021, 7, 23))
    assert dated(c, "USA", "03") == [(date(2021, 7, 21), "day")]


def test_an_outlook_still_dates_no_act(code):
    """展望 right before a date in its own line still looks ahead."""
    body = "展望下半年，若美方继续施压，中方或将采取反制措施。"
    c = narrative(code, "2021 年中国外交", body, date(2021, 7, 23))
    assert not c.events or all(e.date != date(2021, 7, 1) for e in c.events)


# (body, (the act's first day, its precision)): probes of our own words after the batch
FROM_THE_STORY = [
    # a bare weekday goes on from the last day named, not the writer's week
    ("5 月 13 日（週一），美方宣布對中國電動車加徵關稅。週三，中共商務部表示堅決反對。",
     (date(2024, 5, 15), "day")),
    ("5 月 16 日，美方制裁中国企业。当周周五，中方表示坚决反对。", (date(2024, 5, 17), "day")),
    # a span of days with a dash, after a month told: that month
    ("王毅 3 月訪問美國，25-27 日與布林肯會談。中方表示堅決反對。", (date(2024, 3, 1), "month")),
    ("5 月 16 日，普京访华。20—22 日，美方制裁中国企业，中方表示坚决反对。", (date(2024, 5, 1), "month")),
    # a month and day in brackets after the act
    ("中方表示堅決反對美方制裁（5/16）。", (date(2024, 5, 16), "day")),
]  # fmt: skip


@pytest.mark.parametrize(("body", "told"), FROM_THE_STORY)
def test_dates_read_from_the_story(code, body, told):
    """Each reaction of China's is dated as the story tells it, once."""
    assert dated(narrative(code, "2024 年中共外交回顧", body, date(2025, 1, 20)), "CHN", "11") == [
        told
    ]


def test_the_day_after_a_span_with_a_dash(code):
    """次日 after 20—22 日 is the 23rd, as after 20 日至 22 日."""
    body = "5 月 16 日，普京访华。20—22 日，王毅访问俄罗斯。次日，中方表示坚决反对美方制裁。"
    c = narrative(code, "2024 年中国外交回顾", body, date(2025, 1, 20))
    assert set(dated(c, "CHN", "11")) == {(date(2024, 5, 23), "day")}


def test_a_fraction_in_brackets_is_no_date(code):
    """（1/3）: a share, not 3 January."""
    c = narrative(code, "2024 年中国外交回顾", "中方占其出口（1/3 以上）。", date(2025, 1, 20))
    assert not c.dates or all(d.day.month != 1 or d.day.day != 3 for d in c.dates)


def test_years_ago_in_a_narrative_count_from_the_year_told(code):
    """一年前 after a day of 2023 in a chapter written in 2024: 2022, not the sentence before's."""
    body = "11 月 15 日，习近平同拜登在旧金山会晤。一年前，两国元首在巴厘岛会晤。"
    c = narrative(code, "第三章　2023 年中美关系", body, date(2024, 1, 20))
    assert sorted(dated(c, "CHN", "04")) == [
        (date(2022, 1, 1), "year"),
        (date(2023, 11, 15), "day"),
    ]


def test_years_ago_in_news_count_from_the_document(code):
    """5 年前 in a news item: so many years before the document's date, as before."""
    c = code("习近平表示，5 年前他对波兰进行国事访问。", date(2021, 6, 10))
    assert [d.day for d in c.dates if d.precision == "year"] == [date(2016, 1, 1)]


def test_the_day_of_the_return_is_the_last_day_of_the_journey(code):
    """回国当天 after a visit of three days: its last day, not the span's month."""
    body = "3 月 20 日至 22 日，习近平对俄罗斯进行国事访问。回国当天，王毅同布林肯通电话。"
    c = narrative(code, "第三章　2023 年中国外交", body, date(2024, 1, 20))
    assert [(e.date, e.date_precision) for e in c.events if e.target_actor.startswith("USA")] == [
        (date(2023, 3, 22), "day")
    ]


@pytest.mark.parametrize(
    ("before", "told"),
    [
        ("此前一周", date(2023, 11, 30)),
        ("此前两天", date(2023, 12, 5)),
        ("此前一天", date(2023, 12, 6)),
    ],
)
def test_so_long_before_the_last_day_named(code, before, told):
    """此前一周 is a week before the summit told, an act of its own day, not a recalled one."""
    body = f"12 月 7 日，中欧领导人会晤在北京举行。{before}，欧盟宣布对中国企业实施制裁。"
    c = narrative(code, "第三章　2023 年中欧关系", body, date(2024, 1, 20))
    assert dated(c, "EEC", "16") == [(told, "day")]


@pytest.mark.parametrize("span", ["2 月底 3 月初", "2 月底至 3 月初"])
def test_a_span_across_two_months_is_dated_by_the_first(code, span):
    body = f"{span}，白俄罗斯总统卢卡申科访华。"
    c = narrative(code, "第三章　2023 年中欧关系", body, date(2024, 1, 20))
    assert dated(c, "BLR", "04") == [(date(2023, 2, 1), "month")]


@pytest.mark.parametrize(
    ("word", "told"), [("峰會前一天", date(2021, 12, 8)), ("峰會次日", date(2021, 12, 11))]
)
def test_an_acts_eve_counts_from_its_first_day_its_morrow_from_its_last(code, word, told):
    """A summit of two days: its eve is the day before the first, its morrow the day after the
    last (a sentence of the zh-Hant set, dated at the end of its quarter)."""
    text = f"12 月 9 日至 10 日美國舉辦民主峰會，中共外交部{word}發布報告，批評美國民主。"
    c = code(text, date(2021, 12, 31))
    assert dated(c, "CHN", "11") == [(told, "day")]
