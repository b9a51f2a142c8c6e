"""Dates of analysts' prose met in the fifth dev batch of prose (eval/README.md, the batch for
dates): a chronology's month headings in Chinese numerals frame the bare days listed under
them, and a season dates an act at the precision it has, its year."""

from datetime import date

from tests.coder.conftest import countries


def dated(c) -> list[tuple[str, str, str, str, str]]:
    return [(e.date.isoformat(), e.date_precision, *k)
            for e, k in zip(c.events, countries(c), strict=True)]  # fmt: skip


CHRONOLOGY = ("第三章　2016 年第二季兩岸大事紀\n\n"
              "四月\n\n"
              "12 日　肯亞將 45 名臺灣籍詐騙嫌犯遣送中國大陸。\n\n"
              "（二）五月份\n\n"
              "3 日至 5 日　王毅訪問加拿大。\n\n"
              "六月\n\n"
              "6 日　中美戰略與經濟對話在北京舉行。\n\n"
              "翌日　中共外交部批評日本。")  # fmt: skip


def test_a_month_heading_in_chinese_numerals_frames_the_days_listed_under_it(code):
    expected = {
        ("2016-05-01", "month", "CHN", "04", "CAN"),
        ("2016-06-07", "day", "CHN", "11", "JPN"),
    }
    assert expected <= set(dated(code(CHRONOLOGY, date(2016, 7, 25), genre="narrative")))


def test_a_month_heading_is_only_a_line_of_its_own(code):
    october = "第一章　2017 年大事紀\n\n十月革命一百週年，俄方舉行紀念活動。"
    assert {d.precision for d in code(october, date(2018, 1, 20), genre="narrative").dates} == {
        "year"
    }


def test_a_season_dates_its_act_by_the_year_told_not_by_the_day_before_it(code):
    text = ("第一章　2019 年中國外交\n\n"
            "6 月 5 日，習近平同普京會談。秋季，王毅訪問法國。")  # fmt: skip
    got = dated(code(text, date(2020, 1, 20), genre="narrative"))
    assert ("2019-01-01", "year", "CHN", "04", "FRA") in got
    assert ("2019-06-05", "day", "CHN", "04", "FRA") not in got


def test_a_season_named_with_its_year_and_a_season_that_is_no_date(code):
    got = dated(code("去年春天，王毅訪問法國。", date(2020, 3, 31)))
    assert ("2019-01-01", "year", "CHN", "04", "FRA") in got
    c = code("俄軍發動春季攻勢。", date(2020, 3, 31))
    assert not c.dates


def test_a_month_the_chapters_year_cannot_hold_yet_is_of_the_year_before(code):
    text = ("第二章　2023 年上半年中共外交\n\n"
            "3 月 10 日，王毅會見法國外長。前一年 12 月，習近平訪問沙烏地阿拉伯。")  # fmt: skip
    got = dated(code(text, date(2023, 7, 20), genre="narrative"))
    assert ("2022-12-01", "month", "CHN", "04", "SAU") in got


def test_a_day_of_the_month_after_the_one_told_is_in_that_month(code):
    text = ("第二章　2023 年第一季中共外交\n\n"
            "2 月 24 日，中共發布烏克蘭問題立場文件。次月 20 日，習近平抵達莫斯科訪問俄羅斯。")  # fmt: skip
    got = dated(code(text, date(2023, 4, 20), genre="narrative"))
    assert ("2023-03-20", "day", "CHN", "04", "RUS") in got


def test_a_day_of_last_month_in_a_broadcast_is_in_the_month_before_it(code):
    c = code("美国商务部上月 5 日宣布对中国企业实施出口管制。", date(2021, 12, 20))
    assert [(d.day.isoformat(), d.precision) for d in c.dates] == [("2021-11-05", "day")]


def test_last_month_in_a_narrative_counts_from_the_month_told(code):
    text = "第一章　2019 年中國外交\n\n10 月 20 日，王毅會見法國外長。上月，王毅訪問德國。"
    got = dated(code(text, date(2020, 1, 20), genre="narrative"))
    assert ("2019-09-01", "month", "CHN", "04", "DEU") in got


def test_a_half_of_the_year_dates_its_act_by_the_year_told(code):
    text = "第二章　2022 年中共外交\n\n3 月 10 日，王毅會見法國外長。下半年，王毅訪問德國。"
    got = dated(code(text, date(2023, 1, 20), genre="narrative"))
    assert ("2022-01-01", "year", "CHN", "04", "DEU") in got


def test_a_period_the_analyst_looks_ahead_to_dates_no_act(code):
    c = code("第二章　2016 年第三季\n\n展望下半年，中共對南韓的經濟施壓可能擴大。", date(2016, 10, 20),
             genre="narrative")  # fmt: skip
    # (read as a span, or not as a date at all: either way it dates nothing)
    assert not [d for d in c.dates if c.norm[d.start : d.end] == "下半年" and not d.span]


def test_two_days_of_one_month_are_a_span_and_half_a_month_later_its_month(code):
    text = ("第二章　2022 年中共外交\n\n"
            "3 月 5、6 日，王毅訪問法國。3 月 20 日，王毅會見德國外長。半個月後，王毅訪問英國。")  # fmt: skip
    got = dated(code(text, date(2023, 1, 20), genre="narrative"))
    assert ("2022-03-01", "month", "CHN", "04", "FRA") in got
    assert ("2022-04-01", "month", "CHN", "04", "GBR") in got


def told(c) -> dict[str, str]:
    return {c.norm[d.start : d.end]: d.day.isoformat() for d in c.dates}


def test_a_year_opening_a_sentence_frames_the_days_after_it(code):
    text = ("第三章　中歐關係\n\n2019 年，中歐關係平穩。3 月 5 日，王毅訪問法國。"
            "2020 年，疫情爆發。1 月 20 日，王毅訪問德國。12 月 30 日，中歐完成投資協定談判。")  # fmt: skip
    assert told(code(text, date(2021, 2, 1), genre="narrative"))["12 月 30 日"] == "2020-12-30"


def test_last_year_opening_a_review_frames_its_days(code):
    text = ("第四章　中歐關係\n\n去年，中歐關係在波動中前行。1 月 17 日，李強在達沃斯會見馮德萊恩。"
            "12 月 7 日，中歐領導人會晤在北京舉行。")  # fmt: skip
    got = told(code(text, date(2024, 2, 10), genre="narrative"))
    assert (got["1 月 17 日"], got["12 月 7 日"]) == ("2023-01-17", "2023-12-07")


NUMERIC = ("3/10　中共外長王毅會見法國外長。", "3/20-22　習近平訪問俄羅斯。",
           "2023.4.5　馬克宏訪問中國。", "112/6/18　布林肯訪問中國。")  # fmt: skip


def test_numeric_dates_of_a_chronology_date_its_lines(code):
    c = code(
        "第三章　2023 年大事紀\n\n" + "\n\n".join(NUMERIC), date(2024, 1, 20), genre="narrative"
    )
    assert {("2023-03-10", "day", "CHN", "04", "FRA"), ("2023-03-01", "month", "CHN", "04", "RUS"),
            ("2023-04-05", "day", "FRA", "04", "CHN"), ("2023-06-18", "day", "USA", "04", "CHN")} <= set(dated(c))  # fmt: skip


def test_a_date_on_another_clock_in_brackets_does_not_date_the_act(code):
    text = "第三章　2023 年\n\n3 月 10 日晚間（臺北時間 11 日凌晨），王毅會見法國外長。"
    got = dated(code(text, date(2024, 1, 20), genre="narrative"))
    assert got == [("2023-03-10", "day", "CHN", "04", "FRA")]


def test_a_web_address_and_a_bare_season_in_news_date_nothing(code):
    c = code(
        "这个冬季，黑龙江游客增多。详见 news.cctv.com/2016/12/31/VIDE 报道。", date(2017, 1, 5)
    )
    assert not c.dates


def test_a_day_before_the_object_marker_jiang_dates_the_act_done_that_day(code):
    c = code(
        "立陶宛 11 月 18 日允許臺灣設立代表處，中共隨即於 21 日將雙邊關係降為代辦級。",
        date(2021, 12, 31),
    )
    assert ("2021-11-21", "day", "CHN", "16", "LTU") in dated(c)
    assert [
        d.marked for d in code("美國商務部 15 日將華為列入實體清單。", date(2019, 6, 30)).dates
    ] == [False]
