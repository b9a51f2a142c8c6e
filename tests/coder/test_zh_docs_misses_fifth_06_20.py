"""Misses of ``xwlb_docs`` by construction, fifth pass (issue 10, eval/README.md "Misses of
xwlb_docs by construction, fifth pass: roots 06-20"): a response promised to another state,
named after the verb or only as the doer of what it answers; a demand told by a modal with
other verbs; the blame for a thing laid on a state. Sentences of our own, with the neighbours
the rules must leave alone."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2025, 6, 12)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # the state right after the response's verb (zh.130.respond_object)
        ("朝鲜外务省发言人表示，朝鲜将坚决回击美国的任何军事挑衅。", ("PRK", "13", "USA")),
        ("巴基斯坦军方称，巴方将对等回应印度的任何侵略行为。", ("PAK", "13", "IND")),
        ("委内瑞拉政府表示，将坚决回应美国的海上封锁。", ("VEN", "13", "USA")),
        ("俄罗斯外交部称，俄方会迅速回应日本的新一轮制裁。", ("RUS", "13", "JPN")),
        # none after it: the doer of what it answers (zh.130.respond_unnamed)
        (
            "叙利亚外交部称，土耳其军队越境炮击叙北部村庄，叙方将予以坚决回击。",
            ("SYR", "13", "TUR"),
        ),
        (
            "针对美国宣布对伊朗实施新制裁，伊朗外交部发言人表示，伊朗将作出回应。",
            ("IRN", "13", "USA"),
        ),
        ("俄外交部表示，芬兰驱逐俄外交官是非法的，俄方将适时作出回应。", ("RUS", "13", "FIN")),
    ],
)
def test_a_response_promised_threatens_the_state_it_answers(text, act):
    assert act in broadcast(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        # a kind response, one given together, a posture, a question
        "伊朗外长表示，伊朗将积极回应美方的关切。",
        "中方将同美国一道应对气候变化等全球性挑战。",
        "北约将加强东翼部署以应对俄罗斯的威胁。",
        "分析人士关注美国将如何回应中国的反制措施。",
        # 会 ending a noun, not a promise
        "智利成立跨部门委员会应对美国关税政策。",
        # a response to a proposal, one ruled out, one promised on a condition for a kind act
        "哈马斯表示，将对埃及提出的停火方案作出回应。",
        "以色列总理办公室表示，以方不会对伊朗的指责进行回应。",
        "伊朗外长表示，如果美国解除制裁，伊朗将作出积极回应。",
    ],
)
def test_no_threat_in_a_response_of_another_kind(text):
    assert not {f for f in broadcast(text, DAY) if f[1] == "13"}


def test_the_promise_and_the_response_stand_in_one_clause():
    # America's deed told with 会 in one clause, Europe's response asked for in the next
    text = "法国财长表示，美国的举动会破坏双边贸易，欧洲应当对此作出强有力的回应。"
    assert not {f for f in broadcast(text, DAY) if f[0] == "USA" and f[1] == "13"}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("土耳其外长表示，希腊军队必须撤离爱琴海东部岛屿。", ("TUR", "10", "GRC")),
        ("俄外交部表示，美国应避免在黑海地区采取挑衅行动。", ("RUS", "10", "USA")),
        ("伊朗外长表示，欧盟须就恢复履约问题作出回应。", ("IRN", "10", "EEC")),
    ],
)
def test_a_modal_with_other_verbs_is_a_demand(text, act):
    assert act in broadcast(text, DAY)


@pytest.mark.parametrize(
    ("text", "not_act"),
    [
        # the speaker's own state first, with its partner: what both should do
        ("伊朗外长表示，伊朗和沙特应尽快回到谈判桌。", ("IRN", "10", "SAU")),
        # the partner of a meeting, nearest the speech verb, is not the speaker
        ("俄罗斯外长在会见叙利亚外长后表示，美国应避免干涉地区事务。", ("SYR", "10", "USA")),
    ],
)
def test_no_demand_of_a_partner_or_by_one(text, not_act):
    assert not_act not in broadcast(text, DAY)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("伊朗外交部发言人表示，以色列应对大马士革领馆遇袭事件负全责。", ("IRN", "11", "ISR")),
        (
            "俄罗斯常驻联合国代表称，乌克兰须为扎波罗热核电站周边的炮击承担全部责任。",
            ("RUS", "11", "UKR"),
        ),
    ],
)
def test_the_blame_for_a_thing_named_accuses(text, act):
    assert act in broadcast(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        # 应对 copes, 负责任 praises
        "越南总理表示，中国在应对疫情中表现出负责任大国的担当。",
        # the blame laid on no one
        "联合国官员表示，尚不清楚谁应为叙利亚境内的这次袭击负责。",
        # a duty asked, not a blame
        "伊朗海军告知美军要对海上安全负责。",
    ],
)
def test_no_blame_laid(text):
    assert not {f for f in broadcast(text, DAY) if f[1] == "11"}
