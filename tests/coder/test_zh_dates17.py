"""Dates found by the dates batch 17 (eval/README.md, "The sixteenth dates batch", coder-dates17):
an act told relative to another act of its sentence whose doer is a two-character Chinese name
right after the time word (兩天前王毅, 次日李強, 當天王毅). Sentences of our own, not the batch's."""

from datetime import date

import pytest

from tests.coder.test_zh_dates11 import dated, narrative


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("川普 1 月 20 日就職，兩天前王毅與布林肯通電話。", date(2023, 1, 18)),
        ("特朗普 1 月 20 日就职，两天前王毅同布林肯通电话。", date(2023, 1, 18)),
        ("川普 1 月 20 日就職，18 日王毅與布林肯通電話。", date(2023, 1, 18)),
        ("川普 1 月 20 日就職，次日王毅與布林肯通電話。", date(2023, 1, 21)),
        ("川普 1 月 20 日就職，隔天王毅與布林肯通電話。", date(2023, 1, 21)),
        ("特朗普 1 月 20 日就职，一周后王毅同布林肯通电话。", date(2023, 1, 27)),
        ("川普 1 月 20 日就職，下週一王毅與布林肯通電話。", date(2023, 1, 23)),
        ("川普 1 月 20 日就職，當天王毅與布林肯通電話。", date(2023, 1, 20)),
        ("特朗普 1 月 20 日就职，当晚王毅同布林肯通电话。", date(2023, 1, 20)),
    ],
)
def test_a_name_right_after_a_time_word_is_the_doer(code, text, day):
    """A time word right before a two-character name (兩天前王毅) opens the clause: the name
    stands, as after a mark, and its act is dated from the act told before (the name was read as
    a piece of the words around it, and the call was lost)."""
    c = code(text, date(2023, 12, 31))
    assert dated(c, "CHN", "04") == [(day, "day")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "王毅 2 月 18 日在慕尼黑同布林肯会晤；会晤前两天，中方宣布制裁美国军工企业。",
            date(2023, 2, 16),
        ),
        (
            "王毅 2 月 18 日在慕尼黑與布林肯會晤。會晤前 3 天，中方宣布制裁美國軍工企業。",
            date(2023, 2, 15),
        ),
        (
            "法国总统马克龙 4 月 5 日至 7 日访华。访华前两天，中方宣布向法国提供援助。",
            date(2023, 4, 3),
        ),
        (
            "法國總統馬克宏 4 月 5 日抵達北京。抵達前三天，中方宣布向法國提供援助。",
            date(2023, 4, 2),
        ),
    ],
)
def test_so_many_days_before_an_act_named(code, text, day):
    """會晤前兩天 counts back from the act named, as 會晤前一天 does (only one day was read: the
    act took the day told before it); from a span's first day (访华前两天: the 3rd)."""
    c = code(text, date(2023, 12, 31))
    assert [d for d, p in dated(c, "CHN", "16") + dated(c, "CHN", "07") if p == "day"] == [day]


@pytest.mark.parametrize(
    ("text", "target", "day"),
    [
        (
            "川普 6 月 27 日抵達大阪出席二十國集團峰會，兩天後與習近平會晤。",
            "JPN",
            date(2019, 6, 27),
        ),
        ("莫迪 9 月 3 日抵达厦门出席金砖国家领导人会晤。", "CHN", date(2019, 9, 3)),
        ("普京 9 月 15 日抵达撒马尔罕出席上海合作组织峰会。", "UZB", date(2019, 9, 15)),
        ("莫迪 9 月 4 日抵达厦门，出席金砖国家领导人会晤。", "CHN", date(2019, 9, 4)),
        (
            "習近平 11 月 17 日抵達里約熱內盧出席二十國集團峰會，翌日會見英國首相。",
            "BRA",
            date(2019, 11, 17),
        ),
    ],
)
def test_an_arrival_in_a_city_to_attend_a_gathering_visits_its_state(code, text, target, day):
    """抵達大阪出席…峰會: a visit (042) to the state the city lies in, on the arrival day (a city
    that is no capital named no state, and the arrival was lost)."""
    c = code(text, date(2019, 12, 31))
    visits = [(e.target_actor[:3], e.date) for e in c.events if e.code == "042"]
    assert visits == [(target, day)]


def test_a_place_of_the_sentence_before_is_no_partner(broadcast_day=date(2022, 11, 24)):
    """几天前习近平主席在巴厘岛会见吕特首相。希望双方继续…: where a meeting was (a place, now
    that cities of summits are places) is not the partner a wish for the two sides takes from the
    sentence before."""
    from dipwatch.coder import coding
    from dipwatch.models import Document

    text = ("汪洋 24 日会见荷兰议会一院议长。汪洋说，两国元首互致贺电，几天前习近平主席在巴厘岛会见吕特首相。"
            "希望双方继续深化各领域合作。")  # fmt: skip
    c = coding(Document(text, published=broadcast_day, kind="xwlb", source="xwlb"))
    assert not [e for e in c.events if (e.target_actor or "").startswith("IDN")]


@pytest.mark.parametrize(
    ("heading", "line", "body"),
    [
        ("2019 年中国外交回顾", "（2020 年 1 月 20 日）", "习近平 1 月 8 日在北京会见朝鲜领导人。"),
        (
            "第五章　中共對外關係（民國 108 年）",
            "（民國 109 年 1 月 20 日撰）",
            "習近平 1 月 8 日在北京會見北韓領導人。",
        ),
    ],
)
def test_a_review_written_in_january_keeps_its_titles_year(code, heading, line, body):
    """A review of 2019 written on 20 January 2020: its first bare day (1 月 8 日) is 2019's,
    as the title frames the chapter (the writing line's date was taken as the story's, and the
    day put in 2020)."""
    c = code(f"{heading}\n\n{line}\n\n一、朝鲜半岛\n\n{body}", date(2020, 1, 20), genre="narrative")
    assert dated(c, "CHN", "04") == [(date(2019, 1, 8), "day")]


@pytest.mark.parametrize(
    "body",
    [
        "习近平 11 月 10 日至 12 日访问希腊，抵达翌日同总理会谈；行程结束翌日，习近平抵达巴西利亚出席会晤。",
        "習近平 11 月 10 日至 12 日訪問希臘，抵達次日與總理會談；訪問結束翌日，習近平抵達巴西利亞出席會晤。",
    ],
)
def test_the_day_after_a_span_ended_after_a_day_inside_it(code, body):
    """行程結束翌日 after 抵達翌日 inside the span: the day after the span's end (the 13th), not
    after the talks' day (the 12th)."""
    c = narrative(code, body, date(2020, 1, 20), "第五章　2019 年中国外交")
    assert dated(c, "CHN", "04")[-1] == (date(2019, 11, 13), "day")
