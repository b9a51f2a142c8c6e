"""Words that name no state, and acts said to be passed over."""

from __future__ import annotations

from datetime import date

from tests.coder.conftest import broadcast

D = date(2025, 12, 2)


def test_the_caribbean_sea_holds_no_haiti():
    """加勒比海地区: 海地 is inside 加勒比海 + 地区."""
    found = broadcast("美国总统2日表示，美国将对加勒比海地区的贩毒船只实施打击。", D)
    assert not any("HTI" in (s, t) for s, _, t in found)


def test_what_is_preferred_to_is_not_done():
    """首选经济手段而非军事打击: 而非 negates the strike."""
    found = broadcast("美方官员2日说，美方首选经济手段而非军事打击对委内瑞拉施压。", D)
    assert not any(r == "19" for _, r, _ in found)
