"""Faults of coder-audit39's hand check (eval/README.md, coder-zh133): 支援 of an armed force,
a join obstructed, good faith toward talks, a toll since a war began, and a meeting agreed for
a later day; each tried on wordings of our own."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document

_AIRED = date(2026, 4, 11)


def _events(text: str) -> set[tuple[str, str, str, date]]:
    c = coding(Document(text, published=_AIRED, kind="xwlb", source="xwlb"))
    return {(e.source_actor or "", e.code, e.target_actor or "", e.date) for e in c.events}


def _acts(text: str) -> set[tuple[str, str, str]]:
    return {e[:3] for e in _events(text)}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "2015年，沙特主导的多国联军支援也门政府军，对胡塞武装发动军事行动。",
            ("SAU", "072", "YEMGOV"),
        ),
        ("俄军支援叙利亚政府军收复失地。", ("RUSMIL", "072", "SYRGOV")),
    ],
)
def test_armed_support_is_military_aid(text, act):
    """X联军支援Y政府军: troops fighting beside an army, 072, not verbal support."""
    acts = _acts(text)
    assert act in acts
    assert (act[0], "051", act[2]) not in acts


def test_support_of_a_state_stays_verbal():
    assert ("CHN", "051", "PAK") in _acts("中国支持巴基斯坦维护国家主权。")
    assert ("CHN", "032", "LAO") in _acts("中方将支援老挝抗洪救灾。")


def test_an_obstructed_join_is_none():
    """可能会阻碍X加入Y: X is kept from joining, no join."""
    assert not {a for a in _acts("有分析认为，这一协议可能会阻碍乌克兰加入欧盟。") if a[1] == "057"}
    assert not {a for a in _acts("匈牙利将阻止乌克兰加入欧盟。") if a[1] == "057"}
    assert ("FIN", "057", "NAT") in _acts("芬兰正式加入北约。")


@pytest.mark.parametrize(
    "text",
    [
        "伊朗外长表示，伊朗对与美国进行谈判怀有诚意。",
        "俄方对与乌克兰谈判持开放态度。",
        "双方讨论了启动与以色列谈判的日期。",
    ],
)
def test_an_attitude_toward_talks_is_no_talks(text):
    assert not {a for a in _acts(text) if a[1] == "046"}


def test_talks_held_stay():
    assert ("IRN", "046", "USA") in _acts("伊朗与美国进行谈判。")


def test_a_toll_since_a_war_began_is_no_strike():
    """…以来，已有N人遇害，…袭击还导致…: the sum since then, no strike of the day."""
    text = (
        "据伊朗媒体报道，美国和以色列对伊朗发动军事行动以来，已有300多名学生遇害，"
        "美以袭击还导致伊朗多处学校遭到破坏。"
    )
    assert not {a for a in _acts(text) if a[1].startswith("19")}
    struck = _acts("以色列10日对加沙的空袭造成20人死亡。")
    assert {a for a in struck if a[0] == "ISR" and a[1].startswith("19") and a[2] == "PSE"}


def test_a_meeting_agreed_for_a_later_day_is_intended_on_the_day_told():
    """同意14日举行会议, told on the 10th: 036 on the 10th, not 040 on last month's 14th."""
    events = _events("美国国务院10日说，黎巴嫩和以色列同意14日举行首次会议。")
    assert ("LBN", "036", "ISR", date(2026, 4, 10)) in events
    assert not {e for e in events if e[1][:2] == "04"}
    assert ("LBN", "040", "ISR", date(2026, 4, 10)) in _events("黎巴嫩和以色列10日举行首次会议。")


def test_each_delegation_of_a_list_is_met():
    """分别与X代表团和Y代表团举行会谈: both delegations are met, not the first alone."""
    acts = _acts("夏巴兹分别与伊朗代表团和美国代表团举行会谈。")
    assert {("PAKGOV", "040", "IRN"), ("PAKGOV", "040", "USA")} <= acts
    assert ("CHN", "040", "USA") in _acts("中国代表团和美国代表团在日内瓦举行会谈。")


@pytest.mark.parametrize(
    "text",
    [
        "以色列总理内塔尼亚胡30日称，哈马斯必须放下武器。",
        "内塔尼亚胡30日称，以色列准备好进行谈判，但哈马斯必须放下武器。",
    ],
)
def test_arms_laid_down_asked_are_a_demand(text):
    assert ("ISRGOV", "100", "PSEREB") in _acts(text)


def test_arms_laid_down_told_are_no_demand():
    assert not {a for a in _acts("哈马斯表示不会放下武器。") if a[1] == "100"}


@pytest.mark.parametrize("group", ["访问团", "代表团"])
def test_a_party_delegation_led_by_its_chair_is_met(group):
    """会见X主席率领的中国国民党访问团: the visiting delegation is met, as a 代表团 is."""
    text = f"习近平在北京会见郑丽文主席率领的中国国民党{group}。"
    assert ("CHNGOV", "040", "TWNPTY") in _acts(text)
