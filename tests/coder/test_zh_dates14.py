"""Dates found by the dates batch 14 (eval/README.md, coder-dates14: tours and visits in
2017–2025 told in one sentence each): a visit whose talks are told on a later day after the
arrival is one contact dated by the arrival; a list of states visited over a span, with the
arrival in one of them told on a later day, visits that one from its arrival; and what ends a
day's talks (会谈后，两国发表联合声明) is of the talks' day."""

from datetime import date

import pytest

from tests.coder.test_zh_dates11 import dated


@pytest.mark.parametrize(
    "text",
    [
        "王毅 3 月 5 日抵达莫斯科进行正式访问，次日同拉夫罗夫会谈。",
        "王毅 3 月 5 日抵達莫斯科進行正式訪問，翌日與拉夫羅夫會談。",
        "王毅 3 月 5 日抵达莫斯科，两天后同拉夫罗夫会谈。",
        "美國財政部長 3 月 5 日抵達上海展開訪問，兩天後在北京與何立峰會談。",
    ],
)
def test_talks_told_days_after_the_arrival_are_the_visit_begun_then(code, text):
    """One contact, begun on arrival (the 5th), as the gold has it; it was dated by the talks."""
    c = code(text, date(2021, 3, 31))
    assert dated(c, "", "04") == [(date(2021, 3, 5), "day")]


@pytest.mark.parametrize(
    ("text", "met", "day"),
    [
        ("习近平 11 月 13 日抵达利马进行国事访问，次日同秘鲁总统会谈。习近平 11 月 17 日抵达"
         "里约热内卢出席二十国集团峰会，翌日在当地会见英国首相斯塔默。", "GBR", 18),
        ("習近平 11 月 13 日抵達利馬進行國事訪問，次日與秘魯總統會談。習近平 11 月 17 日抵達"
         "巴黎出席會議，翌日在當地會見英國首相施凱爾。", "GBR", 18),
        ("习近平 11 月 13 日抵达利马进行国事访问，次日同秘鲁总统会谈。拜登 11 月 14 日抵达"
         "旧金山，次日同习近平会晤。", "CHN", 15),
    ],
)  # fmt: skip
def test_only_the_host_is_met_on_the_visit_begun_at_arrival(code, text, met, day):
    """Peru's talks are the visit begun on the 13th; a meeting with another party than the
    host of the place reached (a place the coder does not know, another state's, or the
    doer's own, 抵达旧金山: the 习近平 of the next clause is no place) stays on its own day."""
    c = code(text, date(2024, 12, 31))
    days = {e.target_actor[:3]: e.date for e in c.events if e.root == "04"}
    assert (days["PER"], days[met]) == (date(2024, 11, 13), date(2024, 11, day))


def test_a_stop_of_a_tour_reached_on_a_later_day(code):
    """其中 18 日抵达吉隆坡: Malaysia's visit began on the 18th, not on the span's first day."""
    c = code("李强 6 月 13 日至 20 日访问新西兰、澳大利亚和马来西亚，其中 18 日抵达吉隆坡。",
             date(2024, 6, 30))  # fmt: skip
    visits = {e.target_actor[:3]: e.date for e in c.events if e.root == "04"}
    assert visits == {"NZL": date(2024, 6, 13), "AUS": date(2024, 6, 13),
                      "MYS": date(2024, 6, 18)}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "莫迪 7 月 8 日抵达莫斯科，次日同普京会谈后，两国发表联合声明。",
        "莫迪 7 月 8 日抵達莫斯科，週二與普丁會談後，兩國簽署聯合聲明。",
    ],
)
def test_what_ends_the_talks_is_of_their_day(code, text):
    """A day inside a …会谈后 clause dates the statement or signing that closes those talks
    (it was passed over as the day of what the act came after: the sentence's first day)."""
    c = code(text, date(2024, 9, 30))
    assert dated(c, "", "05") == [(date(2024, 7, 9), "day")]
