"""Coded with the wrong actor, direction or root on the days drawn at random (issue 10,
eval/README.md "Coded with the wrong actor, direction or root, on the random days"): support
said to go on (将继续支持) is given now (051), and an act of another party told inside the
reason an act is given for (以…为由) is a pretext. Sentences of our own, with the neighbours
each change must leave alone."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2025, 6, 12)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("中方将继续支持联合国在国际事务中发挥核心作用。", ("CHN", "05", "UNO")),
        ("外交部发言人表示，伊朗会继续坚定支持叙利亚。", ("IRN", "05", "SYR")),
        ("中方将继续支持老挝走符合自身国情的发展道路。", ("CHN", "05", "LAO")),
    ],
)
def test_support_that_goes_on_is_given(text, act):
    assert act in broadcast(text, DAY)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # support only to come stays an intent; 继续 of another clause does not reach it
        ("胡塞武装发言人称，该组织将坚定支持黎巴嫩。", ("YEM", "03", "LBN")),
        ("中方将继续劝和促谈，支持俄乌双方恢复和谈。", ("CHN", "03", "RUS")),
        ("中方愿继续支持蒙方抗击疫情。", ("CHN", "03", "MNG")),
    ],
)
def test_support_to_come_stays_intent(text, act):
    assert act in broadcast(text, DAY)


def test_another_partys_act_in_a_reason_is_a_pretext():
    text = "美国政府以所谓“世卫组织拒绝执行美方所要求的改革”为由，宣布终止与世卫组织的关系。"
    acts = broadcast(text, DAY)
    assert ("UNO", "12", "USA") not in acts
    assert ("USA", "16", "UNO") in acts


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # the doer's own purpose, naming no party before its verb, is kept
        ("以色列国防军以打击哈马斯为由空袭加沙地带多处目标。", ("ISR", "19", "PSE")),
        # a breach given as the ground accuses the one said to breach (zh.112.pretext)
        ("英法德三国以伊朗未履行协议为由，要求启动快速恢复制裁机制。", ("FRA", "11", "IRN")),
    ],
)
def test_reason_keeps_its_own_acts(text, act):
    assert act in broadcast(text, DAY)
