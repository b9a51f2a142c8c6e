"""Classes of error of the tenth dev batch of ``xwlb_docs`` (seed 120, eval/README.md), each
fixed as a rule about a construction and seen on other days too; the sentences are our own."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document

D = date(2024, 3, 12)


def _events(text: str) -> list[tuple[str, str, str]]:
    """(source country, code, target country) of every event of ``text`` read as a broadcast item."""
    c = coding(Document(text, published=D, kind="xwlb", source="xwlb"))
    return [((e.source_actor or "")[:3], e.code, (e.target_actor or "")[:3]) for e in c.events]


def _roots(text: str, root: str) -> set[tuple[str, str]]:
    return {(s, t) for s, code, t in _events(text) if code[:2] == root}


@pytest.mark.parametrize(
    "text",
    [
        "美国“林肯”号航母打击群11日抵达阿曼，预计不久后驶入阿拉伯海。",
        "美国海军“杜鲁门”号航母打击群10日抵达塞浦路斯附近海域。",
    ],
)
def test_a_strike_group_is_a_unit_not_a_strike(text: str) -> None:
    assert not _roots(text, "19")


def test_a_strike_is_still_one() -> None:
    assert _roots("美军11日打击了叙利亚境内的多个目标。", "19") == {("USA", "SYR")}


@pytest.mark.parametrize(
    "text",
    [
        "欧盟11日未就第十四轮对俄制裁方案达成一致。",
        "欧盟方面表示，欧盟未就新一轮对伊朗制裁达成一致。",
    ],
)
def test_no_accord_on_a_sanction_is_neither(text: str) -> None:
    assert not _roots(text, "05") and not _roots(text, "16")


def test_a_sanction_agreed_by_the_bloc_is_imposed() -> None:
    text = "欧盟各成员国11日就针对伊朗的新一轮制裁方案达成一致。"
    assert _roots(text, "16") == {("EEC", "IRN")}
    assert not _roots(text, "05")  # (Iran is what the accord is about, no party to it)


def test_a_partner_after_the_topic_still_signs() -> None:
    text = "俄罗斯11日已就出售一批直升机与印度尼西亚签署合同。"
    assert _roots(text, "05") == {("RUS", "IDN")}


@pytest.mark.parametrize(
    ("text", "doers"),
    [
        ("英国和加拿大11日都宣布了新一轮对伊朗的经济制裁措施。", {("GBR", "IRN"), ("CAN", "IRN")}),
        (
            "11日，日本、澳大利亚均宣布了新一轮对朝鲜的金融制裁措施。",
            {("JPN", "PRK"), ("AUS", "PRK")},
        ),
    ],
)
def test_each_of_a_list_before_dou_acts(text: str, doers: set[tuple[str, str]]) -> None:
    """美国、欧盟都宣布…: 都 or 均 after a list makes each of it a doer, however far the act."""
    assert _roots(text, "16") == doers


@pytest.mark.parametrize(
    ("text", "reproached"),
    [
        ("俄罗斯外交部11日表示，欧盟对俄方的持续制裁违反国际法。", {("RUS", "EEC")}),
        ("古巴外长11日说，美国对古巴的封锁措施严重违反国际法。", {("CUB", "USA")}),
        (
            "伊朗外交部11日表示，美国和以色列对叙利亚的空袭违反了国际法。",
            {("IRN", "USA"), ("IRN", "ISR")},
        ),
    ],
)
def test_a_measure_told_with_dui_found_in_breach(text: str, reproached: set) -> None:
    """…对…的制裁违反国际法: the speaker reproaches the measure's doer before 对, never the state
    it falls on."""
    assert _roots(text, "11") == reproached


def test_an_opinion_finding_a_breach_is_no_states_act() -> None:
    assert not _roots("咨询意见称，以色列对巴领土的占领违反国际法。", "11")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("乌军去年8月6日突袭了俄罗斯别尔哥罗德州的边境村镇。", ("UKR", "RUS")),
        ("以军11日突袭了约旦河西岸纳布卢斯的一处难民营，逮捕多人。", ("ISR", "PSE")),
    ],
)
def test_a_raid_is_force(text: str, pair: tuple[str, str]) -> None:
    """突袭: a surprise attack on the other side's ground is force, as 袭击 is."""
    assert pair in _roots(text, "19")


def test_a_surprise_signing_is_no_raid() -> None:
    assert not _roots("两国政府11日“突袭式”签署了有关韩国的协议。", "19")


@pytest.mark.parametrize(
    "text",
    [
        "美国总统11日称，如果不能同伊朗达成协议，伊朗将面临非常糟糕的后果。",
        "美国总统11日称，如果美国与伊朗不能达成协议，将对伊朗发动更大规模的打击。",
    ],
)
def test_a_negated_condition_still_threatens(text: str) -> None:
    """如果不能…，…将面临…后果: the 不能 is the condition's; the consequence is threatened."""
    assert ("USA", "IRN") in _roots(text, "13")


def test_a_negated_consequence_is_no_act() -> None:
    assert not _roots("美方11日称，如果伊朗不放弃核计划，美国将不会同伊朗谈判。", "04")


def test_a_reaction_answers_each_doer_told_before() -> None:
    """…都宣布了新一轮对俄制裁措施。俄外交部表示，将采取回应措施: the countermeasures answer
    each state that imposed the sanctions, not the first alone."""
    text = "英国和加拿大11日宣布了新一轮对俄罗斯的制裁措施。俄外交部表示，将采取回应措施。"
    assert _roots(text, "13") == {("RUS", "GBR"), ("RUS", "CAN")}


def test_a_reaction_to_one_doer_stays_one() -> None:
    text = "英国11日宣布了新一轮对俄罗斯的制裁措施。俄外交部表示，将采取回应措施。"
    assert _roots(text, "13") == {("RUS", "GBR")}


def test_a_statement_on_a_situation_is_not_addressed_to_its_state() -> None:
    """就乌克兰局势发表声明: the state is the situation's, the statement's topic."""
    text = "联合国秘书长11日就黎巴嫩局势发表声明，表示暴力必须立即停止。"
    assert not _roots(text, "01")


def test_a_contribution_credited_far_from_its_state() -> None:
    """…{T} … 作出|做出 … 重要贡献: the verb is an element of its own (作出了? had made it optional,
    and the two long gaps one, too short for a long tribute)."""
    text = (
        "习近平11日指出，你担任菲律宾总统期间，本着对两国人民和对地区和平高度负责的态度，毅然作出"
        "改善对华关系的重大战略选择，中菲关系因此重回正轨并蓬勃发展，为两国友好交往作出重要贡献。"
    )
    assert _roots(text, "05") == {("CHN", "PHL")}


def test_an_attack_on_a_target_told_by_where_it_was() -> None:
    """向在附近巡逻的俄军士兵发动袭击: 在…的 between 向 and the target describes it."""
    text = "俄国防部11日称，乌克兰小分队向在边境附近巡逻的俄罗斯边防士兵发动袭击。"
    assert ("UKR", "RUS") in _roots(text, "19")


def test_a_reconnaissance_unit_after_a_verb_is_its_states() -> None:
    """挫败了俄侦察组进入乌领土的企图: 了 ends the verb, and the short form before a unit
    (侦察组, 侦察机, 破坏小组) names the unit's state."""
    assert ("UKR", "RUS") in _roots("乌军11日挫败了俄侦察组越过边境的企图。", "19")


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        ("美方11日下调对中国商品加征的关税。", False),
        ("美国财政部11日宣布，撤销此前暂停制裁伊朗石油销售的临时措施。", True),
    ],
)
def test_a_measure_cut_or_withdrawn_is_not_imposed(text: str, imposed: bool) -> None:
    """下调或撤销对中国…加征的关税: eased, not imposed; but an easing withdrawn puts it back."""
    assert bool(_roots(text, "16")) is imposed


def test_a_list_closed_by_deng_goes_on_after_yiji() -> None:
    """沙特等19国外长以及阿盟和伊合组织秘书长: 等…国 closes the states' list and 以及 adds to it."""
    assert _roots("国务院总理11日会见了沙特等国外长以及阿盟秘书长。", "04") == {
        ("CHN", "SAU"),
        ("CHN", "ARL"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "俄罗斯国防部11日称，俄军控制了顿涅茨克地区的别列佐夫卡村。",
        "俄罗斯国防部11日称，俄军控制了哈尔科夫地区的格卢什科夫卡镇。",
    ],
)
def test_a_village_or_town_taken_is_seized(text: str) -> None:
    """控制了…地区的X村, X镇: ground taken where one fights, as 居民点 and 村庄 are."""
    assert _roots(text, "19") == {("RUS", "UKR")}


def test_ground_taken_lies_where_weiyu_says() -> None:
    """控制了位于顿涅茨克的…居民点: 位于 names whose ground was taken (for a strike it only says
    where the struck thing stands)."""
    text = "俄罗斯国防部11日称，俄军控制了位于顿涅茨克地区的两个居民点。"
    assert _roots(text, "19") == {("RUS", "UKR")}
