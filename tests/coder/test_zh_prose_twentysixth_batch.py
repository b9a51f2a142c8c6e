"""Constructions of analysts' prose from the twenty-sixth dev batch of prose_hant and prose_hans
(eval/README.md, the years each script had not told, 1973-2007): a state just independent or
founded, named again by 之 or recognised with 即予承认; Japan's coast guard; people held (扣留);
a long talk (长谈); a counter-attack launched (反击作战); missiles fired in drills off a state;
loans a visitor announces with no recipient named; fighters sold (战斗机). The sentences are our
own."""

from datetime import date

import pytest

from tests.coder.test_zh_prose_constructions15 import acts, dated
from tests.coder.test_zh_prose_twentythird_batch import chapter

HANS_2002 = ("第三章　2002 年中国外交回顾", date(2003, 1, 20))
HANT_1990 = ("第三章　民國 79 年中共對外關係", date(1991, 1, 20))
HANS_1988 = ("第五章　1988 年中国外交回顾", date(1989, 1, 20))


@pytest.mark.parametrize(
    ("body", "head", "act"),
    [
        # …独立，中国当天与之建交: 之 between 与 and the act is the state just told, as 其 is
        ("东帝汶 5 月 20 日独立，中国当天与之建交。", HANS_2002, ("CHN", "05", "TLS")),
        ("納米比亞 3 月 21 日獨立，中共同日與之建交。", HANT_1990, ("CHN", "05", "NAM")),
        # 日本海上保安厅 is Japan's coast guard, not the Sea of Japan; 扣留 holds as 扣押 does
        ("日本海上保安厅 9 月 7 日扣留登上钓鱼岛的 5 名中国公民。", HANS_2002, ("JPN", "17", "CHN")),
        # 同毛泽东长谈: a long talk with the host is a meeting
        ("基辛格 11 月 12 日在北京同毛泽东长谈。", HANS_1988, ("USA", "04", "CHN")),
        # 对越南发动自卫反击作战: a counter-attack launched at a state is force on it
        ("中国边防部队 2 月 17 日对越南发动自卫反击作战。", HANS_1988, ("CHN", "19", "VNM")),
        # 在台湾附近海域进行导弹发射训练: missile drills off a state show force to it
        ("解放军 7 月 21 日至 26 日在台湾附近海域进行导弹发射训练。", HANS_1988, ("CHN", "15", "TWN")),
        # 宣布向台湾出售 150 架 F-16 战斗机: fighters sold, as 战机 are (from the second part)
        ("美国 9 月 2 日宣布向台湾出售 60 架 F-16 战斗机。", HANS_1988, ("USA", "07", "TWN")),
        # …访问中国，宣布提供第三批日元贷款: the loans go to the host of the visit
        ("日本首相 8 月 25 日访问中国，宣布提供第三批日元贷款。", HANS_1988, ("JPN", "07", "CHN")),
    ],
)  # fmt: skip
def test_an_act_of_the_batch(code, body, head, act):
    assert act in acts(chapter(code, body, *head))


def test_a_state_just_founded_recognised_at_once(code):
    """…宣布独立，…当天即予承认: the recognition names no state; it is the one just told."""
    body = "东帝汶 5 月 20 日宣布独立，澳大利亚当天即予承认。"
    assert ("AUS", "05", "TLS", date(2002, 5, 20)) in dated(chapter(code, body, *HANS_2002))


@pytest.mark.parametrize(
    ("body", "head", "act"),
    [
        # 与之相关 is no pair's act: nothing is recognised
        ("东帝汶 5 月 20 日独立，与之相关的庆典在帝力举行。", HANS_2002, (None, "05", None)),
        # 之 names no state of the sentence before (an unknown state's independence)
        ("老挝 12 月 8 日同中国签订协定。某国 12 月 9 日独立，中国同日与之建交。", HANS_2002,
         ("CHN", "05", "LAO")),
        # 不予承认 is no recognition
        ("该地区 2 月 17 日宣布独立，塞尔维亚当天表示不予承认。", HANS_2002, (None, "05", None)),
        # 日本海 alone is still a sea
        ("中国渔船 9 月 7 日在日本海作业时遭韩国海警扣押。", HANS_2002, ("JPN", None, None)),
        # 参加对越自卫反击作战的老兵 launches nothing
        ("参加对越自卫反击作战的老兵 2 月 17 日在广西聚会。", HANS_1988, (None, "19", None)),
        # 宣布将提供 is a pledge, not loans given
        ("日本首相 8 月 25 日访问中国，宣布将提供第三批日元贷款。", HANS_1988, ("JPN", "07", "CHN")),
    ],
)  # fmt: skip
def test_the_rules_reach_no_further(code, body, head, act):
    """(guards the rules' reach) no event has the parts ``act`` names (None: any)."""
    for found in acts(chapter(code, body, *head)):
        assert not all(want in (None, got) for want, got in zip(act, found, strict=True)), found
