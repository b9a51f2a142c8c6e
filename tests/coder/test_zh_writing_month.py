"""Dates a brief reads against the day it is written (the seventh prose dev batch,
eval/README.md): 本月 1 日 is a day of the writer's month even after a story has told another
month, and a measure's start after 宣布， (a comma between) dates no act."""

from datetime import date

from dipwatch.coder.dates import find_dates
from tests.coder.conftest import countries

BRIEF = date(2019, 7, 10)


def days(text: str, written: date = BRIEF, genre: str = "narrative") -> list[tuple[str, str]]:
    return [(m.day.isoformat(), m.precision) for m in find_dates(text, written, genre=genre)]


def dated(c) -> list[tuple[str, str, str, str]]:
    return [(e.date.isoformat(), *k) for e, k in zip(c.events, countries(c), strict=True)]


def test_a_day_of_this_month_is_the_writers_month_after_a_story_of_last_month():
    got = days("上(6)月20日，…。29日，…。本月1日，…。次日，…。8日，…")
    assert got[2:] == [("2019-07-01", "day"), ("2019-07-02", "day"), ("2019-07-08", "day")]


def test_this_month_alone_is_the_writers_month_in_a_story_too():
    assert days("6月20日，…。本月，…") == [("2019-06-20", "day"), ("2019-07-01", "month")]


def test_last_month_in_a_story_still_counts_from_the_month_told():
    assert days("11月3日，…以回应美方上月的…", written=date(2024, 1, 20))[-1] == (
        "2023-10-01",
        "month",
    )


def test_a_measures_start_after_an_announcement_and_a_comma_dates_no_act(code):
    text = (
        "川普 2 月 1 日簽署行政命令，對中國輸美商品加徵 10% 關稅，4 日生效。"
        "中共國務院關稅稅則委員會同日宣布，自 10 日起對美國煤炭加徵 15% 關稅。"
    )
    got = dated(code(text, date(2025, 4, 15), genre="narrative"))
    assert ("2025-02-04", "CHN", "16", "USA") in got
    assert ("2025-02-10", "CHN", "16", "USA") not in got


def test_a_weekday_with_its_day_in_brackets_is_that_weekday_after_a_month_recalled():
    got = days("今(2024)年5月，…。上周四(10日)，…。翌(11)日，…", written=date(2024, 10, 16))
    assert got[1:] == [("2024-10-10", "day"), ("2024-10-11", "day")]
