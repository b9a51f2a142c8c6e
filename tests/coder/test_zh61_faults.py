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


FORCE_NOT_RENOUNCED = """
# the state that names itself before the words threatens, at whom its condition names
RUS 13 UKR  俄罗斯外交部发言人表示，如果乌克兰继续挑衅，俄罗斯将不排除使用武力。
USA 13 IRN  美国总统表示，如果伊朗拒绝谈判，美国不排除使用武力。
# said by the PRC, or with no one named, it is said on Taiwan
CHN 13 TWN  国务院台办发言人表示，我们不承诺放弃使用武力。
CHN 13 TWN  白皮书重申不承诺放弃使用武力。
"""


@pytest.mark.parametrize(("text", "acts"), acts_table(FORCE_NOT_RENOUNCED))
def test_force_not_ruled_out_is_the_threateners(text, acts):
    assert broadcast(text, D) == acts


@pytest.mark.parametrize(
    "text", ["俄罗斯将不排除使用武力。", "美国国务卿表示，美国不排除使用武力。"]
)
def test_another_states_force_not_ruled_out_names_no_target_by_default(text):
    assert not broadcast(text, D)


TREATIES_IN_A_VISIT = """
# a treaty the pair signs inside a visit's frame is the visit's pair's
RUS 04 PRK; RUS 05 PRK  普京访朝期间，两国签署了全面战略伙伴关系条约。
CHN 04 RUS; CHN 05 RUS  习近平对俄罗斯进行国事访问期间，双方签订了多项条约。
# a treaty recalled inside the frame is none of the day
RUS 04 PRK  普京访朝期间，两国元首回顾了2001年签署的条约。
"""


@pytest.mark.parametrize(("text", "acts"), acts_table(TREATIES_IN_A_VISIT))
def test_a_treaty_signed_in_a_visit_is_the_visits_pairs(text, acts):
    assert broadcast(text, D) == acts


def test_a_treaty_recalled_with_its_year_is_none():
    assert not broadcast("两国于2010年签署的条约仍然有效。", D)


def test_a_treaty_in_a_visit_is_dated_by_its_own_day(code):
    c = code(
        "国务院副总理9月率团访美期间，两国17日在华盛顿签署领事条约。", date(2023, 10, 1), "xwlb"
    )
    assert {e.date for e in c.events if e.code == "057"} == {date(2023, 9, 17)}


WITHHELD_DENIALS = """
# a denial withheld leaves the deed after it told
RUS 19 UKR  俄罗斯并未否认俄军袭击了乌克兰的能源设施。
ISR 19 IRN  以色列没有否认以军空袭了伊朗的军事设施。
# a denial made is the denial alone
RUS 01 UKR  俄罗斯否认俄军袭击了乌克兰的能源设施。
"""


@pytest.mark.parametrize(("text", "acts"), acts_table(WITHHELD_DENIALS))
def test_a_deed_not_denied_is_told(text, acts):
    assert broadcast(text, D) == acts


def test_a_deed_denied_not_done_stays_negated():
    assert not broadcast("俄罗斯并未否认俄军没有袭击乌克兰的能源设施。", D)


@pytest.mark.parametrize(
    ("text", "act", "day"),
    [
        # an act framed by so many days after it was that many days before the day told
        ("俄罗斯暂停空袭乌克兰三天后，再次对乌克兰发动袭击。", "087", date(2024, 6, 17)),
        ("美国总统访问日本两周后，日本首相访问了中国。", "042", date(2024, 6, 6)),
        # the count opening the next clause dates that clause, not the act before it
        ("俄罗斯暂停空袭乌克兰，三天后再次对乌克兰发动袭击。", "087", D),
    ],
)
def test_an_act_framed_by_days_after_it_is_dated_back(code, text, act, day):
    c = code(text, D, "xwlb")
    assert [e.date for e in c.events if e.code == act][:1] == [day]
