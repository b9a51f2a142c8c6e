"""Faults the review of the twelfth round's Chinese rules left (review-zh31, eval/README.md),
each mended by its construction: our own sentences in the family, beside those it must not
take. Read as items of a broadcast of 20 June 2024."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

D = date(2024, 6, 20)


@pytest.mark.parametrize(
    "text",
    ["俄方同意乌方提出的会谈建议。", "俄方同意乌方的会谈建议。", "伊朗同意美国的会晤提议。"],
)
def test_talks_proposed_and_agreed_to_are_no_meeting(text):
    """The 同 of 同意 is no 'with': the talks are the proposal's, not held."""
    assert not {a for a in broadcast(text, D) if a[1] == "04"}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("俄方同乌方举行会谈。", ("RUS", "04", "UKR")),
        ("俄方同时与乌方举行会谈。", ("RUS", "04", "UKR")),
        ("中方同日本举行会谈。", ("CHN", "04", "JPN")),
        ("国家主席习近平同意大利总统马塔雷拉通电话。", ("CHN", "04", "ITA")),
    ],
)
def test_with_is_still_with(text, act):
    assert act in broadcast(text, D)


@pytest.mark.parametrize(
    "text",
    ["美国呼吁各国召回驻俄罗斯大使。", "联合国呼吁各国停止向以色列提供武器。",
     "伊朗外长呼吁各国无视美国对伊制裁。"],
)  # fmt: skip
def test_an_appeal_to_every_state_is_addressed_to_none(text):
    """The state named after it is what is asked about (the envoys' host, the arms' buyer)."""
    assert not {a for a in broadcast(text, D) if a[1] == "02"}


def test_an_appeal_to_one_state_about_another_is_its():
    acts = broadcast("美国呼吁俄罗斯召回驻乌克兰大使。", D)
    assert ("USA", "02", "RUS") in acts
    assert ("USA", "02", "UKR") not in acts


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("乌克兰向美国请求提供更多防空系统。", ("UKR", "02", "USA")),
        ("乌克兰请求美国提供更多防空系统。", ("UKR", "02", "USA")),
        ("巴基斯坦向中国请求提供疫苗。", ("PAK", "02", "CHN")),
    ],
)
def test_a_request_for_arms_or_supplies_is_one_for_aid(text, act):
    assert act in broadcast(text, D)


def test_arms_provided_or_a_request_denied_ask_nothing():
    assert ("UKR", "02", "USA") not in broadcast("乌克兰没有向美国请求提供武器。", D)
    assert ("USA", "02", "UKR") not in broadcast("美国向乌克兰提供武器。", D)


@pytest.mark.parametrize(
    "text",
    [
        "如果北约出兵乌克兰，俄罗斯并不排除使用核武器。",
        "北约一旦出兵乌克兰，俄罗斯不排除动用核武器。",
    ],
)
def test_force_not_ruled_out_on_a_condition_is_threatened(text):
    assert ("RUS", "13", "NAT") in broadcast(text, D)


def test_force_not_ruled_out_with_no_condition_or_by_an_expert_threatens_no_one():
    assert not broadcast("俄罗斯并不排除使用核武器。", D)
    assert not broadcast("专家认为，如果北约出兵乌克兰，俄罗斯不排除使用核武器。", D)


@pytest.mark.parametrize(
    "text",
    ["普京访朝期间，两国签署了全面战略伙伴关系条约。",
     "俄罗斯总统普京访问朝鲜期间，双方签署了全面战略伙伴关系条约。"],
)  # fmt: skip
def test_a_treaty_the_pair_of_a_visit_signs_is_agreed(text):
    assert ("RUS", "05", "PRK") in broadcast(text, D)


def test_talks_another_proposed_agreed_to_be_joined_are_intended():
    """Without the 同 of 同意 read as 'with', the talks joined still have their proposer."""
    assert ("IRN", "03", "USA") in broadcast("伊朗同意参加美国提出的会谈。", D)
    assert ("IRN", "03", "USA") not in broadcast("伊朗不同意参加美国提出的会谈。", D)
