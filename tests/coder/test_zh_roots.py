"""The weakest CAMEO roots of the CCTV coder (issue 10; eval/README.md "The weakest roots"):
words that look like an act but are its noun, measures weighed or drafted, help recalled in
thanks, a conditioned state taken for the threatener. Our own sentences (``coder/zh_roots.py``,
and ``zh_checks.not_a_measure_withdrawn`` for a measure changed).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2025, 6, 10)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # 要求 a noun: at a state's request (应, 根据, 按照), after 的, before 下
        ("以色列总理称，以方将应美方要求暂停对伊朗油田的空袭。", ("USA", "10", "IRN")),
        ("日本政府称，将根据美国政府要求向乌克兰提供物资。", ("JPN", "10", "UKR")),
        ("日本按照美方的要求暂停对伊朗的石油进口。", ("USA", "10", "IRN")),
        ("韩国在美方要求下暂停对伊朗的石油进口。", ("USA", "10", "IRN")),
        # 威胁 the noun after its kind: a threat named, none made
        ("古巴外长指出，美方在为军事威胁古巴寻找借口。", ("USA", "13", "CUB")),
        # a sanction reviewed, changed or drafted is not imposed
        ("匈牙利希望欧盟重新审查对俄制裁。", ("EEC", "16", "RUS")),
        ("美方10日修改对中国商品加征的关税措施。", ("USA", "16", "CHN")),
        ("美国提出的“延长对伊朗武器禁运”的决议草案遭到否决。", ("USA", "16", "IRN")),
        # help recalled in thanks was given on an earlier day
        ("厄方永远不会忘记，中国在最困难时刻向厄瓜多尔提供疫苗援助。", ("CHN", "07", "ECU")),
        (
            "她衷心感谢中国向包括哥伦比亚在内的拉美国家提供援助并分享抗疫经验。",
            ("CHN", "07", "COL"),
        ),
        # measures to build one's own strength threaten no one
        (
            "加拿大总理表示，加拿大已提出提议以解决与美国的贸易争端，并将采取一切必要措施增强自身实力。",
            ("CAN", "13", "USA"),
        ),
        # people told to leave a place are warned, their state is asked nothing
        (
            "以色列国防军发布警告，要求加沙地带北部的巴勒斯坦人立即前往南部避难。",
            ("ISR", "10", "PSE"),
        ),
        # the state a condition names is threatened, not the threatener
        (
            "伊拉克民兵武装20日发表声明称，如果美国进一步扩大对伊朗的侵略，该组织将直接参与对美作战，"
            "全力打击美国在伊拉克及本地区的所有利益目标和军事基地。",
            ("USA", "13", "IRQ"),
        ),
    ],
)
def test_not_the_act(text: str, gone: tuple[str, str, str]) -> None:
    assert gone not in broadcast(text, DAY)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # 要求 the verb stays a demand, 应 the modal before it too
        ("美方10日要求伊朗停止铀浓缩活动。", ("USA", "10", "IRN")),
        ("中方表示，国际社会应要求以色列停止军事行动。", ("CHN", "10", "ISR")),
        # 下 opening a time after the verb
        ("美国要求下月起伊朗停止铀浓缩活动。", ("USA", "10", "IRN")),
        # 威胁 the verb, and the noun's kind far from it
        ("美国威胁对欧盟商品加征关税。", ("USA", "13", "EEC")),
        ("伊朗外长称，美国直接威胁伊朗。", ("USA", "13", "IRN")),
        # sanctions imposed, and reviewed in one clause but imposed in the next
        ("欧盟对俄罗斯实施新一轮制裁。", ("EEC", "16", "RUS")),
        ("欧盟研究后决定对俄罗斯实施制裁。", ("EEC", "16", "RUS")),
        # thanks are the day's praise
        ("越方始终铭记并衷心感谢中方给予的巨大帮助。", ("VNM", "05", "CHN")),
        ("哥伦比亚外长衷心感谢中国向哥伦比亚提供援助。", ("COL", "05", "CHN")),
        # help given that day
        ("中国向厄瓜多尔提供疫苗援助。", ("CHN", "07", "ECU")),
        # soldiers told to leave are forces withdrawn: their state is asked
        ("俄方要求美国军人撤离叙利亚。", ("RUS", "10", "USA")),
        # the one who answers the condition threatens
        ("伊朗军方警告，如果美军进一步推进，伊朗军队将迅速采取作战行动。", ("IRN", "13", "USA")),
    ],
)
def test_still_the_act(text: str, act: tuple[str, str, str]) -> None:
    assert act in broadcast(text, DAY)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # told not to act: a demand of the one told
        ("美国总统19日称，已经告知以色列不要攻击伊朗境内的能源设施。", ("USA", "10", "ISR")),
        # consent a state says it is not ready to give rejects the one that seeks it
        ("乌克兰政府当天表示，乌克兰不准备同意通过白俄罗斯出口谷物的计划。", ("UKR", "12", "BLR")),
    ],
)
def test_demand_and_refusal_told(text: str, act: tuple[str, str, str]) -> None:
    assert act in broadcast(text, DAY)


def test_a_warning_not_to_act_stays_a_warning() -> None:
    acts = broadcast("伊朗警告美国勿对伊朗能源设施发动更多袭击。", DAY)
    assert ("IRN", "13", "USA") in acts and ("IRN", "10", "USA") not in acts


def test_the_conditioned_acts_when_the_clause_has_no_subject() -> None:
    text = "以色列总理表示，如果以色列认为谈判无果，将对加沙发动空袭。"
    assert ("ISR", "13", "PSE") in broadcast(text, DAY)


def test_a_measure_agreed_by_those_before_its_topic() -> None:
    """The doer named again after 就 is the measure's, agreed by the parties before it."""
    text = "欧盟成员国驻欧盟大使9日就欧盟新一轮对俄制裁措施达成一致。"
    assert ("EEC", "16", "RUS") in broadcast(text, DAY)
    # talks about another's measure are no measure of the speakers'
    assert ("CHN", "16", "RUS") not in broadcast("中方就欧盟对俄制裁措施表明立场。", DAY)
