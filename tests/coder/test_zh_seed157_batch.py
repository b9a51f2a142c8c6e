"""What the seed-157 dev batch of whole CCTV transcripts (eval/README.md, ``xwlb_docs``) showed
the coder getting wrong, each class mended by a rule about its construction. Our own sentences,
read as items of a broadcast of 11 September 2024."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

D = date(2024, 9, 11)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("伊朗外长10日表示，伊朗愿意对话，美方应首先取消对伊朗的制裁。", ("IRN", "10", "USA")),
        (
            "俄外长10日表示，俄方坚决反对，美国必须立即停止对俄罗斯企业的打压。",
            ("RUS", "10", "USA"),
        ),
    ],
)
def test_a_demand_in_a_later_clause_of_the_speech(text, act):
    assert act in broadcast(text, D)


def test_a_later_clause_demands_of_a_state_not_of_both_sides():
    assert ("RUS", "10", "UKR") in broadcast(
        "俄罗斯总统10日表示，俄方愿意谈判，乌克兰应立即撤出边境地区。", D
    )
    acts = broadcast("俄罗斯总统10日表示，俄罗斯愿同乌克兰谈判，双方应停止敌对行动。", D)
    assert not {a for a in acts if a[1] == "10"}


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (
            "德国总理10日表示，美国和以色列针对伊朗的战争完全没必要。",
            {("DEU", "11", "USA"), ("DEU", "11", "ISR")},
        ),
        ("法国总统10日表示，俄罗斯对乌克兰的军事打击毫无必要。", {("FRA", "11", "RUS")}),
    ],
)
def test_a_war_the_speaker_calls_needless_is_criticised(text, acts):
    assert acts <= broadcast(text, D)


def test_a_needless_act_is_criticised_not_a_needless_worry():
    assert ("FRA", "11", "USA") in broadcast("法国外长10日表示，美国对欧盟的加征关税没有必要。", D)
    assert not broadcast("法国外长10日表示，美方没有必要担心。", D)


def test_force_a_speaker_says_has_no_link_with_his_state_is_no_force():
    acts = broadcast("叙利亚外交部10日发表声明说，以军空袭的目标与叙利亚政府没有任何关联。", D)
    assert ("ISR", "19", "SYR") not in acts


def test_an_appeal_to_respect_a_states_sovereignty_is_not_addressed_to_it():
    assert ("UNO", "02", "SYR") not in broadcast(
        "联合国秘书长发言人10日呼吁尊重叙利亚主权和领土完整。", D
    )
    assert ("UNO", "02", "USA") in broadcast("联合国秘书长发言人10日呼吁美国尊重叙利亚主权。", D)


def test_a_statement_speaks_for_the_one_who_issued_it():
    acts = broadcast("伊朗外交部10日发表声明。声明谴责美国的制裁是“经济恐怖主义”。", D)
    assert ("IRN", "11", "USA") in acts


def test_a_statements_issuer_speaks_but_is_no_target_of_what_others_do():
    """The league issued the statement and condemns; Netanyahu's words are not aimed at it."""
    acts = broadcast(
        "阿拉伯国家联盟10日发表声明。声明谴责以色列的定居点政策。"
        "声明称，内塔尼亚胡的言论侵犯了阿拉伯国家的主权。",
        D,
    )
    assert ("ARL", "11", "ISR") in acts
    assert not {a for a in acts if a[0] == "ISR" and a[2] == "ARL"}


def test_a_statement_speaks_but_sanctions_no_one():
    acts = broadcast(
        "俄罗斯驻欧盟使团10日发表声明。声明谴责欧盟的单边制裁。"
        "声明还说，新一轮制裁对欧盟自身是“毁灭性的”。",
        D,
    )
    assert ("RUS", "11", "EEC") in acts
    assert ("RUS", "16", "EEC") not in acts


def test_a_joint_statement_lends_no_one_issuer_and_its_pair_still_carries():
    """A statement of two speaks for neither alone (the pair's later 双方 still carries), while
    one state's statement lends it."""
    acts = broadcast(
        "伊朗外交部和苏丹外交部10日发表联合声明称，两国决定恢复外交关系。"
        "声明说，双方同意近期复开使馆，探讨扩大两国合作的途径。",
        D,
    )
    assert ("IRN", "03", "SDN") in acts
    assert ("SDN", "11", "USA") in broadcast("苏丹外交部10日发表声明。声明谴责美国的制裁。", D)
