"""Dates and constructions of analysts' prose found by the ninth prose batch (eval/README.md,
2009-2016): a year recalled in passing inside a later year's narrative, and a weekly brief
headed by its date in Taiwan's calendar."""

from datetime import date

import pytest

from tests.coder.conftest import countries


def days_of(c, told: str) -> set[date]:
    """The days of the events of ``c`` whose "source root target" (countries) is ``told``."""
    return {e.date for e in c.events if " ".join(countries_of(e)) == told}


def countries_of(e) -> tuple[str, str, str]:
    """(source country, root, target country) of one event."""
    return ((e.source_actor or "")[:3], e.root, (e.target_actor or "")[:3])


# (heading, body, the day written, "source root target" of an act after the recall, its day)
RECALLED = [
    # a bare day after a sentence recalling an earlier year is in the month told before it
    ("第二章　2014 年中国外交", "6 月 3 日，习近平会见来访的马来西亚总理。两国曾于 1974 年 5 月 31 日"
     "建交。19 日，李克强对英国进行正式访问。", "2015-01-20", "CHN 04 GBR", "2014-06-19"),
    ("第二章　中共對外關係（2014 年）", "6 月 3 日，習近平會見來訪的馬來西亞總理。兩國曾於 1974 年 5 月 31 日"
     "建交。19 日，李克強對英國進行正式訪問。", "2015-01-20", "CHN 04 GBR", "2014-06-19"),
    # 次日 after a recalled act counts from the day told before the recall
    ("第一章　2015 年中国外交", "12 月 16 日，美国政府宣布向台湾出售一批武器。美方上一次宣布对台"
     "军售是在 2011 年 9 月 21 日。次日，中国外交部召见美国驻华使馆临时代办，提出严正交涉。",
     "2016-01-20", "CHN 11 USA", "2015-12-17"),
    ("第一章　中共外交（2015 年）", "12 月 16 日，美國政府宣布對臺出售一批武器。美方上一次宣布對臺"
     "軍售是在 2011 年 9 月 21 日。次日，中共外交部召見美國駐華使館臨時代辦，提出嚴正交涉。",
     "2016-01-20", "CHN 11 USA", "2015-12-17"),
]  # fmt: skip


@pytest.mark.parametrize(("heading", "body", "written", "told", "day"), RECALLED)
def test_a_recalled_year_dates_its_own_sentence_only(code, heading, body, written, told, day):
    c = code(f"{heading}\n\n{body}", date.fromisoformat(written), genre="narrative")
    assert days_of(c, told) == {date.fromisoformat(day)}


def test_the_recalled_act_keeps_its_own_date(code):
    """The recall itself is still dated by its own year (an act of that year, annotated)."""
    body = ("12 月 16 日，美国政府宣布向台湾出售一批武器。美方上一次宣布对台军售是在 2011 年 9 月 21 日。"
            "次日，中国外交部召见美国驻华使馆临时代办。")  # fmt: skip
    c = code(f"第一章　2015 年中国外交\n\n{body}", date(2016, 1, 20), genre="narrative")
    assert days_of(c, "USA 07 TWN") == {date(2015, 12, 16), date(2011, 9, 21)}


@pytest.mark.parametrize(
    ("heading", "written"),
    [
        ("國際情勢週報（民國 103 年 7 月 16 日）", "2014-07-16"),
        ("大陸情勢週報（民国 103 年 7 月 16 日）", "2014-07-16"),
    ],
)
def test_a_brief_headed_in_taiwans_calendar_frames_its_recalled_years(code, heading, written):
    """A brief headed by its ROC date: a year recalled in passing (繼 2013 年 6 月之後) is
    background, and a bare day after it stays in the week's month."""
    body = ("習近平上週四（3 日）抵達首爾訪問南韓，這是他繼 2013 年 6 月朴槿惠訪陸之後的回訪。"
            "中共外交部 4 日發表聲明，對日本解禁集體自衛權表示強烈不滿。")  # fmt: skip
    c = code(f"{heading}\n\n{body}", date.fromisoformat(written), genre="narrative")
    assert days_of(c, "CHN 11 JPN") == {date(2014, 7, 4)}
    assert ("CHN", "04", "KOR") in countries(c)


@pytest.mark.parametrize(
    "heading", ["大陸情勢週報（民國 112 年 4 月 20 日）", "第二章　2023 年第一季中国外交"]
)
def test_a_sentence_opening_with_an_earlier_year_takes_the_story_back_there(code, heading):
    """去（2022）年 8 月 2 日，…。中共隨即於 4 日至 7 日…: a recalled date opening its sentence
    is no passing mention: the days after it are of its month, not of the brief's."""
    body = ("去（2022）年 8 月 2 日，美國眾議院議長裴洛西訪臺。中共隨即於 4 日至 7 日在臺灣周邊舉行"
            "軍演。")  # fmt: skip
    c = code(f"{heading}\n\n{body}", date(2023, 4, 20), genre="narrative")
    assert {d.replace(day=1) for d in days_of(c, "CHN 15 TWN")} == {date(2022, 8, 1)}


def test_a_vice_minister_unnamed_in_a_review_of_chinas_diplomacy_is_chinas(code):
    """外交部副部长 with a name the reference does not know, in a Simplified review whose title
    is about 中国外交 (no 我国 or 中方 in it): the mainland's own ministry."""
    text = ("第一章　2010 年中国外交回顾\n\n1 月 30 日，外交部副部长何亚飞召见美国驻华大使，"
            "提出严正交涉。")  # fmt: skip
    assert ("CHN", "11", "USA") in countries(code(text, date(2011, 1, 20), genre="narrative"))


def test_an_envoy_stationed_in_china_is_not_summoned_by_taiwan(code):
    """A Taiwanese brief (我國) naming a vice minister without his state: the one who summons
    an envoy posted to China (駐華大使) is China, not the writer's own state."""
    text = ("我國外交部 8 日表示關切。外交部副部長王英凡同日緊急召見美國駐華大使，提出最強烈"
            "抗議。")  # fmt: skip
    got = countries(code(text, date(1999, 5, 19), genre="narrative"))
    assert ("TWN", "11", "USA") not in got


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the day after talks named since the last day named: that day + 1
        ("9 月 22 日至 28 日，习近平对美国进行国事访问，25 日同奥巴马会谈。会谈次日，习近平会见英国"
         "首相卡梅伦。", "2015-09-26"),
        ("9 月 22 日至 28 日，習近平對美國進行國事訪問，25 日與歐巴馬會談。會談翌日，習近平會見英國"
         "首相卡麥隆。", "2015-09-26"),
        # a summit named with no day of its own since the last day: no anchor, the day told stays
        ("9 月 22 日，习近平抵达西雅图。峰会次日，习近平会见英国首相卡梅伦。", "2015-09-22"),
        # 此后一周: a week after the last day named, as 此后两天 is two days after it
        ("9 月 19 日，习近平抵达西雅图。此后一周，习近平会见英国首相卡梅伦。", "2015-09-26"),
        ("9 月 19 日，習近平抵達西雅圖。此後一週，習近平會見英國首相卡麥隆。", "2015-09-26"),
    ],
)  # fmt: skip
def test_a_day_counted_from_an_act_or_a_day_named(code, text, day):
    c = code(f"第二章　2015 年中国外交\n\n{text}", date(2016, 1, 20), genre="narrative")
    assert days_of(c, "CHN 04 GBR") == {date.fromisoformat(day)}


# (text, "source root target" of each act it must tell)
ACTS = [
    # 暂停中美两军交往: the doer halts the exchanges of the pair's forces with the other
    ("1 月 30 日，中国国防部宣布暂停中美两军有关交往。", {"CHN 16 USA"}),
    ("1 月 30 日，中共國防部宣布暫停中美兩軍有關交流。", {"CHN 16 USA"}),
    ("9 月 5 日，中国宣布推迟中美两军高层交往。", {"CHN 16 USA"}),
    # 否决了 X 提交/起草的决议草案: as 否决 X 提出的, the author of the draft is rejected
    ("10 月 4 日，中国和俄罗斯在安理会否决了法国提交的决议草案。", {"CHN 12 FRA", "RUS 12 FRA"}),
    ("10 月 4 日，中共與俄羅斯在安理會否決了法國起草的決議草案。", {"CHN 12 FRA", "RUS 12 FRA"}),
    # 其 between 与 and a pair's act: the state named before the clause, not the clause's doer
    ("南蘇丹 7 月 9 日宣布獨立，中共同日與其建交。", {"CHN 05 SSD"}),
    ("7 月 9 日，南苏丹宣布独立，中国当天与其建交。", {"CHN 05 SSD"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "told"), ACTS)
def test_an_act_of_the_batch_is_read(code, text, told):
    """Each act the batch told and the coder missed, in our own words."""
    got = {" ".join(t) for t in countries(code(text, date(2012, 1, 20), genre="narrative"))}
    assert told <= got
