"""Measures promised or paused, not imposed. A countermeasure promised against a state with no
measure named (将对X采取反制措施) is a threat only (130), no sanction of that day; one named
after it, or one decided, stays the act. A pause (continued, or a delay) of a tariff or sanction
suspends the measure: it imposes nothing, and is an easing (085); a pause that is itself the
measure (暂停对X出口), a pause of a relief (暂停放宽…管制) and a pause undone (撤销…暂停制裁…的
措施) stay sanctions. Our own sentences, as items of a broadcast of 21 May 2022."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2022, 5, 21)


def _codes(text: str) -> set[str]:
    return {r for _, r, _ in broadcast(text, DAY)}


@pytest.mark.parametrize(
    "text",
    [
        "伊朗外交部发言人20日表示，伊方将对英国采取反制措施。",
        "乌克兰称将对白俄罗斯采取反制措施。",
        # any measure of the target's named before it (one list, shared with zh_roots)
        "白俄罗斯将对立陶宛的禁运采取反制措施。",
        "伊朗将对英国驱逐采取反制措施。",
    ],
)
def test_a_bare_promised_countermeasure_is_a_threat_only(text):
    codes = _codes(text)
    assert "13" in codes and "16" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "伊朗20日决定对英国采取反制措施。",
        "伊方将对英国采取反制措施，冻结其在伊资产。",
    ],
)
def test_a_countermeasure_decided_or_named_stays_a_sanction(text):
    assert "16" in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "加拿大政府20日宣布，继续暂停实施对美国商品加征的报复性关税。",
        "印度决定暂停对巴基斯坦商品征收200%的关税。",
    ],
)
def test_a_paused_tariff_is_no_sanction_but_an_easing(text):
    codes = _codes(text)
    assert "16" not in codes and "08" in codes


@pytest.mark.parametrize(
    "text",
    [
        "美国20日宣布暂停放宽对俄罗斯的出口管制。",
        "美国财政部20日宣布，撤销为期60天的暂停制裁伊朗石油销售的临时措施。",
    ],
)
def test_a_pause_of_a_relief_or_a_pause_undone_stays_a_sanction(text):
    assert "16" in _codes(text)
