"""A side's force told in a sentence with no date, right after force told with another day
than the item's, is that day's act, not a retelling of the same pair's force of the item's
day (``provenance.days_lent``). Our own sentences, read as an item of a broadcast of 14
August 2025."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document

D = date(2025, 8, 14)
LEAD = "俄罗斯国防部今天称，俄防空系统过去一夜拦截并摧毁了120架乌克兰无人机。\n"


def _force(text: str) -> set[tuple[str, str, str, str]]:
    """(date, source country, target country, root) of the item's force events."""
    c = coding(Document(LEAD + text, published=D, kind="xwlb", source="xwlb"))
    return {(str(e.date), e.source_actor[:3], e.target_actor[:3], e.root)
            for e in c.events if e.root == "19" and e.source_actor and e.target_actor}  # fmt: skip


def test_force_after_force_of_another_day_is_that_days():
    found = _force(
        "乌克兰军方今天称，12日晚开始，俄军使用导弹和无人机袭击乌克兰多地。乌军击落50架无人机。"
    )
    assert ("2025-08-12", "UKR", "RUS", "19") in found
    assert ("2025-08-14", "UKR", "RUS", "19") in found  # the item's own day's, told in the lead


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before tells force of the item's own day: a retelling
        "乌克兰军方今天称，俄军使用导弹和无人机袭击乌克兰多地。乌军击落50架无人机。",
        # the day before is a span's start, no force told with it
        "这是12日以来乌军首次袭击莫斯科。乌军击落50架无人机。",
    ],
)
def test_no_other_day_without_force_told_with_it(text):
    assert not {f for f in _force(text) if f[0] != "2025-08-14"}
