"""Faults found at the thirteenth round's start (issue 10, eval/README.md "Faults found at the
thirteenth round's start"), in sentences of our own, with the neighbours the rules must leave
alone: each case is a sentence and a (source, root, target) of countries that must be coded, or
must not."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2025, 6, 12)

AFTER_AN_AGREEMENT = (
    "白俄罗斯外交部28日表示，白方根据此前与立陶宛达成的相关协议，已暂停边境检查，"
    "但如果立方不遵守相关协议，白方保留同等权利。"
)

CODED = [
    # a visit ended with the traveller still abroad stays on the day
    (
        "伊朗外长表示，在结束对卡塔尔的访问之后、前往土耳其之前，他将再次访问伊拉克。",
        ("IRN", "04", "QAT"),
    ),
    # an attack tried and foiled is force
    (
        "以色列国防军称，真主党无人机企图对以北部的军事基地实施袭击，被以方拦截。",
        ("LBN", "19", "ISR"),
    ),
    ("俄国防部说，乌克兰企图用导弹袭击俄罗斯境内的一座机场，遭俄方挫败。", ("UKR", "19", "RUS")),
    # forces withdrawn, the state left named after 从 (the forces posted there named by it)
    ("据报道，驻伊拉克美军已经开始从伊拉克撤离。", ("USA", "08", "IRQ")),
    ("土耳其部队从利比亚全部撤离。", ("TUR", "08", "LBY")),
    ("大批伊拉克民众在巴格达游行，要求驻伊拉克美军撤离。", ("IRQ", "14", "USA")),
    # an agreement reached that day is one
    ("今天，伊朗与俄罗斯达成协议，将扩大能源合作。", ("IRN", "05", "RUS")),
]

NOT_CODED = [
    # an agreement or consensus reached before, named as what an act follows
    (AFTER_AN_AGREEMENT, ("BLR", "05", "LTU")),
    (AFTER_AN_AGREEMENT, ("BLR", "16", "LTU")),
    (
        "中方愿和越方按照习近平总书记同苏林总书记达成的重要共识，加强战略对接。",
        ("CHN", "01", "VNM"),
    ),
    # a withdrawal listed as an agreement's term; citizens evacuated
    ("协议草案包括以军从黎巴嫩南部撤出、真主党武装后撤等内容。", ("ISR", "08", "LBN")),
    ("德国宣布从伊朗撤离本国公民。", ("DEU", "08", "IRN")),
    ("意大利政府派专机从苏丹撤离侨民。", ("ITA", "08", "SDN")),
    # a visit over before the day's act is background
    (
        "6月11日，李强在结束出席东盟峰会并对马来西亚进行正式访问回到国内后，在广州考察外贸企业。",
        ("CHN", "04", "MYS"),
    ),
    ("王毅结束对肯尼亚的访问回国后，主持召开部务会议。", ("CHN", "04", "KEN")),
    ("韩正在结束对秘鲁的正式访问返回北京后，出席了一场座谈会。", ("CHN", "04", "PER")),
    # an attack only schemed or prepared, nothing saying it was launched
    ("俄国防部说，乌克兰企图用导弹袭击俄罗斯境内的一座机场。", ("UKR", "19", "RUS")),
    ("美军正准备对也门发动大规模空袭，以回应胡塞武装的袭击。", ("USA", "19", "YEM")),
    # a foiled attack is no scheme its teller accuses the attacker of
    ("俄国防部说，乌克兰企图用导弹袭击俄罗斯境内的一座机场，遭俄方挫败。", ("RUS", "11", "UKR")),
]


@pytest.mark.parametrize(("text", "act"), CODED)
def test_coded(text, act):
    assert act in broadcast(text, DAY)


@pytest.mark.parametrize(("text", "act"), NOT_CODED)
def test_not_coded(text, act):
    assert act not in broadcast(text, DAY)
