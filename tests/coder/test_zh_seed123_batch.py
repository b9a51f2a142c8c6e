"""Classes of error found in the seed-123 dev batch of whole CCTV items (eval/README.md,
``xwlb_docs``), each fixed as a rule about a construction; the sentences are our own."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

D = date(2024, 3, 12)


def _events(text: str) -> set[tuple[str, str, str]]:
    """(source country, root, target country) of the events of ``text`` as a broadcast item."""
    return broadcast(text, D)


@pytest.mark.parametrize(
    "text",
    [
        "近期，亚美尼亚与阿塞拜疆在边境地区发生冲突，造成双方人员伤亡。",
        "12日，印度和巴基斯坦在克什米尔实际控制线附近交火。",
    ],
)
def test_a_clash_of_two_named_states_is_force_each_way(text):
    got = {e for e in _events(text) if e[1] == "19"}
    assert {e[0] for e in got} == {e[2] for e in got} and len({e[0] for e in got}) == 2


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # conduct called unacceptable
        ("法国总统12日表示，英国把本国的困难转嫁给邻国，这种做法不可接受。", ("FRA", "GBR")),
        ("俄外长12日说，美国对邻国的施压行为是不可接受的。", ("RUS", "USA")),
        # a matter politicised, protectionism practised
        ("伊朗外长12日撰文说，美国等一些国家将疫苗分配问题政治化，损害全球合作。", ("IRN", "USA")),
        ("法国经济部长12日认为美国奉行贸易保护主义政策。", ("FRA", "USA")),
    ],
)
def test_conduct_the_speaker_finds_fault_with_is_criticism(text, pair):
    assert (pair[0], "11", pair[1]) in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "伊朗外长12日表示，各国应反对将疫苗分配问题政治化。",
        "法国经济部长12日表示，如果美国奉行贸易保护主义，全球经济将受损。",
    ],
)
def test_politicising_opposed_or_supposed_is_no_criticism(text):
    assert not [e for e in _events(text) if e[1] == "11"]


def test_a_state_said_to_set_an_example_is_praised():
    text = "古巴外长12日表示，越南在减贫方面为发展中国家树立了榜样。"
    assert ("CUB", "05", "VNM") in _events(text)


def test_refugees_who_cross_a_border_are_no_show_of_force():
    text = "瑞典政府12日宣布，将接纳近日从白俄罗斯穿越边境进入波兰的难民，并为波兰提供援助。"
    assert not [e for e in _events(text) if e[1] == "15"]


def test_the_practice_is_the_doers_not_the_first_state_after_the_speaker():
    text = "古巴外长12日表示，叙利亚危机是美国长期推行霸权主义政策的结果。"
    assert ("CUB", "11", "SYR") not in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "伊朗外长12日表示，美国试图通过制裁来打压伊朗经济。",
        "俄外长12日说，美国企图对俄罗斯实施新的胁迫。",
    ],
)
def test_coercion_a_state_only_tries_is_no_act(text):
    assert not [e for e in _events(text) if e[1] == "17"]


def test_an_attack_tried_and_foiled_is_still_force():
    text = "俄国防部12日称，乌方试图用无人机袭击俄罗斯境内目标，被俄军全部摧毁。"
    assert ("UKR", "19", "RUS") in _events(text)
