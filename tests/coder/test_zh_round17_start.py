"""Faults of the seventeenth round's start check (issue 10, eval/README.md "Faults of the
seventeenth round's start check"), each mended as a rule about the construction; the sentences
are our own."""

import pytest

from tests.coder.test_zh_unseen_constructions import _events, _roots

_SUMMIT = (
    "金砖国家领导人会晤13日在约翰内斯堡举行。南非总统主持会晤。"
    "中国国家主席习近平、巴西总统卢拉、印度总理莫迪和俄罗斯总统普京（线上）出席。"
)


def test_china_listed_among_those_attending_meets_each_other_party():
    """中国国家主席习近平、巴西总统卢拉…出席: China's leader inside the list of attendees meets
    each party the item names (the chair too), and the others meet no one by the list."""
    pairs = _roots(_SUMMIT, "04")
    assert sorted(pairs) == [("CHN", "BRA"), ("CHN", "IND"), ("CHN", "RUS"), ("CHN", "ZAF")]


def test_a_chair_before_the_list_in_one_sentence_is_met_too():
    text = "峰会13日以视频方式举行。俄罗斯总统普京主持，中国国家主席习近平、印度总理莫迪、巴西总统卢拉出席。"
    assert sorted(_roots(text, "04")) == [("CHN", "BRA"), ("CHN", "IND"), ("CHN", "RUS")]


def test_a_list_of_attendees_without_china_meets_no_one():
    """法国总统、德国总理和英国首相出席: China is not listed, so no gathering of China's."""
    assert not _roots(
        "会议13日在巴黎举行。法国总统马克龙、德国总理默克尔和英国首相斯塔默出席。", "04"
    )


@pytest.mark.parametrize(
    "text",
    [
        "波兰13日要求45名俄罗斯外交官离开波兰。",
        "法国13日要求两名伊朗外交官限期离开法国。",
    ],
)
def test_envoys_told_to_leave_are_expelled(text):
    """要求…外交官离开: the demand that another state's envoys leave is their expulsion (166),
    no request (10)."""
    events = _events(text)
    assert [code for _, code, _ in events] == ["166"]


def test_a_demand_that_troops_leave_stays_a_demand():
    assert _roots("叙利亚13日要求美军离开叙利亚。", "10") == [("SYR", "USA")]


def test_military_supplies_arrived_are_aid():
    """又有一批美国军事物资运抵乌克兰: a state's military supplies arriving in another are given."""
    assert _roots("当天，又有一批美国军事物资运抵乌克兰。", "07") == [("USA", "UKR")]


def test_an_operation_said_to_escalate_is_a_threat_by_the_speaker():
    """美防长称，针对伊朗的军事行动将进一步升级: 138 from the speaker to the one it is aimed at."""
    assert ("USA", "IRN") in _roots("美国防长13日称，针对伊朗的军事行动将进一步升级。", "13")


def test_a_strike_named_with_its_kind_inside_a_judgement_is_no_strike():
    """美国和以色列对伊朗的军事打击违反了国际法: the strike after 的 and a word of its kind (军事)
    is what the speaker judges, no strike of the day; the judgement stays."""
    text = "意大利国防部长13日在议会表示，美国和以色列对伊朗的军事打击违反了国际法。"
    assert not _roots(text, "19")
    assert sorted(_roots(text, "11")) == [("ITA", "ISR"), ("ITA", "USA")]


def test_a_strike_launched_stays():
    assert ("USA", "IRN") in _roots("美国和以色列13日对伊朗发动军事打击。", "19")


def test_a_speaker_saying_another_plunders_accuses_it():
    """他说，美国仍然…掠夺叙利亚石油: the speaker (the 他 of the sentence before) accuses the one it
    says plunders or steals (112)."""
    text = "叙利亚外长梅克达德13日表示，叙伊两国将加强经济合作。他说，美国仍然侵占叙利亚东北部大片土地，掠夺叙利亚石油。"
    assert ("SYR", "USA") in _roots(text, "11")


def test_crowds_saying_another_plunders_accuse_no_one():
    assert not _roots("抗议民众13日表示，美国还掠夺该省石油和粮食资源。", "11")
