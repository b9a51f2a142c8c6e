"""Date expressions and the date each event gets."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.coder.dates import find_dates
from dipwatch.models import Document

DOC = date(2021, 12, 10)


def _one(text: str, doc: date | None = DOC, english: bool = False) -> tuple[str, str]:
    found = find_dates(text, doc, english)
    assert found, text
    return found[0].day.isoformat(), found[0].precision


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021 年 11 月 16 日", ("2021-11-16", "day")),
        ("2021年11月16日", ("2021-11-16", "day")),
        ("11 月 16 日", ("2021-11-16", "day")),
        ("11月16日", ("2021-11-16", "day")),
        ("今天（12月10日）", ("2021-12-10", "day")),
        ("8日上午", ("2021-12-08", "day")),
        ("7日晚", ("2021-12-07", "day")),
        ("本月", ("2021-12-01", "month")),
        ("上月", ("2021-11-01", "month")),
        ("11 月中", ("2021-11-01", "month")),
        ("12 月初", ("2021-12-01", "month")),
        ("12月底", ("2021-12-01", "month")),
        ("去年", ("2020-01-01", "year")),
        ("2021 年底", ("2021-12-01", "month")),
        ("今年5月", ("2021-05-01", "month")),
        ("昨天", ("2021-12-09", "day")),
    ],
)
def test_chinese(text, expected):
    assert _one(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nov. 16", ("2021-11-16", "day")),
        ("16 November 2021", ("2021-11-16", "day")),
        ("November 16, 2021", ("2021-11-16", "day")),
        ("on Tuesday", ("2021-12-07", "day")),  # 2021-12-10 is a Friday
        ("on Friday", ("2021-12-10", "day")),
        ("in November", ("2021-11-01", "month")),
    ],
)
def test_english(text, expected):
    assert _one(text, english=True) == expected


def test_year_end_goes_back_a_year():
    assert _one("12月31日", date(2022, 1, 2)) == ("2021-12-31", "day")


def test_a_date_after_the_documents_needs_a_future_marker():
    assert _one("1月3日", date(2021, 12, 28)) == ("2021-01-03", "day")
    assert _one("将于1月3日访华", date(2021, 12, 28)) == ("2022-01-03", "day")
    found = find_dates("将于1月3日访华", date(2021, 12, 28))[0]
    assert found.after and found.marked


def test_a_month_a_season_away_is_this_years_past_not_next_years():
    assert _one("4 月 17 日", date(2022, 12, 31)) == ("2022-04-17", "day")
    assert _one("将于12月5日访问", date(2021, 11, 28)) == ("2021-12-05", "day")  # announced


def test_a_day_alone_takes_the_last_month_named_or_the_previous_month():
    found = find_dates("11月16日会晤，17日发表声明", DOC)
    assert [d.day.isoformat() for d in found] == ["2021-11-16", "2021-11-17"]
    assert _one("30日", date(2021, 12, 2)) == ("2021-11-30", "day")


def test_relative_dates_need_the_document_date():
    assert find_dates("今天", None) == []
    assert find_dates("on Tuesday", None, english=True) == []


def test_not_dates():
    assert find_dates("5个月", DOC) == [] and find_dates("第3日", DOC) == []
    assert find_dates("2020年度报告", DOC) == []


def test_event_date_nearest_else_carried_else_document_date(code):
    c = code("12月3日，习近平同普京通电话。习近平指出，中方愿同俄方加强合作。", date(2021, 12, 5))
    assert [(e.code, e.date.isoformat()) for e in c.events] == [
        ("041", "2021-12-03"), ("030", "2021-12-03"),
    ]  # fmt: skip
    c = code("习近平同普京通电话。", date(2021, 12, 5))
    assert [(e.date.isoformat(), e.date_precision) for e in c.events] == [("2021-12-05", "day")]


def test_undated_events_are_counted_not_emitted(code):
    c = code("习近平同普京通电话。")
    assert c.events == [] and c.counts["undated"] == 1


def test_a_bare_year_of_the_document_year_gives_way_to_the_document_date(code):
    c = code("2021年，中方同俄方举行会谈。", date(2021, 12, 5))
    assert [(e.date.isoformat(), e.date_precision) for e in c.events] == [("2021-12-05", "day")]
    # 2021年以来，… opening a news sentence sums acts up over a span: no act of the day.
    assert code("2021年以来，中方同俄方举行会谈。", date(2021, 12, 5)).events == []


def test_a_date_never_spans_two_sentences(code):
    # A heading's year does not swallow the date that opens the next line.
    c = code("(二)2023 年\n2 月 16 日，中共宣布制裁美國洛克希德馬丁公司。", date(2023, 3, 1))
    assert [c.norm[d.start : d.end] for d in c.dates] == ["2023 年", "2 月 16 日"]


def narrative_dates(code, text: str, written: date) -> list[tuple[str, str]]:
    c = code(text, written, genre="narrative")
    return [(c.norm[d.start : d.end], d.day.isoformat()) for d in c.dates]


def test_a_narratives_heading_sets_the_year_of_its_dates(code):
    text = "一、2022 年\n1 月 9 日，王毅會見戈塔巴雅。\n二、2023 年\n7 月 13 日，王毅出席外長會。"
    found = narrative_dates(code, text, date(2024, 2, 5))
    assert found[1] == ("1 月 9 日", "2022-01-09") and found[3] == ("7 月 13 日", "2023-07-13")


def test_a_narrative_date_follows_the_last_date_named_and_never_passes_the_writing(code):
    text = (
        "2021 年 5 月 4 日，坎貝爾發言。10 月 21 日，伯恩斯出席聽證會。9 月 24 日，外交部公布清單。"
    )
    days = [d for _, d in narrative_dates(code, text, date(2022, 1, 15))]
    assert days == ["2021-05-04", "2021-10-21", "2021-09-24"]
    # Written in January 2024 about 2023: 4 月 1 日 is 2023's, unless marked as to come.
    assert narrative_dates(code, "二、2023 年\n4 月 1 日，蔡總統抵達瓜地馬拉。", date(2024, 1, 10))[
        1
    ][1] == ("2023-04-01")
    text = "2023 年 12 月 20 日，外交部表示，王毅將於 4 月 1 日訪問巴西。"
    assert narrative_dates(code, text, date(2024, 1, 10))[1] == ("4 月 1 日", "2024-04-01")


def test_the_day_after_counts_from_the_last_day_named(code):
    c = code("3 月 24 日，王毅突訪喀布爾；次日轉往新德里。", date(2022, 4, 15))
    assert [d.day.isoformat() for d in c.dates] == ["2022-03-24", "2022-03-25"]
    # 峰會隔日 names the day after an act, whose date the text gave: no date of its own.
    c = code("11 月 17 日，在峰會隔日，外交部證實中美達成共識。", date(2022, 1, 15))
    assert [c.norm[d.start : d.end] for d in c.dates] == ["11 月 17 日"]


def test_an_intent_is_dated_when_told_and_a_span_by_its_start(code):
    c = code("6 月 27 日，以色列總理表示，將於 7 月訪問中國。", date(2023, 7, 20))
    assert [(e.date.isoformat(), e.code) for e in c.events] == [("2023-06-27", "036")]
    text = "3 月 27 日至 4 月 7 日，前總統馬英九率團訪問中國大陸。"
    c = code(text, date(2023, 4, 20), genre="narrative")
    assert [(e.date.isoformat(), e.date_precision) for e in c.events] == [("2023-03-01", "month")]
    # News dates the act by the span's first day, and its end by nothing.
    c = code(text, date(2023, 4, 20), genre="news")
    assert [(e.date.isoformat(), e.date_precision) for e in c.events] == [("2023-03-27", "day")]
    assert [d.span for d in c.dates] == [False, True]


def test_a_year_that_starts_a_span_frames_nothing(code):
    text = "第四章（2022 年第二季）\n台海緊張升至 1996 年以來的高點。\n5 月 23 日，拜登訪問日本。"
    assert narrative_dates(code, text, date(2022, 10, 25))[-1] == ("5 月 23 日", "2022-05-23")


def test_next_year_is_a_year_to_come_not_the_first_of_january(code):
    (found,) = find_dates("明年", DOC)
    assert (found.day.year, found.precision, found.after, found.marked) == (
        2022,
        "year",
        True,
        True,
    )
    c = code("中方将于明年同俄方举行会谈。", DOC)
    assert [(e.code, e.date.isoformat(), e.date_precision) for e in c.events] == [
        ("036", "2021-12-10", "day")
    ]  # the plan is dated on the day it is told


def test_a_programme_named_by_its_year_is_no_date():
    assert find_dates("2035年远景目标", DOC) == [] and find_dates("2030年议程", DOC) == []


def test_a_deadline_dates_no_act(code):
    (found,) = find_dates("在2月9日前答复", date(2022, 1, 30))
    assert found.span
    c = code("中方要求美方在2月9日前作出答复。", date(2022, 1, 30))
    assert [(e.code, e.date.isoformat()) for e in c.events] == [("100", "2022-01-30")]


def test_a_day_of_the_broadcasts_month(code):
    c = code("国家主席习近平29日同普京通电话。", date(2022, 1, 30))
    assert [(e.code, e.date.isoformat()) for e in c.events] == [("041", "2022-01-29")]


def test_a_planned_visit_is_dated_when_announced_not_on_its_days(code):
    c = code("应国家主席习近平邀请，菲律宾总统马科斯将于2023年1月3日至5日对中国进行国事访问。",
             date(2022, 12, 30))  # fmt: skip
    assert [(e.code, e.date.isoformat(), e.date_precision) for e in c.events] == [
        ("036", "2022-12-30", "day")
    ]


CHAPTER = "一、2022 年中共外交\n3 月 25 日，习近平会见普京。\n4 月 2 日，王毅同布林肯通电话。"


@pytest.mark.parametrize(
    ("genre", "expected"),
    [("narrative", ["2022-03-25", "2022-04-02"]), ("news", ["2024-03-25", "2024-04-02"])],
)
def test_a_narrative_reads_days_in_its_headings_year_news_in_its_own(genre, expected):
    doc = Document(CHAPTER, published=date(2024, 6, 30), genre=genre)
    assert [e.date.isoformat() for e in coding(doc).events] == expected


def test_the_genre_is_decided_when_not_given():
    assert coding(Document(CHAPTER, published=date(2024, 6, 30))).genre == "narrative"
    assert coding(Document("习近平同普京通电话。", published=date(2024, 6, 30))).genre == "news"


def test_a_narrative_without_a_date_of_its_own_reads_forward_from_its_last_date(code):
    c = code("2021 年 12 月 28 日，中方同俄方举行会谈。1 月 3 日，王毅同布林肯通电话。")
    assert [e.date.isoformat() for e in c.events] == ["2021-12-28", "2022-01-03"]


def test_a_heading_year_holds_for_the_months_under_it():
    found = find_dates("2021 年第四季中共外交\n11 月立陶宛…\n10 月 6 日，…", date(2021, 12, 31),
                       genre="narrative")  # fmt: skip
    assert [d.day.isoformat() for d in found] == ["2021-01-01", "2021-11-01", "2021-10-06"]


def test_a_recalled_year_frames_its_own_sentence_not_the_chapters_later_dates(code):
    # Under a title's year, an earlier year in the body is background (该条约于 2001 年…签署):
    # it dates its own sentence, and the chapter's next bare day stays in the title's year.
    text = ("第三章　2021 年中国外交\n6 月 28 日，两国元首举行视频会晤。该条约于 2001 年 7 月 16 日签署，"
            "8 月 1 日生效。\n3 月 22 日，欧盟宣布制裁。")  # fmt: skip
    days = [d for _, d in narrative_dates(code, text, date(2022, 1, 25))]
    assert days[1:] == ["2021-06-28", "2001-07-16", "2001-08-01", "2021-03-22"]


def test_a_bare_month_stays_in_the_frame_of_its_heading(code):
    # 12 月初 after 1 月 24 日 under "2024 年…", written in 2025: December 2024, not 2023.
    text = "第五章　2024 年中共外交\n1 月 24 日，諾魯與中共復交。12 月初，賴總統出訪帛琉。"
    assert narrative_dates(code, text, date(2025, 2, 5))[-1] == ("12 月初", "2024-12-01")
    # A section without a year goes back to the title's range (2022—2023), not the last section's.
    text = ("第二章　中美关系（2022—2023 年）\n二、2023 年\n2 月 16 日，中方宣布制裁。\n三、台湾\n"
            "2022 年 2 月 7 日，美方批准军售。2 月 21 日，中方宣布制裁。")  # fmt: skip
    assert narrative_dates(code, text, date(2024, 3, 5))[-1] == ("2 月 21 日", "2022-02-21")


@pytest.mark.parametrize(("later", "expected"), [("三天后", "2024-05-23"), ("4 天後", "2024-05-24"),
                                                  ("一周后", "2024-05-27"), ("十二天后", "2024-06-01")])  # fmt: skip
def test_so_many_days_later_counts_from_the_last_day_named(code, later, expected):
    text = f"5 月 20 日，賴總統就職；{later}，解放軍展開演習。"
    assert narrative_dates(code, text, date(2025, 2, 5))[-1] == (
        later.replace("後", "后"),
        expected,
    )


@pytest.mark.parametrize(
    ("later", "expected"),
    [("當月稍後", ("当月", "2022-08-01")), ("次月", ("次月", "2022-09-01")),
     ("月底", ("月底", "2022-08-01")), ("數日後", ("数日后", "2022-08-01")),
     ("隔年 4 月", ("隔年 4 月", "2023-04-01"))],
)  # fmt: skip
def test_months_told_after_a_date_count_from_it(code, later, expected):
    # 當月, 月底, 數日後: the month of the last date; 次月 the next; 隔年 4 月 the next year's.
    text = f"2022 年 8 月 2 日，裴洛西訪臺。{later}，美國參議員訪臺。"
    assert narrative_dates(code, text, date(2023, 1, 20))[-1] == expected


def test_a_measures_start_dates_the_act_only_when_nothing_before_it_in_the_sentence_does():
    """11日…要求…自 8 月 29 日起关闭: the demand is of the 11th (found on a transcript no gold
    set holds); alone, 自 3 月 1 日起暂停… is the act's only date and dates it."""
    demand = "俄罗斯外交部11日发布声明称，俄方将要求波方自8月29日起关闭波兰驻加里宁格勒总领事馆。"
    c = coding(Document(text=demand, lang="zh-Hans", published=date(2025, 7, 12), genre="news"))
    assert [(d.day.day, d.span) for d in c.dates] == [(11, False), (29, True)]
    assert [(e.date, e.source_actor, e.target_actor) for e in c.events] == [
        (date(2025, 7, 11), "RUS", "POL")
    ]
    alone = "中方宣布自3月1日起暂停输入台湾凤梨。"
    c = coding(Document(text=alone, lang="zh-Hans", published=date(2021, 2, 26), genre="news"))
    assert [d.span for d in c.dates] == [True]  # announced: the act is the announcement's
    alone = "中共以檢出有害生物為由，自 3 月 1 日起暫停輸入臺灣鳳梨。"
    c = coding(Document(text=alone, lang="zh-Hant", published=date(2021, 3, 31), genre="news"))
    assert [d.span for d in c.dates] == [False]


def test_a_measure_to_start_on_a_day_is_dated_on_its_announcement():
    """5月31日宣布，6月1日起将暂停…: 起 then 将 tells a measure still to come, whose act is the
    announcement; without 将 the start is the act's day (6月1日起，…暂停…)."""
    told = "俄罗斯能源公司5月31日宣布，6月1日起将暂停向丹麦供气。"
    c = coding(Document(text=told, lang="zh-Hans", published=date(2022, 6, 1), genre="news"))
    assert [(d.day.day, d.span) for d in c.dates] == [(31, False), (1, True)]
    assert [(e.date, e.source_actor, e.target_actor) for e in c.events] == [
        (date(2022, 5, 31), "RUS", "DNK")
    ]
    begun = "6月1日起，俄罗斯暂停向丹麦供气。"
    c = coding(Document(text=begun, lang="zh-Hans", published=date(2022, 6, 3), genre="news"))
    assert [(e.date, e.source_actor) for e in c.events] == [(date(2022, 6, 1), "RUS")]


@pytest.mark.parametrize("marker", ["预计于", "预计在", "预定于"])
def test_a_day_expected_for_a_meeting_is_to_come(marker):
    """下一轮…会谈预计于27日举行, told on the 24th: the 27th of this month, still to come (not
    last month's, as a past day after the broadcast's would be); the intent is of the 23rd."""
    text = f"乌克兰媒体23日援引乌方官员的话报道说，下一轮乌美俄三方会谈{marker}27日举行。"
    c = coding(Document(text=text, lang="zh-Hans", published=date(2026, 2, 24), genre="news"))
    assert [(d.day, d.marked) for d in c.dates][-1] == (date(2026, 2, 27), True)
    assert {(e.date, e.source_actor[:3], e.code) for e in c.events} == {
        (date(2026, 2, 23), "UKR", "036")
    }
