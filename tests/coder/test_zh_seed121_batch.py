"""Classes of error found in the seed-121 dev batch of whole CCTV items (eval/README.md,
``xwlb_docs``), each fixed as a rule about a construction; the sentences are our own."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document

D = date(2024, 3, 12)


def _events(text: str) -> list[tuple[str, str, str]]:
    """(source country, code, target country) of every event of ``text`` read as a broadcast
    item."""
    c = coding(Document(text, published=D, kind="xwlb", source="xwlb"))
    return [((e.source_actor or "")[:3], e.code, (e.target_actor or "")[:3]) for e in c.events]


@pytest.mark.parametrize(
    "text",
    [
        "俄国防部12日宣布，最后一批被围困在工厂内的乌克兰武装人员投降。",
        "12日，被围困在城内的乌方人员向俄军投降。",
        "俄国防部12日称，过去一天内共有300名乌方人员投降。",
    ],
)
def test_fighters_giving_themselves_up_yield_to_the_other_side(text):
    assert ("UKR", "0874", "RUS") in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "俄罗斯总统12日呼吁被围困的乌方人员投降。",
        "乌克兰总理12日表示，被围困的乌军拒绝了俄方提出的投降要求。",
        "俄方12日表示，如果这些乌克兰士兵投降，俄方将保证他们的安全。",
        "今天是日本宣布无条件投降80周年，俄罗斯举行纪念活动。",
        "乌军12日表示不会向俄军投降。",
    ],
)
def test_a_surrender_asked_refused_supposed_or_recalled_is_none(text):
    assert not [e for e in _events(text) if e[1].startswith("087")]


@pytest.mark.parametrize(
    "text",
    [
        "美国国内人士也对美国和北约不顾后果大规模武装乌克兰表示不满。",
        "12日，德国国内专家批评美国对华加征关税。",
        "法国政界人士谴责以色列对加沙的袭击。",
        "美国人士表示，美国在乌克兰危机中持续拱火，是为了打压俄罗斯。",
    ],
)
def test_what_a_states_unnamed_voices_say_is_no_act(text):
    assert _events(text) == []


def test_a_named_speaker_before_voices_still_acts():
    assert ("FRA", "111", "ISR") in [
        (s, code[:3], t) for s, code, t in _events("法国外长12日谴责以色列对加沙的袭击。")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "英国、法国、德国三国外交官12日给美国发出联名信，对制裁表示反对。",
        "英国外交官12日向美国递交信函，对新的关税表示强烈不满。",
    ],
)
def test_a_letter_to_a_state_that_opposes_reproaches_that_state(text):
    assert ("GBR", "111", "USA") in _events(text)


def test_a_letter_that_congratulates_is_no_reproach():
    found = _events("英国外交官12日给美国发出信件，祝贺美国独立日。")
    assert not [e for e in found if e[1].startswith("11")]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("俄罗斯副代表12日在安理会会议上发言说，美国故意在叙利亚制造饥荒。", ("RUS", "USA")),
        ("伊朗外长12日表示，美国蓄意破坏伊核协议。", ("IRN", "USA")),
    ],
)
def test_a_harm_said_to_be_done_on_purpose_accuses_its_doer(text, pair):
    assert (pair[0], "112", pair[1]) in _events(text)


def test_a_harm_said_not_to_be_done_on_purpose_accuses_no_one():
    assert _events("俄方12日表示，美国并非故意制造紧张局势。") == []


def test_a_threat_to_another_said_to_grow_accuses_each_state_that_poses_it():
    found = _events("俄国防部长12日说，美国和北约对俄西部边境地区的军事威胁正在增加。")
    assert ("RUS", "112", "USA") in found and ("RUS", "112", "NAT") in found


def test_a_threat_said_to_grow_from_no_state_or_to_wane_accuses_no_one():
    assert _events("俄方12日说，恐怖主义对俄罗斯的威胁正在增加。") == []
    assert _events("俄方12日说，美国对俄罗斯的威胁正在减少。") == []


@pytest.mark.parametrize(
    "text",
    [
        "沙特各界人士指出，习近平主席时隔多年再次访问沙特，开启两国关系新篇章。",
        "央视网消息（新闻联播）：越南各界人士表示，习近平总书记此次对越南的国事访问意义重大。",
        "塔吉克斯坦各界热烈期待习近平主席对塔吉克斯坦进行国事访问。",
    ],
)
def test_a_visit_a_states_people_of_all_quarters_tell_of_is_no_act(text):
    assert not [e for e in _events(text) if e[1].startswith("04")]


def test_the_praise_of_a_states_people_of_all_quarters_stays_the_states():
    found = _events("马来西亚各界人士高度评价习近平主席提出的理念。")
    assert ("MYS", "051", "CHN") in found


def test_a_visitor_who_tours_an_aircraft_works_after_arriving_still_visits():
    found = _events("朝鲜领导人15日抵达俄罗斯远东地区，并参观飞机制造厂。")
    assert ("PRK", "042", "RUS") in found


@pytest.mark.parametrize(
    "text",
    ["两架俄罗斯飞机15日抵达委内瑞拉。", "11架美军战机15日从英国飞抵以色列南部一个空军基地。"],
)
def test_aircraft_that_arrive_make_no_visit(text):
    assert not [e for e in _events(text) if e[1].startswith("04")]


def test_visitors_who_ride_a_military_aircraft_still_visit():
    found = _events("美国参议员等三人15日搭乘军机抵达台北。")
    assert ("USA", "042", "TWN") in found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("伊朗外长12日表示，美国无权要求安理会恢复制裁。", ("IRN", "USA")),
        ("伊朗代表12日表示，美国早已丧失了协议参与方资格，根本无权要求安理会启动这一机制。",
         ("IRN", "USA")),
        ("俄方12日表示，北约无权要求俄罗斯撤军。", ("RUS", "NAT")),
    ],
)  # fmt: skip
def test_a_state_said_to_have_no_right_to_act_is_criticised_and_does_not_act(text, pair):
    found = _events(text)
    assert (pair[0], "111", pair[1]) in found
    assert not [e for e in found if e[0] == pair[1]]
