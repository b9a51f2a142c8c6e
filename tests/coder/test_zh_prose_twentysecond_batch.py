"""Constructions of analysts' prose from the twenty-second dev batch of prose_hant and prose_hans
(eval/README.md, the 2000s): a Japanese surname alone after a five-character name, a talk whose
topic stands before its verb, a demand to hand back people after a protest, a region called
part of China, aid told by its arrival, a place passed through on the way, and people counted by
their nationality opening a clause. The sentences are our own."""

import pytest

from tests.coder.test_zh_prose_constructions15 import acts
from tests.coder.test_zh_prose_constructions15 import narrative as chapter

HANT = "第一章　民國 95 年中共外交回顧"
HANS = "第一章　2006 年中国外交回顾"


@pytest.mark.parametrize(
    ("body", "head", "act"),
    [
        (
            "日本首相小泉纯一郎 3 月 2 日发表讲话。小泉 3 日同胡锦涛会见。",
            HANS,
            ("JPN", "04", "CHN"),
        ),
        (
            "日本首相小泉純一郎 4 月 5 日發表談話。小泉 6 日會見美國國務卿萊斯。",
            HANT,
            ("JPN", "04", "USA"),
        ),
    ],
)
def test_a_japanese_surname_after_a_five_character_name(code, body, head, act):
    """桥本龙太郎, then 桥本: a given name of three characters leaves a surname of two."""
    assert act in acts(chapter(code, body, head))


@pytest.mark.parametrize(
    ("body", "head"),
    [
        ("普京 9 月 4 日在会场同布什就伊朗核问题简短交谈。", HANS),
        ("普京 9 月 4 日在晚宴上同布什就朝鲜问题交换了意见。", HANS),
    ],
)
def test_a_talk_whose_topic_stands_before_its_verb(code, body, head):
    """与 X 就…交谈: the topic between partner and verb leaves the contact."""
    assert ("RUS", "04", "USA") in acts(chapter(code, body, head))


@pytest.mark.parametrize(
    "body",
    [
        "韩国政府 6 月 3 日向中方提出强烈抗议，要求归还扣押的渔船。",
        "韓國政府 6 月 3 日向中共提出抗議，要求釋放被扣船員。",
    ],
)
def test_a_demand_to_hand_back_after_a_protest(code, body):
    """提出抗议，要求归还…: the demand is made of the state protested to."""
    assert ("KOR", "10", "CHN") in acts(chapter(code, body))


@pytest.mark.parametrize(
    ("body", "head"),
    [
        ("法国外长 5 月 6 日表示，法方承认西藏是中国领土不可分割的一部分。", HANS),
        ("紐西蘭外長 5 月 6 日重申臺灣是中國的一部分。", HANT),
    ],
)
def test_a_region_called_part_of_china(code, body, head):
    """承认西藏是中国的一部分: backing China's claim, as calling its affairs its own."""
    assert any(a[1] == "05" and a[2] == "CHN" for a in acts(chapter(code, body, head)))


def test_a_region_called_part_of_china_after_the_speech_verb(code):
    """重申，台湾是中国的一部分: the region opening the clause said is the copula's topic, not a
    doer of its own that would take the act from the speaker."""
    body = "斐济外长 5 月 6 日发表声明，重申台湾是中国领土不可分割的一部分。"
    assert ("FJI", "05", "CHN") in acts(chapter(code, body))


def test_a_region_called_part_of_china_by_an_institute(code):
    """某研究所所长表示，台湾是中国的一部分: an institute's head speaks for no state."""
    body = "斐济某研究所所长 5 月 6 日表示，台湾是中国的一部分。"
    assert not any(a[1] == "05" for a in acts(chapter(code, body)))


def test_a_region_whose_part_is_denied(code):
    """否认…是中国的一部分: a stance denied backs nothing."""
    body = "某国外长 5 月 6 日否认台湾是中国的一部分。"
    assert not any(a[1] == "05" for a in acts(chapter(code, body)))


def test_aid_told_by_its_arrival(code):
    """运送救灾物资抵达加德满都: the place reached is the state aided."""
    body = "印度空军运输机 4 月 27 日运送救灾物资抵达加德满都。"
    assert ("IND", "07", "NPL") in acts(chapter(code, body))


@pytest.mark.parametrize(
    ("body", "head"),
    [
        ("三名脱北者 6 月 9 日经曼谷前往韩国。", HANS),
        ("難民 6 月 9 日經新加坡轉往澳洲。", HANT),
    ],
)
def test_a_place_passed_through(code, body, head):
    """经曼谷前往韩国: the place passed through is neither doer nor host."""
    assert not any(a[1] == "04" for a in acts(chapter(code, body, head)))


def test_people_counted_by_their_nationality(code):
    """5 月 8 日，三名越南人闯入…: private persons, not their state; after a verb
    (逮捕两名越南人) they stay the state whose nationals are acted on."""
    c = chapter(
        code, "6 月 2 日，三名越南人闯入韩国驻北京大使馆。中国警方 6 月 3 日逮捕两名越南人。"
    )
    assert not any(a[0] == "VNM" for a in acts(c))
    assert ("CHN", "17", "VNM") in acts(c)
