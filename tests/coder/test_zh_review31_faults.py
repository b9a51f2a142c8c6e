"""Faults the review of the twelfth round's Chinese rules left (review-zh31, eval/README.md),
each mended by its construction: our own sentences in the family, beside those it must not
take. Read as items of a broadcast of 20 June 2024."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import broadcast, countries

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


def test_talks_another_proposed_agreed_to_be_joined_are_intended():
    """Without the 同 of 同意 read as 'with', the talks joined still have their proposer."""
    assert ("IRN", "03", "USA") in broadcast("伊朗同意参加美国提出的会谈。", D)
    assert ("IRN", "03", "USA") not in broadcast("伊朗不同意参加美国提出的会谈。", D)


@pytest.mark.parametrize(
    "text",
    ["以色列对伊朗领事馆的袭击违反国际法。", "美国和以色列对伊朗核设施的袭击违反了国际法。",
     "以色列对多哈的袭击公然侵犯卡塔尔主权。"],
)  # fmt: skip
def test_a_strike_named_and_judged_is_recalled_not_done(text):
    assert not {a for a in broadcast(text, D) if a[1] == "19"}


def test_a_strike_named_with_its_day_or_its_toll_is_done():
    assert ("ISR", "19", "IRN") in broadcast("以色列1日对伊朗领事馆的袭击违反国际法。", D)
    assert ("ISR", "19", "IRN") in broadcast("以色列对伊朗领事馆的袭击造成多人死亡。", D)


def chapter(text: str) -> set[tuple[str, str, str]]:
    """The acts of ``text`` read as a dated chapter of analyst prose (a narrative)."""
    c = coding(Document(text, published=date(2017, 6, 13), genre="narrative"))
    return set(countries(c))


def test_regret_at_a_states_new_relations_is_not_at_its_partner():
    acts = chapter("2017年6月13日，我國政府對巴拿馬與中共建交深表遺憾。")
    assert ("TWN", "11", "PAN") in acts
    assert ("TWN", "11", "CHN") not in acts


def test_regret_at_two_states_joined_is_at_both():
    acts = chapter("2017年6月13日，我國政府對巴拿馬和多明尼加深表遺憾。")
    assert {("TWN", "11", "PAN"), ("TWN", "11", "DOM")} <= acts
