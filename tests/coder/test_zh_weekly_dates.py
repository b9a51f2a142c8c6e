"""Dates of a Taiwanese weekly brief (the sixth prose dev batch, eval/README.md): the press's
bracketed days (昨（25）日, 隔（8）日, 同（5）月 24 日) and weekdays (本週一, 上週五, 週三),
read against the brief's own date; and a quarter named bare (一季度, 第三季度), which names no
one month of the year told."""

from datetime import date

from dipwatch.coder.dates import find_dates
from tests.coder.conftest import countries

BRIEF = date(2025, 11, 26)  # a Wednesday


def days(text: str, written: date = BRIEF, genre: str = "narrative") -> list[tuple[str, str]]:
    return [(m.day.isoformat(), m.precision) for m in find_dates(text, written, genre=genre)]


def dated(c) -> list[tuple[str, str, str, str]]:
    return [(e.date.isoformat(), *k) for e, k in zip(c.events, countries(c), strict=True)]


def test_yesterday_with_its_day_in_brackets_is_the_day_before_the_brief():
    assert days("昨(25)日，美方与日方通电话") == [("2025-11-25", "day")]
    assert days("前(24)日与今(26)日") == [("2025-11-24", "day"), ("2025-11-26", "day")]


def test_a_bracketed_day_that_does_not_fit_yesterday_is_read_as_a_bare_day():
    # 昨（3）日 in a brief dated the 26th is a slip: the 3rd of the month being told
    assert days("11月2日，…。昨(3)日，…") == [("2025-11-02", "day"), ("2025-11-03", "day")]


def test_the_next_day_in_brackets_follows_the_month_told():
    assert days("本(11)月7日，…；隔(8)日，…") == [("2025-11-07", "day"), ("2025-11-08", "day")]


def test_the_same_month_in_brackets_with_a_day_dates_that_day():
    got = days("107年5月1日，…。同(5)月24日，…", written=date(2018, 7, 20))
    assert got == [("2018-05-01", "day"), ("2018-05-24", "day")]
    assert days("同(5)月，…", written=date(2018, 7, 20)) == [("2018-05-01", "month")]


def test_weekdays_count_from_the_brief_s_own_week():
    assert days("本周一，…") == [("2025-11-24", "day")]
    assert days("上周五，…") == [("2025-11-21", "day")]
    assert days("周三，…") == [("2025-11-26", "day")]
    assert days("周四，…") == [("2025-11-20", "day")]  # not the day after the brief
    assert days("上个星期天，…") == [("2025-11-23", "day")]  # a week ends on Sunday


def test_a_weekday_beside_its_own_day_or_inside_a_count_is_no_date_of_its_own():
    assert days("上周三(19日)，…") == [("2025-11-19", "day")]
    assert days("11月3日(周一)，…") == [("2025-11-03", "day")]
    assert days("每周一举行例会，一周一次") == []


def test_a_call_told_on_this_weeks_monday_is_coded_on_that_day(code):
    text = "本週一，習近平應約與美國總統川普通電話。昨（25）日，川普亦與日本首相高市早苗通電話。"
    got = dated(code(text, BRIEF, genre="narrative"))
    assert ("2025-11-24", "CHN", "04", "USA") in got
    assert ("2025-11-25", "USA", "04", "JPN") in got


def test_a_protest_told_as_immediate_takes_the_bracketed_day_before_it(code):
    text = ("日本首相本（11）月 7 日在國會答詢。中共駐大阪總領事隔（8）日發文攻擊，"
            "日方隨即向中方提出抗議。")  # fmt: skip
    got = dated(code(text, BRIEF, genre="narrative"))
    assert ("2025-11-08", "JPN", "11", "CHN") in got


def test_a_year_in_brackets_is_read_as_written_in_either_calendar():
    written = date(2023, 6, 30)
    assert days("去(2021)年11月16日，…", written) == [("2021-11-16", "day")]
    assert days("今(112)年3月，…", written) == [("2023-03-01", "month")]
    assert days("去(110)年，…", written) == [("2021-01-01", "year")]


def test_a_bracketed_year_frames_the_bare_days_after_it():
    got = days("去(110)年，中共對立陶宛施壓。11月18日，…", date(2023, 6, 30))
    assert got == [("2021-01-01", "year"), ("2021-11-18", "day")]


def test_a_bare_quarter_is_the_year_told_at_year_precision():
    got = days("2023年3月5日，…。第三季度，…", date(2024, 1, 20))
    assert got == [("2023-03-05", "day"), ("2023-01-01", "year")]
    assert days("首季度，…", date(2024, 1, 20), genre="news") == []  # no year told in news
    assert days("2023年3月5日，…。第 3 季，…", date(2024, 1, 20))[1] == ("2023-01-01", "year")
    assert days("2023年3月5日，…。一年四季，…", date(2024, 1, 20)) == [("2023-03-05", "day")]
    # a quarter looked ahead to names no time of an act told
    assert days("2023年3月5日，…。展望第四季，…", date(2024, 1, 20)) == [("2023-03-05", "day")]


def test_a_few_days_ago_in_a_brief_is_its_writing_day_not_the_last_day_told(code):
    text = "13 日，中共外交部召見日本大使。日前，日本外務省向中方提出抗議。"
    got = dated(code(text, BRIEF, genre="narrative"))
    assert ("2025-11-26", "JPN", "11", "CHN") in got
