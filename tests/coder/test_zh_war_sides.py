"""Each side's account of a war's fire and their mutual accusations, a third state calling a
matter another's internal affair, and a body's endorsement (misses of the hand checks of seeds
149 and 153, eval/README.md "Each side's account of a war"), each with sentences of our own."""

from datetime import date

from tests.coder.conftest import broadcast, countries

D = date(2023, 4, 12)


def test_fire_seen_coming_from_a_state_is_that_states(code):
    c = code(
        "塞尔维亚国防部表示，其雷达探测到了从科索沃一些地区向塞尔维亚南部城镇发射的火箭弹。", D
    )
    assert ("XKX", "19", "SRB") in countries(c) or ("KOS", "19", "SRB") in countries(c)
    c = code("埃塞俄比亚军方称，雷达发现了从厄立特里亚边境向埃塞俄比亚北部发射的导弹。", D)
    assert ("ERI", "19", "ETH") in countries(c)


def test_a_doer_named_before_its_way_keeps_the_fire(code):
    # The doer is told: the state after 从 is only the way it took.
    c = code("以色列战机当天清晨从黎巴嫩北部向叙利亚多个目标发射导弹。", D)
    assert ("LBN", "19", "SYR") not in countries(c)


def test_one_sides_attack_told_by_the_harm_it_did(code):
    c = code("厄立特里亚国防部称，埃塞俄比亚的攻击导致12名边境平民死亡。", D)
    assert ("ETH", "19", "ERI") in countries(c)
    c = code("埃塞俄比亚方面则表示，厄立特里亚对埃塞俄比亚的炮击造成9名平民受伤。", D)
    assert ("ERI", "19", "ETH") in countries(c)


def test_both_sides_accuse_each_other_after_the_pair_is_told():
    text = (
        "央视网消息（新闻联播）：埃塞俄比亚国防部表示，其雷达探测到了从厄立特里亚一些地区向"
        "埃塞俄比亚北部发射的火箭弹。\n\n此前一天，双方都指责对方攻击民用设施。"
    )
    found = broadcast(text, D)
    assert {("ETH", "11", "ERI"), ("ERI", "11", "ETH")} <= found


def test_a_pair_then_both_sides_accuse_each_other_in_one_sentence(code):
    c = code("印度和巴基斯坦10日在边境地区爆发冲突，双方均指责对方率先开火。", D)
    assert {("IND", "11", "PAK"), ("PAK", "11", "IND")} <= set(countries(c))


def test_a_matter_called_another_states_internal_affair(code):
    c = code("白俄罗斯外长表示，涉藏问题完全是中国的内部事务，而英国企图借此挑起事端。", D)
    assert {("BLR", "05", "CHN"), ("BLR", "11", "GBR")} <= set(countries(c))
    # Interference in an affair is no support; nor the home state's own word on its affair.
    c = code("伊朗外长表示，美国的表态是对伊朗内政的干涉。", D)
    assert ("USA", "05", "IRN") not in countries(c)
    c = code("发言人正告美方，新疆事务纯属中国内政。", D, source="xwlb")
    assert ("USA", "05", "CHN") not in countries(c)
    # A speaker lent by the sentence before may be a private voice: the speaker is named.
    c = code(
        "意大利一家协会会长表示，立法是必要的。涉藏立法完全是中国的内部事务。", D, source="xwlb"
    )
    assert ("ITA", "05", "CHN") not in countries(c)
    # Each state of a list of speakers says it.
    c = code("老挝、柬埔寨和尼泊尔代表表示，西藏事务是中国内政。", D)
    assert {("LAO", "05", "CHN"), ("KHM", "05", "CHN"), ("NPL", "05", "CHN")} <= set(countries(c))


def test_a_body_with_a_code_speaks_beside_unnamed_scholars(code):
    c = code("东盟秘书长以及多位外国学者也表示，中方的做法合理合法、无可厚非。", D)
    assert ("ASN", "05", "CHN") in countries(c)
    c = code("欧盟委员会副主席以及多位学者表示支持中方立场。", D)
    assert ("EEC", "05", "CHN") in countries(c) or ("EUR", "05", "CHN") in countries(c)
