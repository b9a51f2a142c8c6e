"""What the seed-151 dev batch of whole CCTV transcripts (eval/README.md, ``xwlb_docs``) showed
the coder getting wrong, each class mended by a rule about its construction. Our own sentences,
read as items of a broadcast of 11 September 2024."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

D = date(2024, 9, 11)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "根据巴基斯坦方面公布的数据，巴安全部队10日打死了20名阿富汗武装人员。",
            ("PAK", "19", "AFG"),
        ),
        ("根据叙利亚方面公布的消息，叙军10日打死了3名土耳其士兵。", ("SYR", "19", "TUR")),
    ],
)
def test_a_short_form_before_forces_is_the_state_named_in_full(text, act):
    assert act in broadcast(text, D)


def test_a_short_form_named_nowhere_in_full_is_no_state():
    """巴 is Pakistan, Palestine or Brazil: with no state spelt out, 巴军 is no one."""
    assert not broadcast("巴军10日袭击了阿富汗。", D) & {("PAK", "19", "AFG"), ("PSE", "19", "AFG")}


@pytest.mark.parametrize(
    "text",
    [
        "塞尔维亚总统武契奇10日接受采访时称赞“一带一路”倡议为地区发展注入动力。",
        "巴基斯坦总理10日高度评价全球发展倡议。",
    ],
)
def test_praise_of_an_initiative_china_put_forward_praises_china(text):
    assert {a for a in broadcast(text, D) if a[1:] == ("05", "CHN")}


def test_an_initiative_attacked_is_no_praise():
    assert ("USA", "05", "CHN") not in broadcast(
        "美国官员10日攻击“一带一路”倡议，称赞其他计划。", D
    )


def test_states_named_together_declaring_a_partnership_agree():
    acts = broadcast("英法10日宣布建立新的防务同盟。", D)
    assert ("GBR", "05", "FRA") in acts or ("FRA", "05", "GBR") in acts
    assert ("USA", "05", "CHN") not in broadcast("美国10日宣布建立新的联盟，以对抗中国。", D)


def test_retaliation_launched_at_a_state_is_force():
    text = "伊朗方面10日称，伊朗从西部省份向以色列军事目标发起大规模报复行动。"
    assert ("IRN", "19", "ISR") in broadcast(text, D)


def test_a_tally_since_a_recent_day_is_no_act_of_the_day():
    """自8日晚间以来，…已打死…，摧毁或占领…: what has gone on since, summed, in every clause
    after the span, even when another opener comes first (the set does not annotate spans)."""
    tally = (
        "根据巴基斯坦方面公布的数据，自8日晚间以来，巴基斯坦安全部队已打死30名阿富汗人员，"
        "摧毁或占领20个阿方哨所。"
    )
    assert ("PAK", "19", "AFG") not in broadcast(tally, D)


def test_a_short_form_before_forces_is_the_state_spelt_out_nearest_before_it():
    text = "阿富汗官员10日会见记者。阿塞拜疆国防部10日表示，亚美尼亚军队向阿军阵地开火。"
    acts = broadcast(text, D)
    assert ("ARM", "19", "AZE") in acts
    assert ("ARM", "19", "AFG") not in acts


def test_a_span_within_the_day_holds_the_days_acts():
    text = "巴勒斯坦方面10日表示，自当天凌晨以来，以色列军队对加沙地带发动了多次空袭。"
    assert ("ISR", "19", "PSE") in broadcast(text, D)
