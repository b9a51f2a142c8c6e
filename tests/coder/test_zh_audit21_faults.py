"""Faults of the seed 162 hand check (eval/README.md, coder-audit21), fixed by the coder-zh60
helper at the construction's depth, each tried on wordings of its own."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document

_AIRED = date(2025, 3, 6)


def _item(text: str, title: str):
    return coding(Document(text, published=_AIRED, kind="xwlb", source="xwlb", title=title))


def _days(c, root: str) -> set[date]:
    return {e.date for e in c.events if e.root == root}


_SUB_STORY = (
    "伊朗外交部5日称，美方对伊朗实施新一轮制裁。\n多国批评美国单边制裁\n"
    "美国当天还宣布制裁伊朗三家企业。俄罗斯外交部谴责美国对伊朗实施制裁。"
)


@pytest.mark.parametrize("title", ["美对伊朗实施新制裁 多国批评", "伊朗回应美方制裁"])
def test_a_sub_headline_goes_on_with_the_items_story(title):
    """A bold sub-headline of an item that is no round-up may tell more of the item's story: a
    sentence right after it dated only 当天 is on the lead's day (the 5th), and so is the
    undated condemnation after that, not on the broadcast's day."""
    assert _days(_item(_SUB_STORY, title), "11") == {date(2025, 3, 5)}


def test_a_round_ups_headline_still_opens_a_story_of_its_own():
    """In 国际联播快讯 each headline opens a story: its 当天 is not the story before's day."""
    assert _days(_item(_SUB_STORY, "国际联播快讯"), "11") == {_AIRED}


def _acts(text: str) -> set[tuple[str, str, str]]:
    c = _item(text, "")
    return {((e.source_actor or "")[:3], e.code, (e.target_actor or "")[:3]) for e in c.events}


@pytest.mark.parametrize(
    "text",
    [
        "出席招待会的各界人士感谢中国支持肯尼亚发展。",
        "与会代表赞赏中方支持巴基斯坦抗洪救灾。",
        "嘉宾们高度评价中国援助埃及建设新行政首都。",
    ],
)
def test_what_is_thanked_for_is_no_act_of_the_day(text):
    """感谢X支持Y, 赞赏X援助Y: the help thanked or praised was given before; told after the
    thanks it is the thanker's praise (none here: the guests are no actor), not China's act."""
    assert {a for a in _acts(text) if a[0] == "CHN"} == set()


@pytest.mark.parametrize(
    "text",
    [
        "匈牙利总理表示，他建议美国与俄罗斯尽快举行会谈。",
        "土耳其外长提议乌克兰与俄罗斯直接谈判。",
        "巴西总统主张以色列同伊朗通过谈判解决分歧。",
    ],
)
def test_talks_proposed_are_not_held(text):
    """建议|提议|主张 X 与 Y 谈判: the speaker proposes the talks; X and Y hold none."""
    assert {a for a in _acts(text) if a[1].startswith("04")} == set()


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("斯洛伐克总理重申反对乌克兰加入北约。", ("SVK", "111", "UKR")),
        ("我们将坚持一个中国原则，坚决反对“台独”分裂行径。", ("CHN", "111", "TWN")),
        ("伊朗外交部坚决反对美国的单边制裁。", ("IRN", "111", "USA")),
    ],
)
def test_opposition_is_criticism(text, act):
    """反对 is the guidelines' criticism, 111 (eval/README.md, CAMEO codes; a domestic
    meeting's formula against 台独 is CHN→TWN 111), not displeasure (110)."""
    assert act in _acts(text)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("美军战斗机当天对也门胡塞武装目标实施打击。", ("USA", "195", "YEM")),
        ("俄军出动无人机对乌军阵地发动袭击。", ("RUS", "195", "UKR")),
        ("以军对加沙地带发动打击，无人机在上空盘旋。", ("ISR", "190", "PSE")),
    ],
)
def test_force_struck_by_aircraft_is_from_the_air(text, act):
    """A doer named with its aircraft in the act's clause strikes from the air (195); aircraft
    in another clause leave force in general (190)."""
    assert act in _acts(text)
