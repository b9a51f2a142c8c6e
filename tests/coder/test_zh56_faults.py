"""Faults the twelfth round left in the Chinese coder (coder-zh56, eval/README.md), each mended
by its construction: our own sentences in the family, beside those it must not take. Read as
items of a broadcast of 20 June 2024."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

D = date(2024, 6, 20)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("美方提出对台军售计划。", ("USA", "03", "TWN")),
        ("美國國務院公布對臺軍售計畫。", ("USA", "03", "TWN")),
        ("英国宣布向乌克兰提供军事援助计划。", ("GBR", "03", "UKR")),
    ],
)
def test_an_act_named_as_a_plan_is_intended(text, act):
    """The plan is proposed that day; the sale or the aid is still ahead."""
    acts = broadcast(text, D)
    assert act in acts
    assert not {a for a in acts if a[1] == "07"}


def test_an_act_without_a_plan_noun_is_still_done():
    assert ("USA", "07", "TWN") in broadcast("美国宣布对台军售。", D)


def test_a_plan_approved_is_the_sale_authorised():
    acts = broadcast("美国国务院批准一项对约旦总价值约10亿美元的军售计划。", D)
    assert ("USA", "07", "JOR") in acts


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("赞比亚副总统向中国人民拜年。", ("ZMB", "05", "CHN")),
        ("塞尔维亚总统武契奇向中国人民致以新春问候。", ("SRB", "05", "CHN")),
        ("俄罗斯总统普京向中国人民致以新年的祝福。", ("RUS", "05", "CHN")),
        ("越南总理向中国人民送上新春祝福。", ("VNM", "05", "CHN")),
    ],
)
def test_a_festival_greeting_to_a_people_is_to_its_state(text, act):
    assert act in broadcast(text, D)


@pytest.mark.parametrize("text", ["习近平向台湾同胞和海外侨胞拜年。", "习近平向全国各族人民拜年。"])
def test_a_greeting_to_compatriots_is_to_no_state(text):
    assert not broadcast(text, D)


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        ("伊朗外长在结束对阿曼的访问之后、前往俄罗斯之前，将再次访问巴基斯坦。", "RUS"),
        ("法国总统在结束对越南的访问之后、前往印度尼西亚之前，将访问老挝。", "IDN"),
    ],
)
def test_a_journey_framed_by_before_is_still_ahead(text, ahead):
    acts = broadcast(text, D)
    assert not {a for a in acts if a[1] == "04" and a[2] == ahead}
    assert {a for a in acts if a[1] == "03" and a[2] == ahead}


def test_a_visit_made_before_the_frame_stays_made():
    text = "伊朗外长在结束对阿曼的访问之后、前往俄罗斯之前，将再次访问巴基斯坦。"
    assert ("IRN", "04", "OMN") in broadcast(text, D)


@pytest.mark.parametrize(
    "text",
    [
        "沙姆哈尼表示，如果美国放弃威胁，伊朗与美国的谈判可能取得成果。",
        "分析人士称，朝鲜与美国的会谈或将重启。",
        "伊朗不排除与美国举行谈判。",
        "俄方表示，不排除与乌方举行会谈。",
    ],
)
def test_talks_only_possible_are_not_held(text):
    assert not {a for a in broadcast(text, D) if a[1] == "04"}


@pytest.mark.parametrize(
    "text", ["伊朗与美国举行谈判。", "伊朗与美国的谈判取得成果。", "俄方与乌方举行会谈。"]
)
def test_talks_told_are_still_held(text):
    assert {a for a in broadcast(text, D) if a[1] == "04"}


@pytest.mark.parametrize(
    "text",
    [
        "日本日产汽车公司12日称，由于销量下滑以及美国关税政策带来的冲击，公司利润受到严重挤压。",
        "德国大众汽车集团表示，美国关税政策冲击公司业绩，一季度出现亏损。",
    ],
)
def test_a_firms_account_of_its_results_is_no_reproach_of_its_state(text):
    assert not {a for a in broadcast(text, D) if a[1] == "11"}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("日本政府表示，美国关税政策损害了全球贸易。", ("JPN", "11", "USA")),
        ("日本制铁公司6日对美国拜登政府提起诉讼。", ("JPN", "11", "USA")),
    ],
)
def test_a_states_reproach_and_a_firms_lawsuit_stay(text, act):
    assert act in broadcast(text, D)


@pytest.mark.parametrize(
    ("text", "struck"),
    [
        ("美军袭击了位于叙利亚代尔祖尔的隶属于伊朗伊斯兰革命卫队的民兵组织。", "IRN"),
        ("美军空袭了位于伊拉克安巴尔省的隶属于伊朗的民兵组织。", "IRN"),
    ],
)
def test_a_unit_named_with_its_state_is_struck_not_its_place(text, struck):
    acts = {a for a in broadcast(text, D) if a[1] == "19"}
    assert {a[2] for a in acts} == {struck}


def test_a_place_after_sited_is_struck_when_no_one_else_is_named():
    assert ("ISR", "19", "SYR") in broadcast("以军空袭了叙利亚大马士革。", D)
