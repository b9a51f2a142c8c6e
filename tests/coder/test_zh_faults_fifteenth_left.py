"""Faults the fifteenth round's helpers found in Chinese text and left, each mended at the
construction it belongs to (eval/README.md, "Faults the fifteenth round's helpers left, at
their depth (coder-zh89)"). Our own sentences, read as items of a broadcast."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import broadcast

D = date(2021, 3, 9)


def _events(text: str) -> list[tuple[str, str, str, str]]:
    c = coding(Document(text, published=D, kind="xwlb", source="xwlb"))
    return [(e.source_actor[:3], e.code, e.target_actor[:3], e.date.isoformat()) for e in c.events]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a withdrawal, then (随后, 此后) sanctions: two acts of root 16, each kept
        ("2019年8月，美国宣布退出伊核协议，其后对伊朗实施新的制裁。", {"160", "163"}),
        ("美方2017年6月单方面退出伊核协议，随即又宣布对伊朗实施制裁。", {"160", "163"}),
    ],
)
def test_acts_told_in_sequence_are_two(text: str, codes: set[str]) -> None:
    assert {e[1] for e in _events(text)} >= codes


@pytest.mark.parametrize(
    ("text", "month"),
    [
        # a month after 同年, 当年 or 该年 is in the year told before it, not the broadcast's
        ("2017年4月，美国宣布退出该协定。同年11月，美国宣布对伊朗实施新一轮制裁。", "2017-11-01"),
        ("2016年3月美国宣布退出该协定。当年10月，美国对叙利亚实施制裁。", "2016-10-01"),
    ],
)
def test_same_year_month(text: str, month: str) -> None:
    assert any(e[1] == "163" and e[3] == month for e in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        # the state that owns the attack (X的持续袭击) struck; the speaker did not strike it
        "法国总统今天表示，鉴于俄罗斯的持续袭击，法国暂不考虑举行任何对话。",
        "埃及外长8日说，由于以色列的多次空袭，埃方决定推迟相关会议。",
    ],
)
def test_attack_owned_is_not_struck(text: str) -> None:
    assert not any(root == "19" for _, root, _ in broadcast(text, D))


def test_attack_aimed_at_a_state_keeps_it() -> None:
    # 对X的袭击: X is the attack's object
    text = "伊朗8日对以色列的多处军事目标发动袭击。"
    assert ("IRN", "19", "ISR") in broadcast(text, D)


@pytest.mark.parametrize(
    "text",
    [
        # force kept up (将继续打击) after a clause defying a measure (不会屈服于…制裁)
        "黎巴嫩真主党方面表示，决不屈服于美国的制裁，将继续打击以色列军事目标。",
        "胡塞武装发言人说，绝不会向美英的制裁屈服，会继续打击驶往以色列的船只。",
    ],
)
def test_force_kept_up_after_defiance(text: str) -> None:
    assert any(root == "19" for _, root, _ in broadcast(text, D))


def test_striking_a_crime_stays_out() -> None:
    # the excluding word in the act's own clause still names what is struck
    text = "俄罗斯表示，不惧美国的制裁，将继续打击恐怖主义。"
    assert not any(root == "19" for _, root, _ in broadcast(text, D))


@pytest.mark.parametrize(
    "text",
    [
        # the state in the name of the weapon used made it; it did not strike
        "乌克兰军方9日称，使用法国制造的导弹对俄罗斯境内的机场实施了打击。",
        "也门胡塞武装称，利用伊朗设计的无人机对以色列港口发动了袭击。",
    ],
)
def test_weapons_maker_is_not_the_striker(text: str) -> None:
    events = broadcast(text, D)
    assert not any(src in ("FRA", "IRN") and root == "19" for src, root, _ in events)
