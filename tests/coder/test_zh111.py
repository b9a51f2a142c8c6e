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
