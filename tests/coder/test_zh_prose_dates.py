"""Dates and layout of analysts' chapters met in the fourth dev batch of prose (eval/README.md):
a relative day counts from the day of an act, not from a measure's start or a day told as
already past, and a word a PDF's printed line cuts in two is still read whole."""

from datetime import date

from tests.coder.conftest import countries

WRITTEN = date(2019, 1, 20)  # a chapter on 2018, written after it


def dated(c) -> list[tuple[str, str, str, str, str]]:
    return [(e.date.isoformat(), e.date_precision, *k)
            for e, k in zip(c.events, countries(c), strict=True)]  # fmt: skip


def test_the_next_day_counts_from_the_act_not_from_the_day_a_measure_takes_effect(code):
    text = ("6 月 15 日，美方宣布自 7 月 6 日起對中國商品加徵關稅；"
            "中共國務院關稅稅則委員會翌日宣布對美國商品加徵關稅。")  # fmt: skip
    got = dated(code(text, WRITTEN, genre="narrative"))
    assert ("2018-06-16", "day", "CHN", "16", "USA") in got
    assert ("2018-06-15", "day", "USA", "16", "CHN") in got


def test_a_day_told_as_already_past_dates_neither_that_day_nor_the_next(code):
    text = ("3 月 5 日，越南宣布其前總理已於 3 月 2 日病逝，中方當天致電越方表示哀悼。"
            "翌日，中共領導人前往越南駐華使館弔唁。")  # fmt: skip
    got = [d[0] for d in dated(code(text, WRITTEN, genre="narrative"))]
    assert got[:1] == ["2018-03-05"]
    assert "2018-03-02" not in got and "2018-03-03" not in got


def test_a_word_cut_by_a_pdfs_printed_line_is_read_whole(code):
    text = (" 二、中日關係 \n\n"
            "10 月 8 日，挪威諾貝爾委員會宣布和平獎得主，中共外交部當天召見挪\n\n"
            "威駐華大使表達抗議。 \n\n"
            "5 月 20 日，南韓公布天安艦沉沒事件的國際聯合調查結果，正式指控北\n\n"
            "韓以魚雷擊沉該艦。 \n\n")  # fmt: skip
    got = dated(code(text, date(2011, 1, 25), genre="narrative"))
    assert ("2010-10-08", "day", "CHN", "11", "NOR") in got
    assert ("2010-05-20", "day", "KOR", "11", "PRK") in got


def test_a_short_heading_is_not_joined_to_the_line_after_it(code):
    c = code(" 二、中日關係 \n\n10 月 8 日，中共外交部召見挪威駐華大使。", date(2011, 1, 25),
             genre="narrative")  # fmt: skip
    first = c.sentences[0]
    assert c.norm[first.start : first.end] == "二、中日关系"


def test_the_second_day_and_months_later_count_from_the_date_told(code):
    text = ("第三章　2015 年中共外交\n\n"
            "9 月 22 日，習近平抵達西雅圖，展開對美國的國事訪問。第二天，習近平會見華盛頓州州長。"
            "兩個月後，習近平在馬尼拉會見菲律賓總統艾奎諾。")  # fmt: skip
    c = code(text, WRITTEN, genre="narrative")
    told = {c.norm[d.start : d.end]: (d.day.isoformat(), d.precision) for d in c.dates}
    assert told["第二天"] == ("2015-09-23", "day")
    assert told["两个月后"] == ("2015-11-01", "month")
    assert ("2015-11-01", "month", "CHN", "04", "PHL") in dated(c)


def test_a_part_of_a_month_with_no_month_of_its_own_is_of_the_month_told_last(code):
    text = ("第三章　2015 年中共外交\n\n"
            "3 月 5 日，中共召開人大。4 月初，王毅訪問巴基斯坦。"
            "中旬，習近平對巴基斯坦進行國事訪問。")  # fmt: skip
    c = code(text, WRITTEN, genre="narrative")
    last = c.dates[-1]
    assert (c.norm[last.start : last.end], last.day.isoformat()) == ("中旬", "2015-04-01")


def test_taiwans_calendar_and_chinese_numerals_give_the_days_they_name(code):
    text = "民國 110 年 11 月 16 日，習近平與拜登舉行視訊峰會。111 年 2 月 4 日，習近平與普丁會談。"
    days = [d[0] for d in dated(code(text, date(2022, 4, 15), genre="narrative"))]
    assert days == ["2021-11-16", "2022-02-04"]
    text = "十一月十六日，習近平與拜登舉行視訊峰會。"
    assert [d[0] for d in dated(code(text, date(2022, 1, 15)))] == ["2021-11-16"]
    # A count of years is no year of Taiwan's calendar, nor a month alone a date.
    c = code("中共建黨 100 年，十月革命。", date(2022, 1, 15), genre="narrative")
    assert c.dates == []


def test_a_summary_of_two_months_dates_each_visit_by_its_own_month_and_tells_it_once(code):
    text = ("第一章　2024 年上半年中共外交\n\n"
            "● 習近平 4 月出訪東南亞三國，5 月赴巴黎訪問。\n\n"
            "5 月 5 日至 7 日，習近平對法國進行國事訪問。")  # fmt: skip
    got = dated(code(text, date(2024, 7, 15), genre="narrative"))
    assert got == [("2024-05-01", "month", "CHN", "04", "FRA")]


def test_the_next_day_after_a_span_in_its_sentence_is_the_spans_second_day(code):
    text = "● 4 月 25 日至 27 日，金正恩訪問俄羅斯，雙方次日簽署聯合聲明。"
    got = dated(code(text, date(2019, 1, 15), genre="narrative"))
    assert ("2018-04-26", "day", "PRK", "05", "RUS") in got
    # A clause that leaves the span: the day after its end.
    text = "6 月 5 日至 7 日，習近平訪問俄羅斯，次日轉往哈薩克訪問。"
    got = dated(code(text, date(2020, 1, 15), genre="narrative"))
    assert ("2019-06-08", "day", "CHN", "04", "KAZ") in got
