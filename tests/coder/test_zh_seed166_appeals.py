"""An appeal or a demand to the sides of a conflict the item's story names (the hand check of
seed 166, eval/README.md "Seed 166", family a), with sentences of our own: the sides are the
two states of the conflict told before, not the parties of the act told last."""

from datetime import date

from tests.coder.conftest import broadcast

D = date(2023, 3, 9)


def test_an_appeal_to_the_sides_of_a_conflict_named_paragraphs_before():
    found = broadcast(
        "8日，埃塞俄比亚与厄立特里亚两国在边境地区的武装冲突仍在继续。\n"
        "肯尼亚总统鲁托8日表示，冲突造成大量平民伤亡，他呼吁冲突各方立即停火。"
        "鲁托当天还同埃塞俄比亚总理阿比通了电话。",
        D,
    )
    assert {("KEN", "02", "ETH"), ("KEN", "02", "ERI")} <= found


def test_urging_the_two_sides_is_a_demand_of_both():
    found = broadcast(
        "埃塞俄比亚和厄立特里亚边境地区8日再次爆发冲突。肯尼亚外长当天敦促双方保持最大限度克制。", D
    )
    assert {("KEN", "10", "ETH"), ("KEN", "10", "ERI")} <= found
    assert not any(r == "02" and t in ("ETH", "ERI") for _, r, t in found)


def test_a_known_pair_before_a_word_of_the_situation_names_the_sides():
    found = broadcast("埃及外长8日对印巴局势升级深表担忧，呼吁双方保持冷静。", D)
    assert {("EGY", "02", "IND"), ("EGY", "02", "PAK")} <= found


def test_the_sides_of_a_place_named_conflict_are_the_states_the_story_names():
    # 纳卡 (Karabakh) also reads as 纳 and 卡 (Namibia, Qatar), no pair any story names.
    found = broadcast(
        "亚美尼亚与阿塞拜疆两国军队在边境地区的冲突已持续多日。\n"
        "伊朗外交部发言人8日表示，伊方对此深感忧虑，呼吁纳卡冲突双方通过谈判解决分歧。",
        D,
    )
    assert {("IRN", "02", "ARM"), ("IRN", "02", "AZE")} <= found
    assert not any(t in ("NAM", "QAT") for _, _, t in found)


def test_a_conflict_of_one_state_asks_that_state_not_the_story_s_pair():
    found = broadcast(
        "埃塞俄比亚与厄立特里亚两国在边境地区的武装冲突仍在继续。\n"
        "土耳其外长8日呼吁利比亚冲突各方保持克制。",
        D,
    )
    assert ("TUR", "02", "LBY") in found
    assert not any(s == "TUR" and t in ("ETH", "ERI") for s, _, t in found)


def test_the_sides_of_a_conflict_within_one_state_are_that_state():
    found = broadcast(
        "埃塞俄比亚北部地区的武装冲突近日再度升级，造成大量平民流离失所。\n"
        "印度尼西亚常驻联合国代表8日呼吁冲突双方遵守停火协议。",
        D,
    )
    assert ("IDN", "02", "ETH") in found
