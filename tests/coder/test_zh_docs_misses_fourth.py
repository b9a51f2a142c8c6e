"""Misses of ``xwlb_docs`` by construction, fourth pass (issue 10, eval/README.md "Misses of
xwlb_docs by construction, fourth pass"): a threat issued as a noun (向|对 X 发出威胁) and a
denied strike told in the passive (否认 … 被|遭 X …击中), in sentences of our own, with the
neighbours the rules must leave alone."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2025, 6, 12)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("以色列国防部长11日向黎巴嫩真主党发出威胁，称将予以严厉回击。", ("ISR", "13", "LBN")),
        ("朝鲜当天对韩国发出威胁。", ("PRK", "13", "KOR")),
        ("美国国务卿再次向委内瑞拉发出威胁性言论。", ("USA", "13", "VEN")),
        ("土耳其总统对叙利亚库尔德武装发出军事打击威胁。", ("TUR", "13", "SYR")),
    ],
)
def test_a_threat_issued_to_a_state_threatens_it(text, act):
    assert act in broadcast(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        # the threat denied or not made
        "伊朗外长表示，伊朗从未向沙特发出威胁。",
        "俄罗斯未向挪威发出任何威胁。",
        "美国总统没有对古巴发出新的军事打击威胁。",
        # the one who issued it is not before 向: the speaker is not read as the threatener
        "俄外长说，面对疫情，还对世卫组织发出威胁，这无助于抗疫。",
    ],
)
def test_no_threat_issued(text):
    assert not {f for f in broadcast(text, DAY) if f[1] == "13"}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("以色列军方否认一架战机被黎巴嫩真主党击落。", ("ISR", "01", "LBN")),
        ("俄国防部当天否认黑海舰队旗舰被乌军导弹击沉。", ("RUS", "01", "UKR")),
        ("沙特方面否认其炼油设施遭到也门胡塞武装袭击。", ("SAU", "01", "YEM")),
    ],
)
def test_a_denied_strike_told_in_the_passive_answers_the_striker(text, act):
    assert act in broadcast(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        # no striker named
        "伊朗否认客机被导弹击中。",
        # the denier's own side encircled: no other state
        "乌方否认乌军在该地区被包围。",
        # the strike told, not denied: the passive still reverses the roles
        "叙利亚称其防空阵地遭到以色列空袭。",
    ],
)
def test_no_denial_of_a_passive_strike(text):
    assert not {f for f in broadcast(text, DAY) if f[1] == "01"}
