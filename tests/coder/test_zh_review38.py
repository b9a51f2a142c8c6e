"""The seventeenth round's later Chinese rules probed with sentences of our own (review-zh38,
eval/README.md "Review of the seventeenth round's later Chinese rules"): the wordings each rule
took that it must not, and the ones it must keep."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2024, 5, 1)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # zh.051.said_gift: uncertainty, a gift denied, another's charge retold, an economist, a need
        (
            "印度外长苏杰生指出，美国的关税政策给世界经济带来了不确定性和动荡。",
            ("IND", "05", "USA"),
        ),
        (
            "匈牙利总理欧尔班表示，欧盟的制裁为世界经济带来了负面影响，没有带来机遇。",
            ("HUN", "05", "EEC"),
        ),
        ("南非总统拉马福萨表示，美国指责中国为世界带来的机遇是陷阱。", ("ZAF", "05", "CHN")),
        ("英国经济学家表示，中国经济为世界提供了动力。", ("GBR", "05", "CHN")),
        ("法国外长表示，中国要为世界提供机遇，就必须开放市场。", ("FRA", "05", "CHN")),
        ("德国总理表示，他不认为中国为世界提供了机遇。", ("DEU", "05", "CHN")),
        # zh.111.said_act_wrong (coder-zh115's words): a judgement the speaker denies holding
        ("俄罗斯外长说，他不认为中国的做法是危险的。", ("RUS", "11", "CHN")),
        # zh.040.cohost_listed: a plan called off, or due later
        ("论坛原定由中国、印度、巴西联合主办，但印度退出。", ("CHN", "04", "IND")),
        ("由中国、老挝、泰国共同举办的湄公河论坛将于下月举行。", ("CHN", "04", "LAO")),
    ],
)
def test_wordings_the_rules_must_not_take(text, act):
    assert act not in broadcast(text, DAY)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("巴基斯坦总理表示，中方提出的倡议为世界提供了中国方案和中国智慧。", ("PAK", "05", "CHN")),
        ("马来西亚总理安瓦尔表示，东盟为世界提供了稳定性和确定性。", ("MYS", "05", "ASN")),
        ("美国国务院发言人表示，中方的做法是危险的。", ("USA", "11", "CHN")),
        ("本次峰会由印度尼西亚、马来西亚、新加坡、泰国共同主办。", ("IDN", "04", "MYS")),
        # 苏丹 after another state's name and before 两国: the second of a pair, Sudan itself
        ("埃及苏丹两国外长举行会谈。", ("EGY", "04", "SDN")),
        ("沙特苏丹王子会见美国官员。", ("SAU", "04", "USA")),
    ],
)
def test_wordings_the_rules_keep(text, act):
    assert act in broadcast(text, DAY)
