"""Faults the seventeenth round settled from the left list (eval/README.md, "Faults the
seventeenth round settled from the left list", coder-zh111). Sentences of our own, not the
gold's."""

from datetime import date

import pytest

from tests.coder.conftest import triples

_DAY = date(2025, 3, 4)

_ACROSS = {
    # a criticism, then a suit told later without a day: two acts
    "商务部发言人今天表示，中方坚决反对美方加征关税。中方已在世贸组织起诉美方加征关税措施。": [
        ("CHN", "111", "USA"),
        ("CHN", "115", "USA"),
    ],
    # a condemnation, then a summons in a later sentence: two acts
    "伊朗外交部今天谴责乌克兰袭击伊朗商船。伊朗外交部召见了乌克兰驻伊朗临时代办。": [
        ("IRNGOV", "111", "UKR"),
        ("IRNGOV", "114", "UKRGOV"),
    ],
    # the same code told twice: one act
    "伊朗外交部今天谴责乌克兰袭击伊朗商船。伊朗外交部发言人谴责乌克兰的行为。": [
        ("IRNGOV", "111", "UKR"),
    ],
    # a criticism and an accusation told in other words: one reproach
    "俄罗斯外交部今天批评美国的制裁。声明指责美国企图向俄罗斯施压。": [
        ("RUSGOV", "111", "USA"),
    ],
}


@pytest.mark.parametrize(("text", "events"), _ACROSS.items())
def test_two_codes_of_a_root_across_an_item_are_two_acts(code, text, events):
    """Across an item, two codes of one pair and root stand as two acts unless they tell one
    reproach (111, 112) or one is the bare code; the same code told twice stays one."""
    found = [t for t in triples(code(text, _DAY, source="xwlb")) if t[1][:2] == "11"]
    assert found == events


_SULTANS = {
    # a ruler's title after a state's full name: that state's ruler, not Sudan
    "文莱达鲁萨兰国苏丹哈桑纳尔表示，期待同中方加强合作。": [("BRNGOV", "030", "CHN")],
    "汶萊達魯薩蘭國蘇丹哈桑納爾表示，期待同中方加強合作。": [("BRNGOV", "030", "CHN")],
    # part of a party's name after another state's name
    "南苏丹苏丹人民解放运动主席表示，愿同中方加强合作。": [("SSD", "030", "CHN")],
    # Sudan itself stays Sudan
    "苏丹外长表示，期待同中方加强合作。": [("SDNGOV", "030", "CHN")],
}


@pytest.mark.parametrize(("text", "events"), _SULTANS.items())
def test_sudan_after_another_states_name_is_no_sudan(code, text, events):
    assert sorted(triples(code(text, _DAY, source="xwlb"))) == events


def test_a_princes_name_after_a_state_is_no_place_of_sudan(code):
    """沙特苏丹王子军事基地: a base named after a prince, in Saudi Arabia."""
    c = code("伊朗使用导弹对驻有美军的沙特苏丹王子军事基地进行了打击。", _DAY, source="xwlb")
    assert all(not (e.target_actor or "").startswith("SDN") for e in c.events)
