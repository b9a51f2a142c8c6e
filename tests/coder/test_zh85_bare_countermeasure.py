"""A countermeasure promised against a state with no measure named (将对X采取反制措施) is a
threat only (130), no sanction of that day; one named after it, or one decided, stays the act.
Our own sentences, as items of a broadcast of 21 May 2022."""

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
