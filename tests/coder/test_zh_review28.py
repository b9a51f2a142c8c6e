"""The review of the twenty-eighth round's rules (eval/README.md): our own sentences that a
rule of the round reached too far or not far enough on, each mended by a narrow fix. The
Chinese read as items of a broadcast of 15 June 2022, the English as news of that day."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import broadcast, countries

D = date(2022, 6, 15)


@pytest.mark.parametrize(
    "text",
    [
        "美国总统两个月来首次同中国国家主席通电话。",
        "美國總統兩個月來首次同中國國家主席通電話。",
        "美国三年来第一次对伊朗实施制裁。",
    ],
)
def test_the_first_act_of_a_span_is_the_days(text):
    """两个月来首次: the span counts back to the day's act, not what has held through it."""
    found = broadcast(text, D)
    assert {a for a in found if a[0] == "USA" and a[2] in ("CHN", "IRN")}


def test_a_span_held_is_background_its_first_act_news():
    assert not broadcast("两个多月来，以色列军队持续空袭加沙地带。", D)
    assert ("ISR", "19", "PSE") in broadcast("两个多月来，以色列军队首次空袭加沙地带。", D)


@pytest.mark.parametrize(
    "text", ["日本驻华大使向外交部提出抗议。", "日本駐華大使向外交部提出抗議。"]
)
def test_an_envoy_in_china_deals_with_chinas_office(text):
    assert ("JPN", "11", "CHN") in broadcast(text, D)


def test_a_leaders_bare_office_is_his_own_an_envoys_in_china_chinas():
    assert not broadcast("日本首相岸田文雄要求外交部就此事展开调查。", D)
    assert ("PHL", "04", "CHN") in broadcast("菲律宾驻华大使会见外交部副部长。", D)


def test_what_is_given_in_exchange_is_done():
    """作为交换 says what is given; 换取 what is sought."""
    assert ("IRN", "08", "USA") in broadcast("伊朗作为交换释放了五名美国公民。", D)
    assert not {a for a in broadcast("乌克兰同意以矿产资源换取美国的军事援助。", D)
                if a[0] == "USA"}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("伊朗军方称，美国在中东的所有军事基地都在伊朗导弹的射程之内。", ("IRN", "USA")),
        ("伊朗軍方稱，美國在中東的所有軍事基地都在伊朗導彈的射程之內。", ("IRN", "USA")),
        ("朝鲜称，美国本土全部在朝鲜导弹射程以内。", ("PRK", "USA")),
    ],
)
def test_targets_within_a_states_missiles_reach(text, pair):
    """在伊朗导弹的射程之内: the state before its missiles' range is whose reach it is, not where."""
    assert (pair[0], "13", pair[1]) in broadcast(text, D)


def test_targets_within_reach_told_by_another_are_no_threat():
    assert not broadcast("专家称，美国在中东的所有军事基地都在伊朗导弹的射程之内。", D)
    assert ("IRN", "13", "ISR") in broadcast("伊朗称，以色列全境都在伊朗导弹的射程之内。", D)


@pytest.mark.parametrize(
    "text", ["伊朗谴责美国的制裁及其盟友以色列的空袭。", "伊朗譴責美國的制裁及其盟友以色列的空襲。"]
)
def test_the_second_owner_named_as_the_firsts_ally_is_reproached_too(text):
    assert {("IRN", "11", "USA"), ("IRN", "11", "ISR")} <= broadcast(text, D)
    # (an ally left unnamed adds no one)
    assert {a for a in broadcast("伊朗谴责美国的制裁及其盟友的空袭。", D) if a[2] != "USA"} == set()


@pytest.mark.parametrize(
    "text",
    [
        "China and Russia held trilateral talks with Iran in Beijing on Tuesday.",
        "China and Pakistan held talks with Afghanistan in Islamabad on Saturday.",
    ],
)
def test_china_among_listed_doers_meets_each_partner_the_others_not(text):
    """A meeting of China, a partner listed with it and their counterpart is China with each
    (issue 10 decision: ``summits.with_china``); a group without China keeps every pair."""
    found = {a for a in countries(coding(Document(text, published=D))) if a[1] == "04"}
    assert found and all("CHN" in (s, t) for s, _, t in found)
    other = "The United States and Japan held talks with South Korea in Seoul on Tuesday."
    kept = {(s, t) for s, _, t in countries(coding(Document(other, published=D)))}
    assert ("USA", "KOR") in kept and ("JPN", "KOR") in kept
