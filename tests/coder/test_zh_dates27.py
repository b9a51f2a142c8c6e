"""A day or month told as history in news (over a year before the document's date) opens a
recalled story: the narrator's next sentences go on with it, but a sentence that returns to the
day (a speaker opening, a message's first person, 目前) takes the item's own day again
(eval/README.md, "A recalled date carried into the day's acts", coder-dates27). Sentences of our
own, not the gold's."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document

D = date(2021, 7, 1)


def _dates(text: str, published: date = D) -> list[tuple[str, str, str, date]]:
    c = coding(Document(text, published=published, kind="xwlb", source="xwlb", title="贺电"))
    return [
        ((e.source_actor or "")[:3], (e.target_actor or "")[:3], e.code, e.date) for e in c.events
    ]


@pytest.mark.parametrize(
    "history",
    [
        "1921年7月1日，中国共产党诞生，开启了中国革命的新篇章。",
        "1950年4月1日，两国正式建立外交关系。",
        "2013年3月，习近平主席首次提出构建人类命运共同体理念。",
    ],
)
def test_later_messages_take_the_broadcast_day_not_the_recalled_one(history):
    """Messages told after a recalled founding, a date years back: the item's own day."""
    text = (
        "央视网消息（新闻联播）：多国政党政要致电祝贺中国共产党成立100周年。"
        f"越南领导人阮富仲表示，值此中国共产党百年华诞之际，谨致热烈祝贺。{history}"
        "我谨对中国同志取得的巨大成就表示热烈祝贺。"
        "老挝领导人通伦表示，值此中国共产党成立100周年之际，谨向中国党致以最热烈的祝贺。"
    )
    found = _dates(text)
    assert ("LAO", "CHN", "051", D) in found
    assert all(day == D for src, _, _, day in found if src == "LAO")


def test_a_later_sentence_goes_on_from_the_item_lead_not_the_recalled_day():
    """The item's lead (the 29th) dates the undated act after the recalled one, as before."""
    text = (
        "央视网消息（新闻联播）：国家主席习近平29日同越南领导人阮富仲通电话。"
        "1950年1月18日，两国建交。"
        "阮富仲表示，越方愿同中方加强合作。"
    )
    found = _dates(text)
    assert ("VNM", "CHN", "030", date(2021, 6, 29)) in found
    assert not any(day.year == 1950 for *_, code, day in found if code == "030")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the recalled act in its own sentence keeps its day
        (
            "央视网消息（新闻联播）：中俄两国今天举行纪念活动。"
            "2001年7月16日，中俄两国元首签署《中俄睦邻友好合作条约》。",
            date(2001, 7, 16),
        ),
        # a day within the year still leads the sentences after it
        (
            "央视网消息（新闻联播）：2020年9月3日，俄罗斯外长拉夫罗夫同伊朗外长举行会谈。"
            "拉夫罗夫表示，俄方谴责美国对伊朗实施制裁。",
            date(2020, 9, 3),
        ),
    ],
)
def test_what_keeps_its_day(text, day):
    assert any(d == day for *_, d in _dates(text, date(2021, 7, 16)))


@pytest.mark.parametrize(
    ("after", "day"),
    [
        # the narrator goes on with the recalled story: its month
        ("土耳其随后召回驻以色列大使。", date(2018, 5, 1)),
        # a present word returns to the broadcast's day
        ("目前，土耳其已召回驻以色列大使。", date(2021, 7, 16)),
    ],
)
def test_a_recalled_story_goes_on_until_a_sentence_returns_to_the_day(after, day):
    text = (
        "央视网消息（新闻联播）：以色列和土耳其决定恢复外交关系。"
        f"2018年5月，美国驻以色列大使馆迁至耶路撒冷，引发冲突。{after}"
    )
    found = _dates(text, date(2021, 7, 16))
    assert [d for src, tgt, _, d in found if src == "TUR" and tgt == "ISR"] == [day]


_ANNIVERSARY = (
    "央视网消息（新闻联播）：9月29日，国家主席习近平同日本首相互致贺电。"
    "习近平指出，50年前的今天，两国领导人作出重大决断。"
)


@pytest.mark.parametrize(
    "after",
    [
        # 同日 after an anniversary counted back in the words said: the day's own message
        "同日，国务院总理同日本首相互致贺电。",
        # 同日方 is "with Japan", no 同日
        "总理表示，中方愿同日方一道，推动两国关系发展。",
    ],
)
def test_an_anniversary_in_the_words_said_dates_no_later_act(after):
    found = _dates(_ANNIVERSARY + after, date(2022, 9, 29))
    assert found
    assert all(day == date(2022, 9, 29) for *_, day in found)
