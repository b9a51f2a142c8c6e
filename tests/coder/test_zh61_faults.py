"""Faults the thirteenth round left in the Chinese coder (coder-zh61, eval/README.md), each
mended by its construction: our own sentences in the family, beside those it must not take.
Read as items of a broadcast of 20 June 2024; each row's acts are all the item's."""

from datetime import date

import pytest

from tests.coder.conftest import acts_table, broadcast

D = date(2024, 6, 20)

REGION_PARTNERS = """
# a region of a state joined by 与, 和, 同 is no party of an accord, nor of its refusal
USA 12 RUS  美国表示不承认俄罗斯与乌克兰东部地区签署的协议。
GBR 12 RUS  英国拒绝承认俄罗斯和格鲁吉亚北部两个地区签署的条约。
# the state itself is a party; a strike on its region hits it
USA 12 RUS; USA 12 UKR  美国表示不承认俄罗斯与乌克兰签署的协议。
RUS 19 UKR  俄罗斯对乌克兰东部地区发动袭击。
"""


@pytest.mark.parametrize(("text", "acts"), acts_table(REGION_PARTNERS))
def test_a_region_of_a_state_is_no_party(text, acts):
    assert broadcast(text, D) == acts


def test_an_accord_signed_with_a_region_is_none_with_its_state():
    assert not broadcast("俄罗斯同乌克兰东部地区签署了合作协议。", D)
